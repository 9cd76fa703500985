/**
 * Vacuums the embedded database (PGlite), which has no autovacuum (see
 * Database.vacuum): with fresh statistics (ANALYZE) at start, before the app
 * listens, and at 03:41 UTC; without them at minute 41 of every other hour.
 * A vacuum works on what changed since the last one (pages all visible are
 * skipped): at 100,000 people it holds the app's thread 20-50 ms an hour, and
 * ANALYZE, which samples every table, about 0.2-0.6 s a day. PostgreSQL servers
 * vacuum themselves and get no job.
 */
import cron from 'node-cron';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';

/** Minute 41 of every hour (UTC): away from the planner's and the retention run's round minutes. */
export const VACUUM_SCHEDULE = '41 * * * *';
/** The hour (UTC) whose run also refreshes the statistics: night in most of the zones people work in. */
export const ANALYZE_HOUR_UTC = 3;

/** One VACUUM, logged with how long it took; a failure is logged, not thrown (the next run tries again). */
export async function vacuumEmbedded(
  db: Pick<Database, 'vacuum'>,
  logger: Logger,
  options = { analyze: true },
): Promise<void> {
  if (!db.vacuum) return;
  const started = performance.now();
  try {
    await db.vacuum(options);
    logger.info({ ...options, ms: Math.round(performance.now() - started) }, 'embedded database vacuumed');
  } catch (error) {
    logger.error({ err: error }, 'vacuuming the embedded database failed; the next hour tries again');
  }
}

export function startVacuumJob(db: Pick<Database, 'vacuum'>, logger: Logger): { stop(): Promise<void> } | undefined {
  if (!db.vacuum) return undefined;
  const task = cron.schedule(
    VACUUM_SCHEDULE,
    () => vacuumEmbedded(db, logger, { analyze: new Date().getUTCHours() === ANALYZE_HOUR_UTC }),
    { timezone: 'UTC', noOverlap: true, name: 'vacuum' },
  );
  return { stop: async () => void (await task.destroy()) };
}
