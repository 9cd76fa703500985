/**
 * Rules for one milestone, shared by the quick text forms and the modals. Each
 * returns null when fine, or the sentence to show the person, saying what to do.
 */
import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../commands.js';
import { formatDate, isoDate } from '../dates.js';
import { fillProblem, problemReader } from '../problems.js';

/**
 * A milestone's problems in English, by code; blocks/plan.ts reads them back (readMilestoneProblem)
 * and writes them in the person's language. The small forms show them as sentences (a capital, a full stop).
 */
export const MILESTONE_PROBLEMS = {
  pastDue: '{dueDate} is in the past (today is {todayDate} where you are): pick today or a later date',
  titleMissing: 'give the milestone a title',
  titleTooLong: 'keep the title under {max} characters',
  noteTooLong: 'keep the note under {max} characters',
  linkForm: 'give a full web address starting with https://',
  linkTooLong: 'keep the link under {max} characters',
  kindFromList: 'pick a kind from the list',
  pickDue: 'pick a due date',
  pickNewDue: 'pick a new due date',
  checkValue: 'check this value',
} as const;

export const readMilestoneProblem = problemReader(MILESTONE_PROBLEMS);

/** A due date may be today or later, in the person's own time zone. */
export function dueDateProblem(due: string, today: string): string | null {
  if (due < today)
    return fillProblem(MILESTONE_PROBLEMS.pastDue, { dueDate: formatDate(due), todayDate: formatDate(today) });
  return null;
}

/** Milestones are numbered 1..count as shown in `/pathway`. */
export function positionProblem(position: number, count: number): string | null {
  if (position >= 1 && position <= count) return null;
  if (count === 0) return 'Your pathway has no milestones yet: add one with `/pathway add <title> by <date>`';
  const range = count === 1 ? 'only milestone 1' : `milestones 1–${count}`;
  return `There is no milestone ${position}: you have ${range}. Type \`/pathway\` to see them with their numbers`;
}

export const NO_ACTIVE_PATHWAY = 'You have no active pathway yet: start one with `/pathway plan`';

/** Kinds a person can give a milestone: the framework's template kinds, plus "other". */
export const MILESTONE_KIND_CHOICES = ['course', 'project', 'mentoring', 'certification', 'exposure', 'other'] as const;
export type MilestoneKindChoice = (typeof MILESTONE_KIND_CHOICES)[number];
export const MAX_LINK_LENGTH = 3000;

export const milestoneLink = z
  .url({ protocol: /^https?$/, error: MILESTONE_PROBLEMS.linkForm })
  .max(MAX_LINK_LENGTH, fillProblem(MILESTONE_PROBLEMS.linkTooLong, { max: MAX_LINK_LENGTH }));

export const milestoneTitle = z
  .string()
  .trim()
  .min(1, MILESTONE_PROBLEMS.titleMissing)
  .max(MAX_TITLE_LENGTH, fillProblem(MILESTONE_PROBLEMS.titleTooLong, { max: MAX_TITLE_LENGTH }));

export const evidenceNote = z
  .string()
  .trim()
  .max(MAX_NOTE_LENGTH, fillProblem(MILESTONE_PROBLEMS.noteTooLong, { max: MAX_NOTE_LENGTH }));

/** Per-field problems of a small milestone form, in the words shown beside the field. */
export type FieldProblems<F extends string> = Partial<Record<F, string>>;
export type FormResult<T, F extends string> = { ok: true; value: T } | { ok: false; problems: FieldProblems<F> };

/** A problem as the small forms show it: a capital and a full stop. */
export function asSentence(problem: string): string {
  return `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`;
}

function sentence(result: z.ZodSafeParseResult<unknown>): string | undefined {
  if (result.success) return undefined;
  return asSentence(result.error.issues[0]?.message ?? MILESTONE_PROBLEMS.checkValue);
}

function finish<T, F extends string>(problems: FieldProblems<F>, value: () => T): FormResult<T, F> {
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: value() };
}

export interface EvidenceInput {
  note: string | undefined;
  link: string | undefined;
}

/** The "mark done" modal: an optional note and an optional link. */
export function validateEvidence(
  input: EvidenceInput,
): FormResult<{ note: string | null; link: string | null }, 'note' | 'link'> {
  const note = evidenceNote.safeParse(input.note ?? '');
  const link = input.link ? milestoneLink.safeParse(input.link.trim()) : undefined;
  const problems: FieldProblems<'note' | 'link'> = {};
  const noteProblem = sentence(note);
  if (noteProblem) problems.note = noteProblem;
  const linkProblem = link ? sentence(link) : undefined;
  if (linkProblem) problems.link = linkProblem;
  return finish(problems, () => ({ note: note.data || null, link: link?.data ?? null }));
}

export interface EditInput {
  title: string | undefined;
  kind: string | undefined;
  due: string | undefined;
  link: string | undefined;
}

export interface ValidEdit {
  title: string;
  kind: MilestoneKindChoice;
  due: string;
  link: string | null;
}

/** The "edit" modal. A date that did not change may stay in the past (an overdue milestone can be renamed). */
export function validateEdit(
  input: EditInput,
  today: string,
  previousDue: string,
): FormResult<ValidEdit, keyof EditInput> {
  const problems: FieldProblems<keyof EditInput> = {};
  const title = milestoneTitle.safeParse(input.title ?? '');
  const kind = z
    .enum(MILESTONE_KIND_CHOICES, { error: MILESTONE_PROBLEMS.kindFromList })
    .safeParse(input.kind ?? 'other');
  const link = input.link ? milestoneLink.safeParse(input.link.trim()) : undefined;
  const due = input.due;
  const titleProblem = sentence(title);
  if (titleProblem) problems.title = titleProblem;
  const kindProblem = sentence(kind);
  if (kindProblem) problems.kind = kindProblem;
  const linkProblem = link ? sentence(link) : undefined;
  if (linkProblem) problems.link = linkProblem;
  if (!due || !isoDate.safeParse(due).success) problems.due = asSentence(MILESTONE_PROBLEMS.pickDue);
  else if (due !== previousDue) {
    const past = dueDateProblem(due, today);
    if (past) problems.due = asSentence(past);
  }
  return finish(problems, () => ({ title: title.data!, kind: kind.data!, due: due!, link: link?.data ?? null }));
}

/** The "move" modal: a new date, today or later. */
export function validateMove(due: string | undefined, today: string): FormResult<string, 'due'> {
  if (!due || !isoDate.safeParse(due).success)
    return { ok: false, problems: { due: asSentence(MILESTONE_PROBLEMS.pickNewDue) } };
  const past = dueDateProblem(due, today);
  return past ? { ok: false, problems: { due: asSentence(past) } } : { ok: true, value: due };
}
