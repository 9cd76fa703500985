/**
 * `npm start`: validate the environment, open and migrate the database, start
 * the app; close everything cleanly on SIGTERM or SIGINT.
 */
import { startApp } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, offlineNotice, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { processLogger } from './logger.js';

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

async function main(): Promise<void> {
  const config = readConfig();
  const logger = processLogger(config);
  const db = await openDatabase(config);
  const applied = await db.migrate();
  logger.info({ applied, database: db.kind }, applied.length ? 'database migrated' : 'database is up to date');
  // Without Slack credentials, a local sandbox plays a Slack workspace in the browser (src/sandbox/).
  // Loaded only then: a process connected to Slack never holds the sandbox's code (fake Slack, driver, page).
  const sandbox = config.slack.kind === 'offline' ? (await import('./sandbox/sandbox.js')).startSandboxInBackground({ config, logger }) : undefined;
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
