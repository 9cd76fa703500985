/**
 * The process's one HTTP server: health and readiness for operators and load
 * balancers, and Slack's requests at POST /slack/events when Slack is
 * configured in HTTP mode.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpRoutes {
  /** Bolt's request listener (signature check, ack, dispatch) or undefined when Slack is not configured over HTTP. */
  slack: RequestListener | undefined;
  /** Readiness: every dependency the app needs to do useful work. */
  ready(): Promise<{ ok: boolean; checks: Record<string, boolean | string>; problems?: Record<string, string> }>;
  /** Shown on 404 and on /slack/events when Slack is not connected. */
  slackHint: string;
  /** The local sandbox's page and API at /sandbox; only set when Slack is not connected. */
  sandbox?: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalHost(value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  try {
    return LOCAL_HOSTS.has(new URL(value.includes('://') ? value : `http://${value}`).hostname);
  } catch {
    return false;
  }
}

/**
 * A loopback peer is not enough: any web page open in the developer's browser
 * can post to localhost, or reach it under its own name (DNS rebinding). The
 * sandbox answers only requests addressed to localhost, from a local page, and
 * changes state only on JSON requests (which a cross-site page cannot send
 * without a preflight the sandbox never grants).
 */
function isSameOriginSandboxRequest(req: IncomingMessage): boolean {
  if (!isLoopback(req.socket.remoteAddress) || !isLocalHost(req.headers.host)) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && !isLocalHost(origin)) return false;
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Slow bodies (one byte at a time) are dropped after this; Slack sends a request in well under a second. */
export const REQUEST_TIMEOUT_MS = 30_000;
export const HEADERS_TIMEOUT_MS = 15_000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(res.req.method === 'HEAD' ? undefined : JSON.stringify(body));
}

export function createHttpServer(routes: HttpRoutes): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      decodeURIComponent(url.pathname);
    } catch {
      return sendJson(res, 400, { error: 'bad_request_target' });
    }
    // Liveness: the process serves HTTP. It stays 200 while the database is down (a restart would not
    // bring it back); /readyz says whether requests can be served.
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/healthz')
      return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/readyz') {
      const readiness = await routes.ready();
      return sendJson(res, readiness.ok ? 200 : 503, {
        status: readiness.ok ? 'ready' : 'not ready',
        checks: readiness.checks,
        ...(readiness.problems ? { problems: readiness.problems } : {}),
      });
    }
    if (routes.sandbox && (url.pathname === '/sandbox' || url.pathname.startsWith('/sandbox/'))) {
      // The sandbox signs requests with its own secret for whoever uses the page: keep it to this machine.
      if (!isSameOriginSandboxRequest(req)) return sendJson(res, 403, { error: 'sandbox_is_local_only' });
      return routes.sandbox(req, res);
    }
    if (url.pathname.startsWith('/slack/')) {
      if (routes.slack) return routes.slack(req, res);
      return sendJson(res, 503, { error: 'slack_not_configured', hint: routes.slackHint });
    }
    sendJson(res, 404, { error: 'not_found', routes: ['GET /healthz', 'GET /readyz', 'POST /slack/events'] });
  };
  // Timeouts are checked every 2 s (Node's default is 30 s), so a slow body is dropped soon after its limit.
  const server = createServer({ connectionsCheckingInterval: 2_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
      else res.end();
    });
  });
  // Slack retries after 3 s; keep idle sockets from holding shutdown open.
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return server;
}

export async function listen(server: Server, port: number, host?: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
