/**
 * A generic Block Kit renderer: every block and element type Slack documents, rendered from
 * the JSON the app sends, with no knowledge of Pathway's screens. Interactive elements carry
 * `data-*` attributes (block id, action id, element type, a registry key for the element's
 * JSON) that the page uses to send block_actions and to collect view state.
 */
import type { PageValues, SandboxMessageKey } from './i18n.js';
import { type MrkdwnContext, renderMrkdwn, renderPlain } from './mrkdwn.js';
import { h, type VChild, type VNode } from './vnode.js';

export type Json = Record<string, unknown>;

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export interface RenderContext extends MrkdwnContext {
  /** Where the blocks are shown; input blocks only work in modals. */
  readonly surface: 'message' | 'modal' | 'home';
  /** Remembers an interactive element's JSON; the returned key goes into `data-el`. */
  register(element: Json, blockId: string): string;
  /** Errors from `response_action: errors`, by block id. */
  readonly errors?: Readonly<Record<string, string>>;
  /** Choices for users_select and conversations_select. */
  readonly users: readonly Choice[];
  readonly conversations: readonly Choice[];
  /** The page's own words (a select's placeholder when the app gives none…) in the visitor's language. */
  t(key: SandboxMessageKey, values?: PageValues): string;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isJson) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A text object (plain_text or mrkdwn). */
export function renderText(text: unknown, ctx: RenderContext): VChild {
  if (typeof text === 'string') return renderPlain(text);
  if (!isJson(text)) return '';
  const body = str(text.text) ?? '';
  if (text.type === 'mrkdwn') return renderMrkdwn(body, ctx);
  return renderPlain(body, text.emoji !== false);
}

function plainOf(text: unknown): string {
  if (typeof text === 'string') return text;
  return isJson(text) ? (str(text.text) ?? '') : '';
}

function unsupported(kind: 'block' | 'element', type: unknown, ctx: RenderContext): VNode {
  const key = kind === 'block' ? 'sandbox.render.unsupportedBlock' : 'sandbox.render.unsupportedElement';
  return h('div', { class: 'unsupported' }, ctx.t(key, { type: String(type) }));
}

// ----- elements -----

interface Option {
  readonly text: unknown;
  readonly value: string;
  readonly description?: unknown;
}

function optionsOf(element: Json): Option[] {
  const groups = list(element.option_groups);
  const raw = groups.length > 0 ? groups.flatMap((g) => list(g.options)) : list(element.options);
  return raw.map((o) => ({
    text: o.text,
    value: str(o.value) ?? '',
    ...(o.description === undefined ? {} : { description: o.description }),
  }));
}

function selectedValues(element: Json): Set<string> {
  const values = new Set<string>();
  const one = element.initial_option;
  if (isJson(one) && typeof one.value === 'string') values.add(one.value);
  for (const o of list(element.initial_options)) if (typeof o.value === 'string') values.add(o.value);
  return values;
}

function interactive(
  element: Json,
  blockId: string,
  ctx: RenderContext,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    'data-el': ctx.register(element, blockId),
    'data-block-id': blockId,
    'data-action-id': str(element.action_id) ?? '',
    'data-type': str(element.type) ?? '',
    ...extra,
  };
}

function choiceSelect(
  element: Json,
  blockId: string,
  ctx: RenderContext,
  choices: readonly Choice[],
  initial: string | undefined,
  multi: boolean,
): VNode {
  const options = choices.map((c) =>
    h('option', { value: c.id, ...(c.id === initial ? { selected: '' } : {}) }, c.name),
  );
  const placeholder = plainOf(element.placeholder) || ctx.t('sandbox.render.select');
  return h(
    'select',
    interactive(element, blockId, ctx, { class: 'select', ...(multi ? { multiple: '' } : {}) }),
    multi ? [] : [h('option', { value: '', ...(initial === undefined ? { selected: '' } : {}) }, placeholder)],
    options,
  );
}

function staticSelect(element: Json, blockId: string, ctx: RenderContext, multi: boolean): VNode {
  const selected = selectedValues(element);
  const placeholder = plainOf(element.placeholder) || ctx.t('sandbox.render.selectItem');
  const option = (o: Option): VNode =>
    h('option', { value: o.value, ...(selected.has(o.value) ? { selected: '' } : {}) }, renderPlain(plainOf(o.text)));
  const groups = list(element.option_groups);
  const body: VChild[] =
    groups.length > 0
      ? groups.map((g) => h('optgroup', { label: plainOf(g.label) }, optionsOf({ options: g.options }).map(option)))
      : optionsOf(element).map(option);
  return h(
    'select',
    interactive(element, blockId, ctx, { class: 'select', ...(multi ? { multiple: '' } : {}) }),
    multi ? [] : [h('option', { value: '', ...(selected.size === 0 ? { selected: '' } : {}) }, placeholder)],
    body,
  );
}

function button(element: Json, blockId: string, ctx: RenderContext): VNode {
  const style = str(element.style);
  return h(
    'button',
    interactive(element, blockId, ctx, {
      type: 'button',
      class: `btn${style === 'primary' ? ' btn-primary' : style === 'danger' ? ' btn-danger' : ''}`,
      'data-url': str(element.url),
      title: str(element.accessibility_label),
      'aria-label': str(element.accessibility_label),
    }),
    renderPlain(plainOf(element.text)),
  );
}

function textInput(element: Json, blockId: string, ctx: RenderContext, inputType: string): VNode {
  const placeholder = plainOf(element.placeholder) || undefined;
  const initial = str(element.initial_value);
  const common = {
    placeholder,
    maxlength: typeof element.max_length === 'number' ? String(element.max_length) : undefined,
  };
  if (element.multiline === true) {
    return h('textarea', interactive(element, blockId, ctx, { class: 'input', rows: '4', ...common }), initial ?? '');
  }
  return h('input', interactive(element, blockId, ctx, { class: 'input', type: inputType, value: initial, ...common }));
}

function choices(element: Json, blockId: string, ctx: RenderContext, kind: 'checkbox' | 'radio'): VNode {
  const selected = selectedValues(element);
  const name = `${blockId}/${str(element.action_id) ?? ''}`;
  return h(
    'div',
    interactive(element, blockId, ctx, { class: 'choices' }),
    optionsOf(element).map((o) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: kind, name, value: o.value, ...(selected.has(o.value) ? { checked: '' } : {}) }),
        h(
          'span',
          {},
          renderText(o.text, ctx),
          o.description === undefined
            ? undefined
            : h('span', { class: 'muted' }, ' — ', renderText(o.description, ctx)),
        ),
      ),
    ),
  );
}

function overflow(element: Json, blockId: string, ctx: RenderContext): VNode {
  return h(
    'select',
    interactive(element, blockId, ctx, { class: 'select overflow', title: ctx.t('sandbox.render.moreActions') }),
    h('option', { value: '', selected: '' }, '⋯'),
    optionsOf(element).map((o) => h('option', { value: o.value }, renderPlain(plainOf(o.text)))),
  );
}

/** Any element of an actions block, section accessory, input block or context. */
export function renderElement(element: Json, blockId: string, ctx: RenderContext): VNode {
  const type = str(element.type);
  switch (type) {
    case 'button':
      return button(element, blockId, ctx);
    case 'static_select':
    case 'external_select':
      return staticSelect(element, blockId, ctx, false);
    case 'multi_static_select':
    case 'multi_external_select':
      return staticSelect(element, blockId, ctx, true);
    case 'users_select':
      return choiceSelect(element, blockId, ctx, ctx.users, str(element.initial_user), false);
    case 'multi_users_select':
      return choiceSelect(element, blockId, ctx, ctx.users, undefined, true);
    case 'conversations_select':
    case 'channels_select':
      return choiceSelect(
        element,
        blockId,
        ctx,
        ctx.conversations,
        str(element.initial_conversation) ?? str(element.initial_channel),
        false,
      );
    case 'multi_conversations_select':
    case 'multi_channels_select':
      return choiceSelect(element, blockId, ctx, ctx.conversations, undefined, true);
    case 'overflow':
      return overflow(element, blockId, ctx);
    case 'datepicker':
      return h(
        'input',
        interactive(element, blockId, ctx, { class: 'input date', type: 'date', value: str(element.initial_date) }),
      );
    case 'timepicker':
      return h(
        'input',
        interactive(element, blockId, ctx, { class: 'input time', type: 'time', value: str(element.initial_time) }),
      );
    case 'datetimepicker': {
      const initial =
        typeof element.initial_date_time === 'number'
          ? new Date(element.initial_date_time * 1000).toISOString().slice(0, 16)
          : undefined;
      return h('input', interactive(element, blockId, ctx, { class: 'input', type: 'datetime-local', value: initial }));
    }
    case 'plain_text_input':
    case 'rich_text_input':
      return textInput(element, blockId, ctx, 'text');
    case 'email_text_input':
      return textInput(element, blockId, ctx, 'email');
    case 'url_text_input':
      return textInput(element, blockId, ctx, 'url');
    case 'number_input':
      return textInput(element, blockId, ctx, 'number');
    case 'checkboxes':
      return choices(element, blockId, ctx, 'checkbox');
    case 'radio_buttons':
      return choices(element, blockId, ctx, 'radio');
    case 'file_input':
      return h(
        'input',
        interactive(element, blockId, ctx, {
          class: 'input',
          type: 'file',
          accept: Array.isArray(element.filetypes)
            ? element.filetypes.map((t) => `.${String(t)}`).join(',')
            : undefined,
        }),
      );
    case 'image':
      return image(element);
    default:
      return unsupported('element', type, ctx);
  }
}

function image(element: Json): VNode {
  const url = str(element.image_url) ?? '';
  return h('img', { class: 'image', src: /^https?:\/\//.test(url) ? url : '', alt: str(element.alt_text) ?? '' });
}

// ----- blocks -----

function section(block: Json, blockId: string, ctx: RenderContext): VNode {
  const fields = list(block.fields);
  const accessory = isJson(block.accessory) ? block.accessory : undefined;
  return h(
    'div',
    { class: 'block section' },
    h(
      'div',
      { class: 'section-body' },
      block.text === undefined ? undefined : h('div', { class: 'section-text' }, renderText(block.text, ctx)),
      fields.length === 0
        ? undefined
        : h(
            'div',
            { class: 'fields' },
            fields.map((f) => h('div', { class: 'field' }, renderText(f, ctx))),
          ),
    ),
    accessory === undefined ? undefined : h('div', { class: 'accessory' }, renderElement(accessory, blockId, ctx)),
  );
}

function context(block: Json, ctx: RenderContext): VNode {
  return h(
    'div',
    { class: 'block context' },
    list(block.elements).map((e) => (e.type === 'image' ? image(e) : h('span', {}, renderText(e, ctx)))),
  );
}

function input(block: Json, blockId: string, ctx: RenderContext): VNode {
  const element = isJson(block.element) ? block.element : {};
  const error = ctx.errors?.[blockId];
  return h(
    'div',
    {
      class: `block input-block${error === undefined ? '' : ' has-error'}`,
      'data-input-block': blockId,
      'data-dispatch': block.dispatch_action === true ? 'true' : undefined,
    },
    h(
      'label',
      { class: 'label' },
      renderPlain(plainOf(block.label)),
      block.optional === true ? h('span', { class: 'muted' }, ` ${ctx.t('sandbox.render.optional')}`) : undefined,
    ),
    renderElement(element, blockId, ctx),
    block.hint === undefined ? undefined : h('div', { class: 'hint' }, renderText(block.hint, ctx)),
    error === undefined ? undefined : h('div', { class: 'error', role: 'alert' }, error),
  );
}

type RichElement = Json;

function richInline(element: RichElement, ctx: RenderContext): VChild {
  const style = isJson(element.style) ? element.style : {};
  let node: VChild;
  switch (element.type) {
    case 'text':
      node = str(element.text) ?? '';
      break;
    case 'link': {
      const url = str(element.url) ?? '';
      const text = str(element.text) ?? url;
      node = /^(https?:\/\/|mailto:)/i.test(url)
        ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
        : text;
      break;
    }
    case 'user':
      node = h(
        'span',
        { class: 'mention' },
        `@${ctx.userName(str(element.user_id) ?? '') ?? str(element.user_id) ?? ''}`,
      );
      break;
    case 'channel':
      node = h(
        'span',
        { class: 'mention' },
        `#${ctx.channelName(str(element.channel_id) ?? '') ?? str(element.channel_id) ?? ''}`,
      );
      break;
    case 'emoji':
      node = renderPlain(`:${str(element.name) ?? ''}:`);
      break;
    case 'broadcast':
      node = h('span', { class: 'mention' }, `@${str(element.range) ?? 'here'}`);
      break;
    default:
      node = str(element.text) ?? '';
  }
  if (style.code === true) node = h('code', {}, node);
  if (style.bold === true) node = h('b', {}, node);
  if (style.italic === true) node = h('i', {}, node);
  if (style.strike === true) node = h('s', {}, node);
  return node;
}

function richPart(part: Json, ctx: RenderContext): VNode {
  const inlines = list(part.elements).map((e) => richInline(e, ctx));
  switch (part.type) {
    case 'rich_text_list': {
      const tag = part.style === 'ordered' ? 'ol' : 'ul';
      return h(
        tag,
        {},
        list(part.elements).map((item) =>
          h(
            'li',
            {},
            list(item.elements).map((e) => richInline(e, ctx)),
          ),
        ),
      );
    }
    case 'rich_text_quote':
      return h('blockquote', {}, inlines);
    case 'rich_text_preformatted':
      return h('pre', {}, inlines);
    default:
      return h('div', {}, inlines);
  }
}

/** One block. `index` names blocks without a block_id, as Slack generates one. */
export function renderBlock(block: Json, index: number, ctx: RenderContext): VNode {
  const blockId = str(block.block_id) ?? `block-${index}`;
  switch (block.type) {
    case 'section':
      return section(block, blockId, ctx);
    case 'header':
      return h('div', { class: 'block header' }, renderText(block.text, ctx));
    case 'divider':
      return h('hr', { class: 'block divider' });
    case 'context':
      return context(block, ctx);
    case 'image':
      return h(
        'figure',
        { class: 'block image-block' },
        block.title === undefined ? undefined : h('figcaption', {}, renderText(block.title, ctx)),
        image(block),
      );
    case 'actions':
      return h(
        'div',
        { class: 'block actions' },
        list(block.elements).map((e) => renderElement(e, blockId, ctx)),
      );
    case 'input':
      return input(block, blockId, ctx);
    case 'rich_text':
      return h(
        'div',
        { class: 'block rich-text' },
        list(block.elements).map((p) => richPart(p, ctx)),
      );
    case 'markdown':
      return h('div', { class: 'block markdown' }, renderMrkdwn(str(block.text) ?? '', ctx));
    case 'video':
      return h('div', { class: 'block video' }, '▶ ', renderText(block.title, ctx));
    case 'file':
      return h(
        'div',
        { class: 'block file' },
        `📄 ${ctx.t('sandbox.render.file', { id: str(block.external_id) ?? '' })}`,
      );
    default:
      return unsupported('block', block.type, ctx);
  }
}

export function renderBlocks(blocks: unknown, ctx: RenderContext): VNode {
  return h(
    'div',
    { class: 'blocks' },
    list(blocks).map((block, index) => renderBlock(block, index, ctx)),
  );
}

/** A message: its blocks, or its text as mrkdwn when it has none (Slack's fallback). */
export function renderMessageBody(
  message: { readonly text?: string; readonly blocks?: unknown },
  ctx: RenderContext,
): VNode {
  if (Array.isArray(message.blocks) && message.blocks.length > 0) return renderBlocks(message.blocks, ctx);
  return h('div', { class: 'blocks' }, h('div', { class: 'block section' }, renderMrkdwn(message.text ?? '', ctx)));
}

/** A modal's chrome (title, close, submit) around its blocks. */
export function renderModal(view: Json, ctx: RenderContext): VNode {
  return h(
    'div',
    { class: 'modal', role: 'dialog', 'aria-label': plainOf(view.title), 'data-view-id': str(view.id) },
    h(
      'div',
      { class: 'modal-title' },
      h('span', {}, renderPlain(plainOf(view.title))),
      h(
        'button',
        { type: 'button', class: 'modal-x', 'data-modal': 'close', title: ctx.t('sandbox.render.close') },
        '×',
      ),
    ),
    h('div', { class: 'modal-body' }, renderBlocks(view.blocks, ctx)),
    h(
      'div',
      { class: 'modal-footer' },
      h(
        'button',
        { type: 'button', class: 'btn', 'data-modal': 'close' },
        renderPlain(plainOf(view.close) || ctx.t('sandbox.render.cancel')),
      ),
      view.submit === undefined || view.submit === null
        ? undefined
        : h(
            'button',
            {
              type: 'button',
              class: 'btn btn-primary',
              'data-modal': 'submit',
              ...(view.submit_disabled === true ? { disabled: '' } : {}),
            },
            renderPlain(plainOf(view.submit)),
          ),
    ),
  );
}
