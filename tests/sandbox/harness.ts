/** The sandbox as `npm start` runs it without Slack credentials, in-process over a test database. */

import { afterAll, beforeAll } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox.js';
import { startAppInProcess, testLogger } from '../support/app-harness.js';
import { testConfig, useTestDatabase } from '../support/db.js';

export interface RunningSandbox {
  sandbox: Sandbox;
  app: RunningApp;
  /** http://127.0.0.1:PORT/sandbox on the main app's server. */
  url: string;
  stop(): Promise<void>;
}

export async function startTestSandbox(db: Database, overrides: Partial<Config> = {}): Promise<RunningSandbox> {
  const config = testConfig({ slack: { kind: 'offline' }, ...overrides });
  const logger = testLogger();
  const sandbox = await startSandbox({ config, logger, db });
  const app = await startAppInProcess({ config, db, logger, clock: sandbox.clock, sandbox: sandbox.handle });
  return {
    sandbox,
    app,
    url: `http://127.0.0.1:${app.port}/sandbox`,
    async stop() {
      await app.stop();
      await sandbox.stop();
    },
  };
}

/**
 * The sandbox over its own PGlite for the enclosing describe block, stopped afterwards. Returns a getter
 * (the running sandbox and its database) to call inside tests and hooks.
 */
export function useTestSandbox(overrides: Partial<Config> = {}): () => RunningSandbox & { db: Database } {
  const database = useTestDatabase();
  let running: RunningSandbox | undefined;
  beforeAll(async () => {
    running = await startTestSandbox(database(), overrides);
  });
  afterAll(async () => {
    await running?.stop();
  });
  return () => {
    if (!running) throw new Error('the sandbox is not running (useTestSandbox registers beforeAll)');
    return { ...running, db: database() };
  };
}
