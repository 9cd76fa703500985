/** The two modal shapes every form and answer shares, their Cancel / OK in the reader's language. */
import type { KnownBlock, ModalView } from '@slack/types';
import type { Translator } from '../i18n/index.js';
import { LIMITS, mrkdwn, plain } from './text.js';

/** A modal with inputs: what it is about travels in private_metadata (read back with the schemas above). */
export function formModal(
  callbackId: string,
  metadata: object,
  title: string,
  submit: string,
  blocks: KnownBlock[],
  t: Translator,
): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: JSON.stringify(metadata),
    title: plain(title, LIMITS.modalTitle),
    submit: plain(submit, LIMITS.modalTitle),
    close: plain(t.t('shared.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** A short modal for an answer to a button in the Home tab, where there is no message to reply to. */
export function noticeView(title: string, text: string, t: Translator): ModalView {
  return {
    type: 'modal',
    callback_id: 'notice',
    title: plain(title, LIMITS.modalTitle),
    close: plain(t.t('shared.ok'), LIMITS.modalTitle),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  };
}
