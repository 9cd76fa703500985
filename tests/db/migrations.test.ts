import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../../src/db/client.js';
import { createMigration, readMigrationList } from '../../src/db/migrations.js';
import { POSTGRES_URL, dropSchema, openPostgresTestDatabase, postgresReachable, uniqueSchemaName } from '../support/db.js';

const run = promisify(execFile);
const postgres = await postgresReachable();

async function migrationNames(): Promise<string[]> {
  return (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
}

describe('migrations on PGlite', () => {
  it('applies every migration to a new database, then nothing the second time', async () => {
    const db = openPgliteDatabase(await PGlite.create(), { closeClient: true });
    try {
      expect(await db.migrate()).toEqual(await migrationNames());
      expect(await db.migrate()).toEqual([]);
      const tables = await db.prisma.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) FROM information_schema.tables WHERE table_name IN ('Person', 'Pathway', 'Milestone', 'CheckIn', 'OutboxMessage')`;
      expect(Number(tables[0]?.count)).toBe(5);
    } finally {
      await db.close();
    }
  });

  it('has a migration for every change in prisma/schema.prisma', async () => {
    // Diffing the migrations against the schema must find nothing to add.
    expect(await createMigration('should_not_be_written')).toBeNull();
  });
});

describe.runIf(postgres)('migrations on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it('writes the standard _prisma_migrations table and applies nothing twice', async () => {
    const test = await openPostgresTestDatabase();
    schemas.push(test.schema);
    try {
      expect(await test.db.migrate()).toEqual([]);
      const rows = await test.db.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
        SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
      expect(rows.map((row) => row.migration_name)).toEqual(await migrationNames());
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      await test.db.close();
    }
  });

  it('applies once when two processes migrate the same database at the same time', async () => {
    const schema = uniqueSchemaName('concurrent');
    schemas.push(schema);
    const env = { ...process.env, DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`, LOG_LEVEL: 'silent' };
    const deploy = () => run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', 'deploy'], { env });
    const outputs = await Promise.all([deploy(), deploy()]);
    const applied = outputs.filter((output) => output.stdout.includes('Applied'));
    expect(applied).toHaveLength(1);
    expect(outputs.filter((output) => output.stdout.includes('up to date'))).toHaveLength(1);

    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      const result = await client.query(`SELECT migration_name, count(*)::int AS n FROM "${schema}"._prisma_migrations GROUP BY 1 ORDER BY 1`);
      expect(result.rows).toEqual((await migrationNames()).map((name) => ({ migration_name: name, n: 1 })));
    } finally {
      await client.end();
    }
  }, 60_000);
});
