/**
 * The local sandbox: a browser page that plays a Slack workspace against the real app, for
 * trying Pathway without Slack. It runs only when no Slack credentials are configured.
 *
 * It starts the fake Slack the tests use and a second, internal instance of the app in HTTP
 * mode whose Web API is that fake and whose clock the visitor moves. The page's requests
 * become signed slash commands, block_actions, view submissions and app_home_opened events
 * (the signed-request driver of the tests); what the app sends back through the Web API and
 * response_urls is shown as Slack would show it. The app cannot tell it is in a sandbox.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Args, DriverResult, FakeSlack, FileShare, SlackDriver } from '@pathway/fake-slack';
import { z } from 'zod';
import { type RunningApp, startApp } from '../app.js';
import { SAVE_EVIDENCE_SHORTCUT } from '../blocks/evidence.js';
import { THANKS_SHORTCUT } from '../blocks/thanks.js';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { findRole } from '../domain/framework/queries.js';
import { isLanguage, type Language, languageFor, languageOfLocale } from '../domain/language.js';
import {
  addDays,
  localDate,
  localInstant,
  nextDeliveryInstant,
  workingHoursOrDefault,
  zoneOrFallback,
} from '../domain/schedule/local-time.js';
import { type Translator, translator } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { packageFolder } from '../package-dir.js';
import { activeFramework } from '../services/frameworks.js';
import {
  type ApiAnswer,
  type AppListing,
  actionRequest,
  type Conversation,
  clockRequest,
  closeRequest,
  commandRequest,
  type FeedFile,
  type FeedItem,
  homeRequest,
  type ModalState,
  messageRequest,
  type SandboxState,
  type StateValuesJson,
  shortcutRequest,
  submitRequest,
} from './api.js';
import { SandboxClock } from './clock.js';
import {
  DEMO_COLLEAGUES,
  DEMO_PEOPLE,
  demoSlackUsers,
  GENERAL_CHANNEL,
  loadDemoTeam,
  SANDBOX_TEAM_ID,
  WINS_CHANNEL,
} from './demo.js';

export interface SandboxOptions {
  config: Config;
  logger: Logger;
  /** The sandbox's own database; by default one beside the app's (see sandboxDatabase), never the app's own. */
  db?: Database;
  /**
   * The app's database: on the embedded PGlite the sandbox keeps its data in the
   * pathway_sandbox schema of that same PGlite (one embedded server's memory, not two).
   */
  appDatabase?: Database;
}

export interface Sandbox {
  /** Serves GET /sandbox, its script and /sandbox/api/*. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  readonly clock: SandboxClock;
  readonly fake: FakeSlack;
  stop(): Promise<void>;
}

/** Where a response_url came from: who may see what is posted to it, and the message it can replace. */
interface ResponseOrigin {
  readonly user: string;
  readonly channel: string;
  readonly sourceKey?: string;
}

interface Typed {
  readonly user: string;
  readonly channel: string;
  readonly text: string;
  readonly realAt: number;
  readonly key: string;
}

const responseBody = z
  .object({
    text: z.string().optional(),
    blocks: z.array(z.unknown()).optional(),
    response_type: z.enum(['ephemeral', 'in_channel']).optional(),
    replace_original: z.union([z.boolean(), z.string()]).optional(),
    delete_original: z.union([z.boolean(), z.string()]).optional(),
  })
  .loose();

/** What a view_submission ack may say (Slack's response_action); an empty ack closes the view. */
const submissionAck = z.discriminatedUnion('response_action', [
  z.object({ response_action: z.literal('errors'), errors: z.record(z.string(), z.string()) }),
  z.object({ response_action: z.literal('update'), view: z.record(z.string(), z.unknown()) }),
  z.object({ response_action: z.literal('push'), view: z.record(z.string(), z.unknown()) }),
  z.object({ response_action: z.literal('clear') }),
]);

const MAX_BODY_BYTES = 256 * 1024;
/** How long shutdown waits for a sandbox that is still starting. */
const STOP_WAIT_MS = 5_000;

function truthy(value: boolean | string | undefined): boolean {
  return value === true || value === 'true';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new BadRequest('request body is not JSON');
  }
}

class BadRequest extends Error {}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new BadRequest(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

function isRecord(value: unknown): value is Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How the app answered a request, when it did not simply ack. */
function failure(result: DriverResult, t: Translator): string | undefined {
  if (result.status === 200) return undefined;
  return result.text === ''
    ? t.t('sandbox.answer.appStatus', { status: result.status })
    : t.t('sandbox.answer.appStatusText', { status: result.status, text: result.text.slice(0, 300) });
}

/** The language the page asks its answers in (`accept-language`, which it sets to its own); English otherwise. */
function requestLanguage(req: IncomingMessage): Language {
  return languageOfLocale(req.headers['accept-language']?.split(',')[0]?.trim()) ?? 'en';
}

const SANDBOX_SCHEMA = 'pathway_sandbox';

/**
 * Where the sandbox keeps its data when it opens a database of its own beside the app's
 * (PGlite in DATA_DIR/sandbox, or the `pathway_sandbox` schema of DATABASE_URL), so its demo
 * team, moved clock and outbox never meet a real workspace's rows. `npm start` passes the app's
 * embedded database instead, and the sandbox uses its `pathway_sandbox` schema.
 */
export function sandboxDatabase(config: Config): Config['database'] {
  if (config.database.kind === 'pglite') return { kind: 'pglite', dataDir: join(config.database.dataDir, 'sandbox') };
  const url = new URL(config.database.url);
  url.searchParams.set('schema', SANDBOX_SCHEMA);
  return { kind: 'postgres', url: url.toString() };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (options.config.slack.kind !== 'offline') {
    throw new Error(
      'The sandbox runs only without Slack credentials; it must never share a process with a real workspace.',
    );
  }
  const logger = options.logger.child({ component: 'sandbox' });
  const page = await loadPage();
  const { FakeSlack, SlackDriver } = await fakeSlackPackage();
  const ownDb = options.db === undefined;
  const db =
    options.db ??
    (options.appDatabase?.inSchema
      ? await options.appDatabase.inSchema(SANDBOX_SCHEMA)
      : await openDatabase({ ...options.config, database: sandboxDatabase(options.config) }));
  if (ownDb) await db.migrate();
  const clock = new SandboxClock();
  const fake = await FakeSlack.start({
    teamId: SANDBOX_TEAM_ID,
    teamName: 'Pathway Sandbox',
    teamDomain: 'pathway-sandbox',
    users: demoSlackUsers(),
  });
  const signingSecret = randomBytes(24).toString('hex');
  const appConfig: Config = {
    ...options.config,
    slack: { kind: 'http', signingSecret, botToken: fake.bot.token },
    slackApiUrl: fake.url,
    port: 0,
    // The visible app serves the metrics; a second server on the same port could not start.
    metricsPort: undefined,
  };
  let app: RunningApp;
  try {
    app = await startApp({ config: appConfig, db, logger, clock, host: '127.0.0.1' });
  } catch (error) {
    await fake.close();
    if (ownDb) await db.close();
    throw error;
  }
  const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${app.port}`, signingSecret, fakeSlack: fake });
  const world = new SandboxWorld(fake, driver, clock, page.app);
  world.addChannels();

  const routes: Record<string, (body: unknown, t: Translator) => Promise<ApiAnswer>> = {
    command: (body, t) => world.command(parse(commandRequest, body), t),
    action: (body, t) => world.action(parse(actionRequest, body), t),
    submit: (body, t) => world.submit(parse(submitRequest, body), t),
    close: (body) => world.close(parse(closeRequest, body)),
    message: (body, t) => world.message(parse(messageRequest, body), t),
    shortcut: (body, t) => world.shortcut(parse(shortcutRequest, body), t),
    home: (body, t) => world.openHome(parse(homeRequest, body).user, t),
    clock: async (body, t) => {
      const request = parse(clockRequest, body);
      const target =
        'advanceMinutes' in request
          ? clock.now().getTime() + request.advanceMinutes * 60_000
          : (await nextWorkingMorning(db, fake, request.user, clock.now())).getTime();
      clock.advance(Math.max(0, target - clock.now().getTime()));
      // Plan and send what the new time makes due now, rather than at the next cron tick.
      const before = fake.callsTo('chat.postMessage').length;
      await app.scheduler?.tick();
      // Send what became due before answering, so the answer can say what went to whom.
      if (app.scheduler?.sender) await sendDue(db, app.scheduler.sender, clock.now());
      return { ok: true, message: sentSummary(fake, before, t) };
    },
    scheduler: async (_body, t) => {
      if (app.scheduler === undefined) return { ok: false, message: t.t('sandbox.answer.schedulerOff') };
      const before = fake.callsTo('chat.postMessage').length;
      await app.scheduler.tick();
      if (app.scheduler.sender) await sendDue(db, app.scheduler.sender, clock.now());
      return { ok: true, message: sentSummary(fake, before, t) };
    },
    demo: async () => {
      await loadDemoTeam(db.prisma, clock);
      world.reset();
      return { ok: true };
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const t = translator(requestLanguage(req));
    try {
      if (req.method === 'GET' && (url.pathname === '/sandbox' || url.pathname === '/sandbox/')) {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'self'; img-src * data:; style-src 'self' 'unsafe-inline'",
        });
        res.end(page.html);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/sandbox/page.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(page.script);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/sandbox/api/state') {
        const user = parse(z.string().regex(/^U[A-Z0-9]{2,}$/), url.searchParams.get('user') || DEMO_PEOPLE[0]?.id);
        return sendJson(res, 200, await world.state(user, db));
      }
      const route = /^\/sandbox\/api\/([a-z]+)$/.exec(url.pathname)?.[1];
      const handler = route === undefined ? undefined : routes[route];
      if (req.method === 'POST' && handler !== undefined)
        return sendJson(res, 200, await handler(await readJson(req), t));
      sendJson(res, 404, { ok: false, message: 'not found' });
    } catch (error) {
      if (error instanceof BadRequest) return sendJson(res, 400, { ok: false, message: error.message });
      const reference = randomBytes(4).toString('hex');
      logger.error({ err: error, reference }, 'sandbox request failed');
      sendJson(res, 500, {
        ok: false,
        message: t.t('sandbox.answer.failed', { reference }),
      });
    }
  };

  return {
    handle,
    clock,
    fake,
    async stop() {
      await app.stop();
      await fake.close();
      if (ownDb) await db.close();
    },
  };
}

export interface BackgroundSandbox {
  /** Answers 503 ("starting") until the sandbox is up, then serves it. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Settles when the sandbox is up (or failed to start, which is logged). */
  readonly ready: Promise<Sandbox | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts the sandbox without holding up the app's own start: its database, second app
 * instance and page bundle take a few seconds, and the app's health checks should not wait.
 */
export function startSandboxInBackground(options: SandboxOptions): BackgroundSandbox {
  const ready = startSandbox(options).catch((error: unknown) => {
    if (error instanceof SandboxUnavailable) options.logger.warn(error.message);
    else options.logger.error({ err: error }, 'the sandbox could not start; the app runs without it');
    return undefined;
  });
  let started: Sandbox | undefined;
  void ready.then((sandbox) => (started = sandbox));
  return {
    async handle(req, res) {
      if (started) return started.handle(req, res);
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '3' });
      res.end('The sandbox is starting; reload in a few seconds.');
    },
    ready,
    async stop() {
      // Shutting down while it still starts: give it a moment, then let the process end without it.
      let giveUp: (value: undefined) => void = () => undefined;
      const gaveUp = new Promise<undefined>((resolve) => (giveUp = resolve));
      const timer = setTimeout(() => giveUp(undefined), STOP_WAIT_MS);
      const sandbox = await Promise.race([ready, gaveUp]);
      clearTimeout(timer);
      await sandbox?.stop();
    },
  };
}

interface Page {
  readonly html: string;
  readonly script: string;
  readonly app: AppListing;
}

const manifestListing = z.object({
  display_information: z.object({ name: z.string() }),
  features: z.object({
    shortcuts: z.array(z.object({ name: z.string(), type: z.string(), callback_id: z.string() })).default([]),
  }),
});

/** The app as Slack lists it, from manifest.json: Slack shows these names as written, in every language. */
async function appListing(): Promise<AppListing> {
  const manifest = manifestListing.parse(JSON.parse(await readFile(packageFolder('manifest.json'), 'utf8')));
  return {
    name: manifest.display_information.name,
    shortcuts: manifest.features.shortcuts
      .filter((shortcut) => shortcut.type === 'message')
      .map((shortcut) => ({ callbackId: shortcut.callback_id, name: shortcut.name })),
  };
}

/** A production install (npm ci --omit=dev, the container image) has no esbuild and no page sources. */
class SandboxUnavailable extends Error {}

async function bundler(): Promise<typeof import('esbuild')> {
  try {
    return await import('esbuild');
  } catch {
    throw new SandboxUnavailable(
      'the sandbox needs the development install (npm install); this production install runs without it',
    );
  }
}

/** The fake Slack is a development package (packages/fake-slack, run from its TypeScript sources). */
async function fakeSlackPackage(): Promise<typeof import('@pathway/fake-slack')> {
  try {
    return await import('@pathway/fake-slack');
  } catch {
    throw new SandboxUnavailable(
      'the sandbox needs the development install (npm install); this production install runs without it',
    );
  }
}

/** The page and its script, bundled once from src/sandbox/page/ (its TypeScript source ships beside the build). */
async function loadPage(): Promise<Page> {
  const { build } = await bundler();
  const dir = packageFolder(join('src', 'sandbox', 'page'));
  const entry = join(dir, 'main.ts');
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'silent',
  });
  const script = bundled.outputFiles[0]?.text ?? '';
  return { html: await readFile(join(dir, 'index.html'), 'utf8'), script, app: await appListing() };
}

/**
 * The workspace as the sandbox shows it: who typed what where, which response_url belongs to
 * whom, each person's modal stack, all derived from the fake Slack's recordings.
 */
class SandboxWorld {
  private origins = new Map<string, ResponseOrigin>();
  private triggers = new Map<string, string>();
  private typed: Typed[] = [];
  /** Slash command acks that carried a message (shown as if posted to the response_url). */
  private syncResponses: Array<{ url: string; body: unknown; at: number }> = [];
  private system: Array<{ user: string; channel: string; text: string; realAt: number; key: string }> = [];
  private stacks = new Map<string, string[]>();
  private errors = new Map<string, Record<string, string>>();
  private callsSeen = 0;
  private counter = 0;

  constructor(
    private readonly fake: FakeSlack,
    private readonly driver: SlackDriver,
    private readonly clock: SandboxClock,
    private readonly app: AppListing,
  ) {}

  addChannels(): void {
    const everyone = [...DEMO_PEOPLE.map((p) => p.id), this.fake.bot.userId];
    this.fake.setChannel(GENERAL_CHANNEL.id, { name: GENERAL_CHANNEL.name, members: everyone });
    this.fake.setChannel(WINS_CHANNEL.id, { name: WINS_CHANNEL.name, members: everyone });
  }

  reset(): void {
    this.fake.reset();
    this.addChannels();
    this.origins = new Map();
    this.triggers = new Map();
    this.typed = [];
    this.syncResponses = [];
    this.system = [];
    this.stacks = new Map();
    this.errors = new Map();
    this.callsSeen = 0;
  }

  private key(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  private note(user: string, channel: string, text: string): void {
    this.system.push({ user, channel, text, realAt: Date.now(), key: this.key('s') });
  }

  private remember(result: DriverResult, origin: ResponseOrigin): void {
    if (result.triggerId !== undefined) this.triggers.set(result.triggerId, origin.user);
    if (result.responseUrl !== undefined) this.origins.set(result.responseUrl, origin);
  }

  async command(request: { user: string; channel: string; text: string }, t: Translator): Promise<ApiAnswer> {
    const match = /^(\/[a-z0-9_-]+)\s*([\s\S]*)$/i.exec(request.text);
    if (match === null) return { ok: false, message: t.t('sandbox.answer.notSlashCommand') };
    const [, command = '', text = ''] = match;
    if (command !== '/pathway') return { ok: false, message: t.t('sandbox.answer.unknownCommand', { command }) };
    if (request.channel.startsWith('D') && request.channel !== this.fake.dmChannelFor(request.user)) {
      return { ok: false, message: t.t('sandbox.answer.othersMessages') };
    }
    this.typed.push({
      user: request.user,
      channel: request.channel,
      text: request.text,
      realAt: Date.now(),
      key: this.key('t'),
    });
    const result = await this.driver.slashCommand({
      userId: request.user,
      text,
      command,
      channelId: request.channel,
      channelName: this.channelName(request.channel) ?? 'directmessage',
    });
    this.remember(result, { user: request.user, channel: request.channel });
    const problem = failure(result, t);
    if (problem !== undefined) this.note(request.user, request.channel, problem);
    else if (result.text !== '' && result.responseUrl !== undefined) {
      // A synchronous answer in the ack is shown like an ephemeral response.
      const body = isRecord(result.body) ? result.body : { text: result.text };
      this.syncResponses.push({ url: result.responseUrl, body, at: Date.now() });
    }
    return { ok: true };
  }

  /** A person posts in a channel: a message Slack keeps, that message shortcuts can act on (the app does not read it). */
  async message(request: { user: string; channel: string; text: string }, t: Translator): Promise<ApiAnswer> {
    if (request.channel.startsWith('D')) return { ok: false, message: t.t('sandbox.answer.messagesReadOnly') };
    if (this.channelName(request.channel) === undefined)
      return { ok: false, message: t.t('sandbox.answer.noSuchChannel') };
    this.fake.postAsUser(request.user, request.channel, request.text);
    return { ok: true };
  }

  /** "Save as evidence" or "Thank for this" on a message: a signed message_action, as Slack sends it from the message's ⋮ menu. */
  async shortcut(
    request: { user: string; key: string; shortcut: 'save_as_evidence' | 'thank_for_this' },
    t: Translator,
  ): Promise<ApiAnswer> {
    const item = this.findItem(request.user, request.key);
    if (item === undefined || !request.key.startsWith('m:') || item.ephemeral)
      return { ok: false, message: t.t('sandbox.answer.shortcutTarget') };
    const stored = this.fake.messages.find((m) => m.channel === item.channel && m.ts === item.ts);
    const result = await this.driver.messageAction({
      userId: request.user,
      callbackId: request.shortcut === THANKS_SHORTCUT ? THANKS_SHORTCUT : SAVE_EVIDENCE_SHORTCUT,
      channelId: item.channel,
      message: { ts: item.ts, text: item.text, ...(stored?.user === undefined ? {} : { user: stored.user }) },
    });
    this.remember(result, { user: request.user, channel: item.channel });
    const problem = failure(result, t);
    return problem === undefined ? { ok: true } : { ok: false, message: problem };
  }

  async action(request: z.infer<typeof actionRequest>, t: Translator): Promise<ApiAnswer> {
    const { type, action_id: actionId, block_id: blockId, ...rest } = request.action;
    const common = { userId: request.user, actionId, blockId, elementType: type, action: rest };
    if (request.source.kind === 'view') {
      const viewId = request.source.viewId;
      const view = this.fake.view(viewId);
      if (view === undefined) return { ok: false, message: t.t('sandbox.answer.viewGone') };
      const result = await this.driver.blockAction({ ...common, view: this.viewContext(view, request.values) });
      this.remember(result, { user: request.user, channel: this.fake.dmChannelFor(request.user) });
      const problem = failure(result, t);
      return problem === undefined ? { ok: true } : { ok: false, message: problem };
    }
    const item = this.findItem(request.user, request.source.key);
    if (item === undefined) return { ok: false, message: t.t('sandbox.answer.messageGone') };
    const result = await this.driver.blockAction({
      ...common,
      container: {
        channelId: item.channel,
        messageTs: item.ts,
        isEphemeral: item.ephemeral,
        blocks: Array.isArray(item.blocks) ? item.blocks : [],
        text: item.text,
      },
    });
    this.remember(result, { user: request.user, channel: item.channel, sourceKey: request.source.key });
    const problem = failure(result, t);
    if (problem !== undefined) this.note(request.user, item.channel, problem);
    return { ok: true };
  }

  async submit(request: { user: string; viewId: string; values: StateValuesJson }, t: Translator): Promise<ApiAnswer> {
    this.sync();
    const view = this.fake.view(request.viewId);
    if (view === undefined) return { ok: false, message: t.t('sandbox.answer.viewGone') };
    const context = this.viewContext(view, request.values);
    const result = await this.driver.viewSubmission({
      userId: request.user,
      callbackId: context.callbackId ?? '',
      values: request.values,
      privateMetadata: context.privateMetadata ?? '',
      viewId: request.viewId,
      ...(context.hash === undefined ? {} : { hash: context.hash }),
      blocks: context.blocks ?? [],
    });
    this.remember(result, { user: request.user, channel: this.fake.dmChannelFor(request.user) });
    const problem = failure(result, t);
    if (problem !== undefined) return { ok: false, message: problem };
    const stack = this.stacks.get(request.user) ?? [];
    this.errors.delete(request.viewId);
    if (!isRecord(result.body) || result.body.response_action === undefined) {
      this.stacks.set(
        request.user,
        stack.filter((id) => id !== request.viewId),
      );
      return { ok: true };
    }
    const ack = submissionAck.safeParse(result.body);
    if (!ack.success) return { ok: false, message: t.t('sandbox.answer.badAck', { text: result.text.slice(0, 300) }) };
    const answer = ack.data;
    switch (answer.response_action) {
      case 'errors':
        this.errors.set(request.viewId, answer.errors);
        break;
      case 'update':
        this.fake.updateViewFromResponse(request.viewId, answer.view);
        break;
      case 'push':
        this.stacks.set(request.user, [...stack, String(this.fake.pushViewFromResponse(answer.view).id)]);
        break;
      case 'clear':
        this.stacks.set(request.user, []);
        break;
    }
    return { ok: true };
  }

  async close(request: { user: string; viewId: string }): Promise<ApiAnswer> {
    this.sync();
    const view = this.fake.view(request.viewId);
    const stack = this.stacks.get(request.user) ?? [];
    const clear = view?.clear_on_close === true;
    this.stacks.set(request.user, clear ? [] : stack.filter((id) => id !== request.viewId));
    this.errors.delete(request.viewId);
    if (view !== undefined && view.notify_on_close === true) {
      await this.driver.viewClosed({
        userId: request.user,
        callbackId: String(view.callback_id ?? ''),
        privateMetadata: String(view.private_metadata ?? ''),
        viewId: request.viewId,
        isCleared: clear,
      });
    }
    return { ok: true };
  }

  async openHome(user: string, t: Translator): Promise<ApiAnswer> {
    const home = this.fake.homeView(user);
    const result = await this.driver.event({
      type: 'app_home_opened',
      user,
      ...(home === undefined ? {} : { view: home }),
    });
    const problem = failure(result, t);
    return problem === undefined ? { ok: true } : { ok: false, message: problem };
  }

  // ----- state -----

  /** Follows views.open / views.push calls made with triggers this sandbox handed out. */
  private sync(): void {
    const calls = this.fake.calls;
    for (; this.callsSeen < calls.length; this.callsSeen += 1) {
      const call = calls[this.callsSeen];
      if (call === undefined || call.status === undefined) break;
      if (call.method !== 'views.open' && call.method !== 'views.push') continue;
      const view = call.response?.view;
      const user = this.triggers.get(String(call.args.trigger_id ?? ''));
      if (call.response?.ok !== true || !isRecord(view) || user === undefined) continue;
      const stack = call.method === 'views.open' ? [] : (this.stacks.get(user) ?? []);
      this.stacks.set(user, [...stack, String(view.id)]);
    }
  }

  private viewContext(
    view: Args,
    values: StateValuesJson,
  ): {
    id: string;
    type: 'modal' | 'home';
    callbackId?: string;
    privateMetadata?: string;
    hash?: string;
    blocks?: unknown[];
    values: StateValuesJson;
  } {
    return {
      id: String(view.id),
      type: view.type === 'home' ? 'home' : 'modal',
      callbackId: String(view.callback_id ?? ''),
      privateMetadata: String(view.private_metadata ?? ''),
      ...(typeof view.hash === 'string' ? { hash: view.hash } : {}),
      blocks: Array.isArray(view.blocks) ? view.blocks : [],
      values,
    };
  }

  private channelName(id: string): string | undefined {
    if (id === GENERAL_CHANNEL.id) return GENERAL_CHANNEL.name;
    if (id === WINS_CHANNEL.id) return WINS_CHANNEL.name;
    return undefined;
  }

  private findItem(user: string, key: string): (FeedItem & { channel: string; ts: string }) | undefined {
    for (const conversation of this.conversations(user)) {
      const item = conversation.items.find((i) => i.key === key);
      if (item !== undefined)
        return {
          ...item,
          channel: conversation.id,
          ts: key.startsWith('m:') ? (key.split(':')[2] ?? '') : `${(Date.parse(item.at) / 1000).toFixed(6)}`,
        };
    }
    return undefined;
  }

  private conversations(user: string): Conversation[] {
    const dm = this.fake.dmChannelFor(user);
    const byChannel = new Map<string, Array<FeedItem & { realAt: number }>>([
      [dm, []],
      [GENERAL_CHANNEL.id, []],
      [WINS_CHANNEL.id, []],
    ]);
    const add = (channel: string, item: FeedItem & { realAt: number }): void => {
      const items = byChannel.get(channel) ?? [];
      items.push(item);
      byChannel.set(channel, items);
    };
    const at = (realMs: number): string => this.clock.at(realMs).toISOString();

    for (const m of this.fake.messages) {
      if (m.deleted) continue;
      const visible =
        m.ephemeralTo === undefined ? !m.channel.startsWith('D') || m.channel === dm : m.ephemeralTo === user;
      if (!visible) continue;
      const realAt = Number(m.ts) * 1000;
      const author = m.user === undefined ? ('app' as const) : m.user === user ? ('you' as const) : ('person' as const);
      const authorName = m.user === undefined ? undefined : DEMO_PEOPLE.find((p) => p.id === m.user)?.name;
      add(m.channel, {
        key: `m:${m.channel}:${m.ts}`,
        at: at(realAt),
        realAt,
        author,
        ...(authorName === undefined ? {} : { authorName }),
        text: m.text,
        blocks: m.blocks,
        ephemeral: m.ephemeralTo !== undefined,
        edited: m.edited,
      });
    }

    this.fake.fileShares.forEach((share, index) => {
      if (share.channel.startsWith('D') && share.channel !== dm) return;
      add(share.channel, {
        key: `f:${index}`,
        at: at(share.at),
        realAt: share.at,
        author: 'app',
        text: share.comment,
        ephemeral: false,
        edited: false,
        files: share.files.map(feedFile),
      });
    });

    const replaced = new Map<string, { text: string; blocks?: unknown } | null>();
    const responses = [...this.fake.responses, ...this.syncResponses].sort((a, b) => a.at - b.at);
    responses.forEach((response, index) => {
      const origin = this.origins.get(response.url);
      const body = responseBody.safeParse(response.body);
      if (origin === undefined || !body.success) return;
      const { text = '', blocks } = body.data;
      if (origin.sourceKey !== undefined && truthy(body.data.delete_original)) {
        replaced.set(origin.sourceKey, null);
        return;
      }
      if (origin.sourceKey !== undefined && truthy(body.data.replace_original)) {
        replaced.set(origin.sourceKey, { text, blocks });
        return;
      }
      const inChannel = body.data.response_type === 'in_channel';
      if (origin.user !== user && !inChannel) return;
      add(origin.channel, {
        key: `r:${index}`,
        at: at(response.at),
        realAt: response.at,
        author: 'app',
        text,
        blocks,
        ephemeral: !inChannel,
        edited: false,
      });
    });

    for (const t of this.typed)
      if (t.user === user)
        add(t.channel, {
          key: t.key,
          at: at(t.realAt),
          realAt: t.realAt,
          author: 'you',
          text: t.text,
          ephemeral: false,
          edited: false,
        });
    for (const s of this.system)
      if (s.user === user)
        add(s.channel, {
          key: s.key,
          at: at(s.realAt),
          realAt: s.realAt,
          author: 'system',
          text: s.text,
          ephemeral: true,
          edited: false,
        });

    return [...byChannel.entries()].map(([id, items]) => ({
      id,
      name: id === dm ? this.app.name : (this.channelName(id) ?? id),
      kind: id === dm ? ('app' as const) : ('channel' as const),
      items: items
        .sort((a, b) => a.realAt - b.realAt)
        .flatMap(({ realAt: _realAt, ...item }) => {
          const replacement = replaced.get(item.key);
          if (replacement === null) return [];
          return replacement === undefined
            ? [item]
            : [{ ...item, text: replacement.text, blocks: replacement.blocks, edited: true }];
        }),
    }));
  }

  async state(user: string, db: Database): Promise<SandboxState> {
    this.sync();
    const modals: ModalState[] = (this.stacks.get(user) ?? []).flatMap((id) => {
      const view = this.fake.view(id);
      return view === undefined ? [] : [{ view, errors: this.errors.get(id) ?? {} }];
    });
    const problems = [
      ...this.fake.specViolations.map((v) => `${v.method}: ${v.message}`),
      ...this.fake.blockKitViolations.map((v) => `${v.source} ${v.path}: ${v.message}`),
    ].slice(-20);
    const workspace = await db.prisma.workspace.findUnique({
      where: { slackTeamId: SANDBOX_TEAM_ID },
      select: { id: true, language: true },
    });
    const demoLoaded =
      workspace !== null &&
      (await db.prisma.person.count({ where: { workspaceId: workspace.id, managerId: { not: null } } })) > 0;
    // As the app chooses (their choice, else their Slack locale, else the workspace's); Slack's locale until the app knows them.
    const person =
      workspace === null
        ? null
        : await db.prisma.person.findUnique({
            where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId: user } },
            select: { language: true, locale: true },
          });
    const language = languageFor(person ?? { locale: this.fake.user(user)?.locale }, workspace?.language);
    return {
      app: this.app,
      now: this.clock.now().toISOString(),
      timeZone: this.fake.user(user)?.tz ?? 'UTC',
      people: await peopleNow(db, translator(language)),
      colleagues: await colleagueNames(db),
      user,
      language,
      languageChoice: isLanguage(person?.language) ? person.language : 'auto',
      conversations: this.conversations(user),
      home: this.fake.homeView(user) ?? null,
      modals,
      problems,
      demoLoaded,
    };
  }
}

/** Previews small enough to inline: Slack shows an image, and a text file's first lines. */
const PREVIEW_IMAGE_BYTES = 512 * 1024;
const PREVIEW_TEXT_LINES = 6;

function feedFile(file: FileShare['files'][number]): FeedFile {
  const base = { name: file.name, title: file.title, size: file.bytes.length };
  if (/\.png$/i.test(file.name) && file.bytes.length <= PREVIEW_IMAGE_BYTES) {
    return { ...base, preview: { kind: 'image', src: `data:image/png;base64,${file.bytes.toString('base64')}` } };
  }
  if (/\.(csv|txt|json|ya?ml)$/i.test(file.name)) {
    return {
      ...base,
      preview: { kind: 'text', lines: file.bytes.toString('utf8').split('\n').slice(0, PREVIEW_TEXT_LINES).join('\n') },
    };
  }
  return base;
}

/** Who a message went to, as the visitor knows them: a person's first name, a #channel. */
function recipientName(channel: string): string {
  // The fake names a DM after its person: D… for U….
  const userId = channel.startsWith('D') ? `U${channel.slice(1)}` : channel;
  const everyone = [...DEMO_PEOPLE, ...DEMO_COLLEAGUES];
  const person = everyone.find((p) => p.id === userId);
  if (person !== undefined) return person.name.split(' ')[0] ?? person.name;
  if (channel === GENERAL_CHANNEL.id) return `#${GENERAL_CHANNEL.name}`;
  if (channel === WINS_CHANNEL.id) return `#${WINS_CHANNEL.name}`;
  return channel;
}

/** What a clock move or scheduler run sent, to whom: "Sent 3: Noor 2, Maya 1", or "Nothing was due". */
function sentSummary(fake: FakeSlack, before: number, t: Translator): string {
  const sent = fake
    .callsTo('chat.postMessage')
    .slice(before)
    .filter((call) => call.status === 200 && call.response?.ok === true);
  if (sent.length === 0) return t.t('sandbox.answer.nothingDue');
  const counts = new Map<string, number>();
  for (const call of sent) {
    const name = recipientName(String(call.args.channel ?? ''));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const recipients = [...counts.entries()].map(([name, count]) => `${name} ${count}`).join(', ');
  return t.t('sandbox.answer.sent', { count: sent.length, recipients });
}

/** The start of the next working day for this person: their time zone, the workspace's working days and hours. */
async function nextWorkingMorning(db: Database, fake: FakeSlack, userId: string, now: Date): Promise<Date> {
  const zone = zoneOrFallback(fake.user(userId)?.tz, 'UTC');
  const workspace = await db.prisma.workspace.findUnique({ where: { slackTeamId: SANDBOX_TEAM_ID } });
  const hours = workingHoursOrDefault(
    workspace
      ? { startHour: workspace.workdayStartHour, endHour: workspace.workdayEndHour, workingDays: workspace.workingDays }
      : undefined,
  );
  const tomorrow = localInstant(addDays(localDate(now, zone), 1), 0, zone);
  return nextDeliveryInstant(tomorrow, zone, hours);
}

/**
 * The person picker as things stand now: who each demo person is (employee, manager of N,
 * admin) and where their plan is, so it stays true after the visitor plans, finishes or moves.
 */
async function colleagueNames(db: Database): Promise<Record<string, string>> {
  const rows = await db.prisma.person.findMany({
    where: {
      workspace: { slackTeamId: SANDBOX_TEAM_ID },
      slackUserId: { notIn: DEMO_PEOPLE.map((p) => p.id) },
      displayName: { not: null },
    },
    select: { slackUserId: true, displayName: true },
  });
  return Object.fromEntries(rows.map((row) => [row.slackUserId, row.displayName ?? row.slackUserId]));
}

async function peopleNow(db: Database, t: Translator): Promise<SandboxState['people']> {
  const workspace = await db.prisma.workspace.findUnique({ where: { slackTeamId: SANDBOX_TEAM_ID } });
  if (workspace === null || workspace.activeFrameworkId === null)
    return DEMO_PEOPLE.map((p) => ({ id: p.id, name: p.name, about: t.t(p.about) }));
  const { framework } = await activeFramework(db.prisma, workspace.id, t.language);
  const persons = await db.prisma.person.findMany({
    where: { workspaceId: workspace.id, slackUserId: { in: DEMO_PEOPLE.map((p) => p.id) } },
    include: {
      _count: { select: { reports: true } },
      pathways: { where: { status: 'active' }, include: { milestones: { select: { doneAt: true } } } },
    },
  });
  return DEMO_PEOPLE.map((demo) => {
    const person = persons.find((p) => p.slackUserId === demo.id);
    if (person === undefined) return { id: demo.id, name: demo.name, about: t.t(demo.about) };
    const who =
      demo.isAdmin === true
        ? t.t('sandbox.person.admin')
        : person._count.reports > 0
          ? t.t('sandbox.person.manager', { count: person._count.reports })
          : t.t('sandbox.person.employee');
    const pathway = person.pathways.find((candidate) => candidate.activeForPersonId === person.id) ?? null;
    const plan =
      pathway === null
        ? [t.t('sandbox.person.noPlan')]
        : [
            t.t('sandbox.person.aiming', {
              goal: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
              done: pathway.milestones.filter((m) => m.doneAt !== null).length,
              total: pathway.milestones.length,
            }),
            ...(pathway.goalProposedAt !== null ? [t.t('sandbox.person.moveWaiting')] : []),
          ];
    // Admins and managers without a plan of their own are described by their role alone.
    const leads = demo.isAdmin === true || person._count.reports > 0;
    return { id: demo.id, name: demo.name, about: [who, ...(leads && pathway === null ? [] : plan)].join(', ') };
  });
}

/** The longest the sandbox waits for due messages to go out before it answers a clock move. */
const SEND_WAIT_MS = 15_000;

/**
 * Drains the outbox, then waits while rows the background sender claimed are still due and
 * unsent (it may have taken them first), so a summary of what was sent is complete.
 */
async function sendDue(db: Database, sender: { drain(): Promise<unknown> }, now: Date): Promise<void> {
  const deadline = Date.now() + SEND_WAIT_MS;
  for (;;) {
    await sender.drain();
    const waiting = await db.prisma.outboxMessage.count({
      where: { OR: [{ status: 'sending' }, { status: 'pending', notBefore: { lte: now } }] },
    });
    if (waiting === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
