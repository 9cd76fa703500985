/**
 * Progression measures over plain data: no Slack, no database. The report
 * service loads facts, these functions compute figures, and every figure goes
 * through `guard`, the ONE place where the minimum group size is enforced: a
 * figure computed over fewer people than the minimum is replaced by "hidden",
 * so no individual can be singled out, whatever segment or measure.
 */

import { DateTime } from 'luxon';
import { z } from 'zod';
import { daysBetween, ISO_DATE_PROBLEMS, isoDate } from './dates.js';
import { problemReader } from './problems.js';

/** The smallest minimum an admin may set; 5 is the default. */
export const MIN_GROUP_SIZE_FLOOR = 3;
export const DEFAULT_MIN_GROUP_SIZE = 5;

// ---------------------------------------------------------------------------------------------
// Input facts
// ---------------------------------------------------------------------------------------------

export interface PersonFacts {
  /** An opaque key; figures never carry it out. */
  key: string;
  team: string | null;
  roleKey: string | null;
  /** When Pathway first knew the person: the start of their first stage if no move is recorded. */
  knownSince: Date;
}

export interface PathwayFacts {
  personKey: string;
  moveKind: 'ladder' | 'lattice';
  goalRoleKey: string;
  status: 'active' | 'reached' | 'changed' | 'abandoned';
  startedAt: Date;
  endedAt: Date | null;
}

export interface MilestoneFacts {
  personKey: string;
  /** ISO calendar date. */
  dueDate: string;
  doneAt: Date | null;
}

export interface CheckInFacts {
  personKey: string;
  goalRoleKey: string;
  createdAt: Date;
  /** The self ratings (1–4) of the check-in. */
  ratings: number[];
}

export interface ReportFacts {
  people: PersonFacts[];
  pathways: PathwayFacts[];
  milestones: MilestoneFacts[];
  checkIns: CheckInFacts[];
}

/** Inclusive ISO calendar dates. */
export interface Period {
  from: string;
  to: string;
  label: string;
}

export interface ReportOptions {
  period: Period;
  minGroupSize: number;
  checkInCadenceDays: number;
}

// ---------------------------------------------------------------------------------------------
// Figures and the minimum group size
// ---------------------------------------------------------------------------------------------

export type Figure = { shown: true; value: number } | { shown: false };

/** The one place a figure is made: hidden when computed over fewer than `minGroupSize` people. */
export function guard(value: number | null, people: number, minGroupSize: number): Figure {
  if (people < minGroupSize || value === null || !Number.isFinite(value)) return { shown: false };
  return { shown: true, value };
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/**
 * Why a period could not be read, in English, by code; blocks/report.ts reads them back
 * (readPeriodProblem) and writes them in the admin's language.
 */
export const PERIOD_PROBLEMS = {
  unreadable: 'give a period like `90d`, `2026`, `2026-q3`, `2026-11` or `2026-01-01..2026-06-30`',
  endsBeforeStart: 'the period ends before it starts',
  notStarted: 'that period has not started yet',
  dayCount: 'give between 1 and 3660 days, for example `90d`',
  dateIsoForm: ISO_DATE_PROBLEMS.isoForm,
  dateNotOnCalendar: ISO_DATE_PROBLEMS.notOnCalendar,
} as const;

export const readPeriodProblem = problemReader(PERIOD_PROBLEMS);

/** Parses `/pathway report [period]`; `today` anchors relative periods. Default: the last 90 days. */
export function parsePeriod(
  text: string,
  today: string,
): { ok: true; period: Period } | { ok: false; problem: string } {
  const input = text.trim().toLowerCase();
  const end = DateTime.fromISO(today, { zone: 'UTC' });
  // A period never reaches past today: the days to come have no figures yet.
  const make = (from: DateTime, to: DateTime, label: string) => {
    const period = { from: from.toISODate()!, to: to < end ? to.toISODate()! : today, label };
    if (from > to) return { ok: false, problem: PERIOD_PROBLEMS.endsBeforeStart } as const;
    if (period.from > today) return { ok: false, problem: PERIOD_PROBLEMS.notStarted } as const;
    return { ok: true, period } as const;
  };
  if (input === '') return make(end.minus({ days: 89 }), end, 'the last 90 days');
  const days = /^(\d{1,4})d$/.exec(input);
  if (days) {
    const count = Number(days[1]);
    if (count < 1 || count > 3660) return { ok: false, problem: PERIOD_PROBLEMS.dayCount };
    return make(end.minus({ days: count - 1 }), end, `the last ${count} days`);
  }
  const year = /^(\d{4})$/.exec(input);
  if (year) {
    const start = DateTime.fromObject({ year: Number(year[1]) }, { zone: 'UTC' });
    return make(start, start.endOf('year'), year[1]!);
  }
  const quarter = /^(\d{4})-q([1-4])$/.exec(input);
  if (quarter) {
    const start = DateTime.fromObject(
      { year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1 },
      { zone: 'UTC' },
    );
    return make(start, start.endOf('quarter'), `${quarter[1]} Q${quarter[2]}`);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(input);
  if (month) {
    const start = DateTime.fromObject({ year: Number(month[1]), month: Number(month[2]) }, { zone: 'UTC' });
    if (!start.isValid) return { ok: false, problem: PERIOD_PROBLEMS.unreadable };
    return make(start, start.endOf('month'), start.toFormat('LLLL yyyy'));
  }
  const range = /^(\S+)\.\.(\S+)$/.exec(input);
  if (range) {
    const dates = z.tuple([isoDate, isoDate]).safeParse([range[1], range[2]]);
    if (!dates.success) return { ok: false, problem: dates.error.issues[0]?.message ?? PERIOD_PROBLEMS.unreadable };
    const [from, to] = dates.data;
    return make(DateTime.fromISO(from, { zone: 'UTC' }), DateTime.fromISO(to, { zone: 'UTC' }), `${from} to ${to}`);
  }
  return { ok: false, problem: PERIOD_PROBLEMS.unreadable };
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

export interface SegmentFigures {
  /** People in the segment. */
  people: Figure;
  /** Share (0–1) of the segment with an active pathway at the end of the period. */
  activePathwayShare: Figure;
  /** Pathways reaching a goal a step up the ladder within the period. */
  promotions: Figure;
  /** Pathways reaching a goal across the lattice within the period. */
  lateralMoves: Figure;
  /** Median days people spent in their stage before a move within the period. */
  medianDaysInStage: Figure;
  /** Share (0–1) of the milestones due in the period that are done. */
  milestoneCompletion: Figure;
  /** Share (0–1) of the done milestones due in the period that were done by their due date. */
  milestoneOnTime: Figure;
  /** Share (0–1) of people on a pathway during the period whose check-ins kept the cadence. */
  checkInCadenceKept: Figure;
}

export const READINESS_LEVELS = ['not yet', 'emerging', 'consistent', 'role model'] as const;

export interface ReadinessRow {
  goalRoleKey: string;
  /** People per level (index 0 = "not yet" … 3 = "role model"), from each person's latest check-in in the period. */
  levels: Figure[];
  people: Figure;
}

export interface SegmentRow {
  key: string;
  figures: SegmentFigures;
}

export interface Report {
  period: Period;
  minGroupSize: number;
  overall: SegmentFigures;
  byTeam: SegmentRow[];
  byRole: SegmentRow[];
  readiness: ReadinessRow[];
  /** Milestones done per month of the period (the chart), over everyone. */
  completionsByMonth: Array<{ month: string; done: Figure }>;
}

export const UNASSIGNED = '(none)';

function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function within(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function countDistinct(keys: Iterable<string>): number {
  return new Set(keys).size;
}

/** A check-in up to a week after it was due still counts as keeping the cadence. */
export const CADENCE_GRACE_DAYS = 7;

/** Days between consecutive check-ins (and the period's edges) are all within the cadence and its grace. */
function keptCadence(start: string, end: string, checkIns: string[], cadenceDays: number): boolean {
  const points = [start, ...checkIns.filter((day) => day >= start && day <= end).sort(), end];
  for (let index = 1; index < points.length; index++) {
    if (daysBetween(points[index - 1]!, points[index]!) > cadenceDays + CADENCE_GRACE_DAYS) return false;
  }
  return true;
}

/** The figures of one group of people (everyone, a team, a role). */
export function segmentFigures(facts: ReportFacts, options: ReportOptions): SegmentFigures {
  const { period, minGroupSize: min } = options;
  const population = facts.people.length;
  const endOfPeriod = new Date(`${period.to}T23:59:59.999Z`);
  const startOfPeriod = new Date(`${period.from}T00:00:00.000Z`);

  const activeAtEnd = new Set(
    facts.pathways
      .filter((p) => p.startedAt <= endOfPeriod && (p.endedAt === null || p.endedAt > endOfPeriod))
      .map((p) => p.personKey),
  );

  const reached = facts.pathways.filter(
    (p) => p.status === 'reached' && p.endedAt !== null && within(dayOf(p.endedAt), period),
  );
  const promotions = reached.filter((p) => p.moveKind === 'ladder').length;
  const lateral = reached.filter((p) => p.moveKind === 'lattice').length;

  const knownSince = new Map(facts.people.map((person) => [person.key, person.knownSince]));
  const stageDays = reached.map((move) => {
    const earlier = facts.pathways
      .filter(
        (p) =>
          p.personKey === move.personKey && p.status === 'reached' && p.endedAt !== null && p.endedAt < move.endedAt!,
      )
      .map((p) => p.endedAt!.getTime());
    const entered =
      earlier.length > 0 ? Math.max(...earlier) : (knownSince.get(move.personKey) ?? move.startedAt).getTime();
    return (move.endedAt!.getTime() - entered) / 86_400_000;
  });

  const due = facts.milestones.filter((m) => within(m.dueDate, period));
  const done = due.filter((m) => m.doneAt !== null);
  const onTime = done.filter((m) => dayOf(m.doneAt!) <= m.dueDate);

  // The days each person was on a pathway within the period: from the first start to the last end.
  const onPathway = new Map<string, { start: string; end: string }>();
  for (const p of facts.pathways) {
    const overlaps = p.startedAt <= endOfPeriod && (p.endedAt === null || p.endedAt >= startOfPeriod);
    if (!overlaps) continue;
    const start = dayOf(p.startedAt) > period.from ? dayOf(p.startedAt) : period.from;
    const end = p.endedAt !== null && dayOf(p.endedAt) < period.to ? dayOf(p.endedAt) : period.to;
    const previous = onPathway.get(p.personKey);
    onPathway.set(p.personKey, {
      start: previous === undefined || start < previous.start ? start : previous.start,
      end: previous === undefined || end > previous.end ? end : previous.end,
    });
  }
  let kept = 0;
  for (const [personKey, span] of onPathway) {
    const days = facts.checkIns.filter((c) => c.personKey === personKey).map((c) => dayOf(c.createdAt));
    if (keptCadence(span.start, span.end, days, options.checkInCadenceDays)) kept++;
  }

  return {
    people: guard(population, population, min),
    activePathwayShare: guard(share(activeAtEnd.size, population), population, min),
    promotions: guard(promotions, population, min),
    lateralMoves: guard(lateral, population, min),
    medianDaysInStage: guard(median(stageDays), countDistinct(reached.map((p) => p.personKey)), min),
    milestoneCompletion: guard(share(done.length, due.length), countDistinct(due.map((m) => m.personKey)), min),
    milestoneOnTime: guard(share(onTime.length, done.length), countDistinct(done.map((m) => m.personKey)), min),
    checkInCadenceKept: guard(share(kept, onPathway.size), onPathway.size, min),
  };
}

/** The facts of the people `keep` selects. */
function restrict(facts: ReportFacts, keep: (person: PersonFacts) => boolean): ReportFacts {
  const people = facts.people.filter(keep);
  const keys = new Set(people.map((person) => person.key));
  return {
    people,
    pathways: facts.pathways.filter((p) => keys.has(p.personKey)),
    milestones: facts.milestones.filter((m) => keys.has(m.personKey)),
    checkIns: facts.checkIns.filter((c) => keys.has(c.personKey)),
  };
}

function segmentsBy(
  facts: ReportFacts,
  options: ReportOptions,
  keyOf: (person: PersonFacts) => string | null,
): SegmentRow[] {
  const keys = [...new Set(facts.people.map((person) => keyOf(person) ?? UNASSIGNED))].sort();
  return keys.map((key) => ({
    key,
    figures: segmentFigures(
      restrict(facts, (person) => (keyOf(person) ?? UNASSIGNED) === key),
      options,
    ),
  }));
}

function readinessLevel(ratings: number[]): number | null {
  if (ratings.length === 0) return null;
  const average = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
  return Math.min(4, Math.max(1, Math.round(average)));
}

/** Each person's latest check-in in the period, by its goal role, bucketed by the rounded mean self rating. */
export function readinessByRole(facts: ReportFacts, options: ReportOptions): ReadinessRow[] {
  const latest = new Map<string, CheckInFacts>();
  for (const checkIn of facts.checkIns) {
    if (!within(dayOf(checkIn.createdAt), options.period)) continue;
    const previous = latest.get(checkIn.personKey);
    if (!previous || checkIn.createdAt > previous.createdAt) latest.set(checkIn.personKey, checkIn);
  }
  const byRole = new Map<string, number[]>();
  for (const checkIn of latest.values()) {
    const level = readinessLevel(checkIn.ratings);
    if (level === null) continue;
    byRole.set(checkIn.goalRoleKey, [...(byRole.get(checkIn.goalRoleKey) ?? []), level]);
  }
  return [...byRole.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([goalRoleKey, levels]) => ({
      goalRoleKey,
      people: guard(levels.length, levels.length, options.minGroupSize),
      levels: READINESS_LEVELS.map((_, index) =>
        guard(levels.filter((level) => level === index + 1).length, levels.length, options.minGroupSize),
      ),
    }));
}

/** The months (YYYY-MM) a period touches. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let cursor = DateTime.fromISO(period.from, { zone: 'UTC' }).startOf('month');
  const last = DateTime.fromISO(period.to, { zone: 'UTC' });
  while (cursor <= last) {
    months.push(cursor.toFormat('yyyy-LL'));
    cursor = cursor.plus({ months: 1 });
  }
  return months;
}

function completionsByMonth(facts: ReportFacts, options: ReportOptions): Report['completionsByMonth'] {
  const done = facts.milestones.filter((m) => m.doneAt !== null && within(dayOf(m.doneAt), options.period));
  return monthsOf(options.period).map((month) => {
    const inMonth = done.filter((m) => dayOf(m.doneAt!).startsWith(month));
    return { month, done: guard(inMonth.length, countDistinct(inMonth.map((m) => m.personKey)), options.minGroupSize) };
  });
}

export function buildReport(facts: ReportFacts, options: ReportOptions): Report {
  return {
    period: options.period,
    minGroupSize: options.minGroupSize,
    overall: segmentFigures(facts, options),
    byTeam: segmentsBy(facts, options, (person) => person.team),
    byRole: segmentsBy(facts, options, (person) => person.roleKey),
    readiness: readinessByRole(facts, options),
    completionsByMonth: completionsByMonth(facts, options),
  };
}

/** The names of the segment measures, in the order reports show them. */
export const SEGMENT_MEASURES: ReadonlyArray<{
  key: keyof SegmentFigures;
  label: string;
  unit: 'count' | 'share' | 'days';
}> = [
  { key: 'people', label: 'People', unit: 'count' },
  { key: 'activePathwayShare', label: 'With an active pathway', unit: 'share' },
  { key: 'promotions', label: 'Promotions (ladder moves)', unit: 'count' },
  { key: 'lateralMoves', label: 'Moves across to another track', unit: 'count' },
  { key: 'medianDaysInStage', label: 'Median days in stage before a move', unit: 'days' },
  { key: 'milestoneCompletion', label: 'Milestones due that are done', unit: 'share' },
  { key: 'milestoneOnTime', label: 'Done milestones finished on time', unit: 'share' },
  { key: 'checkInCadenceKept', label: 'Check-ins kept on schedule', unit: 'share' },
];

/** How a figure reads in Slack and in the CSV. */
export function formatFigure(figure: Figure, unit: 'count' | 'share' | 'days', minGroupSize: number): string {
  if (!figure.shown) return `fewer than ${minGroupSize} people`;
  if (unit === 'share') return `${Math.round(figure.value * 100)}%`;
  if (unit === 'days') return `${Math.round(figure.value)} days`;
  return String(figure.value);
}
