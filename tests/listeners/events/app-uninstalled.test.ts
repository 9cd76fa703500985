import { beforeEach, describe, expect, it } from 'vitest';
import { ensureMember } from '../../../src/services/people.js';
import { install, queueMessage, useOAuthApp } from '../../production/support/oauth-app.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';

describe('app_uninstalled', () => {
  const env = useOAuthApp();
  beforeEach(async () => {
    await env.reset();
    env.t.oauth.grant = { teamId: 'T0ACME', botToken: 'xoxb-acme-1' };
    await install(env.t.url);
    env.t.oauth.grant = { teamId: 'T0OTHER', botToken: 'xoxb-other' };
    await install(env.t.url);
  });

  it('removes the tokens and drops the pending messages of that workspace only', async () => {
    const { t, db } = env;
    const acme = await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0ACME' } });
    const other = await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0OTHER' } });
    await queueMessage(db, acme.id, 'acme:1');
    await queueMessage(db, acme.id, 'acme:2');
    await queueMessage(db, acme.id, 'acme:sent', 'sent');
    await queueMessage(db, other.id, 'other:1');

    const result = await t.driver.event({ type: 'app_uninstalled' }, { teamId: 'T0ACME' });
    expect(result.status).toBe(200);
    await expect
      .poll(
        async () => (await db.prisma.installation.findUniqueOrThrow({ where: { teamId: 'T0ACME' } })).botTokenSealed,
        { timeout: 10_000 },
      )
      .toBeNull();

    expect(await db.prisma.installation.findUniqueOrThrow({ where: { teamId: 'T0ACME' } })).toMatchObject({
      botRefreshTokenSealed: null,
      uninstalledAt: t.clock.now(),
    });
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: acme.id } })).uninstalledAt).toEqual(
      t.clock.now(),
    );
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(rows.map((row) => [row.dedupeKey, row.status])).toEqual([
      ['acme:1', 'dropped'],
      ['acme:2', 'dropped'],
      ['acme:sent', 'sent'],
      ['other:1', 'pending'],
    ]);
    expect(await t.app.clients?.forTeam('T0ACME')).toBeNull();
    expect((await t.app.clients?.forTeam('T0OTHER'))?.token).toBe('xoxb-other');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('installing again brings the workspace back with its data', async () => {
    const { t, db } = env;
    await t.driver.event({ type: 'app_uninstalled' }, { teamId: 'T0ACME' });
    await expect.poll(() => t.app.clients?.forTeam('T0ACME'), { timeout: 10_000 }).toBeNull();
    const before = await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0ACME' } });

    t.oauth.grant = { teamId: 'T0ACME', botToken: 'xoxb-acme-2' };
    expect((await install(t.url)).status).toBe(200);
    expect((await t.app.clients?.forTeam('T0ACME'))?.token).toBe('xoxb-acme-2');
    const after = await db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0ACME' } });
    expect(after).toMatchObject({ id: before.id, activeFrameworkId: before.activeFrameworkId, uninstalledAt: null });
  });
});

describe('app_uninstalled in single-workspace mode', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { resetBetweenTests: false });

  it('drops pending messages until the workspace uses Pathway again (after a re-install with a new token)', async () => {
    const { workspace } = await ensureMember(t.db.prisma, { teamId: t.fake.team.id, userId: 'U0CAROL' });
    await queueMessage(t.db, workspace.id, 'single:1');
    await t.driver.event({ type: 'app_uninstalled' }, { eventId: 'Ev0UNINSTALL' });
    await expect
      .poll(async () => (await t.db.prisma.outboxMessage.findFirstOrThrow()).status, { timeout: 10_000 })
      .toBe('dropped');
    expect((await t.db.prisma.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).uninstalledAt).toEqual(
      t.clock.now(),
    );

    // Slack's retry of the uninstall neither counts as use nor uninstalls again.
    await t.driver.event(
      { type: 'app_uninstalled' },
      { eventId: 'Ev0UNINSTALL', retry: { num: 1, reason: 'http_timeout' } },
    );
    const request = await t.driver.slashCommand({ userId: 'U0CAROL', text: 'help' });
    await t.responseTo(request, 10_000);
    // Noted beside the request, not before its ack.
    await expect
      .poll(
        async () => (await t.db.prisma.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).uninstalledAt,
        { timeout: 5_000 },
      )
      .toBeNull();
  });
});
