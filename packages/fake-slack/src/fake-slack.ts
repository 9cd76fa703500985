/**
 * A local fake of Slack's Web API, for tests and for the local sandbox (src/sandbox/).
 *
 * The app's WebClient points at `fake.url` (`slackApiUrl`) and talks HTTP to it exactly as it
 * would to slack.com: form-encoded or JSON bodies, Bearer tokens, 429 + Retry-After. Every call
 * is recorded, checked against Slack's OpenAPI spec (see `specViolations`) and answered with
 * payloads shaped like Slack's (samples in ../shared/slack-specs/java-slack-sdk-samples/).
 * The same server also plays `response_url`s and the file upload URLs of `files.uploadV2`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type BlockKitProblem, blockKitProblemList, viewProblemList } from './block-kit.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type Args = Record<string, unknown>;
export type Answer = { ok: boolean } & Record<string, unknown>;
export type BodyEncoding = 'form' | 'json' | 'multipart' | 'none';

export interface RecordedCall {
  readonly method: string;
  /** Arguments from the query string and body; `blocks`, `view`, `attachments`, `files`, `metadata` decoded from JSON. */
  readonly args: Args;
  readonly token: string | undefined;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  readonly httpMethod: string;
  readonly encoding: BodyEncoding;
  /** HTTP status answered; undefined while the answer is pending (e.g. a `delayMs` fault). */
  readonly status?: number;
  readonly response?: Answer;
}

export interface RecordedResponse {
  /** The response_url that was posted to. */
  readonly url: string;
  readonly body: unknown;
  readonly at: number;
}

export interface RecordedUpload {
  readonly fileId: string;
  readonly filename: string;
  /** The `length` announced to files.getUploadURLExternal. */
  readonly declaredLength: number;
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly at: number;
}

/** Files the app shared into a conversation with files.completeUploadExternal, as Slack shows them there. */
export interface FileShare {
  readonly channel: string;
  /** The initial_comment, shown above the files. */
  readonly comment: string;
  readonly files: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly title: string;
    readonly bytes: Buffer;
  }>;
  readonly at: number;
}

/** A file a person shared with the app (e.g. through a modal's file_input), served by files.info and url_private. */
export interface FakeFileOptions {
  readonly name: string;
  readonly content: string | Buffer;
  /** Who uploaded it; default U0UPLOADER. */
  readonly user?: string;
  readonly mimetype?: string;
  readonly filetype?: string;
}

/** A GET of a file's url_private, with the token it carried. */
export interface RecordedDownload {
  readonly fileId: string;
  readonly token: string | undefined;
  readonly status: number;
  readonly at: number;
}

export interface SpecViolation {
  readonly method: string;
  readonly message: string;
}

export interface BlockKitViolation extends BlockKitProblem {
  /** The API method, or `response_url`. */
  readonly source: string;
}

/** The method name under which failNext() fails response_url posts. */
export const RESPONSE_URL = 'response_url';

export type Fault =
  | { readonly status: 429; readonly retryAfter: number; readonly delayMs?: number }
  | { readonly status: 500; readonly delayMs?: number }
  | { readonly error: string; readonly delayMs?: number }
  | { readonly delayMs: number };

export interface FakeUserOptions {
  readonly id: string;
  readonly name?: string;
  readonly realName?: string;
  readonly displayName?: string;
  readonly email?: string;
  /** IANA zone; default Europe/London. */
  readonly tz?: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  readonly isPrimaryOwner?: boolean;
  readonly isRestricted?: boolean;
  readonly isBot?: boolean;
  readonly deleted?: boolean;
  /** users.info's locale (with include_locale); default en-GB. */
  readonly locale?: string;
}

/** The user object of users.info / users.lookupByEmail. */
export interface FakeSlackUser {
  id: string;
  team_id: string;
  name: string;
  deleted: boolean;
  color: string;
  real_name: string;
  tz: string;
  tz_label: string;
  tz_offset: number;
  profile: {
    real_name: string;
    real_name_normalized: string;
    display_name: string;
    display_name_normalized: string;
    first_name: string;
    last_name: string;
    email?: string;
    team: string;
    status_text: string;
    status_emoji: string;
    avatar_hash: string;
    image_24: string;
    image_48: string;
    image_72: string;
    image_192: string;
  };
  is_admin: boolean;
  is_owner: boolean;
  is_primary_owner: boolean;
  is_restricted: boolean;
  is_ultra_restricted: boolean;
  is_bot: boolean;
  is_app_user: boolean;
  updated: number;
  is_email_confirmed: boolean;
  who_can_share_contact_card: string;
  locale?: string;
}

export interface FakeChannelOptions {
  readonly name?: string;
  readonly isPrivate?: boolean;
  /** Member user ids; include `fake.bot.userId` for channels the bot is in. */
  readonly members?: readonly string[];
  readonly isArchived?: boolean;
}

export interface FakeMessage {
  readonly channel: string;
  readonly ts: string;
  readonly text: string;
  readonly blocks?: unknown;
  readonly attachments?: unknown;
  readonly threadTs?: string;
  /** Set for chat.postEphemeral messages: who sees it. */
  readonly ephemeralTo?: string;
  /** Set for messages a person posted (postAsUser); unset for the bot's own. */
  readonly user?: string;
  readonly edited: boolean;
  readonly deleted: boolean;
}

export interface ScheduledMessage {
  readonly id: string;
  readonly channel: string;
  readonly postAt: number;
  readonly text: string;
  readonly blocks?: unknown;
}

export interface FakeSlackOptions {
  readonly teamId?: string;
  readonly teamName?: string;
  readonly teamDomain?: string;
  readonly botUserId?: string;
  readonly botId?: string;
  readonly botName?: string;
  readonly appId?: string;
  readonly botToken?: string;
  /** Accepted tokens; default: any token starting with `xox`. */
  readonly tokens?: readonly string[];
  readonly users?: readonly FakeUserOptions[];
  /** When true, channels not set with setChannel() answer channel_not_found; default: treated as public channels the bot is in. */
  readonly strictChannels?: boolean;
  /** How long a trigger_id stays usable; Slack's is 3 s. */
  readonly triggerTtlMs?: number;
  /** Path of Slack's OpenAPI spec; default the copy in this package's specs/, or $SLACK_OPENAPI_SPEC. */
  readonly specPath?: string;
}

// ---------------------------------------------------------------------------------------------
// Slack's OpenAPI spec, and the methods newer than it
// ---------------------------------------------------------------------------------------------

interface ParamSpec {
  readonly name: string;
  readonly required: boolean;
  readonly type: string | undefined;
}

interface MethodSpec {
  readonly consumes: readonly string[];
  readonly params: ReadonlyMap<string, ParamSpec>;
}

const SpecParam = z.object({
  in: z.string(),
  name: z.string(),
  required: z.boolean().optional(),
  type: z.string().optional(),
});
const SpecOperation = z.object({
  consumes: z.array(z.string()).optional(),
  parameters: z.array(SpecParam).optional(),
});
const SpecDocument = z.object({
  paths: z.record(z.string(), z.object({ get: SpecOperation.optional(), post: SpecOperation.optional() })),
});

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * files.getUploadURLExternal and files.completeUploadExternal (the files.uploadV2 flow) came after
 * the 2020 OpenAPI spec; their arguments are copied from their pages on docs.slack.dev. Note the
 * documented name is `alt_txt`, while @slack/web-api sends `alt_text`.
 */
const DOCUMENTED_METHODS: Readonly<Record<string, MethodSpec>> = {
  'files.getUploadURLExternal': methodSpec(
    [FORM, JSON_TYPE],
    [
      ['filename', true, 'string'],
      ['length', true, 'integer'],
      ['alt_txt', false, 'string'],
      ['snippet_type', false, 'string'],
    ],
  ),
  'files.completeUploadExternal': methodSpec(
    [FORM, JSON_TYPE],
    [
      ['files', true, 'array'],
      ['channel_id', false, 'string'],
      ['channels', false, 'string'],
      ['thread_ts', false, 'string'],
      ['initial_comment', false, 'string'],
      ['blocks', false, 'string'],
    ],
  ),
};

function methodSpec(consumes: readonly string[], params: ReadonlyArray<[string, boolean, string]>): MethodSpec {
  return {
    consumes,
    params: new Map(params.map(([name, required, type]) => [name, { name, required, type }])),
  };
}

/** The vendored copy in this package's specs/. */
function defaultSpecPath(): string {
  return fileURLToPath(new URL('../specs/slack_web_openapi_v2_without_examples.json', import.meta.url));
}

const specCache = new Map<string, ReadonlyMap<string, MethodSpec>>();

/**
 * Loads the spec once per path. Parameters are keyed by name whatever their `in`: the spec files
 * views.* under GET with `in: query` and most writes under POST with `in: formData`, but Slack
 * reads arguments from the query string and the body alike, and WebClient POSTs them all.
 */
function loadSpec(path: string): ReadonlyMap<string, MethodSpec> {
  const cached = specCache.get(path);
  if (cached !== undefined) return cached;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `FakeSlack: cannot read Slack's OpenAPI spec at ${path} (set SLACK_OPENAPI_SPEC): ${String(error)}`,
    );
  }
  const document = SpecDocument.parse(JSON.parse(raw));
  const methods = new Map<string, MethodSpec>();
  for (const [path, item] of Object.entries(document.paths)) {
    const operation = item.post ?? item.get;
    if (operation === undefined) continue;
    methods.set(path.replace(/^\//, ''), {
      consumes: operation.consumes ?? [FORM],
      params: new Map(
        (operation.parameters ?? []).map((p) => [
          p.name,
          { name: p.name, required: p.required === true, type: p.type },
        ]),
      ),
    });
  }
  for (const [name, spec] of Object.entries(DOCUMENTED_METHODS)) methods.set(name, spec);
  specCache.set(path, methods);
  return methods;
}

/**
 * Arguments accepted on every method: `token` (the spec declares it as a header) and `team_id`,
 * which WebClient adds to every call when created with `teamId` — as Bolt does for each
 * listener's `client`.
 */
const UNIVERSAL_ARGS = new Set(['token', 'team_id']);

const BOOLEAN_STRINGS = new Set(['true', 'false', '1', '0']);

function isNumeric(value: unknown, integer: boolean): boolean {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && (!integer || Number.isInteger(n));
}

function isJsonArray(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'string') return false;
  try {
    return Array.isArray(JSON.parse(value));
  } catch {
    return false;
  }
}

/** Checks a raw (undecoded) argument value against its declared type. */
function typeProblem(param: ParamSpec, value: unknown): string | undefined {
  const shown = JSON.stringify(value);
  switch (param.type) {
    case 'boolean':
      return typeof value === 'boolean' || BOOLEAN_STRINGS.has(String(value))
        ? undefined
        : `${param.name} must be a boolean, got ${shown}`;
    case 'integer':
      return isNumeric(value, true) ? undefined : `${param.name} must be an integer, got ${shown}`;
    case 'number':
      return isNumeric(value, false) ? undefined : `${param.name} must be a number, got ${shown}`;
    case 'array':
      return isJsonArray(value) ? undefined : `${param.name} must be a JSON array, got ${shown}`;
    default:
      return undefined;
  }
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === '';
}

interface SpecInput {
  readonly method: string;
  readonly rawArgs: Args;
  readonly encoding: BodyEncoding;
  readonly hasToken: boolean;
}

function specProblems(spec: MethodSpec | undefined, input: SpecInput): string[] {
  if (spec === undefined) return [`${input.method} is not a method in Slack's Web API spec`];
  const problems: string[] = [];
  const mediaType =
    input.encoding === 'json' ? JSON_TYPE : input.encoding === 'multipart' ? 'multipart/form-data' : FORM;
  if (input.encoding !== 'none' && !spec.consumes.includes(mediaType)) {
    problems.push(`${mediaType} body is not accepted (spec consumes: ${spec.consumes.join(', ')})`);
  }
  if (spec.params.get('token')?.required === true && !input.hasToken) problems.push('missing token');
  for (const param of spec.params.values()) {
    if (param.name !== 'token' && param.required && isMissing(input.rawArgs[param.name])) {
      problems.push(`missing required argument ${param.name}`);
    }
  }
  for (const [name, value] of Object.entries(input.rawArgs)) {
    const param = spec.params.get(name);
    if (param === undefined) {
      if (!UNIVERSAL_ARGS.has(name)) {
        const known = [...spec.params.keys()].filter((key) => key !== 'token').join(', ');
        problems.push(`argument ${name} is not defined for this method (defined: ${known})`);
      }
      continue;
    }
    const problem = typeProblem(param, value);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing
// ---------------------------------------------------------------------------------------------

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function mediaTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isRecord(value: unknown): value is Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface MultipartPart {
  readonly name: string;
  readonly value: string | Buffer;
}

/** Node's fetch Response parses multipart bodies; used for uploads and legacy multipart calls. */
async function parseMultipart(body: Buffer, contentType: string): Promise<MultipartPart[]> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const parts: MultipartPart[] = [];
  for (const [name, value] of form.entries()) {
    parts.push({ name, value: typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer()) });
  }
  return parts;
}

interface ParsedBody {
  readonly encoding: BodyEncoding;
  readonly args: Args;
  /** Set when the body is not what its content type claims (Slack: invalid_json, json_not_object…). */
  readonly error?: string;
}

async function parseBody(req: IncomingMessage, body: Buffer): Promise<ParsedBody> {
  const type = mediaTypeOf(req);
  // WebClient posts an empty form body for argument-less calls such as auth.test.
  if (body.length === 0) return { encoding: type === FORM ? 'form' : type === JSON_TYPE ? 'json' : 'none', args: {} };
  if (type === JSON_TYPE) return parseJsonBody(body);
  if (type === 'multipart/form-data') {
    const parts = await parseMultipart(body, req.headers['content-type'] ?? '');
    return { encoding: 'multipart', args: Object.fromEntries(parts.map((p) => [p.name, p.value])) };
  }
  if (type === FORM || type === '') {
    return { encoding: 'form', args: Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
  }
  return { encoding: 'form', args: {}, error: 'invalid_post_type' };
}

function parseJsonBody(body: Buffer): ParsedBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { encoding: 'json', args: {}, error: 'invalid_json' };
  }
  return isRecord(parsed)
    ? { encoding: 'json', args: parsed }
    : { encoding: 'json', args: {}, error: 'json_not_object' };
}

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** Arguments that WebClient JSON-encodes in form bodies; decoded back so tests see objects. */
const JSON_ARGS = ['blocks', 'attachments', 'view', 'files', 'metadata'] as const;

function decodeJsonArgs(raw: Args): { args: Args; malformed: Set<string> } {
  const args: Args = { ...raw };
  const malformed = new Set<string>();
  for (const name of JSON_ARGS) {
    const value = raw[name];
    if (typeof value !== 'string') continue;
    try {
      args[name] = JSON.parse(value);
    } catch {
      malformed.add(name);
    }
  }
  return { args, malformed };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Notifies waiters when something was recorded. */
class Signal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function waitUntil<T>(
  signal: Signal,
  find: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const found = find();
  if (found !== undefined) return Promise.resolve(found);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(describe()));
    }, timeoutMs);
    const unsubscribe = signal.subscribe(() => {
      const match = find();
      if (match === undefined) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(match);
    });
  });
}

function str(args: Args, name: string): string | undefined {
  const value = args[name];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function fail(error: string, extra: Record<string, unknown> = {}): Answer {
  return { ok: false, error, ...extra };
}

/** Slack's answer for invalid arguments: messages like `[ERROR] … [json-pointer:/view/title/text]`. */
function invalidArguments(messages: readonly string[]): Answer {
  return fail('invalid_arguments', { response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) } });
}

function pointerMessages(problems: readonly BlockKitProblem[]): string[] {
  return problems.map((p) => `${p.message} [json-pointer:${p.path}]`);
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

function isUserId(id: string): boolean {
  return USER_ID.test(id);
}

/** Offset in seconds and Slack-style label ("British Summer Time") of a zone at a moment. */
function zoneFacts(tz: string, at: Date): { offset: number; label: string } {
  const part = (style: 'longOffset' | 'long'): string =>
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part('longOffset'));
  const offset = match === null ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60);
  return { offset, label: part('long') };
}

function hasContent(args: Args): boolean {
  const nonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  return str(args, 'text') !== undefined || nonEmptyArray(args.blocks) || nonEmptyArray(args.attachments);
}

function pickDefined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------------------------------------
// State records
// ---------------------------------------------------------------------------------------------

interface ChannelState {
  readonly id: string;
  name: string;
  isPrivate: boolean;
  isArchived: boolean;
  readonly members: Set<string>;
  readonly created: number;
}

interface StoredView {
  readonly id: string;
  view: Args;
  hash: string;
  readonly userId?: string;
  readonly rootId: string;
  readonly previousId: string | null;
}

interface PendingUpload {
  readonly fileId: string;
  readonly filename: string;
  readonly declaredLength: number;
  uploaded: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface CallContext {
  readonly method: string;
  readonly args: Args;
  readonly malformed: ReadonlySet<string>;
}

type Handler = (call: CallContext) => Answer;

interface Identity {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamDomain: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botName: string;
  readonly appId: string;
  readonly botToken: string;
}

function identityFrom(options: FakeSlackOptions): Identity {
  return {
    teamId: options.teamId ?? 'T0PATHWAY',
    teamName: options.teamName ?? 'Pathway Test',
    teamDomain: options.teamDomain ?? 'pathway-test',
    botUserId: options.botUserId ?? 'U0PATHBOT',
    botId: options.botId ?? 'B0PATHBOT',
    botName: options.botName ?? 'pathway',
    appId: options.appId ?? 'A0PATHWAY',
    botToken: options.botToken ?? 'xoxb-0000-fake-pathway-token',
  };
}

// ---------------------------------------------------------------------------------------------
// The fake
// ---------------------------------------------------------------------------------------------

export class FakeSlack {
  /** Web API base URL, e.g. http://127.0.0.1:PORT/api/ — pass as WebClient's `slackApiUrl`. */
  readonly url: string;
  readonly team: { readonly id: string; readonly name: string; readonly domain: string };
  readonly bot: {
    readonly userId: string;
    readonly botId: string;
    readonly appId: string;
    readonly name: string;
    readonly token: string;
  };

  private readonly identity: Identity;
  private readonly spec: ReadonlyMap<string, MethodSpec>;
  private readonly handlers: Readonly<Record<string, Handler>>;
  private readonly callSignal = new Signal();
  private readonly responseSignal = new Signal();
  private readonly sleepers = new Map<NodeJS.Timeout, () => void>();

  private recorded: Array<Mutable<RecordedCall>> = [];
  private recordedResponses: RecordedResponse[] = [];
  private recordedUploads: RecordedUpload[] = [];
  private recordedFileShares: FileShare[] = [];
  private violations: SpecViolation[] = [];
  private blockViolations: BlockKitViolation[] = [];
  private faults = new Map<string, Fault[]>();
  private users = new Map<string, FakeUserOptions>();
  private channels = new Map<string, ChannelState>();
  private openedDms = new Map<string, string>();
  /** Group DMs conversations.open made, by their members (sorted, comma-joined): the same people get the same one. */
  private groupDms = new Map<string, string>();
  private storedMessages: Array<Mutable<FakeMessage>> = [];
  private scheduled: ScheduledMessage[] = [];
  private storedViews = new Map<string, StoredView>();
  private homeViews = new Map<string, string>();
  private triggers = new Map<string, { issuedAt: number; used: boolean }>();
  private responseUrls = new Set<string>();
  private pendingUploads = new Map<string, PendingUpload>();
  private sharedFiles = new Map<string, FakeFileOptions & { readonly id: string; readonly created: number }>();
  private recordedDownloads: RecordedDownload[] = [];
  private counter = 0;
  private lastTsMicros = 0;

  private constructor(
    private readonly server: Server,
    /** http://127.0.0.1:PORT */
    readonly origin: string,
    private readonly options: FakeSlackOptions,
  ) {
    this.url = `${origin}/api/`;
    this.identity = identityFrom(options);
    const id = this.identity;
    this.team = { id: id.teamId, name: id.teamName, domain: id.teamDomain };
    this.bot = { userId: id.botUserId, botId: id.botId, appId: id.appId, name: id.botName, token: id.botToken };
    this.spec = loadSpec(options.specPath ?? process.env.SLACK_OPENAPI_SPEC ?? defaultSpecPath());
    this.handlers = this.buildHandlers();
    this.restoreConfiguredState();
  }

  /** Starts a fake on 127.0.0.1 with a free port. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => {
      if (fake === undefined) return sendText(res, 503, 'starting');
      fake.route(req, res).catch((error: unknown) => {
        sendJson(res, 500, { ok: false, error: 'fake_slack_crashed', detail: String(error) });
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlack(server, `http://127.0.0.1:${port}`, options);
    return fake;
  }

  // ----- recordings -----

  get calls(): readonly RecordedCall[] {
    return this.recorded;
  }

  callsTo(method: string): RecordedCall[] {
    return this.recorded.filter((call) => call.method === method);
  }

  /** Resolves with the first answered call to `method` matching `predicate`, past or future. */
  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs = 2000): Promise<RecordedCall> {
    const matches = predicate ?? (() => true);
    const find = (): RecordedCall | undefined =>
      this.recorded.find((call) => call.method === method && call.status !== undefined && matches(call));
    const describe = (): string => {
      const seen = this.recorded.map((call) => call.method);
      const what = predicate === undefined ? `no ${method} call` : `no ${method} call matching the predicate`;
      return `FakeSlack: ${what} within ${timeoutMs} ms; recorded calls: ${seen.length === 0 ? '(none)' : seen.join(', ')}`;
    };
    return waitUntil(this.callSignal, find, timeoutMs, describe);
  }

  get responses(): readonly RecordedResponse[] {
    return this.recordedResponses;
  }

  waitForResponse(predicate?: (response: RecordedResponse) => boolean, timeoutMs = 2000): Promise<RecordedResponse> {
    const matches = predicate ?? (() => true);
    const describe = (): string =>
      `FakeSlack: no response_url post${predicate === undefined ? '' : ' matching the predicate'} within ${timeoutMs} ms; ${this.recordedResponses.length} recorded`;
    return waitUntil(this.responseSignal, () => this.recordedResponses.find(matches), timeoutMs, describe);
  }

  get uploads(): readonly RecordedUpload[] {
    return this.recordedUploads;
  }

  /** Files shared into conversations (a DM with the app, a channel), in order. */
  get fileShares(): readonly FileShare[] {
    return this.recordedFileShares;
  }

  /** Downloads of shared files' url_private, in order. */
  get downloads(): readonly RecordedDownload[] {
    return this.recordedDownloads;
  }

  /**
   * Shares a file with the app, as a person's upload through a file_input does; returns its id
   * (what view_submission carries). files.info describes it and its url_private serves the bytes
   * to a Bearer token this fake accepts; without one it answers Slack's HTML sign-in page.
   */
  addFile(file: FakeFileOptions): string {
    const id = `F${this.pad(this.next())}`;
    this.sharedFiles.set(id, { ...file, id, created: Math.floor(Date.now() / 1000) });
    return id;
  }

  /** Calls that broke Slack's OpenAPI spec (missing or undefined arguments, wrong types, body type). */
  get specViolations(): readonly SpecViolation[] {
    return this.violations;
  }

  /** Block Kit problems of every message, view and response_url body received. */
  get blockKitViolations(): readonly BlockKitViolation[] {
    return this.blockViolations;
  }

  // ----- state visible to tests -----

  /** All messages posted (including ephemeral and deleted ones), oldest first. */
  get messages(): readonly FakeMessage[] {
    return this.storedMessages;
  }

  /** Visible messages of a channel (not ephemeral, not deleted). */
  messagesIn(channel: string): FakeMessage[] {
    return this.storedMessages.filter((m) => m.channel === channel && m.ephemeralTo === undefined && !m.deleted);
  }

  get scheduledMessages(): readonly ScheduledMessage[] {
    return this.scheduled;
  }

  /** The view object Slack would return for a view id. */
  view(viewId: string): Args | undefined {
    const stored = this.storedViews.get(viewId);
    return stored === undefined ? undefined : this.renderView(stored);
  }

  /** Stores the view a view_submission ack pushed (`response_action: push`), as Slack does; returns it as views.push would. */
  pushViewFromResponse(view: Args): Args {
    return this.renderView(this.storeView(view));
  }

  /** Replaces a view's content after a view_submission ack with `response_action: update`. */
  updateViewFromResponse(viewId: string, view: Args): Args | undefined {
    const stored = this.storedViews.get(viewId);
    if (stored === undefined) return undefined;
    stored.view = view;
    stored.hash = this.newHash();
    return this.renderView(stored);
  }

  /** The Home tab last published for a user. */
  homeView(userId: string): Args | undefined {
    const id = this.homeViews.get(userId);
    return id === undefined ? undefined : this.view(id);
  }

  /** The user object users.info answers for `userId` (default profile for unknown user ids). */
  user(userId: string): FakeSlackUser | undefined {
    const options = this.users.get(userId) ?? (isUserId(userId) ? { id: userId } : undefined);
    return options === undefined ? undefined : this.renderUser(options);
  }

  /** The members of a group DM conversations.open made (the people and the bot), or undefined for any other id. */
  groupDmMembers(channelId: string): string[] | undefined {
    const found = [...this.groupDms].find(([, id]) => id === channelId);
    return found === undefined ? undefined : [...(this.channels.get(channelId)?.members ?? [])];
  }

  /** The IM channel id conversations.open gives for a user. */
  dmChannelFor(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  /** A message a person posts in a conversation (what message shortcuts act on); returns it with its ts. */
  postAsUser(userId: string, channel: string, text: string): FakeMessage {
    const target = this.resolveConversation(channel);
    if ('error' in target) throw new Error(`FakeSlack: cannot post in ${channel}: ${target.error}`);
    const message = this.storeMessage(target.id, { text });
    message.user = userId;
    return message;
  }

  // ----- configuration -----

  setUser(user: FakeUserOptions): void {
    zoneFacts(user.tz ?? 'Europe/London', new Date()); // throws RangeError now for a bad zone
    this.users.set(user.id, user);
  }

  setChannel(id: string, options: FakeChannelOptions = {}): void {
    this.channels.set(id, {
      id,
      name: options.name ?? `channel-${id.toLowerCase()}`,
      isPrivate: options.isPrivate ?? false,
      isArchived: options.isArchived ?? false,
      members: new Set(options.members ?? []),
      created: Math.floor(Date.now() / 1000),
    });
  }

  /**
   * The next `times` calls to `method` meet `fault` instead of (or, for delayMs alone, before) the
   * normal answer. `RESPONSE_URL` as the method fails posts to response_urls: 500 and 429 as the
   * Web API does, `{ error }` as Slack's 404 with that text (`expired_url`, `used_url`).
   */
  failNext(method: string, fault: Fault, times = 1): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(fault);
    this.faults.set(method, queue);
  }

  /** A fresh trigger_id, usable once within `triggerTtlMs` (3 s) by views.open / views.push. */
  triggerId(): string {
    const id = `${1_000_000_000_000 + this.next()}.${this.team.id.replace(/\D/g, '') || '4744562912'}.${randomBytes(16).toString('hex')}`;
    this.triggers.set(id, { issuedAt: Date.now(), used: false });
    return id;
  }

  /** A fresh response_url served by this fake; posts to it land in `responses`. */
  responseUrl(): string {
    const url = `${this.origin}/response/${this.team.id}/${this.next()}/${randomBytes(8).toString('hex')}`;
    this.responseUrls.add(url);
    return url;
  }

  /** Forgets every recording, fault, message and view, and restores users and channels to the start options. */
  reset(): void {
    this.recorded = [];
    this.recordedResponses = [];
    this.recordedUploads = [];
    this.violations = [];
    this.blockViolations = [];
    this.faults = new Map();
    this.storedMessages = [];
    this.scheduled = [];
    this.storedViews = new Map();
    this.homeViews = new Map();
    this.triggers = new Map();
    this.responseUrls = new Set();
    this.pendingUploads = new Map();
    this.recordedFileShares = [];
    this.sharedFiles = new Map();
    this.recordedDownloads = [];
    this.openedDms = new Map();
    this.groupDms = new Map();
    this.restoreConfiguredState();
  }

  async close(): Promise<void> {
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer);
      wake();
    }
    this.sleepers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ----- routing -----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = await readBody(req);
    if (url.pathname.startsWith('/api/')) return this.serveApi(req, res, url, body);
    if (url.pathname.startsWith('/response/')) return this.serveResponseUrl(req, res, url, body);
    if (url.pathname.startsWith('/upload/')) return this.serveUpload(req, res, url, body);
    if (url.pathname.startsWith('/files-pri/')) return this.serveSharedFile(req, res, url);
    sendText(res, 404, 'not found');
  }

  private async serveApi(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const parsed = await parseBody(req, body);
    const rawArgs: Args = { ...Object.fromEntries(url.searchParams), ...parsed.args };
    const token = this.tokenOf(req, parsed, method);
    const { token: _ignored, ...argsWithoutToken } = rawArgs;
    const decoded = decodeJsonArgs(argsWithoutToken);
    const call: Mutable<RecordedCall> = {
      method,
      args: decoded.args,
      token,
      at: Date.now(),
      httpMethod: req.method ?? 'POST',
      encoding: parsed.encoding,
    };
    this.recorded.push(call);
    this.checkSpec({ method, rawArgs, encoding: parsed.encoding, hasToken: token !== undefined });
    const fault = this.takeFault(method);
    if (fault !== undefined && 'delayMs' in fault && fault.delayMs !== undefined) await this.sleep(fault.delayMs);
    if (fault !== undefined && this.answerFault(res, call, fault)) return;
    const answer = parsed.error !== undefined ? fail(parsed.error) : this.answer(method, token, decoded);
    this.finish(res, call, 200, answer);
  }

  /** Slack reads the token from the Authorization header, or a form/query `token`; never from a JSON body. */
  private tokenOf(req: IncomingMessage, parsed: ParsedBody, method: string): string | undefined {
    const header = bearerToken(req);
    if (header !== undefined) return header;
    if (parsed.encoding === 'json' && parsed.args.token !== undefined) {
      this.violations.push({
        method,
        message: 'token sent inside a JSON body; Slack only accepts it in the Authorization header there',
      });
      return undefined;
    }
    const value = parsed.args.token;
    if (typeof value === 'string' && value !== '') return value;
    return undefined;
  }

  private checkSpec(input: SpecInput): void {
    for (const message of specProblems(this.spec.get(input.method), input)) {
      this.violations.push({ method: input.method, message });
    }
  }

  private takeFault(method: string): Fault | undefined {
    return this.faults.get(method)?.shift();
  }

  /** Writes a fault's answer; returns false for a pure delay, which then answers normally. */
  private answerFault(res: ServerResponse, call: Mutable<RecordedCall>, fault: Fault): boolean {
    if ('status' in fault && fault.status === 429) {
      // Slack's rate-limit answer: HTTP 429 with Retry-After in seconds.
      this.finish(res, call, 429, fail('ratelimited'), { 'retry-after': String(fault.retryAfter) });
      return true;
    }
    if ('status' in fault && fault.status === 500) {
      this.finish(res, call, 500, fail('internal_error'));
      return true;
    }
    if ('error' in fault) {
      this.finish(res, call, 200, fail(fault.error));
      return true;
    }
    return false;
  }

  private finish(
    res: ServerResponse,
    call: Mutable<RecordedCall>,
    status: number,
    answer: Answer,
    headers: Record<string, string> = {},
  ): void {
    call.status = status;
    call.response = answer;
    sendJson(res, status, answer, headers);
    this.callSignal.notify();
  }

  private answer(method: string, token: string | undefined, decoded: { args: Args; malformed: Set<string> }): Answer {
    const handler = this.handlers[method];
    if (handler === undefined) return fail('unknown_method', { req_method: method });
    if (token === undefined) return fail('not_authed');
    if (!this.acceptsToken(token)) return fail('invalid_auth');
    return handler({ method, args: decoded.args, malformed: decoded.malformed });
  }

  private acceptsToken(token: string): boolean {
    const accepted = this.options.tokens;
    return accepted === undefined ? token.startsWith('xox') : accepted.includes(token);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer);
        resolve();
      }, ms);
      this.sleepers.set(timer, resolve);
    });
  }

  // ----- response_url and upload URLs -----

  private async serveResponseUrl(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
    const href = `${this.origin}${url.pathname}`;
    if (!this.responseUrls.has(href)) return sendText(res, 404, 'no_service');
    const fault = this.takeFault(RESPONSE_URL);
    if (fault?.delayMs !== undefined) await this.sleep(fault.delayMs);
    if (fault !== undefined && 'status' in fault)
      return sendText(res, fault.status, fault.status === 429 ? 'rate_limited' : 'internal_error');
    if (fault !== undefined && 'error' in fault) return sendText(res, 404, fault.error);
    const parsed = await parseBody(req, body);
    // Bolt's respond() posts JSON; a form body carries the JSON in `payload`.
    const payload =
      parsed.encoding === 'json' ? parsed.args : decodeJsonArgs({ payload: parsed.args.payload }).args.payload;
    const content = isRecord(payload) ? payload : parsed.args;
    if (isRecord(payload) && payload.blocks !== undefined) {
      this.noteBlockProblems('response_url', blockKitProblemList(payload.blocks, 'message'));
    }
    this.recordedResponses.push({ url: href, body: content, at: Date.now() });
    sendJson(res, 200, { ok: true });
    this.responseSignal.notify();
  }

  private async serveUpload(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
    const fileId = url.pathname.split('/')[2] ?? '';
    const pending = this.pendingUploads.get(fileId);
    if (pending === undefined) return sendText(res, 404, 'unknown upload');
    const bytes = await uploadedBytes(req, body);
    pending.uploaded = true;
    this.recordedUploads.push({
      fileId,
      filename: pending.filename,
      declaredLength: pending.declaredLength,
      bytes,
      contentType: req.headers['content-type'] ?? '',
      at: Date.now(),
    });
    // Slack's upload endpoint answers plain text "OK - <bytes>".
    sendText(res, 200, `OK - ${bytes.length}`);
  }

  // ----- Web API methods -----

  private buildHandlers(): Record<string, Handler> {
    return {
      'auth.test': () => this.authTest(),
      'chat.postMessage': (c) => this.chatPostMessage(c),
      'chat.postEphemeral': (c) => this.chatPostEphemeral(c),
      'chat.update': (c) => this.chatUpdate(c),
      'chat.delete': (c) => this.chatDelete(c),
      'chat.scheduleMessage': (c) => this.chatScheduleMessage(c),
      'chat.getPermalink': (c) => this.chatGetPermalink(c),
      'conversations.open': (c) => this.conversationsOpen(c),
      'conversations.join': (c) => this.conversationsJoin(c),
      'conversations.info': (c) => this.conversationsInfo(c),
      'users.info': (c) => this.usersInfo(c),
      'users.lookupByEmail': (c) => this.usersLookupByEmail(c),
      'views.open': (c) => this.viewsOpenOrPush(c),
      'views.push': (c) => this.viewsOpenOrPush(c),
      'views.update': (c) => this.viewsUpdate(c),
      'views.publish': (c) => this.viewsPublish(c),
      'files.getUploadURLExternal': (c) => this.filesGetUploadUrlExternal(c),
      'files.completeUploadExternal': (c) => this.filesCompleteUploadExternal(c),
      'team.info': () => this.teamInfo(),
      'files.info': (c) => this.filesInfo(c),
    };
  }

  private authTest(): Answer {
    return {
      ok: true,
      url: this.teamUrl(),
      team: this.team.name,
      user: this.bot.name,
      team_id: this.team.id,
      user_id: this.bot.userId,
      bot_id: this.bot.botId,
      is_enterprise_install: false,
    };
  }

  private chatPostMessage(call: CallContext): Answer {
    const target = this.resolveConversation(str(call.args, 'channel'));
    if ('error' in target) return fail(target.error);
    const denied = this.botAccessError(target.id, 'not_in_channel');
    if (denied !== undefined) return fail(denied);
    const invalid = this.contentError(call);
    if (invalid !== undefined) return invalid;
    const message = this.storeMessage(target.id, call.args);
    return { ok: true, channel: target.id, ts: message.ts, message: this.renderMessage(message) };
  }

  /** chat.postEphemeral's documented errors have no not_in_channel: a channel the bot can't use is channel_not_found. */
  private chatPostEphemeral(call: CallContext): Answer {
    const target = this.resolveConversation(str(call.args, 'channel'));
    if ('error' in target) return fail(target.error);
    const user = str(call.args, 'user');
    if (user === undefined || this.user(user) === undefined) return fail('user_not_found');
    const denied = this.botAccessError(target.id, 'channel_not_found');
    if (denied !== undefined) return fail(denied);
    if (!this.isMember(target.id, user)) return fail('user_not_in_channel');
    const invalid = this.contentError(call);
    if (invalid !== undefined) return invalid;
    const message = this.storeMessage(target.id, call.args, user);
    return { ok: true, message_ts: message.ts };
  }

  private chatUpdate(call: CallContext): Answer {
    const found = this.findMessage(call.args);
    if ('error' in found) return fail(found.error);
    const invalid = this.contentError(call);
    if (invalid !== undefined) return invalid;
    const message = found.message;
    message.text = str(call.args, 'text') ?? message.text;
    if (call.args.blocks !== undefined) message.blocks = call.args.blocks;
    if (call.args.attachments !== undefined) message.attachments = call.args.attachments;
    message.edited = true;
    return {
      ok: true,
      channel: message.channel,
      ts: message.ts,
      text: message.text,
      message: this.renderMessage(message),
    };
  }

  private chatDelete(call: CallContext): Answer {
    const found = this.findMessage(call.args);
    if ('error' in found) return fail(found.error);
    found.message.deleted = true;
    return { ok: true, channel: found.message.channel, ts: found.message.ts };
  }

  /**
   * A message's permalink, for conversations the bot can see: its DMs, public
   * channels, and private ones it is in. Others answer channel_not_found, as
   * Slack does for a DM between two people; ephemeral or deleted messages, and
   * ts values never posted, answer message_not_found.
   */
  private chatGetPermalink(call: CallContext): Answer {
    const target = this.resolveConversation(str(call.args, 'channel'));
    if ('error' in target) return fail(target.error);
    const id = target.id;
    if (id.startsWith('D') && !this.openedDms.has(id) && !this.storedMessages.some((m) => m.channel === id))
      return fail('channel_not_found');
    const channel = this.channels.get(id);
    if (channel?.isPrivate && !channel.members.has(this.bot.userId)) return fail('channel_not_found');
    if (channel === undefined && !id.startsWith('D') && this.options.strictChannels === true)
      return fail('channel_not_found');
    const ts = str(call.args, 'message_ts');
    const message = this.storedMessages.find(
      (m) => m.channel === id && m.ts === ts && !m.deleted && m.ephemeralTo === undefined,
    );
    if (message === undefined) return fail('message_not_found');
    return { ok: true, channel: id, permalink: `${this.teamUrl()}archives/${id}/p${message.ts.replace('.', '')}` };
  }

  private chatScheduleMessage(call: CallContext): Answer {
    const target = this.resolveConversation(str(call.args, 'channel'));
    if ('error' in target) return fail(target.error);
    const postAt = Number(str(call.args, 'post_at'));
    const now = Date.now() / 1000;
    if (!Number.isFinite(postAt)) return fail('invalid_time');
    if (postAt < now) return fail('time_in_past');
    if (postAt > now + 120 * 24 * 3600) return fail('time_too_far');
    const denied = this.botAccessError(target.id, 'not_in_channel');
    if (denied !== undefined) return fail(denied);
    const invalid = this.contentError(call);
    if (invalid !== undefined) return invalid;
    const id = `Q${this.pad(this.next())}`;
    const text = str(call.args, 'text') ?? '';
    this.scheduled.push({
      id,
      channel: target.id,
      postAt,
      text,
      ...(call.args.blocks === undefined ? {} : { blocks: call.args.blocks }),
    });
    const message = pickDefined({
      text,
      bot_id: this.bot.botId,
      type: 'delayed_message',
      subtype: 'bot_message',
      blocks: call.args.blocks,
    });
    return { ok: true, channel: target.id, scheduled_message_id: id, post_at: Math.floor(postAt), message };
  }

  private conversationsOpen(call: CallContext): Answer {
    const channel = str(call.args, 'channel');
    if (channel !== undefined) return this.conversationsInfo({ ...call, args: { channel } });
    const users = (str(call.args, 'users') ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter((u) => u !== '');
    if (users.length === 0) return fail('users_list_not_supplied');
    if (users.length > 8) return fail('too_many_users');
    const unknown = users.find((u) => this.user(u) === undefined);
    if (unknown !== undefined) return fail('user_not_found');
    if (users.length > 1) return this.openGroupDm(users);
    const [userId] = users as [string];
    const dm = this.dmChannelFor(userId);
    const alreadyOpen = this.openedDms.has(dm);
    this.openedDms.set(dm, userId);
    const returnIm = ['true', '1'].includes(String(call.args.return_im));
    const channelObject = returnIm ? this.renderIm(dm, userId) : { id: dm };
    return alreadyOpen
      ? { ok: true, no_op: true, already_open: true, channel: channelObject }
      : { ok: true, channel: channelObject };
  }

  /** A multi-person DM with the app: Slack answers the same one for the same people (members: them and the bot). */
  private openGroupDm(users: string[]): Answer {
    const key = [...new Set(users)].sort().join(',');
    const known = this.groupDms.get(key);
    if (known !== undefined && this.channels.has(known))
      return { ok: true, no_op: true, already_open: true, channel: { id: known } };
    const id = `G${this.pad(this.next())}`;
    this.groupDms.set(key, id);
    this.setChannel(id, {
      name: `mpdm-${key.split(',').join('--').toLowerCase()}-1`,
      isPrivate: true,
      members: [...key.split(','), this.bot.userId],
    });
    return { ok: true, channel: { id } };
  }

  private conversationsJoin(call: CallContext): Answer {
    const id = str(call.args, 'channel');
    if (id === undefined) return fail('channel_not_found');
    let channel = this.channels.get(id);
    if (channel === undefined) {
      if (this.options.strictChannels === true || !/^[CG]/.test(id)) return fail('channel_not_found');
      this.setChannel(id, { members: [] });
      channel = this.channels.get(id) as ChannelState;
    }
    if (channel.isPrivate) return fail('method_not_supported_for_channel_type');
    if (channel.isArchived) return fail('is_archived');
    const already = channel.members.has(this.bot.userId);
    channel.members.add(this.bot.userId);
    const answer: Answer = { ok: true, channel: this.renderChannel(channel, false) };
    return already
      ? { ...answer, warning: 'already_in_channel', response_metadata: { warnings: ['already_in_channel'] } }
      : answer;
  }

  private conversationsInfo(call: CallContext): Answer {
    const id = str(call.args, 'channel');
    if (id === undefined) return fail('channel_not_found');
    const withCount = ['true', '1'].includes(String(call.args.include_num_members));
    if (id.startsWith('D'))
      return { ok: true, channel: this.renderIm(id, this.openedDms.get(id) ?? `U${id.slice(1)}`) };
    const channel = this.channels.get(id);
    if (channel === undefined) {
      if (this.options.strictChannels === true || !/^[CG]/.test(id)) return fail('channel_not_found');
      return { ok: true, channel: this.renderLenientChannel(id, withCount) };
    }
    if (channel.isPrivate && !channel.members.has(this.bot.userId)) return fail('channel_not_found');
    return { ok: true, channel: this.renderChannel(channel, withCount) };
  }

  private usersInfo(call: CallContext): Answer {
    const id = str(call.args, 'user');
    const user = id === undefined ? undefined : this.user(id);
    if (user === undefined) return fail('user_not_found');
    const includeLocale = ['true', '1'].includes(String(call.args.include_locale));
    // Slack says the locale only when asked (include_locale); a user given none lives in London (the default tz), so en-GB.
    const { locale, ...withoutLocale } = user;
    return { ok: true, user: includeLocale ? { ...withoutLocale, locale: locale ?? 'en-GB' } : withoutLocale };
  }

  private usersLookupByEmail(call: CallContext): Answer {
    const email = str(call.args, 'email')?.toLowerCase();
    if (email === undefined) return fail('users_not_found');
    const configured = [...this.users.values()].find((u) => this.emailOf(u).toLowerCase() === email);
    // Default users answer for u…@example.com, mirroring the email users.info shows for them.
    const defaultId = /^([uw][a-z0-9]{2,})@example\.com$/.exec(email)?.[1]?.toUpperCase();
    const user =
      configured !== undefined ? this.user(configured.id) : defaultId !== undefined ? this.user(defaultId) : undefined;
    return user === undefined || user.is_bot ? fail('users_not_found') : { ok: true, user };
  }

  private viewsOpenOrPush(call: CallContext): Answer {
    const triggerError = this.exchangeTrigger(str(call.args, 'trigger_id'));
    if (triggerError !== undefined) return triggerError;
    const view = call.args.view;
    const invalid = this.viewError(call, view, 'modal');
    if (invalid !== undefined || !isRecord(view)) return invalid ?? invalidArguments(['missing required field: view']);
    const duplicate = this.duplicateExternalId(view);
    if (duplicate !== undefined) return duplicate;
    const stored = this.storeView(view);
    return { ok: true, view: this.renderView(stored) };
  }

  private viewsUpdate(call: CallContext): Answer {
    const viewId = str(call.args, 'view_id');
    const externalId = str(call.args, 'external_id');
    if ((viewId === undefined) === (externalId === undefined)) {
      return invalidArguments(['exactly one of view_id or external_id is required']);
    }
    const stored = viewId !== undefined ? this.storedViews.get(viewId) : this.findViewByExternalId(externalId ?? '');
    if (stored === undefined) return fail('not_found');
    const hash = str(call.args, 'hash');
    if (hash !== undefined && hash !== stored.hash) return fail('hash_conflict');
    const view = call.args.view;
    const invalid = this.viewError(call, view, stored.view.type === 'home' ? 'home' : 'modal');
    if (invalid !== undefined || !isRecord(view)) return invalid ?? invalidArguments(['missing required field: view']);
    stored.view = view;
    stored.hash = this.newHash();
    return { ok: true, view: this.renderView(stored) };
  }

  private viewsPublish(call: CallContext): Answer {
    const userId = str(call.args, 'user_id');
    if (userId === undefined || this.user(userId) === undefined) return fail('user_not_found');
    const view = call.args.view;
    const invalid = this.viewError(call, view, 'home');
    if (invalid !== undefined || !isRecord(view)) return invalid ?? invalidArguments(['missing required field: view']);
    const existingId = this.homeViews.get(userId);
    const existing = existingId === undefined ? undefined : this.storedViews.get(existingId);
    const hash = str(call.args, 'hash');
    if (hash !== undefined && existing !== undefined && hash !== existing.hash) return fail('hash_conflict');
    const stored = existing ?? this.storeView(view, userId);
    stored.view = view;
    stored.hash = this.newHash();
    this.homeViews.set(userId, stored.id);
    return { ok: true, view: this.renderView(stored) };
  }

  private filesGetUploadUrlExternal(call: CallContext): Answer {
    const filename = str(call.args, 'filename');
    const length = Number(str(call.args, 'length'));
    if (filename === undefined) return invalidArguments(['missing required field: filename']);
    if (!Number.isInteger(length) || length <= 0) return fail('missing_argument');
    const fileId = `F${this.pad(this.next())}`;
    this.pendingUploads.set(fileId, { fileId, filename, declaredLength: length, uploaded: false });
    return { ok: true, upload_url: `${this.origin}/upload/${fileId}`, file_id: fileId };
  }

  private filesCompleteUploadExternal(call: CallContext): Answer {
    const files = call.args.files;
    if (call.malformed.has('files') || !Array.isArray(files) || files.length === 0) {
      return invalidArguments(['files must be a non-empty JSON array of { id, title }']);
    }
    const channelId = str(call.args, 'channel_id');
    if (channelId !== undefined) {
      const denied = this.botAccessError(channelId, 'not_in_channel');
      if (denied !== undefined) return fail(denied);
    }
    if (call.args.blocks !== undefined) {
      const problems = this.noteBlockProblems(call.method, blockKitProblemList(call.args.blocks, 'message'));
      if (problems.length > 0) return fail('invalid_blocks', { errors: pointerMessages(problems) });
    }
    const completed: Args[] = [];
    for (const file of files) {
      const entry = this.completeUpload(file, channelId);
      if (entry === undefined) return fail('file_not_found');
      completed.push(entry);
    }
    if (channelId !== undefined) {
      const files = completed.map((entry) => {
        const id = String(entry.id);
        const bytes = this.recordedUploads.find((upload) => upload.fileId === id)?.bytes ?? Buffer.alloc(0);
        return { id, name: String(entry.name), title: String(entry.title), bytes };
      });
      this.recordedFileShares.push({
        channel: channelId,
        comment: str(call.args, 'initial_comment') ?? '',
        files,
        at: Date.now(),
      });
    }
    return { ok: true, files: completed };
  }

  private filesInfo(call: CallContext): Answer {
    const file = this.sharedFiles.get(str(call.args, 'file') ?? '');
    if (file === undefined) return fail('file_not_found');
    const bytes = Buffer.from(file.content);
    const user = file.user ?? 'U0UPLOADER';
    return {
      ok: true,
      file: {
        id: file.id,
        created: file.created,
        timestamp: file.created,
        name: file.name,
        title: file.name,
        mimetype: file.mimetype ?? 'text/plain',
        filetype: file.filetype ?? 'text',
        pretty_type: 'Plain Text',
        user,
        user_team: this.team.id,
        mode: 'hosted',
        editable: false,
        is_external: false,
        is_public: false,
        size: bytes.length,
        url_private: `${this.origin}/files-pri/${this.team.id}-${file.id}/${encodeURIComponent(file.name)}`,
        url_private_download: `${this.origin}/files-pri/${this.team.id}-${file.id}/download/${encodeURIComponent(file.name)}`,
        permalink: `${this.teamUrl()}files/${user}/${file.id}/${encodeURIComponent(file.name)}`,
        channels: [],
        groups: [],
        ims: [],
        comments_count: 0,
      },
      comments: [],
      response_metadata: { next_cursor: '' },
    };
  }

  /** url_private: the bytes for an accepted Bearer token; otherwise, like Slack, a 200 with an HTML sign-in page. */
  private serveSharedFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const id = /^\/files-pri\/[^/]+-(F[A-Z0-9]+)\//.exec(url.pathname)?.[1] ?? '';
    const file = this.sharedFiles.get(id);
    const token = bearerToken(req);
    const record = (status: number): void => {
      this.recordedDownloads.push({ fileId: id, token, status, at: Date.now() });
    };
    if (file === undefined) {
      record(404);
      sendText(res, 404, 'file not found');
      return;
    }
    if (token === undefined || !this.acceptsToken(token)) {
      record(200);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      return;
    }
    record(200);
    const bytes = Buffer.from(file.content);
    res.writeHead(200, { 'content-type': file.mimetype ?? 'text/plain', 'content-length': String(bytes.length) });
    res.end(bytes);
  }

  private teamInfo(): Answer {
    const icon = (size: number): string => `https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-${size}.png`;
    return {
      ok: true,
      team: {
        id: this.team.id,
        name: this.team.name,
        url: this.teamUrl(),
        domain: this.team.domain,
        email_domain: '',
        icon: {
          image_default: true,
          image_34: icon(34),
          image_44: icon(44),
          image_68: icon(68),
          image_88: icon(88),
          image_102: icon(102),
          image_132: icon(132),
          image_230: icon(230),
        },
        avatar_base_url: 'https://ca.slack-edge.com/',
        is_verified: false,
      },
    };
  }

  // ----- method helpers -----

  /** Maps a channel argument (id, #name, or a user id meaning the app DM) to a conversation id. */
  private resolveConversation(channel: string | undefined): { id: string } | { error: string } {
    if (channel === undefined) return { error: 'channel_not_found' };
    if (isUserId(channel)) return { id: this.dmChannelFor(channel) };
    if (/^[CGD][A-Z0-9]{2,}$/.test(channel)) return { id: channel };
    const name = channel.replace(/^#/, '');
    const named = [...this.channels.values()].find((c) => c.name === name);
    return named === undefined ? { error: 'channel_not_found' } : { id: named.id };
  }

  /** Why the bot cannot post in a channel, if it cannot; `notMember` is the method's error for a public channel it is not in. */
  private botAccessError(id: string, notMember: 'not_in_channel' | 'channel_not_found'): string | undefined {
    if (id.startsWith('D')) return undefined;
    const channel = this.channels.get(id);
    if (channel === undefined) return this.options.strictChannels === true ? 'channel_not_found' : undefined;
    // A private channel the bot is not in is invisible to it.
    if (!channel.members.has(this.bot.userId)) return channel.isPrivate ? 'channel_not_found' : notMember;
    return channel.isArchived ? 'is_archived' : undefined;
  }

  private isMember(channelId: string, userId: string): boolean {
    if (channelId.startsWith('D')) return (this.openedDms.get(channelId) ?? `U${channelId.slice(1)}`) === userId;
    const channel = this.channels.get(channelId);
    return channel === undefined || channel.members.has(userId);
  }

  /** no_text / invalid_blocks_format / invalid_blocks, as chat.* answer them. */
  private contentError(call: CallContext): Answer | undefined {
    if (call.malformed.has('blocks')) return fail('invalid_blocks_format');
    if (call.malformed.has('attachments')) return fail('invalid_attachments');
    if (!hasContent(call.args)) return fail('no_text');
    if (call.args.blocks === undefined) return undefined;
    const problems = this.noteBlockProblems(call.method, blockKitProblemList(call.args.blocks, 'message'));
    if (problems.length === 0) return undefined;
    const errors = pointerMessages(problems);
    return fail('invalid_blocks', { errors, response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) } });
  }

  private viewError(call: CallContext, view: unknown, expected: 'modal' | 'home'): Answer | undefined {
    if (call.malformed.has('view')) return invalidArguments(['view must be a JSON-encoded view object']);
    if (view === undefined) return invalidArguments(['missing required field: view']);
    if (isRecord(view) && view.type !== expected) {
      return invalidArguments([`view type must be ${expected} for ${call.method} [json-pointer:/view/type]`]);
    }
    const problems = this.noteBlockProblems(call.method, viewProblemList(view));
    return problems.length === 0 ? undefined : invalidArguments(pointerMessages(problems));
  }

  private noteBlockProblems(source: string, problems: BlockKitProblem[]): BlockKitProblem[] {
    for (const problem of problems) this.blockViolations.push({ source, ...problem });
    return problems;
  }

  private exchangeTrigger(triggerId: string | undefined): Answer | undefined {
    const trigger = triggerId === undefined ? undefined : this.triggers.get(triggerId);
    if (trigger === undefined) return fail('invalid_trigger_id');
    if (trigger.used) return fail('exchanged_trigger_id');
    if (Date.now() - trigger.issuedAt > (this.options.triggerTtlMs ?? 3000)) return fail('expired_trigger_id');
    trigger.used = true;
    return undefined;
  }

  private duplicateExternalId(view: Args): Answer | undefined {
    const externalId = typeof view.external_id === 'string' ? view.external_id : undefined;
    return externalId !== undefined && this.findViewByExternalId(externalId) !== undefined
      ? fail('duplicate_external_id')
      : undefined;
  }

  private findViewByExternalId(externalId: string): StoredView | undefined {
    return [...this.storedViews.values()].find((v) => v.view.external_id === externalId);
  }

  private findMessage(args: Args): { message: Mutable<FakeMessage> } | { error: string } {
    const channel = str(args, 'channel');
    const ts = str(args, 'ts');
    if (channel === undefined) return { error: 'channel_not_found' };
    const target = this.resolveConversation(channel);
    if ('error' in target) return target;
    // Ephemeral messages cannot be edited or deleted through chat.* (only via response_url).
    const message = this.storedMessages.find(
      (m) => m.channel === target.id && m.ts === ts && !m.deleted && m.ephemeralTo === undefined,
    );
    return message === undefined ? { error: 'message_not_found' } : { message };
  }

  private completeUpload(file: unknown, channelId: string | undefined): Args | undefined {
    if (!isRecord(file) || typeof file.id !== 'string') return undefined;
    const pending = this.pendingUploads.get(file.id);
    if (pending === undefined || !pending.uploaded) return undefined;
    const title = typeof file.title === 'string' ? file.title : pending.filename;
    return {
      id: pending.fileId,
      created: Math.floor(Date.now() / 1000),
      timestamp: Math.floor(Date.now() / 1000),
      name: pending.filename,
      title,
      mimetype: 'text/plain',
      filetype: 'text',
      user: this.bot.userId,
      size: pending.declaredLength,
      url_private: `https://files.slack.com/files-pri/${this.team.id}-${pending.fileId}/${pending.filename}`,
      permalink: `${this.teamUrl()}files/${this.bot.userId}/${pending.fileId}/${pending.filename}`,
      channels: channelId === undefined ? [] : [channelId],
    };
  }

  private storeMessage(channel: string, args: Args, ephemeralTo?: string): Mutable<FakeMessage> {
    const message: Mutable<FakeMessage> = {
      channel,
      ts: this.nextTs(),
      text: str(args, 'text') ?? '',
      edited: false,
      deleted: false,
    };
    if (args.blocks !== undefined) message.blocks = args.blocks;
    if (args.attachments !== undefined) message.attachments = args.attachments;
    const threadTs = str(args, 'thread_ts');
    if (threadTs !== undefined) message.threadTs = threadTs;
    if (ephemeralTo !== undefined) message.ephemeralTo = ephemeralTo;
    this.storedMessages.push(message);
    return message;
  }

  private storeView(view: Args, userId?: string): StoredView {
    const id = `V${this.pad(this.next())}`;
    const stored: StoredView = {
      id,
      view,
      hash: this.newHash(),
      rootId: id,
      previousId: null,
      ...(userId === undefined ? {} : { userId }),
    };
    this.storedViews.set(id, stored);
    return stored;
  }

  // ----- rendering -----

  private renderMessage(m: FakeMessage): Args {
    return pickDefined({
      user: this.bot.userId,
      type: 'message',
      ts: m.ts,
      bot_id: this.bot.botId,
      app_id: this.bot.appId,
      text: m.text,
      team: this.team.id,
      bot_profile: {
        id: this.bot.botId,
        app_id: this.bot.appId,
        name: this.bot.name,
        icons: { image_36: 'https://a.slack-edge.com/80588/img/plugins/app/bot_36.png' },
        deleted: false,
        updated: 1700000000,
        team_id: this.team.id,
      },
      blocks: m.blocks,
      attachments: m.attachments,
      thread_ts: m.threadTs,
    });
  }

  private renderView(stored: StoredView): Args {
    const v = stored.view;
    return pickDefined({
      id: stored.id,
      team_id: this.team.id,
      type: v.type,
      title: v.title,
      submit: v.submit,
      close: v.close,
      blocks: v.blocks ?? [],
      private_metadata: v.private_metadata ?? '',
      callback_id: v.callback_id ?? '',
      external_id: v.external_id ?? '',
      state: { values: {} },
      hash: stored.hash,
      clear_on_close: v.clear_on_close === true,
      notify_on_close: v.notify_on_close === true,
      submit_disabled: v.submit_disabled === true,
      root_view_id: stored.rootId,
      previous_view_id: stored.previousId,
      app_id: this.bot.appId,
      app_installed_team_id: this.team.id,
      bot_id: this.bot.botId,
    });
  }

  private renderChannel(channel: ChannelState, withCount: boolean): Args {
    return pickDefined({
      id: channel.id,
      name: channel.name,
      name_normalized: channel.name,
      is_channel: true,
      is_group: false,
      is_im: false,
      is_mpim: false,
      is_private: channel.isPrivate,
      is_archived: channel.isArchived,
      is_general: false,
      is_shared: false,
      is_org_shared: false,
      is_ext_shared: false,
      is_member: channel.members.has(this.bot.userId),
      created: channel.created,
      creator: 'U0CREATOR',
      context_team_id: this.team.id,
      topic: { value: '', creator: '', last_set: 0 },
      purpose: { value: '', creator: '', last_set: 0 },
      num_members: withCount ? channel.members.size : undefined,
    });
  }

  private renderLenientChannel(id: string, withCount: boolean): Args {
    const channel: ChannelState = {
      id,
      name: `channel-${id.toLowerCase()}`,
      isPrivate: false,
      isArchived: false,
      members: new Set([this.bot.userId]),
      created: 1700000000,
    };
    return this.renderChannel(channel, withCount);
  }

  private renderIm(id: string, userId: string): Args {
    return {
      id,
      created: 1700000000,
      is_archived: false,
      is_im: true,
      is_org_shared: false,
      context_team_id: this.team.id,
      user: userId,
      last_read: '0000000000.000000',
      latest: null,
      unread_count: 0,
      unread_count_display: 0,
      is_open: true,
      priority: 0,
    };
  }

  private renderUser(options: FakeUserOptions): FakeSlackUser {
    const isBot = options.isBot ?? options.id === this.bot.userId;
    const name = options.name ?? (isBot ? this.bot.name : options.id.toLowerCase());
    const realName = options.realName ?? (isBot ? 'Pathway' : `Test User ${options.id}`);
    const [first = realName, ...rest] = realName.split(' ');
    const tz = options.tz ?? 'Europe/London';
    const zone = zoneFacts(tz, new Date());
    const display = options.displayName ?? '';
    const image = (size: number): string => `https://secure.gravatar.com/avatar/${options.id}.jpg?s=${size}`;
    const user: FakeSlackUser = {
      id: options.id,
      team_id: this.team.id,
      name,
      deleted: options.deleted ?? false,
      color: '9f69e7',
      real_name: realName,
      tz,
      tz_label: zone.label,
      tz_offset: zone.offset,
      profile: {
        real_name: realName,
        real_name_normalized: realName,
        display_name: display,
        display_name_normalized: display,
        first_name: first,
        last_name: rest.join(' '),
        team: this.team.id,
        status_text: '',
        status_emoji: '',
        avatar_hash: 'g0000000000',
        image_24: image(24),
        image_48: image(48),
        image_72: image(72),
        image_192: image(192),
        ...(isBot ? {} : { email: this.emailOf(options) }),
      },
      is_admin: options.isAdmin ?? false,
      is_owner: options.isOwner ?? false,
      is_primary_owner: options.isPrimaryOwner ?? false,
      is_restricted: options.isRestricted ?? false,
      is_ultra_restricted: false,
      is_bot: isBot,
      is_app_user: false,
      updated: 1700000000,
      is_email_confirmed: !isBot,
      who_can_share_contact_card: 'EVERYONE',
    };
    if (options.locale !== undefined) user.locale = options.locale;
    return user;
  }

  // ----- ids and bookkeeping -----

  private emailOf(user: FakeUserOptions): string {
    return user.email ?? `${user.id.toLowerCase()}@example.com`;
  }

  private teamUrl(): string {
    return `https://${this.team.domain}.slack.com/`;
  }

  private next(): number {
    this.counter += 1;
    return this.counter;
  }

  private pad(n: number): string {
    return n.toString(36).toUpperCase().padStart(10, '0');
  }

  private newHash(): string {
    return `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`;
  }

  /** Message timestamps strictly increase, like Slack's per channel. */
  private nextTs(): string {
    this.lastTsMicros = Math.max(Date.now() * 1000, this.lastTsMicros + 1);
    const seconds = Math.floor(this.lastTsMicros / 1_000_000);
    const micros = this.lastTsMicros % 1_000_000;
    return `${seconds}.${String(micros).padStart(6, '0')}`;
  }

  private restoreConfiguredState(): void {
    this.users = new Map();
    this.channels = new Map();
    this.users.set(this.bot.userId, { id: this.bot.userId, isBot: true, name: this.bot.name });
    for (const user of this.options.users ?? []) this.setUser(user);
  }
}

/** The bytes of an upload: a multipart file part, a form field, or the raw body. */
async function uploadedBytes(req: IncomingMessage, body: Buffer): Promise<Buffer> {
  if (mediaTypeOf(req) !== 'multipart/form-data') return body;
  const parts = await parseMultipart(body, req.headers['content-type'] ?? '');
  const file = parts.find((part) => Buffer.isBuffer(part.value)) ?? parts[0];
  if (file === undefined) return Buffer.alloc(0);
  return Buffer.isBuffer(file.value) ? file.value : Buffer.from(file.value);
}

/** Starts a FakeSlack; see FakeSlack.start. */
export function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  return FakeSlack.start(options);
}
