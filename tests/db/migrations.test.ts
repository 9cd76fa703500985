import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../../src/db/client.js';
import { createMigration, readMigrationList } from '../../src/db/migrations.js';
import {
  dropSchema,
  openPostgresTestDatabase,
  POSTGRES_URL,
  postgresReachable,
  uniqueSchemaName,
} from '../support/db.js';

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
    // Every migration on a fresh PGlite: seconds on a quiet machine, more on a busy one.
  }, 120_000);

  it('counts goals reached before moves needed confirming as confirmed on the day they ended', async () => {
    const pglite = await PGlite.create();
    try {
      const migrations = (await readMigrationList()).migrationDirectories;
      const sqlOf = (dir: (typeof migrations)[number]) =>
        dir.migrationFile.content.tag === 'ok' ? dir.migrationFile.content.value : '';
      const confirmations = migrations.findIndex((dir) => dir.path.endsWith('_evidence_suggestions_goal_confirmation'));
      expect(confirmations).toBeGreaterThan(0);
      for (const dir of migrations.slice(0, confirmations)) await pglite.exec(sqlOf(dir));
      await pglite.exec(`
        INSERT INTO "Workspace" (id, "slackTeamId", "updatedAt") VALUES ('w', 'T1', now());
        INSERT INTO "Person" (id, "workspaceId", "slackUserId", "updatedAt") VALUES ('p', 'w', 'U1', now());
        INSERT INTO "FrameworkVersion" (id, "workspaceId", version, name, source, definition) VALUES ('f', 'w', 1, 'f', '', '{}');
        INSERT INTO "Pathway" (id, "personId", "frameworkVersionId", "fromRoleKey", "goalRoleKey", "moveKind", "targetDate", status, "endedAt", "updatedAt") VALUES
          ('reached', 'p', 'f', 'a', 'b', 'ladder', '2026-12-31', 'reached', '2026-06-01 10:00', now()),
          ('changed', 'p', 'f', 'a', 'c', 'ladder', '2026-12-31', 'changed', '2026-07-01 10:00', now()),
          ('active', 'p', 'f', 'a', 'd', 'ladder', '2026-12-31', 'active', NULL, now());`);
      await pglite.exec(sqlOf(migrations[confirmations]!));
      const rows = await pglite.query<{ id: string; confirmed: string | null }>(
        `SELECT id, "goalConfirmedAt"::text AS confirmed FROM "Pathway" ORDER BY id`,
      );
      expect(rows.rows).toEqual([
        { id: 'active', confirmed: null },
        { id: 'changed', confirmed: null },
        { id: 'reached', confirmed: '2026-06-01 10:00:00' },
      ]);
    } finally {
      await pglite.close();
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
      const rows = await test.db.prisma.$queryRaw<
        { migration_name: string; checksum: string; finished_at: Date | null }[]
      >`
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
      const result = await client.query(
        `SELECT migration_name, count(*)::int AS n FROM "${schema}"._prisma_migrations GROUP BY 1 ORDER BY 1`,
      );
      expect(result.rows).toEqual((await migrationNames()).map((name) => ({ migration_name: name, n: 1 })));
    } finally {
      await client.end();
    }
  }, 60_000);
});
