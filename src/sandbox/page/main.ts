/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The sandbox page: polls the sandbox's state, renders it with the generic Block Kit renderer
 * and turns clicks, selections, submissions and typed commands into sandbox API calls (which
 * the server sends to the app as Slack would). Everything shown is built from text nodes.
 */
import type { Language } from '../../domain/language.js';
import type { ActionRequest, ApiAnswer, Conversation, FeedFile, FeedItem, ModalState, SandboxState } from '../api.js';
import { isSandboxMessageKey, type PageValues, type SandboxMessageKey, translate } from './i18n.js';
import { type Json, type RenderContext, renderBlocks, renderMessageBody, renderModal } from './render.js';
import { actionOf, type ControlValue, stateOf } from './state-values.js';
import type { VChild } from './vnode.js';

type Pane = { kind: 'home' } | { kind: 'conversation'; id: string };

interface Registered {
  readonly element: Json;
  readonly blockId: string;
}

const POLL_MS = 600;
const registry = new Map<string, Registered>();
let registryCounter = 0;
let current: SandboxState | undefined;
let user = localStorage.getItem('pathway-sandbox-user') ?? '';
let pane: Pane = { kind: 'conversation', id: '' };
const rendered = { pane: '', modals: '', modalErrors: '', people: '', sidebar: '', languageChoice: '' };
/** The page's language: the current person's, as the app writes to them (their choice, else Slack's). */
let language: Language = 'en';
const t = (key: SandboxMessageKey, values?: PageValues): string => translate(language, key, values);
/** Per person and conversation, how many items (not typed by them) they have seen: the badge counts the rest. */
const seen = new Map<string, number>();
const seenKey = (conversationId: string): string => `${user}:${conversationId}`;
const othersItems = (conversation: Conversation): number => conversation.items.filter((i) => i.author !== 'you').length;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`missing #${id}`);
  return element as T;
}

// ----- DOM from the renderer's tree -----

function toDom(node: VChild): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  if (node.tag === 'textarea') {
    (element as HTMLTextAreaElement).value = node.children.filter((c): c is string => typeof c === 'string').join('');
    return element;
  }
  for (const child of node.children) element.appendChild(toDom(child));
  return element;
}

function context(surface: RenderContext['surface'], errors: Readonly<Record<string, string>> = {}): RenderContext {
  const state = current;
  const people = state?.people ?? [];
  const conversations = (state?.conversations ?? []).filter((c) => c.kind === 'channel');
  return {
    surface,
    errors,
    users: people.map((p) => ({ id: p.id, name: p.name })),
    conversations: conversations.map((c) => ({ id: c.id, name: `#${c.name}` })),
    userName: (id) =>
      people.find((p) => p.id === id)?.name ??
      state?.colleagues?.[id] ??
      (id.startsWith('U0PATHBOT') ? state?.app.name : undefined),
    channelName: (id) => state?.conversations.find((c) => c.id === id)?.name,
    t,
    register(element, blockId) {
      registryCounter += 1;
      const key = `el${registryCounter}`;
      registry.set(key, { element, blockId });
      return key;
    },
  };
}

// ----- talking to the sandbox -----

async function post(path: string, body: unknown): Promise<void> {
  try {
    const response = await fetch(`/sandbox/api/${path}`, {
      method: 'POST',
      // The server answers (toasts) in the page's language.
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as ApiAnswer;
    if (!answer.ok) toast(answer.message ?? t('sandbox.toast.failed'));
    // What a clock move or scheduler run did: "Sent 3: Noor 2, Maya 1".
    else if (answer.message !== undefined) toast(answer.message);
  } catch (error) {
    toast(t('sandbox.toast.unreachable', { error: String(error) }));
  }
  await refresh();
}

function toast(message: string): void {
  const box = byId('toast');
  box.textContent = message;
  box.hidden = false;
  window.setTimeout(() => (box.hidden = true), 6000);
}

async function refresh(): Promise<void> {
  const response = await fetch(`/sandbox/api/state?user=${encodeURIComponent(user)}`);
  if (!response.ok) return;
  current = (await response.json()) as SandboxState;
  render(current);
}

// ----- rendering -----

/** Attributes that index.html names a message for: `data-i18n-title="sandbox.…"` fills `title`. */
const TRANSLATED_ATTRIBUTES = [
  ['data-i18n-title', 'title'],
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-label', 'aria-label'],
] as const;

/** Writes the page's static text (index.html's `data-i18n…` keys) in `next`, and draws the rest again in it. */
function showLanguage(next: Language, force = false): void {
  if (next === language && !force) return;
  language = next;
  // Screen readers pronounce the page by its lang.
  document.documentElement.lang = next;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (isSandboxMessageKey(element.dataset.i18n)) element.textContent = t(element.dataset.i18n);
  }
  for (const [data, attribute] of TRANSLATED_ATTRIBUTES) {
    for (const element of document.querySelectorAll(`[${data}]`)) {
      const key = element.getAttribute(data) ?? undefined;
      if (isSandboxMessageKey(key)) element.setAttribute(attribute, t(key));
    }
  }
  for (const part of ['pane', 'modals', 'people', 'sidebar'] as const) rendered[part] = '';
  // A toast still showing is in the language left behind.
  byId('toast').hidden = true;
}

function formatTime(iso: string, timeZone: string, withDay: boolean): string {
  // British English for English, as the app's own English writes dates day first.
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : language, {
    timeZone,
    ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  });
}

function renderPeople(state: SandboxState): void {
  const key = JSON.stringify(state.people) + state.user;
  if (rendered.people === key) return;
  rendered.people = key;
  const select = byId<HTMLSelectElement>('person');
  select.replaceChildren(
    ...state.people.map((p) =>
      toDom({
        tag: 'option',
        attrs: { value: p.id, ...(p.id === state.user ? { selected: '' } : {}) },
        children: [`${p.name} — ${p.about}`],
      }),
    ),
  );
}

function renderSidebar(state: SandboxState): void {
  const list = byId('conversations');
  const entries: Array<{ label: string; target: Pane; key: string }> = [
    { label: t('sandbox.nav.home'), target: { kind: 'home' }, key: 'home' },
    ...state.conversations.map((c) => ({
      label: c.kind === 'app' ? t('sandbox.nav.messages', { name: c.name }) : `# ${c.name}`,
      target: { kind: 'conversation', id: c.id } as Pane,
      key: c.id,
    })),
  ];
  const active = pane.kind === 'home' ? 'home' : pane.id;
  const open = state.conversations.find((c) => c.id === active);
  if (open !== undefined) seen.set(seenKey(open.id), othersItems(open));
  const key = JSON.stringify([
    user,
    active,
    state.conversations.map((c) => [c.id, c.name, c.items.length, seen.get(seenKey(c.id)) ?? 0]),
  ]);
  if (rendered.sidebar === key) return;
  rendered.sidebar = key;
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = `nav${entry.key === active ? ' active' : ''}`;
      item.dataset.pane = entry.key;
      item.textContent = entry.label;
      const conversation = state.conversations.find((c) => c.id === entry.key);
      const count =
        conversation === undefined ? 0 : othersItems(conversation) - (seen.get(seenKey(conversation.id)) ?? 0);
      if (count > 0 && entry.key !== active) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = String(count);
        item.appendChild(badge);
      }
      return item;
    }),
  );
}

/** A shared file as Slack shows it in a conversation: its title, name and size, an image inline, a text file's first lines. */
function fileCard(file: FeedFile): HTMLElement {
  const card = document.createElement('div');
  card.className = 'file-card';
  const title = document.createElement('div');
  title.className = 'file-title';
  title.textContent = file.title;
  const meta = document.createElement('span');
  meta.className = 'muted';
  meta.textContent = ` ${file.name} · ${file.size < 1024 ? `${file.size} B` : `${Math.round(file.size / 1024)} KB`}`;
  title.appendChild(meta);
  card.appendChild(title);
  if (file.preview?.kind === 'image') {
    const image = document.createElement('img');
    image.src = file.preview.src;
    image.alt = file.title;
    image.className = 'file-image';
    card.appendChild(image);
  } else if (file.preview?.kind === 'text') {
    const lines = document.createElement('pre');
    lines.className = 'file-text';
    lines.textContent = file.preview.lines;
    card.appendChild(lines);
  }
  return card;
}

function feedItem(item: FeedItem, state: SandboxState): HTMLElement {
  const row = document.createElement('div');
  row.className = `item item-${item.author}${item.ephemeral ? ' ephemeral' : ''}`;
  row.dataset.itemKey = item.key;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const who =
    item.author === 'app'
      ? state.app.name
      : item.author === 'you'
        ? (state.people.find((p) => p.id === state.user)?.name ?? t('sandbox.item.you'))
        : item.author === 'person'
          ? (item.authorName ?? t('sandbox.item.someone'))
          : t('sandbox.item.sandbox');
  const name = document.createElement('b');
  name.textContent = who;
  meta.append(name, ` ${formatTime(item.at, state.timeZone, true)}`);
  if (item.author === 'app') meta.append(toDom({ tag: 'span', attrs: { class: 'app-tag' }, children: ['APP'] }));
  if (item.ephemeral && item.author === 'app')
    meta.append(toDom({ tag: 'span', attrs: { class: 'only-you' }, children: [t('sandbox.item.onlyYou')] }));
  if (item.edited)
    meta.append(toDom({ tag: 'span', attrs: { class: 'muted' }, children: [` ${t('sandbox.item.edited')}`] }));
  // Message shortcuts act on messages kept in a conversation, as in Slack's ⋮ menu, under the app's names for them.
  if (item.key.startsWith('m:') && !item.ephemeral) {
    for (const shortcut of state.app.shortcuts)
      meta.append(
        toDom({
          tag: 'button',
          attrs: {
            type: 'button',
            class: 'shortcut',
            'data-shortcut': item.key,
            'data-callback': shortcut.callbackId,
            title: t('sandbox.item.shortcut'),
          },
          children: [`⋮ ${shortcut.name}`],
        }),
      );
  }
  row.appendChild(meta);
  if (item.author === 'app' || item.key.startsWith('m:')) {
    row.appendChild(toDom(renderMessageBody({ text: item.text, blocks: item.blocks }, context('message'))));
    for (const file of item.files ?? []) row.appendChild(fileCard(file));
  } else {
    const text = document.createElement('div');
    text.className = item.author === 'you' ? 'typed' : 'system';
    text.textContent = item.text;
    row.appendChild(text);
  }
  return row;
}

function renderPane(state: SandboxState): void {
  const shown = pane;
  const conversation: Conversation | undefined =
    shown.kind === 'conversation' ? state.conversations.find((c) => c.id === shown.id) : undefined;
  const key = JSON.stringify([pane, pane.kind === 'home' ? state.home : conversation, state.people, state.timeZone]);
  if (rendered.pane === key) return;
  rendered.pane = key;
  const title = byId('pane-title');
  const body = byId('pane-body');
  const composer = byId('composer-row');
  if (pane.kind === 'home') {
    title.textContent = t('sandbox.pane.home');
    composer.hidden = true;
    const home = state.home;
    body.replaceChildren(
      home === null
        ? toDom({ tag: 'div', attrs: { class: 'empty' }, children: [t('sandbox.pane.homeOpening')] })
        : toDom({
            tag: 'div',
            attrs: { class: 'home', 'data-view-id': String(home.id ?? '') },
            children: [renderBlocks(home.blocks, context('home'))],
          }),
    );
    return;
  }
  title.textContent =
    conversation === undefined
      ? ''
      : conversation.kind === 'app'
        ? t('sandbox.pane.messages')
        : `# ${conversation.name}`;
  composer.hidden = false;
  const items = conversation?.items ?? [];
  body.replaceChildren(
    ...(items.length === 0
      ? [
          toDom({
            tag: 'div',
            attrs: { class: 'empty' },
            children: [conversation?.kind === 'app' ? t('sandbox.pane.emptyMessages') : t('sandbox.pane.empty')],
          }),
        ]
      : items.map((item) => feedItem(item, state))),
  );
  body.scrollTop = body.scrollHeight;
}

function renderModals(state: SandboxState): void {
  const layer = byId('modal-layer');
  const top: ModalState | undefined = state.modals[state.modals.length - 1];
  const viewKey = JSON.stringify(top === undefined ? null : [top.view.id, top.view.hash, state.modals.length]);
  const errorKey = JSON.stringify(top?.errors ?? {});
  if (viewKey !== rendered.modals) {
    rendered.modals = viewKey;
    rendered.modalErrors = errorKey;
    layer.hidden = top === undefined;
    layer.replaceChildren(...(top === undefined ? [] : [toDom(renderModal(top.view, context('modal', top.errors)))]));
    return;
  }
  if (errorKey === rendered.modalErrors || top === undefined) return;
  // Same view, new errors: show them beside the fields without losing what was typed.
  rendered.modalErrors = errorKey;
  for (const block of layer.querySelectorAll<HTMLElement>('[data-input-block]')) {
    const message = top.errors[block.dataset.inputBlock ?? ''];
    block.classList.toggle('has-error', message !== undefined);
    block.querySelector('.error')?.remove();
    if (message !== undefined)
      block.appendChild(toDom({ tag: 'div', attrs: { class: 'error', role: 'alert' }, children: [message] }));
  }
}

function renderProblems(state: SandboxState): void {
  const box = byId('problems');
  box.hidden = state.problems.length === 0;
  box.replaceChildren(
    toDom({ tag: 'b', attrs: {}, children: [t('sandbox.problems', { count: state.problems.length })] }),
    ...state.problems.map((p) => toDom({ tag: 'div', attrs: {}, children: [p] })),
  );
}

function render(state: SandboxState): void {
  if (user === '') user = state.user;
  const shown = pane;
  if (shown.kind === 'conversation' && !state.conversations.some((c) => c.id === shown.id)) {
    pane = { kind: 'conversation', id: state.conversations[0]?.id ?? '' };
  }
  showLanguage(state.language);
  if (rendered.languageChoice !== `${state.user}:${state.languageChoice}`) {
    rendered.languageChoice = `${state.user}:${state.languageChoice}`;
    byId<HTMLSelectElement>('language').value = state.languageChoice;
  }
  const person = state.people.find((p) => p.id === state.user)?.name.split(' ')[0];
  byId('clock').textContent = `${formatTime(state.now, state.timeZone, true)} · ${state.timeZone}`;
  byId('clock').title =
    person === undefined
      ? t('sandbox.clock.titleYours', { zone: state.timeZone })
      : t('sandbox.clock.title', { name: person, zone: state.timeZone });
  byId('clock').dataset.now = state.now;
  byId('demo').textContent = state.demoLoaded ? t('sandbox.demo.reload') : t('sandbox.demo.load');
  renderPeople(state);
  renderSidebar(state);
  renderPane(state);
  renderModals(state);
  renderProblems(state);
}

// ----- reading controls -----

function controlValue(control: HTMLElement): ControlValue {
  if (control instanceof HTMLSelectElement) {
    return control.multiple
      ? { kind: 'many', values: [...control.selectedOptions].map((o) => o.value) }
      : { kind: 'one', value: control.value };
  }
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
    return { kind: 'one', value: control.value };
  const checked = [...control.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  return { kind: 'many', values: checked };
}

function controlOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-el]') : null;
}

/** `view.state.values` of every stateful element inside `root`. */
function stateValues(root: Element): Record<string, Record<string, Record<string, unknown>>> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const control of root.querySelectorAll<HTMLElement>('[data-el]')) {
    const registered = registry.get(control.dataset.el ?? '');
    if (registered === undefined) continue;
    const state = stateOf(registered.element, controlValue(control));
    if (state === undefined) continue;
    const actionId = String(registered.element.action_id ?? control.dataset.actionId ?? '');
    values[registered.blockId] = { ...values[registered.blockId], [actionId]: state };
  }
  return values;
}

function confirmFirst(element: Json): Promise<boolean> {
  const confirm = element.confirm;
  if (typeof confirm !== 'object' || confirm === null) return Promise.resolve(true);
  const dialog = confirm as Json;
  const text = (value: unknown): string =>
    typeof value === 'object' && value !== null ? String((value as Json).text ?? '') : '';
  return new Promise((resolve) => {
    const layer = byId('confirm-layer');
    const box = toDom({
      tag: 'div',
      attrs: { class: 'modal confirm', role: 'alertdialog' },
      children: [
        {
          tag: 'div',
          attrs: { class: 'modal-title' },
          children: [text(dialog.title) || t('sandbox.render.confirmTitle')],
        },
        { tag: 'div', attrs: { class: 'modal-body' }, children: [text(dialog.text)] },
        {
          tag: 'div',
          attrs: { class: 'modal-footer' },
          children: [
            {
              tag: 'button',
              attrs: { type: 'button', class: 'btn', 'data-confirm': 'no' },
              children: [text(dialog.deny) || t('sandbox.render.cancel')],
            },
            {
              tag: 'button',
              attrs: {
                type: 'button',
                class: `btn ${dialog.style === 'danger' ? 'btn-danger' : 'btn-primary'}`,
                'data-confirm': 'yes',
              },
              children: [text(dialog.confirm) || t('sandbox.render.confirmYes')],
            },
          ],
        },
      ],
    });
    layer.replaceChildren(box);
    layer.hidden = false;
    layer.onclick = (event) => {
      const answer = event.target instanceof HTMLElement ? event.target.dataset.confirm : undefined;
      if (answer === undefined) return;
      layer.hidden = true;
      layer.replaceChildren();
      resolve(answer === 'yes');
    };
  });
}

async function useElement(control: HTMLElement): Promise<void> {
  const registered = registry.get(control.dataset.el ?? '');
  if (registered === undefined || current === undefined) return;
  const { element, blockId } = registered;
  if (!(await confirmFirst(element))) return;
  if (typeof element.url === 'string' && /^https?:\/\//.test(element.url))
    window.open(element.url, '_blank', 'noopener');
  const action = actionOf(element, blockId, controlValue(control)) as ActionRequest['action'];
  const viewRoot = control.closest<HTMLElement>('[data-view-id]');
  const itemRoot = control.closest<HTMLElement>('[data-item-key]');
  let request: ActionRequest;
  if (viewRoot !== null)
    request = {
      user,
      source: { kind: 'view', viewId: viewRoot.dataset.viewId ?? '' },
      action,
      values: stateValues(viewRoot),
    };
  else if (itemRoot !== null)
    request = { user, source: { kind: 'message', key: itemRoot.dataset.itemKey ?? '' }, action };
  else return;
  if (control.dataset.type === 'overflow' && control instanceof HTMLSelectElement) control.value = '';
  await post('action', request);
}

/** Elements in input blocks only send block_actions when the block has dispatch_action. */
function dispatches(control: HTMLElement): boolean {
  const input = control.closest<HTMLElement>('[data-input-block]');
  return input === null || input.dataset.dispatch === 'true';
}

// ----- wiring -----

/** Loading the demo team wipes the sandbox workspace: ask first when there is anything to lose. */
async function loadDemo(): Promise<void> {
  const anything =
    current !== undefined && (current.demoLoaded || current.conversations.some((c) => c.items.length > 0));
  const plain = (text: string): Json => ({ type: 'plain_text', text });
  const question: Json = {
    confirm: {
      title: plain(t('sandbox.demo.confirmTitle')),
      text: plain(t('sandbox.demo.confirmText')),
      confirm: plain(t('sandbox.demo.confirmYes')),
      deny: plain(t('sandbox.demo.confirmNo')),
      style: 'danger',
    },
  };
  if (anything && !(await confirmFirst(question))) return;
  seen.clear();
  await post('demo', {});
  toast(t('sandbox.demo.loaded'));
}

function showPane(next: Pane): void {
  pane = next;
  rendered.pane = '';
  if (next.kind === 'home') void post('home', { user });
  else if (current !== undefined) render(current);
}

function start(): void {
  showLanguage(language, true);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const nav = target?.closest<HTMLElement>('[data-pane]');
    if (nav)
      return showPane(
        nav.dataset.pane === 'home' ? { kind: 'home' } : { kind: 'conversation', id: nav.dataset.pane ?? '' },
      );
    const shortcut = target?.closest<HTMLElement>('[data-shortcut]');
    if (shortcut)
      return void post('shortcut', {
        user,
        key: shortcut.dataset.shortcut ?? '',
        ...(shortcut.dataset.callback ? { shortcut: shortcut.dataset.callback } : {}),
      });
    const modalButton = target?.closest<HTMLElement>('[data-modal]');
    const modal = target?.closest<HTMLElement>('[data-view-id]');
    if (modalButton && modal) {
      const viewId = modal.dataset.viewId ?? '';
      if (modalButton.dataset.modal === 'submit') void post('submit', { user, viewId, values: stateValues(modal) });
      else void post('close', { user, viewId });
      return;
    }
    const control = controlOf(target);
    if (control?.dataset.type === 'button') void useElement(control);
  });
  document.addEventListener('change', (event) => {
    const control = controlOf(event.target);
    if (control === null || control.dataset.type === 'button' || !dispatches(control)) return;
    // A date being typed changes with every digit ("0002" on the way to "2027"): send it once, when the field is left.
    if (control instanceof HTMLInputElement && control.type === 'date') {
      control.dataset.pending = 'true';
      return;
    }
    if (control.dataset.type === 'overflow' && (control as HTMLSelectElement).value === '') return;
    void useElement(control);
  });
  document.addEventListener('focusout', (event) => {
    const control = controlOf(event.target);
    if (!(control instanceof HTMLInputElement) || control.dataset.pending !== 'true') return;
    delete control.dataset.pending;
    void useElement(control);
  });
  byId<HTMLSelectElement>('person').addEventListener('change', (event) => {
    user = (event.target as HTMLSelectElement).value;
    localStorage.setItem('pathway-sandbox-user', user);
    rendered.pane = '';
    rendered.modals = '';
    if (pane.kind === 'home') void post('home', { user });
    else void refresh();
  });
  // The picker types `/pathway language …` as the person, so it goes through the app like any command.
  byId<HTMLSelectElement>('language').addEventListener('change', (event) => {
    const language = (event.target as HTMLSelectElement).value;
    void (async () => {
      await refresh(); // the state of the person chosen now, whose DM it must be
      const dm = current?.conversations.find((conversation) => conversation.kind === 'app');
      if (!dm) return toast(t('sandbox.demo.first'));
      showPane({ kind: 'conversation', id: dm.id });
      await post('command', { user, channel: dm.id, text: `/pathway language ${language}` });
    })();
  });
  byId('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('composer-input');
    const text = input.value.trim();
    if (text === '') return;
    if (pane.kind !== 'conversation') return;
    if (!text.startsWith('/')) {
      // In a channel it is a message people see (⋮ → Save as evidence works on it); the app's DM only takes commands.
      if (pane.id.startsWith('D')) return toast(t('sandbox.composer.commandsOnly'));
      input.value = '';
      void post('message', { user, channel: pane.id, text });
      return;
    }
    input.value = '';
    void post('command', { user, channel: pane.id, text });
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-advance]')) {
    button.addEventListener('click', () => void post('clock', { advanceMinutes: Number(button.dataset.advance) }));
  }
  byId('morning').addEventListener('click', () => void post('clock', { to: 'next-working-morning', user }));
  byId('scheduler').addEventListener('click', () => void post('scheduler', {}));
  byId('demo').addEventListener('click', () => void loadDemo());
  void refresh();
  window.setInterval(() => void refresh(), POLL_MS);
}

start();
