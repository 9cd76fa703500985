/**
 * What a person does in Slack and what Slack then holds, as the end-to-end tests drive and read it:
 * clicks in messages, DMs, modals and Home, the modals they open, and forms filled in and submitted.
 */

import type { DriverResult, RecordedCall } from '@pathway/fake-slack';
import { expect } from 'vitest';
import type { TestApp } from './app-harness.js';

export function textOf(value: unknown): string {
  return JSON.stringify(value);
}

/** The view argument of a views.open / views.update / views.publish call. */
export function viewOf(
  call: RecordedCall,
): { callback_id?: string; private_metadata?: string; blocks: { type: string; block_id?: string }[] } & Record<
  string,
  unknown
> {
  const view = call.args.view as { blocks: { type: string; block_id?: string }[] } & Record<string, unknown>;
  expect(Array.isArray(view.blocks)).toBe(true);
  return view;
}

type Element = Record<string, unknown> & { type: string; action_id: string };
type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** Elements that hold a value when they are a section's accessory (buttons and overflows hold none). */
const STATEFUL_ACCESSORIES = new Set(['static_select', 'datepicker', 'checkboxes', 'radio_buttons']);

/**
 * view.state.values as Slack would send them for a modal nobody has touched:
 * each input, and each stateful section accessory, holds its initial value;
 * then the fields in `changes` (block id → patch, as setField) as the user changed them.
 */
export function formValues(
  view: { blocks: { type: string; block_id?: string }[] },
  changes: Record<string, Record<string, unknown>> = {},
): StateValues {
  const values: StateValues = {};
  for (const block of view.blocks) {
    if (!block.block_id) continue;
    const holder = block as unknown as { element?: Element; accessory?: Element };
    const element =
      block.type === 'input'
        ? holder.element
        : block.type === 'section' && holder.accessory && STATEFUL_ACCESSORIES.has(holder.accessory.type)
          ? holder.accessory
          : undefined;
    if (!element) continue;
    const state: Record<string, unknown> = { type: element.type };
    switch (element.type) {
      case 'static_select':
        state.selected_option = element.initial_option ?? null;
        break;
      case 'datepicker':
        state.selected_date = element.initial_date ?? null;
        break;
      case 'checkboxes':
        state.selected_options = element.initial_options ?? [];
        break;
      default:
        state.value = element.initial_value ?? null;
    }
    values[block.block_id] = { [element.action_id]: state };
  }
  for (const [blockId, patch] of Object.entries(changes)) setField(values, blockId, patch);
  return values;
}

/** Sets one field of `values` (block id → the element's only action). */
export function setField(values: StateValues, blockId: string, patch: Record<string, unknown>): void {
  const actions = values[blockId];
  if (!actions) throw new Error(`no field ${blockId} in the form`);
  const actionId = Object.keys(actions)[0]!;
  actions[actionId] = { ...actions[actionId], ...patch };
}

export interface OpenedView {
  id: string;
  hash: string;
  view: ReturnType<typeof viewOf>;
}

/** The modal as Slack holds it after a views.open / views.update call (id and hash from the answer). */
export function openedView(call: RecordedCall): OpenedView {
  const answer = call.response?.view as { id?: string; hash?: string } | undefined;
  if (!answer?.id || !answer.hash) throw new Error(`${call.method} did not answer with a view`);
  return { id: answer.id, hash: answer.hash, view: viewOf(call) };
}

/** Clicks a button in an ephemeral message (a command's answer), as `userId`. */
export function clickInMessage(t: TestApp, userId: string, actionId: string, value: string): Promise<DriverResult> {
  return t.driver.blockAction({ userId, actionId, value, container: { isEphemeral: true } });
}

/** Clicks a button on `userId`'s Home tab. */
export function clickOnHome(t: TestApp, userId: string, actionId: string, value: string): Promise<DriverResult> {
  return t.driver.blockAction({ userId, actionId, value, view: { type: 'home', id: 'VHOME1' } });
}

/** Clicks a button in the open modal `viewId`, as `userId`. */
export function clickInModal(
  t: TestApp,
  userId: string,
  actionId: string,
  value: string,
  viewId: string,
): Promise<DriverResult> {
  return t.driver.blockAction({ userId, actionId, value, view: { type: 'modal', id: viewId } });
}

/** Clicks a button in a message of `userId`'s DM with the app, as `userId`. */
export function clickInDm(t: TestApp, userId: string, actionId: string, value: string): Promise<DriverResult> {
  return t.driver.blockAction({
    userId,
    actionId,
    value,
    container: { channelId: t.fake.dmChannelFor(userId), text: 'a message from Pathway' },
  });
}

/** Runs `click` and returns the modal it opened (or pushed, or updated: `method`) as Slack holds it. */
export async function modalOpenedBy(
  t: TestApp,
  click: () => Promise<unknown>,
  method: 'views.open' | 'views.push' | 'views.update' = 'views.open',
): Promise<OpenedView> {
  const opened = nextCall(t, method);
  await click();
  return openedView(await opened);
}

/** Submits `modal`, as Slack holds it, with `values`, as `userId`. */
export function submitModal(
  t: TestApp,
  userId: string,
  callbackId: string,
  modal: OpenedView,
  values: StateValues,
): Promise<DriverResult> {
  return t.driver.viewSubmission({
    userId,
    callbackId,
    viewId: modal.id,
    values,
    privateMetadata: String(modal.view.private_metadata),
    blocks: modal.view.blocks,
  });
}

/** The next `method` call after the ones already recorded (waitForCall alone would return an earlier one). */
export function nextCall(t: TestApp, method: string, timeoutMs = 10_000): Promise<RecordedCall> {
  const before = t.fake.callsTo(method).length;
  return t.fake.waitForCall(method, (call) => t.fake.callsTo(method).indexOf(call) >= before, timeoutMs);
}

/** The values of the buttons with `actionId` in a JSON answer, whatever the order of their keys. */
export function buttonValues(json: string, actionId: string): string[] {
  const values: string[] = [];
  JSON.parse(json, (_key, node: unknown) => {
    const element = node as { action_id?: unknown; value?: unknown } | null;
    if (element?.action_id === actionId && typeof element.value === 'string') values.push(element.value);
    return node;
  });
  return values;
}
