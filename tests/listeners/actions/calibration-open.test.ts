import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CALIBRATE_OPEN_ACTION, CALIBRATION_CALLBACK, managerRatingBlockId } from '../../../src/blocks/checkin.js';
import { CALIBRATE_OWN_MESSAGE, DENIED_MESSAGE, NOT_FOUND_MESSAGE } from '../../../src/services/privacy.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { seedManagedCheckIn, seedPerson } from '../../support/checkins.js';

describe('"Open and calibrate" (checkin_calibrate_open)', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  // Alice rated the first signal 1 and the rest 3; Dana has already rated the second 2.
  const setUp = () =>
    seedManagedCheckIn(
      t,
      (index) => (index === 0 ? 1 : 3),
      (keys) => ({ [keys[1]!]: 2 }),
    );

  /** The button as it sits in the manager's DM summary (a message, with a response_url). */
  function clickInDm(userId: string, checkInId: string) {
    return t.driver.blockAction({
      userId,
      actionId: CALIBRATE_OPEN_ACTION,
      value: checkInId,
      container: { channelId: `D${userId.slice(1)}` },
    });
  }

  it('opens the calibration modal for the current manager, with each self rating, its example and any earlier manager rating', async () => {
    const { keys, checkInId } = await setUp();
    const request = await clickInDm('U0DANA', checkInId);
    const call = await t.fake.waitForCall('views.open');
    expect(call.args.trigger_id).toBe(request.triggerId);
    const view = call.args.view as ModalView;
    expectValidView(view);
    expect(view.callback_id).toBe(CALIBRATION_CALLBACK);
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ checkInId });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('<@U0ALICE>');
    expect(text).toContain(`Example for ${keys[1]}`);
    expect(text).toContain('Self: *consistent*');
    const second = view.blocks.find((block) => block.block_id === managerRatingBlockId(keys[1]!));
    expect(second).toMatchObject({ element: { initial_option: { value: '2' } } });
    expect(view.blocks.filter((block) => block.block_id?.startsWith('manager:'))).toHaveLength(keys.length);
    expectCleanSlackTraffic(t);
  });

  it('tells the person that calibration is their manager’s, and opens nothing', async () => {
    const { checkInId } = await setUp();
    const request = await clickInDm('U0ALICE', checkInId);
    const response = await t.responseTo(request);
    expect(JSON.stringify(response.body)).toContain(CALIBRATE_OWN_MESSAGE.slice(0, 40));
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });

  it('refuses anyone else with the privacy message', async () => {
    const { checkInId } = await setUp();
    await seedPerson(t, 'U0EVE', { pathway: false });
    const request = await clickInDm('U0EVE', checkInId);
    const response = await t.responseTo(request);
    expect(JSON.stringify(response.body)).toContain(DENIED_MESSAGE.slice(0, 60));
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });

  it('says when the check-in no longer exists', async () => {
    await seedPerson(t, 'U0DANA', { pathway: false });
    const request = await clickInDm('U0DANA', 'cnosuchcheckin');
    const response = await t.responseTo(request);
    expect(JSON.stringify(response.body)).toContain(NOT_FOUND_MESSAGE.slice(0, 40));
  });
});
