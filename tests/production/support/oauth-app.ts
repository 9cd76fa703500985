/** The real app in OAuth mode, in this process, against the fake Slack (through OAuthSlack). */
import { randomBytes } from 'node:crypto';
import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import { afterAll, beforeAll } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import type { TokenKeys } from '../../../src/crypto/token-cipher.js';
import type { Database } from '../../../src/db/client.js';
import { SIGNING_SECRET, startAppInProcess } from '../../support/app-harness.js';
import { TestClock } from '../../support/clock.js';
import { openPgliteTestDatabase, resetDatabase, testConfig } from '../../support/db.js';
import { OAuthSlack } from './oauth-slack.js';

export interface OAuthTestApp {
  app: RunningApp;
  fake: FakeSlack;
  oauth: OAuthSlack;
  driver: SlackDriver;
  clock: TestClock;
  url: string;
  stop(): Promise<void>;
}

export function newKey(): Buffer {
  return randomBytes(32);
}

export async function startOAuthApp(
  db: Database,
  keys: TokenKeys,
  shared?: { fake: FakeSlack; oauth: OAuthSlack },
): Promise<OAuthTestApp> {
  const fake = shared?.fake ?? (await FakeSlack.start());
  const oauth = shared?.oauth ?? (await OAuthSlack.start(fake));
  const clock = new TestClock();
  const config = testConfig({
    slack: {
      kind: 'oauth',
      signingSecret: SIGNING_SECRET,
      clientId: 'client-id',
      clientSecret: 'client-secret',
      stateSecret: 'state-secret',
      tokenKeys: keys,
    },
    slackApiUrl: oauth.url,
  });
  const app = await startAppInProcess({ config, db, clock });
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    fake,
    oauth,
    clock,
    url,
    driver: new SlackDriver({ appUrl: url, signingSecret: SIGNING_SECRET, fakeSlack: fake }),
    async stop() {
      await app.stop();
      if (!shared) {
        await oauth.close();
        await fake.close();
      }
    },
  };
}

/** Walks the browser part of an install: /slack/install, then Slack's redirect back with a code. */
export async function install(baseUrl: string, code = 'good-code'): Promise<Response> {
  const start = await fetch(`${baseUrl}/slack/install`, { redirect: 'manual' });
  const location = start.headers.get('location');
  const cookie = start.headers.get('set-cookie')?.split(';')[0];
  if (start.status !== 302 || !location || !cookie)
    throw new Error(`install did not redirect to Slack (status ${start.status})`);
  const state = new URL(location).searchParams.get('state');
  return fetch(`${baseUrl}/slack/oauth_redirect?code=${code}&state=${state ?? ''}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

/** A test file's OAuth app over its own PGlite: `reset()` empties the database and the fakes between tests. */
export function useOAuthApp(keys: TokenKeys = { current: newKey(), old: [] }): {
  readonly t: OAuthTestApp;
  readonly db: Database;
  reset(): Promise<void>;
} {
  let db: Database | undefined;
  let t: OAuthTestApp | undefined;
  const state = {
    get t(): OAuthTestApp {
      if (!t) throw new Error('the OAuth app is not started (call useOAuthApp() inside describe)');
      return t;
    },
    get db(): Database {
      if (!db) throw new Error('the database is not open (call useOAuthApp() inside describe)');
      return db;
    },
    async reset() {
      await resetDatabase(state.db);
      state.t.fake.reset();
      state.t.oauth.calls.length = 0;
    },
  };
  beforeAll(async () => {
    db = await openPgliteTestDatabase();
    t = await startOAuthApp(db, keys);
  });
  afterAll(async () => {
    await t?.stop();
    await db?.close();
  });
  return state;
}

/** A pending outbox message for the workspace (what the scheduler would have queued). */
export async function queueMessage(
  db: Database,
  workspaceId: string,
  dedupeKey: string,
  status: 'pending' | 'sent' = 'pending',
): Promise<void> {
  await db.prisma.outboxMessage.create({
    data: {
      workspaceId,
      dedupeKey,
      kind: 'nudge',
      recipient: 'U0CAROL',
      payload: { text: 'hello' },
      notBefore: new Date(),
      status,
    },
  });
}
