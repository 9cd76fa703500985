/**
 * Mentoring surfaces at their largest (the offer form with a framework's 100
 * roles and signals at their longest, a mentor's full list, three suggestions
 * helping with every signal) and with text that tries to break out of mrkdwn.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  acceptModal,
  endChoiceBlocks,
  homeMentoringBlocks,
  mentoringBlocks,
  mentoringNotices,
  offerModal,
} from '../../src/blocks/mentoring.js';
import type { MentorshipView, OfferView } from '../../src/services/mentoring.js';

const HOSTILE = '<!channel> *bold* <https://evil.example|click> ';
const named = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    key: `${prefix}-${i}`,
    title: `${HOSTILE}${'x'.repeat(75)}`.slice(0, 75),
  }));

const offer: OfferView = {
  status: 'paused',
  roles: named('role', 20),
  signals: named('signal', 40),
  capacity: 5,
  mentees: 5,
};
const mentorship = (i: number, status: MentorshipView['status']): MentorshipView => ({
  id: `m${i}`,
  status,
  side: i % 2 ? 'mentor' : 'mentee',
  other: i === 3 ? null : `U0PERSON${i}`,
  goalTitle: `${HOSTILE}${'g'.repeat(75)}`,
  cadenceWeeks: 8,
  nextCheckInOn: '2027-02-01',
  sessions: 12,
  groupChannelId: null,
});

describe('mentoring blocks stay within Slack’s limits', () => {
  it('renders the offer form with 100 roles and 100 signals, and the accept form', () => {
    const form = offerModal({
      roles: named('role', 120),
      signals: named('signal', 120),
      current: { roleKeys: ['role-1', 'role-99'], signalKeys: ['signal-0'], capacity: 3 },
    });
    expectValidView(form); // titles only appear as plain_text options here, where Slack formats nothing
    expectValidView(acceptModal({ mentorshipId: 'm1', mentee: 'U0ALICE' }));
    expectValidView(acceptModal({ mentorshipId: 'm1', mentee: null }));
  });

  it('renders /pathway mentor, Home and the end list at their fullest', () => {
    const overview = {
      offer,
      mentorships: Array.from({ length: 12 }, (_, i) => mentorship(i, i === 0 ? 'requested' : 'active')),
      suggestions: {
        goal: { key: 'goal', title: `${HOSTILE}${'r'.repeat(75)}` },
        suggestions: Array.from({ length: 3 }, (_, i) => ({
          id: `p${i}`,
          slackUserId: `U0MENTOR${i}`,
          signals: named('signal', 12),
          spare: 1,
          holdsRole: i !== 2,
        })),
      },
    };
    for (const blocks of [
      mentoringBlocks(overview),
      homeMentoringBlocks(overview),
      endChoiceBlocks(overview.mentorships),
      endChoiceBlocks([]),
    ]) {
      expectValidBlocks(blocks, 'message');
      expect(JSON.stringify(blocks)).not.toContain('<!channel>');
    }
    expectValidBlocks(
      mentoringBlocks({ offer: null, mentorships: [], suggestions: { problem: 'No goal yet.' } }),
      'message',
    );
  });

  it('renders every DM', () => {
    const payloads = [
      mentoringNotices.request(
        {
          mentorshipId: 'm1',
          mentee: 'U0ALICE',
          goalTitle: `${HOSTILE}${'g'.repeat(75)}`,
          signals: named('s', 12).map((s) => s.title),
        },
        'en',
      ),
      mentoringNotices.unavailable({ mentor: 'U0MIA' }, 'en'),
      mentoringNotices.intro(
        {
          mentor: 'U0MIA',
          mentee: 'U0ALICE',
          goalTitle: `${HOSTILE}${'g'.repeat(75)}`,
          signals: named('s', 12).map((s) => s.title),
          cadenceWeeks: 1,
        },
        'en',
      ),
      mentoringNotices.checkIn({ mentorshipId: 'm1', dueOn: '2027-02-01', other: 'U0MIA', side: 'mentee' }, 'en'),
      mentoringNotices.ended({ by: 'U0MIA', other: 'U0ALICE' }, 'en'),
    ];
    for (const payload of payloads) {
      expectValidBlocks(payload.blocks, 'message');
      expect(JSON.stringify(payload)).not.toContain('<!channel>');
    }
    expect(payloads[1]!.text).not.toMatch(/declin|refus/i);
  });
});
