import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, createHttpServer, listen } from '../src/http-server.js';

/** An address of this machine that is not loopback, so a request from it is not "local". */
const external = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('the sandbox route', () => {
  const server = createHttpServer({
    slack: undefined,
    slackHint: 'offline',
    ready: async () => ({ ok: true, checks: {} }),
    sandbox: async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('sandbox page');
    },
  });
  let port = 0;
  beforeAll(async () => {
    port = await listen(server, 0, '0.0.0.0');
  });
  afterAll(() => closeServer(server));

  it('serves the page to this machine', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/sandbox`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('sandbox page');
  });

  it.skipIf(!external)('refuses it to other machines on the network', async () => {
    const response = await fetch(`http://${external}:${port}/sandbox`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'sandbox_is_local_only' });
  });
});
