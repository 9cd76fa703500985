import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CHECKIN_CALLBACK, CHECKIN_OPEN_ACTION, ratingBlockId } from '../../../src/blocks/checkin.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { GOAL_TITLE, goalSignalKeys, seedPerson } from '../../support/checkins.js';

describe('opening the check-in modal (/pathway checkin and the checkin_open button)', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function openedModal(): Promise<ModalView> {
    const call = await t.fake.waitForCall('views.open');
    const view = call.args.view as ModalView;
    expectValidView(view);
    return view;
  }

  it('lists every signal of the goal role with a 4-point rating and an example field, using the command trigger', async () => {
    await seedPerson(t, 'U0ALICE');
    const request = await t.driver.slashCommand({ userId: 'U0ALICE', text: 'checkin' });
    expect(request.status).toBe(200);
    const call = await t.fake.waitForCall('views.open');
    expect(call.args.trigger_id).toBe(request.triggerId);
    const view = call.args.view as ModalView;
    expectValidView(view);
    expect(view.callback_id).toBe(CHECKIN_CALLBACK);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(GOAL_TITLE);
    for (const key of await goalSignalKeys(t)) {
      const input = view.blocks.find((block) => block.block_id === ratingBlockId(key));
      expect(input).toMatchObject({ type: 'input', element: { type: 'radio_buttons' } });
      expect(JSON.stringify(input)).toMatch(/Not yet.*Emerging.*Consistent.*Role model/);
    }
    expect(text).toContain('Impact beyond your own role');
    expect(JSON.parse(view.private_metadata ?? '{}')).toHaveProperty('pathwayId');
    expectCleanSlackTraffic(t);
  });

  it('opens from the Home tab button (no response_url) for the clicking person’s active pathway', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const pathway = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } });
    await t.driver.blockAction({
      userId: 'U0ALICE',
      actionId: CHECKIN_OPEN_ACTION,
      value: pathway.id,
      view: { type: 'home' },
    });
    const view = await openedModal();
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ pathwayId: pathway.id });
    expectCleanSlackTraffic(t);
  });

  it('answers /pathway checkin without an active pathway with how to start one, and opens nothing', async () => {
    await seedPerson(t, 'U0BOB', { pathway: false });
    const request = await t.driver.slashCommand({ userId: 'U0BOB', text: 'checkin' });
    const response = await t.responseTo(request);
    expect(JSON.stringify(response.body)).toContain('/pathway plan');
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });

  it('answers the Home button without an active pathway in a small modal', async () => {
    await seedPerson(t, 'U0BOB', { pathway: false });
    await t.driver.blockAction({
      userId: 'U0BOB',
      actionId: CHECKIN_OPEN_ACTION,
      value: 'cstalepathway1',
      view: { type: 'home' },
    });
    const view = await openedModal();
    expect(JSON.stringify(view.blocks)).toContain('/pathway plan');
    expectCleanSlackTraffic(t);
  });

  it('answers extra text after /pathway checkin with the exact form', async () => {
    const request = await t.driver.slashCommand({ userId: 'U0ALICE', text: 'checkin now please' });
    const response = await t.responseTo(request);
    expect(JSON.stringify(response.body)).toContain('/pathway checkin');
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });
});
