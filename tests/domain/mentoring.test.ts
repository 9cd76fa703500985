import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/commands.js';
import {
  type MentorAsker,
  type MentorCandidate,
  type MentorContext,
  mentorCheckInKeyText,
  mentorMetValue,
  mentorOfferSchema,
  nextCheckInOn,
  parseMentorCheckInKey,
  suggestMentors,
  whyNotSuggested,
} from '../../src/domain/mentoring.js';

const GOAL = 'learning-strategist';
const asker: MentorAsker = {
  id: 'asker',
  team: 'L&D',
  managerId: 'boss',
  goalRoleKey: GOAL,
  goalSignalKeys: ['impact', 'stakeholders', 'systems', 'outcomes'],
};
const context: MentorContext = {
  today: '2027-01-11',
  crossTeams: true,
  declinedBy: new Set(),
  alreadyAsked: new Set(),
};

function candidate(
  id: string,
  patch: Partial<MentorCandidate> = {},
  offer: Partial<MentorCandidate['offer']> = {},
): MentorCandidate {
  return {
    id,
    slackUserId: `U${id.toUpperCase()}`,
    team: 'L&D',
    managerId: null,
    currentRoleKey: GOAL,
    reachedGoalOn: null,
    offer: { status: 'active', roleKeys: [GOAL], signalKeys: ['impact'], capacity: 2, ...offer },
    menteesNow: 0,
    ...patch,
  };
}

describe('who may be suggested as a mentor', () => {
  it.each<[string, MentorCandidate, Partial<MentorContext>, string | undefined]>([
    ['someone who holds the goal role and offered', candidate('a'), {}, undefined],
    [
      'someone who reached it within the year',
      candidate('a', { currentRoleKey: 'head-of-learning', reachedGoalOn: '2026-03-01' }),
      {},
      undefined,
    ],
    [
      'someone who reached it longer ago',
      candidate('a', { currentRoleKey: 'head-of-learning', reachedGoalOn: '2025-12-01' }),
      {},
      'does not hold the goal role',
    ],
    ['the asker', candidate('asker'), {}, 'self'],
    ['a paused offer', candidate('a', {}, { status: 'paused' }), {}, 'offer not active'],
    ['a withdrawn offer', candidate('a', {}, { status: 'withdrawn' }), {}, 'offer not active'],
    ['no room left', candidate('a', { menteesNow: 2 }), {}, 'no spare capacity'],
    [
      'an offer for other roles',
      candidate('a', {}, { roleKeys: ['instructional-designer'] }),
      {},
      'does not offer help with the goal role',
    ],
    ['the asker’s manager', candidate('boss'), {}, 'their manager'],
    ['the asker’s report', candidate('a', { managerId: 'asker' }), {}, 'their report'],
    [
      'another team when suggestions stay within teams',
      candidate('a', { team: 'Sales' }),
      { crossTeams: false },
      'another team',
    ],
    ['another team when suggestions may cross teams', candidate('a', { team: 'Sales' }), {}, undefined],
    ['someone who declined the asker before', candidate('a'), { declinedBy: new Set(['a']) }, 'declined before'],
    ['someone already asked', candidate('a'), { alreadyAsked: new Set(['a']) }, 'already asked'],
  ])('%s', (_name, person, patch, reason) => {
    expect(whyNotSuggested(asker, person, { ...context, ...patch })).toBe(reason);
  });
});

describe('ranking mentor suggestions', () => {
  it('ranks by the goal signals they help with, then spare capacity, then holding the role now; at most three', () => {
    const ranked = suggestMentors(
      asker,
      [
        candidate('one', {}, { signalKeys: ['impact'] }),
        candidate('three', {}, { signalKeys: ['impact', 'systems', 'outcomes', 'unrelated'] }),
        candidate('twofull', { menteesNow: 1 }, { signalKeys: ['impact', 'systems'] }),
        candidate('tworoom', {}, { signalKeys: ['systems', 'impact'], capacity: 3 }),
        candidate(
          'recent',
          { currentRoleKey: 'head-of-learning', reachedGoalOn: '2026-10-01' },
          { signalKeys: ['impact'] },
        ),
        candidate('declined', {}, { signalKeys: ['impact', 'stakeholders', 'systems', 'outcomes'] }),
      ],
      { ...context, declinedBy: new Set(['declined']) },
    );
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['three', 'tworoom', 'twofull']);
    expect(ranked[0]).toMatchObject({ signalKeys: ['impact', 'systems', 'outcomes'], spare: 2, holdsRole: true });
    expect(ranked[1]?.signalKeys).toEqual(['impact', 'systems']); // in the framework's order
  });

  it('prefers someone holding the role over someone who reached it, all else equal; ties by Slack id', () => {
    const ranked = suggestMentors(
      asker,
      [candidate('recent', { currentRoleKey: 'x', reachedGoalOn: '2026-10-01' }), candidate('b'), candidate('a')],
      context,
    );
    expect(ranked.map((suggestion) => suggestion.id)).toEqual(['a', 'b', 'recent']);
  });

  it('suggests nobody when nobody fits', () => {
    expect(suggestMentors(asker, [candidate('boss'), candidate('a', { menteesNow: 5 })], context)).toEqual([]);
  });
});

describe('offers, cadence and keys', () => {
  it('checks an offer', () => {
    expect(mentorOfferSchema.safeParse({ roleKeys: [GOAL], signalKeys: ['impact'], capacity: '2' })).toMatchObject({
      success: true,
      data: { capacity: 2 },
    });
    const bad = mentorOfferSchema.safeParse({ roleKeys: [], signalKeys: [], capacity: '9' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      'pick at least one role you can help people reach',
      'pick at least one signal you can help with',
      'mentor at most 5 people at once',
    ]);
  });

  it('asks "did you meet?" one cadence on', () => {
    expect(nextCheckInOn('2027-01-11', 3)).toBe('2027-02-01');
  });

  it('round-trips the outbox key and the button value, and rejects anything else', () => {
    const key = { mentorshipId: 'cm123', slackUserId: 'U0ALICE', dueOn: '2027-02-01' };
    expect(parseMentorCheckInKey(mentorCheckInKeyText(key))).toEqual(key);
    expect(parseMentorCheckInKey('conversation:cm1:agenda:U1:2027-01-01')).toBeUndefined();
    expect(parseMentorCheckInKey('mentor-checkin:cm1:U1:not-a-date')).toBeUndefined();
    expect(mentorMetValue.parse('cm123:2027-02-01:yes')).toEqual({
      mentorshipId: 'cm123',
      dueOn: '2027-02-01',
      met: true,
    });
    expect(mentorMetValue.safeParse('cm123:2027-02-01:maybe').success).toBe(false);
  });

  it('reads /pathway mentor and its words, and says what to type otherwise', () => {
    expect(parseCommand('mentor')).toEqual({ ok: true, command: { kind: 'mentor', action: 'suggest' } });
    for (const action of ['offer', 'pause', 'resume', 'withdraw', 'end'] as const) {
      expect(parseCommand(`mentor ${action.toUpperCase()}`)).toEqual({ ok: true, command: { kind: 'mentor', action } });
    }
    expect(parseCommand('mentor please')).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: ['type `/pathway mentor` for suggestions, or add offer, pause, resume, withdraw or end'],
    });
    expect(parseCommand('mentoring')).toMatchObject({ ok: false, kind: 'unknown', suggestion: { name: 'mentor' } });
  });
});
