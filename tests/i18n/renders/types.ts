import type { KnownBlock, View } from '@slack/types';

/** A message (fallback text and blocks), or a modal or Home view, as a builder returns it. */
export type Rendered = { text?: string; blocks: KnownBlock[] } | { view: View };
