/**
 * What the sandbox page and server say to each other: requests validated with zod on the
 * server, and the state the page renders. The page imports only types from here.
 */
import { z } from 'zod';
import type { Language } from '../domain/language.js';

const userId = z.string().regex(/^U[A-Z0-9]{2,}$/, 'must be a Slack user id');
const channelId = z.string().regex(/^[CDG][A-Z0-9]{2,}$/, 'must be a Slack channel id');

export const commandRequest = z.object({
  user: userId,
  channel: channelId,
  /** What was typed, e.g. `/pathway plan`. */
  text: z.string().trim().min(1).max(4000),
});

/** `view.state.values`, as Slack sends it. */
export const stateValues = z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown())));
export type StateValuesJson = z.infer<typeof stateValues>;

/** The action object of a block_actions payload, built by the page from the element that was used. */
export const actionObject = z
  .object({ type: z.string().min(1), action_id: z.string(), block_id: z.string() })
  .catchall(z.unknown());

export const actionRequest = z.object({
  user: userId,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('message'), key: z.string() }),
    z.object({ kind: z.literal('view'), viewId: z.string() }),
  ]),
  action: actionObject,
  values: stateValues.default({}),
});

/** A person posts a message in a channel (message shortcuts act on it). */
export const messageRequest = z.object({ user: userId, channel: channelId, text: z.string().trim().min(1).max(4000) });
/** A message shortcut ("Save as evidence", or "Thank for this" with `shortcut: 'thank_for_this'`) used on the feed item `key`. */
export const shortcutRequest = z.object({
  user: userId,
  key: z.string().min(1).max(200),
  shortcut: z.enum(['save_as_evidence', 'thank_for_this']).default('save_as_evidence'),
});

export const submitRequest = z.object({ user: userId, viewId: z.string(), values: stateValues });
export const closeRequest = z.object({ user: userId, viewId: z.string() });
export const homeRequest = z.object({ user: userId });
export const clockRequest = z.union([
  z.object({
    advanceMinutes: z
      .number()
      .int()
      .positive()
      .max(60 * 24 * 366),
  }),
  /** To the start of the next working day in this person's time zone and the workspace's hours. */
  z.object({ to: z.literal('next-working-morning'), user: z.string().regex(/^U[A-Z0-9]{2,}$/) }),
]);

export type CommandRequest = z.infer<typeof commandRequest>;
export type ActionRequest = z.input<typeof actionRequest>;
export type SubmitRequest = z.infer<typeof submitRequest>;

export interface PersonInfo {
  readonly id: string;
  readonly name: string;
  readonly about: string;
}

export interface FeedItem {
  readonly key: string;
  /** Sandbox time it arrived (ISO). */
  readonly at: string;
  /** `person`: someone else in the workspace (their name in authorName). */
  readonly author: 'app' | 'you' | 'person' | 'system';
  readonly authorName?: string;
  readonly text: string;
  readonly blocks?: unknown;
  /** Only the current person sees it. */
  readonly ephemeral: boolean;
  readonly edited: boolean;
  /** Files the app shared with the message (a report's CSV and chart, an export), as Slack shows them. */
  readonly files?: readonly FeedFile[];
}

export interface FeedFile {
  readonly name: string;
  readonly title: string;
  readonly size: number;
  /** An image as a data: URL, or the first lines of a text file; none for anything else. */
  readonly preview?:
    | { readonly kind: 'image'; readonly src: string }
    | { readonly kind: 'text'; readonly lines: string };
}

export interface Conversation {
  readonly id: string;
  readonly name: string;
  readonly kind: 'app' | 'channel';
  readonly items: readonly FeedItem[];
}

export interface ModalState {
  readonly view: Record<string, unknown>;
  /** `response_action: errors` of the last submission, by block id. */
  readonly errors: Readonly<Record<string, string>>;
}

/** What Slack knows of the app from its manifest: its name, and the message shortcuts of a message's ⋮ menu. */
export interface AppListing {
  readonly name: string;
  readonly shortcuts: ReadonlyArray<{ readonly callbackId: string; readonly name: string }>;
}

export interface SandboxState {
  readonly app: AppListing;
  readonly now: string;
  readonly timeZone: string;
  readonly people: readonly PersonInfo[];
  /** Display names of the workspace's other people (the demo's colleagues), so their mentions read as names. */
  readonly colleagues?: Readonly<Record<string, string>>;
  readonly user: string;
  /** The language the app writes to this person in (their choice, else their Slack language): the page's. */
  readonly language: Language;
  /** What they chose with `/pathway language`, or `auto` (following Slack): the language picker's value. */
  readonly languageChoice: Language | 'auto';
  readonly conversations: readonly Conversation[];
  readonly home: Record<string, unknown> | null;
  readonly modals: readonly ModalState[];
  /** Spec and Block Kit problems the fake Slack found in the app's calls, newest last. */
  readonly problems: readonly string[];
  readonly demoLoaded: boolean;
}

export interface ApiAnswer {
  readonly ok: boolean;
  /** Shown to the visitor: why the request did not work, or what it did ("Sent 3: Noor 2, Maya 1"). */
  readonly message?: string;
}
