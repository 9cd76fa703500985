/** The sandbox as `npm start` runs it without Slack credentials, in-process over a test database. */
import { startApp, type RunningApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/sandbox.js';
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
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const sandbox = await startSandbox({ config, logger, db });
  const app = await startApp({ config, db, logger, clock: sandbox.clock, host: '127.0.0.1', sandbox: sandbox.handle });
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
