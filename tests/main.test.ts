/**
 * `npm start` as a newcomer runs it: a real process, its output, its HTTP
 * endpoints and its shutdown.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppProcess, kill, startAppProcess } from './production/support/process.js';
import { useTempDir } from './support/temp-dir.js';

describe('npm start', () => {
  const dataDir = useTempDir('pathway-start-');
  let app: AppProcess | undefined;
  // A test that fails midway must not leave its process holding the data folder's lock for the next one.
  afterEach(async () => {
    await kill(app);
    app = undefined;
  });

  it('without Slack credentials: migrates the embedded database, serves /healthz, says what to set, stops on SIGTERM', async () => {
    app = await startAppProcess({ DATA_DIR: dataDir() });
    const port = app.port;
    await app.waitFor('Pathway is listening');
    expect(app.output()).toContain('database migrated');
    const notice = app
      .output()
      .split('\n')
      .filter((line) => line.startsWith('Slack is not connected'));
    expect(notice).toEqual([
      'Slack is not connected: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode), or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), then restart. See README.md.',
    ]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, slack: 'offline' } });

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain('stopped cleanly');
  }, 90_000);

  it('in HTTP mode: answers a signed /pathway from the same data folder, already migrated, and never loads the sandbox', async () => {
    const fake = await FakeSlack.start();
    const moduleLog = path.join(dataDir(), 'modules.log');
    try {
      app = await startAppProcess({
        DATA_DIR: dataDir(),
        SLACK_SIGNING_SECRET: 'newcomer-secret',
        SLACK_BOT_TOKEN: fake.bot.token,
        SLACK_API_URL: fake.url,
        NODE_OPTIONS: `--import ${pathToFileURL(path.resolve('tests/support/module-log/register.mjs')).href}`,
        PATHWAY_MODULE_LOG: moduleLog,
      });
      await app.waitFor('Pathway is listening');
      expect(app.output()).toContain('database is up to date');
      expect(app.output()).not.toContain('Slack is not connected');

      const driver = new SlackDriver({ appUrl: app.url, signingSecret: 'newcomer-secret', fakeSlack: fake });
      const request = await driver.slashCommand({ userId: 'U0NEWCOMER' });
      expect(request.status).toBe(200);
      const response = await fake.waitForResponse((r) => r.url === request.responseUrl, 10_000);
      expect(JSON.stringify(response.body)).toContain('Welcome to Pathway');

      app.child.kill('SIGINT');
      expect(await app.exited).toBe(0);

      // A process connected to Slack holds none of the sandbox's code: not the sandbox, not the fake Slack.
      const loaded = (await readFile(moduleLog, 'utf8')).split('\n').filter(Boolean);
      expect(loaded).toContain(pathToFileURL(path.resolve('src/app.ts')).href);
      expect(loaded.filter((url) => url.includes('/src/sandbox/') || url.includes('fake-slack'))).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('stops at once with one line per bad variable', async () => {
    app = await startAppProcess({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/pathway',
      SLACK_BOT_TOKEN: 'xoxb-1',
    });
    expect(await app.exited).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines[0]).toBe('Pathway cannot start; fix these environment variables:');
    expect(
      lines
        .slice(1)
        .map((line) => line.trim().split(':')[0])
        .sort(),
    ).toEqual(['DATABASE_URL', 'PORT', 'SLACK_SIGNING_SECRET']);
  }, 30_000);
});
