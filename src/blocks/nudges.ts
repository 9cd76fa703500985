/**
 * The scheduler's direct messages: milestone nudges (with done / move the date
 * / snooze buttons), check-in reminders, manager reminders, the weekly manager
 * digest and the away summary. Pure functions of the planned content, rendered at send time in
 * the recipient's language (`t`).
 */
import type { ActionsBlock, KnownBlock } from '@slack/types';
import { daysBetween } from '../domain/dates.js';
import { type NudgeStage, SNOOZE_DAYS } from '../domain/schedule/nudges.js';
import type { DigestEntry, MessageContent, MilestoneFacts } from '../domain/schedule/plan.js';
import { english, type Translator } from '../i18n/index.js';
import { CHECKIN_OPEN_ACTION } from './checkin.js';
import { ASSESS_COMPETENCIES_TEMPLATE_KEY, assessButton } from './competencies.js';
import { LIMITS, mrkdwn, namedLabel, plain, resourcesText, truncate, userText } from './text.js';

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

function hint(t: Translator): KnownBlock {
  return { type: 'context', elements: [mrkdwn(t.t('nudge.hint'))] };
}

function titleOf(milestone: MilestoneFacts): string {
  return `*${milestone.position}.* ${userText(truncate(milestone.title, 300))}`;
}

function stageSentence(stage: NudgeStage, milestone: MilestoneFacts, today: string, t: Translator): string {
  const days = daysBetween(milestone.dueDate, today);
  const values = { title: titleOf(milestone), date: t.date(milestone.dueDate) };
  switch (stage) {
    case 'before':
      return t.t('nudge.before', { ...values, days: -days });
    case 'due':
      return t.t('nudge.due', values);
    default:
      return t.t('nudge.overdue', { ...values, days });
  }
}

export { resourcesText };

function resourcesContext(resources: readonly { title: string; url: string }[], t: Translator): KnownBlock[] {
  const text = resourcesText(resources, undefined, t);
  return text ? [{ type: 'context', elements: [mrkdwn(text)] }] : [];
}

export function milestoneActions(milestoneId: string, title: string, t: Translator = english): ActionsBlock {
  const label = (key: 'nudge.label.done' | 'nudge.label.move' | 'nudge.label.snooze') =>
    namedLabel((object) => t.t(key, { title: object, days: SNOOZE_DAYS }), title);
  return {
    type: 'actions',
    block_id: `nudge_${milestoneId}`.slice(0, 255),
    elements: [
      {
        type: 'button',
        action_id: NUDGE_ACTIONS.done,
        text: plain(t.t('nudge.button.done'), LIMITS.buttonText),
        accessibility_label: label('nudge.label.done'),
        style: 'primary',
        value: milestoneId,
      },
      {
        type: 'button',
        action_id: NUDGE_ACTIONS.move,
        text: plain(t.t('nudge.button.move'), LIMITS.buttonText),
        accessibility_label: label('nudge.label.move'),
        value: milestoneId,
      },
      {
        type: 'button',
        action_id: NUDGE_ACTIONS.snooze,
        text: plain(t.t('nudge.button.snooze', { days: SNOOZE_DAYS }), LIMITS.buttonText),
        accessibility_label: label('nudge.label.snooze'),
        value: milestoneId,
      },
    ],
  };
}

function mentionList(entries: readonly DigestEntry[], t: Translator): string {
  const shown = entries.slice(0, DIGEST_NAMES_PER_SECTION).map((entry) => `<@${entry.slackUserId}>`);
  const more = entries.length - shown.length;
  return more > 0 ? t.t('digest.more', { names: shown.join(', '), count: more }) : shown.join(', ');
}

function plainName(entry: DigestEntry, t: Translator): string {
  return entry.displayName ?? t.t('managerReminder.someone');
}

/** A scheduled message in the recipient's language (English when not given). */
/** The self-assessment milestone opens the competency modal from its nudge, as its row on Home does. */
function withAssessButton(actions: ActionsBlock, milestone: MilestoneFacts, t: Translator): ActionsBlock {
  if (milestone.templateKey !== ASSESS_COMPETENCIES_TEMPLATE_KEY) return actions;
  return { ...actions, elements: [assessButton(milestone.id, milestone.title, t), ...actions.elements] };
}

export function renderScheduled(content: MessageContent, t: Translator = english): RenderedMessage {
  switch (content.kind) {
    case 'milestone_nudge': {
      const sentence = stageSentence(content.stage, content.milestone, content.today, t);
      const textKey =
        content.stage === 'before'
          ? 'nudge.text.before'
          : content.stage === 'due'
            ? 'nudge.text.due'
            : 'nudge.text.overdue';
      return {
        text: t.t(textKey, { position: content.milestone.position }),
        blocks: [
          { type: 'section', text: mrkdwn(sentence) },
          ...resourcesContext(content.milestone.resources ?? [], t),
          withAssessButton(milestoneActions(content.milestone.id, content.milestone.title, t), content.milestone, t),
          hint(t),
        ],
      };
    }
    case 'checkin_reminder':
      return {
        text: t.t('checkinReminder.text'),
        blocks: [
          { type: 'section', text: mrkdwn(t.t('checkinReminder.body', { goal: userText(content.goalTitle) })) },
          {
            type: 'actions',
            block_id: 'checkin_reminder_actions',
            elements: [
              {
                type: 'button',
                action_id: CHECKIN_OPEN_ACTION,
                text: plain(t.t('checkinReminder.button'), LIMITS.buttonText),
                accessibility_label: t.t('checkinReminder.label'),
                style: 'primary',
                value: 'reminder',
              },
            ],
          },
          hint(t),
        ],
      };
    case 'manager_reminder':
      return {
        text: t.t('managerReminder.text', { name: plainName(content.report, t) }),
        blocks: [
          {
            type: 'section',
            text: mrkdwn(
              t.t('managerReminder.body', {
                mention: `<@${content.report.slackUserId}>`,
                date: t.date(content.dueDate),
              }),
            ),
          },
          hint(t),
        ],
      };
    case 'manager_digest': {
      const { digest } = content;
      const sections: Array<[string, readonly DigestEntry[]]> = [
        [t.t('digest.onTrack'), digest.onTrack],
        [t.t('digest.overdue'), digest.overdue],
        [t.t('digest.stalled'), digest.stalled],
        [t.t('digest.awaitingCalibration'), digest.awaitingCalibration],
        [t.t('digest.noConversation'), digest.noConversation ?? []],
      ];
      const lines = sections
        .filter(([, entries]) => entries.length > 0)
        .map(([label, entries]) =>
          t.t('digest.line', { label, count: entries.length, names: mentionList(entries, t) }),
        );
      return {
        text: t.t('digest.text', { week: content.week }),
        blocks: [
          { type: 'header', text: plain(t.t('digest.header'), LIMITS.headerText) },
          { type: 'section', text: mrkdwn(lines.length > 0 ? lines.join('\n') : t.t('digest.empty')) },
          { type: 'context', elements: [mrkdwn(t.t('digest.footer'))] },
        ],
      };
    }
    case 'away_summary': {
      const shown = content.fellDue.slice(0, AWAY_SUMMARY_MILESTONES);
      const lines = shown.map((milestone) =>
        t.t('away.milestone', { title: titleOf(milestone), date: t.date(milestone.dueDate) }),
      );
      if (content.fellDue.length > shown.length)
        lines.push(t.t('away.more', { count: content.fellDue.length - shown.length }));
      if (content.checkInDue !== undefined) lines.push(t.t('away.checkin', { date: t.date(content.checkInDue) }));
      return {
        text: t.t('away.text'),
        blocks: [
          {
            type: 'section',
            text: mrkdwn(t.t('away.intro', { from: t.date(content.awayFrom), until: t.date(content.awayUntil) })),
          },
          { type: 'section', text: mrkdwn(lines.join('\n')) },
          { type: 'context', elements: [mrkdwn(t.t('away.footer'))] },
        ],
      };
    }
  }
}
