/**
 * Readiness against the goal role's signals, from a person's check-ins. Pure: no
 * Slack, no database. Pathway never declares anyone promoted; the strongest thing
 * it says is "time for a readiness conversation with your manager".
 *
 * Check-ins may have been made against an older framework version. Signals are
 * compared by key: a key the current framework no longer lists is shown as
 * retired (and no longer counts), a key no check-in has rated yet as not yet rated.
 */
import { z } from 'zod';

/** 1 not yet, 2 emerging, 3 consistent, 4 role model. */
export const RatingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Rating = z.infer<typeof RatingSchema>;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_LABELS: Record<Rating, string> = { 1: 'not yet', 2: 'emerging', 3: 'consistent', 4: 'role model' };
/** "Consistent": the level every signal needs before a readiness conversation. */
export const CONSISTENT: Rating = 3;
/** Check-ins in a row with every signal at consistent or above before suggesting the conversation. */
export const CHECK_INS_IN_A_ROW = 2;

/** A rating above "not yet" needs an example; this is how long one may be. */
export const MAX_EXAMPLE_LENGTH = 500;
export const MAX_MANAGER_COMMENT_LENGTH = 1000;

export interface SignalRef {
  key: string;
  title: string;
}

export interface RatingRecord {
  signalKey: string;
  /** The signal's title in the framework version the check-in was made against. */
  title: string;
  selfRating: Rating;
  managerRating: Rating | null;
}

export interface CheckInRecord {
  id: string;
  /** When it was made (epoch ms): orders check-ins made on the same day. */
  at: number;
  /** ISO calendar date, for display. */
  date: string;
  ratings: RatingRecord[];
  managerComment: string | null;
  calibrated: boolean;
}

export interface MilestoneRef {
  id: string;
  position: number;
  title: string;
  signalKeys: string[];
  done: boolean;
}

export type SignalStatus = 'current' | 'not-rated' | 'retired';

export interface SignalTrend {
  key: string;
  title: string;
  status: SignalStatus;
  /** Self rating in the latest check-in that rated this signal. */
  last: Rating | null;
  /** Self rating in the check-in before that one (among check-ins that rated it). */
  previous: Rating | null;
  /** last − previous; null until rated twice. */
  change: number | null;
  /** The manager's rating in the latest check-in, when calibrated. */
  managerRating: Rating | null;
}

export interface Readiness {
  checkInCount: number;
  latest: { id: string; date: string; managerComment: string | null; calibrated: boolean } | null;
  /** Current signals in framework order (rated or not yet rated), then retired ones. */
  signals: SignalTrend[];
  /** Mean self rating over current signals in the latest check-in; null before the first. */
  score: number | null;
  /** The same for the check-in before; null when there is none. */
  previousScore: number | null;
  /** score − previousScore, rounded to one decimal; null without two check-ins. */
  scoreChange: number | null;
  /** Current signals rated below consistent, or not rated yet. */
  belowConsistent: SignalTrend[];
  /** The lowest-rated of belowConsistent (ties included). */
  weakest: SignalTrend[];
  /** Open milestones that build one of the weakest signals. */
  milestonesForWeakest: MilestoneRef[];
  /** Every current signal consistent or above in the last CHECK_INS_IN_A_ROW check-ins. */
  suggestConversation: boolean;
}

export type Trend = 'up' | 'down' | 'flat' | 'new';

/**
 * @param currentSignals the goal role's signals in the framework the pathway now uses
 * @param checkIns the pathway's check-ins, any order
 */
export function assessReadiness(
  currentSignals: readonly SignalRef[],
  checkIns: readonly CheckInRecord[],
  milestones: readonly MilestoneRef[],
): Readiness {
  const ordered = [...checkIns].sort((a, b) => b.at - a.at);
  const latest = ordered[0];
  const currentKeys = new Set(currentSignals.map((signal) => signal.key));

  const current = currentSignals.map((signal) => signalTrend(signal.key, signal.title, ordered, latest, true));
  const retired = retiredSignals(ordered, currentKeys).map(({ key, title }) =>
    signalTrend(key, title, ordered, latest, false),
  );
  const signals = [...current, ...retired];

  const score = latest ? scoreOf(latest, currentKeys) : null;
  const previous = ordered[1];
  const previousScore = previous ? scoreOf(previous, currentKeys) : null;

  const belowConsistent = current.filter((signal) => signal.last === null || signal.last < CONSISTENT);
  const lowest = Math.min(...belowConsistent.map((signal) => signal.last ?? 0));
  const weakest = belowConsistent.filter((signal) => (signal.last ?? 0) === lowest);
  const weakestKeys = new Set(weakest.map((signal) => signal.key));
  const milestonesForWeakest = milestones
    .filter((milestone) => !milestone.done && milestone.signalKeys.some((key) => weakestKeys.has(key)))
    .sort((a, b) => a.position - b.position);

  return {
    checkInCount: ordered.length,
    latest: latest
      ? { id: latest.id, date: latest.date, managerComment: latest.managerComment, calibrated: latest.calibrated }
      : null,
    signals,
    score,
    previousScore,
    scoreChange: score !== null && previousScore !== null ? round1(score - previousScore) : null,
    belowConsistent,
    weakest,
    milestonesForWeakest,
    suggestConversation: suggestsConversation(currentSignals, ordered),
  };
}

/** Overall direction for a manager's at-a-glance view. */
export function overallTrend(readiness: Pick<Readiness, 'scoreChange' | 'score'>): Trend | null {
  if (readiness.score === null) return null;
  if (readiness.scoreChange === null) return 'new';
  if (readiness.scoreChange > 0) return 'up';
  if (readiness.scoreChange < 0) return 'down';
  return 'flat';
}

/**
 * A signal counts as consistent in a check-in when the person rated it consistent or
 * above and, if the manager calibrated it, the manager did too: the suggestion is for
 * a conversation both sides are ready for.
 */
export function isConsistent(rating: Pick<RatingRecord, 'selfRating' | 'managerRating'>): boolean {
  return rating.selfRating >= CONSISTENT && (rating.managerRating === null || rating.managerRating >= CONSISTENT);
}

function suggestsConversation(currentSignals: readonly SignalRef[], newestFirst: readonly CheckInRecord[]): boolean {
  if (currentSignals.length === 0 || newestFirst.length < CHECK_INS_IN_A_ROW) return false;
  return newestFirst.slice(0, CHECK_INS_IN_A_ROW).every((checkIn) =>
    currentSignals.every((signal) => {
      const rating = checkIn.ratings.find((candidate) => candidate.signalKey === signal.key);
      return rating !== undefined && isConsistent(rating);
    }),
  );
}

function ratingsOf(key: string, newestFirst: readonly CheckInRecord[]): RatingRecord[] {
  return newestFirst.flatMap((checkIn) => checkIn.ratings.filter((rating) => rating.signalKey === key));
}

function signalTrend(
  key: string,
  title: string,
  newestFirst: readonly CheckInRecord[],
  latest: CheckInRecord | undefined,
  isCurrent: boolean,
): SignalTrend {
  const ratings = ratingsOf(key, newestFirst);
  const last = ratings[0]?.selfRating ?? null;
  const previous = ratings[1]?.selfRating ?? null;
  const inLatest = latest?.ratings.find((rating) => rating.signalKey === key);
  return {
    key,
    title,
    status: !isCurrent ? 'retired' : last === null ? 'not-rated' : 'current',
    last,
    previous,
    change: last !== null && previous !== null ? last - previous : null,
    managerRating: inLatest?.managerRating ?? null,
  };
}

/** Signals rated in some check-in that the current framework no longer lists, newest title first. */
function retiredSignals(newestFirst: readonly CheckInRecord[], currentKeys: ReadonlySet<string>): SignalRef[] {
  const seen = new Map<string, string>();
  for (const checkIn of newestFirst) {
    for (const rating of checkIn.ratings) {
      if (!currentKeys.has(rating.signalKey) && !seen.has(rating.signalKey)) seen.set(rating.signalKey, rating.title);
    }
  }
  return [...seen].map(([key, title]) => ({ key, title }));
}

function scoreOf(checkIn: CheckInRecord, currentKeys: ReadonlySet<string>): number | null {
  const ratings = checkIn.ratings.filter((rating) => currentKeys.has(rating.signalKey));
  if (ratings.length === 0) return null;
  return round1(ratings.reduce((sum, rating) => sum + rating.selfRating, 0) / ratings.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** "emerging → consistent", "consistent (no change)", "not yet rated". */
export function describeChange(signal: Pick<SignalTrend, 'last' | 'previous' | 'change'>): string {
  if (signal.last === null) return 'not yet rated';
  if (signal.previous === null || signal.change === null) return RATING_LABELS[signal.last];
  if (signal.change === 0) return `${RATING_LABELS[signal.last]} (no change)`;
  return `${RATING_LABELS[signal.previous]} → ${RATING_LABELS[signal.last]}`;
}

/** One signal's answer in the check-in modal, as read from the form. */
export interface RatingEntry {
  signalKey: string;
  rating: Rating | undefined;
  example: string | undefined;
}

export interface RatingProblem {
  signalKey: string;
  field: 'rating' | 'example';
  message: string;
}

export interface CheckedRating {
  signalKey: string;
  rating: Rating;
  example: string | null;
}

export const EXAMPLE_REQUIRED_MESSAGE =
  'Give a short example of when you showed this: one is needed for any rating above “not yet”.';

/**
 * Every signal rated; an example for every rating above "not yet". Problems name the
 * signal and the field, so the modal can show each next to its input.
 */
export function checkRatings(
  signalKeys: readonly string[],
  entries: readonly RatingEntry[],
): { ok: true; ratings: CheckedRating[] } | { ok: false; problems: RatingProblem[] } {
  const problems: RatingProblem[] = [];
  const ratings: CheckedRating[] = [];
  for (const signalKey of signalKeys) {
    const entry = entries.find((candidate) => candidate.signalKey === signalKey);
    const example = entry?.example?.trim() ?? '';
    if (entry?.rating === undefined) {
      problems.push({ signalKey, field: 'rating', message: 'Pick one: not yet, emerging, consistent or role model.' });
      continue;
    }
    if (example.length > MAX_EXAMPLE_LENGTH) {
      problems.push({
        signalKey,
        field: 'example',
        message: `Keep the example under ${MAX_EXAMPLE_LENGTH} characters.`,
      });
    } else if (entry.rating > 1 && example === '') {
      problems.push({ signalKey, field: 'example', message: EXAMPLE_REQUIRED_MESSAGE });
    }
    ratings.push({ signalKey, rating: entry.rating, example: example === '' ? null : example });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ratings };
}
