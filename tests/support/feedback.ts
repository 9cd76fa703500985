/**
 * The feedback flow as Slack carries it, for the end-to-end tests: the ask form opened and
 * submitted, and a colleague pressing Answer in their DM and filling in the answer form.
 */

import type { DriverResult, FakeMessage } from '@pathway/fake-slack';
import { expect } from 'vitest';
import {
  FEEDBACK_ANSWER_ACTION,
  FEEDBACK_ANSWER_CALLBACK,
  FEEDBACK_ASK_CALLBACK,
  FEEDBACK_FIELDS,
  feedbackChoiceBlockId,
  feedbackCommentBlockId,
} from '../../src/blocks/feedback.js';
import type { TestApp } from './app-harness.js';
import { nextCall, type OpenedView, openedView, submitModal } from './slack-ui.js';

/** Types `/pathway <text>` (a feedback command) as `userId`; returns the ask form as Slack holds it. */
export async function openAskForm(t: TestApp, userId: string, text: string): Promise<OpenedView> {
  const opened = nextCall(t, 'views.open');
  const request = await t.driver.slashCommand({ userId, text });
  expect(request.status).toBe(200);
  return openedView(await opened);
}

/** The signal keys the ask form offers, in order. */
export function askedSignalKeys(form: OpenedView): string[] {
  const blocks = form.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }>;
  return blocks
    .find((block) => block.block_id === FEEDBACK_FIELDS.signals)!
    .element!.options!.map((option) => option.value);
}

/** Submits the ask form as `userId`, asking `colleagues` about the signals `keys`. */
export function submitAskForm(
  t: TestApp,
  userId: string,
  form: OpenedView,
  colleagues: string[],
  keys: string[],
): Promise<DriverResult> {
  const values = {
    [FEEDBACK_FIELDS.colleagues]: {
      [FEEDBACK_FIELDS.colleagues]: { type: 'multi_users_select', selected_users: colleagues },
    },
    [FEEDBACK_FIELDS.signals]: {
      [FEEDBACK_FIELDS.signals]: { type: 'checkboxes', selected_options: keys.map((value) => ({ value })) },
    },
  };
  return submitModal(t, userId, FEEDBACK_ASK_CALLBACK, form, values);
}

/** The request id the Answer button of a feedback DM carries. */
export function answerButtonValue(blocks: unknown): string {
  const actions = (blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).find(
    (block) => block.type === 'actions',
  )!;
  return actions.elements!.find((element) => element.action_id === FEEDBACK_ANSWER_ACTION)!.value;
}

/** `userId` presses Answer in the feedback DM `dm` (for the request it carries unless given). */
export function pressAnswer(
  t: TestApp,
  userId: string,
  dm: FakeMessage,
  requestId = answerButtonValue(dm.blocks),
): Promise<DriverResult> {
  return t.driver.blockAction({
    userId,
    actionId: FEEDBACK_ANSWER_ACTION,
    blockId: 'feedback_answer',
    value: requestId,
    container: { channelId: dm.channel, messageTs: dm.ts, blocks: dm.blocks as unknown[] },
  });
}

export interface FeedbackAnswer {
  /** Signal key → the choice: a rating ('1'..'4') or 'unseen'. */
  choices: Record<string, string>;
  /** Signal key → a comment. */
  comments?: Record<string, string>;
  /** Share the answer under the colleague's name. */
  named?: boolean;
}

/** `userId` presses Answer in the feedback DM `dm`; returns the answer form as Slack holds it. */
export async function openAnswerForm(
  t: TestApp,
  userId: string,
  dm: FakeMessage,
  requestId?: string,
): Promise<OpenedView> {
  const opened = nextCall(t, 'views.open');
  await pressAnswer(t, userId, dm, requestId);
  return openedView(await opened);
}

/** Submits the answer form `form` as `userId`. */
export function submitAnswerForm(
  t: TestApp,
  userId: string,
  form: OpenedView,
  answer: FeedbackAnswer,
): Promise<DriverResult> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [key, choice] of Object.entries(answer.choices)) {
    values[feedbackChoiceBlockId(key)] = {
      [FEEDBACK_FIELDS.choice]: { type: 'radio_buttons', selected_option: { value: choice } },
    };
    values[feedbackCommentBlockId(key)] = {
      [FEEDBACK_FIELDS.comment]: { type: 'plain_text_input', value: answer.comments?.[key] ?? null },
    };
  }
  values[FEEDBACK_FIELDS.named] = {
    [FEEDBACK_FIELDS.named]: { type: 'checkboxes', selected_options: answer.named ? [{ value: 'named' }] : [] },
  };
  return submitModal(t, userId, FEEDBACK_ANSWER_CALLBACK, form, values);
}
