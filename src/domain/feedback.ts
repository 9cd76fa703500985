/**
 * Feedback on readiness signals and thanks, as rules. Pure: no Slack, no database.
 *
 * A person asks a colleague how they have seen some signals of their goal role; the colleague answers
 * on the check-in scale or says they have not seen it. What the person (and their current manager) may
 * see of the answers: a colleague who agreed to be named is shown by name with their comments; the
 * others are only ever counted together (counts per level, never averages), and only once at least two
 * of them answered the signal, so no single anonymous answer can be picked out. Nobody is told that a
 * colleague did not answer: a request is "waiting" until it is answered or closes quietly.
 */
import { z } from 'zod';
import { RATING_LABELS, RATINGS, type Rating, RatingSchema } from './readiness.js';
import { nextDeliveryInstant, type WorkingHours } from './schedule/local-time.js';

/** Requests waiting for an answer that one person may have at once. */
export const MAX_OPEN_FEEDBACK_REQUESTS = 5;
/** Colleagues asked in one go (the form's users select). */
export const MAX_COLLEAGUES_PER_ASK = 5;
/** One reminder, this long after the request, if it is still waiting. */
export const FEEDBACK_REMINDER_DAYS = 3;
/** A request nobody answered closes quietly after this long. */
export const FEEDBACK_OPEN_DAYS = 14;
/** Anonymous answers are shown only together, once this many colleagues answered a signal. */
export const MIN_ANONYMOUS_ANSWERS = 2;
export const MAX_FEEDBACK_COMMENT_LENGTH = 500;
export const MAX_THANKS_LENGTH = 500;

const DAY_MS = 86_400_000;

/** The scale as a colleague reads it: what each level looks like from the outside. */
export const OBSERVER_SCALE: Record<Rating, string> = {
  1: 'When it mattered, they did not do this yet.',
  2: 'Sometimes, or with help.',
  3: 'Regularly, without being asked.',
  4: 'Others learn how to do it from them.',
};
export const NOT_SEEN = 'unseen';
export const NOT_SEEN_TEXT = 'I haven’t seen this (we have not worked where it would show).';

/** An answer on one signal: a rating, or null for "I haven't seen this". */
export const feedbackChoiceSchema = z.union([
  z.literal(NOT_SEEN).transform(() => null),
  z.coerce.number().pipe(RatingSchema),
]);

/** The reminder falls in the colleague's working hours (their zone, the workspace's days and hours) a few days on. */
export function feedbackTimes(
  now: Date,
  colleague?: { zone: string; hours: WorkingHours },
): { remindAt: Date; expiresAt: Date } {
  const due = new Date(now.getTime() + FEEDBACK_REMINDER_DAYS * DAY_MS);
  return {
    remindAt: colleague ? nextDeliveryInstant(due, colleague.zone, colleague.hours) : due,
    expiresAt: new Date(now.getTime() + FEEDBACK_OPEN_DAYS * DAY_MS),
  };
}

export type RequestState = 'answered' | 'waiting' | 'closed';

export function requestState(request: { answeredAt: Date | null; expiresAt: Date }, now: Date): RequestState {
  if (request.answeredAt) return 'answered';
  return request.expiresAt.getTime() > now.getTime() ? 'waiting' : 'closed';
}

/** Outbox keys of a request's messages; the sender re-checks a key's request before sending. */
export const feedbackKeys = (requestId: string) => ({
  ask: `feedback-ask:${requestId}`,
  reminder: `feedback-reminder:${requestId}`,
  answered: `feedback-answered:${requestId}`,
});

export function parseFeedbackKey(
  dedupeKey: string,
): { kind: 'ask' | 'reminder' | 'answered'; requestId: string } | undefined {
  const match = /^feedback-(ask|reminder|answered):([a-z0-9]{1,64})$/.exec(dedupeKey);
  return match ? { kind: match[1] as 'ask' | 'reminder' | 'answered', requestId: match[2]! } : undefined;
}

/** Signal numbers as the person typed them (1-based, in the goal role's order) to keys; unknown numbers are problems. */
export function signalsByNumber(
  numbers: readonly number[],
  signalKeys: readonly string[],
): { keys: string[]; unknown: number[] } {
  const keys: string[] = [];
  const unknown: number[] = [];
  for (const number of numbers) {
    const key = signalKeys[number - 1];
    if (key === undefined) unknown.push(number);
    else if (!keys.includes(key)) keys.push(key);
  }
  return { keys, unknown };
}

/** One colleague's answer on one signal, as loaded for the person's view. */
export interface ColleagueAnswer {
  signalKey: string;
  rating: Rating | null;
  comment: string | null;
  /** Set only when the colleague agreed to be named; null otherwise (or once they erased their data). */
  namedSlackUserId: string | null;
}

export interface LevelCount {
  rating: Rating | null;
  count: number;
}

/** What the person and their manager see of colleagues' answers on one signal. */
export interface ColleagueView {
  /** Colleagues who agreed to be named, each with their rating and comment. */
  named: Array<{ slackUserId: string; rating: Rating | null; comment: string | null }>;
  /** The anonymous answers counted together (null rating: "haven't seen"), empty until at least two answered. */
  together: LevelCount[];
  /** Their comments, without names, in a fixed order (alphabetical) that says nothing about who wrote which. */
  togetherComments: string[];
  /** Anonymous answers kept back until another colleague answers this signal. */
  heldBack: number;
}

function counted(answers: readonly ColleagueAnswer[]): LevelCount[] {
  const levels: Array<Rating | null> = [...[...RATINGS].reverse(), null];
  return levels.flatMap((rating) => {
    const count = answers.filter((answer) => answer.rating === rating).length;
    return count > 0 ? [{ rating, count }] : [];
  });
}

/** The view of each signal that has answers. */
export function colleagueViews(answers: readonly ColleagueAnswer[]): Map<string, ColleagueView> {
  const bySignal = new Map<string, ColleagueAnswer[]>();
  for (const answer of answers) bySignal.set(answer.signalKey, [...(bySignal.get(answer.signalKey) ?? []), answer]);
  const views = new Map<string, ColleagueView>();
  for (const [signalKey, signalAnswers] of bySignal) {
    const named = signalAnswers.filter((answer) => answer.namedSlackUserId !== null);
    const anonymous = signalAnswers.filter((answer) => answer.namedSlackUserId === null);
    const enough = anonymous.length >= MIN_ANONYMOUS_ANSWERS;
    views.set(signalKey, {
      named: named.map((answer) => ({
        slackUserId: answer.namedSlackUserId!,
        rating: answer.rating,
        comment: answer.comment,
      })),
      together: enough ? counted(anonymous) : [],
      togetherComments: enough
        ? anonymous.flatMap((answer) => (answer.comment ? [answer.comment] : [])).sort((a, b) => a.localeCompare(b))
        : [],
      heldBack: enough ? 0 : anonymous.length,
    });
  }
  return views;
}

export function levelWord(rating: Rating | null): string {
  return rating === null ? 'haven’t seen it' : RATING_LABELS[rating];
}

/** "2 consistent, 1 emerging": what colleagues said, counted over everything the viewer may see; never an average. */
export function colleagueSpread(view: ColleagueView): string {
  const shown: ColleagueAnswer[] = [
    ...view.named.map((answer) => ({
      signalKey: '',
      rating: answer.rating,
      comment: null,
      namedSlackUserId: answer.slackUserId,
    })),
    ...view.together.flatMap((level) =>
      Array.from({ length: level.count }, () => ({
        signalKey: '',
        rating: level.rating,
        comment: null,
        namedSlackUserId: null,
      })),
    ),
  ];
  return counted(shown)
    .map((level) => `${level.count} ${levelWord(level.rating)}`)
    .join(', ');
}

/** `/pathway thanks @ana for running the Q3 workshop`: what the thanks is for, without the leading "for". */
export function thanksReason(text: string): string {
  return text
    .trim()
    .replace(/^for\s+/i, '')
    .trim();
}
