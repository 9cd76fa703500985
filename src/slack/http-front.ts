/**
 * Slack's HTTP contract, in front of Bolt's receiver:
 * - only `POST /slack/events` (and, in OAuth mode, the install pages) is
 *   served: other methods answer 405, other paths 404;
 * - a body is read with a size limit (413) and must be what Slack sends: valid
 *   UTF-8, a form (a command, `payload=` with a JSON object, `ssl_check`) or a
 *   JSON object of an Events API type; anything else is 400 before Bolt, whose
 *   receiver would throw outside any handler or wait 3 s;
 * - a slash command is answered 200 as soon as it is verified (its answer goes
 *   to the response_url), before Bolt runs;
 * - every other request is answered within ACK_DEADLINE_MS whatever the
 *   database does: an interaction Bolt has not acknowledged by then gets an
 *   empty 200, and Bolt's late answer is dropped;
 * - an Events API callback is answered 200 only once it is safe with us: its
 *   event id is recorded in the handled-event table (the first database write
 *   of every event), or its handling has finished. A failure before that (the
 *   database is down) answers 500, and no answer by the deadline 503, so Slack
 *   delivers it again; the table keeps those deliveries single. Slack's retry
 *   of an event still running here waits for that run.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type App, verifySlackRequest } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../logger.js';

/** Slack's own limit is 3 s; this leaves room for the network. */
export const ACK_DEADLINE_MS = 2_500;
/** Slack's payloads are small (a modal's state is the largest); Bolt's default is 4 MB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** What an Events API delivery must look like for Bolt to handle it. */
const eventCallback = z.object({ type: z.literal('event_callback'), event_id: z.string().min(1) }).passthrough();

/** Bolt throws on these before any listener runs (App.js buildSource); Slack never sends them, so they are answered 200 and ignored. */
function unusableEvent(event: unknown): boolean {
  return (
    typeof event !== 'object' || event === null || Array.isArray(event) || ('user' in event && event.user === null)
  );
}
const jsonBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event_callback') }).passthrough(),
  z.object({ type: z.literal('url_verification'), challenge: z.string() }).passthrough(),
  z.object({ type: z.literal('app_rate_limited') }).passthrough(),
]);
const slackUser = z.object({ id: z.string().min(1) }).passthrough();
const view = z.object({ id: z.string().min(1) }).passthrough();
const interaction = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('block_actions'),
      user: slackUser,
      actions: z.array(z.object({ action_id: z.string() }).passthrough()).min(1),
    })
    .passthrough(),
  z.object({ type: z.literal('view_submission'), user: slackUser, view }).passthrough(),
  z.object({ type: z.literal('view_closed'), user: slackUser, view }).passthrough(),
  z.object({ type: z.literal('shortcut'), user: slackUser, callback_id: z.string() }).passthrough(),
  z.object({ type: z.literal('message_action'), user: slackUser, callback_id: z.string() }).passthrough(),
  z.object({ type: z.literal('block_suggestion'), user: slackUser }).passthrough(),
]);
const command = z.object({ command: z.string().min(1), user_id: z.string().min(1), team_id: z.string().min(1) });

export interface EventProgress {
  /** Set by the app's Bolt error handler: the event failed. */
  failed: boolean;
  /** Called by the handled-event middleware once the event id is recorded. */
  claimed(): void;
}

/** The progress of the event being handled, for the code that runs inside its handling. */
export const eventOutcome = new AsyncLocalStorage<EventProgress>();

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body?: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > BODY_LIMIT_BYTES) throw new Refusal(413, 'body_too_large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > BODY_LIMIT_BYTES) throw new Refusal(413, 'body_too_large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'malformed_json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Refusal(400, 'body_is_not_a_json_object');
  return value as Record<string, unknown>;
}

type Parsed =
  | { kind: 'event'; body: Record<string, unknown>; eventId: string }
  | { kind: 'command' }
  | { kind: 'bolt' }
  | { kind: 'ignore' };

/** Checks the body is one of the shapes Slack sends; throws a Refusal (400/415) otherwise. */
function checkShape(req: IncomingMessage, text: string): Parsed {
  const type = mediaType(req);
  if (type === JSON_TYPE) {
    const body = parseJsonObject(text);
    if (!jsonBody.safeParse(body).success) throw new Refusal(400, 'not_an_events_api_body');
    if (body.type !== 'event_callback') return { kind: 'bolt' };
    const callback = eventCallback.safeParse(body);
    if (!callback.success) throw new Refusal(400, 'malformed_event_callback');
    if (unusableEvent(body.event)) return { kind: 'ignore' };
    return { kind: 'event', body, eventId: callback.data.event_id };
  }
  if (type === FORM) {
    const fields = new URLSearchParams(text);
    if (fields.get('ssl_check') === '1') return { kind: 'bolt' };
    const payload = fields.get('payload');
    if (payload !== null) {
      if (!interaction.safeParse(parseJsonObject(payload)).success)
        throw new Refusal(400, 'malformed_interaction_payload');
      return { kind: 'bolt' };
    }
    if (!command.safeParse(Object.fromEntries(fields)).success) throw new Refusal(400, 'malformed_slash_command');
    return { kind: 'command' };
  }
  throw new Refusal(415, 'unsupported_content_type');
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return typeof value === 'string' ? value : '';
}

function retryNum(req: IncomingMessage): number | undefined {
  const value = Number.parseInt(header(req, 'x-slack-retry-num'), 10);
  return Number.isNaN(value) ? undefined : value;
}

/** Answers 200 now, for Bolt: its own later answer (to a command, or after the deadline) is dropped instead of throwing. */
function answerForBolt(res: ServerResponse): void {
  send(res, 200);
  const ignore = (): ServerResponse => res;
  res.writeHead = ignore as unknown as ServerResponse['writeHead'];
  res.setHeader = ignore as unknown as ServerResponse['setHeader'];
  const end = res.end.bind(res);
  res.end = ((...args: unknown[]) => {
    if (!res.writableEnded) end();
    void args;
    return res;
  }) as ServerResponse['end'];
}

export interface SlackFrontOptions {
  /** Bolt's receiver (signature check, ack, dispatch). */
  bolt: RequestListener;
  /** The app, for events handled before they are answered. */
  app: App;
  signingSecret: string;
  logger: Logger;
  /** GET paths Bolt serves besides /slack/events (the OAuth install pages). */
  pages?: readonly string[];
  ackDeadlineMs?: number;
}

export function slackHttpFront(options: SlackFrontOptions): RequestListener {
  const { logger } = options;
  const deadlineMs = options.ackDeadlineMs ?? ACK_DEADLINE_MS;
  const pages = new Set(options.pages ?? []);
  /** Events being handled in this process, so Slack's retry of one waits for it instead of being skipped. */
  const running = new Map<string, Promise<'done' | 'failed'>>();

  const handleEvent = async (
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    eventId: string,
  ): Promise<void> => {
    let work = running.get(eventId);
    if (work === undefined) {
      let markClaimed: () => void = () => {};
      const claimed = new Promise<'done'>((resolve) => {
        markClaimed = () => resolve('done');
      });
      const progress: EventProgress = { failed: false, claimed: () => markClaimed() };
      const retryReason = header(req, 'x-slack-retry-reason');
      const handled = eventOutcome
        .run(progress, () =>
          options.app.processEvent({
            body,
            ack: async () => {},
            retryNum: retryNum(req),
            retryReason: retryReason === '' ? undefined : retryReason,
          }),
        )
        .then(
          (): 'done' | 'failed' => (progress.failed ? 'failed' : 'done'),
          (error: unknown): 'failed' => {
            logger.error({ err: error, eventId }, 'an event could not be handled');
            return 'failed';
          },
        );
      void handled.finally(() => running.delete(eventId));
      // Whichever comes first: recorded (safe: a later failure releases the record), or finished.
      work = Promise.race([claimed, handled]);
      running.set(eventId, work);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deadlineMs);
    });
    const result = await Promise.race([work, late]).finally(() => clearTimeout(timer));
    if (result === 'done') return send(res, 200);
    if (result === 'failed') {
      logger.warn({ eventId }, 'event not handled (answered 500 so Slack retries it)');
      return send(res, 500, { error: 'event_not_handled' });
    }
    logger.warn({ eventId }, `event still being handled after ${deadlineMs} ms (answered 503; its retry waits for it)`);
    return send(res, 503, { error: 'event_still_running' });
  };

  const handlePost = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const encoding = header(req, 'content-encoding').toLowerCase();
    if (encoding !== '' && encoding !== 'identity') throw new Refusal(415, 'unsupported_content_encoding');
    const raw = await readBody(req);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      throw new Refusal(400, 'body_is_not_utf8');
    }
    const isSslCheck = mediaType(req) === FORM && new URLSearchParams(text).get('ssl_check') === '1';
    if (!isSslCheck) {
      try {
        verifySlackRequest({
          signingSecret: options.signingSecret,
          body: text,
          headers: {
            'x-slack-signature': header(req, 'x-slack-signature'),
            'x-slack-request-timestamp': Number(header(req, 'x-slack-request-timestamp')),
          },
        });
      } catch {
        throw new Refusal(401, 'invalid_signature');
      }
    }
    const parsed = checkShape(req, text);
    if (parsed.kind === 'event') return handleEvent(req, res, parsed.body, parsed.eventId);
    if (parsed.kind === 'ignore') {
      logger.warn('ignored an event callback without a usable event object');
      return send(res, 200);
    }
    // Bolt reads `rawBody` when it is there instead of the (already read) stream.
    Object.assign(req, { rawBody: raw });
    if (parsed.kind === 'command') {
      // A command's answer comes later on its response_url, and its listener acknowledges first thing and with
      // nothing: answered here, the ack does not wait for Bolt's middleware behind the work of earlier requests.
      answerForBolt(res);
      options.bolt(req, res);
      return;
    }
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logger.warn({ afterMs: deadlineMs }, 'Slack request not acknowledged in time; acknowledged for it');
      answerForBolt(res);
    }, deadlineMs);
    res.once('finish', () => clearTimeout(timer));
    res.once('close', () => clearTimeout(timer));
    options.bolt(req, res);
  };

  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';
    const work = async (): Promise<void> => {
      if (path === '/slack/events') {
        if (method !== 'POST')
          return send(res, 405, { error: 'method_not_allowed', allowed: 'POST' }, { allow: 'POST' });
        return await handlePost(req, res);
      }
      if (path !== undefined && pages.has(path)) {
        if (method !== 'GET') return send(res, 405, { error: 'method_not_allowed', allowed: 'GET' }, { allow: 'GET' });
        return options.bolt(req, res);
      }
      return send(res, 404, { error: 'not_found' });
    };
    work().catch((error: unknown) => {
      if (error instanceof Refusal) {
        logger.warn(
          { status: error.status, reason: error.code, method, path },
          'refused a request to the Slack endpoint',
        );
        return send(res, error.status, { error: error.code }, error.status === 413 ? { connection: 'close' } : {});
      }
      logger.error({ err: error, method, path }, 'a Slack request failed before Bolt');
      send(res, 500, { error: 'internal_error' });
    });
  };
}
