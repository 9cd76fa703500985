/**
 * Test databases. PGlite opens from the migrated snapshot made in
 * global-setup.ts; PostgreSQL tests get a schema of their own on the local
 * server (127.0.0.1:5432), so runs and files never collide. When the server
 * cannot be reached those tests are skipped with a message saying so.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Config } from '../../src/config.js';
import { type Database, openDatabase, openPgliteDatabase } from '../../src/db/client.js';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    slack: { kind: 'http', signingSecret: 'test-signing-secret', botToken: 'xoxb-test-token' },
    slackApiUrl: 'https://slack.invalid/api/',
    database: { kind: 'pglite', dataDir: './data' },
    port: 0,
    defaultTimeZone: 'Europe/London',
    logLevel: 'silent',
    logFormat: 'json',
    metricsPort: undefined,
    adminUserIds: [],
    // Off unless a test turns it on, so no background sender races a test's own outbox checks.
    scheduler: { enabled: false, tick: '* * * * *', workspaceRatePerSecond: 50 },
    ...overrides,
  };
}

export async function openPgliteTestDatabase(): Promise<Database> {
  const snapshot = await readFile(inject('pgliteSnapshot'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([snapshot]) });
  return openPgliteDatabase(pglite, { closeClient: true });
}

let reachable: Promise<boolean> | undefined;

/** Whether the local PostgreSQL answers; checked once per test file. */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      console.warn(
        `PostgreSQL at ${POSTGRES_URL} is not reachable (${(error as Error).message}); its tests are skipped. Start it with: pg_ctlcluster 15 main start`,
      );
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

export function uniqueSchemaName(prefix = 't'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export interface PostgresTestDatabase {
  db: Database;
  url: string;
  schema: string;
  /** Closes the database and drops the schema. */
  drop(): Promise<void>;
}

/** A migrated database in a schema of its own on the local PostgreSQL server. */
export async function openPostgresTestDatabase(schema = uniqueSchemaName()): Promise<PostgresTestDatabase> {
  const url = `${POSTGRES_URL}?schema=${schema}`;
  const db = await openDatabase(testConfig({ database: { kind: 'postgres', url } }));
  await db.migrate();
  return {
    db,
    url,
    schema,
    async drop() {
      await db.close();
      await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Deletes every row of every application table (not the migrations table) in one statement. DELETE
 * rather than TRUNCATE: a test leaves a few rows in a few tables, and TRUNCATE gives each of the
 * tables new files, about ten times the cost on PGlite (≈200 ms of CPU against ≈20 ms), paid before
 * every test. A table still referenced by rows of another (a RESTRICT key) is retried once those are gone.
 * No table has a sequence, so there is no identity to restart.
 */
const EMPTY_TABLES = `DO $$
DECLARE
  remaining text[] := ARRAY(
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations');
  referenced text[];
  name text;
BEGIN
  WHILE cardinality(remaining) > 0 LOOP
    referenced := '{}';
    FOREACH name IN ARRAY remaining LOOP
      BEGIN
        EXECUTE format('DELETE FROM %I', name);
      EXCEPTION WHEN foreign_key_violation THEN
        referenced := referenced || name;
      END;
    END LOOP;
    IF cardinality(referenced) = cardinality(remaining) THEN
      RAISE EXCEPTION 'cannot empty %: each is referenced by another', referenced;
    END IF;
    remaining := referenced;
  END LOOP;
END $$`;

/** Empties every application table between tests (keeps the migrations table). */
export async function resetDatabase(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(EMPTY_TABLES);
}

export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  available: boolean;
  /** Opens a migrated, empty database; `close` also removes it. */
  open(): Promise<{ db: Database; close(): Promise<void> }>;
}

export const PGLITE_BACKEND: Backend = {
  name: 'PGlite',
  available: true,
  open: async () => {
    const db = await openPgliteTestDatabase();
    return { db, close: () => db.close() };
  },
};

/** Both databases the app supports; PostgreSQL is unavailable (and its tests skipped) when the server is down. */
export async function backends(): Promise<Backend[]> {
  return [
    PGLITE_BACKEND,
    {
      name: 'PostgreSQL',
      available: await postgresReachable(),
      open: async () => {
        const test = await openPostgresTestDatabase();
        return { db: test.db, close: () => test.drop() };
      },
    },
  ];
}

/**
 * Opens a database for the enclosing describe block (on `backend`, PGlite unless given) and closes it
 * afterwards (a PostgreSQL schema is dropped). Returns a getter to call inside tests and hooks.
 */
export function useTestDatabase(backend: Backend = PGLITE_BACKEND): () => Database {
  let opened: { db: Database; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    opened = await backend.open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error('the test database is not open (useTestDatabase registers beforeAll)');
    return opened.db;
  };
}
