/** `npm start` without Slack credentials offers the sandbox, on one printed line. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect, it } from 'vitest';
import { type AppProcess, kill, startAppProcess } from '../production/support/process.js';

it("prints the sandbox address and serves it, with its data in a schema of its own on the app's one PGlite", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pathway-sandbox-start-'));
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    await app.waitFor('/sandbox\n', 90_000);
    expect(
      app
        .output()
        .split('\n')
        .filter((line) => line.startsWith('Try Pathway without Slack')),
    ).toEqual([`Try Pathway without Slack: http://localhost:${app.port}/sandbox`]);
    const page = await fetch(`${app.url}/sandbox`);
    expect(page.status).toBe(200);
    // Its text is written by its script, from the catalog, in the person's language.
    expect(await page.text()).toContain('<h1 data-i18n="sandbox.title"></h1>');
    const demo = await fetch(`${app.url}/sandbox/api/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await demo.json()).toEqual({ ok: true });
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    // One embedded database (not a second one in DATA_DIR/sandbox): the demo team is in pathway_sandbox, none in the app's.
    expect(existsSync(path.join(dataDir, 'sandbox'))).toBe(false);
    const pglite = await PGlite.create(path.join(dataDir, 'pglite'));
    try {
      const teams = async (schema: string) =>
        (await pglite.query<{ slackTeamId: string }>(`SELECT "slackTeamId" FROM "${schema}"."Workspace"`)).rows.map(
          (row) => row.slackTeamId,
        );
      expect(await teams('pathway_sandbox')).not.toEqual([]);
      expect(await teams('public')).toEqual([]);
    } finally {
      await pglite.close();
    }
  } finally {
    await kill(app);
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
