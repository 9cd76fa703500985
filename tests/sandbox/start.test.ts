/** `npm start` without Slack credentials offers the sandbox, on one printed line. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { kill, startAppProcess, type AppProcess } from '../production/support/process.js';

it('prints the sandbox address and serves it, with its data in DATA_DIR/sandbox', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pathway-sandbox-start-'));
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    await app.waitFor('/sandbox\n', 90_000);
    expect(app.output().split('\n').filter((line) => line.startsWith('Try Pathway without Slack'))).toEqual([
      `Try Pathway without Slack: http://localhost:${app.port}/sandbox`,
    ]);
    const page = await fetch(`${app.url}/sandbox`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Pathway sandbox');
    expect(existsSync(path.join(dataDir, 'sandbox', 'pglite'))).toBe(true);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  } finally {
    await kill(app);
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
