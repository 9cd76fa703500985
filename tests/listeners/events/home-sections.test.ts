/**
 * Home for everyone: the plan, a manager's team and what waits for them, the
 * person's settings and data, the admin part for admins only; and `/pathway
 * team` offers the manager's view only while a check-in waits for it.
 */

import { expectValidView } from '@pathway/fake-slack';
import type { HomeView, KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_CALLBACK, COMMENT_BLOCK, managerRatingBlockId } from '../../../src/blocks/checkin.js';
import { HOME_SETTINGS_OPEN_ACTION, HOME_SETTINGS_VALUE } from '../../../src/blocks/home.js';
import type { Rating } from '../../../src/domain/readiness.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { calibrationValues, goalSignalKeys, seedCheckIn, seedPerson } from '../../support/checkins.js';

describe('Home sections', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function openHome(userId: string): Promise<string> {
    // Other Home refreshes (the report's, after a calibration) may publish meanwhile: wait for this person's next one.
    const earlier = new Set(t.fake.callsTo('views.publish'));
    await t.driver.event({ type: 'app_home_opened', user: userId, channel: t.fake.dmChannelFor(userId), tab: 'home' });
    const call = await t.fake.waitForCall(
      'views.publish',
      (candidate) => candidate.args.user_id === userId && !earlier.has(candidate),
      15_000,
    );
    const view = call.args.view as HomeView;
    expectValidView(view);
    return JSON.stringify(view.blocks);
  }

  async function teamList(userId: string): Promise<KnownBlock[]> {
    const request = await t.driver.slashCommand({ userId, text: 'team' });
    const response = await t.responseTo(request);
    return (response.body as { blocks: KnownBlock[] }).blocks;
  }

  it('shows a manager their team and what waits for them, then nothing once their view is in', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    const alice = await seedPerson(t, 'U0ALICE', { manager: dana });
    const keys = await goalSignalKeys(t);
    const checkInId = await seedCheckIn(t, alice, Object.fromEntries(keys.map((key) => [key, 2 as Rating])));

    const home = await openHome('U0DANA');
    expect(home).toContain('Your team');
    expect(home).toContain('<@U0ALICE>');
    expect(home).toContain('*Waiting for you:* 1 check-in to add your view to');
    expect(home).toContain('Add your view to the check-in');
    expect(JSON.stringify(await teamList('U0DANA'))).toContain('Add your view to the check-in');

    const submitted = await t.driver.viewSubmission({
      userId: 'U0DANA',
      callbackId: CALIBRATION_CALLBACK,
      values: calibrationValues(Object.fromEntries(keys.map((key) => [key, 3 as Rating])), null),
      privateMetadata: JSON.stringify({ checkInId }),
      blocks: [
        ...keys.map((key) => ({ type: 'input', block_id: managerRatingBlockId(key) })),
        { type: 'input', block_id: COMMENT_BLOCK },
      ],
    });
    expect(submitted.status).toBe(200);

    const after = await openHome('U0DANA');
    expect(after).toContain('Nothing is waiting for you');
    expect(after).not.toContain('Add your view to the check-in');
    // `/pathway team` no longer offers it for a check-in that has the manager's view.
    expect(JSON.stringify(await teamList('U0DANA'))).not.toContain('Add your view to the check-in');
    expectCleanSlackTraffic(t);
  });

  it('gives everyone their settings and data, and no team or admin part to those without', async () => {
    await seedPerson(t, 'U0ALICE');
    const home = await openHome('U0ALICE');
    for (const part of [
      '*Your settings*',
      'Reminders are on',
      'Pathway asks you each time before celebrating a win',
      '*Your data*',
      '/pathway export',
    ])
      expect(home).toContain(part);
    expect(home).not.toContain('Your team');
    expect(home).not.toContain('"Admin"');

    await t.responseTo(await t.driver.slashCommand({ userId: 'U0ALICE', text: 'pause' }));
    expect(await openHome('U0ALICE')).toContain('Reminders are *paused*');

    const homeId = (t.fake.homeView('U0ALICE') as { id: string }).id;
    const click = await t.driver.blockAction({
      userId: 'U0ALICE',
      actionId: HOME_SETTINGS_OPEN_ACTION,
      value: HOME_SETTINGS_VALUE,
      view: { type: 'home', id: homeId },
    });
    expect(click.status).toBe(200);
    const opened = await t.fake.waitForCall('views.open');
    expect(JSON.stringify(opened.args.view)).toContain('What Pathway may send you');
    expectCleanSlackTraffic(t);
  });
});
