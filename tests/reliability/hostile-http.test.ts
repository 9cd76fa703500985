/**
 * No request stops the process or gets a 500 for the visitor's mistake: wrong
 * methods and paths answer 404/405/400, malformed signed bodies 400 before
 * Bolt, huge bodies 413; slow bodies are dropped by the server's request
 * timeout; the sandbox answers only same-origin requests addressed to localhost.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeServer, createHttpServer, listen, REQUEST_TIMEOUT_MS } from '../../src/http-server.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';

function raw(
  url: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('hostile HTTP against the Slack endpoint', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function expectAlive(): Promise<void> {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  }

  it('answers wrong methods and paths with 404/405/400, and HEAD /healthz with 200', async () => {
    for (const method of ['GET', 'OPTIONS', 'PUT'])
      expect(await raw(t.url, { method, path: '/slack/events' }), method).toBe(405);
    expect(await raw(t.url, { method: 'GET', path: '/slack/install' })).toBe(404);
    expect(await raw(t.url, { method: 'GET', path: '/slack/%ff%fe' })).toBe(400);
    expect(await raw(t.url, { method: 'GET', path: '//' })).toBeLessThan(500);
    expect(await raw(t.url, { method: 'HEAD', path: '/healthz' })).toBe(200);
    await expectAlive();
  });

  it('refuses malformed signed bodies with 400 before Bolt, huge ones with 413, and keeps running', async () => {
    const json = 'application/json';
    const form = 'application/x-www-form-urlencoded';
    const bodies: Array<[string, string]> = [
      ['null', json],
      ['[]', json],
      ['"a string"', json],
      ['{"type":"nothing_slack_sends"}', json],
      ['payload=null', form],
      [
        new URLSearchParams({ payload: JSON.stringify({ type: 'view_submission', user: { id: 'U0X' } }) }).toString(),
        form,
      ],
      ['just=some&fields=here', form],
    ];
    for (const [body, type] of bodies) {
      const result = await t.driver.rawPost(body, t.driver.signedHeaders(body, type));
      expect(result.status, body).toBe(400);
    }
    const notUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const headers = t.driver.signedHeaders(notUtf8.toString('latin1'), json);
    expect(await raw(t.url, { method: 'POST', path: '/slack/events', headers, body: notUtf8 })).toBeGreaterThanOrEqual(
      400,
    );
    const huge = 'x'.repeat(2 * 1024 * 1024);
    expect(
      await raw(t.url, {
        method: 'POST',
        path: '/slack/events',
        headers: t.driver.signedHeaders(huge, form),
        body: huge,
      }),
    ).toBe(413);
    expect(t.fake.responses).toEqual([]);
    await expectAlive();
  });
});

describe('the HTTP server itself', () => {
  it('has a request timeout, so a body sent a byte at a time is dropped within about 30 s', async () => {
    const server = createHttpServer({ slack: undefined, slackHint: '', ready: async () => ({ ok: true, checks: {} }) });
    expect(server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
    await closeServer(server);
  });

  it('serves the sandbox only to same-origin requests addressed to localhost', async () => {
    const server = createHttpServer({
      slack: undefined,
      slackHint: '',
      ready: async () => ({ ok: true, checks: {} }),
      sandbox: async (_req, res) => {
        res.writeHead(200);
        res.end('ok');
      },
    });
    const port = await listen(server, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    try {
      const post = (headers: Record<string, string>): Promise<number> =>
        raw(url, { method: 'POST', path: '/sandbox/api/command', headers, body: '{}' });
      expect(await post({ 'content-type': 'application/json', origin: url })).toBe(200);
      expect(await post({ 'content-type': 'text/plain', origin: 'https://evil.example' })).toBe(403);
      expect(await post({ 'content-type': 'text/plain' })).toBe(403);
      expect(await post({ 'content-type': 'application/json', origin: 'https://evil.example' })).toBe(403);
      expect(await post({ 'content-type': 'application/json', host: 'evil.example' })).toBe(403);
      expect(await raw(url, { method: 'GET', path: '/sandbox', headers: { host: `rebound.example:${port}` } })).toBe(
        403,
      );
      expect(await raw(url, { method: 'GET', path: '/sandbox', headers: { host: `localhost:${port}` } })).toBe(200);
    } finally {
      await closeServer(server);
    }
  });
});
