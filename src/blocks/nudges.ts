/**
 * The scheduler's direct messages: milestone nudges (with done / move the date
 * / snooze buttons), check-in reminders, manager reminders, the weekly manager
 * digest and the away summary. Pure functions of the planned content.
 */
import type { ActionsBlock, KnownBlock } from '@slack/types';
import { daysBetween, formatDate } from '../domain/dates.js';
import { SNOOZE_DAYS, type NudgeStage } from '../domain/schedule/nudges.js';
import type { DigestEntry, MessageContent, MilestoneFacts } from '../domain/schedule/plan.js';
import { CHECKIN_OPEN_ACTION } from './checkin.js';
import { LIMITS, mrkdwn, plain, resourcesText, truncate, userText } from './text.js';
import { namedLabel } from './text.js';

/** Action ids; `milestone_done` and `milestone_move` are answered by the pathway listeners. */
export const NUDGE_ACTIONS = { done: 'milestone_done', move: 'milestone_move', snooze: 'milestone_snooze' } as const;
/** People named per digest section; the rest are counted. */
export const DIGEST_NAMES_PER_SECTION = 15;
/** Milestones listed in an away summary; the rest are counted. */
export const AWAY_SUMMARY_MILESTONES = 10;

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

const CONTROLS_HINT = 'Not now? `/pathway pause` stops every nudge, `/pathway settings` chooses which ones you get.';

function hint(): KnownBlock {
  return { type: 'context', elements: [mrkdwn(CONTROLS_HINT)] };
}

function titleOf(milestone: MilestoneFacts): string {
  return `*${milestone.position}.* ${userText(truncate(milestone.title, 300))}`;
}

function stageSentence(stage: NudgeStage, milestone: MilestoneFacts, today: string): string {
  const days = daysBetween(milestone.dueDate, today);
  switch (stage) {
    case 'before':
      return `:hourglass_flowing_sand: Coming up: ${titleOf(milestone)} is due ${formatDate(milestone.dueDate)} (in ${-days} day${days === -1 ? '' : 's'}).`;
    case 'due':
      return `:calendar: Today is the day: ${titleOf(milestone)} is due today.`;
    default:
      return `:warning: ${titleOf(milestone)} was due ${formatDate(milestone.dueDate)}, ${days} day${days === 1 ? '' : 's'} ago. Done already, or does it need a new date?`;
  }
}

export { resourcesText };

function resourcesContext(resources: readonly { title: string; url: string }[]): KnownBlock[] {
  const text = resourcesText(resources);
  return text ? [{ type: 'context', elements: [mrkdwn(text)] }] : [];
}

export function milestoneActions(milestoneId: string, title: string): ActionsBlock {
  return {
    type: 'actions',
    block_id: `nudge_${milestoneId}`.slice(0, 255),
    elements: [
      { type: 'button', action_id: NUDGE_ACTIONS.done, text: plain('Done', LIMITS.buttonText), accessibility_label: namedLabel((t) => `Mark '${t}' done`, title), style: 'primary', value: milestoneId },
      { type: 'button', action_id: NUDGE_ACTIONS.move, text: plain('Move the date', LIMITS.buttonText), accessibility_label: namedLabel((t) => `Move the date of '${t}'`, title), value: milestoneId },
      {
        type: 'button',
        action_id: NUDGE_ACTIONS.snooze,
        text: plain(`Snooze ${SNOOZE_DAYS} days`, LIMITS.buttonText),
        accessibility_label: namedLabel((t) => `Snooze ${SNOOZE_DAYS} days: '${t}'`, title),
        value: milestoneId,
      },
    ],
  };
}

function mentionList(entries: readonly DigestEntry[]): string {
  const shown = entries.slice(0, DIGEST_NAMES_PER_SECTION).map((entry) => `<@${entry.slackUserId}>`);
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function plainName(entry: DigestEntry): string {
  return entry.displayName ?? 'your report';
}

export function renderScheduled(content: MessageContent): RenderedMessage {
  switch (content.kind) {
    case 'milestone_nudge': {
      const sentence = stageSentence(content.stage, content.milestone, content.today);
      return {
        text: `Pathway: milestone ${content.milestone.position} ${content.stage === 'before' ? 'is coming up' : content.stage === 'due' ? 'is due today' : 'is overdue'}`,
        blocks: [
          { type: 'section', text: mrkdwn(sentence) },
          ...resourcesContext(content.milestone.resources ?? []),
          milestoneActions(content.milestone.id, content.milestone.title),
          hint(),
        ],
      };
    }
    case 'checkin_reminder':
      return {
        text: 'Pathway: a good moment for your readiness check-in',
        blocks: [
          {
            type: 'section',
            text: mrkdwn(
              `:compass: *A good moment for a readiness check-in.* Five minutes against the signals of *${userText(content.goalTitle)}*: ` +
                'your ratings start from last time, so you only change what moved, and each signal shows the evidence you have gathered for it.',
            ),
          },
          {
            type: 'actions',
            block_id: 'checkin_reminder_actions',
            elements: [{ type: 'button', action_id: CHECKIN_OPEN_ACTION, text: plain('Check in now', LIMITS.buttonText), accessibility_label: 'Check in now on your readiness', style: 'primary', value: 'reminder' }],
          },
          hint(),
        ],
      };
    case 'manager_reminder':
      return {
        text: `Pathway: a good moment to ask ${plainName(content.report)} about their readiness`,
        blocks: [
          {
            type: 'section',
            text: mrkdwn(
              `:seedling: <@${content.report.slackUserId}> could check in on their readiness again: their next check-in came round on ${formatDate(content.dueDate)}. ` +
                'A good moment to ask how it is going and what would help; `/pathway team` shows their plan and evidence.',
            ),
          },
          hint(),
        ],
      };
    case 'manager_digest': {
      const { digest } = content;
      const sections: Array<[string, readonly DigestEntry[]]> = [
        [':large_green_circle: *On track*', digest.onTrack],
        [':red_circle: *Overdue milestones*', digest.overdue],
        [':double_vertical_bar: *Stalled* (nothing moved in 30 days)', digest.stalled],
        [':scales: *Check-ins waiting for your view*', digest.awaitingCalibration],
        [':speech_balloon: *No development conversation within the cadence* (none planned: `/pathway conversation @name`)', digest.noConversation ?? []],
      ];
      const lines = sections.filter(([, entries]) => entries.length > 0).map(([label, entries]) => `${label} (${entries.length}): ${mentionList(entries)}`);
      return {
        text: `Pathway: your team this week (${content.week})`,
        blocks: [
          { type: 'header', text: plain(`Your team this week`, LIMITS.headerText) },
          { type: 'section', text: mrkdwn(lines.length > 0 ? lines.join('\n') : 'Nobody in your team has a pathway yet.') },
          { type: 'context', elements: [mrkdwn('Details: `/pathway team`. Mute this digest in `/pathway settings`.')] },
        ],
      };
    }
    case 'away_summary': {
      const shown = content.fellDue.slice(0, AWAY_SUMMARY_MILESTONES);
      const lines = shown.map((milestone) => `• ${titleOf(milestone)}: due ${formatDate(milestone.dueDate)}`);
      if (content.fellDue.length > shown.length) lines.push(`…and ${content.fellDue.length - shown.length} more in \`/pathway\`.`);
      if (content.checkInDue !== undefined) lines.push(`• Your readiness check-in (due ${formatDate(content.checkInDue)}): \`/pathway checkin\``);
      return {
        text: 'Pathway: welcome back, here is what fell due',
        blocks: [
          {
            type: 'section',
            text: mrkdwn(`:wave: Welcome back. While you were away (${formatDate(content.awayFrom)} to ${formatDate(content.awayUntil)}) this fell due:`),
          },
          { type: 'section', text: mrkdwn(lines.join('\n')) },
          { type: 'context', elements: [mrkdwn('Mark them done or move their dates in `/pathway`.')] },
        ],
      };
    }
  }
}
