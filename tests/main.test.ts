
import { describe, expect, it } from 'vitest';
import { startAppProcess } from './production/support/process.js';
import { FakeSlack } from './support/fake-slack.js';
import { SlackDriver } from './support/slack-driver.js';
import { useTempDir } from './support/temp-dir.js';

describe('npm start', () => {
  const dataDir = useTempDir('pathway-start-');

  it('without Slack credentials: migrates the embedded database, serves /healthz, says what to set, stops on SIGTERM', async () => {
    const app = await startAppProcess({ DATA_DIR: dataDir() });
    const port = app.port;
    await app.waitFor('Pathway is listening');
    expect(app.output()).toContain('database migrated');
    const notice = app.output().split('\n').filter((line) => line.startsWith('Slack is not connected'));
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

  it('in HTTP mode: answers a signed /pathway from the same data folder, already migrated', async () => {
    const fake = await FakeSlack.start();
    try {
      const app = await startAppProcess({
        DATA_DIR: dataDir(),
        SLACK_SIGNING_SECRET: 'newcomer-secret',
        SLACK_BOT_TOKEN: fake.bot.token,
        SLACK_API_URL: fake.url,
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
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('stops at once with one line per bad variable', async () => {
    const app = await startAppProcess({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/pathway', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(await app.exited).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines[0]).toBe('Pathway cannot start; fix these environment variables:');
    expect(lines.slice(1).map((line) => line.trim().split(':')[0]).sort()).toEqual(['DATABASE_URL', 'PORT', 'SLACK_SIGNING_SECRET']);
  }, 30_000);
});
