/**
 * Drives the app's `POST /slack/events` the way Slack does: signed requests carrying slash
 * commands (form fields), interactivity (`payload=<json>` form) and Events API envelopes (JSON).
 * Each request gets a fresh trigger_id and response_url from the FakeSlack, so the app's follow-up
 * calls (views.open, respond()) land in the fake.
 */
import { createHmac } from 'node:crypto';
import type { FakeSlack } from './fake-slack.js';

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{rawBody}` — Slack's request signature. */
export function slackSignature(signingSecret: string, timestamp: number | string, rawBody: string): string {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return `v0=${digest}`;
}

export interface DriverResult {
  readonly status: number;
  /** Parsed JSON when the app answered JSON, else the text ('' for an empty ack). */
  readonly body: unknown;
  readonly text: string;
  readonly headers: Headers;
  /** Milliseconds from sending the request to the end of the app's answer (Slack allows 3000). */
  readonly ackMs: number;
  /** The trigger_id and response_url sent with the request, when it carried them. */
  readonly triggerId?: string;
  readonly responseUrl?: string;
  /** What was sent: form fields, interactivity payload or event envelope. */
  readonly sent: unknown;
}

export interface SlackDriverOptions {
  /** The app's base URL (http://127.0.0.1:PORT) or its full events URL. */
  readonly appUrl: string;
  readonly signingSecret: string;
  readonly fakeSlack: FakeSlack;
  /** Default /slack/events. */
  readonly path?: string;
  /** Sent as `token` (Slack's legacy verification token). */
  readonly verificationToken?: string;
}

export interface SlashCommandOptions {
  readonly userId: string;
  readonly text?: string;
  readonly command?: string;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly channelName?: string;
}

export interface SelectedOption {
  readonly value: string;
  readonly text?: string;
}

export interface ViewContext {
  readonly id?: string;
  readonly type?: 'modal' | 'home';
  readonly callbackId?: string;
  readonly privateMetadata?: string;
  readonly hash?: string;
  readonly blocks?: readonly unknown[];
  readonly values?: StateValues;
}

export interface MessageContainer {
  readonly channelId?: string;
  readonly messageTs?: string;
  readonly isEphemeral?: boolean;
  readonly blocks?: readonly unknown[];
  readonly text?: string;
}

export interface BlockActionOptions {
  readonly userId: string;
  readonly actionId: string;
  readonly blockId?: string;
  /** Button value; the action is a button unless selectedOption / selectedDate / elementType says otherwise. */
  readonly value?: string;
  readonly selectedOption?: SelectedOption;
  readonly selectedDate?: string;
  readonly selectedUser?: string;
  /** Element type of the action; inferred from the selected_* fields when omitted. */
  readonly elementType?: string;
  /** Set for actions inside a modal or the Home tab. */
  readonly view?: ViewContext;
  /** Set for actions in a message (the default when no view is given). */
  readonly container?: MessageContainer;
  readonly triggerId?: string;
  readonly teamId?: string;
  /** Extra fields merged into the action object. */
  readonly action?: Readonly<Record<string, unknown>>;
}

/** `view.state.values`: block_id → action_id → element value, as Slack sends it. */
export type StateValues = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

export interface MessageActionOptions {
  readonly userId: string;
  /** The shortcut's callback_id, as declared in the manifest. */
  readonly callbackId: string;
  readonly channelId: string;
  /** The message the shortcut was used on (as Slack sends it: its ts, text and author). */
  readonly message: { readonly ts: string; readonly text: string; readonly user?: string };
  readonly teamId?: string;
}

export interface ViewSubmissionOptions {
  readonly userId: string;
  readonly callbackId: string;
  readonly values: StateValues;
  readonly privateMetadata?: string;
  readonly viewId?: string;
  readonly hash?: string;
  readonly blocks?: readonly unknown[];
  readonly teamId?: string;
}

export interface ViewClosedOptions {
  readonly userId: string;
  readonly callbackId: string;
  readonly privateMetadata?: string;
  readonly viewId?: string;
  readonly isCleared?: boolean;
  readonly teamId?: string;
}

export interface EventOptions {
  readonly teamId?: string;
  /** Sends X-Slack-Retry-Num / X-Slack-Retry-Reason, as Slack does when it redelivers. */
  readonly retry?: { readonly num: number; readonly reason: string };
  readonly eventId?: string;
}

export type SlackEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/** Slack rejects requests older than 5 minutes; this is 6. */
const STALE_SECONDS = 6 * 60;

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function plainText(text: string): Record<string, unknown> {
  return { type: 'plain_text', text, emoji: true };
}

function actionTs(): string {
  return `${(Date.now() / 1000).toFixed(6)}`;
}

function randomId(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
}

function inferElementType(options: BlockActionOptions): string {
  if (options.elementType !== undefined) return options.elementType;
  if (options.selectedOption !== undefined) return 'static_select';
  if (options.selectedDate !== undefined) return 'datepicker';
  if (options.selectedUser !== undefined) return 'users_select';
  return 'button';
}

function buildAction(options: BlockActionOptions): Record<string, unknown> {
  const type = inferElementType(options);
  const action: Record<string, unknown> = {
    type,
    action_id: options.actionId,
    block_id: options.blockId ?? randomId('b'),
    action_ts: actionTs(),
  };
  if (type === 'button') action.text = plainText('Button');
  if (options.value !== undefined) action.value = options.value;
  if (options.selectedOption !== undefined) {
    action.selected_option = {
      text: plainText(options.selectedOption.text ?? options.selectedOption.value),
      value: options.selectedOption.value,
    };
  }
  if (options.selectedDate !== undefined) action.selected_date = options.selectedDate;
  if (options.selectedUser !== undefined) action.selected_user = options.selectedUser;
  return { ...action, ...options.action };
}

async function readAnswer(response: Response): Promise<{ body: unknown; text: string }> {
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes(JSON_TYPE);
  if (!isJson || text === '') return { body: text, text };
  try {
    return { body: JSON.parse(text) as unknown, text };
  } catch {
    return { body: text, text };
  }
}

export class SlackDriver {
  private readonly endpoint: string;
  private readonly fake: FakeSlack;
  private readonly signingSecret: string;
  private readonly verificationToken: string;

  constructor(options: SlackDriverOptions) {
    const base = options.appUrl.replace(/\/$/, '');
    const path = options.path ?? '/slack/events';
    this.endpoint = base.endsWith(path) ? base : `${base}${path}`;
    this.fake = options.fakeSlack;
    this.signingSecret = options.signingSecret;
    this.verificationToken = options.verificationToken ?? 'fake-verification-token';
  }

  // ----- what Slack sends -----

  /** A slash command, form-encoded with the fields (and order) Slack uses. */
  async slashCommand(options: SlashCommandOptions): Promise<DriverResult> {
    const { fields, triggerId, responseUrl } = this.slashCommandFields(options);
    const body = new URLSearchParams(fields).toString();
    return this.send(body, FORM, { triggerId, responseUrl, sent: fields });
  }

  /** Fields of a slash command request, with a fresh trigger_id and response_url. */
  slashCommandFields(options: SlashCommandOptions): {
    fields: Record<string, string>;
    triggerId: string;
    responseUrl: string;
  } {
    const triggerId = this.fake.triggerId();
    const responseUrl = this.fake.responseUrl();
    const fields: Record<string, string> = {
      token: this.verificationToken,
      team_id: options.teamId ?? this.fake.team.id,
      team_domain: this.fake.team.domain,
      channel_id: options.channelId ?? this.fake.dmChannelFor(options.userId),
      channel_name: options.channelName ?? (options.channelId === undefined ? 'directmessage' : 'general'),
      user_id: options.userId,
      user_name: this.userName(options.userId),
      command: options.command ?? '/pathway',
      text: options.text ?? '',
      api_app_id: this.fake.bot.appId,
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: triggerId,
    };
    return { fields, triggerId, responseUrl };
  }

  /** A block_actions interaction from a message (default) or a view (when `view` is set). */
  async blockAction(options: BlockActionOptions): Promise<DriverResult> {
    const triggerId = options.triggerId ?? this.fake.triggerId();
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: this.userObject(options.userId, options.teamId),
      api_app_id: this.fake.bot.appId,
      token: this.verificationToken,
      trigger_id: triggerId,
      team: this.teamObject(options.teamId),
      enterprise: null,
      is_enterprise_install: false,
      actions: [buildAction(options)],
    };
    const responseUrl = options.view === undefined ? this.addMessageSource(payload, options) : undefined;
    if (options.view !== undefined) this.addViewSource(payload, options.view, options.teamId);
    return this.sendPayload(payload, { triggerId, responseUrl });
  }

  /** A message shortcut (`message_action`): the message it was used on, with a fresh trigger_id and response_url. */
  async messageAction(options: MessageActionOptions): Promise<DriverResult> {
    const triggerId = this.fake.triggerId();
    const responseUrl = this.fake.responseUrl();
    const author = options.message.user ?? this.fake.bot.userId;
    const payload = {
      type: 'message_action',
      token: this.verificationToken,
      action_ts: actionTs(),
      team: this.teamObject(options.teamId),
      user: this.userObject(options.userId, options.teamId),
      channel: { id: options.channelId, name: options.channelId.startsWith('D') ? 'directmessage' : 'general' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: options.callbackId,
      trigger_id: triggerId,
      response_url: responseUrl,
      message_ts: options.message.ts,
      message: {
        type: 'message',
        user: author,
        ts: options.message.ts,
        text: options.message.text,
        team: options.teamId ?? this.fake.team.id,
        ...(author === this.fake.bot.userId ? { bot_id: this.fake.bot.botId, app_id: this.fake.bot.appId } : {}),
      },
    };
    return this.sendPayload(payload, { triggerId, responseUrl });
  }

  /** A view_submission interaction with `values` as view.state.values. */
  async viewSubmission(options: ViewSubmissionOptions): Promise<DriverResult> {
    const triggerId = this.fake.triggerId();
    const view = this.viewObject(
      {
        id: options.viewId,
        callbackId: options.callbackId,
        privateMetadata: options.privateMetadata,
        hash: options.hash,
        blocks: options.blocks,
        values: options.values,
      },
      options.teamId,
    );
    const payload = {
      type: 'view_submission',
      team: this.teamObject(options.teamId),
      user: this.userObject(options.userId, options.teamId),
      api_app_id: this.fake.bot.appId,
      token: this.verificationToken,
      trigger_id: triggerId,
      view,
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    return this.sendPayload(payload, { triggerId });
  }

  /** A view_closed interaction (sent when the modal has notify_on_close). */
  async viewClosed(options: ViewClosedOptions): Promise<DriverResult> {
    const view = this.viewObject(
      { id: options.viewId, callbackId: options.callbackId, privateMetadata: options.privateMetadata },
      options.teamId,
    );
    const payload = {
      type: 'view_closed',
      team: this.teamObject(options.teamId),
      user: this.userObject(options.userId, options.teamId),
      api_app_id: this.fake.bot.appId,
      token: this.verificationToken,
      view,
      is_cleared: options.isCleared ?? false,
      is_enterprise_install: false,
      enterprise: null,
    };
    return this.sendPayload(payload, {});
  }

  /** An Events API event_callback envelope around `event` (app_home_opened gets its usual fields). */
  async event(event: SlackEvent, options: EventOptions = {}): Promise<DriverResult> {
    const envelope = this.eventEnvelope(event, options);
    const headers: Record<string, string> = {};
    if (options.retry !== undefined) {
      headers['X-Slack-Retry-Num'] = String(options.retry.num);
      headers['X-Slack-Retry-Reason'] = options.retry.reason;
    }
    return this.send(JSON.stringify(envelope), JSON_TYPE, { sent: envelope }, headers);
  }

  eventEnvelope(event: SlackEvent, options: EventOptions = {}): Record<string, unknown> {
    const teamId = options.teamId ?? this.fake.team.id;
    return {
      token: this.verificationToken,
      team_id: teamId,
      api_app_id: this.fake.bot.appId,
      event: this.completeEvent(event),
      type: 'event_callback',
      event_id: options.eventId ?? randomId('Ev'),
      event_time: nowSeconds(),
      authorizations: [
        {
          enterprise_id: null,
          team_id: teamId,
          user_id: this.fake.bot.userId,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
      is_ext_shared_channel: false,
      event_context: `4-${randomId('')}`,
    };
  }

  /** The url_verification handshake Slack sends when the events URL is saved. */
  async urlVerification(challenge = randomId('challenge')): Promise<DriverResult> {
    const body = { token: this.verificationToken, challenge, type: 'url_verification' };
    return this.send(JSON.stringify(body), JSON_TYPE, { sent: body });
  }

  // ----- raw access and rejection cases -----

  /** Posts `body` with exactly `headers` (no signing added). */
  async rawPost(body: string, headers: Readonly<Record<string, string>>): Promise<DriverResult> {
    const started = performance.now();
    const response = await fetch(this.endpoint, { method: 'POST', headers: { ...headers }, body });
    const answer = await readAnswer(response);
    return {
      status: response.status,
      headers: response.headers,
      ackMs: performance.now() - started,
      sent: body,
      ...answer,
    };
  }

  /** The signature headers Slack would send for `body` at `timestamp` (seconds; default now). */
  signedHeaders(body: string, contentType = FORM, timestamp = nowSeconds()): Record<string, string> {
    return {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(this.signingSecret, timestamp, body),
    };
  }

  /** A correctly formed slash command body, for the rejection helpers. */
  sampleBody(): string {
    return new URLSearchParams(this.slashCommandFields({ userId: 'U0SAMPLE1' }).fields).toString();
  }

  /** Signed with the wrong secret. */
  postWithBadSignature(body = this.sampleBody(), contentType = FORM): Promise<DriverResult> {
    const timestamp = nowSeconds();
    return this.rawPost(body, {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(`${this.signingSecret}-wrong`, timestamp, body),
    });
  }

  /** No X-Slack-Signature header at all. */
  postWithoutSignature(body = this.sampleBody(), contentType = FORM): Promise<DriverResult> {
    return this.rawPost(body, { 'Content-Type': contentType, 'X-Slack-Request-Timestamp': String(nowSeconds()) });
  }

  /** Correctly signed, but with a timestamp 6 minutes old (a replay). */
  postWithStaleTimestamp(body = this.sampleBody(), contentType = FORM): Promise<DriverResult> {
    return this.rawPost(body, this.signedHeaders(body, contentType, nowSeconds() - STALE_SECONDS));
  }

  // ----- building blocks -----

  private async send(
    body: string,
    contentType: string,
    meta: { triggerId?: string; responseUrl?: string; sent: unknown },
    extraHeaders: Record<string, string> = {},
  ): Promise<DriverResult> {
    const result = await this.rawPost(body, { ...this.signedHeaders(body, contentType), ...extraHeaders });
    return { ...result, ...meta };
  }

  private sendPayload(
    payload: Record<string, unknown>,
    meta: { triggerId?: string; responseUrl?: string },
  ): Promise<DriverResult> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, FORM, { ...meta, sent: payload });
  }

  /** Message-sourced actions carry container, channel, message (not for ephemeral ones) and a response_url. */
  private addMessageSource(payload: Record<string, unknown>, options: BlockActionOptions): string {
    const container = options.container ?? {};
    const channelId = container.channelId ?? this.fake.dmChannelFor(options.userId);
    const messageTs = container.messageTs ?? actionTs();
    const isEphemeral = container.isEphemeral ?? false;
    const responseUrl = this.fake.responseUrl();
    payload.container = { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: isEphemeral };
    payload.channel = { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'general' };
    if (!isEphemeral) {
      payload.message = {
        type: 'message',
        user: this.fake.bot.userId,
        bot_id: this.fake.bot.botId,
        app_id: this.fake.bot.appId,
        ts: messageTs,
        text: container.text ?? 'message',
        team: this.fake.team.id,
        blocks: container.blocks ?? [],
      };
    }
    payload.state = { values: {} };
    payload.response_url = responseUrl;
    return responseUrl;
  }

  /** View-sourced actions carry container {type:'view'} and the view, and no response_url. */
  private addViewSource(payload: Record<string, unknown>, view: ViewContext, teamId: string | undefined): void {
    const viewObject = this.viewObject(view, teamId);
    payload.container = { type: 'view', view_id: viewObject.id };
    payload.view = viewObject;
    payload.state = viewObject.state;
  }

  private viewObject(view: ViewContext, teamId: string | undefined): Record<string, unknown> & { id: string } {
    const type = view.type ?? 'modal';
    const id = view.id ?? randomId('V');
    return {
      id,
      team_id: teamId ?? this.fake.team.id,
      type,
      title: plainText(type === 'modal' ? 'Pathway' : 'Home'),
      blocks: view.blocks ?? [],
      private_metadata: view.privateMetadata ?? '',
      callback_id: view.callbackId ?? '',
      state: { values: view.values ?? {} },
      hash: view.hash ?? `${nowSeconds()}.abcdef12`,
      clear_on_close: false,
      notify_on_close: false,
      close: type === 'modal' ? plainText('Cancel') : null,
      submit: type === 'modal' ? plainText('Submit') : null,
      previous_view_id: null,
      root_view_id: id,
      app_id: this.fake.bot.appId,
      external_id: '',
      app_installed_team_id: teamId ?? this.fake.team.id,
      bot_id: this.fake.bot.botId,
    };
  }

  /** Fills the fields Slack always sends: event_ts, and for app_home_opened channel and tab. */
  private completeEvent(event: SlackEvent): Record<string, unknown> {
    const base: Record<string, unknown> = { event_ts: actionTs() };
    if (event.type === 'app_home_opened' && typeof event.user === 'string') {
      base.channel = this.fake.dmChannelFor(event.user);
      base.tab = 'home';
    }
    return { ...base, ...event };
  }

  private userName(userId: string): string {
    return this.fake.user(userId)?.name ?? userId.toLowerCase();
  }

  private userObject(userId: string, teamId: string | undefined): Record<string, unknown> {
    const name = this.userName(userId);
    return { id: userId, username: name, name, team_id: teamId ?? this.fake.team.id };
  }

  private teamObject(teamId: string | undefined): Record<string, unknown> {
    return { id: teamId ?? this.fake.team.id, domain: this.fake.team.domain };
  }
}

// ----- view_submission state value helpers -----

/** State of a plain_text_input (or email/url/number input) element. */
export function textValue(value: string | null, type = 'plain_text_input'): Record<string, unknown> {
  return { type, value };
}

/** State of a static_select (or radio_buttons with type 'radio_buttons'). */
export function selectValue(value: string | null, text = value ?? '', type = 'static_select'): Record<string, unknown> {
  return { type, selected_option: value === null ? null : { text: plainText(text), value } };
}

/** State of a multi_static_select or checkboxes element. */
export function multiSelectValue(values: readonly string[], type = 'multi_static_select'): Record<string, unknown> {
  return { type, selected_options: values.map((value) => ({ text: plainText(value), value })) };
}

/** State of a datepicker (YYYY-MM-DD or null). */
export function dateValue(date: string | null): Record<string, unknown> {
  return { type: 'datepicker', selected_date: date };
}

/** State of a users_select. */
export function userValue(userId: string | null): Record<string, unknown> {
  return { type: 'users_select', selected_user: userId };
}
