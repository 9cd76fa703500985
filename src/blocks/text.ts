/**
 * Text helpers for Block Kit. Anything a person typed goes through `userText`
 * before it is put into mrkdwn, so it cannot ping @channel, forge links or
 * change formatting.
 */
import type { Button, KnownBlock, MrkdwnElement, PlainTextElement } from '@slack/types';
import { english, type Translator } from '../i18n/index.js';

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  accessibilityLabel: 75,
  optionText: 75,
  optionValue: 150,
  modalTitle: 24,
  contextElements: 10,
  privateMetadata: 3000,
} as const;

/** Escapes Slack's control characters and breaks mrkdwn markers with a zero-width space. */
export function userText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_~`])/g, '$1\u200B')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200B$1');
}

/** Shortens to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function plain(text: string, max: number = LIMITS.sectionText): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** mrkdwn that Slack must not auto-link or auto-mention (verbatim). */
export function mrkdwn(text: string, max: number = LIMITS.sectionText): MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(text, max), verbatim: true };
}

/**
 * A screen-reader label that names what a control acts on ("Mark 'Course: consulting skills' done"),
 * so rows of identical Done / Edit buttons can be told apart. The object is cut, not the verb, so
 * the whole label fits Block Kit's limit.
 */
export function namedLabel(make: (object: string) => string, object: string): string {
  const room = LIMITS.accessibilityLabel - make('').length;
  // Read aloud, not rendered: markup characters are noise there, and a label must never carry a mention.
  const flat = object
    .replace(/[<>*_~`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(make(truncate(flat, Math.max(room, 12))), LIMITS.accessibilityLabel);
}

/** A button that always carries an accessibility label (screen readers read it instead of the text). */
export function labelledButton(
  text: string,
  accessibilityLabel: string,
  actionId: string,
  extra: { value?: string; style?: 'primary' | 'danger'; confirm?: Button['confirm'] } = {},
): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(text, LIMITS.buttonText),
    accessibility_label: truncate(accessibilityLabel, LIMITS.accessibilityLabel),
    ...(extra.value !== undefined ? { value: extra.value } : {}),
    ...(extra.style ? { style: extra.style } : {}),
    ...(extra.confirm ? { confirm: extra.confirm } : {}),
  };
}

/** A Slack user mention. */
export const mention = (slackUserId: string): string => `<@${slackUserId}>`;

/** "Helps: <link|title>, …" for the framework's resources on what a milestone builds; none: nothing. */
export function resourcesText(
  resources: readonly { title: string; url: string }[],
  max = 3,
  t: Translator = english,
): string | null {
  if (resources.length === 0) return null;
  const links = resources
    .slice(0, max)
    .map((r) => `<${r.url}|${userText(truncate(r.title, 75))}>`)
    .join(' · ');
  return t.t('shared.helps', { links });
}

/** A reply with one more line under it in small print (how a typed date was read, for example). */
export function withNote<M extends { text: string; blocks: KnownBlock[] }>(message: M, note: string | null): M {
  if (note === null) return message;
  return {
    ...message,
    text: `${message.text} ${note}`,
    blocks: [...message.blocks, { type: 'context', elements: [mrkdwn(userText(note))] }],
  };
}
