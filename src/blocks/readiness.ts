/**
 * The readiness section: overall score and trend, each signal's last rating and
 * change (with the manager's rating beside it once calibrated), what is still
 * below "consistent", the milestones that build the weakest signals, and the
 * suggestion of a readiness conversation. Shown to the person (overview, Home)
 * and, read-only, to their manager.
 */
import type { KnownBlock } from '@slack/types';
import { formatDate } from '../domain/dates.js';
import type { ColleagueView } from '../domain/feedback.js';
import {
  CHECK_INS_IN_A_ROW,
  describeChange,
  RATING_LABELS,
  type Rating,
  type SignalTrend,
  type Trend,
} from '../domain/readiness.js';
import type { ReadinessView } from '../services/checkins.js';
import { colleagueSummary } from './feedback.js';
import { mrkdwn, resourcesText, truncate, userText } from './text.js';

export type Audience = 'self' | 'manager';

/** Milestones named under "builds your weakest signals". */
const WEAKEST_MILESTONES_SHOWN = 3;
const COMMENT_SHOWN = 600;

export const TREND_EMOJI: Record<Trend, string> = {
  up: ':arrow_upper_right: improving',
  down: ':arrow_lower_right: lower than last time',
  flat: ':left_right_arrow: steady',
  new: ':seedling: first check-in',
};

export function ratingLabel(rating: Rating | null): string {
  return rating === null ? 'not rated' : RATING_LABELS[rating];
}

/** One signal: the person's rating and its change, the manager's beside it, and colleagues' as a third view. */
function signalLine(signal: SignalTrend, colleagues: ColleagueView | undefined): string {
  const title = userText(signal.title);
  if (signal.status === 'retired')
    return `• ~${title}~ _no longer in the framework_ (last: ${ratingLabel(signal.last)})`;
  if (signal.status === 'not-rated') return `• ${title}: _not yet rated_${colleagueSummary(colleagues)}`;
  const arrow =
    signal.change === null || signal.change === 0 ? '' : signal.change > 0 ? ' :arrow_up:' : ' :arrow_down:';
  const manager = signal.managerRating === null ? '' : ` · manager: ${RATING_LABELS[signal.managerRating]}`;
  return `• ${title}: ${describeChange(signal)}${arrow}${manager}${colleagueSummary(colleagues)}`;
}

/**
 * How the current signals' latest ratings spread, highest first: "2 consistent, 4 emerging".
 * Ratings are ordered words, not numbers: they are counted, never averaged.
 */
export function ratingSpread(readiness: Pick<ReadinessView, 'signals'>): string {
  const current = readiness.signals.filter((signal) => signal.status !== 'retired');
  const counts = [4, 3, 2, 1].flatMap((rating) => {
    const count = current.filter((signal) => signal.last === rating).length;
    return count > 0 ? [`${count} ${RATING_LABELS[rating as Rating]}`] : [];
  });
  const unrated = current.filter((signal) => signal.last === null).length;
  if (unrated > 0) counts.push(`${unrated} not rated`);
  return counts.join(', ');
}

function summaryLine(readiness: ReadinessView): string {
  const current = readiness.signals.filter((signal) => signal.status !== 'retired');
  const atConsistent = current.length - readiness.belowConsistent.length;
  const parts = [`*Readiness for ${userText(readiness.goalTitle)}*`];
  if (readiness.latest) parts.push(ratingSpread(readiness));
  parts.push(`${atConsistent} of ${current.length} signals at consistent or above`);
  if (readiness.latest) parts.push(`last check-in ${formatDate(readiness.latest.date)}`);
  return parts.join(' · ');
}

const COMPETENCY_LINES_SHOWN = 12;

/**
 * The goal role's competencies beside the signals: each one's latest self-rating in
 * words, and how they spread (counted, never averaged). Empty when the role lists none.
 */
export function competencyBlocks(readiness: Pick<ReadinessView, 'competencies'>, audience: Audience): KnownBlock[] {
  const competencies = readiness.competencies ?? [];
  if (competencies.length === 0) return [];
  const rated = competencies.filter((competency) => competency.rating !== null);
  if (rated.length === 0) {
    const text =
      audience === 'self'
        ? `*Competencies:* not assessed yet. Rate yourself on its ${competencies.length} competenc${competencies.length === 1 ? 'y' : 'ies'} with \`/pathway competencies\`; your manager sees it too.`
        : '*Competencies:* not assessed yet.';
    return [{ type: 'context', elements: [mrkdwn(text)] }];
  }
  const counts = [4, 3, 2, 1].flatMap((rating) => {
    const count = rated.filter((competency) => competency.rating === rating).length;
    return count > 0 ? [`${count} ${RATING_LABELS[rating as Rating]}`] : [];
  });
  const unrated = competencies.length - rated.length;
  if (unrated > 0) counts.push(`${unrated} not assessed`);
  const latest = rated
    .map((competency) => competency.date ?? '')
    .sort()
    .at(-1);
  const header = `*Competencies (self-assessed)* · ${counts.join(', ')}${latest ? ` · last assessed ${formatDate(latest)}` : ''}`;
  const lines = competencies.slice(0, COMPETENCY_LINES_SHOWN).map((competency) => {
    const rating = competency.rating === null ? '_not assessed_' : RATING_LABELS[competency.rating];
    // Below consistent: the framework's first link for growing it.
    const link = competency.rating !== null && competency.rating < 3 ? competency.resources?.[0] : undefined;
    return `• ${userText(competency.title)}: ${rating}${link ? ` · :link: <${link.url}|${userText(truncate(link.title, 75))}>` : ''}`;
  });
  const more =
    competencies.length > COMPETENCY_LINES_SHOWN ? `\n_…and ${competencies.length - COMPETENCY_LINES_SHOWN} more_` : '';
  return [{ type: 'section', text: mrkdwn(truncate(`${header}\n${lines.join('\n')}${more}`, 3000)) }];
}

function conversationText(audience: Audience): string {
  return audience === 'self'
    ? `:speech_balloon: *Every signal has been at consistent or above in your last ${CHECK_INS_IN_A_ROW} check-ins.* A good moment to ask your manager for a readiness conversation. Pathway suggests the conversation; decisions about roles stay with people.`
    : `:speech_balloon: *Every signal has been at consistent or above in their last ${CHECK_INS_IN_A_ROW} check-ins.* A good moment for a readiness conversation with them.`;
}

/** Before any check-in, colleagues' answers still show, signal by signal. */
function colleaguesWithoutCheckIn(readiness: ReadinessView): KnownBlock[] {
  const lines = readiness.signals.flatMap((signal) => {
    const summary = colleagueSummary(readiness.colleagues?.get(signal.key));
    return summary ? [`• ${userText(signal.title)}${summary}`] : [];
  });
  return lines.length > 0 ? [{ type: 'section', text: mrkdwn(`*What colleagues said*\n${lines.join('\n')}`) }] : [];
}

export function readinessBlocks(readiness: ReadinessView | null, audience: Audience): KnownBlock[] {
  if (!readiness) return [];
  if (readiness.checkInCount === 0) {
    const count = readiness.signals.length;
    return [
      {
        type: 'section',
        text: mrkdwn(
          audience === 'self'
            ? `*Readiness for ${userText(readiness.goalTitle)}:* no check-in yet. Rate yourself against its ${count} signal${count === 1 ? '' : 's'} with \`/pathway checkin\`; your manager sees it too.`
            : `*Readiness for ${userText(readiness.goalTitle)}:* no check-in yet.`,
        ),
      },
      ...colleaguesWithoutCheckIn(readiness),
      ...competencyBlocks(readiness, audience),
    ];
  }
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `${summaryLine(readiness)}\n${readiness.signals.map((signal) => signalLine(signal, readiness.colleagues?.get(signal.key))).join('\n')}`,
      ),
    },
  ];
  const notes: string[] = [];
  if (readiness.belowConsistent.length > 0) {
    notes.push(
      `Still below consistent: ${readiness.belowConsistent.map((signal) => userText(signal.title)).join(', ')}`,
    );
  }
  if (readiness.milestonesForWeakest.length > 0) {
    const shown = readiness.milestonesForWeakest.slice(0, WEAKEST_MILESTONES_SHOWN);
    const whose = audience === 'self' ? 'your' : 'their';
    notes.push(
      `Milestones that build ${whose} weakest signals: ${shown.map((m) => `*${m.position}.* ${userText(m.title)}`).join(', ')}`,
    );
  }
  const resources = resourcesText(readiness.resourcesForWeakest ?? []);
  if (resources && readiness.belowConsistent.length > 0) notes.push(resources);
  if (notes.length > 0) blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  blocks.push(...competencyBlocks(readiness, audience));
  if (readiness.latest?.managerComment) {
    const label = audience === 'self' ? 'Your manager’s comment' : 'Your comment';
    blocks.push({
      type: 'section',
      text: mrkdwn(`*${label}:* ${userText(truncate(readiness.latest.managerComment, COMMENT_SHOWN))}`),
    });
  }
  if (readiness.suggestConversation) blocks.push({ type: 'section', text: mrkdwn(conversationText(audience)) });
  return blocks;
}
