import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { HomeView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_CALLBACK, COMMENT_BLOCK, managerRatingBlockId } from '../../../src/blocks/checkin.js';
import type { Rating } from '../../../src/domain/readiness.js';
import { outboxPayloadSchema } from '../../../src/services/outbox.js';
import { DENIED_MESSAGE } from '../../../src/services/privacy.js';
import type { ViewAnswer } from '../../support/answers.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { calibrationValues, outboxFor, seedManagedCheckIn, seedPerson } from '../../support/checkins.js';

describe('calibration modal submission', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  const setUp = () => seedManagedCheckIn(t, () => 3);

  async function submit(
    userId: string,
    checkInId: string,
    values: ReturnType<typeof calibrationValues>,
    keys: string[],
  ): Promise<ViewAnswer> {
    const result = await t.driver.viewSubmission({
      userId,
      callbackId: CALIBRATION_CALLBACK,
      values,
      privateMetadata: JSON.stringify({ checkInId }),
      blocks: [
        ...keys.map((key) => ({ type: 'input', block_id: managerRatingBlockId(key) })),
        { type: 'input', block_id: COMMENT_BLOCK },
      ],
    });
    expect(result.status).toBe(200);
    return result.body as ViewAnswer;
  }

  it('stores the manager’s ratings and comment, tells the person in a DM and shows both views in their Home', async () => {
    const { keys, checkInId } = await setUp();
    const ratings = Object.fromEntries(keys.map((key, i) => [key, (i === 0 ? 2 : 3) as Rating]));
    const answer = await submit(
      'U0DANA',
      checkInId,
      calibrationValues(ratings, 'Strong quarter <!channel> *really*'),
      keys,
    );
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);
    // The manager reads it from their side: the report by name, "you" for their own rating.
    expect(JSON.stringify(answer.view)).toContain('<@U0ALICE> *consistent* · you *emerging*');

    const checkIn = await t.db.prisma.checkIn.findUniqueOrThrow({
      where: { id: checkInId },
      include: { ratings: true },
    });
    const dana = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0DANA' } });
    expect(checkIn.managerComment).toBe('Strong quarter <!channel> *really*');
    expect(checkIn.calibratedAt).not.toBeNull();
    expect(checkIn.calibratedById).toBe(dana.id);
    expect(checkIn.ratings.find((r) => r.signalKey === keys[0])).toMatchObject({ selfRating: 3, managerRating: 2 });

    const [notice] = await outboxFor(t, 'U0ALICE');
    expect(notice?.dedupeKey).toMatch(new RegExp(`^checkin-calibration:${checkInId}:`));
    const payload = outboxPayloadSchema.parse(notice!.payload);
    expectValidBlocks(payload.blocks, 'message');
    const dm = JSON.stringify(payload.blocks);
    expect(dm).toContain('<@U0DANA> added their view');
    expect(dm).toContain('you *consistent* · your manager *emerging*');
    // The comment is escaped: it cannot ping a channel.
    expect(dm).not.toContain('<!channel>');

    const publish = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === 'U0ALICE');
    const home = JSON.stringify((publish.args.view as HomeView).blocks);
    expect(home).toContain('manager: emerging');
    expect(home).toContain('Your manager’s comment');
    expectCleanSlackTraffic(t);
  });

  it('shows a missing manager rating inside the modal and stores nothing', async () => {
    const { keys, checkInId } = await setUp();
    const ratings: Record<string, Rating | undefined> = Object.fromEntries(keys.map((key) => [key, 3 as Rating]));
    ratings[keys[2]!] = undefined;
    const answer = await submit('U0DANA', checkInId, calibrationValues(ratings, null), keys);
    expect(answer).toEqual({
      response_action: 'errors',
      errors: { [managerRatingBlockId(keys[2]!)]: expect.stringContaining('Pick your rating') },
    });
    const checkIn = await t.db.prisma.checkIn.findUniqueOrThrow({ where: { id: checkInId } });
    expect(checkIn.calibratedAt).toBeNull();
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
  });

  it('refuses a manager who was replaced while the modal was open, inside the modal', async () => {
    const { alice, keys, checkInId } = await setUp();
    const carol = await seedPerson(t, 'U0CAROL', { pathway: false });
    await t.db.prisma.person.update({ where: { id: alice.id }, data: { managerId: carol.id } });
    const answer = await submit(
      'U0DANA',
      checkInId,
      calibrationValues(Object.fromEntries(keys.map((key) => [key, 1 as Rating])), null),
      keys,
    );
    expect(answer.response_action).toBe('errors');
    expect(Object.values(answer.errors ?? {})[0]).toBe(DENIED_MESSAGE);
    const ratings = await t.db.prisma.checkInRating.findMany({ where: { checkInId } });
    expect(ratings.every((rating) => rating.managerRating === null)).toBe(true);
  });
});
