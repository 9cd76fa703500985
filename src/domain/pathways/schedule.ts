/**
 * Proposed due dates for a plan's milestones. Pure: calendar dates in, calendar
 * dates out. Templates say when they start (weeks from the plan's start, alongside
 * another, or after the one before) and how long they run, so activities overlap as
 * real plans do; the whole is scaled to fit between today and the target date.
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

/** When a template runs, in weeks from the plan's start; `throughout` ones end with the plan. */
export interface TemplateTiming {
  key: string;
  weeks: number;
  start?: number | undefined;
  alongside?: string | undefined;
  throughout?: boolean | undefined;
}

export interface TemplateWindow {
  key: string;
  startWeek: number;
  endWeek: number;
}

/**
 * Start and end week of each template, in the given order. A template without `start` or
 * `alongside` starts when the one before it ends (a `throughout` one counts as ending after
 * its own `weeks` there). `throughout` templates end with the plan: the latest other end.
 */
export function templateWindows(templates: readonly TemplateTiming[]): TemplateWindow[] {
  const starts = new Map<string, number>();
  const byKey = new Map(templates.map((t) => [t.key, t]));
  const startOf = (template: TemplateTiming, index: number, depth: number): number => {
    const known = starts.get(template.key);
    if (known !== undefined) return known;
    let start: number;
    if (template.start !== undefined) start = template.start;
    else if (template.alongside !== undefined && byKey.has(template.alongside) && depth < templates.length) {
      const other = byKey.get(template.alongside)!;
      start = startOf(other, templates.indexOf(other), depth + 1);
    } else if (index > 0) {
      const previous = templates[index - 1]!;
      start = startOf(previous, index - 1, depth + 1) + Math.max(0, previous.weeks);
    } else start = 0;
    starts.set(template.key, start);
    return start;
  };
  const raw = templates.map((template, index) => {
    const startWeek = startOf(template, index, 0);
    return {
      key: template.key,
      startWeek,
      endWeek: startWeek + Math.max(0, template.weeks),
      throughout: template.throughout === true,
    };
  });
  const planEnd = Math.max(0, ...raw.filter((w) => !w.throughout).map((w) => w.endWeek), ...raw.map((w) => w.endWeek));
  return raw.map((w) => ({ key: w.key, startWeek: w.startWeek, endWeek: w.throughout ? planEnd : w.endWeek }));
}

/** Weeks a plan of these templates takes when each runs its suggested time. */
export function planWeeks(windows: readonly TemplateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.endWeek));
}

/** A target date that gives every template its suggested time, at least MIN_DEFAULT_PLAN_WEEKS. */
export function defaultTargetFor(windows: readonly TemplateWindow[], today: string): string {
  return addDays(today, 7 * Math.max(planWeeks(windows), MIN_DEFAULT_PLAN_WEEKS));
}

/**
 * Due dates (each window's end) scaled so the plan fits from `today` to `target`:
 * never before today, never after the target; the longest window ends on the target.
 */
export function windowDueDates(windows: readonly TemplateWindow[], today: string, target: string): string[] {
  const span = Math.max(0, daysBetween(today, target));
  const total = planWeeks(windows);
  return windows.map((w) => addDays(today, total === 0 ? span : Math.round((span * w.endWeek) / total)));
}

/** Start dates of the windows on the same scale (shown as "from … to …"). */
export function windowStartDates(windows: readonly TemplateWindow[], today: string, target: string): string[] {
  const span = Math.max(0, daysBetween(today, target));
  const total = planWeeks(windows);
  return windows.map((w) => addDays(today, total === 0 ? 0 : Math.round((span * w.startWeek) / total)));
}

export interface DatedMilestone {
  id: string;
  due: string;
  done: boolean;
  /** The person set this date by hand (moved or edited it). */
  setByHand: boolean;
}

export interface Redated {
  changes: { id: string; due: string }[];
  /** Open milestones left alone because their dates were set by hand. */
  leftAlone: number;
}

/**
 * A new target date without re-planning: each open milestone keeps its place in the plan,
 * its distance from today stretched or shrunk by the same factor as the target's. Done
 * milestones never move; hand-set dates move only when asked. Never before today.
 */
export function redateForTarget(
  milestones: readonly DatedMilestone[],
  today: string,
  oldTarget: string,
  newTarget: string,
  includeHandSet: boolean,
): Redated {
  const oldSpan = daysBetween(today, oldTarget);
  const newSpan = Math.max(0, daysBetween(today, newTarget));
  const changes: { id: string; due: string }[] = [];
  let leftAlone = 0;
  for (const milestone of milestones) {
    if (milestone.done) continue;
    if (milestone.setByHand && !includeHandSet) {
      leftAlone += 1;
      continue;
    }
    const offset = Math.max(0, daysBetween(today, milestone.due));
    // A target already passed (or today) gives no scale: put everything on the new target.
    const scaled = oldSpan > 0 ? Math.round((offset * newSpan) / oldSpan) : newSpan;
    const due = addDays(today, Math.min(newSpan, scaled));
    if (due !== milestone.due) changes.push({ id: milestone.id, due });
  }
  return { changes, leftAlone };
}
