/**
 * formModal and noticeView with their Cancel / OK in the reader's language: the shared builders
 * (modals.ts) still write those in English, and a German form with an English "Cancel" reads as broken.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import type { Translator } from '../i18n/index.js';
import { formModal, noticeView } from './modals.js';
import { LIMITS, plain } from './text.js';

export function readerFormModal(
  callbackId: string,
  metadata: object,
  title: string,
  submit: string,
  blocks: KnownBlock[],
  t: Translator,
): ModalView {
  const view = formModal(callbackId, metadata, title, submit, blocks);
  return t.language === 'en' ? view : { ...view, close: plain(t.t('conversations.modal.cancel'), LIMITS.modalTitle) };
}

export function readerNoticeView(title: string, text: string, t: Translator): ModalView {
  const view = noticeView(title, text);
  return t.language === 'en' ? view : { ...view, close: plain(t.t('conversations.modal.ok'), LIMITS.modalTitle) };
}
