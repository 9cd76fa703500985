/**
 * The person's overview: the ephemeral answer to `/pathway` and the top of the
 * Home tab. One builder, two surfaces, so both always agree.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { english, type Translator } from '../i18n/index.js';
import type { MilestoneView, Overview, PathwayView } from '../services/overview.js';
import { CHECKIN_OPEN_ACTION } from './checkin.js';
import { readinessCaseButton } from './evidence.js';
import { moveAnswerButtons } from './goals.js';
import { readinessBlocks } from './readiness.js';
import { LIMITS, mrkdwn, namedLabel, plain, resourcesText, userText } from './text.js';

/** Shown in a message; the Home tab and `/pathway plan` show the rest. */
export const OVERVIEW_MILESTONE_COUNT = 5;

export const KIND_EMOJI: Record<MilestoneView['kind'], string> = {
  course: ':books:',
  project: ':hammer_and_wrench:',
  mentoring: ':handshake:',
  certification: ':medal:',
  exposure: ':eyes:',
  other: ':pushpin:',
};

/** A milestone kind in plain words, where a raw key ("exposure") would puzzle people. */
export function kindWord(kind: MilestoneView['kind'], t: Translator = english): string {
  return t.t(`overview.kind.${kind}`);
}

/** The kinds in English words, for builders not yet speaking the reader's language. */
export const KIND_WORDS: Record<MilestoneView['kind'], string> = {
  course: kindWord('course'),
  project: kindWord('project'),
  mentoring: kindWord('mentoring'),
  certification: kindWord('certification'),
  exposure: kindWord('exposure'),
  other: kindWord('other'),
};

export function whenDue(milestone: MilestoneView, t: Translator = english): string {
  if (milestone.done)
    return milestone.doneDate
      ? t.t('overview.due.doneOn', { date: t.date(milestone.doneDate) })
      : t.t('overview.due.done');
  const days = milestone.daysLeft ?? 0;
  if (days < 0) return t.t('overview.due.overdue', { days: -days, date: t.date(milestone.dueDate) });
  if (days === 0) return t.t('overview.due.today');
  if (days === 1) return t.t('overview.due.tomorrow');
  return t.t('overview.due.later', { days, date: t.date(milestone.dueDate) });
}

/** "Helps: <link|title> · …" in the reader's language; the links stay as the framework names them. */
export function helpsText(
  resources: readonly { title: string; url: string }[],
  t: Translator = english,
  max = 3,
): string | null {
  const text = resourcesText(resources, max);
  // resourcesText writes the English lead-in.
  return text === null || t.language === 'en'
    ? text
    : t.t('nudge.resources', { links: text.replace(/^:link: Helps: /, '') });
}

/** A milestone's line in `t`'s language; curried so it maps over a list (`milestones.map(milestoneLineIn(t))`). */
export function milestoneLineIn(t: Translator): (milestone: MilestoneView) => string {
  return (milestone) => lineOf(milestone, t);
}

/** A milestone's line in English. */
export const milestoneLine = milestoneLineIn(english);

function lineOf(milestone: MilestoneView, t: Translator): string {
  const title = milestone.link ? `<${milestone.link}|${userText(milestone.title)}>` : userText(milestone.title);
  const shownTitle = milestone.done || milestone.notNeeded ? `~${title}~` : title;
  const agreed = milestone.agreed ? ` · ${t.t('overview.agreed')}` : '';
  if (milestone.notNeeded)
    return `:heavy_minus_sign: *${milestone.position}.* ${shownTitle} — ${t.t('overview.notNeeded')}${agreed}`;
  // The kind in words too: an emoji alone says nothing to a screen reader or a newcomer.
  return `${milestone.done ? ':white_check_mark:' : KIND_EMOJI[milestone.kind]} *${milestone.position}.* ${shownTitle}${kindInWords(milestone.kind, t)} — ${whenDue(milestone, t)}${agreed}`;
}

/** " _(course)_" after a title; nothing for "other", which says nothing. */
export function kindInWords(kind: MilestoneView['kind'], t: Translator = english): string {
  return kind === 'other' ? '' : ` _(${kindWord(kind, t)})_`;
}

export function goalLine(pathway: PathwayView, t: Translator = english): string {
  const values = {
    goal: userText(pathway.goal.title),
    move: pathway.moveKind,
    from: userText(pathway.from.title),
    date: t.date(pathway.targetDate),
  };
  // A stage count only means something on a ladder of several stages ("stage 1 of 1" for a move across does not).
  return pathway.moveKind === 'ladder' && pathway.goal.stageOrder && pathway.stageCount > 1
    ? t.t('overview.goalStaged', { ...values, stage: pathway.goal.stageOrder, stages: pathway.stageCount })
    : t.t('overview.goal', values);
}

export const PLAN_OPEN_ACTION = 'plan_open';
export const GOAL_REACHED_ACTION = 'pathway_reached';

function progressLine(overview: Overview, pathway: PathwayView, t: Translator): string {
  const parts = [t.t('overview.progress.done', { done: pathway.doneCount, total: pathway.milestones.length })];
  if (pathway.overdueCount > 0) parts.push(t.t('overview.progress.overdue', { count: pathway.overdueCount }));
  parts.push(
    overview.lastCheckIn
      ? t.t('overview.progress.lastCheckIn', { days: overview.lastCheckIn.daysAgo })
      : t.t('overview.progress.noCheckIn'),
  );
  return parts.join(' · ');
}

/** Open milestones, overdue first, then by due date. */
export function upcoming(pathway: PathwayView, count = OVERVIEW_MILESTONE_COUNT): MilestoneView[] {
  return pathway.milestones
    .filter((milestone) => !milestone.done)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position)
    .slice(0, count);
}

function reachedButton(pathway: PathwayView, t: Translator): Button {
  const open = pathway.milestones.filter((m) => !m.done && !m.notNeeded).length;
  return {
    type: 'button',
    action_id: GOAL_REACHED_ACTION,
    text: plain(t.t('overview.reached.button'), LIMITS.buttonText),
    accessibility_label: namedLabel((title) => t.t('overview.reached.label', { title }), pathway.goal.title),
    ...(open === 0 ? { style: 'primary' as const } : {}),
    value: pathway.id,
    confirm: {
      title: plain(t.t('overview.reached.confirmTitle'), 100),
      text: plain(t.t('overview.reached.confirmText', { goal: pathway.goal.title, open }), 300),
      confirm: plain(t.t('overview.reached.confirm'), 30),
      deny: plain(t.t('overview.reached.deny'), 30),
    },
  };
}

/** What to do next from the overview or Home: plan (or re-plan), check in, see the readiness case, and the goal move. */
export function overviewActions(overview: Overview, t: Translator = english): Button[] {
  const pathway = overview.pathway;
  if (!pathway)
    return [
      {
        type: 'button',
        action_id: PLAN_OPEN_ACTION,
        text: plain(t.t('overview.action.start'), LIMITS.buttonText),
        accessibility_label: t.t('overview.action.startLabel'),
        style: 'primary',
      },
    ];
  const actions: Button[] = [
    {
      type: 'button',
      action_id: PLAN_OPEN_ACTION,
      text: plain(t.t('overview.action.change'), LIMITS.buttonText),
      accessibility_label: namedLabel((title) => t.t('overview.action.changeLabel', { title }), pathway.goal.title),
    },
    {
      type: 'button',
      action_id: CHECKIN_OPEN_ACTION,
      text: plain(t.t('overview.action.checkIn'), LIMITS.buttonText),
      accessibility_label: namedLabel((title) => t.t('overview.action.checkInLabel', { title }), pathway.goal.title),
      value: pathway.id,
    },
    readinessCaseButton(pathway.id),
  ];
  if (pathway.move?.byManager) actions.unshift(...moveAnswerButtons(pathway.id, t.t('overview.action.yesMoved'), t));
  else if (!pathway.move) actions.unshift(reachedButton(pathway, t));
  return actions;
}

/** A move waiting for confirmation, as the person sees it. */
export function moveLine(pathway: PathwayView, t: Translator = english): string | null {
  if (!pathway.move) return null;
  const goal = userText(pathway.goal.title);
  return pathway.move.byManager
    ? t.t('overview.move.byManager', { goal })
    : t.t('overview.move.waiting', { goal, date: t.date(pathway.move.proposedOn) });
}

/** The line shown instead of next milestones when none is open. */
export function nothingOpenText(pathway: PathwayView, t: Translator = english): string {
  return pathway.milestones.length === 0 ? t.t('overview.none') : t.t('overview.allDone');
}

/** Header, goal and progress: the top of both the overview and Home. */
export function pathwaySummaryBlocks(overview: Overview, pathway: PathwayView, t: Translator = english): KnownBlock[] {
  const move = moveLine(pathway, t);
  return [
    { type: 'header', text: plain(t.t('overview.header')) },
    { type: 'section', text: mrkdwn(goalLine(pathway, t)) },
    { type: 'context', elements: [mrkdwn(progressLine(overview, pathway, t))] },
    ...(move ? [{ type: 'section', text: mrkdwn(move) } satisfies KnownBlock] : []),
  ];
}

export function welcomeBlocks(actions: Button[], t: Translator = english): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t.t('overview.welcome.header')) },
    { type: 'section', text: mrkdwn(t.t('overview.welcome.intro')) },
    { type: 'section', text: mrkdwn(t.t('overview.welcome.start')) },
    { type: 'context', elements: [mrkdwn(t.t('overview.welcome.privacy'))] },
  ];
  if (actions.length > 0) blocks.splice(3, 0, { type: 'actions', block_id: 'welcome_actions', elements: actions });
  return blocks;
}

/** The fallback text of the overview message. */
export function overviewText(overview: Overview, t: Translator = english): string {
  return overview.pathway ? t.t('overview.header') : t.t('overview.welcome.header');
}

export function overviewBlocks(overview: Overview, actions?: Button[], t: Translator = english): KnownBlock[] {
  const pathway = overview.pathway;
  const shown = actions ?? overviewActions(overview, t);
  if (!pathway) return welcomeBlocks(shown, t);
  const next = upcoming(pathway);
  const blocks: KnownBlock[] = [
    ...pathwaySummaryBlocks(overview, pathway, t),
    {
      type: 'section',
      text: mrkdwn(
        next.length > 0
          ? `${t.t('overview.next')}\n${next.map(milestoneLineIn(t)).join('\n')}`
          : nothingOpenText(pathway, t),
      ),
    },
    ...readinessBlocks(overview.readiness, 'self'),
  ];
  if (shown.length > 0)
    blocks.push({ type: 'actions', block_id: 'overview_actions', elements: shown } satisfies ActionsBlock);
  return blocks;
}
