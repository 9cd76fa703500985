/**
 * Runs once before the suite: builds a migrated PGlite data directory and
 * saves it as a tarball, so each test file opens a ready database in under a
 * second instead of running initdb (5–6 s) and the migrations again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openPgliteDatabase } from '../../src/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pathway-test-'));
  const pglite = await PGlite.create();
  const db = openPgliteDatabase(pglite, { closeClient: true });
  await db.migrate();
  const snapshot = path.join(dir, 'migrated.tar');
  await writeFile(snapshot, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  project.provide('pgliteSnapshot', snapshot);
  return () => rm(dir, { recursive: true, force: true });
}
