/**
 * Several senders against one PostgreSQL: SKIP LOCKED claims share the work
 * (each message posted once), and a sender killed in the middle of a batch
 * loses nothing: its leased rows come back and a second sender finishes them,
 * with at most the one message that was in flight posted twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { FakeSlack } from '@pathway/fake-slack';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { Sender } from '../../src/scheduler/sender.js';
import { CATCH_UP_MS } from '../../src/scheduler/shared-pace.js';
import { enqueueMessages } from '../../src/services/outbox.js';
import { singleTokenClients } from '../../src/slack/clients.js';
import {
  openPostgresTestDatabase,
  type PostgresTestDatabase,
  postgresReachable,
  resetDatabase,
  testConfig,
} from '../support/db.js';
import { quietLogger } from '../support/schedule.js';

const CHILD = fileURLToPath(new URL('./fixtures/sender-child.ts', import.meta.url));

describe.skipIf(!(await postgresReachable()))('outbox senders on PostgreSQL', () => {
  let pg: PostgresTestDatabase;
  let second: Database;
  let fake: FakeSlack;
  let workspaceId: string;

  beforeAll(async () => {
    pg = await openPostgresTestDatabase();
    second = await openDatabase(testConfig({ database: { kind: 'postgres', url: pg.url } }));
    fake = await FakeSlack.start();
  });
  afterAll(async () => {
    await second?.close();
    await pg?.drop();
    await fake?.close();
  });
  beforeEach(async () => {
    await resetDatabase(pg.db);
    fake.reset();
    workspaceId = (await pg.db.prisma.workspace.create({ data: { slackTeamId: fake.team.id } })).id;
  });

  async function queue(count: number): Promise<void> {
    const now = systemClock.now();
    await enqueueMessages(
      pg.db.prisma,
      Array.from({ length: count }, (_, index) => ({
        workspaceId,
        dedupeKey: `test:${index}`,
        kind: 'test',
        recipient: `U${String(index).padStart(6, '0')}`,
        payload: { text: `message ${index}` },
        notBefore: now,
      })),
    );
  }

  function sender(db: Database, workerId: string, pacing = { channelIntervalMs: 0, workspaceIntervalMs: 0 }): Sender {
    return new Sender(
      {
        prisma: db.prisma,
        clients: singleTokenClients(fake.bot.token, { slackApiUrl: fake.url }),
        clock: systemClock,
        logger: quietLogger,
        defaultTimeZone: 'UTC',
        adminUserIds: [],
      },
      { workerId, batchSize: 5, ...pacing },
    );
  }

  const postedTexts = (): string[] => fake.messages.map((message) => message.text);

  it('two senders draining at once post every message exactly once', async () => {
    await queue(80);
    fake.failNext('chat.postMessage', { delayMs: 5 }, 80);
    const [a, b] = await Promise.all([sender(pg.db, 'a').drain(), sender(second, 'b').drain()]);
    expect(a.sent + b.sent).toBe(80);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(new Set(postedTexts()).size).toBe(80);
    expect(postedTexts()).toHaveLength(80);
    const claimers = await pg.db.prisma.outboxMessage.groupBy({ by: ['claimedBy', 'status'], _count: true });
    expect(claimers.every((group) => group.status === 'sent')).toBe(true);
    expect(fake.specViolations).toEqual([]);
  });

  it('two senders share one workspace rate and one message a second per conversation', async () => {
    await queue(24);
    // Four more to two people who already have one each: their conversations must be spaced.
    await enqueueMessages(
      pg.db.prisma,
      [0, 1, 0, 1].map((person, index) => ({
        workspaceId,
        dedupeKey: `test:again:${index}`,
        kind: 'test',
        recipient: `U${String(person).padStart(6, '0')}`,
        payload: { text: `again ${index}` },
        notBefore: systemClock.now(),
      })),
    );
    const pacing = { channelIntervalMs: 1000, workspaceIntervalMs: 100 }; // 10 a second
    const [a, b] = await Promise.all([sender(pg.db, 'a', pacing).drain(), sender(second, 'b', pacing).drain()]);
    expect(a.sent + b.sent).toBe(28);
    expect(new Set(postedTexts()).size).toBe(28);
    const calls = fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(28);
    // Per conversation: at least a second between posts (less a little for timer granularity).
    const byChannel = new Map<string, number[]>();
    for (const call of calls)
      byChannel.set(String(call.args.channel), [...(byChannel.get(String(call.args.channel)) ?? []), call.at]);
    for (const times of byChannel.values())
      for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(990);
    // Together: never more in any second than the rate allows, plus the short catch-up allowance and one
    // for requests that left on time but arrived bunched.
    const times = calls.map((call) => call.at).sort((x, y) => x - y);
    const mostInASecond = Math.max(
      ...times.map((start) => times.filter((at) => at >= start && at < start + 1000).length),
    );
    expect(mostInASecond).toBeLessThanOrEqual(10 + CATCH_UP_MS / 100 + 2);
    expect(fake.specViolations).toEqual([]);
  });

  it('a sender killed in the middle of a batch loses nothing and repeats at most the message in flight', async () => {
    const total = 60;
    await queue(total);
    fake.failNext('chat.postMessage', { delayMs: 40 }, total * 2);
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        SLACK_API_URL: fake.url,
        SLACK_BOT_TOKEN: fake.bot.token,
        LEASE_MS: '1500',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      // Kill it once it is well into the work, in the middle of its second or third batch of 10.
      await fake.waitForCall('chat.postMessage', () => fake.callsTo('chat.postMessage').length >= 23, 30_000);
      child.kill('SIGKILL');
      await once(child, 'exit');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const sentBeforeKill = await pg.db.prisma.outboxMessage.count({ where: { status: 'sent' } });
    expect(sentBeforeKill).toBeLessThan(total);
    expect(
      await pg.db.prisma.outboxMessage.count({ where: { status: 'sending', claimedBy: 'child' } }),
    ).toBeGreaterThan(0);

    // The child's lease (1.5 s) runs out; a second sender takes its rows over and finishes.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const finisher = await sender(second, 'finisher').drain();
    expect(finisher.sent).toBeGreaterThan(0);

    expect(await pg.db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(total);
    const texts = postedTexts();
    expect(new Set(texts).size).toBe(total); // none lost
    expect(texts.length - total).toBeLessThanOrEqual(1); // at most the one in flight, posted twice
  });
});
