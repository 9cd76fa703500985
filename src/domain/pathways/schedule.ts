/**
 * Proposed due dates for a plan's milestones. Pure: calendar dates in, calendar
 * dates out. Each template's suggested duration (weeks) is its share of the time
 * between today and the target date, in the framework's order.
 */
import { DateTime } from 'luxon';
import { daysBetween } from '../dates.js';

/** A plan shorter than this gets this long: nobody grows into a role in a fortnight. */
export const MIN_DEFAULT_PLAN_WEEKS = 12;

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/**
 * Due dates for milestones taking `weeks` each, spread from `today` to `target`:
 * milestone i is due once the weeks of milestones 1..i have elapsed, scaled to fit.
 * Dates never go back in order, never before today and never after the target
 * (a target in the past collapses everything onto today). Weekends are fine.
 */
export function spreadDueDates(weeks: readonly number[], today: string, target: string): string[] {
  const span = Math.max(0, daysBetween(today, target));
  const weights = weeks.map((w) => Math.max(0, w));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let elapsed = 0;
  return weights.map((weight) => {
    elapsed += weight;
    const offset = total === 0 ? span : Math.round((span * elapsed) / total);
    return addDays(today, offset);
  });
}

/** A target date that gives every template its suggested duration, at least MIN_DEFAULT_PLAN_WEEKS. */
export function defaultTargetDate(weeks: readonly number[], today: string): string {
  const total = weeks.reduce((sum, w) => sum + Math.max(0, w), 0);
  return addDays(today, 7 * Math.max(total, MIN_DEFAULT_PLAN_WEEKS));
}
