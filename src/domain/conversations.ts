/**
 * Development conversations, the rules without Slack or a database: when one is
 * due by the workspace cadence, when each side is reminded (the working day
 * before, in their own zone and hours), the questions an agenda draws from the
 * leadership-transition steps, what the notes form may hold, and the outbox
 * keys of the messages about a conversation.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { daysBetween, isoDate } from './dates.js';
import { fillProblem, problemReader } from './problems.js';
import { addDays, localDate, localInstant, nextDeliveryInstant, type WorkingHours } from './schedule/local-time.js';

/** Default days between development conversations (an admin setting). */
export const DEFAULT_CONVERSATION_CADENCE_DAYS = 42;
export const MIN_CONVERSATION_CADENCE_DAYS = 7;
export const MAX_CONVERSATION_CADENCE_DAYS = 180;
/** Days ahead a new conversation is planned unless someone picks another date. */
export const DEFAULT_CONVERSATION_LEAD_DAYS = 7;
export const MAX_AGENDA_ITEM_LENGTH = 500;
export const MAX_AGENDA_ITEMS = 20;
export const MAX_NOTES_LENGTH = 3000;
export const MAX_ACTION_TITLE_LENGTH = 150;
/** Agreed actions the notes form offers rows for. */
export const MAX_AGREED_ACTIONS = 3;

/**
 * Questions for the agenda, from the steps to prepare for the next level
 * (assess your competencies, voice your intent, promote yourself, seek
 * mentorship, volunteer for a leadership project, develop your skills, apply).
 */
export const TRANSITION_QUESTIONS: readonly string[] = [
  'How would readiness for {goal} look to the manager: what would they need to see, and where?',
  'What support is needed next: a mentor, a leadership project, a course, time?',
  'Strengths and gaps, honestly: which competency would make the biggest difference now?',
  'Has the intent to move been voiced to the people who decide? Who else should hear it?',
  'Is the work visible? Which recent success should more people know about?',
  'Is there a leadership project to volunteer for in the next few weeks?',
  'Who in a {goal} role could be a mentor for the next step?',
];

/** Three questions, rotating with the number of conversations held, so each agenda brings fresh ones. */
export function agendaQuestions(goalTitle: string, conversationsHeld: number, count = 3): string[] {
  const questions: string[] = [];
  // The first (how readiness would look) and second (what support) always lead; the rest rotate.
  const rotating = TRANSITION_QUESTIONS.slice(2);
  questions.push(TRANSITION_QUESTIONS[0]!, TRANSITION_QUESTIONS[1]!);
  for (let i = 0; questions.length < count && i < rotating.length; i += 1)
    questions.push(rotating[(conversationsHeld + i) % rotating.length]!);
  return questions.map((question) => question.replaceAll('{goal}', goalTitle));
}

/** When the next conversation is due: the cadence after the last one held (or after the pathway started). */
export function conversationDueOn(lastHeldOn: string | undefined, startedOn: string, cadenceDays: number): string {
  return addDays(lastHeldOn ?? startedOn, cadenceDays);
}

/** Whether no conversation took place within the cadence (for the manager digest). */
export function conversationOverdue(
  lastHeldOn: string | undefined,
  startedOn: string,
  cadenceDays: number,
  today: string,
): boolean {
  return daysBetween(conversationDueOn(lastHeldOn, startedOn, cadenceDays), today) >= 0;
}

function weekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** The last working day strictly before `date` (weekdays only, holidays are not known). */
export function workingDayBefore(date: string, workingDays: readonly number[]): string {
  for (let back = 1; back <= 7; back += 1) {
    const candidate = addDays(date, -back);
    if (workingDays.includes(weekday(candidate))) return candidate;
  }
  return addDays(date, -1);
}

/**
 * When someone in `zone` is reminded of a conversation on `scheduledOn`: as
 * their working day before opens. Planned late (that morning has passed), it
 * goes at the next moment inside their working hours, as long as that is
 * still before the day itself; undefined when it would arrive on the day or later.
 */
export function dayBeforeReminder(
  scheduledOn: string,
  now: Date,
  zone: string,
  hours: WorkingHours,
): { on: string; at: Date } | undefined {
  const on = workingDayBefore(scheduledOn, hours.workingDays);
  const opens = localInstant(on, hours.startHour, zone);
  const at = nextDeliveryInstant(opens > now ? opens : now, zone, hours);
  if (localDate(at, zone) >= scheduledOn) return undefined;
  return { on, at };
}

/** Where the conversation is, for one viewer: coming up, today, or past its date without notes. */
export function conversationPhase(scheduledOn: string, today: string): 'upcoming' | 'today' | 'past' {
  if (scheduledOn > today) return 'upcoming';
  return scheduledOn === today ? 'today' : 'past';
}

/**
 * The conversation forms' problems in English, by code; blocks/conversations.ts reads them back
 * (readConversationProblem) and writes them in the person's language.
 */
export const CONVERSATION_PROBLEMS = {
  pickDate: 'Pick the date of the conversation.',
  pickLaterDate: 'Pick today or a later date.',
  withinYear: 'Pick a date within the next year.',
  notesTooLong: 'Keep the notes under {max} characters.',
  actionTooLong: 'Keep the action under {max} characters.',
  actionOwner: 'Say who owns it.',
  actionDue: 'Pick the date it is due.',
  nextLater: 'Pick a later date for the next conversation.',
} as const;

export const readConversationProblem = problemReader(CONVERSATION_PROBLEMS);

/** A date for a conversation: a real date, not in the past, within a year. */
export function conversationDateProblem(date: string | undefined, today: string): string | undefined {
  if (date === undefined || !isoDate.safeParse(date).success) return CONVERSATION_PROBLEMS.pickDate;
  if (date < today) return CONVERSATION_PROBLEMS.pickLaterDate;
  if (daysBetween(today, date) > 366) return CONVERSATION_PROBLEMS.withinYear;
  return undefined;
}

export const actionOwner = z.enum(['person', 'manager']);
export type ActionOwner = z.infer<typeof actionOwner>;

export interface AgreedActionInput {
  title?: string | undefined;
  owner?: string | undefined;
  due?: string | undefined;
}

export interface RecordInput {
  notes?: string | undefined;
  actions: readonly AgreedActionInput[];
  nextOn?: string | undefined;
}

export interface ValidAction {
  title: string;
  owner: ActionOwner;
  due: string;
}

export interface ValidRecord {
  notes: string | null;
  actions: ValidAction[];
  nextOn: string | null;
}

/** Problems by field: `notes`, `nextOn`, and `action<i>.title|owner|due`. */
export type RecordProblems = Record<string, string>;

/** Checks the notes form. A row with no title is left out; a row with a title needs an owner and a date. */
export function validateRecord(
  input: RecordInput,
  today: string,
): { ok: true; value: ValidRecord } | { ok: false; problems: RecordProblems } {
  const problems: RecordProblems = {};
  const notes = input.notes?.trim() ?? '';
  if (notes.length > MAX_NOTES_LENGTH)
    problems.notes = fillProblem(CONVERSATION_PROBLEMS.notesTooLong, { max: MAX_NOTES_LENGTH });
  const actions: ValidAction[] = [];
  input.actions.forEach((action, index) => {
    const title = action.title?.trim() ?? '';
    if (title === '') return;
    if (title.length > MAX_ACTION_TITLE_LENGTH)
      problems[`action${index}.title`] = fillProblem(CONVERSATION_PROBLEMS.actionTooLong, {
        max: MAX_ACTION_TITLE_LENGTH,
      });
    const owner = actionOwner.safeParse(action.owner);
    if (!owner.success) problems[`action${index}.owner`] = CONVERSATION_PROBLEMS.actionOwner;
    const due = action.due;
    if (due === undefined || !isoDate.safeParse(due).success)
      problems[`action${index}.due`] = CONVERSATION_PROBLEMS.actionDue;
    else if (due < today) problems[`action${index}.due`] = CONVERSATION_PROBLEMS.pickLaterDate;
    if (owner.success && due !== undefined && title.length <= MAX_ACTION_TITLE_LENGTH)
      actions.push({ title, owner: owner.data, due });
  });
  let nextOn: string | null = null;
  if (input.nextOn !== undefined && input.nextOn !== '') {
    const problem = conversationDateProblem(input.nextOn, today);
    if (problem) problems.nextOn = problem;
    else if (input.nextOn === today) problems.nextOn = CONVERSATION_PROBLEMS.nextLater;
    else nextOn = input.nextOn;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { notes: notes === '' ? null : notes, actions, nextOn } };
}

// ---------------------------------------------------------------------------------------------
// Outbox keys of conversation messages (the sender re-checks each against the current data)
// ---------------------------------------------------------------------------------------------

export type ConversationKey =
  /** The agenda, to one side, when the conversation is planned (or moved). */
  | { kind: 'agenda'; conversationId: string; slackUserId: string; scheduledOn: string }
  /** The working day before, to one side. */
  | { kind: 'reminder'; conversationId: string; slackUserId: string; scheduledOn: string }
  /** A manager to-do agreed in the conversation, on its due date. */
  | { kind: 'todo'; actionId: string; due: string }
  /** A conversation is due by the cadence and none is planned, to one side. */
  | { kind: 'due'; personId: string; slackUserId: string; dueOn: string }
  /** Once, to one side, when actions they agreed in a conversation are overdue. */
  | { kind: 'overdue'; conversationId: string; slackUserId: string };

export function conversationKeyText(key: ConversationKey): string {
  switch (key.kind) {
    case 'agenda':
    case 'reminder':
      return `conversation:${key.conversationId}:${key.kind}:${key.slackUserId}:${key.scheduledOn}`;
    case 'todo':
      return `conversation-todo:${key.actionId}:${key.due}`;
    case 'due':
      return `conversation-due:${key.personId}:${key.slackUserId}:${key.dueOn}`;
    case 'overdue':
      return `conversation-overdue:${key.conversationId}:${key.slackUserId}`;
  }
}

const id = z.string().regex(/^[\w-]+$/);

/** The key's parts, or undefined for keys of other messages. */
export function parseConversationKey(text: string): ConversationKey | undefined {
  const [prefix, ...parts] = text.split(':');
  const parsed = (() => {
    switch (prefix) {
      case 'conversation':
        return z
          .object({ kind: z.enum(['agenda', 'reminder']), conversationId: id, slackUserId: id, scheduledOn: isoDate })
          .safeParse({ conversationId: parts[0], kind: parts[1], slackUserId: parts[2], scheduledOn: parts[3] });
      case 'conversation-todo':
        return z
          .object({ kind: z.literal('todo'), actionId: id, due: isoDate })
          .safeParse({ kind: 'todo', actionId: parts[0], due: parts[1] });
      case 'conversation-due':
        return z
          .object({ kind: z.literal('due'), personId: id, slackUserId: id, dueOn: isoDate })
          .safeParse({ kind: 'due', personId: parts[0], slackUserId: parts[1], dueOn: parts[2] });
      case 'conversation-overdue':
        return z
          .object({ kind: z.literal('overdue'), conversationId: id, slackUserId: id })
          .safeParse({ kind: 'overdue', conversationId: parts[0], slackUserId: parts[1] });
      default:
        return undefined;
    }
  })();
  return parsed?.success ? (parsed.data as ConversationKey) : undefined;
}
