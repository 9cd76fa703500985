import { expectValidView } from '@pathway/fake-slack';
import type { HomeView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../../support/app-harness.js';

describe('app_home_opened', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  it('publishes the Home tab for the person who opened it', async () => {
    const result = await t.driver.event({ type: 'app_home_opened', user: 'U0CAROL', channel: 'D0CAROL', tab: 'home' });
    expect(result.status).toBe(200);
    const call = await t.fake.waitForCall('views.publish', undefined, 15_000);
    expect(call.args.user_id).toBe('U0CAROL');
    const view = call.args.view as HomeView;
    expect(view.type).toBe('home');
    expectValidView(view);
    expect(JSON.stringify(view.blocks)).toContain('Welcome to Pathway');
    expect(t.fake.homeView('U0CAROL')).toBeDefined();
    expect(t.fake.specViolations).toEqual([]);
    expect(await t.db.prisma.person.count({ where: { slackUserId: 'U0CAROL' } })).toBe(1);
  });

  it('ignores the Messages tab', async () => {
    await t.driver.event({ type: 'app_home_opened', user: 'U0CAROL', channel: 'D0CAROL', tab: 'messages' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.fake.callsTo('views.publish')).toEqual([]);
  });
});
