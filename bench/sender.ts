/**
 * Sender throughput against the fake Slack: queues MESSAGES DMs (to distinct
 * people) in a PostgreSQL schema and drains them with the real Sender, first
 * at the configured workspace rate (RATE messages a second, as
 * SENDER_RATE_PER_WORKSPACE), by one sender and by two sharing the pace as
 * two replicas would, then with no rate limit to show the headroom.
 * Reports messages a second and the share of the configured rate reached.
 * Prints the figures and writes bench/results/sender.json.
 *
 *   npx tsx bench/sender.ts
 *   RATE=50 MESSAGES=1000 npx tsx bench/sender.ts
 */

import { FakeSlack } from '@pathway/fake-slack';
import pg from 'pg';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { Sender } from '../src/scheduler/sender.js';
import { enqueueMessages } from '../src/services/outbox.js';
import { singleTokenClients } from '../src/slack/clients.js';
import { sampleRss, writeResult } from './lib.js';

const RATE = Number(process.env.RATE ?? 20);
const MESSAGES = Number(process.env.MESSAGES ?? 300);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const SCHEMA = `bench_sender_${Date.now().toString(36)}`;

async function queue(db: Database, workspaceId: string, prefix: string, count: number): Promise<void> {
  const now = systemClock.now();
  await enqueueMessages(
    db.prisma,
    Array.from({ length: count }, (_, index) => ({
      workspaceId,
      dedupeKey: `bench:${prefix}:${index}`,
      kind: 'bench',
      recipient: `U${String(index).padStart(7, '0')}`,
      payload: {
        text: `Benchmark message ${index}`,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Benchmark message ${index}` } }],
      },
      notBefore: now,
    })),
  );
}

async function run(
  replicas: readonly Database[],
  fake: FakeSlack,
  workspaceId: string,
  label: string,
  ratePerSecond: number | undefined,
) {
  await queue(replicas[0]!, workspaceId, label, MESSAGES);
  const senders = replicas.map(
    (db, index) =>
      new Sender(
        {
          prisma: db.prisma,
          clients: singleTokenClients(fake.bot.token, { slackApiUrl: fake.url }),
          clock: systemClock,
          logger: createLogger('silent'),
          defaultTimeZone: 'UTC',
          adminUserIds: [],
        },
        {
          workerId: `bench-${label}-${index}`,
          workspaceIntervalMs: ratePerSecond === undefined ? 0 : Math.ceil(1000 / ratePerSecond),
          ...(ratePerSecond === undefined ? { channelIntervalMs: 0 } : {}),
        },
      ),
  );
  const rss = sampleRss(process.pid);
  const started = performance.now();
  const drained = await Promise.all(senders.map((sender) => sender.drain()));
  const stats = { sent: drained.reduce((sum, one) => sum + one.sent, 0) };
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round((stats.sent / seconds) * 10) / 10;
  const row = {
    run: label,
    configuredRate: ratePerSecond ?? null,
    sent: stats.sent,
    seconds: Math.round(seconds * 10) / 10,
    perSecond,
    shareOfRate: ratePerSecond === undefined ? null : Math.round((perSecond / ratePerSecond) * 1000) / 10,
    peakRssMb: await rss.stop(),
  };
  console.log(
    `${label.padEnd(26)} ${String(row.sent).padStart(6)} sent in ${String(row.seconds).padStart(6)} s = ${String(perSecond).padStart(7)}/s` +
      (row.shareOfRate === null ? '' : ` (${row.shareOfRate}% of ${ratePerSecond}/s)`),
  );
  return row;
}

async function main(): Promise<void> {
  const db = await openDatabase(loadConfig({ DATABASE_URL: `${POSTGRES_URL}?schema=${SCHEMA}` }));
  const fake = await FakeSlack.start();
  try {
    await db.migrate();
    const workspace = await db.prisma.workspace.create({ data: { slackTeamId: fake.team.id } });
    // A second connection pool stands for a second replica (same process here, so they share its CPU).
    const replica = await openDatabase(loadConfig({ DATABASE_URL: `${POSTGRES_URL}?schema=${SCHEMA}` }));
    const runs = [
      await run([db], fake, workspace.id, 'at the configured rate', RATE),
      await run([db, replica], fake, workspace.id, 'two replicas, same rate', RATE),
      await run([db], fake, workspace.id, 'no rate limit (headroom)', undefined),
    ];
    await replica.close();
    const posted = fake.callsTo('chat.postMessage').length;
    const result = {
      messages: MESSAGES,
      configuredRate: RATE,
      posted,
      specViolations: fake.specViolations.length,
      runs,
      database: 'PostgreSQL',
      node: process.version,
    };
    console.log(
      `chat.postMessage calls ${posted}, spec violations ${fake.specViolations.length}; written to ${await writeResult('sender', result)}`,
    );
  } finally {
    await fake.close();
    await db.close();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await client.end();
  }
}

await main();
