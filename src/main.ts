/**
 * `npm start`: validate the environment, open and migrate the database, start
 * the app; close everything cleanly on SIGTERM or SIGINT.
 */
import { startApp } from './app.js';
import { systemClock } from './clock.js';
import { type Config, ConfigError, loadConfig, offlineNotice } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { type Logger, processLogger } from './logger.js';
import { vacuumEmbedded } from './scheduler/vacuum.js';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error('Pathway cannot start; fix these environment variables:');
    for (const problem of error.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
}

const STARTUP_PROBE_MS = 5_000;
const STARTUP_RETRY_MAX_MS = 10_000;

/** Where the database is, without credentials, for the waiting line. */
function databaseAddress(config: Config): string {
  if (config.database.kind === 'pglite') return `the embedded database in ${config.database.dataDir}`;
  const url = new URL(config.database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/**
 * A database that is starting, failing over or unreachable is waited for, not
 * a reason to exit: the process says what it waits for and tries again (every
 * 1, 2, 4 … up to 10 s), and starts as soon as the database answers.
 */
async function waitForDatabase(db: Database, config: Config, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.probe(STARTUP_PROBE_MS);
      if (attempt > 1) logger.info({ attempts: attempt }, `${databaseAddress(config)} answers; starting`);
      return;
    } catch (error) {
      const retryInMs = Math.min(1_000 * 2 ** (attempt - 1), STARTUP_RETRY_MAX_MS);
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(
        { attempt, retryInMs, reason },
        `waiting for ${databaseAddress(config)}: ${reason}; trying again in ${retryInMs / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = processLogger(config);
  // No request may stop the process: a rejection nothing handled (one escaping Bolt's receiver) is logged.
  process.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection (the process keeps running)');
  });
  const db = await openDatabase(config);
  await waitForDatabase(db, config, logger);
  const applied = await db.migrate();
  logger.info({ applied, database: db.kind }, applied.length ? 'database migrated' : 'database is up to date');
  // Before the app listens: a first vacuum in a long while can take a moment on the app's own thread.
  await vacuumEmbedded(db, logger);
  // Without Slack credentials, a local sandbox plays a Slack workspace in the browser (src/sandbox/).
  // Loaded only then: a process connected to Slack never holds the sandbox's code (fake Slack, driver, page).
  const sandbox =
    config.slack.kind === 'offline'
      ? (await import('./sandbox/sandbox.js')).startSandboxInBackground({ config, logger, appDatabase: db })
      : undefined;
  const app = await startApp({ config, db, logger, clock: systemClock, sandbox: sandbox?.handle });

  // One write, so a reader of the output sees the notice together with the address.
  const listening = `Pathway is listening on http://localhost:${app.port} (health: /healthz, Slack: POST /slack/events)`;
  console.log(config.slack.kind === 'offline' ? `${listening}\n${offlineNotice}` : listening);
  void sandbox?.ready.then((started) => {
    if (started) console.log(`Try Pathway without Slack: http://localhost:${app.port}/sandbox`);
  });

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    forced.unref();
    await app.stop();
    await sandbox?.stop();
    await db.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Pathway failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
