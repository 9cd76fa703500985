/**
 * Starts the real app in HTTP mode against the fake Slack Web API, with a
 * driver that sends signed requests to POST /slack/events as Slack does.
 */

import {
  type DriverResult,
  FakeSlack,
  type FakeSlackOptions,
  type RecordedResponse,
  SlackDriver,
} from '@pathway/fake-slack';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type AppOptions, type RunningApp, startApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { TestClock } from './clock.js';
import { type Backend, resetDatabase, testConfig, useTestDatabase } from './db.js';

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
  /**
   * Waits until every Slack request sent so far has been worked through, answers, Web API calls, logs
   * and Bolt's error handler included: what a test checks afterwards is final, without sleeping.
   */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  db: Database;
  clock?: TestClock;
  config?: Partial<Config>;
  fake?: FakeSlackOptions;
  /** Where the app logs; silent unless TEST_LOG_LEVEL is set. */
  logger?: Logger;
  /** A sandbox handler to hand the app (it serves /sandbox only when Slack is not connected). */
  sandbox?: AppOptions['sandbox'];
}

export interface UseTestAppOptions extends Omit<TestAppOptions, 'db'> {
  /** The database for the file; PGlite unless given. */
  backend?: Backend;
  /**
   * Empty the database and the fake Slack before each test (the default). Off for files whose tests
   * build on one another or on rows seeded once in beforeAll.
   */
  resetBetweenTests?: boolean;
  /** Set the clock to this instant before each test (after the reset). */
  now?: string;
}

/** Silent unless TEST_LOG_LEVEL is set. */
export function testLogger(): Logger {
  return createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
}

/**
 * The one place tests start the real app in this process (on 127.0.0.1, a free port unless the config names one).
 * Most tests want startTestApp or useTestApp; this is for the Slack modes those do not cover (OAuth, the sandbox).
 */
export function startAppInProcess(
  options: Omit<AppOptions, 'host' | 'logger'> & { logger?: Logger },
): Promise<RunningApp> {
  return startApp({ ...options, logger: options.logger ?? testLogger(), host: '127.0.0.1' });
}

export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const fake = await FakeSlack.start(options.fake);
  const clock = options.clock ?? new TestClock();
  const config = testConfig({
    slack: { kind: 'http', signingSecret: SIGNING_SECRET, botToken: fake.bot.token },
    slackApiUrl: fake.url,
    ...options.config,
  });
  const app = await startAppInProcess({
    config,
    db: options.db,
    clock,
    logger: options.logger,
    sandbox: options.sandbox,
  });
  const url = `http://127.0.0.1:${app.port}`;
  const driver = new SlackDriver({ appUrl: url, signingSecret: SIGNING_SECRET, fakeSlack: fake });
  return {
    app,
    fake,
    driver,
    db: options.db,
    clock,
    url,
    responseTo: (request, timeoutMs = 5000) =>
      fake.waitForResponse((response) => response.url === request.responseUrl, timeoutMs),
    async settled(timeoutMs = 10_000) {
      if (!(await app.idle(timeoutMs))) throw new Error(`Slack requests still running after ${timeoutMs} ms`);
      // Bolt calls its error handler after the failed request has left the middleware that counts it.
      await new Promise((resolve) => setImmediate(resolve));
    },
    async stop() {
      await app.stop();
      await fake.close();
    },
  };
}

/**
 * Starts the app once for the enclosing describe block (on `backend`, PGlite
 * unless given), stops it afterwards, and (unless `resetBetweenTests` is false)
 * empties the database and the fake Slack before each test. `use` receives the
 * running app; hooks the file registers after this call run after these.
 */
export function useTestApp(use: (app: TestApp) => void, options: UseTestAppOptions = {}): void {
  const { backend, resetBetweenTests = true, now, ...appOptions } = options;
  const database = useTestDatabase(backend);
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp({ ...appOptions, db: database() });
    use(app);
  });
  // Runs before the database's own afterAll closes it.
  afterAll(async () => {
    await app?.stop();
  });
  beforeEach(async () => {
    if (!app) throw new Error('the test app did not start');
    if (resetBetweenTests) {
      await resetDatabase(app.db);
      app.fake.reset();
    }
    if (now !== undefined) app.clock.set(now);
  });
}

/** Checks the fake saw only spec-conforming Web API calls and valid Block Kit. */
export function expectCleanSlackTraffic(t: TestApp): void {
  expect(t.fake.specViolations).toEqual([]);
  expect(t.fake.blockKitViolations).toEqual([]);
}
