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
import { sampleRss, writeResult } from './lib.js';
import { benchWorkspace, seedPeople } from './seed.js';

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const BATCH = Number(process.env.BATCH ?? DEFAULT_PLAN_BATCH);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
// BENCH_SCHEMA=<name> keeps the seeded schema and reuses it on the next run (seeding 100,000 people takes a while).
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_plan_${Date.now().toString(36)}`;
// BENCH_RESULT=<name> writes bench/results/<name>.json instead of plan.json (before/after runs side by side).
const RESULT = process.env.BENCH_RESULT ?? 'plan';
const KEEP = process.env.KEEP_SCHEMA !== undefined || process.env.BENCH_SCHEMA !== undefined;

async function seed(url: string): Promise<number> {
  const db = await openDatabase(loadConfig({ DATABASE_URL: url }));
  await db.migrate();
  const workspace = await benchWorkspace(db.prisma, 'T0BENCH');
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
    await seedPeople((sql, params) => client.query(sql, params), workspace, PEOPLE, 'planning');
    return Date.now() - started;
  } finally {
    await client.end();
  }
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** The largest JavaScript heap in use (live objects and garbage not yet collected) while a tick runs, sampled. */
function sampleHeap(): { stop(): number } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 100);
  return {
    stop() {
      clearInterval(timer);
      return mb(Math.max(peak, process.memoryUsage().heapUsed));
    },
  };
}

async function timed(label: string, run: () => Promise<PlanStats>) {
  const rss = sampleRss(process.pid);
  const heap = sampleHeap();
  const started = performance.now();
  const stats = await run();
  const ms = Math.round(performance.now() - started);
  const peakRssMb = await rss.stop();
  const peakHeapUsedMb = heap.stop();
  const memory = process.memoryUsage();
  const heapMb = mb(memory.heapTotal);
  const externalMb = mb(memory.external);
  // With --expose-gc: what the tick left alive (a leak would grow it tick after tick).
  globalThis.gc?.();
  const liveHeapAfterMb = globalThis.gc ? mb(process.memoryUsage().heapUsed) : undefined;
  const row = {
    run: label,
    ms,
    ...stats,
    peoplePerSecond: Math.round((stats.people / ms) * 1000),
    peakRssMb,
    peakHeapUsedMb,
    heapMb,
    externalMb,
    liveHeapAfterMb,
  };
  console.log(
    `${label.padEnd(40)} ${String(ms).padStart(7)} ms  ${String(stats.people).padStart(7)} people  ${String(stats.queued).padStart(7)} queued  peak RSS ${peakRssMb} MB, heap used ${peakHeapUsedMb} MB (after: V8 heap ${heapMb} MB, external ${externalMb} MB${liveHeapAfterMb === undefined ? '' : `, live after GC ${liveHeapAfterMb} MB`})`,
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
    globalThis.gc?.();
    const baselineRssMb = mb(process.memoryUsage().rss);
    const baselineHeapUsedMb = mb(process.memoryUsage().heapUsed);
    const result = {
      loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
      people: PEOPLE,
      batchSize: BATCH,
      seedMs,
      baselineRssMb,
      baselineHeapUsedMb,
      nodeOptions: process.execArgv.join(' '),
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
      await writeResult(RESULT, result); // kept after every tick, so a long run that is stopped still reports
    }
    console.log(
      `baseline RSS ${baselineRssMb} MB; outbox rows ${await db.prisma.outboxMessage.count()}; written to bench/results/${RESULT}.json`,
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
