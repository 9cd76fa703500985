/**
 * A tiny element tree the renderer builds instead of HTML strings. Text is only ever a
 * string child, which the browser turns into a text node and `toHtml` escapes, so nothing
 * a message says can become markup.
 */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<VChild>;
}

export type VChild = VNode | string;

export function h(
  tag: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: ReadonlyArray<VChild | ReadonlyArray<VChild> | undefined>
): VNode {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) defined[name] = value;
  const flat: VChild[] = [];
  for (const child of children) {
    if (child === undefined) continue;
    if (isChildList(child)) flat.push(...child);
    else flat.push(child);
  }
  return { tag, attrs: defined, children: flat };
}

function isChildList(child: VChild | ReadonlyArray<VChild>): child is ReadonlyArray<VChild> {
  return Array.isArray(child);
}

const VOID_TAGS = new Set(['br', 'hr', 'img', 'input']);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Serialises a tree as HTML, escaping every text and attribute value. */
export function toHtml(node: VChild): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (VOID_TAGS.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The text a person would read, without markup. */
export function textOf(node: VChild): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  return node.children.map(textOf).join('');
}
