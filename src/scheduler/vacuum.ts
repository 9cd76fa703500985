/**
 * Vacuums the embedded database (PGlite) at start and then hourly: PGlite has
 * no autovacuum (see Database.vacuum). Each run works on what changed since the
 * last one (pages all visible are skipped), so it stays short between runs; the
 * first after a long time without one runs before the app listens. PostgreSQL
 * servers vacuum themselves and get no job.
 */
import cron from 'node-cron';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';

/** Minute 41 of every hour: away from the planner's and the retention run's round minutes. */
export const VACUUM_SCHEDULE = '41 * * * *';

/** One VACUUM (ANALYZE), logged with how long it took; a failure is logged, not thrown (the next run tries again). */
export async function vacuumEmbedded(db: Pick<Database, 'vacuum'>, logger: Logger): Promise<void> {
  if (!db.vacuum) return;
  const started = performance.now();
  try {
    await db.vacuum();
    logger.info({ ms: Math.round(performance.now() - started) }, 'embedded database vacuumed');
  } catch (error) {
    logger.error({ err: error }, 'vacuuming the embedded database failed; the next hour tries again');
  }
}

export function startVacuumJob(db: Pick<Database, 'vacuum'>, logger: Logger): { stop(): Promise<void> } | undefined {
  if (!db.vacuum) return undefined;
  const task = cron.schedule(VACUUM_SCHEDULE, () => vacuumEmbedded(db, logger), { noOverlap: true, name: 'vacuum' });
  return { stop: async () => void (await task.destroy()) };
}
