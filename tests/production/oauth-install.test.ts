/**
 * Multi-workspace mode end to end: the browser part of an install, the code
 * exchange, the sealed token in the database, requests authorized from the
 * store, Enterprise Grid, key rotation, uninstall and Slack's event retries.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { keyId, TokenCipher, TokenCipherError } from '../../src/crypto/token-cipher.js';
import type { Database } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { PrismaInstallationStore } from '../../src/slack/installation-store.js';
import { botScopes, visitorMistakesAsWarnings } from '../../src/slack/oauth.js';
import { resetDatabase, useTestDatabase } from '../support/db.js';
import { install, newKey, type OAuthTestApp, startOAuthApp, useOAuthApp } from './support/oauth-app.js';

const ACME = 'T0ACME';

describe('OAuth install flow', () => {
  const key = newKey();
  const env = useOAuthApp({ current: key, old: [] });
  let t: OAuthTestApp;
  let db: Database;

  beforeEach(async () => {
    await env.reset();
    ({ t, db } = env);
    t.oauth.grant = { teamId: ACME, teamName: 'Acme <Learning>', botToken: 'xoxb-acme-1', installerUserId: 'U0ADMIN' };
  });

  it('sends the browser to Slack with the manifest scopes and a state cookie', async () => {
    const response = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('client-id');
    expect(location.searchParams.get('scope')?.split(',')).toEqual(botScopes());
    expect(botScopes()).toContain('commands');
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/);
  });

  it('stores the installation with the bot token sealed, then answers /pathway from that workspace with it', async () => {
    const page = await install(t.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Pathway is installed');
    expect(html).toContain('Acme &#60;Learning&#62;'); // the team name is escaped
    expect(t.oauth.calls.filter((call) => call.method === 'oauth.v2.access')).toEqual([
      {
        method: 'oauth.v2.access',
        args: expect.objectContaining({ code: 'good-code', client_id: 'client-id', client_secret: 'client-secret' }),
      },
    ]);

    const row = await db.prisma.installation.findUniqueOrThrow({ where: { teamId: ACME } });
    expect(row).toMatchObject({
      botUserId: 'U0PATHBOT',
      installerUserId: 'U0ADMIN',
      enterpriseId: null,
      uninstalledAt: null,
    });
    expect(row.botScopes).toContain('chat:write');
    expect(row.botTokenSealed).toMatch(new RegExp(`^v1\\.${keyId(key)}\\.`));
    expect(row.botTokenSealed).not.toContain('xoxb-acme-1');
    const stored = JSON.stringify(await db.prisma.$queryRawUnsafe('SELECT * FROM "Installation"'));
    expect(stored).not.toContain('xoxb-acme-1');
    const workspace = await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: ACME } });
    expect(workspace).toMatchObject({ name: 'Acme <Learning>', uninstalledAt: null });
    expect(workspace.activeFrameworkId).not.toBeNull();

    const request = await t.driver.slashCommand({ userId: 'U0CAROL', teamId: ACME, text: 'help' });
    expect(request.status).toBe(200);
    await t.fake.waitForResponse((response) => response.url === request.responseUrl, 5000);
    const client = await t.app.clients?.forTeam(ACME);
    expect(client?.token).toBe('xoxb-acme-1');
    expect(await t.app.clients?.forTeam('T0NOTHERE')).toBeNull();
    expect(t.fake.specViolations).toEqual([]);
  });

  it('does not answer requests from a workspace that never installed it, and keeps serving', async () => {
    const request = await t.driver.slashCommand({ userId: 'U0CAROL', teamId: 'T0STRANGER', text: 'help' });
    expect(request.status).toBe(200);
    await expect(t.fake.waitForResponse((response) => response.url === request.responseUrl, 500)).rejects.toThrow();
    expect(await db.prisma.workspace.count()).toBe(0);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it("answers a visitor's mistakes at the redirect (cancelled, no state, a state not from this browser) with a 400 page", async () => {
    for (const query of ['error=access_denied&state=abc', 'code=abc', 'code=abc&state=not-from-this-browser']) {
      const page = await fetch(`${t.url}/slack/oauth_redirect?${query}`);
      expect(page.status, query).toBe(400);
      expect(await page.text()).toContain('Pathway was not installed');
    }
    expect(await db.prisma.installation.count()).toBe(0);
  });

  it('logs a visitor’s mistake at the redirect as a warning, and a failure of ours as an error', () => {
    const calls: string[] = [];
    const record =
      (level: string) =>
      (...messages: unknown[]) =>
        void calls.push(`${level}: ${String(messages[0])}`);
    const logger = visitorMistakesAsWarnings({
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
      setLevel: () => undefined,
      getLevel: () => 'info' as never,
      setName: () => undefined,
    });
    const mistake = Object.assign(new Error('state not from this browser'), { code: 'slack_oauth_invalid_state' });
    const ours = Object.assign(new Error('oauth.v2.access failed'), { code: 'slack_oauth_unknown_error' });
    logger.error(mistake);
    logger.error(ours);
    expect(calls).toEqual(['warn: Error: state not from this browser', 'error: Error: oauth.v2.access failed']);
  });

  it('shows a failure page when the code exchange fails, storing nothing', async () => {
    const page = await install(t.url, 'expired-code');
    expect(page.status).toBe(500);
    expect(await page.text()).toContain('Pathway was not installed');
    expect(await db.prisma.installation.count()).toBe(0);
  });

  it('Enterprise Grid: a workspace of an organisation installs like any workspace and keeps its organisation id', async () => {
    t.oauth.grant = {
      teamId: 'T0GRIDWS',
      teamName: 'Grid WS',
      enterprise: { id: 'E0GRID', name: 'Grid Org' },
      botToken: 'xoxb-grid-ws',
    };
    expect((await install(t.url)).status).toBe(200);
    expect(await db.prisma.installation.findUniqueOrThrow({ where: { teamId: 'T0GRIDWS' } })).toMatchObject({
      enterpriseId: 'E0GRID',
    });
    expect(await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0GRIDWS' } })).toMatchObject({
      enterpriseId: 'E0GRID',
    });
  });

  it('Enterprise Grid: an organisation-wide install is refused with a page saying to install per workspace', async () => {
    t.oauth.grant = {
      teamId: null,
      enterprise: { id: 'E0GRID', name: 'Grid Org' },
      isEnterpriseInstall: true,
      botToken: 'xoxb-org',
    };
    const page = await install(t.url);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('cannot be installed for a whole Enterprise Grid organisation (Grid Org)');
    expect(html).toContain('add Pathway to each workspace');
    expect(await db.prisma.installation.count()).toBe(0);
    expect(await db.prisma.workspace.count()).toBe(0);
  });
});

describe('token key rotation', () => {
  const database = useTestDatabase();

  it('an app started with a new key and the old one among the old keys reads the token and re-seals it; the old key can then go', async () => {
    const db = database();
    const oldKey = newKey();
    const newKeyValue = newKey();
    const first = await startOAuthApp(db, { current: oldKey, old: [] });
    try {
      await install(first.url);
    } finally {
      await first.stop();
    }
    expect((await db.prisma.installation.findFirstOrThrow()).botTokenSealed).toMatch(
      new RegExp(`^v1\\.${keyId(oldKey)}\\.`),
    );

    const rotated = await startOAuthApp(db, { current: newKeyValue, old: [oldKey] });
    try {
      expect((await rotated.app.clients?.forTeam(ACME))?.token).toBe('xoxb-acme-1');
    } finally {
      await rotated.stop();
    }
    expect((await db.prisma.installation.findFirstOrThrow()).botTokenSealed).toMatch(
      new RegExp(`^v1\\.${keyId(newKeyValue)}\\.`),
    );

    const newOnly = new PrismaInstallationStore(
      db.prisma,
      new TokenCipher({ current: newKeyValue, old: [] }),
      createLogger('silent'),
    );
    expect((await newOnly.botFor(ACME))?.token).toBe('xoxb-acme-1');
    const wrongKey = new PrismaInstallationStore(
      db.prisma,
      new TokenCipher({ current: newKey(), old: [] }),
      createLogger('silent'),
    );
    await expect(wrongKey.botFor(ACME)).rejects.toThrow(TokenCipherError);
    await expect(wrongKey.botFor(ACME)).rejects.toThrow(
      /neither TOKEN_ENCRYPTION_KEY nor one of TOKEN_ENCRYPTION_OLD_KEYS/,
    );
  });

  it('resealAll re-seals every installation sealed with an old key, so the old key can be removed', async () => {
    const db = database();
    await resetDatabase(db);
    const oldKey = newKey();
    const current = newKey();
    const oldStore = new PrismaInstallationStore(
      db.prisma,
      new TokenCipher({ current: oldKey, old: [] }),
      createLogger('silent'),
    );
    for (const teamId of ['T0ONE', 'T0TWO']) {
      await oldStore.storeInstallation({
        team: { id: teamId },
        enterprise: undefined,
        user: { id: 'U0ADMIN', token: undefined, scopes: undefined },
        bot: { id: 'B0', userId: 'U0BOT', scopes: ['commands'], token: `xoxb-${teamId}` },
        isEnterpriseInstall: false,
      });
    }
    const store = new PrismaInstallationStore(
      db.prisma,
      new TokenCipher({ current, old: [oldKey] }),
      createLogger('silent'),
    );
    expect(await store.resealAll()).toBe(2);
    expect(await store.resealAll()).toBe(0);
    const rows = await db.prisma.installation.findMany();
    expect(rows.every((row) => row.botTokenSealed?.startsWith(`v1.${keyId(current)}.`))).toBe(true);
  });
});
