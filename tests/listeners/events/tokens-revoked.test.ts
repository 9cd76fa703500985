import { beforeEach, describe, expect, it } from 'vitest';
import { install, queueMessage, useOAuthApp } from '../../production/support/oauth-app.js';

describe('tokens_revoked', () => {
  const env = useOAuthApp();
  let workspaceId: string;
  beforeEach(async () => {
    await env.reset();
    env.t.oauth.grant = { teamId: 'T0ACME', botToken: 'xoxb-acme-1' };
    await install(env.t.url);
    workspaceId = (await env.db.prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: 'T0ACME' } })).id;
    await queueMessage(env.db, workspaceId, 'acme:1');
  });

  it('revoked user tokens alone change nothing (Pathway holds none)', async () => {
    const { t, db } = env;
    await t.driver.event(
      { type: 'tokens_revoked', tokens: { oauth: ['U0CAROL'] } },
      { teamId: 'T0ACME', eventId: 'Ev0USERTOKENS' },
    );
    // An event handled after it still finds the install in place.
    await t.driver.event(
      { type: 'app_home_opened', user: 'U0CAROL', channel: 'D0CAROL', tab: 'home' },
      { teamId: 'T0ACME' },
    );
    const publish = await t.fake.waitForCall('views.publish', undefined, 10_000);
    expect(publish.token).toBe('xoxb-acme-1');
    expect(await db.prisma.handledEvent.count({ where: { eventId: 'Ev0USERTOKENS' } })).toBe(1);
    expect((await t.app.clients?.forTeam('T0ACME'))?.token).toBe('xoxb-acme-1');
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('pending');
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).uninstalledAt).toBeNull();
  });

  it('a revoked bot token is an uninstall: tokens removed, pending messages dropped', async () => {
    const { t, db } = env;
    await t.driver.event({ type: 'tokens_revoked', tokens: { bot: ['U0PATHBOT'] } }, { teamId: 'T0ACME' });
    await expect
      .poll(async () => (await db.prisma.outboxMessage.findFirstOrThrow()).status, { timeout: 10_000 })
      .toBe('dropped');
    expect(await t.app.clients?.forTeam('T0ACME')).toBeNull();
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).uninstalledAt).toEqual(
      t.clock.now(),
    );
  });

  it('a malformed token list is logged and ignored, not a crash', async () => {
    const { t, db } = env;
    const result = await t.driver.event(
      { type: 'tokens_revoked', tokens: 'everything' },
      { teamId: 'T0ACME', eventId: 'Ev0BROKEN' },
    );
    expect(result.status).toBe(200);
    await expect
      .poll(() => db.prisma.handledEvent.count({ where: { eventId: 'Ev0BROKEN' } }), { timeout: 10_000 })
      .toBe(1);
    expect((await t.app.clients?.forTeam('T0ACME'))?.token).toBe('xoxb-acme-1');
  });
});
