/**
 * Starts the real app in HTTP mode against the fake Slack Web API, with a
 * driver that sends signed requests to POST /slack/events as Slack does.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { TestClock } from './clock.js';
import { openPgliteTestDatabase, resetDatabase, testConfig, type Backend } from './db.js';
import { type DriverResult, FakeSlack, type FakeSlackOptions, type RecordedResponse, SlackDriver } from '@pathway/fake-slack';

export const SIGNING_SECRET = 'test-signing-secret';

export interface TestApp {
  app: RunningApp;
  fake: FakeSlack;
  driver: SlackDriver;
  db: Database;
  clock: TestClock;
  url: string;
  /** The ephemeral answer posted to the response_url of `request`. */
  responseTo(request: DriverResult, timeoutMs?: number): Promise<RecordedResponse>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  db: Database;
  clock?: TestClock;
  config?: Partial<Config>;
  fake?: FakeSlackOptions;
  /** Where the app logs; silent unless TEST_LOG_LEVEL is set. */
  logger?: Logger;
}

export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const fake = await FakeSlack.start(options.fake);
  const clock = options.clock ?? new TestClock();
  const config = testConfig({
    slack: { kind: 'http', signingSecret: SIGNING_SECRET, botToken: fake.bot.token },
    slackApiUrl: fake.url,
    ...options.config,
  });
  const app = await startApp({ config, db: options.db, logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), clock, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.port}`;
  const driver = new SlackDriver({ appUrl: url, signingSecret: SIGNING_SECRET, fakeSlack: fake });
  return {
    app,
    fake,
    driver,
    db: options.db,
    clock,
    url,
    responseTo: (request, timeoutMs = 5000) => fake.waitForResponse((response) => response.url === request.responseUrl, timeoutMs),
    async stop() {
      await app.stop();
      await fake.close();
    },
  };
}

/**
 * Starts the app once for the enclosing describe block (on `backend`, PGlite
 * unless given), stops it afterwards, and empties the database and the fake
 * Slack before each test. `use` receives the running app.
 */
export function useTestApp(use: (app: TestApp) => void, options: Omit<TestAppOptions, 'db'> & { backend?: Backend } = {}): void {
  const { backend, ...appOptions } = options;
  let app: TestApp | undefined;
  let closeDb: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = backend ? await backend.open() : await openPglite();
    closeDb = opened.close;
    app = await startTestApp({ ...appOptions, db: opened.db });
    use(app);
  });
  afterAll(async () => {
    await app?.stop();
    await closeDb?.();
  });
  beforeEach(async () => {
    if (!app) throw new Error('the test app did not start');
    await resetDatabase(app.db);
    app.fake.reset();
  });
}

async function openPglite(): Promise<{ db: Database; close(): Promise<void> }> {
  const db = await openPgliteTestDatabase();
  return { db, close: () => db.close() };
}
