/**
 * Prometheus metrics (prom-client), served at GET /metrics on a port of their own
 * (METRICS_PORT) so they never reach the public load balancer. Off unless METRICS_PORT is
 * set: following a Slack request through its listeners takes Node's AsyncLocalStorage,
 * which on Node 20 hooks every promise the process makes (measured here: ~45 ns a promise,
 * ~1,200 promises a /pathway request, so about 0.05 ms or 1-2% of its CPU), so that part
 * is installed only with metrics on. The other counters cost a map lookup and stay on.
 *
 * What is counted comes from the one place each thing passes through: Slack requests from
 * a Bolt middleware (the surface is read from Bolt's own arguments, so new listeners are
 * counted without extra code) and the HTTP listener in front of Bolt (ack time); Web API
 * answers from the fetch every WebClient uses; deliveries where the sender settles a row;
 * the planner around its tick; the outbox and the connection pool when scraped.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type RequestListener } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { FetchFunction } from '@slack/web-api';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from './clock.js';
// From the generated client, not db/client.ts, which imports this module to observe its pools.
import type { PrismaClient } from './generated/prisma/client.js';
import { closeServer, listen } from './http-server.js';
import type { Logger } from './logger.js';

export const registry = new Registry();

const slackRequests = new Counter({
  name: 'pathway_slack_requests_total',
  help: 'Slack requests by surface (command, action, view, shortcut, options, event; none: refused before Bolt, e.g. a bad signature) and outcome',
  labelNames: ['surface', 'outcome'] as const,
  registers: [registry],
});
const slackAckSeconds = new Histogram({
  name: 'pathway_slack_ack_duration_seconds',
  help: 'From a Slack request arriving to its HTTP answer (Slack gives up after 3 s); HTTP mode only',
  labelNames: ['surface'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
  registers: [registry],
});
const slackHandlerSeconds = new Histogram({
  name: 'pathway_slack_handler_duration_seconds',
  help: 'From Bolt dispatching a Slack request to its listeners finishing (ack, work and answer)',
  labelNames: ['surface', 'outcome'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});
const slackApiErrors = new Counter({
  name: 'pathway_slack_api_errors_total',
  help: 'Slack Web API calls that failed, by method and error (ratelimited: HTTP 429; timeout, request_failed: no answer)',
  labelNames: ['method', 'error'] as const,
  registers: [registry],
});
const deliveries = new Counter({
  name: 'pathway_messages_total',
  help: 'Outbox messages the sender settled, by kind and result (sent, dropped, failed; retried and postponed go back to pending)',
  labelNames: ['kind', 'result'] as const,
  registers: [registry],
});
const outboxRows = new Gauge({
  name: 'pathway_outbox_messages',
  help: 'Outbox rows waiting (pending), being sent (sending) or given up (failed), by kind; read when scraped',
  labelNames: ['status', 'kind'] as const,
  registers: [registry],
});
const outboxOldestDue = new Gauge({
  name: 'pathway_outbox_oldest_due_seconds',
  help: 'How long the oldest pending message has been due (0 when nothing is overdue); read when scraped',
  registers: [registry],
});
const databaseUp = new Gauge({
  name: 'pathway_database_up',
  help: '1 when the database answered the scrape-time outbox query within 2 s, else 0',
  registers: [registry],
});
const plannerTickSeconds = new Histogram({
  name: 'pathway_planner_tick_duration_seconds',
  help: 'Duration of one planning tick, by outcome (ok, error)',
  labelNames: ['outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
  registers: [registry],
});
const plannerRows = new Counter({
  name: 'pathway_planner_rows_total',
  help: 'What planning ticks went through, by the figure the planner reports (people read, messages planned, rows queued)',
  labelNames: ['stat'] as const,
  registers: [registry],
});
const poolConnections = new Gauge({
  name: 'pathway_db_pool_connections',
  help: 'PostgreSQL pool connections by state (idle, in_use); PGlite has no pool',
  labelNames: ['state'] as const,
  registers: [registry],
});
const poolWaiting = new Gauge({
  name: 'pathway_db_pool_waiting_requests',
  help: 'Queries waiting for a free PostgreSQL pool connection',
  registers: [registry],
});
const poolMax = new Gauge({
  name: 'pathway_db_pool_max_connections',
  help: 'Largest number of connections the PostgreSQL pools may open',
  registers: [registry],
});

// ---- Slack requests ----

type Surface = 'command' | 'action' | 'view' | 'shortcut' | 'options' | 'event' | 'other';

/** One Slack request as it goes through the HTTP listener, Bolt's middleware and the listeners. */
interface SlackRequest {
  surface: Surface | undefined;
  failed: boolean;
}

const currentRequest = new AsyncLocalStorage<SlackRequest>();

/** Bolt sets one of these aliases for each kind of incoming request. */
function surfaceOf(args: AnyMiddlewareArgs): Surface {
  if ('command' in args) return 'command';
  if ('shortcut' in args) return 'shortcut';
  if ('action' in args) return 'action';
  if ('view' in args) return 'view';
  if ('options' in args) return 'options';
  if ('event' in args) return 'event';
  return 'other';
}

/** Global Bolt middleware: counts each request by surface and outcome and times its listeners. */
export const countSlackRequests: Middleware<AnyMiddlewareArgs> = async (args) => {
  const request = currentRequest.getStore() ?? { surface: undefined, failed: false };
  const surface = surfaceOf(args);
  request.surface = surface;
  const started = performance.now();
  try {
    await currentRequest.run(request, args.next);
  } catch (error) {
    request.failed = true;
    throw error;
  } finally {
    const outcome = request.failed ? 'error' : 'ok';
    slackRequests.inc({ surface, outcome });
    slackHandlerSeconds.observe({ surface, outcome }, (performance.now() - started) / 1000);
  }
};

/** The request in hand failed in a way its person was told about (an apology with a reference id). */
export function noteRequestFailed(): void {
  const request = currentRequest.getStore();
  if (request) request.failed = true;
}

/**
 * Wraps the HTTP listener in front of Bolt: times each POST until its answer is sent, the
 * ack Slack waits for. Requests Bolt never dispatches (bad signature, replay, a payload it
 * cannot read) are counted here with the surface `none`. Returns `listener` itself when off.
 */
export function timeSlackAcks(listener: RequestListener, on: boolean): RequestListener {
  if (!on) return listener;
  return (req, res) => {
    if (req.method !== 'POST') return listener(req, res);
    const request: SlackRequest = { surface: undefined, failed: false };
    const started = performance.now();
    res.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      // Bolt acknowledges an event before its middleware runs: read the surface a moment later.
      setImmediate(() => {
        slackAckSeconds.observe({ surface: request.surface ?? 'none' }, seconds);
        if (request.surface === undefined)
          slackRequests.inc({ surface: 'none', outcome: res.statusCode >= 400 ? 'rejected' : 'ignored' });
      });
    });
    currentRequest.run(request, () => listener(req, res));
  };
}

// ---- Slack Web API ----

const METHOD_NAME = /^[a-z]+(\.[a-zA-Z]+)+$/;
const ERROR_CODE = /^[a-z0-9_]{1,64}$/;

function methodOf(url: string | URL): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  // File contents go to upload URLs with a random path, not to a method.
  return METHOD_NAME.test(last) ? last : 'other';
}

/**
 * The fetch every WebClient is given (src/slack/clients.ts): counts failed calls by method
 * and error, whatever retries or handling follow.
 */
export const countingSlackFetch: FetchFunction = async (url, init) => {
  const method = methodOf(url);
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    // WebClient's own timeout aborts the fetch with a DOMException named TimeoutError.
    const timedOut = typeof error === 'object' && error !== null && 'name' in error && error.name === 'TimeoutError';
    slackApiErrors.inc({ method, error: timedOut ? 'timeout' : 'request_failed' });
    throw error;
  }
  if (response.status === 429) slackApiErrors.inc({ method, error: 'ratelimited' });
  else if (response.status !== 200) slackApiErrors.inc({ method, error: `http_${response.status}` });
  else if (method !== 'other') {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body === 'object' && body !== null && 'ok' in body && body.ok === false) {
      const error =
        'error' in body && typeof body.error === 'string' && ERROR_CODE.test(body.error) ? body.error : 'other';
      slackApiErrors.inc({ method, error });
    }
  }
  return response;
};

// ---- Scheduler ----

/** How the sender settled a claimed row (the outbox's ClaimOutcome, as far as metrics read it). */
export interface DeliveryOutcome {
  readonly status: 'sent' | 'dropped' | 'failed' | 'pending';
  readonly error?: string | undefined;
}

/** The sender settled a claimed row. */
export function countDelivery(kind: string, outcome: DeliveryOutcome): void {
  const result =
    outcome.status === 'pending' ? (outcome.error === undefined ? 'postponed' : 'retried') : outcome.status;
  deliveries.inc({ kind, result });
}

/** Times one planning run and adds up the figures it reports. */
export async function timePlannerTick<T extends object>(plan: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let outcome = 'error';
  try {
    const stats = await plan();
    outcome = 'ok';
    for (const [stat, value] of Object.entries(stats)) if (typeof value === 'number') plannerRows.inc({ stat }, value);
    return stats;
  } finally {
    plannerTickSeconds.observe({ outcome }, (performance.now() - started) / 1000);
  }
}

// ---- Database ----

const pools = new Set<pg.Pool>();

/** Reports this PostgreSQL pool's connections until it is ended. */
export function observePool(pool: pg.Pool): void {
  pools.add(pool);
}

function readPools(): void {
  let idle = 0;
  let total = 0;
  let waiting = 0;
  let max = 0;
  for (const pool of pools) {
    if (pool.ended) {
      pools.delete(pool);
      continue;
    }
    idle += pool.idleCount;
    total += pool.totalCount;
    waiting += pool.waitingCount;
    max += pool.options.max ?? 10;
  }
  poolConnections.set({ state: 'idle' }, idle);
  poolConnections.set({ state: 'in_use' }, total - idle);
  poolWaiting.set(waiting);
  poolMax.set(max);
}

const SCRAPE_QUERY_TIMEOUT_MS = 2_000;

interface OutboxCount {
  status: string;
  kind: string;
  count: number;
  oldest_due_seconds: number | null;
}

/**
 * Sent and dropped rows stay in the table as the record of what was sent, so they are not
 * counted here (pathway_messages_total has them); the rows counted use the status index.
 */
async function readOutbox(prisma: PrismaClient, now: Date): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the database did not answer')), SCRAPE_QUERY_TIMEOUT_MS);
  });
  const at = now.toISOString();
  try {
    const rows = await Promise.race([
      prisma.$queryRaw<OutboxCount[]>`
        SELECT "status"::text AS status, "kind", count(*)::int AS count,
               EXTRACT(EPOCH FROM (${at}::timestamp - min("notBefore") FILTER (WHERE "status" = 'pending' AND "notBefore" <= ${at}::timestamp)))::float8 AS oldest_due_seconds
        FROM "OutboxMessage"
        WHERE "status" IN ('pending', 'sending', 'failed')
        GROUP BY "status", "kind"`,
      timeout,
    ]);
    outboxRows.reset();
    for (const row of rows) outboxRows.set({ status: row.status, kind: row.kind }, row.count);
    outboxOldestDue.set(Math.max(0, ...rows.map((row) => row.oldest_due_seconds ?? 0)));
    databaseUp.set(1);
  } catch {
    outboxRows.reset();
    outboxOldestDue.reset();
    databaseUp.set(0);
  } finally {
    clearTimeout(timer);
  }
}

// ---- The endpoint ----

let processMetrics = false;

export interface MetricsServerOptions {
  port: number;
  host?: string | undefined;
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/** Serves GET /metrics in Prometheus' text format, with process metrics (CPU, memory, event loop, GC). */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  if (!processMetrics) {
    collectDefaultMetrics({ register: registry });
    processMetrics = true;
  }
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Pathway serves only GET /metrics on this port.\n');
      return;
    }
    void (async () => {
      readPools();
      await readOutbox(options.prisma, options.clock.now());
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(body);
    })().catch((error: unknown) => {
      options.logger.error({ err: error }, 'could not render the metrics');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const port = await listen(server, options.port, options.host);
  options.logger.info({ port }, 'metrics at GET /metrics');
  return { port, close: () => closeServer(server) };
}
