/**
 * Database round trips behind each everyday request, counted at the pg
 * driver: the first /pathway from a new person, a repeat /pathway with a
 * pathway and a year of check-ins, and opening the Home tab. Each round trip
 * costs a pool checkout and a network write, so this is the number to keep
 * small as features grow.
 *
 *   npx tsx bench/queries.ts
 */

import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import pg from 'pg';
import { startApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { writeResult } from './lib.js';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-signing-secret';

const statements: string[] = [];
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  const text =
    typeof first === 'string'
      ? first
      : typeof first === 'object' && first !== null && 'text' in first
        ? String(first.text)
        : '?';
  statements.push(text.replace(/\s+/g, ' ').slice(0, 140));
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** An active pathway of 6 milestones and a year of monthly check-ins (4 ratings each), as bench/db-growth.ts seeds. */
async function seedYear(db: Database, slackUserId: string): Promise<void> {
  const person = await db.prisma.person.findFirstOrThrow({ where: { slackUserId }, include: { workspace: true } });
  const frameworkVersionId = person.workspace.activeFrameworkId!;
  const pathway = await db.prisma.pathway.create({
    data: {
      personId: person.id,
      activeForPersonId: person.id,
      frameworkVersionId,
      fromRoleKey: 'instructional-designer',
      goalRoleKey: 'senior-instructional-designer',
      moveKind: 'ladder',
      targetDate: new Date('2027-06-30'),
      milestones: {
        create: Array.from({ length: 6 }, (_, i) => ({
          position: i + 1,
          title: `Milestone ${i + 1}`,
          kind: 'course' as const,
          dueDate: new Date(Date.UTC(2026, 8 + i, 15)),
          doneAt: i < 2 ? new Date() : null,
        })),
      },
    },
  });
  for (let month = 0; month < 12; month++) {
    await db.prisma.checkIn.create({
      data: {
        personId: person.id,
        pathwayId: pathway.id,
        frameworkVersionId,
        goalRoleKey: 'senior-instructional-designer',
        createdAt: new Date(Date.UTC(2025, 10 + month, 3)),
        ratings: {
          create: Array.from({ length: 4 }, (_, s) => ({
            signalKey: `signal-${s + 1}`,
            selfRating: 1 + ((month + s) % 4),
            example: 'An example of the behaviour',
          })),
        },
      },
    });
  }
}

async function main(): Promise<void> {
  const schema = `bench_queries_${Date.now().toString(36)}`;
  const fake = await FakeSlack.start();
  const config = {
    ...loadConfig({
      DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: fake.bot.token,
      SLACK_API_URL: fake.url,
      SCHEDULER_ENABLED: 'false',
    }),
    port: 0,
  };
  const db = await openDatabase(config);
  await db.migrate();
  const app = await startApp({ config, db, logger: createLogger('warn'), clock: systemClock, host: '127.0.0.1' });
  const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${app.port}`, signingSecret: SECRET, fakeSlack: fake });
  const counts: Record<string, { roundTrips: number; statements: string[] }> = {};
  async function measure(name: string, request: () => Promise<unknown>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    statements.length = 0;
    await request();
    await new Promise((resolve) => setTimeout(resolve, 500));
    counts[name] = { roundTrips: statements.length, statements: [...statements] };
  }
  try {
    await measure('/pathway, first contact', async () => {
      const request = await driver.slashCommand({ userId: 'U0QUERIES' });
      await fake.waitForResponse((response) => response.url === request.responseUrl, 15_000);
    });
    await measure('/pathway, again', async () => {
      const request = await driver.slashCommand({ userId: 'U0QUERIES' });
      await fake.waitForResponse((response) => response.url === request.responseUrl, 15_000);
    });
    await seedYear(db, 'U0QUERIES');
    await measure('/pathway, a year of data', async () => {
      const request = await driver.slashCommand({ userId: 'U0QUERIES' });
      await fake.waitForResponse((response) => response.url === request.responseUrl, 15_000);
    });
    await measure('App Home opened', async () => {
      await driver.event({ type: 'app_home_opened', user: 'U0QUERIES', tab: 'home' });
      await fake.waitForCall('views.publish', () => true, 5000);
    });
  } finally {
    await app.stop();
    await db.close();
    await fake.close();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  console.log('\ndatabase round trips per request\n');
  for (const [name, { roundTrips }] of Object.entries(counts)) console.log(`  ${name.padEnd(32)} ${roundTrips}`);
  if (process.env.VERBOSE)
    for (const [name, { statements: list }] of Object.entries(counts)) console.log(`\n${name}\n  ${list.join('\n  ')}`);
  const file = await writeResult('queries', {
    measuredAt: new Date().toISOString(),
    counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v.roundTrips])),
  });
  console.log(`\nwritten to ${file}`);
}

await main();
