import type { KnownBlock, View } from '@slack/types';

/** A message (fallback text and blocks), or a modal or Home view, as a builder returns it. */
export type Rendered = { text?: string; blocks: KnownBlock[] } | { view: View };

/** Texts a builder returns on their own (a form's problems), one section each, so they are checked like any message. */
export function textBlocks(texts: readonly string[]): Rendered {
  return { blocks: texts.map((text): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })) };
}
