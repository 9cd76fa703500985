/**
 * `npm run framework:load` as an operator runs it: a real process against the
 * database the app uses (a PostgreSQL schema of its own, or an embedded
 * database in a temporary DATA_DIR when the server is not running).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase, openPgliteDatabase } from '../../src/db/client.js';
import { ensureMember } from '../../src/services/people.js';
import { openPostgresTestDatabase, postgresReachable, resetDatabase, testConfig } from '../support/db.js';
import { createActivePathway, frameworkVariant, renameRole } from '../support/framework-variants.js';

const TEAM = 'T0CLI';

interface Target {
  name: string;
  env: Record<string, string>;
  /** A connection for the test; the embedded database allows one process at a time, so close it before running the CLI. */
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

async function postgresTarget(): Promise<Target> {
  const test = await openPostgresTestDatabase();
  await test.db.close();
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: test.url },
    open: () => openDatabase(testConfig({ database: { kind: 'postgres', url: test.url } })),
    cleanup: async () => {
      const db = await openDatabase(testConfig({ database: { kind: 'postgres', url: test.url } }));
      await db.close();
      const { dropSchema } = await import('../support/db.js');
      await dropSchema(test.schema);
    },
  };
}

async function pgliteTarget(): Promise<Target> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pathway-cli-'));
  const dataDir = path.join(dir, 'data');
  // Start from the suite's migrated snapshot instead of running initdb again.
  const snapshot = await readFile(inject('pgliteSnapshot'));
  const seeded = openPgliteDatabase(await PGlite.create({ dataDir, loadDataDir: new Blob([snapshot]) }), {
    closeClient: true,
  });
  await seeded.close();
  return {
    name: 'PGlite',
    env: { DATA_DIR: dataDir },
    open: () => openDatabase(testConfig({ database: { kind: 'pglite', dataDir } })),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/load-framework.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run framework:load', () => {
  let target: Target;
  let dir: string;

  beforeAll(async () => {
    target = (await postgresReachable()) ? await postgresTarget() : await pgliteTarget();
    dir = await mkdtemp(path.join(tmpdir(), 'pathway-cli-files-'));
  });
  afterAll(async () => {
    await target?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  /** A workspace on version 1 with one person aiming at Senior Instructional Designer. */
  async function seed(): Promise<{ personId: string; pathwayId: string }> {
    const db = await target.open();
    try {
      await resetDatabase(db);
      const { person, workspace } = await ensureMember(db.prisma, { teamId: TEAM, userId: 'U0ALICE' });
      const pathway = await createActivePathway(db.prisma, {
        personId: person.id,
        frameworkVersionId: workspace.activeFrameworkId!,
        from: 'instructional-designer',
        goal: 'senior-instructional-designer',
      });
      return { personId: person.id, pathwayId: pathway.id };
    } finally {
      await db.close();
    }
  }

  async function state() {
    const db = await target.open();
    try {
      return {
        versions: await db.prisma.frameworkVersion.findMany({
          orderBy: { version: 'asc' },
          select: { id: true, version: true, loadedBy: true },
        }),
        active: (await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: TEAM } })).activeFrameworkId,
        pathways: await db.prisma.pathway.findMany(),
        outbox: await db.prisma.outboxMessage.findMany(),
        audit: await db.prisma.auditLog.findMany(),
      };
    } finally {
      await db.close();
    }
  }

  it('prints every problem of a bad file as "line N path: message", exits 1 and changes nothing', async () => {
    await seed();
    const before = await state();
    const file = path.join(dir, 'bad.yaml');
    await writeFile(
      file,
      'version: 2\nname: Broken\ntracks:\n  - key: eng\n    title: Eng\nstages:\n  - key: s1\n    track: nope\n',
    );
    const run = await runCli([file, '--team', TEAM], target.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([
      `${file}: 5 problem(s); nothing was changed.`,
      'line 1 version: Must be 1: the version of the framework file format this Pathway reads',
      'line 7 stages[0].order: Missing required field',
      'line 7 stages[0].title: Missing required field',
      'line 7 stages[0].focus: Missing required field',
      'line 7 stages[0].roles: Missing required field',
    ]);
    expect(await state()).toEqual(before);
  });

  it(`loads a good file as the next version, moves pathways along renamed roles, queues the DM and audits it`, async () => {
    const { personId, pathwayId } = await seed();
    const file = path.join(dir, 'ld-v2.yaml');
    await writeFile(
      file,
      frameworkVariant((framework) =>
        renameRole(framework, 'senior-instructional-designer', 'senior-learning-designer', 'Senior Learning Designer'),
      ),
    );
    const run = await runCli([file, '--team', TEAM], target.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Loaded "Learning & Development" as version 2 for ${TEAM} (was version 1).`);
    expect(run.stdout).toContain(
      'renamed: Senior Instructional Designer (senior-instructional-designer) -> Senior Learning Designer (senior-learning-designer)',
    );
    expect(run.stdout).toContain('Active pathways moved to version 2: 1;');
    expect(run.stdout).toContain('people to be told by DM: 1.');

    const after = await state();
    const v2 = after.versions.find((version) => version.version === 2)!;
    expect(v2.loadedBy).toBe('command line');
    expect(after.active).toBe(v2.id);
    expect(after.pathways.find((pathway) => pathway.id === pathwayId)).toMatchObject({
      goalRoleKey: 'senior-learning-designer',
      frameworkVersionId: v2.id,
    });
    expect(after.outbox.map((row) => row.dedupeKey)).toEqual([`framework-change:${v2.id}:${personId}`]);
    expect(after.audit).toEqual([
      expect.objectContaining({
        actorSlackUserId: null,
        action: 'framework.load',
        detail: expect.objectContaining({ via: 'cli', version: 2 }),
      }),
    ]);
  });

  it('explains how to call it when arguments are missing or wrong', async () => {
    const none = await runCli([], target.env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('give the framework file to load');
    expect(none.stderr).toContain('Usage: npm run framework:load -- <file.yaml> --team');
    const badTeam = await runCli(['x.yaml', '--team', 'acme'], target.env);
    expect(badTeam.code).toBe(1);
    expect(badTeam.stderr).toContain('--team must be a Slack team id such as T0123ABCD');
  });
});
