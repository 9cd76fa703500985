/**
 * The one database module: opens Prisma over the embedded PGlite (no
 * DATABASE_URL) or a PostgreSQL server, applies migrations and closes cleanly.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Config } from '../config.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { observePool } from '../metrics.js';
import { lockDataDir } from './data-dir-lock.js';
import { applyPendingMigrations } from './migrations.js';
import { emptyCluster } from './pglite-cluster.js';

export type { PrismaClient };

export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: 'pglite' | 'postgres';
  /** Applies pending migrations; returns the names applied (none when up to date). */
  migrate(): Promise<string[]>;
  /** True when a trivial query succeeds. */
  ping(): Promise<boolean>;
  /**
   * A trivial query that gives up after `timeoutMs` and leaves nothing behind
   * (no pooled connection waits on an answer that never comes); throws why it failed.
   */
  probe(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
  /**
   * Embedded PGlite only: a database in a schema of its own on the same PGlite
   * (the schema is created here; migrate() fills it), so a second app in the process (the sandbox)
   * keeps its rows apart without a second embedded server's memory. Closing it
   * leaves the PGlite open.
   */
  inSchema?(schema: string): Promise<Database>;
  /**
   * Embedded PGlite only, on the database the app opens (not on inSchema's): VACUUM of every schema, with ANALYZE
   * (fresh planner statistics) when asked. PGlite runs
   * PostgreSQL in single-user mode, where autovacuum never runs, so every updated row leaves a dead
   * version and index entries that stay for good: queries walk them (the planner's due people, after a
   * first look had set everybody's next instant, read 1,500 pages for no row) and tables only grow.
   */
  vacuum?(options: { analyze: boolean }): Promise<void>;
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
    return openPgliteDatabase(await openPglite(config.database.dataDir), {
      closeClient: true,
      onClose: () => lock.release(),
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(dataDir: string): Promise<PGlite> {
  const dir = path.resolve(dataDir, 'pglite');
  // Present while a new folder is being filled (the shipped cluster unpacked, or initdb): a first start that died
  // there left a partial cluster, which would never start, and no data yet, so the folder is filled again.
  const filling = path.resolve(dataDir, 'pglite.filling');
  if (existsSync(filling)) await rm(dir, { recursive: true, force: true });
  const isNew = !existsSync(path.join(dir, 'PG_VERSION'));
  await mkdir(dir, { recursive: true });
  if (isNew) await writeFile(filling, '');
  // The embedded database serves one small team (PostgreSQL is for scale): 32 MB of shared buffers instead of
  // PGlite's 160 MB keeps about 100 MB less resident, and still holds such a team's working set.
  const pglite = await PGlite.create(dir, {
    loadDataDir: isNew ? await emptyCluster() : undefined,
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
  });
  if (isNew) await rm(filling, { force: true });
  return pglite;
}

/** The part of PGlite that the Prisma adapter and this module use. */
type PgliteSession = Pick<PGlite, 'query' | 'exec' | 'transaction'>;

/**
 * Several Prisma clients on one PGlite, each in its own schema. PGlite is one
 * session, so the search_path is switched before a client's statement when the
 * last one came from another schema; statements (and whole transactions) run
 * one at a time in arrival order, as PGlite runs them anyway. Unqualified names
 * (raw SQL, the migrations' triggers and functions) resolve in the right schema.
 */
class SchemaSwitch {
  private current = 'public'; // PGlite starts with search_path=public
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  run<T>(schema: string, work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      if (this.current !== schema) {
        await this.pglite.exec(`SET search_path TO ${quoteIdentifier(schema)}`);
        this.current = schema;
      }
      return work();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  session(schema: string): PgliteSession {
    const pglite = this.pglite;
    return {
      query: ((...args: Parameters<PGlite['query']>) =>
        this.run(schema, () => pglite.query(...args))) as PGlite['query'],
      exec: (...args: Parameters<PGlite['exec']>) => this.run(schema, () => pglite.exec(...args)),
      transaction: ((callback: Parameters<PGlite['transaction']>[0]) =>
        this.run(schema, () => pglite.transaction(callback))) as PGlite['transaction'],
    };
  }
}

/**
 * The PGlite adapter tells Prisma no schema name, and the migration engine then
 * looks for its own table in "public": say which schema this connection uses.
 */
function namingSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: string,
): SqlMigrationAwareDriverAdapterFactory {
  const named = async (connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const connection = await connecting;
    const info = connection.getConnectionInfo?.() ?? { supportsRelationJoins: true };
    return Object.assign(Object.create(connection) as SqlDriverAdapter, {
      getConnectionInfo: () => ({ ...info, schemaName: schema }),
    });
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => named(factory.connect()),
    connectToShadowDb: () => named(factory.connectToShadowDb()),
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function openPgliteDatabase(
  client: PGlite,
  { closeClient, onClose }: { closeClient: boolean; onClose?: () => void },
): Database {
  const switcher = new SchemaSwitch(client);
  const database = pgliteSchemaDatabase(switcher, 'public', async () => {
    if (closeClient) await client.close();
    onClose?.();
  });
  return {
    ...database,
    vacuum: ({ analyze }) =>
      switcher.run('public', () => client.exec(analyze ? 'VACUUM (ANALYZE)' : 'VACUUM')).then(() => {}),
  };
}

function pgliteSchemaDatabase(switcher: SchemaSwitch, schema: string, closeClient: () => Promise<void>): Database {
  const session = switcher.session(schema);
  // The adapter only calls query, exec and transaction (checked against pglite-prisma-adapter 0.7).
  const pgliteAdapter = new PrismaPGlite(session as PGlite);
  const adapter = schema === 'public' ? pgliteAdapter : namingSchema(pgliteAdapter, schema);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: 'pglite',
    migrate: () => applyPendingMigrations(adapter),
    ping: () =>
      prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      ),
    // In-process: the database cannot stop answering without the process itself stopping.
    probe: async () => {
      await session.query('SELECT 1');
    },
    async close() {
      await prisma.$disconnect();
      await closeClient();
    },
    async inSchema(other) {
      await switcher.run(schema, () => switcher.pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(other)}`));
      return pgliteSchemaDatabase(switcher, other, async () => undefined);
    },
  };
}

/**
 * Time limits on every connection, so a server that accepts connections and
 * never answers (a failover, a network partition) costs a request seconds, not
 * the process: Slack wants its ack in 3 s and the person an answer soon after.
 * A connection, a pool slot and a query each give up on their own; the server
 * cancels a statement before the client gives up on it, so a slow but live
 * server leaves the connection usable.
 */
export const POSTGRES_LIMITS = {
  /** TCP connect + authentication, and the wait for a free pooled connection. */
  connectionTimeoutMillis: 3_000,
  /** Client side: a query with no answer by then fails and its connection is destroyed. */
  queryTimeoutMillis: 5_000,
  /** Server side: a statement still running is cancelled (the connection stays usable). */
  statementTimeoutMillis: 4_000,
  /** Dead peers are found by TCP keepalive probes after this much idle time. */
  keepAliveInitialDelayMillis: 10_000,
  /** A transaction left open by a client that vanished releases its locks. */
  idleInTransactionTimeoutMillis: 30_000,
  /**
   * A pooled connection unused this long is closed. pg's default, 10 s, closed connections between bursts
   * of a steady load and opened them again during the next one, each a new PostgreSQL backend while
   * requests waited (at 100 requests a second: ack p99 2–5× the bare Bolt app's, 1.2–1.9× with this).
   */
  poolIdleTimeoutMillis: 300_000,
} as const;

function searchPathOption(schema: string | undefined): { options?: string } {
  if (!schema) return {};
  // libpq splits `options` on spaces; a backslash keeps a space (or backslash) inside the value.
  const quoted = `"${schema.replace(/"/g, '""')}"`.replace(/[\\ ]/g, (character) => `\\${character}`);
  return { options: `-c search_path=${quoted}` };
}

async function openPostgres(url: string): Promise<Database> {
  const { connectionString, schema } = splitSchema(url);
  const connectionConfig: pg.PoolConfig = {
    connectionString,
    ...searchPathOption(schema),
    connectionTimeoutMillis: POSTGRES_LIMITS.connectionTimeoutMillis,
    keepAlive: true,
    keepAliveInitialDelayMillis: POSTGRES_LIMITS.keepAliveInitialDelayMillis,
  };
  const poolConfig: pg.PoolConfig = {
    ...connectionConfig,
    query_timeout: POSTGRES_LIMITS.queryTimeoutMillis,
    statement_timeout: POSTGRES_LIMITS.statementTimeoutMillis,
    idle_in_transaction_session_timeout: POSTGRES_LIMITS.idleInTransactionTimeoutMillis,
    idleTimeoutMillis: POSTGRES_LIMITS.poolIdleTimeoutMillis,
  };
  const adapterOptions = schema ? { schema } : undefined;
  // We own the pools and end them on close: idle pooled clients would
  // otherwise keep the process alive (for up to poolIdleTimeoutMillis).
  const pool = new pg.Pool(poolConfig);
  dropConnectionsThatStopAnswering(pool);
  observePool(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, adapterOptions) });
  return {
    prisma,
    kind: 'postgres',
    // Migrations may run long and wait for another replica's lock: no query time limit, only the connection's.
    migrate: () => migrateWithLock(connectionConfig, schema, adapterOptions),
    ping: () =>
      prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      ),
    probe: async (timeoutMs) => {
      // pool.query destroys the connection of a query that timed out, so a probe never pins one.
      const probeQuery: pg.QueryConfig & { query_timeout: number } = { text: 'SELECT 1', query_timeout: timeoutMs };
      await withDeadline(pool.query(probeQuery), timeoutMs, 'the database');
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * pg leaves a query that timed out on its connection (the answer may still
 * come), and Prisma hands a transaction's connection back to the pool without
 * an error even after one of its queries timed out: the next user would queue
 * behind a query that never ends, and a long outage would leave every pooled
 * connection stuck after the server is back. A connection whose query timed
 * out is closed at once instead (pg destroys the socket when a query is
 * outstanding), and one returned with a query still outstanding is not reused.
 */
function dropConnectionsThatStopAnswering(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    // A connection closed here leaves the pool (and its error listener) at once, yet the server may still say
    // "terminating connection" before the socket closes: without a listener that error would end the process.
    client.on('error', () => {});
    const query = client.query.bind(client);
    const guarded = (...args: Parameters<typeof query>): ReturnType<typeof query> => {
      const result: unknown = Reflect.apply(query, client, args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === 'Query read timeout') void client.end().catch(() => {});
        });
      }
      return result as ReturnType<typeof query>;
    };
    client.query = guarded as typeof client.query;
  });
  // An idle connection the server ended (a restart, pg_terminate_backend) is dropped by the pool, which then
  // emits 'error': without a listener that would end the process. The next query opens a new connection.
  pool.on('error', () => {});
  pool.on('release', (error, client) => {
    if (!error && Reflect.get(client, '_activeQuery')) void client.end().catch(() => {});
  });
}

async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
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
