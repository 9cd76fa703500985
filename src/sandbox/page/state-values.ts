/**
 * Turns the element a visitor used into what Slack sends: the `actions[]` object of a
 * block_actions payload and the entries of `view.state.values`. Pure: the page passes in the
 * element's JSON and what the control currently holds.
 */
import type { Json } from './render.js';

/** What an HTML control holds: one value, several (multi selects, checkboxes) or none. */
export type ControlValue =
  | { readonly kind: 'one'; readonly value: string }
  | { readonly kind: 'many'; readonly values: readonly string[] };

function options(element: Json): Json[] {
  const groups = Array.isArray(element.option_groups) ? (element.option_groups as unknown[]) : [];
  const lists =
    groups.length > 0
      ? groups.map((g) => (typeof g === 'object' && g !== null ? (g as Json).options : []))
      : [element.options];
  return lists.flatMap((l) =>
    Array.isArray(l) ? l.filter((o): o is Json => typeof o === 'object' && o !== null) : [],
  );
}

/** The option object Slack sends back for a value: `{ text, value }` (and description when set). */
function optionFor(element: Json, value: string): Json | null {
  const found = options(element).find((o) => o.value === value);
  if (found === undefined) return null;
  return {
    text: found.text,
    value: found.value,
    ...(found.description === undefined ? {} : { description: found.description }),
  };
}

function one(control: ControlValue): string | null {
  if (control.kind === 'one') return control.value === '' ? null : control.value;
  return control.values[0] ?? null;
}

function many(control: ControlValue): readonly string[] {
  return control.kind === 'many' ? control.values : control.value === '' ? [] : [control.value];
}

/** The element's state as in `view.state.values[block][action]`; undefined for elements without state (buttons). */
export function stateOf(element: Json, control: ControlValue): Json | undefined {
  const type = String(element.type ?? '');
  switch (type) {
    case 'button':
    case 'overflow':
      return undefined;
    case 'static_select':
    case 'external_select':
    case 'radio_buttons': {
      const value = one(control);
      return { type, selected_option: value === null ? null : optionFor(element, value) };
    }
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return { type, selected_options: many(control).flatMap((v) => optionFor(element, v) ?? []) };
    case 'users_select':
      return { type, selected_user: one(control) };
    case 'multi_users_select':
      return { type, selected_users: many(control) };
    case 'conversations_select':
      return { type, selected_conversation: one(control) };
    case 'multi_conversations_select':
      return { type, selected_conversations: many(control) };
    case 'channels_select':
      return { type, selected_channel: one(control) };
    case 'multi_channels_select':
      return { type, selected_channels: many(control) };
    case 'datepicker':
      return { type, selected_date: one(control) };
    case 'timepicker':
      return { type, selected_time: one(control) };
    case 'datetimepicker': {
      const value = one(control);
      return { type, selected_date_time: value === null ? null : Math.floor(Date.parse(`${value}:00Z`) / 1000) };
    }
    case 'file_input':
      return { type, files: [] };
    default:
      return { type, value: one(control) };
  }
}

/** The `actions[]` entry Slack sends when the element is used. */
export function actionOf(element: Json, blockId: string, control: ControlValue): Json {
  const type = String(element.type ?? '');
  const base: Json = { type, action_id: String(element.action_id ?? ''), block_id: blockId };
  if (type === 'button') {
    return {
      ...base,
      text: element.text,
      ...(element.value === undefined ? {} : { value: element.value }),
      ...(element.style === undefined ? {} : { style: element.style }),
    };
  }
  if (type === 'overflow') {
    const value = one(control);
    return { ...base, selected_option: value === null ? null : optionFor(element, value) };
  }
  const { type: _type, ...state } = stateOf(element, control) ?? {};
  return { ...base, ...state };
}
