/**
 * The nudge settings modal (`/pathway settings`) and the short answers to
 * `/pathway away`, `back`, `pause`, `resume` and the snooze button.
 */
import type { ModalView, PlainTextOption } from '@slack/types';
import { MUTABLE_KINDS, type MutableKind } from '../domain/schedule/kinds.js';
import { english, type Translator } from '../i18n/index.js';
import type { AwayPeriod, NudgeSettings } from '../services/settings.js';
import type { RenderedMessage } from './nudges.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const NUDGE_SETTINGS_CALLBACK = 'nudge_settings_submit';
export const NUDGE_KINDS_BLOCK = 'nudge_kinds';
export const NUDGE_KINDS_ACTION = 'nudge_kinds';

function kindLabel(kind: MutableKind, t: Translator): string {
  return t.t(`settings.kind.${kind}.label`);
}

function kindOption(kind: MutableKind, t: Translator): PlainTextOption {
  return {
    text: plain(kindLabel(kind, t), LIMITS.optionText),
    description: plain(t.t(`settings.kind.${kind}.description`), LIMITS.optionText),
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

export function nudgeSettingsModal(settings: NudgeSettings, t: Translator = english): ModalView {
  const shown = shownKinds(settings);
  const initial = shown.filter((kind) => settings.enabled.includes(kind)).map((kind) => kindOption(kind, t));
  const status = settings.paused ? t.t('settings.modal.paused') : t.t('settings.modal.on');
  return {
    type: 'modal',
    callback_id: NUDGE_SETTINGS_CALLBACK,
    title: plain(t.t('settings.modal.title'), LIMITS.modalTitle),
    submit: plain(t.t('settings.modal.submit'), LIMITS.modalTitle),
    close: plain(t.t('settings.modal.cancel'), LIMITS.modalTitle),
    blocks: [
      { type: 'context', elements: [mrkdwn(status)] },
      {
        type: 'input',
        block_id: NUDGE_KINDS_BLOCK,
        optional: true,
        label: plain(t.t('settings.modal.kinds')),
        element: {
          type: 'checkboxes',
          action_id: NUDGE_KINDS_ACTION,
          options: shown.map((kind) => kindOption(kind, t)),
          ...(initial.length > 0 ? { initial_options: initial } : {}),
        },
      },
    ],
  };
}

function reply(text: string, emoji: string): RenderedMessage {
  return { text, blocks: [{ type: 'section', text: mrkdwn(`${emoji} ${text}`) }] };
}

export function awayReply(period: AwayPeriod, t: Translator = english): RenderedMessage {
  return reply(t.t('settings.reply.away', { date: t.date(period.until) }), ':palm_tree:');
}

export function backReply(period: AwayPeriod | undefined, t: Translator = english): RenderedMessage {
  return period
    ? reply(t.t('settings.reply.back'), ':wave:')
    : reply(t.t('settings.reply.notAway'), ':information_source:');
}

export function pauseReply(changed: boolean, t: Translator = english): RenderedMessage {
  return reply(changed ? t.t('settings.reply.paused') : t.t('settings.reply.alreadyPaused'), ':double_vertical_bar:');
}

export function resumeReply(changed: boolean, t: Translator = english): RenderedMessage {
  return reply(changed ? t.t('settings.reply.resumed') : t.t('settings.reply.notPaused'), ':arrow_forward:');
}

export function snoozedReply(title: string, until: string, t: Translator = english): RenderedMessage {
  return reply(t.t('settings.reply.snoozed', { title: userText(truncate(title, 300)), date: t.date(until) }), ':zzz:');
}

export function settingsSavedReply(enabled: readonly MutableKind[], t: Translator = english): RenderedMessage {
  // Inside a sentence the names go lower case, except in German, where nouns keep their capital.
  const names = enabled.map((kind) => (t.language === 'de' ? kindLabel(kind, t) : kindLabel(kind, t).toLowerCase()));
  return reply(
    names.length > 0 ? t.t('settings.reply.saved', { kinds: names.join(', ') }) : t.t('settings.reply.savedNone'),
    ':white_check_mark:',
  );
}
