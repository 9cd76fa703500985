/**
 * Thanks that count: the "Thank for this" form (message shortcut, or `/pathway thanks` alone), the
 * recipient's DM and the thanker's confirmation. Never a count of thanks anywhere.
 */
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MAX_THANKS_LENGTH } from '../domain/feedback.js';
import type { Language } from '../domain/language.js';
import { english, type Translator, translator } from '../i18n/index.js';
import type { OutboxPayload } from '../services/outbox.js';
import type { ThanksNotice } from '../services/thanks.js';
import { formModal, noticeView } from './modals.js';
import { selectedUsers, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, plain, truncate, userText } from './text.js';

export const THANKS_SHORTCUT = 'thank_for_this';
export const THANKS_CALLBACK = 'thanks_submit';
export const THANKS_FIELDS = { to: 'th_to', reason: 'th_reason', signals: 'th_signals' } as const;

export const thanksMetadataSchema = z.object({ link: z.string().max(2000).nullable() });

/** Who to thank, what for, and (optionally) which signals it shows. */
export function thanksModal(
  prefill: { to: string | null; reason: string; link: string | null },
  signals: ReadonlyArray<{ key: string; title: string }>,
  t: Translator = english,
): ModalView {
  const options: PlainTextOption[] = signals
    .slice(0, 100)
    .map((signal) => ({ text: plain(signal.title, LIMITS.optionText), value: signal.key }));
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [mrkdwn(t.t('thanks.form.intro'))] },
    {
      type: 'input',
      block_id: THANKS_FIELDS.to,
      label: plain(t.t('thanks.form.to'), 2000),
      element: {
        type: 'users_select',
        action_id: THANKS_FIELDS.to,
        ...(prefill.to ? { initial_user: prefill.to } : {}),
      },
    },
    {
      type: 'input',
      block_id: THANKS_FIELDS.reason,
      label: plain(t.t('thanks.form.reason'), 2000),
      hint: plain(t.t('thanks.form.reasonHint'), 2000),
      element: {
        type: 'plain_text_input',
        action_id: THANKS_FIELDS.reason,
        multiline: true,
        max_length: MAX_THANKS_LENGTH,
        ...(prefill.reason ? { initial_value: truncate(prefill.reason, MAX_THANKS_LENGTH) } : {}),
      },
    },
  ];
  if (options.length > 0) {
    blocks.push({
      type: 'input',
      block_id: THANKS_FIELDS.signals,
      optional: true,
      label: plain(t.t('thanks.form.signals'), 2000),
      hint: plain(t.t('thanks.form.signalsHint'), 2000),
      element: { type: 'multi_static_select', action_id: THANKS_FIELDS.signals, options, max_selected_items: 3 },
    });
  }
  return formModal(
    THANKS_CALLBACK,
    { link: prefill.link },
    t.t('thanks.form.title'),
    t.t('thanks.form.submit'),
    blocks,
    t,
  );
}

export function readThanksForm(state: ViewState): {
  to: string | undefined;
  reason: string | undefined;
  signalKeys: string[];
} {
  return {
    to: selectedUsers(state, THANKS_FIELDS.to, THANKS_FIELDS.to)[0],
    reason: textValue(state, THANKS_FIELDS.reason, THANKS_FIELDS.reason),
    signalKeys: selectedValues(state, THANKS_FIELDS.signals, THANKS_FIELDS.signals),
  };
}

/** The recipient's DM, in the recipient's language. */
export function thanksNotice(details: ThanksNotice, language?: Language): OutboxPayload {
  const t = translator(language);
  const shows =
    details.signalTitles.length > 0
      ? `\n${t.t('thanks.dm.shows', { titles: details.signalTitles.map((title) => userText(title)).join(', ') })}`
      : '';
  const link = details.link ? `\n<${details.link}|${t.t('thanks.dm.link')}>` : '';
  const kept = details.kept ? t.t('thanks.dm.kept') : t.t('thanks.dm.notKept');
  const text = t.t('thanks.dm.text', {
    who: mention(details.thanker.slackUserId),
    reason: userText(truncate(details.reason, MAX_THANKS_LENGTH)),
  });
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`${text}${shows}${link}`) },
      { type: 'context', elements: [mrkdwn(kept)] },
    ],
  };
}

export function thanksSentText(recipient: string, t: Translator = english): string {
  return t.t('thanks.sent', { who: mention(recipient) });
}

export function thanksSentView(recipient: string, t: Translator = english): ModalView {
  return noticeView(t.t('thanks.sent.title'), thanksSentText(recipient, t), t);
}
