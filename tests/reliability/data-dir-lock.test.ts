/**
 * One process per embedded database folder: two processes on one DATA_DIR
 * would each acknowledge writes and lose the other's. The second `npm start`
 * (and db:migrate, framework:load, tokens:reseal) refuses with one line; the
 * lock goes with a clean stop and is taken over after a crash.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPgliteDatabase } from '../../src/db/client.js';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from '../../src/db/data-dir-lock.js';
import { type AppProcess, kill, startAppProcess } from '../production/support/process.js';
import { useTempDir } from '../support/temp-dir.js';

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' };
const HTTP_ENV = {
  SLACK_SIGNING_SECRET: 'lock-test-secret',
  SLACK_BOT_TOKEN: 'xoxb-lock-test',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  SCHEDULER_ENABLED: 'false',
};
const OAUTH_ENV = {
  SLACK_SIGNING_SECRET: 'lock-test-secret',
  SLACK_CLIENT_ID: '1.2',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret',
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...BASE_ENV, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** A pid that was just used and is now free. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

describe('the data folder lock', () => {
  const root = useTempDir('pathway-lock-');

  it('refuses a second holder, in this process or another, and is free again once released', async () => {
    const dir = path.join(root(), 'plain');
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`Another Pathway process (pid ${process.pid}`);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that is gone, or half-written, or by an earlier process with our pid', async () => {
    const dir = path.join(root(), 'stale');
    const file = path.join(dir, LOCK_FILE_NAME);
    lockDataDir(dir).release();
    for (const left of [
      JSON.stringify({
        pid: await deadPid(),
        host: (await import('node:os')).hostname(),
        startedAt: '2026-01-01T00:00:00.000Z',
      }),
      '{"pid":',
      // A container restarts the app as pid 1 again: the old lock names our own pid.
      JSON.stringify({
        pid: process.pid,
        host: (await import('node:os')).hostname(),
        startedAt: '2026-01-01T00:00:00.000Z',
      }),
    ]) {
      await writeFile(file, left);
      const lock = lockDataDir(dir);
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
    }
  });

  it('keeps a lock whose holder runs on another host (a shared volume): it cannot tell that one is gone', async () => {
    const dir = path.join(root(), 'shared');
    await rm(dir, { recursive: true, force: true });
    lockDataDir(dir).release();
    await writeFile(
      path.join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: 1, host: 'another-host', startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    expect(() => lockDataDir(dir)).toThrow(/pid 1 on another-host/);
  });
});

describe('two processes on one DATA_DIR', () => {
  let dataDir: string;
  let first: AppProcess | undefined;
  let second: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'pathway-lock-app-')), 'data');
    // The suite's migrated snapshot instead of initdb.
    const snapshot = await readFile(inject('pgliteSnapshot'));
    await mkdir(dataDir, { recursive: true });
    await openPgliteDatabase(
      await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([snapshot]) }),
      { closeClient: true },
    ).close();
  });
  afterAll(async () => {
    await kill(first);
    await kill(second);
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('the second npm start and the scripts refuse with one line; a crash leaves a lock the next start takes over; a clean stop removes it', async () => {
    first = await startAppProcess({ DATA_DIR: dataDir, ...HTTP_ENV });
    await first.waitFor('Pathway is listening', 90_000);
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: first.child.pid });

    second = await startAppProcess({ DATA_DIR: dataDir, ...HTTP_ENV });
    expect(await second.exited).toBe(1);
    const refusal = second.output().trim().split('\n');
    expect(refusal).toHaveLength(1);
    expect(refusal[0]).toMatch(
      new RegExp(
        `^Pathway failed to start: Another Pathway process \\(pid ${first.child.pid}, since .*\\) is using the embedded database in ${dataDir.replace(/[/\\.]/g, '\\$&')}: stop it first`,
      ),
    );

    const frameworkFile = path.join(path.dirname(dataDir), 'framework.yaml');
    await copyFile('frameworks/learning-and-development.yaml', frameworkFile);
    const scripts = await Promise.all([
      run('scripts/migrate.ts', ['deploy'], { DATA_DIR: dataDir }),
      run('scripts/load-framework.ts', [frameworkFile, '--team', 'T0LOCKED1'], { DATA_DIR: dataDir }),
      run('scripts/reseal-tokens.ts', [], { DATA_DIR: dataDir, ...OAUTH_ENV }),
    ]);
    for (const script of scripts) {
      expect(script.code).toBe(1);
      expect(script.output).toContain(`Another Pathway process (pid ${first.child.pid}`);
      expect(script.output.trim().split('\n')).toHaveLength(1);
    }
    // The first process still serves.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    // A crash leaves the lock behind; the next start takes it over.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(lockFile)).toBe(true);
    second = await startAppProcess({ DATA_DIR: dataDir, ...HTTP_ENV });
    await second.waitFor('Pathway is listening', 90_000);
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: second.child.pid });

    second.child.kill('SIGTERM');
    const code = await second.exited;
    expect(code, second.output()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 240_000);
});
