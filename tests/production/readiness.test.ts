/**
 * /readyz reports the database and Slack. The database going away (every
 * connection cut, new ones refused) is reported with its reason, answered
 * with an apology and a reference rather than a false "done", and survived:
 * the app recovers on its own when the database comes back.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.js';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { POSTGRES_URL, postgresReachable, testConfig } from '../support/db.js';

const available = await postgresReachable();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface ReadyBody {
  status: string;
  checks: Record<string, boolean | string>;
  problems?: Record<string, string>;
}

describe.skipIf(!available)('readiness and a lost database', () => {
  const database = `pathway_outage_${randomBytes(4).toString('hex')}`;
  let db: Database;
  let t: TestApp;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${database}"`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${database}`;
    db = await openDatabase(testConfig({ database: { kind: 'postgres', url: url.toString() } }));
    await db.migrate();
    t = await startTestApp({ db });
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
    await db?.close();
    if (available) await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  async function ready(): Promise<{ status: number; body: ReadyBody }> {
    const response = await fetch(`${t.url}/readyz`);
    return { status: response.status, body: (await response.json()) as ReadyBody };
  }

  it('is ready when the database answers and auth.test accepts the bot token, and asks Slack at most every 30 s', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', checks: { database: true, slack: true } } });
    const probes = (): number => t.fake.callsTo('auth.test').filter((call) => call.token === t.fake.bot.token).length;
    const before = probes();
    t.clock.advance(29_000);
    await ready();
    expect(probes()).toBe(before);
    t.clock.advance(2_000);
    await ready();
    expect(probes()).toBe(before + 1);
  });

  it('reports Slack refusing the token with the reason', async () => {
    t.clock.advance(31_000);
    t.fake.failNext('auth.test', { error: 'invalid_auth' });
    expect(await ready()).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        checks: { database: true, slack: false },
        problems: { slack: 'An API error occurred: invalid_auth' },
      },
    });
    t.clock.advance(31_000);
    expect((await ready()).status).toBe(200);
  });

  it('database gone: 503 with the reason, an apology with a reference instead of "done", and recovery when it returns', async () => {
    await admin(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);

    const outage = await ready();
    expect(outage.status).toBe(503);
    expect(outage.body.checks).toEqual({ database: false, slack: true });
    expect(outage.body.problems?.database).toMatch(/\S/);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);

    const request = await t.driver.slashCommand({
      userId: 'U0CAROL',
      text: 'add "Lead a stakeholder workshop" by 2027-03-31',
    });
    expect(request.status).toBe(200);
    const answer = JSON.stringify((await t.responseTo(request, 15_000)).body);
    expect(answer).toMatch(/Sorry, something went wrong on our side.*reference [0-9A-F]{8}/);
    expect(answer).not.toContain('Lead a stakeholder workshop');

    await admin(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
    await expect.poll(async () => (await ready()).status, { timeout: 15_000, interval: 200 }).toBe(200);
    expect(await db.prisma.milestone.count()).toBe(0);

    const after = await t.driver.slashCommand({ userId: 'U0CAROL', text: 'help' });
    expect(JSON.stringify((await t.responseTo(after, 10_000)).body)).not.toContain('Sorry, something went wrong');
    expect(t.fake.specViolations).toEqual([]);
  }, 60_000);
});
