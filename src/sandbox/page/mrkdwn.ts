/**
 * Slack's mrkdwn as an element tree: *bold*, _italic_, ~strike~, `code`, ```preformatted```,
 * > quotes, <url|links>, <@U…> mentions, <#C…|channels>, <!here>, :emoji: and the escapes
 * &lt; &gt; &amp;. Only http(s) and mailto links become anchors; anything else stays text.
 */
import { h, type VChild, type VNode } from './vnode.js';

export interface MrkdwnContext {
  /** Display name of a user id, for `<@U…>`. */
  userName(id: string): string | undefined;
  /** Name of a channel id, for `<#C…>` without a label. */
  channelName(id: string): string | undefined;
}

export const EMOJI: Readonly<Record<string, string>> = {
  tada: '🎉',
  confetti_ball: '🎊',
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  x: '❌',
  wave: '👋',
  rocket: '🚀',
  star: '⭐',
  star2: '🌟',
  sparkles: '✨',
  calendar: '📅',
  date: '📅',
  spiral_calendar_pad: '🗓️',
  dart: '🎯',
  seedling: '🌱',
  books: '📚',
  book: '📖',
  bulb: '💡',
  warning: '⚠️',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  alarm_clock: '⏰',
  muscle: '💪',
  trophy: '🏆',
  medal: '🏅',
  sports_medal: '🏅',
  clap: '👏',
  raised_hands: '🙌',
  heart: '❤️',
  thumbsup: '👍',
  '+1': '👍',
  eyes: '👀',
  memo: '📝',
  pencil: '📝',
  pencil2: '✏️',
  chart_with_upwards_trend: '📈',
  bar_chart: '📊',
  compass: '🧭',
  mag: '🔍',
  bell: '🔔',
  no_bell: '🔕',
  zzz: '💤',
  link: '🔗',
  lock: '🔒',
  information_source: 'ℹ️',
  point_right: '👉',
  mortar_board: '🎓',
  speech_balloon: '💬',
  handshake: '🤝',
  arrow_right: '➡️',
  arrow_up: '⬆️',
  arrow_forward: '▶️',
  wrench: '🔧',
  gear: '⚙️',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  red_circle: '🔴',
  white_circle: '⚪',
  large_blue_circle: '🔵',
  hammer_and_wrench: '🛠️',
  mountain: '⛰️',
  footprints: '👣',
  ladder: '🪜',
  busts_in_silhouette: '👥',
  bust_in_silhouette: '👤',
  clipboard: '📋',
  inbox_tray: '📥',
  outbox_tray: '📤',
  page_facing_up: '📄',
  card_index_dividers: '🗂️',
  partying_face: '🥳',
  slightly_smiling_face: '🙂',
  smile: '😄',
  thinking_face: '🤔',
  question: '❓',
  grey_question: '❔',
  exclamation: '❗',
  new: '🆕',
  repeat: '🔁',
  arrows_counterclockwise: '🔄',
  stopwatch: '⏱️',
  clock9: '🕘',
  pushpin: '📌',
  round_pushpin: '📍',
  flag: '🚩',
  checkered_flag: '🏁',
  fire: '🔥',
  rainbow: '🌈',
  world_map: '🗺️',
  wastebasket: '🗑️',
  arrow_down: '⬇️',
  arrow_lower_right: '↘️',
  arrow_upper_right: '↗️',
  double_vertical_bar: '⏸️',
  face_with_head_bandage: '🤕',
  heavy_plus_sign: '➕',
  label: '🏷️',
  left_right_arrow: '↔️',
  leftwards_arrow_with_hook: '↩️',
  no_entry: '⛔',
  package: '📦',
  palm_tree: '🌴',
  scales: '⚖️',
};

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** Slack escapes only these three in message text. */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function emojiText(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

/** `<…>` tokens: links, mentions, channels, special mentions and dates. */
function angleToken(inner: string, ctx: MrkdwnContext): VChild {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return h('span', { class: 'mention' }, `@${label ?? ctx.userName(id) ?? id}`);
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return h('span', { class: 'mention' }, `#${label ?? ctx.channelName(id) ?? id}`);
  }
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (special.startsWith('date^')) return h('span', { class: 'date' }, decodeEntities(label ?? special));
    if (special.startsWith('subteam^'))
      return h('span', { class: 'mention' }, `@${decodeEntities(label ?? special.slice(8))}`);
    return h('span', { class: 'mention' }, `@${special}`);
  }
  const url = decodeEntities(target);
  const text = decodeEntities(label ?? target);
  if (!SAFE_URL.test(url)) return text;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

const STYLES: ReadonlyArray<{ readonly mark: string; readonly tag: string }> = [
  { mark: '*', tag: 'b' },
  { mark: '_', tag: 'i' },
  { mark: '~', tag: 's' },
];

/** Whether `mark` at `index` can open (start of text or after a space/punctuation, followed by a non-space). */
function opens(text: string, index: number): boolean {
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const after = text[index + 1] ?? ' ';
  return /[\s([{>"'*_~-]/.test(before) && !/\s/.test(after);
}

function closeIndex(text: string, mark: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\n') return -1;
    if (text[i] !== mark) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (!/\s/.test(before) && !/[a-zA-Z0-9]/.test(after)) return i;
  }
  return -1;
}

/** One line (or run) of inline mrkdwn. */
function inline(text: string, ctx: MrkdwnContext): VChild[] {
  const out: VChild[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain !== '') out.push(emojiText(decodeEntities(plain)));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '\n') {
      flush();
      out.push(h('br'));
      i += 1;
      continue;
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(h('code', {}, decodeEntities(text.slice(i + 1, end))));
        i = end + 1;
        continue;
      }
    }
    if (char === '<') {
      const end = text.indexOf('>', i + 1);
      if (end > i + 1) {
        flush();
        out.push(angleToken(text.slice(i + 1, end), ctx));
        i = end + 1;
        continue;
      }
    }
    const style = STYLES.find((s) => s.mark === char);
    if (style !== undefined && opens(text, i)) {
      const end = closeIndex(text, style.mark, i + 2);
      if (end !== -1) {
        flush();
        out.push(h(style.tag, {}, inline(text.slice(i + 1, end), ctx)));
        i = end + 1;
        continue;
      }
    }
    plain += char;
    i += 1;
  }
  flush();
  return out;
}

/** Quotes (`&gt; ` or `> ` line starts) around inline runs. */
function paragraphs(text: string, ctx: MrkdwnContext): VChild[] {
  const out: VChild[] = [];
  const lines = text.split('\n');
  let run: string[] = [];
  let quote: string[] = [];
  const flushRun = (): void => {
    if (run.length > 0) out.push(...inline(run.join('\n'), ctx));
    run = [];
  };
  const flushQuote = (): void => {
    if (quote.length > 0) out.push(h('blockquote', {}, inline(quote.join('\n'), ctx)));
    quote = [];
  };
  for (const line of lines) {
    const quoted = /^(&gt;|>) ?(.*)$/.exec(line);
    if (quoted !== null) {
      if (run.length > 0) run.push('');
      flushRun();
      quote.push(quoted[2] ?? '');
    } else {
      flushQuote();
      run.push(line);
    }
  }
  flushRun();
  flushQuote();
  return out;
}

/** Renders mrkdwn text as a `span.mrkdwn`. */
export function renderMrkdwn(text: string, ctx: MrkdwnContext): VNode {
  const parts = text.split('```');
  const children: VChild[] = [];
  parts.forEach((part, index) => {
    const isCode = index % 2 === 1 && index < parts.length - 1;
    if (isCode) children.push(h('pre', {}, decodeEntities(part.replace(/^\n/, ''))));
    else if (part !== '') children.push(...paragraphs(index % 2 === 1 ? `\`\`\`${part}` : part, ctx));
  });
  return h('span', { class: 'mrkdwn' }, children);
}

/** Plain text objects: shown as written, with :emoji: when `emoji` is not false. */
export function renderPlain(text: string, emoji = true): string {
  return emoji ? emojiText(text) : text;
}
