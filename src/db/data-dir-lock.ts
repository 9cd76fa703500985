/**
 * One process per embedded database folder. PGlite has no lock of its own: two
 * processes on one DATA_DIR both start, both acknowledge writes, and the writes
 * of one are lost when the other saves. `npm start`, `db:migrate`,
 * `framework:load` and `tokens:reseal` all open the folder through
 * openDatabase, which takes this lock first.
 *
 * The lock is a file created exclusively (O_EXCL), holding the owner's pid and
 * host, removed when the database is closed or the process exits. A lock left
 * by a process that crashed (its pid is gone on this host) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE_NAME = 'pathway.lock';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

const lockContents = z.object({ pid: z.number().int().positive(), host: z.string(), startedAt: z.string() });
type LockContents = z.infer<typeof lockContents>;

/** Lock files this process holds (a second open of the same folder in one process is refused too). */
const held = new Set<string>();
let exitHookInstalled = false;

function removeHeldLocks(): void {
  for (const file of held) removeIfOurs(file);
  held.clear();
}

function removeIfOurs(file: string): void {
  try {
    if (readHolder(file)?.pid === process.pid) unlinkSync(file);
  } catch {
    // Already gone, or the folder was removed: nothing to release.
  }
}

function readHolder(file: string): LockContents | undefined {
  try {
    const parsed = lockContents.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(holder: LockContents, file: string): boolean {
  // Another host (a shared volume): its processes cannot be seen from here, so the lock stands.
  if (holder.host !== hostname()) return true;
  // Our own pid: held by this process, or left by an earlier one that had the same pid (pid 1 in a container).
  if (holder.pid === process.pid) return held.has(file);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedMessage(dataDir: string, holder: LockContents, file: string): string {
  const who = `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.startedAt}`;
  return (
    `Another Pathway process (${who}) is using the embedded database in ${path.resolve(dataDir)}: stop it first ` +
    `(only one process may open the folder; set DATABASE_URL to share a PostgreSQL server), or delete ${file} if that process is gone.`
  );
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/** Takes the folder's lock or throws DataDirLockedError with one line saying who holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.resolve(dataDir, LOCK_FILE_NAME);
  const contents: LockContents = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && isRunning(holder, file)) throw new DataDirLockedError(lockedMessage(dataDir, holder, file));
      // Left by a process that is gone (or half-written by one that crashed while writing it): take it over.
      try {
        unlinkSync(file);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(contents));
    } finally {
      closeSync(fd);
    }
    held.add(file);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', removeHeldLocks);
    }
    return {
      file,
      release() {
        if (!held.delete(file)) return;
        removeIfOurs(file);
      },
    };
  }
  throw new DataDirLockedError(
    `Could not take the lock ${file}: another process keeps taking it. Stop the other Pathway processes using ${path.resolve(dataDir)}.`,
  );
}
