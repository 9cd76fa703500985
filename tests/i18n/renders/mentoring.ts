/** Every builder of this area (see src/i18n/areas/mentoring.ts), rendered with sample data in one language. */
import type { KnownBlock } from '@slack/types';
import {
  celebrationConfirmation,
  celebrationPost,
  celebrationRemoved,
  celebrationSettingsMessage,
  channelProblemNotice,
  consentDeclined,
  consentQuestion,
  type WinCard,
  winsDigest,
} from '../../../src/blocks/celebrations.js';
import {
  dataDeletedView,
  dataDeleteFailedView,
  dataErasingView,
  deleteConfirmError,
  deleteConfirmModal,
  exportSentBlocks,
} from '../../../src/blocks/data-rights.js';
import { deliveriesModal } from '../../../src/blocks/deliveries.js';
import {
  acceptedText,
  acceptModal,
  declinedText,
  endChoiceBlocks,
  endedText,
  homeMentoringBlocks,
  type MentoringOverview,
  mentoringBlocks,
  mentoringNotices,
  metAnswerText,
  offerModal,
  offerProblemText,
  offerSavedText,
  offerStatusChangedText,
  requestWithdrawnText,
} from '../../../src/blocks/mentoring.js';
import { MENTORING_PROBLEMS } from '../../../src/domain/mentoring.js';
import { fillProblem } from '../../../src/domain/problems.js';
import type { Translator } from '../../../src/i18n/index.js';
import type { MentorshipView, OfferView } from '../../../src/services/mentoring.js';
import type { OutboxPayload } from '../../../src/services/outbox.js';
import { type Rendered, textBlocks } from './types.js';

// Names and titles read the same in every language, so only Pathway's own words change.
const GOAL = 'Consultora sénior';
const roles = [
  { key: 'consultant', title: 'Consultora' },
  { key: 'senior', title: GOAL },
];
const signals = [
  { key: 'lead', title: 'Liderazgo' },
  { key: 'talk', title: 'Comunicación' },
];

function numbered(items: ReadonlyArray<{ key: string }>): Array<{ key: string; title: string }> {
  return items.map((item, i) => ({ key: item.key, title: `Curso de consultoría ${i + 1}` }));
}

function offer(status: OfferView['status']): OfferView {
  return { status, roles, signals, capacity: 3, mentees: 1 };
}

function mentorship(overrides: Partial<MentorshipView>): MentorshipView {
  return {
    id: 'ms1',
    status: 'active',
    side: 'mentor',
    other: 'U0ALICE',
    goalTitle: GOAL,
    cadenceWeeks: 2,
    nextCheckInOn: '2027-03-15',
    sessions: 3,
    groupChannelId: 'G0PAIR',
    ...overrides,
  };
}

const mentorships: MentorshipView[] = [
  mentorship({}),
  mentorship({ id: 'ms2', side: 'mentee', other: 'U0MIA', cadenceWeeks: 1, sessions: 1 }),
  mentorship({ id: 'ms3', status: 'requested', side: 'mentee', other: 'U0LEO', nextCheckInOn: null, sessions: 0 }),
  mentorship({ id: 'ms4', status: 'requested', side: 'mentor', other: null, nextCheckInOn: null, sessions: 0 }),
];

const overview: MentoringOverview = {
  offer: offer('active'),
  mentorships,
  suggestions: {
    goal: { key: 'senior', title: GOAL },
    suggestions: [
      { id: 'p1', slackUserId: 'U0MIA', signals, spare: 2, holdsRole: true },
      { id: 'p2', slackUserId: 'U0LEO', signals: [], spare: 1, holdsRole: false },
    ],
  },
};

/** A one-line answer, as the listeners send it. */
function line(text: string): Rendered {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

function blocksOnly(blocks: KnownBlock[]): Rendered {
  return { blocks };
}

function payload(message: OutboxPayload): Rendered {
  return { text: message.text, blocks: message.blocks as KnownBlock[] };
}

const wins: Record<WinCard['kind'], WinCard> = {
  milestone: { slackUserId: 'U0ALICE', kind: 'milestone', achievement: 'Curso de consultoría', towardRole: GOAL },
  goal: { slackUserId: 'U0ALICE', kind: 'goal', achievement: GOAL, towardRole: null },
  streak: { slackUserId: 'U0ALICE', kind: 'streak', achievement: '4 check-ins', towardRole: GOAL },
  thanks: { slackUserId: 'U0ALICE', kind: 'thanks', achievement: 'Curso de consultoría', towardRole: null },
};

export function mentoringRenders(t: Translator): Array<[string, Rendered]> {
  const language = t.language;
  const settings = {
    consent: 'ask' as const,
    channel: { channelId: 'C0WINS', source: 'team' as const },
    digest: { weekday: 5, hour: 15 },
  };
  return [
    // Mentoring
    // The options are the framework's titles alone, so they are ones the catalog test knows as neutral.
    [
      'mentoring offer modal',
      {
        view: offerModal(
          {
            roles: numbered(roles),
            signals: numbered(signals),
            current: { roleKeys: ['senior'], signalKeys: ['lead'], capacity: 2 },
          },
          t,
        ),
      },
    ],
    [
      'mentoring offer problems',
      textBlocks(
        Object.values(MENTORING_PROBLEMS).map((template) => offerProblemText(fillProblem(template, { max: 5 }), t)),
      ),
    ],
    ['mentoring offer saved', line(offerSavedText(offer('active'), t))],
    ['mentoring offer unchanged', line(offerStatusChangedText(offer('paused'), false, t))],
    ['mentoring offer paused', line(offerStatusChangedText(offer('paused'), true, t))],
    ['mentoring offer resumed', line(offerStatusChangedText(offer('active'), true, t))],
    ['mentoring offer withdrawn', line(offerStatusChangedText(offer('withdrawn'), true, t))],
    ['mentoring accept modal', { view: acceptModal({ mentorshipId: 'ms1', mentee: 'U0ALICE' }, t) }],
    ['mentoring accept modal, mentee gone', { view: acceptModal({ mentorshipId: 'ms1', mentee: null }, t) }],
    ['mentoring accepted', line(acceptedText(mentorship({}), t))],
    ['mentoring accepted, no group DM', line(acceptedText(mentorship({ groupChannelId: null, other: null }), t))],
    ['mentoring declined', line(declinedText('U0ALICE', t))],
    ['mentoring declined, mentee gone', line(declinedText(null, t))],
    ['mentoring overview', blocksOnly(mentoringBlocks(overview, t))],
    [
      'mentoring overview, no suggestion, no offer',
      blocksOnly(
        mentoringBlocks(
          { offer: null, mentorships: [], suggestions: { goal: { key: 'senior', title: GOAL }, suggestions: [] } },
          t,
        ),
      ),
    ],
    ['mentoring overview, paused offer', blocksOnly(mentoringBlocks({ ...overview, offer: offer('paused') }, t))],
    ['mentoring home', blocksOnly(homeMentoringBlocks(overview, t))],
    ['mentoring end choice', blocksOnly(endChoiceBlocks(mentorships, t))],
    ['mentoring end choice, none', blocksOnly(endChoiceBlocks([], t))],
    ['mentoring ended', line(endedText(mentorship({}), false, t))],
    ['mentoring ended already', line(endedText(mentorship({}), true, t))],
    ['mentoring request cancelled', line(requestWithdrawnText(mentorship({ status: 'withdrawn' }), true, t))],
    ['mentoring request cancelled already', line(requestWithdrawnText(mentorship({ status: 'withdrawn' }), false, t))],
    ['mentoring request answered already', line(requestWithdrawnText(mentorship({ status: 'active' }), false, t))],
    ['mentoring met no', line(metAnswerText({ met: false, nextOn: '2027-03-29' }, 2, t))],
    ['mentoring met no, undated', line(metAnswerText({ met: false, nextOn: null }, 1, t))],
    ['mentoring met, already', line(metAnswerText({ logged: false, already: 'U0MIA' }, 2, t))],
    ['mentoring met, already by someone gone', line(metAnswerText({ logged: false, already: null }, 2, t))],
    ['mentoring met, no pathway', line(metAnswerText({ logged: true, onPathway: false, milestoneTitle: null }, 2, t))],
    ['mentoring met, logged', line(metAnswerText({ logged: true, onPathway: true, milestoneTitle: null }, 2, t))],
    [
      'mentoring met, logged on a milestone',
      line(metAnswerText({ logged: true, onPathway: true, milestoneTitle: 'Curso de consultoría' }, 2, t)),
    ],
    [
      'mentoring request DM',
      payload(
        mentoringNotices.request(
          { mentorshipId: 'ms1', mentee: 'U0ALICE', goalTitle: GOAL, signals: ['Liderazgo'] },
          language,
        ),
      ),
    ],
    [
      'mentoring request DM, no signals',
      payload(
        mentoringNotices.request({ mentorshipId: 'ms1', mentee: 'U0ALICE', goalTitle: GOAL, signals: [] }, language),
      ),
    ],
    ['mentoring unavailable DM', payload(mentoringNotices.unavailable({ mentor: 'U0MIA' }, language))],
    [
      'mentoring intro',
      payload(
        mentoringNotices.intro(
          {
            mentor: 'U0MIA',
            mentee: 'U0ALICE',
            goalTitle: GOAL,
            signals: ['Liderazgo', 'Comunicación'],
            cadenceWeeks: 2,
          },
          language,
        ),
      ),
    ],
    [
      'mentoring intro, no signals',
      payload(
        mentoringNotices.intro(
          { mentor: 'U0MIA', mentee: 'U0ALICE', goalTitle: GOAL, signals: [], cadenceWeeks: 1 },
          language,
        ),
      ),
    ],
    [
      'mentoring did you meet, mentee',
      payload(
        mentoringNotices.checkIn(
          { mentorshipId: 'ms1', dueOn: '2027-03-15', other: 'U0MIA', side: 'mentee' },
          language,
        ),
      ),
    ],
    [
      'mentoring did you meet, mentor',
      payload(
        mentoringNotices.checkIn(
          { mentorshipId: 'ms1', dueOn: '2027-03-15', other: 'U0ALICE', side: 'mentor' },
          language,
        ),
      ),
    ],
    ['mentoring ended DM', payload(mentoringNotices.ended({ by: 'U0MIA', other: 'U0ALICE' }, language))],

    // Celebrations
    ...Object.values(wins).map((win): [string, Rendered] => [`celebration post ${win.kind}`, celebrationPost(win, t)]),
    ...Object.values(wins).map((win): [string, Rendered] => [
      `celebration consent question ${win.kind}`,
      consentQuestion(win, 'C0WINS', 'c1', t),
    ]),
    ['celebration confirmation always', celebrationConfirmation(wins.milestone, 'C0WINS', 'c1', 'always', t)],
    ['celebration confirmation this time', celebrationConfirmation(wins.thanks, 'C0WINS', 'c1', 'this-time', t)],
    ['celebration declined', consentDeclined(t)],
    ['celebration removed', celebrationRemoved(wins.milestone, 'C0WINS', t)],
    ['celebration problem, private, person', channelProblemNotice('C0WINS', 'private', { audience: 'person' }, t)],
    ['celebration problem, archived, person', channelProblemNotice('C0WINS', 'archived', { audience: 'person' }, t)],
    [
      'celebration problem, archived, admin',
      channelProblemNotice('C0WINS', 'archived', { audience: 'admin', aboutUserId: 'U0ALICE' }, t),
    ],
    [
      'celebration problem, private, admin digest',
      channelProblemNotice('C0WINS', 'private', { audience: 'admin', aboutUserId: null }, t),
    ],
    [
      'celebration wins digest',
      winsDigest(
        Object.values(wins).map((win, i) => ({ ...win, channelId: 'C0WINS', at: new Date(Date.UTC(2027, 2, 10 + i)) })),
        t,
      ),
    ],
    [
      'celebration wins digest, too many',
      winsDigest(
        Array.from({ length: 400 }, (_, i) => ({
          ...wins.milestone,
          slackUserId: `U0P${i}`,
          achievement: `Curso de consultoría ${'x'.repeat(200)}`,
          channelId: 'C0WINS',
          at: new Date(Date.UTC(2027, 2, 10, 0, i)),
        })),
        t,
      ),
    ],
    ['celebration settings', celebrationSettingsMessage(settings, { action: 'show' }, 'Europe/Madrid', t)],
    [
      'celebration settings, always, own channel',
      celebrationSettingsMessage(
        { ...settings, consent: 'always', channel: { channelId: 'C0MINE', source: 'person' } },
        { action: 'channel', channelId: 'C0MINE' },
        'Europe/Madrid',
        t,
      ),
    ],
    [
      'celebration settings, never, no channel',
      celebrationSettingsMessage(
        { ...settings, consent: 'never', channel: null },
        { action: 'consent', consent: 'never' },
        'Europe/Madrid',
        t,
      ),
    ],
    [
      'celebration settings, default channel',
      celebrationSettingsMessage(
        { ...settings, channel: { channelId: 'C0ALL', source: 'workspace' } },
        { action: 'channel', channelId: null },
        'Europe/Madrid',
        t,
      ),
    ],
    [
      'celebration settings, team channel',
      celebrationSettingsMessage(
        settings,
        { action: 'team-channel', team: 'Consultoría', channelId: 'C0WINS' },
        'Europe/Madrid',
        t,
      ),
    ],
    [
      'celebration settings, team default',
      celebrationSettingsMessage(
        settings,
        { action: 'team-channel', team: 'Consultoría', channelId: null },
        'Europe/Madrid',
        t,
      ),
    ],
    [
      'celebration settings, digest time',
      celebrationSettingsMessage(settings, { action: 'digest-time', weekday: 1, hour: 9 }, 'Europe/Madrid', t),
    ],

    // Data rights
    ['data delete confirm', { view: deleteConfirmModal(t) }],
    ['data delete confirm error', line(deleteConfirmError(t))],
    ['data erasing', { view: dataErasingView(t) }],
    ['data deleted', { view: dataDeletedView(t) }],
    ['data delete failed', { view: dataDeleteFailedView('ab12cd', t) }],
    ['data export sent', exportSentBlocks(t)],

    // Deliveries
    [
      'deliveries, none failed',
      {
        view: deliveriesModal(
          {
            windowDays: 7,
            counts: { pending: 1, sending: 0, sent: 40, dropped: 2, failed: 0 },
            failed: [],
            failedTotal: 0,
          },
          t,
        ),
      },
    ],
    [
      'deliveries, failed',
      {
        view: deliveriesModal(
          {
            windowDays: 7,
            counts: { pending: 0, sending: 1, sent: 40, dropped: 0, failed: 3 },
            failed: [
              {
                kind: 'celebration',
                recipient: 'C0WINS',
                attempts: 1,
                error: 'not_in_channel',
                at: new Date('2027-03-15T09:30:00Z'),
              },
              {
                kind: 'mentor-request',
                recipient: 'U0MIA',
                attempts: 5,
                error: 'ratelimited',
                at: new Date('2027-03-14T09:30:00Z'),
              },
            ],
            failedTotal: 3,
          },
          t,
        ),
      },
    ],
  ];
}
