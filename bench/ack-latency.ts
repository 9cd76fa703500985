/**
 * Acknowledgement latency of /pathway under load, beside a bare Bolt app that
 * only acks, in the same run.
 *
 *   npx tsx bench/ack-latency.ts            # 100 requests/s for 30 s, PGlite and PostgreSQL, 3 rounds, 100,000 people
 *   RATE=50 SECONDS=10 ROUNDS=1 DATABASES=pglite PEOPLE=2000 npx tsx bench/ack-latency.ts
 *   npm run build && APP=prod npx tsx bench/ack-latency.ts   # the app as `npm run start:prod` runs it
 *   APP=prod BARE=0 RATE=25 DATABASES=postgres ROUNDS=1 npx tsx bench/ack-latency.ts   # Pathway alone: two builds' CPU/request back to back
 *
 * Each database first gets PEOPLE people (default 100,000; bench/seed.ts,
 * "quiet" shape: a pathway of four milestones and a recent check-in each, no
 * managers), then the planner's first look at all of them, so the app under
 * load finds everyone with a next-due instant weeks away: its scheduler ticks
 * (every minute) plan and send nothing, as on an ordinary day. Requests come
 * from 200 of those people, spread over the headcount. PEOPLE=0 keeps the old
 * empty database (people created on first contact). The seeded data is reused
 * by every round and dropped at the end.
 *
 * Each app first gets WARMUP_SECONDS (default 5) of the same load unmeasured,
 * so start-up work (JIT, pool connections) is not counted for either. A p99
 * over 3,000 requests moves by a few milliseconds from run to run on a
 * 2-core machine that also runs the load and the database, so the apps take
 * turns for ROUNDS rounds and the summary compares medians.
 *
 * Signed requests go to each app's POST /slack/events at a fixed rate (open
 * loop: a slow app does not slow the sender), sent and timed from a process
 * of their own (bench/ack-sender.ts) so the fake Slack checking the answers does not
 * delay the timing of acks. "ack" is the HTTP answer Slack waits for (limit
 * 3 s); "full" is the ephemeral answer reaching the response_url. RSS is read
 * from /proc for the app process alone.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import type { SenderInput, SenderOutput, SignedRequest } from './ack-sender.js';
import {
  type Child,
  cpuMs,
  type Distribution,
  distribution,
  freePort,
  rssMb,
  sampleRss,
  startChild,
  startProdCommand,
  writeResult,
} from './lib.js';
import { benchWorkspace, firstLook, seededUserId, seedPeople } from './seed.js';

const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 30);
const DATABASES = (process.env.DATABASES ?? 'pglite,postgres').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 5);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
// BARE=0 runs Pathway alone: for comparing two builds of it back to back (CPU per request) when time is short.
const WITH_BARE = process.env.BARE !== '0';
// APP=prod runs the compiled app as `npm run start:prod` does (npm run build first); otherwise the sources under tsx.
const PROD = process.env.APP === 'prod';
const prod = await startProdCommand();
const SECRET = 'bench-signing-secret';
const USERS =
  PEOPLE > 0
    ? Array.from({ length: 200 }, (_, i) => seededUserId(1 + Math.floor((i * PEOPLE) / 200)))
    : Array.from({ length: 200 }, (_, i) => `U${String(i).padStart(6, '0')}`);

export interface LoadResult {
  ack: Distribution;
  full: Distribution | null;
  over3s: number;
  failed: number;
  rssIdleMb: number;
  rssPeakMb: number;
  /** CPU time the app used per measured request (all its threads), in ms. */
  cpuMsPerRequest: number;
  /** p99 event-loop delay of the sending thread in ms: how late it may have noticed acks. */
  loaderDelayP99Ms: number;
}

export interface LoadOptions {
  rate: number;
  seconds: number;
  /** Slack user ids to spread requests over; each is warmed up first. */
  users: string[];
  waitForFull: boolean;
}

export async function runLoad(fake: FakeSlack, app: Child, port: number, options: LoadOptions): Promise<LoadResult> {
  const { rate, seconds, users, waitForFull } = options;
  const endpoint = `http://127.0.0.1:${port}/slack/events`;
  const driver = new SlackDriver({ appUrl: endpoint, signingSecret: SECRET, fakeSlack: fake });
  const pid = app.process.pid!;
  // Warm-up: first contact creates each person; measured requests then read existing data.
  for (let start = 0; start < users.length; start += 20) {
    await Promise.all(users.slice(start, start + 20).map((userId) => driver.slashCommand({ userId })));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssIdleMb = await rssMb(pid);
  const sampler = sampleRss(pid);
  await fire(driver, fake, endpoint, { ...options, seconds: Math.min(WARMUP_SECONDS, seconds) });
  const cpuBefore = await cpuMs(pid);
  const measured = await fire(driver, fake, endpoint, options);
  const cpuUsed = (await cpuMs(pid)) - cpuBefore;
  const rssPeakMb = await sampler.stop();
  return {
    ack: distribution(measured.acks),
    full: waitForFull ? distribution(measured.fulls) : null,
    over3s: measured.acks.filter((ms) => ms > 3000).length,
    failed: measured.failed,
    rssIdleMb,
    rssPeakMb,
    cpuMsPerRequest: Math.round((cpuUsed / (rate * seconds)) * 100) / 100,
    loaderDelayP99Ms: measured.loaderDelayP99Ms,
  };
}

/** Sends `rate` signed /pathway requests a second for `seconds`, open loop, from a process of their own (bench/ack-sender.ts), and collects their timings. */
async function fire(
  driver: SlackDriver,
  fake: FakeSlack,
  endpoint: string,
  options: LoadOptions,
): Promise<{ acks: number[]; fulls: number[]; failed: number; loaderDelayP99Ms: number }> {
  const { rate, seconds, users, waitForFull } = options;
  const total = rate * seconds;
  const responseUrls: string[] = [];
  const requests: SignedRequest[] = [];
  for (let i = 0; i < total; i++) {
    const { fields, responseUrl } = driver.slashCommandFields({ userId: users[i % users.length]! });
    const body = new URLSearchParams(fields).toString();
    responseUrls.push(responseUrl);
    // Signed now: the timestamps stay well inside the 5 minutes Slack's signature allows.
    requests.push({ body, headers: driver.signedHeaders(body) });
  }
  const input: SenderInput = { endpoint, rate, requests };
  const output = await new Promise<SenderOutput>((resolve, reject) => {
    const sender = fork(fileURLToPath(new URL('./ack-sender.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
    });
    sender.once('message', (message) => resolve(message as SenderOutput));
    sender.once('error', reject);
    sender.once('exit', (code) => reject(new Error(`the sender exited (${code}) before reporting`)));
    sender.send(input);
  });
  const acks: number[] = [];
  const answered: { responseUrl: string; sentAt: number }[] = [];
  let failed = 0;
  output.sent.forEach((sent, i) => {
    if (sent.status !== 200) {
      failed++;
      return;
    }
    acks.push(sent.ackMs);
    answered.push({ responseUrl: responseUrls[i]!, sentAt: sent.sentAt });
  });
  const fulls: number[] = [];
  if (waitForFull) {
    const deadline = Date.now() + 30_000;
    const arrived = new Map<string, number>();
    for (const { responseUrl } of answered) {
      if (!arrived.has(responseUrl)) {
        const left = deadline - Date.now();
        if (left <= 0) break;
        await fake.waitForResponse((response) => response.url === responseUrl, left).catch(() => undefined);
        for (const response of fake.responses) arrived.set(response.url, response.at);
      }
    }
    for (const { responseUrl, sentAt } of answered) {
      const at = arrived.get(responseUrl);
      if (at === undefined) failed++;
      else fulls.push(at - sentAt);
    }
  }
  return { acks, fulls, failed, loaderDelayP99Ms: output.loopDelayP99Ms };
}

const BASELINE = 'bare Bolt (ack only)';
const BARE_ANSWERING = 'bare Bolt + 1 query + answer';

/** Where an app finds its database: environment variables for it. */
interface PreparedDatabase {
  name: string;
  env: Record<string, string>;
  seedMs: number;
  firstLookMs: number;
  drop(): Promise<void>;
}

/** VACUUM (ANALYZE) of every table in `schema`, as autovacuum would after a bulk load. */
async function vacuumSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'SELECT tablename AS name FROM pg_tables WHERE schemaname = $1',
      [schema],
    );
    for (const { name } of rows) await client.query(`VACUUM (ANALYZE) "${schema}"."${name}"`);
  } finally {
    await client.end();
  }
}

/** Creates (and with PEOPLE > 0 seeds and plans once) a database for the app, used by every round. */
async function prepareDatabase(database: string, teamId: string): Promise<PreparedDatabase> {
  const postgres = database === 'postgres';
  // BENCH_SCHEMA=<name> keeps the seeded PostgreSQL schema and reuses it on the next run (as bench/plan.ts does).
  const schema = process.env.BENCH_SCHEMA ?? `bench_ack_${Date.now().toString(36)}`;
  const dataDir = postgres ? '' : await mkdtemp(path.join(tmpdir(), 'pathway-bench-'));
  const env: Record<string, string> = postgres
    ? { DATABASE_URL: `${POSTGRES_URL}?schema=${schema}` }
    : { DATA_DIR: dataDir };
  const drop = async (): Promise<void> => {
    if (!postgres) return rm(dataDir, { recursive: true, force: true });
    if (process.env.BENCH_SCHEMA) return;
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
  const name = `Pathway on ${postgres ? 'PostgreSQL' : 'PGlite'}`;
  if (PEOPLE === 0) return { name, env, seedMs: 0, firstLookMs: 0, drop };
  const db = await openDatabase(loadConfig({ DATABASE_URL: env.DATABASE_URL ?? '', DATA_DIR: dataDir }));
  try {
    await db.migrate();
    const workspace = await benchWorkspace(db.prisma, teamId);
    if (postgres && (await db.prisma.person.count()) >= PEOPLE) {
      console.log(`${name}: reusing the ${PEOPLE} people seeded in ${schema}`);
      return { name, env, seedMs: 0, firstLookMs: 0, drop };
    }
    let started = Date.now();
    if (postgres) {
      // Its own connection: the app's pool cancels statements after 4 s, and a 100,000-row insert takes longer.
      const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
      await client.connect();
      await seedPeople((sql, params) => client.query(sql, params), workspace, PEOPLE, 'quiet').finally(() =>
        client.end(),
      );
    } else await seedPeople((sql, params) => db.prisma.$executeRawUnsafe(sql, ...params), workspace, PEOPLE, 'quiet');
    const seedMs = Date.now() - started;
    started = Date.now();
    const looked = await firstLook(db.prisma, new Date());
    const firstLookMs = Date.now() - started;
    // The seed and the first look leave 400,000 dead row versions. A PostgreSQL server's autovacuum clears
    // them soon after (PGlite: the app vacuums at start); the local test server runs with autovacuum off.
    if (postgres) await vacuumSchema(schema);
    console.log(
      `${name}: ${PEOPLE} people seeded in ${(seedMs / 1000).toFixed(1)} s, first look ${(firstLookMs / 1000).toFixed(1)} s (${looked.queued} messages queued)`,
    );
    return { name, env, seedMs, firstLookMs, drop };
  } finally {
    await db.close();
  }
}

/** One turn of each app: the bare baseline, then Pathway on each database. */
async function runRound(fake: FakeSlack, databases: readonly PreparedDatabase[]): Promise<Record<string, LoadResult>> {
  const results: Record<string, LoadResult> = {};
  for (const answer of WITH_BARE ? [false, true] : []) {
    const barePort = await freePort();
    const env = {
      PORT: String(barePort),
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: fake.bot.token,
      SLACK_API_URL: fake.url,
    };
    const bare = await startChild(
      'bench/bare-bolt.ts',
      answer ? { ...env, BARE_ANSWER: '1', DATABASE_URL: POSTGRES_URL } : env,
      'bare bolt listening',
    );
    try {
      fake.reset();
      results[answer ? BARE_ANSWERING : BASELINE] = await runLoad(fake, bare, barePort, {
        rate: RATE,
        seconds: SECONDS,
        users: USERS,
        waitForFull: answer,
      });
    } finally {
      await bare.stop();
    }
  }
  for (const database of databases) {
    const port = await freePort();
    const env: Record<string, string> = {
      PORT: String(port),
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: fake.bot.token,
      SLACK_API_URL: fake.url,
      LOG_LEVEL: 'warn',
      ...database.env,
    };
    const app = PROD
      ? await startChild(prod.script, { ...env, ...prod.env }, 'Pathway is listening', 240_000, prod.nodeArgs)
      : await startChild('src/main.ts', env, 'Pathway is listening', 240_000);
    try {
      fake.reset();
      results[database.name] = await runLoad(fake, app, port, {
        rate: RATE,
        seconds: SECONDS,
        users: USERS,
        waitForFull: true,
      });
    } finally {
      await app.stop();
    }
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const fake = await FakeSlack.start();
  const rounds: Record<string, LoadResult>[] = [];
  const databases: PreparedDatabase[] = [];
  try {
    for (const database of DATABASES) databases.push(await prepareDatabase(database, fake.team.id));
    for (let round = 1; round <= ROUNDS; round++) {
      const results = await runRound(fake, databases);
      rounds.push(results);
      printTable(
        `round ${round}/${ROUNDS}: /pathway at ${RATE} requests/s for ${SECONDS} s (${RATE * SECONDS} requests per app)`,
        results,
        BASELINE,
      );
    }
  } finally {
    await fake.close();
    for (const database of databases) await database.drop();
  }
  const summary = Object.fromEntries(
    Object.keys(rounds[0] ?? {}).map((name) => {
      const of = (pick: (r: LoadResult) => number): number => median(rounds.map((results) => pick(results[name]!)));
      return [
        name,
        {
          ackP99Ms: of((r) => r.ack.p99),
          fullP99Ms: rounds[0]![name]!.full ? of((r) => r.full!.p99) : null,
          ackP99VsBare:
            Math.round(
              median(rounds.map((results) => results[name]!.ack.p99 / (results[BASELINE]?.ack.p99 ?? Number.NaN))) *
                100,
            ) / 100,
          over3s: Math.max(...rounds.map((results) => results[name]!.over3s)),
          cpuMsPerRequest: of((r) => r.cpuMsPerRequest),
          rssIdleMb: of((r) => r.rssIdleMb),
          rssPeakMb: Math.max(...rounds.map((results) => results[name]!.rssPeakMb)),
          // Peak under load over idle, per round (the target is at most 1.5).
          rssPeakOverIdle:
            Math.round(
              Math.max(...rounds.map((results) => results[name]!.rssPeakMb / results[name]!.rssIdleMb)) * 100,
            ) / 100,
        },
      ];
    }),
  );
  console.log(`
median of ${ROUNDS} rounds
`);
  console.log(
    'app'.padEnd(30),
    'ack p99 ms'.padEnd(11),
    'full p99 ms'.padEnd(12),
    'ack p99 vs base',
    'max >3s',
    'RSS idle/peak MB',
    'peak/idle',
    'CPU ms/request',
  );
  for (const [name, row] of Object.entries(summary)) {
    console.log(
      name.padEnd(30),
      String(row.ackP99Ms).padEnd(11),
      String(row.fullP99Ms ?? '-').padEnd(12),
      `${row.ackP99VsBare.toFixed(2)}x`.padEnd(15),
      String(row.over3s).padEnd(7),
      `${row.rssIdleMb}/${row.rssPeakMb}`.padEnd(16),
      `${row.rssPeakOverIdle.toFixed(2)}x`.padEnd(9),
      row.cpuMsPerRequest,
    );
  }
  const seeding = Object.fromEntries(
    databases.map((database) => [database.name, { seedMs: database.seedMs, firstLookMs: database.firstLookMs }]),
  );
  const file = await writeResult(process.env.BENCH_RESULT ?? 'ack-latency', {
    rate: RATE,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    people: PEOPLE,
    app: PROD ? { startProd: prod } : 'src/main.ts under tsx',
    seeding,
    measuredAt: new Date().toISOString(),
    summary,
    rounds,
  });
  console.log(`
written to ${file}`);
}

export function printTable(title: string, results: Record<string, LoadResult>, baseline: string): void {
  const baseP99 = results[baseline]?.ack.p99 ?? Number.NaN;
  console.log(`\n${title}\n`);
  console.log(
    'app'.padEnd(30),
    'ack p50/p99/max ms'.padEnd(22),
    'full p50/p99/max ms'.padEnd(22),
    '>3s',
    'failed',
    'RSS idle/peak MB',
    'ack p99 vs base',
    'CPU ms/request',
    'loader delay p99 ms',
  );
  for (const [name, r] of Object.entries(results)) {
    const triple = (d: Distribution | null): string => (d ? `${d.p50}/${d.p99}/${d.max}` : '-');
    console.log(
      name.padEnd(30),
      triple(r.ack).padEnd(22),
      triple(r.full).padEnd(22),
      String(r.over3s).padEnd(3),
      String(r.failed).padEnd(6),
      `${r.rssIdleMb}/${r.rssPeakMb}`.padEnd(16),
      `${(r.ack.p99 / baseP99).toFixed(2)}x`.padEnd(15),
      String(r.cpuMsPerRequest).padEnd(14),
      r.loaderDelayP99Ms,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
