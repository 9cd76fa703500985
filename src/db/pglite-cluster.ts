/**
 * A new embedded database starts from a copy of an empty cluster that PGlite's
 * initdb made once (prisma/pglite/cluster-<PGlite version>.tar.gz) instead of
 * running initdb in the process. PGlite's initdb starts a second PostgreSQL and
 * copies its whole memory: a bare process reaches about 760 MB and keeps some
 * 400 MB of that as garbage until V8 collects it when idle, 30 to 50 s later.
 * Loading the copy peaks below 400 MB. After a PGlite upgrade,
 * `npm run db:pglite-cluster` writes the copy for the new version; until then a
 * new folder runs initdb as before.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { z } from 'zod';
import { packageFolder } from '../package-dir.js';

export const clusterDir = path.join(packageFolder('prisma'), 'pglite');

/** The installed PGlite's version (its package exports no package.json, so it is read beside its entry point). */
export async function pgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(manifest)).version;
}

export function clusterFile(version: string): string {
  return path.join(clusterDir, `cluster-${version}.tar.gz`);
}

/**
 * The empty cluster to load into a new data folder, or undefined when no copy
 * matches the installed PGlite (PGlite then runs initdb).
 */
export async function emptyCluster(): Promise<Blob | undefined> {
  const file = clusterFile(await pgliteVersion());
  if (!existsSync(file)) return undefined;
  return new Blob([await readFile(file)]);
}

/** Runs initdb on an in-memory PGlite and writes its cluster for the installed version, replacing older ones. */
export async function writeEmptyCluster(): Promise<string> {
  const pglite = await PGlite.create();
  try {
    await pglite.exec('CHECKPOINT'); // everything initdb wrote is in the data files, not only in the WAL
    const tarball = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    const file = clusterFile(await pgliteVersion());
    await mkdir(clusterDir, { recursive: true });
    for (const name of await readdir(clusterDir).catch(() => [])) {
      if (/^cluster-.*\.tar\.gz$/.test(name)) await rm(path.join(clusterDir, name));
    }
    await writeFile(file, tarball);
    return file;
  } finally {
    await pglite.close();
  }
}
