/**
 * The next-due instant is only an optimisation: planning a person only when
 * it has come must queue exactly the messages, at exactly the ticks, that
 * planning them on every tick would. Checked over random people (zones on
 * both sides of the date line and across DST changes, snoozes, absences,
 * pauses, muted kinds, managers away, reports) over six weeks.
 */
import { describe, expect, it } from 'vitest';
import { MUTABLE_KINDS } from '../../../src/domain/schedule/kinds.js';
import { addDays, DEFAULT_WORKING_HOURS } from '../../../src/domain/schedule/local-time.js';
import { nextDueAt } from '../../../src/domain/schedule/next-due.js';
import {
  type PersonFacts,
  planFor,
  type Recipient,
  type ReportFacts,
  type ScheduleSettings,
} from '../../../src/domain/schedule/plan.js';
import { FUZZ_SEED, prng } from '../../support/fuzz.js';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Santiago',
];
const START = new Date('2027-02-20T00:00:00Z'); // spans the March DST changes in both hemispheres
const DAYS = 42;
/** Ticks every few hours (odd, so they fall at every local hour over the weeks): both ways tick on the same grid. */
const TICK_HOURS = 5;
const PEOPLE = 60;

function randomFacts(random: () => number, index: number): { person: PersonFacts; settings: ScheduleSettings } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = (from: number, to: number): string => addDays('2027-02-20', from + Math.floor(random() * (to - from)));
  const maybe = (chance: number): boolean => random() < chance;
  const away = (): { awayFrom?: string; awayUntil?: string } => {
    if (!maybe(0.3)) return {};
    const from = day(-10, 50);
    return { awayFrom: from, awayUntil: addDays(from, Math.floor(random() * 12)) };
  };
  const recipient = (id: string): Recipient => ({
    personId: id,
    slackUserId: `U${id}`,
    timeZone: pick(ZONES),
    deactivated: false,
    paused: maybe(0.05),
    mutedKinds: MUTABLE_KINDS.filter(() => maybe(0.1)),
    ...away(),
  });
  const reports: ReportFacts[] = maybe(0.4)
    ? Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) => ({
        personId: `r${index}-${n}`,
        slackUserId: `UR${index}${n}`,
        hasPathway: maybe(0.7),
        overdueMilestones: 0,
        awaitingCalibration: maybe(0.2),
      }))
    : [];
  const person: PersonFacts = {
    ...recipient(`p${index}`),
    pathway: maybe(0.9)
      ? {
          goalTitle: 'Goal',
          startedOn: day(-60, 0),
          milestones: Array.from({ length: Math.floor(random() * 5) }, (_, n) => ({
            id: `m${index}-${n}`,
            position: n + 1,
            title: 'Milestone',
            dueDate: day(-20, 60),
            ...(maybe(0.2) ? { snoozedUntil: day(0, 30) } : {}),
          })),
        }
      : undefined,
    lastCheckInOn: maybe(0.5) ? day(-40, 0) : undefined,
    manager: maybe(0.6) ? recipient(`b${index}`) : undefined,
    reports,
  };
  const startHour = pick([0, 7, 9, 12]);
  const settings: ScheduleSettings = {
    hours: pick([
      DEFAULT_WORKING_HOURS,
      { startHour, endHour: startHour + 8, workingDays: pick([[1, 2, 3, 4, 5], [3, 4], [7], [1, 2, 3, 4, 5, 6, 7]]) },
    ]),
    checkInCadenceDays: pick([7, 28, 90]),
  };
  return { person, settings };
}

/** When each key was first planned, and its earliest delivery. */
function simulate(person: PersonFacts, settings: ScheduleSettings, onlyWhenDue: boolean): Map<string, string> {
  const firstPlanned = new Map<string, string>();
  let due: Date | undefined = new Date(0);
  for (let hour = 0; hour < DAYS * 24; hour += TICK_HOURS) {
    const now = new Date(START.getTime() + hour * 3_600_000);
    if (onlyWhenDue && (due === undefined || due > now)) continue;
    for (const message of planFor(person, settings, now).planned) {
      if (!firstPlanned.has(message.keyText))
        firstPlanned.set(message.keyText, `${now.toISOString()} → ${message.notBefore.toISOString()}`);
    }
    due = nextDueAt(person, settings, now);
    if (due !== undefined) expect(due.getTime()).toBeGreaterThan(now.getTime());
  }
  return firstPlanned;
}

describe('next-due instant', () => {
  it(`plans exactly what planning on every tick plans, at the same ticks (${PEOPLE} random people, ${DAYS} days)`, () => {
    const random = prng(FUZZ_SEED);
    let looks = 0;
    for (let index = 0; index < PEOPLE; index += 1) {
      const { person, settings } = randomFacts(random, index);
      const everyTick = simulate(person, settings, false);
      const dueOnly = simulate(person, settings, true);
      expect(Object.fromEntries(dueOnly), JSON.stringify({ person, settings })).toEqual(Object.fromEntries(everyTick));
      looks += dueOnly.size;
    }
    expect(looks).toBeGreaterThan(PEOPLE); // the random people do get messages
  }, 180_000);

  it('is the next local midnight on which something new falls due, and nothing for a paused person', () => {
    const settings: ScheduleSettings = { hours: DEFAULT_WORKING_HOURS, checkInCadenceDays: 28 };
    const person: PersonFacts = {
      personId: 'p1',
      slackUserId: 'U0ALICE',
      timeZone: 'America/New_York',
      deactivated: false,
      paused: false,
      mutedKinds: [],
      pathway: {
        goalTitle: 'Goal',
        startedOn: '2027-03-01',
        milestones: [{ id: 'm1', position: 1, title: 'T', dueDate: '2027-03-20' }],
      },
      reports: [],
    };
    // The "before" stage of the milestone (17 March) comes before the check-in cadence (29 March).
    expect(nextDueAt(person, settings, new Date('2027-03-10T12:00:00Z'))?.toISOString()).toBe(
      '2027-03-17T04:00:00.000Z',
    );
    expect(nextDueAt({ ...person, paused: true }, settings, new Date('2027-03-10T12:00:00Z'))).toBeUndefined();
    expect(nextDueAt({ ...person, pathway: undefined }, settings, new Date('2027-03-10T12:00:00Z'))).toBeUndefined();
  });
});
