/**
 * The nudge settings modal (`/pathway settings`) and the short answers to
 * `/pathway away`, `back`, `pause`, `resume` and the snooze button.
 */
import type { ModalView, PlainTextOption } from '@slack/types';
import { formatDate } from '../domain/dates.js';
import { KIND_LABELS, MUTABLE_KINDS, type MutableKind } from '../domain/schedule/kinds.js';
import type { AwayPeriod, NudgeSettings } from '../services/settings.js';
import type { RenderedMessage } from './nudges.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const NUDGE_SETTINGS_CALLBACK = 'nudge_settings_submit';
export const NUDGE_KINDS_BLOCK = 'nudge_kinds';
export const NUDGE_KINDS_ACTION = 'nudge_kinds';

function kindOption(kind: MutableKind): PlainTextOption {
  return {
    text: plain(KIND_LABELS[kind].label, LIMITS.optionText),
    description: plain(KIND_LABELS[kind].description, LIMITS.optionText),
    value: kind,
  };
}

/** The kinds the modal offers: manager kinds only mean something to managers, mentoring's only while it is on. */
export function shownKinds(settings: Pick<NudgeSettings, 'isManager' | 'mentoringOn'>): MutableKind[] {
  return MUTABLE_KINDS.filter((kind) => {
    if (kind === 'manager_reminder' || kind === 'manager_digest') return settings.isManager;
    if (kind === 'mentor_checkin') return settings.mentoringOn;
    return true;
  });
}

export function nudgeSettingsModal(settings: NudgeSettings): ModalView {
  const shown = shownKinds(settings);
  const initial = shown.filter((kind) => settings.enabled.includes(kind)).map(kindOption);
  const status = settings.paused
    ? ':double_vertical_bar: All nudges are *paused*. `/pathway resume` turns them back on.'
    : 'Messages arrive in your working hours, in your own time zone. `/pathway pause` stops them all; `/pathway away until <date>` for time off.';
  return {
    type: 'modal',
    callback_id: NUDGE_SETTINGS_CALLBACK,
    title: plain('Nudge settings', LIMITS.modalTitle),
    submit: plain('Save', LIMITS.modalTitle),
    close: plain('Cancel', LIMITS.modalTitle),
    blocks: [
      { type: 'context', elements: [mrkdwn(status)] },
      {
        type: 'input',
        block_id: NUDGE_KINDS_BLOCK,
        optional: true,
        label: plain('What Pathway may send you'),
        element: {
          type: 'checkboxes',
          action_id: NUDGE_KINDS_ACTION,
          options: shown.map(kindOption),
          ...(initial.length > 0 ? { initial_options: initial } : {}),
        },
      },
    ],
  };
}

function reply(text: string, emoji: string): RenderedMessage {
  return { text, blocks: [{ type: 'section', text: mrkdwn(`${emoji} ${text}`) }] };
}

export function awayReply(period: AwayPeriod): RenderedMessage {
  return reply(
    `Enjoy your time off. No nudges until ${formatDate(period.until)}; when you are back you get one summary of what fell due. Back early? \`/pathway back\`.`,
    ':palm_tree:',
  );
}

export function backReply(period: AwayPeriod | undefined): RenderedMessage {
  return period
    ? reply(
        'Welcome back. Nudges are on again; a summary of what fell due while you were away follows in your working hours.',
        ':wave:',
      )
    : reply(
        'You were not marked as away, so nothing changed. For time off: `/pathway away until YYYY-MM-DD`.',
        ':information_source:',
      );
}

export function pauseReply(changed: boolean): RenderedMessage {
  return reply(
    changed
      ? 'All nudges and reminders are paused. `/pathway resume` turns them back on.'
      : 'Nudges were already paused. `/pathway resume` turns them back on.',
    ':double_vertical_bar:',
  );
}

export function resumeReply(changed: boolean): RenderedMessage {
  return reply(
    changed ? 'Nudges are back on, in your working hours.' : 'Nudges were not paused: nothing to resume.',
    ':arrow_forward:',
  );
}

export function snoozedReply(title: string, until: string): RenderedMessage {
  return reply(`Snoozed: no nudges about “${userText(truncate(title, 300))}” until ${formatDate(until)}.`, ':zzz:');
}

export function settingsSavedReply(enabled: readonly MutableKind[]): RenderedMessage {
  const names = enabled.map((kind) => KIND_LABELS[kind].label.toLowerCase());
  return reply(
    names.length > 0 ? `Saved. You get: ${names.join(', ')}.` : 'Saved. Pathway sends you no nudges or reminders.',
    ':white_check_mark:',
  );
}
