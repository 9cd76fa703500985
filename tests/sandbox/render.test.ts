import { describe, expect, it } from 'vitest';
import { translate } from '../../src/sandbox/page/i18n.js';
import { renderMrkdwn } from '../../src/sandbox/page/mrkdwn.js';
import {
  type Json,
  type RenderContext,
  renderBlock,
  renderBlocks,
  renderMessageBody,
  renderModal,
} from '../../src/sandbox/page/render.js';
import { actionOf, stateOf } from '../../src/sandbox/page/state-values.js';
import { textOf, toHtml } from '../../src/sandbox/page/vnode.js';

function context(
  overrides: Partial<RenderContext> = {},
): RenderContext & { registered: Array<{ element: Json; blockId: string }> } {
  const registered: Array<{ element: Json; blockId: string }> = [];
  return {
    surface: 'message',
    users: [{ id: 'U1', name: 'Ada Lovelace' }],
    conversations: [{ id: 'C1', name: '#wins' }],
    userName: (id) => (id === 'U1' ? 'Ada Lovelace' : undefined),
    channelName: (id) => (id === 'C1' ? 'wins' : undefined),
    t: (key, values) => translate('en', key, values),
    register(element, blockId) {
      registered.push({ element, blockId });
      return `el${registered.length}`;
    },
    registered,
    ...overrides,
  };
}

const md = (text: string): string => toHtml(renderMrkdwn(text, context()));
const block = (b: Json, ctx: RenderContext = context()): string => toHtml(renderBlock(b, 0, ctx));
const plain = (text: string): Json => ({ type: 'plain_text', text });

describe('mrkdwn', () => {
  it('formats bold, italic, strike and code, nested', () => {
    expect(md('*bold* _it_ ~gone~ `x < y`')).toBe(
      '<span class="mrkdwn"><b>bold</b> <i>it</i> <s>gone</s> <code>x &lt; y</code></span>',
    );
    expect(md('*bold _and italic_*')).toBe('<span class="mrkdwn"><b>bold <i>and italic</i></b></span>');
  });

  it('leaves marks inside words and unclosed marks as text', () => {
    expect(md('snake_case_name and 2*3 and *open')).toBe(
      '<span class="mrkdwn">snake_case_name and 2*3 and *open</span>',
    );
  });

  it('makes http(s) and mailto links, and keeps other schemes as text', () => {
    expect(md('<https://example.com/a?b=1&amp;c=2|the docs>')).toBe(
      '<span class="mrkdwn"><a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the docs</a></span>',
    );
    expect(md('<javascript:alert(1)|click>')).toBe('<span class="mrkdwn">click</span>');
  });

  it('names users and channels, and shows special mentions and dates', () => {
    expect(textOf(renderMrkdwn('<@U1> in <#C1> and <#C2|other>, <!here>, <@U9>', context()))).toBe(
      '@Ada Lovelace in #wins and #other, @here, @U9',
    );
    expect(textOf(renderMrkdwn('<!date^1700000000^{date}|14 Nov 2023>', context()))).toBe('14 Nov 2023');
  });

  it("decodes Slack's escapes into text and never into markup", () => {
    const html = md('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>');
    expect(html).toBe('<span class="mrkdwn">&lt;script&gt;alert(1)&lt;/script&gt; &amp; b</span>');
    expect(html).not.toContain('<script');
  });

  it('shows common emoji and keeps unknown shortcodes', () => {
    expect(textOf(renderMrkdwn(':tada: :books: :no_such_emoji:', context()))).toBe('🎉 📚 :no_such_emoji:');
  });

  it('renders quotes, preformatted blocks and line breaks', () => {
    expect(md('&gt; quoted *line*\nafter')).toBe(
      '<span class="mrkdwn"><blockquote>quoted <b>line</b></blockquote>after</span>',
    );
    expect(md('```\nconst a = 1 < 2;\n```')).toBe('<span class="mrkdwn"><pre>const a = 1 &lt; 2;\n</pre></span>');
    expect(md('one\ntwo')).toBe('<span class="mrkdwn">one<br>two</span>');
  });
});

describe('Block Kit blocks', () => {
  it('section with text, fields and a button accessory', () => {
    const ctx = context();
    const html = block(
      {
        type: 'section',
        block_id: 's1',
        text: { type: 'mrkdwn', text: '*Goal*' },
        fields: [plain('a'), { type: 'mrkdwn', text: '_b_' }],
        accessory: { type: 'button', action_id: 'go', text: plain('Go'), style: 'primary', value: 'v' },
      },
      ctx,
    );
    expect(html).toContain('<b>Goal</b>');
    expect(html).toContain(
      '<div class="fields"><div class="field">a</div><div class="field"><span class="mrkdwn"><i>b</i></span></div></div>',
    );
    expect(html).toContain(
      '<button data-el="el1" data-block-id="s1" data-action-id="go" data-type="button" type="button" class="btn btn-primary">Go</button>',
    );
    expect(ctx.registered[0]?.blockId).toBe('s1');
  });

  it('header, divider, context with image, image block', () => {
    expect(block({ type: 'header', text: plain('Hi <there>') })).toBe(
      '<div class="block header">Hi &lt;there&gt;</div>',
    );
    expect(block({ type: 'divider' })).toBe('<hr class="block divider">');
    expect(
      block({
        type: 'context',
        elements: [
          { type: 'image', image_url: 'https://x/y.png', alt_text: 'y' },
          { type: 'mrkdwn', text: '*c*' },
        ],
      }),
    ).toBe(
      '<div class="block context"><img class="image" src="https://x/y.png" alt="y"><span><span class="mrkdwn"><b>c</b></span></span></div>',
    );
    expect(block({ type: 'image', image_url: 'javascript:x', alt_text: 'a', title: plain('T') })).toBe(
      '<figure class="block image-block"><figcaption>T</figcaption><img class="image" src="" alt="a"></figure>',
    );
  });

  it('actions with static_select (initial option, groups), overflow and datepicker', () => {
    const options = [
      { text: plain('One'), value: '1' },
      { text: plain('Two'), value: '2' },
    ];
    const html = block({
      type: 'actions',
      block_id: 'a',
      elements: [
        { type: 'static_select', action_id: 'pick', options, initial_option: options[1], placeholder: plain('Choose') },
        { type: 'static_select', action_id: 'grouped', option_groups: [{ label: plain('G'), options }] },
        { type: 'overflow', action_id: 'more', options },
        { type: 'datepicker', action_id: 'when', initial_date: '2027-03-31' },
      ],
    });
    expect(html).toContain(
      '<option value="">Choose</option><option value="1">One</option><option value="2" selected="">Two</option>',
    );
    expect(html).toContain('<optgroup label="G"><option value="1">One</option>');
    expect(html).toContain(
      'data-type="overflow" class="select overflow" title="More actions"><option value="" selected="">⋯</option>',
    );
    expect(html).toContain(
      '<input data-el="el4" data-block-id="a" data-action-id="when" data-type="datepicker" class="input date" type="date" value="2027-03-31">',
    );
  });

  it('input blocks: text, multiline, checkboxes, radio buttons, users select, file input, hint, optional and errors', () => {
    const options = [
      { text: plain('A'), value: 'a', description: plain('first') },
      { text: { type: 'mrkdwn', text: '*B*' }, value: 'b' },
    ];
    const ctx = context({ surface: 'modal', errors: { t: 'Too short: type at least 3 characters' } });
    const html = toHtml(
      renderBlocks(
        [
          {
            type: 'input',
            block_id: 't',
            label: plain('Title'),
            hint: plain('Say it'),
            element: { type: 'plain_text_input', action_id: 'title', initial_value: 'x', placeholder: plain('e.g.') },
          },
          {
            type: 'input',
            block_id: 'n',
            optional: true,
            label: plain('Note'),
            element: { type: 'plain_text_input', action_id: 'note', multiline: true, initial_value: '<b>hi</b>' },
          },
          {
            type: 'input',
            block_id: 'c',
            label: plain('Keep'),
            element: { type: 'checkboxes', action_id: 'keep', options, initial_options: [options[0]] },
          },
          {
            type: 'input',
            block_id: 'r',
            label: plain('Rate'),
            element: { type: 'radio_buttons', action_id: 'rate', options },
          },
          {
            type: 'input',
            block_id: 'u',
            label: plain('Who'),
            element: { type: 'users_select', action_id: 'who', initial_user: 'U1' },
          },
          {
            type: 'input',
            block_id: 'f',
            label: plain('File'),
            element: { type: 'file_input', action_id: 'file', filetypes: ['yaml', 'csv'] },
          },
        ],
        ctx,
      ),
    );
    for (const part of [
      '<div class="block input-block has-error" data-input-block="t"><label class="label">Title</label>',
      'value="x" placeholder="e.g.">',
      '<div class="hint">Say it</div><div class="error" role="alert">Too short: type at least 3 characters</div>',
      '<span class="muted"> (optional)</span>',
      'rows="4">&lt;b&gt;hi&lt;/b&gt;</textarea>',
      '<input type="checkbox" name="c/keep" value="a" checked="">',
      '<input type="radio" name="r/rate" value="b"><span><span class="mrkdwn"><b>B</b></span></span>',
      '<option value="U1" selected="">Ada Lovelace</option>',
      'type="file" accept=".yaml,.csv"',
    ])
      expect(html).toContain(part);
  });

  it('rich_text: sections, lists, quotes, preformatted, styles, links, users', () => {
    const html = block({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: 'Hi ', style: { bold: true } },
            { type: 'user', user_id: 'U1' },
            { type: 'link', url: 'https://e.x', text: 'e' },
          ],
        },
        {
          type: 'rich_text_list',
          style: 'ordered',
          elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }],
        },
        { type: 'rich_text_quote', elements: [{ type: 'text', text: 'q' }] },
        { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'p' }] },
      ],
    });
    expect(html).toBe(
      '<div class="block rich-text"><div><b>Hi </b><span class="mention">@Ada Lovelace</span><a href="https://e.x" target="_blank" rel="noopener noreferrer">e</a></div><ol><li>one</li></ol><blockquote>q</blockquote><pre>p</pre></div>',
    );
  });

  it('unknown blocks and elements are named, not dropped silently', () => {
    expect(block({ type: 'shiny_new_block' })).toBe(
      '<div class="unsupported">Unsupported block: shiny_new_block</div>',
    );
    expect(block({ type: 'actions', elements: [{ type: 'shiny_new_element' }] })).toContain(
      'Unsupported element: shiny_new_element',
    );
  });

  it('names blocks without a block_id by position, as Slack generates one', () => {
    const ctx = context();
    renderBlocks(
      [{ type: 'divider' }, { type: 'actions', elements: [{ type: 'button', action_id: 'b', text: plain('B') }] }],
      ctx,
    );
    expect(ctx.registered[0]?.blockId).toBe('block-1');
  });

  it('messages without blocks show their text as mrkdwn; modals get their chrome', () => {
    expect(toHtml(renderMessageBody({ text: '*hey*' }, context()))).toBe(
      '<div class="blocks"><div class="block section"><span class="mrkdwn"><b>hey</b></span></div></div>',
    );
    const modal = toHtml(
      renderModal(
        { id: 'V1', type: 'modal', title: plain('Plan'), submit: plain('Save'), close: plain('Cancel'), blocks: [] },
        context({ surface: 'modal' }),
      ),
    );
    expect(modal).toContain('<div class="modal" role="dialog" aria-label="Plan" data-view-id="V1">');
    expect(modal).toContain('<button type="button" class="btn btn-primary" data-modal="submit">Save</button>');
    const noSubmit = toHtml(renderModal({ id: 'V2', type: 'modal', title: plain('Saved'), blocks: [] }, context()));
    expect(noSubmit).not.toContain('data-modal="submit"');
  });
});

describe('what the page sends', () => {
  const options = [
    { text: plain('One'), value: '1', description: plain('d') },
    { text: plain('Two'), value: '2' },
  ];

  it("state values in Slack's shapes", () => {
    expect(stateOf({ type: 'plain_text_input', action_id: 't' }, { kind: 'one', value: 'hi' })).toEqual({
      type: 'plain_text_input',
      value: 'hi',
    });
    expect(stateOf({ type: 'plain_text_input' }, { kind: 'one', value: '' })).toEqual({
      type: 'plain_text_input',
      value: null,
    });
    expect(stateOf({ type: 'static_select', options }, { kind: 'one', value: '2' })).toEqual({
      type: 'static_select',
      selected_option: { text: plain('Two'), value: '2' },
    });
    expect(stateOf({ type: 'static_select', options }, { kind: 'one', value: '' })).toEqual({
      type: 'static_select',
      selected_option: null,
    });
    expect(stateOf({ type: 'radio_buttons', options }, { kind: 'many', values: ['1'] })).toEqual({
      type: 'radio_buttons',
      selected_option: { text: plain('One'), value: '1', description: plain('d') },
    });
    expect(stateOf({ type: 'checkboxes', options }, { kind: 'many', values: ['1', '2'] })).toMatchObject({
      type: 'checkboxes',
      selected_options: [{ value: '1' }, { value: '2' }],
    });
    expect(stateOf({ type: 'datepicker' }, { kind: 'one', value: '2027-01-02' })).toEqual({
      type: 'datepicker',
      selected_date: '2027-01-02',
    });
    expect(stateOf({ type: 'users_select' }, { kind: 'one', value: 'U1' })).toEqual({
      type: 'users_select',
      selected_user: 'U1',
    });
    expect(stateOf({ type: 'button' }, { kind: 'one', value: '' })).toBeUndefined();
  });

  it('block_actions entries for buttons, selects and overflow menus', () => {
    expect(
      actionOf({ type: 'button', action_id: 'go', text: plain('Go'), value: 'v' }, 'b', { kind: 'one', value: '' }),
    ).toEqual({ type: 'button', action_id: 'go', block_id: 'b', text: plain('Go'), value: 'v' });
    expect(actionOf({ type: 'overflow', action_id: 'm', options }, 'b', { kind: 'one', value: '2' })).toEqual({
      type: 'overflow',
      action_id: 'm',
      block_id: 'b',
      selected_option: { text: plain('Two'), value: '2' },
    });
    expect(
      actionOf({ type: 'static_select', action_id: 's', options }, 'b', { kind: 'one', value: '1' }),
    ).toMatchObject({ type: 'static_select', selected_option: { value: '1' } });
  });
});
