/**
 * Thanks that count: the "Thank for this" form (message shortcut, or `/pathway thanks` alone), the
 * recipient's DM and the thanker's confirmation. Never a count of thanks anywhere.
 */
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MAX_THANKS_LENGTH } from '../domain/feedback.js';
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
): ModalView {
  const options: PlainTextOption[] = signals
    .slice(0, 100)
    .map((signal) => ({ text: plain(signal.title, LIMITS.optionText), value: signal.key }));
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          'Your thanks goes to them in a DM and into their wins log, where they and their manager see it as evidence. It reaches a channel only if they choose to share it. Thanks are never counted or ranked.',
        ),
      ],
    },
    {
      type: 'input',
      block_id: THANKS_FIELDS.to,
      label: plain('Who to thank', 2000),
      element: {
        type: 'users_select',
        action_id: THANKS_FIELDS.to,
        ...(prefill.to ? { initial_user: prefill.to } : {}),
      },
    },
    {
      type: 'input',
      block_id: THANKS_FIELDS.reason,
      label: plain('Thanks for…', 2000),
      hint: plain('What they did, in a line: “running the Q3 workshop”.', 2000),
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
      label: plain('The signal it shows', 2000),
      hint: plain('Kept on their readiness case when it is a signal of the role they are working towards.', 2000),
      element: { type: 'multi_static_select', action_id: THANKS_FIELDS.signals, options, max_selected_items: 3 },
    });
  }
  return formModal(THANKS_CALLBACK, { link: prefill.link }, 'Say thanks', 'Send thanks', blocks);
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

/** The recipient's DM. */
export function thanksNotice(details: ThanksNotice): OutboxPayload {
  const shows =
    details.signalTitles.length > 0
      ? `\n_Shows: ${details.signalTitles.map((title) => userText(title)).join(', ')}_`
      : '';
  const link = details.link ? `\n<${details.link}|The message>` : '';
  const kept = details.kept
    ? 'It is in your wins log (`/pathway wins`), where you and your manager see it as evidence.'
    : 'Start a pathway with `/pathway plan` to keep thanks like this as evidence.';
  const text = `:pray: ${mention(details.thanker.slackUserId)} thanked you for: ${userText(truncate(details.reason, MAX_THANKS_LENGTH))}`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`${text}${shows}${link}`) },
      { type: 'context', elements: [mrkdwn(kept)] },
    ],
  };
}

export const THANKS_SENT =
  'Pathway sends them your thanks in a DM and keeps it in their wins log when they are on a pathway. It goes to a channel only if they choose to share it.';

export function thanksSentText(recipient: string): string {
  return `:pray: Thanks sent to ${mention(recipient)}. ${THANKS_SENT}`;
}

export function thanksSentView(recipient: string): ModalView {
  return noticeView('Thanks sent', thanksSentText(recipient));
}
