/**
 * Planning at scale: seeds a PostgreSQL schema with PEOPLE people (default
 * 100,000; every eighth one manages the next seven) in six time zones, each
 * with an active pathway of four milestones due around "today" and, for half
 * of them, a check-in; then times the planner (src/scheduler/planner.ts):
 *   1. the first tick of the day, which queues every due message;
 *   2. the next tick, which finds them all queued (the steady state every minute);
 *   3. the first tick of the next day.
 * Prints the figures and writes bench/results/plan.json.
 *
 *   npx tsx bench/plan.ts
 *   PEOPLE=10000 BATCH=1000 npx tsx bench/plan.ts
 */

import { loadavg } from 'node:os';
import pg from 'pg';
import type { Clock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_PLAN_BATCH, type PlanStats, planAll } from '../src/scheduler/planner.js';
import { ensureWorkspace } from '../src/services/people.js';
import { sampleRss, writeResult } from './lib.js';

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const BATCH = Number(process.env.BATCH ?? DEFAULT_PLAN_BATCH);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
// BENCH_SCHEMA=<name> keeps the seeded schema and reuses it on the next run (seeding 100,000 people takes a while).
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_plan_${Date.now().toString(36)}`;
const KEEP = process.env.KEEP_SCHEMA !== undefined || process.env.BENCH_SCHEMA !== undefined;
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Sydney',
];

async function seed(url: string): Promise<number> {
  const db = await openDatabase(loadConfig({ DATABASE_URL: url }));
  await db.migrate();
  const workspace = await ensureWorkspace(db.prisma, 'T0BENCH');
  await db.close();
  const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${SCHEMA}` });
  await client.connect();
  const started = Date.now();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "Person"');
    if (Number(rows[0]?.count) === PEOPLE) {
      // Seeded by an earlier run: back to "everyone new, nothing queued".
      await client.query('DELETE FROM "OutboxMessage"');
      await client.query('UPDATE "Person" SET "nextDueAt" = NULL');
      await client.query('VACUUM ANALYZE');
      console.log(`reusing the ${PEOPLE} people seeded in ${SCHEMA}`);
      return 0;
    }
    await client.query(
      `INSERT INTO "Person" (id, "workspaceId", "slackUserId", "displayName", "timeZone", "managerId", "profileSyncedAt", "updatedAt")
       SELECT 'person' || g, $1, 'U' || lpad(g::text, 7, '0'), 'Person ' || g, ($3::text[])[1 + g % 6],
              CASE WHEN g < 8 OR g % 8 = 0 THEN NULL ELSE 'person' || (g - g % 8) END, now(), now()
       FROM generate_series(1, $2::int) g`,
      [workspace.id, PEOPLE, ZONES],
    );
    await client.query(
      `INSERT INTO "Pathway" (id, "personId", "frameworkVersionId", "fromRoleKey", "goalRoleKey", "moveKind", "targetDate", "activeForPersonId", "startedAt", "updatedAt")
       SELECT 'pathway' || g, 'person' || g, $1, 'instructional-designer', 'senior-instructional-designer', 'ladder',
              DATE '2027-06-30', 'person' || g, TIMESTAMP '2026-11-01' + (g % 60) * INTERVAL '1 day', now()
       FROM generate_series(1, $2::int) g`,
      [workspace.activeFrameworkId, PEOPLE],
    );
    await client.query(
      `INSERT INTO "Milestone" (id, "pathwayId", position, title, kind, "dueDate", "updatedAt")
       SELECT 'm' || g || '_' || p, 'pathway' || g, p, 'Milestone ' || p, 'course', DATE '2027-01-13' + ((g * 7 + p * 11) % 60 - 30), now()
       FROM generate_series(1, $1::int) g, generate_series(1, 4) p`,
      [PEOPLE],
    );
    await client.query(
      `INSERT INTO "CheckIn" (id, "personId", "pathwayId", "frameworkVersionId", "goalRoleKey", "createdAt")
       SELECT 'c' || g, 'person' || g, 'pathway' || g, $1, 'senior-instructional-designer', TIMESTAMP '2026-11-20' + (g % 50) * INTERVAL '1 day'
       FROM generate_series(1, $2::int, 2) g`,
      [workspace.activeFrameworkId, PEOPLE],
    );
    await client.query('ANALYZE');
    return Date.now() - started;
  } finally {
    await client.end();
  }
}

async function timed(label: string, run: () => Promise<PlanStats>) {
  const rss = sampleRss(process.pid);
  const started = performance.now();
  const stats = await run();
  const ms = Math.round(performance.now() - started);
  const peakRssMb = await rss.stop();
  const memory = process.memoryUsage();
  const heapMb = Math.round(memory.heapTotal / 1048576);
  const externalMb = Math.round(memory.external / 1048576);
  const row = {
    run: label,
    ms,
    ...stats,
    peoplePerSecond: Math.round((stats.people / ms) * 1000),
    peakRssMb,
    heapMb,
    externalMb,
  };
  console.log(
    `${label.padEnd(40)} ${String(ms).padStart(7)} ms  ${String(stats.people).padStart(7)} people  ${String(stats.queued).padStart(7)} queued  peak RSS ${peakRssMb} MB (after: V8 heap ${heapMb} MB, external ${externalMb} MB)`,
  );
  return row;
}

async function main(): Promise<void> {
  const url = `${POSTGRES_URL}?schema=${SCHEMA}`;
  console.log(`Seeding ${PEOPLE.toLocaleString('en')} people in schema ${SCHEMA}…`);
  const seedMs = await seed(url);
  const db = await openDatabase(loadConfig({ DATABASE_URL: url }));
  const logger = createLogger('silent');
  let now = new Date(0);
  const clock: Clock = { now: () => now };
  const deps = { prisma: db.prisma, clock, logger, defaultTimeZone: 'UTC', batchSize: BATCH };
  try {
    const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const result = {
      loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
      people: PEOPLE,
      batchSize: BATCH,
      seedMs,
      baselineRssMb,
      runs: [] as Array<Awaited<ReturnType<typeof timed>>>,
      database: 'PostgreSQL',
      node: process.version,
    };
    const ticks: Array<[string, string]> = [
      // Everyone is new (nextDueAt unknown): the one pass over everybody, as after the upgrade.
      ['first look at everyone (the day before)', '2027-01-12T00:30:00Z'],
      ['first tick of the day (queues)', '2027-01-13T00:30:00Z'],
      ['next tick (all already queued)', '2027-01-13T00:31:00Z'],
      ['first tick of the next day', '2027-01-14T00:30:00Z'],
    ];
    for (const [label, at] of ticks) {
      now = new Date(at);
      result.runs.push(await timed(label, () => planAll(deps)));
      await writeResult('plan', result); // kept after every tick, so a long run that is stopped still reports
    }
    console.log(
      `baseline RSS ${baselineRssMb} MB; outbox rows ${await db.prisma.outboxMessage.count()}; written to bench/results/plan.json`,
    );
  } finally {
    await db.close();
    // KEEP_SCHEMA or BENCH_SCHEMA leaves the data in place to look at or to reuse.
    if (!KEEP) {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
      await client.end();
    }
  }
}

await main();
