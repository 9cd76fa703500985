/**
 * Mentoring, the rules without Slack or a database: what an offer may hold,
 * who may be suggested as a mentor to whom and in what order, when both sides
 * are next asked "did you meet?", and the outbox keys of those questions.
 */
import { z } from 'zod';
import { isoDate } from './dates.js';
import { fillProblem, problemReader } from './problems.js';
import { addDays } from './schedule/local-time.js';

/** At most this many suggestions at a time. */
export const MAX_MENTOR_SUGGESTIONS = 3;
/** Mentees at once an offer may take. */
export const MAX_MENTOR_CAPACITY = 5;
/** Asks waiting for an answer at once: enough to ask every suggestion, never a mass mailing. */
export const MAX_OPEN_MENTOR_REQUESTS = 3;
/** Someone who reached the goal role within this many days counts as holding it (they remember the step). */
export const RECENTLY_REACHED_DAYS = 365;
/** Weeks between "did you meet?" questions, unless the two agree otherwise when the mentor accepts. */
export const DEFAULT_MENTOR_CADENCE_WEEKS = 3;
export const MENTOR_CADENCE_CHOICES = [1, 2, 3, 4, 6, 8] as const;

/**
 * The mentoring forms' problems in English, by code; blocks/mentoring.ts reads them back
 * (readMentoringProblem) and writes them in the person's language.
 */
export const MENTORING_PROBLEMS = {
  roles: 'pick at least one role you can help people reach',
  signals: 'pick at least one signal you can help with',
  capacityMissing: 'say how many people you can mentor at once',
  capacityAtLeastOne: 'mentor at least one person at once',
  capacityAtMost: 'mentor at most {max} people at once',
  cadence: 'pick how often you plan to meet',
} as const;

export const readMentoringProblem = problemReader(MENTORING_PROBLEMS);

export const mentorOfferSchema = z.object({
  roleKeys: z.array(z.string().min(1, MENTORING_PROBLEMS.roles)).min(1, MENTORING_PROBLEMS.roles),
  signalKeys: z.array(z.string().min(1, MENTORING_PROBLEMS.signals)).min(1, MENTORING_PROBLEMS.signals),
  capacity: z.coerce
    .number({ error: MENTORING_PROBLEMS.capacityMissing })
    .int(MENTORING_PROBLEMS.capacityMissing)
    .min(1, MENTORING_PROBLEMS.capacityAtLeastOne)
    .max(MAX_MENTOR_CAPACITY, fillProblem(MENTORING_PROBLEMS.capacityAtMost, { max: MAX_MENTOR_CAPACITY })),
});
export type MentorOfferInput = z.input<typeof mentorOfferSchema>;
export type ValidMentorOffer = z.output<typeof mentorOfferSchema>;

export const mentorCadenceSchema = z.coerce
  .number({ error: MENTORING_PROBLEMS.cadence })
  .int(MENTORING_PROBLEMS.cadence)
  .refine((weeks) => (MENTOR_CADENCE_CHOICES as readonly number[]).includes(weeks), MENTORING_PROBLEMS.cadence);

/** The person asking for a mentor. */
export interface MentorAsker {
  id: string;
  team: string | null;
  managerId: string | null;
  goalRoleKey: string;
  /** The goal role's readiness signal keys, in the framework's order. */
  goalSignalKeys: readonly string[];
}

/** Someone with a mentor offer. */
export interface MentorCandidate {
  id: string;
  slackUserId: string;
  team: string | null;
  managerId: string | null;
  currentRoleKey: string | null;
  /** ISO date they last reached the goal role by a confirmed move, if they did. */
  reachedGoalOn: string | null;
  offer: {
    status: 'active' | 'paused' | 'withdrawn';
    roleKeys: readonly string[];
    signalKeys: readonly string[];
    capacity: number;
  };
  /** Mentorships they are in as the mentor now (active or waiting for their answer). */
  menteesNow: number;
}

export interface MentorContext {
  today: string;
  /** Whether suggestions may name people of another team (admin setting). */
  crossTeams: boolean;
  /** Candidates who declined this asker: never suggested to them again. */
  declinedBy: ReadonlySet<string>;
  /** Candidates already mentoring this asker or asked by them. */
  alreadyAsked: ReadonlySet<string>;
}

export interface MentorSuggestion {
  id: string;
  slackUserId: string;
  /** The goal role's signals they can help with, in the framework's order. */
  signalKeys: string[];
  spare: number;
  /** Holds the goal role now (otherwise reached it recently). */
  holdsRole: boolean;
}

/** Why a candidate is not suggested, or undefined when they may be. */
export function whyNotSuggested(
  asker: MentorAsker,
  candidate: MentorCandidate,
  context: MentorContext,
): string | undefined {
  if (candidate.id === asker.id) return 'self';
  if (candidate.offer.status !== 'active') return 'offer not active';
  if (candidate.menteesNow >= candidate.offer.capacity) return 'no spare capacity';
  const holds = candidate.currentRoleKey === asker.goalRoleKey;
  const recently =
    candidate.reachedGoalOn !== null && candidate.reachedGoalOn >= addDays(context.today, -RECENTLY_REACHED_DAYS);
  if (!holds && !recently) return 'does not hold the goal role';
  if (candidate.offer.roleKeys.length > 0 && !candidate.offer.roleKeys.includes(asker.goalRoleKey))
    return 'does not offer help with the goal role';
  // Outside the reporting line: a mentor is someone other than the manager, and never one's own report.
  if (asker.managerId === candidate.id) return 'their manager';
  if (candidate.managerId === asker.id) return 'their report';
  if (!context.crossTeams && candidate.team !== asker.team) return 'another team';
  if (context.declinedBy.has(candidate.id)) return 'declined before';
  if (context.alreadyAsked.has(candidate.id)) return 'already asked';
  return undefined;
}

/**
 * Up to three mentors for the asker's goal role: eligible people (see
 * whyNotSuggested), most overlap between the signals they help with and the
 * goal role's first, then most spare capacity, then those who hold the role
 * now; ties in a stable order.
 */
export function suggestMentors(
  asker: MentorAsker,
  candidates: readonly MentorCandidate[],
  context: MentorContext,
  limit = MAX_MENTOR_SUGGESTIONS,
): MentorSuggestion[] {
  return candidates
    .filter((candidate) => whyNotSuggested(asker, candidate, context) === undefined)
    .map((candidate) => ({
      id: candidate.id,
      slackUserId: candidate.slackUserId,
      signalKeys: asker.goalSignalKeys.filter((key) => candidate.offer.signalKeys.includes(key)),
      spare: candidate.offer.capacity - candidate.menteesNow,
      holdsRole: candidate.currentRoleKey === asker.goalRoleKey,
    }))
    .sort(
      (a, b) =>
        b.signalKeys.length - a.signalKeys.length ||
        b.spare - a.spare ||
        Number(b.holdsRole) - Number(a.holdsRole) ||
        a.slackUserId.localeCompare(b.slackUserId),
    )
    .slice(0, limit);
}

/** The local date both sides are next asked "did you meet?". */
export function nextCheckInOn(from: string, cadenceWeeks: number): string {
  return addDays(from, cadenceWeeks * 7);
}

// ---------------------------------------------------------------------------------------------
// Outbox keys of "did you meet?" (the sender drops a question once the mentorship ended or a session is logged)
// ---------------------------------------------------------------------------------------------

export interface MentorCheckInKey {
  mentorshipId: string;
  slackUserId: string;
  dueOn: string;
}

const KEY_PREFIX = 'mentor-checkin';

export function mentorCheckInKeyText(key: MentorCheckInKey): string {
  return `${KEY_PREFIX}:${key.mentorshipId}:${key.slackUserId}:${key.dueOn}`;
}

const id = z.string().regex(/^[\w-]+$/);

/** The key's parts, or undefined for keys of other messages. */
export function parseMentorCheckInKey(text: string): MentorCheckInKey | undefined {
  const [prefix, mentorshipId, slackUserId, dueOn, ...rest] = text.split(':');
  if (prefix !== KEY_PREFIX || rest.length > 0) return undefined;
  const parsed = z
    .object({ mentorshipId: id, slackUserId: id, dueOn: isoDate })
    .safeParse({ mentorshipId, slackUserId, dueOn });
  return parsed.success ? parsed.data : undefined;
}

/** What a "did you meet?" button carries: the mentorship, the question's date and the answer. */
export const mentorMetValue = z
  .string()
  .regex(/^[a-z0-9]{1,64}:\d{4}-\d{2}-\d{2}:(yes|no)$/i, 'not a mentoring answer')
  .transform((value) => {
    const [mentorshipId, dueOn, answer] = value.split(':') as [string, string, 'yes' | 'no'];
    return { mentorshipId, dueOn, met: answer === 'yes' };
  });

export function mentorMetText(mentorshipId: string, dueOn: string, met: boolean): string {
  return `${mentorshipId}:${dueOn}:${met ? 'yes' : 'no'}`;
}
