/**
 * Does Pathway stay fast as the data grows? Seeds a PostgreSQL schema with
 * PEOPLE people (default 100,000), each with an active pathway of 6 milestones
 * and a year of monthly check-ins (4 ratings each), then:
 *   1. runs the /pathway load of bench/ack-latency.ts against it, beside the
 *      same load on an almost empty database;
 *   2. times the queries behind each screen with EXPLAIN ANALYZE at 1% and at
 *      100% of the data, and names the index each one uses.
 *
 *   npx tsx bench/db-growth.ts                  # 100,000 people
 *   PEOPLE=10000 RATE=50 SECONDS=10 npx tsx bench/db-growth.ts
 */

import { FakeSlack } from '@pathway/fake-slack';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { ensureWorkspace } from '../src/services/people.js';
import { type LoadResult, printTable, runLoad } from './ack-latency.js';
import { freePort, startChild, writeResult } from './lib.js';

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 30);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const TEAM_ID = 'T0FAKETEAM';

function userId(n: number): string {
  return `U${String(n).padStart(7, '0')}`;
}

/** Creates the schema, migrates it and fills it with `people` people using set-based SQL. */
async function seed(schema: string, people: number): Promise<number> {
  const url = `${POSTGRES_URL}?schema=${schema}`;
  const db = await openDatabase(loadConfig({ DATABASE_URL: url }));
  await db.migrate();
  const workspace = await ensureWorkspace(db.prisma, TEAM_ID);
  await db.close();
  const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
  await client.connect();
  const started = Date.now();
  try {
    const frameworkAndCount = [workspace.activeFrameworkId, people];
    // Every eighth person manages the seven after them (row checks of the self-reference run at the end of the statement).
    await client.query(
      `INSERT INTO "Person" (id, "workspaceId", "slackUserId", "timeZone", "currentRoleKey", "managerId", "profileSyncedAt", "updatedAt")
       SELECT 'person' || g, $1, 'U' || lpad(g::text, 7, '0'), 'Europe/London', 'instructional-designer',
              CASE WHEN g < 8 OR g % 8 = 0 THEN NULL ELSE 'person' || (g - g % 8) END, now(), now()
       FROM generate_series(1, $2::int) g`,
      [workspace.id, people],
    );
    await client.query(
      `INSERT INTO "Pathway" (id, "personId", "frameworkVersionId", "fromRoleKey", "goalRoleKey", "moveKind", "targetDate", "activeForPersonId", "updatedAt")
       SELECT 'pathway' || g, 'person' || g, $1, 'instructional-designer', 'senior-instructional-designer', 'ladder',
              DATE '2027-06-30' + (g % 180), 'person' || g, now()
       FROM generate_series(1, $2::int) g`,
      frameworkAndCount,
    );
    await client.query(
      `INSERT INTO "Milestone" (id, "pathwayId", position, title, kind, "dueDate", "doneAt", "updatedAt")
       SELECT 'm' || g || '_' || p, 'pathway' || g, p, 'Milestone ' || p, 'course',
              DATE '2026-09-01' + (p * 30 + g % 30), CASE WHEN p <= 2 THEN now() END, now()
       FROM generate_series(1, $1::int) g, generate_series(1, 6) p`,
      [people],
    );
    await client.query(
      `INSERT INTO "CheckIn" (id, "personId", "pathwayId", "frameworkVersionId", "goalRoleKey", "createdAt")
       SELECT 'c' || g || '_' || m, 'person' || g, 'pathway' || g, $1, 'senior-instructional-designer',
              TIMESTAMP '2025-11-01' + (m * INTERVAL '30 days') + ((g % 28) * INTERVAL '1 day')
       FROM generate_series(1, $2::int) g, generate_series(0, 11) m`,
      frameworkAndCount,
    );
    await client.query(
      `INSERT INTO "CheckInRating" (id, "checkInId", "signalKey", "selfRating", example)
       SELECT c.id || '_' || s, c.id, 'signal-' || s, 1 + (length(c.id) + s) % 4, 'An example of the behaviour'
       FROM "CheckIn" c, generate_series(1, 4) s`,
    );
    await client.query('ANALYZE');
    return Date.now() - started;
  } finally {
    await client.end();
  }
}

interface PlanTiming {
  screen: string;
  ms: number;
  index: string;
}

/** The queries behind each screen, with a representative person, manager and day. */
const SCREEN_QUERIES: { screen: string; sql: string }[] = [
  {
    screen: '/pathway: person by Slack id',
    sql: `SELECT * FROM "Person" WHERE "workspaceId" = (SELECT id FROM "Workspace" LIMIT 1) AND "slackUserId" = 'U0000042'`,
  },
  { screen: '/pathway: active pathway', sql: `SELECT * FROM "Pathway" WHERE "activeForPersonId" = 'person42'` },
  {
    screen: '/pathway: milestones',
    sql: `SELECT * FROM "Milestone" WHERE "pathwayId" = 'pathway42' ORDER BY position`,
  },
  {
    screen: '/pathway: last check-in',
    sql: `SELECT * FROM "CheckIn" WHERE "personId" = 'person42' ORDER BY "createdAt" DESC LIMIT 1`,
  },
  {
    screen: 'check-in trend: ratings',
    sql: `SELECT r.* FROM "CheckInRating" r JOIN "CheckIn" c ON c.id = r."checkInId" WHERE c."personId" = 'person42' ORDER BY c."createdAt" DESC LIMIT 40`,
  },
  { screen: '/pathway team: reports', sql: `SELECT * FROM "Person" WHERE "managerId" = 'person40'` },
  {
    screen: 'planner: milestones due in a week',
    sql: `SELECT id FROM "Milestone" WHERE "dueDate" BETWEEN DATE '2027-01-10' AND DATE '2027-01-17' AND "doneAt" IS NULL`,
  },
  {
    screen: 'sender: next pending outbox rows',
    sql: `SELECT id FROM "OutboxMessage" WHERE status = 'pending' AND "notBefore" <= now() ORDER BY "notBefore" LIMIT 50`,
  },
];

async function explainScreens(schema: string): Promise<PlanTiming[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const timings: PlanTiming[] = [];
    for (const { screen, sql } of SCREEN_QUERIES) {
      await client.query(sql); // warm the cache as a running app would have it
      const result = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
      const plan = (result.rows[0]!['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time': number }[])[0]!;
      timings.push({
        screen,
        ms: Math.round(plan['Execution Time'] * 1000) / 1000,
        index: indexesOf(plan.Plan).join(', ') || 'sequential scan',
      });
    }
    return timings;
  } finally {
    await client.end();
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function indexesOf(node: PlanNode): string[] {
  const own = node['Index Name'] ? [node['Index Name']] : node['Node Type'] === 'Seq Scan' ? ['Seq Scan'] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexesOf)];
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

async function loadAgainst(fake: FakeSlack, schema: string, people: number): Promise<LoadResult> {
  const port = await freePort();
  const app = await startChild(
    'src/main.ts',
    {
      PORT: String(port),
      DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`,
      SLACK_SIGNING_SECRET: 'bench-signing-secret',
      SLACK_BOT_TOKEN: fake.bot.token,
      SLACK_API_URL: fake.url,
      LOG_LEVEL: 'warn',
      SCHEDULER_ENABLED: 'false',
    },
    'Pathway is listening',
  );
  try {
    fake.reset();
    // Spread requests over people across the whole table, not only the first rows.
    const users = Array.from({ length: 200 }, (_, i) => userId(1 + Math.floor((i * people) / 200)));
    return await runLoad(fake, app, port, { rate: RATE, seconds: SECONDS, users, waitForFull: true });
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const stamp = Date.now().toString(36);
  const small = Math.max(1000, Math.floor(PEOPLE / 100));
  const schemas = { small: `growth_small_${stamp}`, large: `growth_large_${stamp}` };
  const fake = await FakeSlack.start({ teamId: TEAM_ID });
  try {
    console.log(`seeding ${small} and ${PEOPLE} people (6 milestones, 12 check-ins × 4 ratings each)…`);
    const seedSmallMs = await seed(schemas.small, small);
    const seedLargeMs = await seed(schemas.large, PEOPLE);
    console.log(`seeded in ${(seedSmallMs / 1000).toFixed(1)} s and ${(seedLargeMs / 1000).toFixed(1)} s`);

    const screens = { small: await explainScreens(schemas.small), large: await explainScreens(schemas.large) };
    console.log(`\nquery time per screen (EXPLAIN ANALYZE, ms) at ${small} → ${PEOPLE} people`);
    for (const [i, timing] of screens.large.entries()) {
      const before = screens.small[i]!;
      console.log(
        `  ${timing.screen.padEnd(36)} ${String(before.ms).padStart(7)} → ${String(timing.ms).padStart(7)}   ${timing.index}`,
      );
    }

    const results: Record<string, LoadResult> = {
      [`${small} people`]: await loadAgainst(fake, schemas.small, small),
      [`${PEOPLE} people`]: await loadAgainst(fake, schemas.large, PEOPLE),
    };
    printTable(`/pathway at ${RATE} requests/s for ${SECONDS} s on PostgreSQL`, results, `${small} people`);
    const file = await writeResult('db-growth', {
      people: PEOPLE,
      small,
      rate: RATE,
      seconds: SECONDS,
      measuredAt: new Date().toISOString(),
      seedMs: { small: seedSmallMs, large: seedLargeMs },
      screens,
      results,
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    await fake.close();
    await dropSchema(schemas.small);
    await dropSchema(schemas.large);
  }
}

await main();
