/**
 * The readiness section: overall score and trend, each signal's last rating and
 * change (with the manager's rating beside it once calibrated), what is still
 * below "consistent", the milestones that build the weakest signals, and the
 * suggestion of a readiness conversation. Shown to the person (overview, Home)
 * and, read-only, to their manager.
 */
import type { KnownBlock } from '@slack/types';
import type { ColleagueView } from '../domain/feedback.js';
import { CHECK_INS_IN_A_ROW, type Rating, type SignalTrend, type Trend } from '../domain/readiness.js';
import { english, type Translator } from '../i18n/index.js';
import type { ReadinessView } from '../services/checkins.js';
import { colleagueSummary } from './feedback.js';
import { mrkdwn, resourcesText, truncate, userText } from './text.js';

export type Audience = 'self' | 'manager';

/** Milestones named under "builds your weakest signals". */
const WEAKEST_MILESTONES_SHOWN = 3;
const COMMENT_SHOWN = 600;

/** The overall trend in a few words, with its emoji. */
export function trendInWords(trend: Trend, t: Translator = english): string {
  return t.t(`readiness.trend.${trend}`);
}

/** English trends, for surfaces not yet given the reader's translator. */
export const TREND_EMOJI: Record<Trend, string> = {
  up: trendInWords('up'),
  down: trendInWords('down'),
  flat: trendInWords('flat'),
  new: trendInWords('new'),
};

/** A rating in words ("emerging"), lower case for use inside a sentence. */
export function ratingWord(rating: Rating, t: Translator = english): string {
  return t.t(`readiness.rating.${rating}`);
}

export function ratingLabel(rating: Rating | null, t: Translator = english): string {
  return rating === null ? t.t('readiness.notRated') : ratingWord(rating, t);
}

/** "emerging → consistent", "consistent (no change)", "not yet rated". */
function describeChange(signal: Pick<SignalTrend, 'last' | 'previous' | 'change'>, t: Translator): string {
  if (signal.last === null) return t.t('readiness.notYetRated');
  if (signal.previous === null || signal.change === null) return ratingWord(signal.last, t);
  if (signal.change === 0) return t.t('readiness.noChange', { rating: ratingWord(signal.last, t) });
  return `${ratingWord(signal.previous, t)} → ${ratingWord(signal.last, t)}`;
}

/** One signal: the person's rating and its change, the manager's beside it, and colleagues' as a third view. */
function signalLine(signal: SignalTrend, colleagues: ColleagueView | undefined, t: Translator): string {
  const title = userText(signal.title);
  if (signal.status === 'retired')
    return t.t('readiness.signal.retired', { title, rating: ratingLabel(signal.last, t) });
  if (signal.status === 'not-rated')
    return `${t.t('readiness.signal.notRated', { title })}${colleagueSummary(colleagues)}`;
  const arrow =
    signal.change === null || signal.change === 0 ? '' : signal.change > 0 ? ' :arrow_up:' : ' :arrow_down:';
  const manager =
    signal.managerRating === null
      ? ''
      : t.t('readiness.signal.manager', { rating: ratingWord(signal.managerRating, t) });
  return `• ${title}: ${describeChange(signal, t)}${arrow}${manager}${colleagueSummary(colleagues)}`;
}

/**
 * How the current signals' latest ratings spread, highest first: "2 consistent, 4 emerging".
 * Ratings are ordered words, not numbers: they are counted, never averaged.
 */
export function ratingSpread(readiness: Pick<ReadinessView, 'signals'>, t: Translator = english): string {
  const current = readiness.signals.filter((signal) => signal.status !== 'retired');
  const counts = [4, 3, 2, 1].flatMap((rating) => {
    const count = current.filter((signal) => signal.last === rating).length;
    return count > 0 ? [`${t.number(count)} ${ratingWord(rating as Rating, t)}`] : [];
  });
  const unrated = current.filter((signal) => signal.last === null).length;
  if (unrated > 0) counts.push(t.t('readiness.spread.notRated', { count: unrated }));
  return counts.join(', ');
}

function summaryLine(readiness: ReadinessView, t: Translator): string {
  const current = readiness.signals.filter((signal) => signal.status !== 'retired');
  const atConsistent = current.length - readiness.belowConsistent.length;
  const parts = [t.t('readiness.summary.title', { goal: userText(readiness.goalTitle) })];
  if (readiness.latest) parts.push(ratingSpread(readiness, t));
  parts.push(t.t('readiness.summary.atConsistent', { count: atConsistent, total: current.length }));
  if (readiness.latest) parts.push(t.t('readiness.summary.lastCheckIn', { date: t.date(readiness.latest.date) }));
  return parts.join(' · ');
}

const COMPETENCY_LINES_SHOWN = 12;

/**
 * The goal role's competencies beside the signals: each one's latest self-rating in
 * words, and how they spread (counted, never averaged). Empty when the role lists none.
 */
export function competencyBlocks(
  readiness: Pick<ReadinessView, 'competencies'>,
  audience: Audience,
  t: Translator = english,
): KnownBlock[] {
  const competencies = readiness.competencies ?? [];
  if (competencies.length === 0) return [];
  const rated = competencies.filter((competency) => competency.rating !== null);
  if (rated.length === 0) {
    const text =
      audience === 'self'
        ? t.t('readiness.competencies.noneSelf', { count: competencies.length })
        : t.t('readiness.competencies.none');
    return [{ type: 'context', elements: [mrkdwn(text)] }];
  }
  const counts = [4, 3, 2, 1].flatMap((rating) => {
    const count = rated.filter((competency) => competency.rating === rating).length;
    return count > 0 ? [`${t.number(count)} ${ratingWord(rating as Rating, t)}`] : [];
  });
  const unrated = competencies.length - rated.length;
  if (unrated > 0) counts.push(t.t('readiness.competencies.notAssessedCount', { count: unrated }));
  const latest = rated
    .map((competency) => competency.date ?? '')
    .sort()
    .at(-1);
  const header = `${t.t('readiness.competencies.header')} · ${counts.join(', ')}${latest ? ` · ${t.t('readiness.competencies.lastAssessed', { date: t.date(latest) })}` : ''}`;
  const lines = competencies.slice(0, COMPETENCY_LINES_SHOWN).map((competency) => {
    const rating =
      competency.rating === null ? t.t('readiness.competencies.notAssessed') : ratingWord(competency.rating, t);
    // Below consistent: the framework's first link for growing it.
    const link = competency.rating !== null && competency.rating < 3 ? competency.resources?.[0] : undefined;
    return `• ${userText(competency.title)}: ${rating}${link ? ` · :link: <${link.url}|${userText(truncate(link.title, 75))}>` : ''}`;
  });
  const more =
    competencies.length > COMPETENCY_LINES_SHOWN
      ? `\n${t.t('readiness.more', { count: competencies.length - COMPETENCY_LINES_SHOWN })}`
      : '';
  return [{ type: 'section', text: mrkdwn(truncate(`${header}\n${lines.join('\n')}${more}`, 3000)) }];
}

function conversationText(audience: Audience, t: Translator): string {
  return t.t(audience === 'self' ? 'readiness.conversation.self' : 'readiness.conversation.manager', {
    count: CHECK_INS_IN_A_ROW,
  });
}

/** Before any check-in, colleagues' answers still show, signal by signal. */
function colleaguesWithoutCheckIn(readiness: ReadinessView, t: Translator): KnownBlock[] {
  const lines = readiness.signals.flatMap((signal) => {
    const summary = colleagueSummary(readiness.colleagues?.get(signal.key));
    return summary ? [`• ${userText(signal.title)}${summary}`] : [];
  });
  return lines.length > 0
    ? [{ type: 'section', text: mrkdwn(`${t.t('readiness.colleagues')}\n${lines.join('\n')}`) }]
    : [];
}

export function readinessBlocks(
  readiness: ReadinessView | null,
  audience: Audience,
  t: Translator = english,
): KnownBlock[] {
  if (!readiness) return [];
  if (readiness.checkInCount === 0) {
    const count = readiness.signals.length;
    return [
      {
        type: 'section',
        text: mrkdwn(
          t.t(audience === 'self' ? 'readiness.noCheckIn.self' : 'readiness.noCheckIn.manager', {
            goal: userText(readiness.goalTitle),
            count,
          }),
        ),
      },
      ...colleaguesWithoutCheckIn(readiness, t),
      ...competencyBlocks(readiness, audience, t),
    ];
  }
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `${summaryLine(readiness, t)}\n${readiness.signals.map((signal) => signalLine(signal, readiness.colleagues?.get(signal.key), t)).join('\n')}`,
      ),
    },
  ];
  const notes: string[] = [];
  if (readiness.belowConsistent.length > 0) {
    notes.push(
      t.t('readiness.belowConsistent', {
        signals: readiness.belowConsistent.map((signal) => userText(signal.title)).join(', '),
      }),
    );
  }
  if (readiness.milestonesForWeakest.length > 0) {
    const shown = readiness.milestonesForWeakest.slice(0, WEAKEST_MILESTONES_SHOWN);
    const milestones = shown.map((m) => `*${m.position}.* ${userText(m.title)}`).join(', ');
    notes.push(t.t(audience === 'self' ? 'readiness.weakest.self' : 'readiness.weakest.manager', { milestones }));
  }
  const links = resourcesText(readiness.resourcesForWeakest ?? []);
  // resourcesText says "Helps:" in English; the links themselves read the same in every language.
  const resources =
    links && t.language !== 'en' ? t.t('nudge.resources', { links: links.replace(/^:link: Helps: /, '') }) : links;
  if (resources && readiness.belowConsistent.length > 0) notes.push(resources);
  if (notes.length > 0) blocks.push({ type: 'context', elements: notes.map((note) => mrkdwn(note)) });
  blocks.push(...competencyBlocks(readiness, audience, t));
  if (readiness.latest?.managerComment) {
    const comment = userText(truncate(readiness.latest.managerComment, COMMENT_SHOWN));
    blocks.push({
      type: 'section',
      text: mrkdwn(t.t(audience === 'self' ? 'readiness.comment.self' : 'readiness.comment.manager', { comment })),
    });
  }
  if (readiness.suggestConversation) blocks.push({ type: 'section', text: mrkdwn(conversationText(audience, t)) });
  return blocks;
}
