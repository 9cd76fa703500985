/**
 * The one database module: opens Prisma over the embedded PGlite (no
 * DATABASE_URL) or a PostgreSQL server, applies migrations and closes cleanly.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Config } from '../config.js';
import { observePool } from '../metrics.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir } from './data-dir-lock.js';
import { applyPendingMigrations } from './migrations.js';

export type { PrismaClient };

export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: 'pglite' | 'postgres';
  /** Applies pending migrations; returns the names applied (none when up to date). */
  migrate(): Promise<string[]>;
  /** True when a trivial query succeeds. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same in every process of the app.
const MIGRATION_LOCK_ID = 727_001;

/** Splits Prisma's `?schema=` convention off a PostgreSQL URL. */
export function splitSchema(url: string): { connectionString: string; schema: string | undefined } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

export async function openDatabase(config: Config, options: { pglite?: PGlite } = {}): Promise<Database> {
  if (config.database.kind === 'postgres') return openPostgres(config.database.url);
  if (options.pglite) return openPgliteDatabase(options.pglite, { closeClient: false });
  // Before PGlite touches the folder: a second process must not open it (its writes or ours would be lost).
  const lock = lockDataDir(config.database.dataDir);
  try {
    return openPgliteDatabase(await openPglite(config.database.dataDir), { closeClient: true, onClose: () => lock.release() });
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(dataDir: string): Promise<PGlite> {
  const dir = path.resolve(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return PGlite.create(dir);
}

export function openPgliteDatabase(client: PGlite, { closeClient, onClose }: { closeClient: boolean; onClose?: () => void }): Database {
  const adapter = new PrismaPGlite(client);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: 'pglite',
    migrate: () => applyPendingMigrations(adapter),
    ping: () => prisma.$queryRaw`SELECT 1`.then(() => true, () => false),
    async close() {
      await prisma.$disconnect();
      if (closeClient) await client.close();
      onClose?.();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { connectionString, schema } = splitSchema(url);
  const poolConfig: pg.PoolConfig = {
    connectionString,
    ...(schema ? { options: `-c search_path="${schema.replace(/"/g, '""')}"` } : {}),
  };
  const adapterOptions = schema ? { schema } : undefined;
  // We own the pools and end them on close: idle pooled clients would
  // otherwise keep the process alive (pg's idle timeout is 10 s).
  const pool = new pg.Pool(poolConfig);
  observePool(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, adapterOptions) });
  return {
    prisma,
    kind: 'postgres',
    migrate: () => migrateWithLock(poolConfig, schema, adapterOptions),
    ping: () => prisma.$queryRaw`SELECT 1`.then(() => true, () => false),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Several replicas may start at once: a session-level advisory lock makes the
 * others wait, then find nothing left to apply.
 */
async function migrateWithLock(
  poolConfig: pg.PoolConfig,
  schema: string | undefined,
  adapterOptions: { schema: string } | undefined,
): Promise<string[]> {
  const lockClient = new pg.Client(poolConfig);
  const pool = new pg.Pool(poolConfig);
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      // Under the lock: CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent one (duplicate key in pg_namespace).
      if (schema) await lockClient.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
      return await applyPendingMigrations(new PrismaPg(pool, adapterOptions));
    } finally {
      await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await lockClient.end();
    await pool.end();
  }
}
