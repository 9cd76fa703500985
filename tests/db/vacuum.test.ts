/**
 * PGlite has no autovacuum: without Pathway's own VACUUM, the dead index
 * entries a first look leaves (everybody's next-due instant set at once) stay,
 * and every planner tick walks them to find nobody due.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { DUE_START, dueCandidatesSql } from '../../src/scheduler/facts.js';
import { startVacuumJob, vacuumEmbedded } from '../../src/scheduler/vacuum.js';
import { ensureMember } from '../../src/services/people.js';
import { quietLogger } from '../support/schedule.js';
import { useTempDir } from '../support/temp-dir.js';

const PEOPLE = 3000;

interface PlanRoot {
  Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number };
}

describe('the embedded database vacuums itself', () => {
  const tempDir = useTempDir('pathway-vacuum-');
  let db: Database;
  let workspaceId: string;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ DATA_DIR: path.join(tempDir(), 'data') }));
    await db.migrate();
    ({
      workspace: { id: workspaceId },
    } = await ensureMember(db.prisma, { teamId: 'TVACUUM', userId: 'UFIRST' }));
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Person" (id, "workspaceId", "slackUserId", "timeZone", "updatedAt")
       SELECT 'p' || g, $1, 'U' || g, 'Europe/Berlin', now() FROM generate_series(1, ${PEOPLE}) g`,
      workspaceId,
    );
    // What the planner's first look does: everybody's next instant set, weeks away.
    await db.prisma.$executeRawUnsafe(`UPDATE "Person" SET "nextDueAt" = now() + interval '30 days'`);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  /** Pages the planner's "who is due" statement touches when nobody is. */
  async function pagesForNobodyDue(): Promise<number> {
    const sql = dueCandidatesSql(workspaceId, new Date(), DUE_START, 500);
    const [row] = await db.prisma.$queryRaw<Array<{ 'QUERY PLAN': PlanRoot[] }>>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    );
    const plan = row!['QUERY PLAN'][0]!.Plan;
    return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
  }

  it('after a vacuum, finding nobody due reads a few pages instead of every dead entry', async () => {
    const before = await pagesForNobodyDue();
    expect(before).toBeGreaterThan(20);
    // The hourly run (no ANALYZE) is enough.
    await vacuumEmbedded(db, quietLogger, { analyze: false });
    const after = await pagesForNobodyDue();
    expect(after).toBeLessThanOrEqual(10);
  });

  it('runs on PGlite only, beside the scheduler', async () => {
    const job = startVacuumJob(db, quietLogger);
    expect(job).toBeDefined();
    await job?.stop();
    expect(startVacuumJob({}, quietLogger)).toBeUndefined();
  });
});
