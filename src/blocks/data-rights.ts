/**
 * People-data rights: the erase confirmation modal and its outcome, and the
 * note sent with a data export.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { LIMITS, mrkdwn, plain } from './text.js';

export const DATA_DELETE_CALLBACK_ID = 'data_delete';
export const DATA_DELETE_BLOCK_ID = 'confirm';
export const DATA_DELETE_ACTION_ID = 'value';
/** What the person types to confirm, so an erase is never one stray click. */
export const DELETE_CONFIRMATION_WORD = 'delete';

export function deleteConfirmModal(): ModalView {
  return {
    type: 'modal',
    callback_id: DATA_DELETE_CALLBACK_ID,
    title: plain('Delete my data', LIMITS.modalTitle),
    submit: plain('Delete everything'),
    close: plain('Keep my data'),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          'This erases everything Pathway holds about you: your pathways and milestones, check-ins and ratings (including your manager’s), celebrations and the posts about them in channels, your settings, manager links and pending messages. *It cannot be undone.*',
        ),
      },
      { type: 'context', elements: [mrkdwn('Want a copy first? Close this and type `/pathway export`.')] },
      {
        type: 'input',
        block_id: DATA_DELETE_BLOCK_ID,
        label: plain(`Type "${DELETE_CONFIRMATION_WORD}" to confirm`),
        element: { type: 'plain_text_input', action_id: DATA_DELETE_ACTION_ID, max_length: 20 },
      },
    ],
  };
}

export function dataErasingView(): ModalView {
  return {
    type: 'modal',
    callback_id: DATA_DELETE_CALLBACK_ID,
    title: plain('Delete my data', LIMITS.modalTitle),
    close: plain('Close'),
    blocks: [{ type: 'section', text: mrkdwn(':hourglass_flowing_sand: Erasing your data and the posts about you…') }],
  };
}

export function dataDeletedView(): ModalView {
  return {
    type: 'modal',
    callback_id: DATA_DELETE_CALLBACK_ID,
    title: plain('Delete my data', LIMITS.modalTitle),
    close: plain('Done'),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          ':wastebasket: Done: everything Pathway held about you is erased. If you type `/pathway` again, you start afresh.',
        ),
      },
    ],
  };
}

export function dataDeleteFailedView(reference: string): ModalView {
  return {
    type: 'modal',
    callback_id: DATA_DELETE_CALLBACK_ID,
    title: plain('Delete my data', LIMITS.modalTitle),
    close: plain('Close'),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:face_with_head_bandage: Sorry, erasing failed on our side and nothing was deleted. Please try again; if it keeps happening, give your Pathway admin the reference ${reference}.`,
        ),
      },
    ],
  };
}

export function exportSentBlocks(): { text: string; blocks: KnownBlock[] } {
  const text = 'Your Pathway data is in your DM with Pathway, as a JSON file.';
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`:package: ${text} It holds everything Pathway keeps about you and nothing about anyone else.`),
      },
    ],
  };
}
