/**
 * When the HTTP front answers Slack: a slash command as soon as it is verified,
 * before Bolt runs; an interaction only when Bolt acknowledges it (its ack may
 * carry an answer, such as a modal's errors) or at the deadline.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { slackSignature } from '@pathway/fake-slack';
import type { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServer, listen } from '../../src/http-server.js';
import { slackHttpFront } from '../../src/slack/http-front.js';
import { testLogger } from '../support/app-harness.js';

const SECRET = 'front-secret';
const DEADLINE_MS = 400;

let server: Server | undefined;
afterEach(async () => {
  if (server) await closeServer(server);
  server = undefined;
});

/** A front whose Bolt never answers; records whether the answer had gone out when Bolt got each request. */
async function frontWithSilentBolt(): Promise<{ url: string; answeredBeforeBolt: boolean[] }> {
  const answeredBeforeBolt: boolean[] = [];
  const front = slackHttpFront({
    bolt: (_req: IncomingMessage, res: ServerResponse) => {
      answeredBeforeBolt.push(res.headersSent);
      // What Bolt's ack does, late: it must be dropped without an error.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"late":true}');
    },
    app: {} as App,
    signingSecret: SECRET,
    logger: testLogger(),
    ackDeadlineMs: DEADLINE_MS,
  });
  server = createServer(front);
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/slack/events`, answeredBeforeBolt };
}

function post(url: string, body: string): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SECRET, timestamp, body),
    },
    body,
  });
}

describe('the HTTP front acknowledges', () => {
  it('a slash command before Bolt runs, with an empty 200, and drops what Bolt writes after', async () => {
    const { url, answeredBeforeBolt } = await frontWithSilentBolt();
    const body = new URLSearchParams({ command: '/pathway', text: '', user_id: 'U1', team_id: 'T1' }).toString();
    const response = await post(url, body);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(answeredBeforeBolt).toEqual([true]);
  });

  it('an interaction only once Bolt answers it (its ack can carry a modal’s errors)', async () => {
    const { url, answeredBeforeBolt } = await frontWithSilentBolt();
    const payload = { type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1' } };
    const response = await post(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(answeredBeforeBolt).toEqual([false]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ late: true });
  });
});
