import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  type CheckInRecord,
  checkRatings,
  describeChange,
  EXAMPLE_REQUIRED_MESSAGE,
  isConsistent,
  type MilestoneRef,
  overallTrend,
  type Rating,
  type SignalRef,
} from '../../src/domain/readiness.js';

const SIGNALS: SignalRef[] = [
  { key: 'impact', title: 'Impact beyond your own role' },
  { key: 'stakeholders', title: 'Communicates with non-learning stakeholders' },
  { key: 'systems', title: 'Thinks in systems' },
];

let counter = 0;
function checkIn(
  date: string,
  self: Record<string, Rating>,
  manager: Record<string, Rating> = {},
  titles: Record<string, string> = {},
): CheckInRecord {
  counter += 1;
  return {
    id: `c${counter}`,
    at: new Date(`${date}T12:00:00Z`).getTime(),
    date,
    managerComment: null,
    calibrated: Object.keys(manager).length > 0,
    ratings: Object.entries(self).map(([signalKey, selfRating]) => ({
      signalKey,
      title: titles[signalKey] ?? SIGNALS.find((s) => s.key === signalKey)?.title ?? signalKey,
      selfRating,
      managerRating: manager[signalKey] ?? null,
    })),
  };
}

const MILESTONES: MilestoneRef[] = [
  { id: 'm1', position: 1, title: 'Present results to sales', signalKeys: ['stakeholders'], done: false },
  { id: 'm2', position: 2, title: 'Systems course', signalKeys: ['systems'], done: false },
  { id: 'm3', position: 3, title: 'Finished stakeholder map', signalKeys: ['stakeholders'], done: true },
];

/** The readiness after a single check-in on 4 January, with MILESTONES open or done. */
const firstCheckInReadiness = (ratings: Record<string, Rating>) =>
  assessReadiness(SIGNALS, [checkIn('2027-01-04', ratings)], MILESTONES);

describe('assessReadiness', () => {
  it('has nothing rated before the first check-in, and every signal counts as below consistent', () => {
    const readiness = assessReadiness(SIGNALS, [], MILESTONES);
    expect(readiness.checkInCount).toBe(0);
    expect(readiness.latest).toBeNull();
    expect(readiness.score).toBeNull();
    expect(readiness.signals.map((s) => s.status)).toEqual(['not-rated', 'not-rated', 'not-rated']);
    expect(readiness.belowConsistent).toHaveLength(3);
    expect(readiness.suggestConversation).toBe(false);
    expect(overallTrend(readiness)).toBeNull();
  });

  it('gives each signal its last rating and the change since the previous check-in, whatever order check-ins come in', () => {
    const first = checkIn('2027-01-04', { impact: 1, stakeholders: 2, systems: 3 });
    const second = checkIn('2027-02-01', { impact: 2, stakeholders: 2, systems: 2 });
    const readiness = assessReadiness(SIGNALS, [second, first], MILESTONES);
    const byKey = Object.fromEntries(readiness.signals.map((s) => [s.key, s]));
    expect(byKey.impact).toMatchObject({ last: 2, previous: 1, change: 1, status: 'current' });
    expect(byKey.stakeholders).toMatchObject({ last: 2, previous: 2, change: 0 });
    expect(byKey.systems).toMatchObject({ last: 2, previous: 3, change: -1 });
    expect(readiness.latest?.id).toBe(second.id);
    expect(readiness.score).toBe(2);
    expect(readiness.previousScore).toBe(2);
    expect(readiness.scoreChange).toBe(0);
    expect(overallTrend(readiness)).toBe('flat');
    expect(describeChange(byKey.impact!)).toBe('not yet → emerging');
    expect(describeChange(byKey.stakeholders!)).toBe('emerging (no change)');
  });

  it('orders two check-ins of the same day by time', () => {
    const morning = {
      ...checkIn('2027-02-01', { impact: 1, stakeholders: 1, systems: 1 }),
      at: Date.parse('2027-02-01T08:00:00Z'),
    };
    const evening = {
      ...checkIn('2027-02-01', { impact: 3, stakeholders: 3, systems: 3 }),
      at: Date.parse('2027-02-01T18:00:00Z'),
    };
    const readiness = assessReadiness(SIGNALS, [evening, morning], []);
    expect(readiness.latest?.id).toBe(evening.id);
    expect(overallTrend(readiness)).toBe('up');
  });

  it('lists what is below consistent and the open milestones that build the weakest signals', () => {
    const readiness = firstCheckInReadiness({ impact: 3, stakeholders: 1, systems: 2 });
    expect(readiness.belowConsistent.map((s) => s.key)).toEqual(['stakeholders', 'systems']);
    expect(readiness.weakest.map((s) => s.key)).toEqual(['stakeholders']);
    // m3 builds the same signal but is done already.
    expect(readiness.milestonesForWeakest.map((m) => m.id)).toEqual(['m1']);
    expect(overallTrend(readiness)).toBe('new');
  });

  it('treats every weakest signal alike when several share the lowest rating', () => {
    const readiness = firstCheckInReadiness({ impact: 3, stakeholders: 2, systems: 2 });
    expect(readiness.weakest.map((s) => s.key)).toEqual(['stakeholders', 'systems']);
    expect(readiness.milestonesForWeakest.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('suggests a readiness conversation only after two check-ins in a row with every signal at consistent or above', () => {
    const allThree = (rating: Rating) => ({ impact: rating, stakeholders: rating, systems: rating });
    const one = assessReadiness(SIGNALS, [checkIn('2027-01-04', allThree(3))], []);
    expect(one.suggestConversation).toBe(false);

    const notInARow = assessReadiness(
      SIGNALS,
      [
        checkIn('2027-01-04', allThree(3)),
        checkIn('2027-02-01', { impact: 4, stakeholders: 2, systems: 4 }),
        checkIn('2027-03-01', allThree(4)),
      ],
      [],
    );
    expect(notInARow.suggestConversation).toBe(false);

    const twoInARow = assessReadiness(
      SIGNALS,
      [checkIn('2027-02-01', { impact: 3, stakeholders: 4, systems: 3 }), checkIn('2027-03-01', allThree(4))],
      [],
    );
    expect(twoInARow.suggestConversation).toBe(true);
    expect(twoInARow.belowConsistent).toEqual([]);
    expect(twoInARow.milestonesForWeakest).toEqual([]);
  });

  it('does not suggest the conversation when the manager calibrated a signal below consistent', () => {
    const all4 = { impact: 4, stakeholders: 4, systems: 4 } as const;
    const readiness = assessReadiness(
      SIGNALS,
      [checkIn('2027-02-01', all4), checkIn('2027-03-01', all4, { systems: 2 })],
      [],
    );
    expect(readiness.suggestConversation).toBe(false);
    expect(readiness.signals.find((s) => s.key === 'systems')?.managerRating).toBe(2);
    expect(isConsistent({ selfRating: 3, managerRating: null })).toBe(true);
    expect(isConsistent({ selfRating: 3, managerRating: 2 })).toBe(false);
    expect(isConsistent({ selfRating: 2, managerRating: 4 })).toBe(false);
  });

  describe('check-ins made against an older framework version', () => {
    // v1 rated "old-signal", which v2 dropped; v2 added "systems".
    const v1 = checkIn(
      '2027-01-04',
      { impact: 2, stakeholders: 3, 'old-signal': 1 },
      {},
      { 'old-signal': 'Knows the LMS inside out' },
    );

    it('shows dropped signals as retired and new ones as not yet rated', () => {
      const readiness = assessReadiness(SIGNALS, [v1], []);
      expect(readiness.signals.map((s) => [s.key, s.status])).toEqual([
        ['impact', 'current'],
        ['stakeholders', 'current'],
        ['systems', 'not-rated'],
        ['old-signal', 'retired'],
      ]);
      expect(readiness.signals.at(-1)).toMatchObject({ title: 'Knows the LMS inside out', last: 1 });
      // The retired signal no longer counts; the unrated new one is among the weakest.
      expect(readiness.score).toBe(2.5);
      expect(readiness.belowConsistent.map((s) => s.key)).toEqual(['impact', 'systems']);
      expect(readiness.weakest.map((s) => s.key)).toEqual(['systems']);
    });

    it('compares by key across versions and needs the new signal rated twice before suggesting the conversation', () => {
      const v2a = checkIn('2027-02-01', { impact: 3, stakeholders: 3, systems: 3 });
      const readiness = assessReadiness(SIGNALS, [v1, v2a], []);
      expect(readiness.signals.find((s) => s.key === 'impact')).toMatchObject({ last: 3, previous: 2, change: 1 });
      expect(readiness.signals.find((s) => s.key === 'systems')).toMatchObject({
        last: 3,
        previous: null,
        change: null,
        status: 'current',
      });
      expect(readiness.suggestConversation).toBe(false);
      const v2b = checkIn('2027-03-01', { impact: 3, stakeholders: 4, systems: 3 });
      expect(assessReadiness(SIGNALS, [v1, v2a, v2b], []).suggestConversation).toBe(true);
    });
  });
});

describe('checkRatings', () => {
  const keys = SIGNALS.map((s) => s.key);

  it('accepts every signal rated, with an example above "not yet", trimming examples', () => {
    const result = checkRatings(keys, [
      { signalKey: 'impact', rating: 1, example: '   ' },
      { signalKey: 'stakeholders', rating: 3, example: '  Ran the sales workshop ' },
      { signalKey: 'systems', rating: 2, example: 'Mapped the onboarding flow' },
    ]);
    expect(result).toEqual({
      ok: true,
      ratings: [
        { signalKey: 'impact', rating: 1, example: null },
        { signalKey: 'stakeholders', rating: 3, example: 'Ran the sales workshop' },
        { signalKey: 'systems', rating: 2, example: 'Mapped the onboarding flow' },
      ],
    });
  });

  it('names each missing rating and each missing or too long example by signal and field', () => {
    const result = checkRatings(keys, [
      { signalKey: 'impact', rating: undefined, example: undefined },
      { signalKey: 'stakeholders', rating: 2, example: '' },
      { signalKey: 'systems', rating: 4, example: 'x'.repeat(501) },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { signalKey: 'impact', field: 'rating', message: expect.stringContaining('Pick one') },
      { signalKey: 'stakeholders', field: 'example', message: EXAMPLE_REQUIRED_MESSAGE },
      { signalKey: 'systems', field: 'example', message: 'Keep the example under 500 characters.' },
    ]);
  });

  it('treats a signal missing from the form as unrated', () => {
    const result = checkRatings(['impact'], []);
    expect(result.ok).toBe(false);
  });
});
