/**
 * The person's overview: the ephemeral answer to `/pathway` and the top of the
 * Home tab. One builder, two surfaces, so both always agree.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { formatDate } from '../domain/dates.js';
import type { MilestoneView, Overview, PathwayView } from '../services/overview.js';
import { CHECKIN_OPEN_ACTION } from './checkin.js';
import { readinessCaseButton } from './evidence.js';
import { moveAnswerButtons } from './goals.js';
import { readinessBlocks } from './readiness.js';
import { LIMITS, mrkdwn, namedLabel, plain, userText } from './text.js';

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
export const KIND_WORDS: Record<MilestoneView['kind'], string> = {
  course: 'course',
  project: 'stretch project',
  mentoring: 'mentoring',
  certification: 'certification',
  exposure: 'shadowing and exposure to new work',
  other: 'other',
};

export function whenDue(milestone: MilestoneView): string {
  if (milestone.done) return `done ${milestone.doneDate ? formatDate(milestone.doneDate) : ''}`.trim();
  const days = milestone.daysLeft ?? 0;
  if (days < 0)
    return `:warning: *overdue* by ${-days} day${days === -1 ? '' : 's'} (was due ${formatDate(milestone.dueDate)})`;
  if (days === 0) return '*due today*';
  if (days === 1) return 'due tomorrow';
  return `due ${formatDate(milestone.dueDate)} (in ${days} days)`;
}

export function milestoneLine(milestone: MilestoneView): string {
  const title = milestone.link ? `<${milestone.link}|${userText(milestone.title)}>` : userText(milestone.title);
  const shownTitle = milestone.done || milestone.notNeeded ? `~${title}~` : title;
  const agreed = milestone.agreed ? ' · :handshake: agreed with your manager' : '';
  if (milestone.notNeeded)
    return `:heavy_minus_sign: *${milestone.position}.* ${shownTitle} — not needed (goal reached first)${agreed}`;
  // The kind in words too: an emoji alone says nothing to a screen reader or a newcomer.
  return `${milestone.done ? ':white_check_mark:' : KIND_EMOJI[milestone.kind]} *${milestone.position}.* ${shownTitle}${kindInWords(milestone.kind)} — ${whenDue(milestone)}${agreed}`;
}

/** " _(course)_" after a title; nothing for "other", which says nothing. */
export function kindInWords(kind: MilestoneView['kind']): string {
  return kind === 'other' ? '' : ` _(${KIND_WORDS[kind]})_`;
}

export function goalLine(pathway: PathwayView): string {
  const move = pathway.moveKind === 'ladder' ? 'a step up' : 'a move across';
  // A stage count only means something on a ladder of several stages ("stage 1 of 1" for a move across does not).
  const stage =
    pathway.moveKind === 'ladder' && pathway.goal.stageOrder && pathway.stageCount > 1
      ? `, stage ${pathway.goal.stageOrder} of ${pathway.stageCount}`
      : '';
  return `*Goal:* ${userText(pathway.goal.title)} (${move} from ${userText(pathway.from.title)}${stage}) by ${formatDate(pathway.targetDate)}`;
}

export const PLAN_OPEN_ACTION = 'plan_open';
export const GOAL_REACHED_ACTION = 'pathway_reached';

function progressLine(overview: Overview, pathway: PathwayView): string {
  const parts = [`${pathway.doneCount} of ${pathway.milestones.length} milestones done`];
  if (pathway.overdueCount > 0) parts.push(`${pathway.overdueCount} overdue`);
  parts.push(
    overview.lastCheckIn
      ? `last check-in ${overview.lastCheckIn.daysAgo === 0 ? 'today' : `${overview.lastCheckIn.daysAgo} days ago`}`
      : 'no check-in yet',
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

function reachedButton(pathway: PathwayView): Button {
  const open = pathway.milestones.filter((m) => !m.done && !m.notNeeded).length;
  const rest = open > 0 ? ` Your ${open} open milestone${open === 1 ? '' : 's'} will close as not needed.` : '';
  return {
    type: 'button',
    action_id: GOAL_REACHED_ACTION,
    text: plain('I moved into this role', LIMITS.buttonText),
    accessibility_label: namedLabel((t) => `I moved into this role: ${t}`, pathway.goal.title),
    ...(open === 0 ? { style: 'primary' as const } : {}),
    value: pathway.id,
    confirm: {
      title: plain('Goal reached?', 100),
      text: plain(
        `Have you moved into ${pathway.goal.title}? Your manager (or a Pathway admin, if you have none) is asked to confirm it; then your plan goes into your history.${rest}`,
        300,
      ),
      confirm: plain('Yes, ask them', 30),
      deny: plain('Not yet', 30),
    },
  };
}

/** What to do next from the overview or Home: plan (or re-plan), check in, see the readiness case, and the goal move. */
export function overviewActions(overview: Overview): Button[] {
  const pathway = overview.pathway;
  if (!pathway)
    return [
      {
        type: 'button',
        action_id: PLAN_OPEN_ACTION,
        text: plain('Start a plan', LIMITS.buttonText),
        accessibility_label: 'Start a plan for your next role',
        style: 'primary',
      },
    ];
  const actions: Button[] = [
    {
      type: 'button',
      action_id: PLAN_OPEN_ACTION,
      text: plain('Change plan', LIMITS.buttonText),
      accessibility_label: namedLabel((t) => `Change plan toward ${t}`, pathway.goal.title),
    },
    {
      type: 'button',
      action_id: CHECKIN_OPEN_ACTION,
      text: plain('Check in', LIMITS.buttonText),
      accessibility_label: namedLabel((t) => `Check in on your readiness for ${t}`, pathway.goal.title),
      value: pathway.id,
    },
    readinessCaseButton(pathway.id),
  ];
  if (pathway.move?.byManager) actions.unshift(...moveAnswerButtons(pathway.id, 'Yes, I moved'));
  else if (!pathway.move) actions.unshift(reachedButton(pathway));
  return actions;
}

/** A move waiting for confirmation, as the person sees it. */
export function moveLine(pathway: PathwayView): string | null {
  if (!pathway.move) return null;
  return pathway.move.byManager
    ? `:raised_hands: *Your manager says you have moved into ${userText(pathway.goal.title)}.* Confirm it and the goal is reached (open milestones close as not needed).`
    : `:hourglass_flowing_sand: You said you moved into ${userText(pathway.goal.title)} on ${formatDate(pathway.move.proposedOn)}; waiting for it to be confirmed.`;
}

/** The line shown instead of next milestones when none is open. */
export function nothingOpenText(pathway: PathwayView): string {
  if (pathway.milestones.length === 0)
    return '*No milestones yet.* Add one with `/pathway add <title> by <date>`, or just `/pathway add` for a form.';
  return (
    '*Every milestone is done.* :tada: Time for a readiness conversation with your manager: ' +
    'go through the signals of the role together (*Readiness case* shows what backs each one). Once you have moved into it, say so with *I moved into this role*: your manager confirms it.'
  );
}

/** Header, goal and progress: the top of both the overview and Home. */
export function pathwaySummaryBlocks(overview: Overview, pathway: PathwayView): KnownBlock[] {
  const move = moveLine(pathway);
  return [
    { type: 'header', text: plain('Your pathway') },
    { type: 'section', text: mrkdwn(goalLine(pathway)) },
    { type: 'context', elements: [mrkdwn(progressLine(overview, pathway))] },
    ...(move ? [{ type: 'section', text: mrkdwn(move) } satisfies KnownBlock] : []),
  ];
}

export function welcomeBlocks(actions: Button[]): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('Welcome to Pathway') },
    {
      type: 'section',
      text: mrkdwn(
        'Pathway turns your career framework into a plan you can act on:\n' +
          '• pick the role you are aiming for, a step up or a move across,\n' +
          '• get a timed set of milestones (courses, stretch projects, mentoring, certifications),\n' +
          '• check your readiness against the signals of that role, with your manager.',
      ),
    },
    {
      type: 'section',
      text: mrkdwn(
        '*Start here:* pick the role you are aiming for with *Start a plan*, or type `/pathway plan`. `/pathway help` lists everything you can type.',
      ),
    },
    {
      type: 'context',
      elements: [
        mrkdwn('Your check-ins are visible to you and your manager only. Celebrations in channels are opt-in.'),
      ],
    },
  ];
  if (actions.length > 0) blocks.splice(3, 0, { type: 'actions', block_id: 'welcome_actions', elements: actions });
  return blocks;
}

export function overviewBlocks(overview: Overview, actions: Button[] = overviewActions(overview)): KnownBlock[] {
  const pathway = overview.pathway;
  if (!pathway) return welcomeBlocks(actions);
  const next = upcoming(pathway);
  const blocks: KnownBlock[] = [
    ...pathwaySummaryBlocks(overview, pathway),
    {
      type: 'section',
      text: mrkdwn(
        next.length > 0 ? `*Next milestones*\n${next.map(milestoneLine).join('\n')}` : nothingOpenText(pathway),
      ),
    },
    ...readinessBlocks(overview.readiness, 'self'),
  ];
  if (actions.length > 0)
    blocks.push({ type: 'actions', block_id: 'overview_actions', elements: actions } satisfies ActionsBlock);
  return blocks;
}
