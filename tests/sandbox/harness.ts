/** The sandbox as `npm start` runs it without Slack credentials, in-process over a test database. */
import type { RunningApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/sandbox.js';
import { startAppInProcess, testLogger } from '../support/app-harness.js';
import { testConfig } from '../support/db.js';

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
