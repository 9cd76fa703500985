/**
 * When a milestone is nudged: a few days before it is due, on the day, then
 * after it is overdue at a slowing cadence, and never again after the last
 * stage's window. Only the current stage is ever planned, so after downtime a
 * person gets the one nudge that matters now, not a backlog.
 */

import { daysBetween } from '../dates.js';
import { addDays } from './local-time.js';

export const NUDGE_STAGES = [
  { stage: 'before', offsetDays: -3 },
  { stage: 'due', offsetDays: 0 },
  { stage: 'overdue-1', offsetDays: 1 },
  { stage: 'overdue-3', offsetDays: 3 },
  { stage: 'overdue-7', offsetDays: 7 },
  { stage: 'overdue-14', offsetDays: 14 },
] as const;
export type NudgeStage = (typeof NUDGE_STAGES)[number]['stage'];

/** "Snooze" on a nudge: no nudges for that milestone for this many days. */
export const SNOOZE_DAYS = 7;

/** How long the last stage stays current; after it the milestone is no longer nudged. */
export const LAST_STAGE_WINDOW_DAYS = 7;

export interface CurrentStage {
  stage: NudgeStage;
  /** The local date the stage begins. */
  date: string;
}

/** The stage in force on `today` for a milestone due on `dueDate`, if any. */
export function currentNudgeStage(dueDate: string, today: string): CurrentStage | undefined {
  const day = daysBetween(dueDate, today);
  for (let index = NUDGE_STAGES.length - 1; index >= 0; index -= 1) {
    const entry = NUDGE_STAGES[index]!;
    if (day < entry.offsetDays) continue;
    const isLast = index === NUDGE_STAGES.length - 1;
    if (isLast && day >= entry.offsetDays + LAST_STAGE_WINDOW_DAYS) return undefined;
    return { stage: entry.stage, date: addDays(dueDate, entry.offsetDays) };
  }
  return undefined;
}
