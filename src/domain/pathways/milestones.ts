/**
 * Rules for one milestone, shared by the quick text forms and the modals. Each
 * returns null when fine, or the sentence to show the person, saying what to do.
 */
import { formatDate } from '../dates.js';

/** A due date may be today or later, in the person's own time zone. */
export function dueDateProblem(due: string, today: string): string | null {
  if (due < today) return `${formatDate(due)} is in the past (today is ${formatDate(today)} where you are): pick today or a later date`;
  return null;
}

/** Milestones are numbered 1..count as shown in `/pathway`. */
export function positionProblem(position: number, count: number): string | null {
  if (position >= 1 && position <= count) return null;
  if (count === 0) return 'Your pathway has no milestones yet: add one with `/pathway add "<title>" by <YYYY-MM-DD>`';
  const range = count === 1 ? 'only milestone 1' : `milestones 1–${count}`;
  return `There is no milestone ${position}: you have ${range}. Type \`/pathway\` to see them with their numbers`;
}

export const NO_ACTIVE_PATHWAY = 'You have no active pathway yet: start one with `/pathway plan`';
