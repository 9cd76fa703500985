/** The real app in OAuth mode, in this process, against the fake Slack (through OAuthSlack). */
import { randomBytes } from 'node:crypto';
import { startApp, type RunningApp } from '../../../src/app.js';
import type { TokenKeys } from '../../../src/crypto/token-cipher.js';
import type { Database } from '../../../src/db/client.js';
import { createLogger } from '../../../src/logger.js';
import { SIGNING_SECRET } from '../../support/app-harness.js';
import { TestClock } from '../../support/clock.js';
import { testConfig } from '../../support/db.js';
import { FakeSlack } from '../../support/fake-slack.js';
import { SlackDriver } from '../../support/slack-driver.js';
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

export async function startOAuthApp(db: Database, keys: TokenKeys, shared?: { fake: FakeSlack; oauth: OAuthSlack }): Promise<OAuthTestApp> {
  const fake = shared?.fake ?? (await FakeSlack.start());
  const oauth = shared?.oauth ?? (await OAuthSlack.start(fake));
  const clock = new TestClock();
  const config = testConfig({
    slack: { kind: 'oauth', signingSecret: SIGNING_SECRET, clientId: 'client-id', clientSecret: 'client-secret', stateSecret: 'state-secret', tokenKeys: keys },
    slackApiUrl: oauth.url,
  });
  const app = await startApp({ config, db, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), clock, host: '127.0.0.1' });
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
  if (start.status !== 302 || !location || !cookie) throw new Error(`install did not redirect to Slack (status ${start.status})`);
  const state = new URL(location).searchParams.get('state');
  return fetch(`${baseUrl}/slack/oauth_redirect?code=${code}&state=${state ?? ''}`, { headers: { cookie }, redirect: 'manual' });
}
