/**
 * Two replicas behind one load balancer on one PostgreSQL, as real processes:
 * they migrate once, both serve Slack, every queued message is posted once
 * between them, and a replica stopped with SIGTERM finishes the request it was
 * answering and leaves no outbox row claimed.
 */
import { readdir } from 'node:fs/promises';
import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.js';
import { SIGNING_SECRET } from '../support/app-harness.js';
import { dropSchema, POSTGRES_URL, postgresReachable, testConfig, uniqueSchemaName } from '../support/db.js';
import { type AppProcess, kill, startAppProcess } from './support/process.js';

const available = await postgresReachable();

describe.skipIf(!available)('two replicas on one PostgreSQL', () => {
  const schema = uniqueSchemaName('replicas');
  const url = `${POSTGRES_URL}?schema=${schema}`;
  let fake: FakeSlack;
  let replicas: AppProcess[] = [];
  let db: Database;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const env = {
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: fake.bot.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      SENDER_RATE_PER_WORKSPACE: '50',
    };
    replicas = await Promise.all([startAppProcess(env), startAppProcess(env)]);
    await Promise.all(replicas.map((replica) => replica.waitFor('Pathway is running', 90_000)));
    db = await openDatabase(testConfig({ database: { kind: 'postgres', url } }));
    const workspace = await db.prisma.workspace.upsert({
      where: { slackTeamId: fake.team.id },
      create: { slackTeamId: fake.team.id },
      update: {},
    });
    workspaceId = workspace.id;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map(kill));
    await db?.close();
    await fake?.close();
    if (available) await dropSchema(schema);
  });

  function driverFor(replica: AppProcess): SlackDriver {
    return new SlackDriver({ appUrl: replica.url, signingSecret: SIGNING_SECRET, fakeSlack: fake });
  }

  async function queue(prefix: string, count: number): Promise<string[]> {
    const channels = Array.from(
      { length: count },
      (_, index) => `C${prefix.toUpperCase()}${String(index).padStart(4, '0')}`,
    );
    await db.prisma.outboxMessage.createMany({
      data: channels.map((channel) => ({
        workspaceId,
        dedupeKey: `replica-test:${channel}`,
        kind: 'notice',
        recipient: channel,
        payload: { text: `hello ${channel}` },
        notBefore: new Date(Date.now() - 1000),
      })),
    });
    return channels;
  }

  function postsTo(channels: readonly string[]): Map<string, number> {
    const counts = new Map(channels.map((channel) => [channel, 0]));
    for (const call of fake.callsTo('chat.postMessage')) {
      const channel = String(call.args.channel);
      if (counts.has(channel) && call.response?.ok) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    }
    return counts;
  }

  /** Waits until the outbox marks every queued channel sent, then checks Slack got exactly one post each. */
  async function expectEachSentOnce(channels: readonly string[]): Promise<void> {
    await expect
      .poll(
        () =>
          db.prisma.outboxMessage.count({
            where: { dedupeKey: { in: channels.map((channel) => `replica-test:${channel}`) }, status: 'sent' },
          }),
        { timeout: 60_000, interval: 250 },
      )
      .toBe(channels.length);
    expect([...postsTo(channels).values()].every((count) => count === 1)).toBe(true);
  }

  it('applies each migration once although both started on an empty schema at the same moment', async () => {
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    const folders = (await readdir('prisma/migrations', { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(rows.map((row) => row.migration_name)).toEqual(folders.sort());
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    const migrated = replicas.filter((replica) => replica.output().includes('"msg":"database migrated"'));
    expect(migrated).toHaveLength(1);
  });

  it('both replicas answer signed Slack requests and report ready', async () => {
    for (const replica of replicas) {
      const driver = driverFor(replica);
      const request = await driver.slashCommand({ userId: 'U0CAROL', text: 'help' });
      expect(request.status).toBe(200);
      await fake.waitForResponse((response) => response.url === request.responseUrl, 10_000);
      const ready = await fetch(`${replica.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, slack: true } });
    }
  });

  it('posts every queued message exactly once between them', async () => {
    const channels = await queue('a', 30);
    await expectEachSentOnce(channels);
    expect(fake.specViolations).toEqual([]);
  }, 90_000);

  it('SIGTERM: the replica answers the request in hand, releases its claims and exits 0; the other sends the rest once', async () => {
    const [survivor, stopped] = replicas as [AppProcess, AppProcess];
    // A new person's first /pathway reads users.info before answering: hold that for a moment.
    fake.failNext('users.info', { delayMs: 1500 });
    // Keep the senders busy while the replica stops.
    fake.failNext('chat.postMessage', { delayMs: 300 }, 40);
    const channels = await queue('b', 20);
    const request = await driverFor(stopped).slashCommand({ userId: 'U0NEWBIE', text: '' });
    expect(request.status).toBe(200);
    await expect
      .poll(() => fake.calls.some((call) => call.method === 'users.info' && call.args.user === 'U0NEWBIE'), {
        timeout: 10_000,
        interval: 20,
      })
      .toBe(true);
    stopped.child.kill('SIGTERM');

    expect(await stopped.exited).toBe(0);
    expect(stopped.output()).toContain('stopped cleanly');
    // The answer went out before the process ended.
    expect(fake.responses.some((response) => response.url === request.responseUrl)).toBe(true);
    const workerPrefix = `:${stopped.child.pid}:`;
    const leftClaimed = await db.prisma.outboxMessage.count({
      where: { status: 'sending', claimedBy: { contains: workerPrefix } },
    });
    expect(leftClaimed).toBe(0);

    await expectEachSentOnce(channels);
    expect((await fetch(`${survivor.url}/readyz`)).status).toBe(200);
  }, 90_000);
});
