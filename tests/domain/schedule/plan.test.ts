import { describe, expect, it } from 'vitest';
import { keyText, parseKey, type ScheduleKey } from '../../../src/domain/schedule/keys.js';
import { DEFAULT_WORKING_HOURS } from '../../../src/domain/schedule/local-time.js';
import { currentNudgeStage } from '../../../src/domain/schedule/nudges.js';
import {
  digestOf,
  type PersonFacts,
  planFor,
  type Recipient,
  type ScheduleSettings,
  whyNotPlanned,
} from '../../../src/domain/schedule/plan.js';

const settings: ScheduleSettings = { hours: DEFAULT_WORKING_HOURS, checkInCadenceDays: 28 };

function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    personId: 'p1',
    slackUserId: 'U0ALICE',
    timeZone: 'Europe/London',
    displayName: 'Alice',
    deactivated: false,
    paused: false,
    mutedKinds: [],
    pathway: {
      goalTitle: 'Senior Instructional Designer',
      startedOn: '2027-01-04',
      milestones: [{ id: 'm1', position: 1, title: 'Run a workshop', dueDate: '2027-01-20' }],
    },
    reports: [],
    ...overrides,
  };
}

const manager: Recipient = {
  personId: 'p9',
  slackUserId: 'U0BOSS',
  timeZone: 'America/New_York',
  deactivated: false,
  paused: false,
  mutedKinds: [],
};

const keys = (facts: PersonFacts, now: string): string[] =>
  planFor(facts, settings, new Date(now)).planned.map((message) => message.keyText);
const held = (facts: PersonFacts, now: string): Record<string, string> =>
  Object.fromEntries(planFor(facts, settings, new Date(now)).heldBack.map((entry) => [entry.keyText, entry.reason]));

describe('milestone nudge stages', () => {
  it.each([
    ['2027-01-16', undefined],
    ['2027-01-17', 'before'],
    ['2027-01-19', 'before'],
    ['2027-01-20', 'due'],
    ['2027-01-21', 'overdue-1'],
    ['2027-01-22', 'overdue-1'],
    ['2027-01-23', 'overdue-3'],
    ['2027-01-27', 'overdue-7'],
    ['2027-02-03', 'overdue-14'],
    ['2027-02-09', 'overdue-14'],
    ['2027-02-10', undefined],
  ])('on %s the stage for a milestone due 2027-01-20 is %s', (today, stage) => {
    expect(currentNudgeStage('2027-01-20', today)?.stage).toBe(stage);
  });
});

describe('keys', () => {
  it('round-trips every kind and ignores keys of other features', () => {
    const all: ScheduleKey[] = [
      { kind: 'milestone_nudge', milestoneId: 'cm1abc', stage: 'overdue-3', dueDate: '2027-01-20' },
      { kind: 'checkin_reminder', personId: 'p1', dueDate: '2027-02-01' },
      { kind: 'manager_reminder', reportId: 'p1', dueDate: '2027-02-01' },
      { kind: 'manager_digest', managerId: 'p9', week: '2027-W02' },
      { kind: 'away_summary', personId: 'p1', awayFrom: '2027-01-04' },
    ];
    for (const key of all) expect(parseKey(keyText(key))).toEqual(key);
    expect(keyText(all[0]!)).toBe('nudge:cm1abc:overdue-3:2027-01-20');
    expect(parseKey('celebrate:m1')).toBeUndefined();
    expect(parseKey('nudge:m1:someday:2027-01-20')).toBeUndefined();
    expect(parseKey('checkin:p1:2027-02-30')).toBeUndefined();
  });
});

describe('planFor', () => {
  it('plans the current nudge once, inside working hours, with buttons content for the milestone', () => {
    // Sunday 17 January: the "before" stage begins, but the message waits for Monday 9:00.
    const plan = planFor(person(), settings, new Date('2027-01-17T08:00:00Z'));
    expect(plan.planned).toHaveLength(1);
    const [message] = plan.planned;
    expect(message!.keyText).toBe('nudge:m1:before:2027-01-20');
    expect(message!.notBefore).toEqual(new Date('2027-01-18T09:00:00Z'));
    expect(message!.content).toMatchObject({ kind: 'milestone_nudge', stage: 'before', milestone: { id: 'm1' } });
    // Planning again later that day gives the same key: the outbox keeps one row.
    expect(keys(person(), '2027-01-17T20:00:00Z')).toEqual(['nudge:m1:before:2027-01-20']);
  });

  it('after downtime plans only the stage in force now, not the backlog', () => {
    expect(keys(person(), '2027-01-28T10:00:00Z')).toEqual(['nudge:m1:overdue-7:2027-01-20']);
  });

  it('stops nudging after the last overdue stage', () => {
    expect(keys(person(), '2027-02-09T10:00:00Z')).toContain('nudge:m1:overdue-14:2027-01-20');
    expect(keys(person(), '2027-03-01T10:00:00Z').filter((key) => key.startsWith('nudge:'))).toEqual([]);
  });

  it('holds back snoozed, paused, muted and deactivated recipients with the reason', () => {
    const snoozed = person({
      pathway: {
        ...person().pathway!,
        milestones: [{ id: 'm1', position: 1, title: 'x', dueDate: '2027-01-20', snoozedUntil: '2027-01-27' }],
      },
    });
    expect(held(snoozed, '2027-01-21T10:00:00Z')).toEqual({ 'nudge:m1:overdue-1:2027-01-20': 'snoozed' });
    expect(keys(snoozed, '2027-01-27T10:00:00Z')).toEqual(['nudge:m1:overdue-7:2027-01-20']);
    expect(held(person({ paused: true }), '2027-01-20T10:00:00Z')).toEqual({
      'nudge:m1:due:2027-01-20': 'nudges paused',
    });
    expect(held(person({ mutedKinds: ['milestone_nudge'] }), '2027-01-20T10:00:00Z')).toEqual({
      'nudge:m1:due:2027-01-20': 'turned off in settings',
    });
    expect(held(person({ deactivated: true }), '2027-01-20T10:00:00Z')).toEqual({
      'nudge:m1:due:2027-01-20': 'recipient deactivated',
    });
  });

  it('sends nothing while away, then one summary of what fell due instead of the held-back nudges', () => {
    const away = person({ awayFrom: '2027-01-18', awayUntil: '2027-01-24' });
    expect(keys(away, '2027-01-20T10:00:00Z')).toEqual([]);
    expect(held(away, '2027-01-20T10:00:00Z')).toEqual({ 'nudge:m1:due:2027-01-20': 'recipient away' });
    // Back on Monday 25th: overdue-3 began on the 23rd, during the absence: the summary covers it.
    const back = planFor(away, settings, new Date('2027-01-25T10:00:00Z'));
    expect(back.planned.map((message) => message.keyText)).toEqual(['away:p1:2027-01-18']);
    expect(back.planned[0]!.content).toMatchObject({
      kind: 'away_summary',
      fellDue: [{ id: 'm1' }],
      awayUntil: '2027-01-24',
    });
    expect(back.heldBack).toEqual([
      { keyText: 'nudge:m1:overdue-3:2027-01-20', reason: 'fell due while away (in the away summary)' },
    ]);
    // The next stage after the return is a normal nudge again.
    expect(keys(away, '2027-01-27T10:00:00Z')).toEqual(['nudge:m1:overdue-7:2027-01-20', 'away:p1:2027-01-18']);
  });

  it('does not send an away summary when nothing fell due', () => {
    const away = person({ awayFrom: '2027-01-04', awayUntil: '2027-01-08' });
    expect(held(away, '2027-01-11T10:00:00Z')).toEqual({ 'away:p1:2027-01-04': 'nothing fell due while away' });
  });

  it('reminds about a check-in when the cadence is due, and the manager a week later in their own zone', () => {
    const facts = person({ lastCheckInOn: '2027-01-05', manager, pathway: { ...person().pathway!, milestones: [] } });
    expect(keys(facts, '2027-02-01T10:00:00Z')).toEqual([]);
    expect(keys(facts, '2027-02-02T10:00:00Z')).toEqual(['checkin:p1:2027-02-02']);
    const later = planFor(facts, settings, new Date('2027-02-09T12:00:00Z'));
    const reminder = later.planned.find((message) => message.key.kind === 'manager_reminder');
    expect(reminder?.keyText).toBe('manager-checkin:p1:2027-02-02');
    expect(reminder?.recipient.slackUserId).toBe('U0BOSS');
    expect(reminder?.notBefore).toEqual(new Date('2027-02-09T14:00:00Z')); // 9:00 in New York
    expect(
      held({ ...facts, manager: { ...manager, mutedKinds: ['manager_reminder'] } }, '2027-02-09T15:00:00Z'),
    ).toMatchObject({
      'manager-checkin:p1:2027-02-02': 'turned off in settings',
    });
  });

  it('plans one weekly digest for a manager from the first working day of the week', () => {
    const boss = person({
      personId: 'p9',
      pathway: undefined,
      reports: [
        {
          personId: 'a',
          slackUserId: 'UA',
          hasPathway: true,
          overdueMilestones: 2,
          lastProgressOn: '2027-01-10',
          awaitingCalibration: false,
        },
        {
          personId: 'b',
          slackUserId: 'UB',
          hasPathway: true,
          overdueMilestones: 0,
          lastProgressOn: '2027-01-10',
          awaitingCalibration: true,
        },
        {
          personId: 'c',
          slackUserId: 'UC',
          hasPathway: true,
          overdueMilestones: 0,
          lastProgressOn: '2026-11-01',
          awaitingCalibration: false,
        },
        { personId: 'd', slackUserId: 'UD', hasPathway: false, overdueMilestones: 0, awaitingCalibration: false },
      ],
    });
    expect(keys(boss, '2027-01-11T10:00:00Z')).toEqual(['digest:p9:2027-W02']);
    expect(keys(boss, '2027-01-14T10:00:00Z')).toEqual(['digest:p9:2027-W02']);
    expect(held({ ...boss, mutedKinds: ['manager_digest'] }, '2027-01-11T10:00:00Z')).toEqual({
      'digest:p9:2027-W02': 'turned off in settings',
    });
    expect(digestOf(boss.reports, '2027-01-11')).toEqual({
      onTrack: [{ slackUserId: 'UB', displayName: undefined }],
      overdue: [{ slackUserId: 'UA', displayName: undefined }],
      stalled: [{ slackUserId: 'UC', displayName: undefined }],
      awaitingCalibration: [{ slackUserId: 'UB', displayName: undefined }],
    });
  });

  it('explains why a queued key is no longer planned', () => {
    const key = parseKey('nudge:m1:due:2027-01-20')!;
    expect(whyNotPlanned(key, person({ pathway: { ...person().pathway!, milestones: [] } }))).toBe(
      'milestone done, removed, or its pathway ended',
    );
    const moved = person({
      pathway: { ...person().pathway!, milestones: [{ id: 'm1', position: 1, title: 'x', dueDate: '2027-02-20' }] },
    });
    expect(whyNotPlanned(key, moved)).toBe('due date moved');
    expect(whyNotPlanned(key, person())).toBe('a later nudge replaced it');
  });
});
