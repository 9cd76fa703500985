/**
 * People-data rights: the erase confirmation modal and its outcome, and the
 * note sent with a data export, in the reader's language.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { english, type Translator } from '../i18n/index.js';
import { LIMITS, mrkdwn, plain } from './text.js';

export const DATA_DELETE_CALLBACK_ID = 'data_delete';
export const DATA_DELETE_BLOCK_ID = 'confirm';
export const DATA_DELETE_ACTION_ID = 'value';
/** What the person types to confirm, so an erase is never one stray click. The same word in every language, like the command words. */
export const DELETE_CONFIRMATION_WORD = 'delete';

function deleteModal(t: Translator, close: string, blocks: KnownBlock[], submit?: string): ModalView {
  return {
    type: 'modal',
    callback_id: DATA_DELETE_CALLBACK_ID,
    title: plain(t.t('dataRights.title'), LIMITS.modalTitle),
    ...(submit ? { submit: plain(submit) } : {}),
    close: plain(close),
    blocks,
  };
}

export function deleteConfirmModal(t: Translator = english): ModalView {
  return deleteModal(
    t,
    t.t('dataRights.keep'),
    [
      { type: 'section', text: mrkdwn(t.t('dataRights.explain')) },
      { type: 'context', elements: [mrkdwn(t.t('dataRights.copyFirst'))] },
      {
        type: 'input',
        block_id: DATA_DELETE_BLOCK_ID,
        label: plain(t.t('dataRights.confirmLabel', { word: DELETE_CONFIRMATION_WORD })),
        element: { type: 'plain_text_input', action_id: DATA_DELETE_ACTION_ID, max_length: 20 },
      },
    ],
    t.t('dataRights.submit'),
  );
}

/** The field's error when the confirmation word was not typed. */
export function deleteConfirmError(t: Translator = english): string {
  return t.t('dataRights.confirmError', { word: DELETE_CONFIRMATION_WORD });
}

export function dataErasingView(t: Translator = english): ModalView {
  return deleteModal(t, t.t('dataRights.close'), [{ type: 'section', text: mrkdwn(t.t('dataRights.erasing')) }]);
}

export function dataDeletedView(t: Translator = english): ModalView {
  return deleteModal(t, t.t('dataRights.done'), [{ type: 'section', text: mrkdwn(t.t('dataRights.deleted')) }]);
}

export function dataDeleteFailedView(reference: string, t: Translator = english): ModalView {
  return deleteModal(t, t.t('dataRights.close'), [
    { type: 'section', text: mrkdwn(t.t('dataRights.failed', { reference })) },
  ]);
}

export function exportSentBlocks(t: Translator = english): { text: string; blocks: KnownBlock[] } {
  const text = t.t('dataRights.exportSent');
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:package: ${text} ${t.t('dataRights.exportSentMore')}`) }] };
}

/** The file's comment and title in the DM. */
export function exportFileWords(day: string, t: Translator = english): { comment: string; title: string } {
  return { comment: t.t('dataRights.exportComment'), title: t.t('dataRights.exportTitle', { day }) };
}
