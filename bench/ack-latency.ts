/**
 * Acknowledgement latency of /pathway under load, beside a bare Bolt app that
 * only acks, in the same run.
 *
 *   npx tsx bench/ack-latency.ts            # 100 requests/s for 30 s, PGlite and PostgreSQL
 *   RATE=50 SECONDS=10 DATABASES=pglite npx tsx bench/ack-latency.ts
 *
 * Signed requests go to each app's POST /slack/events at a fixed rate (open
 * loop: a slow app does not slow the sender). "ack" is the HTTP answer Slack
 * waits for (limit 3 s); "full" is the ephemeral answer reaching the
 * response_url. RSS is read from /proc for the app process alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeSlack } from '../tests/support/fake-slack.js';
import { SlackDriver } from '../tests/support/slack-driver.js';
import { distribution, freePort, rssMb, sampleRss, startChild, writeResult, type Child, type Distribution } from './lib.js';

const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 30);
const DATABASES = (process.env.DATABASES ?? 'pglite,postgres').split(',');
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-signing-secret';
const USERS = Array.from({ length: 200 }, (_, i) => `U${String(i).padStart(6, '0')}`);

export interface LoadResult {
  ack: Distribution;
  full: Distribution | null;
  over3s: number;
  failed: number;
  rssIdleMb: number;
  rssPeakMb: number;
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
  const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}`, signingSecret: SECRET, fakeSlack: fake });
  const pid = app.process.pid!;
  // Warm-up: first contact creates each person; measured requests then read existing data.
  for (let start = 0; start < users.length; start += 20) {
    await Promise.all(users.slice(start, start + 20).map((userId) => driver.slashCommand({ userId })));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssIdleMb = await rssMb(pid);
  const sampler = sampleRss(pid);
  const acks: number[] = [];
  const fulls: number[] = [];
  let failed = 0;
  const total = rate * seconds;
  const pending: Promise<void>[] = [];
  const started = Date.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = Date.now();
    pending.push(
      (async () => {
        const result = await driver.slashCommand({ userId: users[i % users.length]! });
        if (result.status !== 200) {
          failed++;
          return;
        }
        acks.push(result.ackMs);
        if (!waitForFull) return;
        await fake.waitForResponse((response) => response.url === result.responseUrl, 30_000);
        fulls.push(Date.now() - sentAt);
      })().catch(() => {
        failed++;
      }),
    );
  }
  await Promise.all(pending);
  const rssPeakMb = await sampler.stop();
  return {
    ack: distribution(acks),
    full: waitForFull ? distribution(fulls) : null,
    over3s: acks.filter((ms) => ms > 3000).length,
    failed,
    rssIdleMb,
    rssPeakMb,
  };
}

async function main(): Promise<void> {
  const fake = await FakeSlack.start();
  const results: Record<string, LoadResult> = {};
  try {
    const barePort = await freePort();
    const bare = await startChild('bench/bare-bolt.ts', { PORT: String(barePort), SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: fake.bot.token, SLACK_API_URL: fake.url }, 'bare bolt listening');
    try {
      results['bare Bolt (ack only)'] = await runLoad(fake, bare, barePort, { rate: RATE, seconds: SECONDS, users: USERS, waitForFull: false });
    } finally {
      await bare.stop();
    }
    for (const database of DATABASES) {
      const port = await freePort();
      const dataDir = await mkdtemp(path.join(tmpdir(), 'pathway-bench-'));
      const schema = `bench_${Date.now().toString(36)}`;
      const env: Record<string, string> = {
        PORT: String(port),
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: fake.bot.token,
        SLACK_API_URL: fake.url,
        LOG_LEVEL: 'warn',
        ...(database === 'postgres' ? { DATABASE_URL: `${POSTGRES_URL}?schema=${schema}` } : { DATA_DIR: dataDir }),
      };
      const app = await startChild('src/main.ts', env, 'Pathway is listening');
      try {
        fake.reset();
        results[`Pathway on ${database === 'postgres' ? 'PostgreSQL' : 'PGlite'}`] = await runLoad(fake, app, port, {
          rate: RATE,
          seconds: SECONDS,
          users: USERS,
          waitForFull: true,
        });
      } finally {
        await app.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await fake.close();
  }

  printTable(`/pathway at ${RATE} requests/s for ${SECONDS} s (${RATE * SECONDS} requests per app)`, results, 'bare Bolt (ack only)');
  const file = await writeResult('ack-latency', { rate: RATE, seconds: SECONDS, measuredAt: new Date().toISOString(), results });
  console.log(`\nwritten to ${file}`);
}

export function printTable(title: string, results: Record<string, LoadResult>, baseline: string): void {
  const baseP99 = results[baseline]?.ack.p99 ?? Number.NaN;
  console.log(`\n${title}\n`);
  console.log('app'.padEnd(30), 'ack p50/p99/max ms'.padEnd(22), 'full p50/p99/max ms'.padEnd(22), '>3s', 'failed', 'RSS idle/peak MB', 'ack p99 vs base');
  for (const [name, r] of Object.entries(results)) {
    const triple = (d: Distribution | null): string => (d ? `${d.p50}/${d.p99}/${d.max}` : '-');
    console.log(
      name.padEnd(30),
      triple(r.ack).padEnd(22),
      triple(r.full).padEnd(22),
      String(r.over3s).padEnd(3),
      String(r.failed).padEnd(6),
      `${r.rssIdleMb}/${r.rssPeakMb}`.padEnd(16),
      `${(r.ack.p99 / baseP99).toFixed(2)}x`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
