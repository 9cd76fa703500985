/** `npm start` without Slack credentials offers the sandbox, on one printed line. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

it('prints the sandbox address and serves it, with its data in DATA_DIR/sandbox', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pathway-sandbox-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(await freePort()), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const printed = (): string => {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      return output;
    };
    await expect.poll(printed, { timeout: 90_000, interval: 200 }).toMatch(/Try Pathway without Slack: http:\/\/localhost:\d+\/sandbox\n/);
    const lines = output.split('\n').filter((line) => line.startsWith('Try Pathway without Slack'));
    expect(lines).toHaveLength(1);
    const port = /localhost:(\d+)\/sandbox/.exec(lines[0] ?? '')?.[1];
    const page = await fetch(`http://127.0.0.1:${port}/sandbox`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Pathway sandbox');
    expect(existsSync(path.join(dataDir, 'sandbox', 'pglite'))).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
