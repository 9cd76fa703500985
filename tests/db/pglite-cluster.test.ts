import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { readMigrationList } from '../../src/db/migrations.js';
import { clusterFile, pgliteVersion } from '../../src/db/pglite-cluster.js';
import { useTempDir } from '../support/temp-dir.js';

async function systemIdentifier(db: Database): Promise<string> {
  const rows = await db.prisma.$queryRaw<
    { id: string }[]
  >`SELECT system_identifier::text AS id FROM pg_control_system()`;
  return rows[0]!.id;
}

describe('a new embedded database folder', () => {
  const tempDir = useTempDir('pathway-cluster-');

  it('ships an empty cluster for the installed PGlite (run npm run db:pglite-cluster after upgrading it)', async () => {
    expect(existsSync(clusterFile(await pgliteVersion()))).toBe(true);
  });

  it('starts from the shipped cluster instead of running initdb, migrates, and opens again', async () => {
    const names = (await readMigrationList()).migrationDirectories.map((dir) => dir.path);
    const identifiers: string[] = [];
    for (const folder of ['first', 'second']) {
      const config = loadConfig({ DATA_DIR: path.join(tempDir(), folder) });
      const db = await openDatabase(config);
      try {
        identifiers.push(await systemIdentifier(db));
        expect(await db.migrate()).toEqual(names);
      } finally {
        await db.close();
      }
    }
    // initdb draws a new identifier for every cluster: two folders sharing one started from the same copy.
    expect(identifiers[1]).toBe(identifiers[0]);

    const reopened = await openDatabase(loadConfig({ DATA_DIR: path.join(tempDir(), 'first') }));
    try {
      expect(await systemIdentifier(reopened)).toBe(identifiers[0]);
      expect(await reopened.migrate()).toEqual([]);
    } finally {
      await reopened.close();
    }
  }, 180_000);

  it('fills a folder again when the first start died while filling it', async () => {
    const dataDir = path.join(tempDir(), 'interrupted');
    // What a first start killed mid-unpack leaves: the marker, and a cluster with PG_VERSION but little else.
    await mkdir(path.join(dataDir, 'pglite', 'base'), { recursive: true });
    await writeFile(path.join(dataDir, 'pglite', 'PG_VERSION'), '17\n');
    await writeFile(path.join(dataDir, 'pglite.filling'), '');
    const db = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
    try {
      expect((await db.migrate()).length).toBeGreaterThan(0);
      expect(existsSync(path.join(dataDir, 'pglite.filling'))).toBe(false);
    } finally {
      await db.close();
    }
  }, 180_000);
});
