/**
 * Migrations with Prisma's wasm schema engine: the CLI's migrate commands need a
 * native engine download, which is not possible offline. The engine writes the
 * standard `_prisma_migrations` table, so `prisma migrate deploy` stays
 * interchangeable with what runs here.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { packageFolder } from '../package-dir.js';

const prismaDir = packageFolder('prisma');
export const schemaPath = path.join(prismaDir, 'schema.prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');
const lockfile = { path: 'migration_lock.toml', content: 'provider = "postgresql"' };
const noFilters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

/** The part of the WebAssembly global used here (TypeScript's lib for Node has no declaration of it). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: { __wbindgen_start(): void } & Record<string, unknown> } }>;
}

/**
 * The engine arms a 10 s timer around its migration lock and never clears it,
 * which kept `npm run db:migrate` alive 10 s after finishing. Its timers are
 * only timeouts, so they need not hold the process open.
 */
function withUnrefTimers(bindings: object): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...bindings };
  for (const name of Object.keys(imports)) {
    if (!name.startsWith('__wbg_setTimeout_')) continue;
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

function wasmApi(): WasmApi {
  return (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
}

/** Instantiates the engine's wasm module once per process. */
function initWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The package exports only its JS entry points; the .wasm sits beside them.
    const require = createRequire(import.meta.url);
    const wasmFile = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await wasmApi().instantiate(await readFile(wasmFile), {
      './schema_engine_bg.js': withUnrefTimers(engineBindings),
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
  })();
  return wasmReady;
}

interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections: the engine's session-level
   * migration lock would otherwise stay held and stall the next run for 10 s. */
  close(): Promise<void>;
}

async function openEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void,
): Promise<OpenEngine> {
  await initWasm();
  const schema = await readFile(schemaPath, 'utf8');
  const connections: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const connection = await adapterFactory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await adapterFactory.connectToShadowDb();
      connections.push(connection);
      return connection;
    },
  };
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose()));
    },
  };
}

/** Reads prisma/migrations/ in the shape the engine expects. */
export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (sql) => ({ tag: 'ok' as const, value: sql }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return { baseDir: dir, lockfile, shadowDbInitScript: '', migrationDirectories };
}

/**
 * True when `_prisma_migrations` records every migration folder as finished and
 * none as failed or rolled back (anything else, or no such table yet, is the
 * engine's to handle).
 */
async function allApplied(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  list: MigrationList,
): Promise<boolean> {
  const connection = await adapterFactory.connect();
  try {
    const result = await connection.queryRaw({
      sql: 'SELECT "migration_name", "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL AS "done" FROM "_prisma_migrations"',
      args: [],
      argTypes: [],
    });
    const done = new Set(result.rows.filter((row) => row[1] === true).map((row) => String(row[0])));
    const unfinished = result.rows.some((row) => row[1] !== true);
    return !unfinished && list.migrationDirectories.every((migration) => done.has(migration.path));
  } catch {
    return false; // a new database: no table yet
  } finally {
    await connection.dispose();
  }
}

/**
 * Applies the migrations that the database has not seen yet and returns their
 * names. Running it again applies nothing.
 */
export async function applyPendingMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<string[]> {
  const migrationsList = await readMigrationList();
  // The engine's wasm stays loaded for the life of the process (well over 100 MB): on the usual start,
  // with every migration applied, a look at its table answers without it.
  if (await allApplied(adapterFactory, migrationsList)) return [];
  const { engine, close } = await openEngine(adapterFactory, log);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
 * takes the existing migrations to the current schema. The diff is computed on
 * a throwaway in-memory PGlite, so no database server is needed.
 */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const shadow = new PGlite();
  const { engine, close } = await openEngine(new PrismaPGlite(shadow), () => {});
  try {
    const schema = await readFile(schemaPath, 'utf8');
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrationList()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = typeof result.stdout === 'string' ? result.stdout : '';
    if (sql.trim() === '' || /^-- This is an empty migration/.test(sql.trim())) return null;
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'migration.sql'), sql);
    await writeFile(path.join(migrationsDir, lockfile.path), `${lockfile.content}\n`);
    return folder;
  } finally {
    await close();
    await shadow.close();
  }
}
