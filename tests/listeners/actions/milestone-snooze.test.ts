/** The "Snooze 7 days" button on a nudge DM. */

import { expectValidBlocks, RESPONSE_URL } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { NUDGE_ACTIONS } from '../../../src/blocks/nudges.js';
import { dateFromDb } from '../../../src/domain/dates.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { dmTexts, plan, seedPerson, testSender } from '../../support/schedule.js';

describe('snoozing a milestone from its nudge', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function press(userId: string, milestoneId: string) {
    const request = await t.driver.blockAction({
      userId,
      actionId: NUDGE_ACTIONS.snooze,
      value: milestoneId,
      container: { channelId: t.fake.dmChannelFor(userId) },
    });
    expect(request.status).toBe(200);
    const body = (await t.responseTo(request)).body as { text: string; blocks: never[] };
    expectValidBlocks(body.blocks, 'message');
    return body.text;
  }

  it('stops nudges about that milestone for a week, then the stage in force comes back', async () => {
    const long = 'A very long milestone title '.repeat(8);
    const { milestones } = await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0ALICE',
      milestones: [{ title: long, due: '2027-01-13' }],
    });
    t.clock.set('2027-01-13T10:00:00Z');
    await plan(t);
    const sender = testSender(t);
    const first = await sender.drain();
    expect(dmTexts(t, 'U0ALICE'), JSON.stringify([first, await t.db.prisma.outboxMessage.findMany()])).toEqual([
      'Pathway: milestone 1 is due today',
    ]);

    expect(await press('U0ALICE', milestones[0]!.id)).toContain('no nudges about');
    const snoozed = await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: milestones[0]!.id } });
    expect(dateFromDb(snoozed.nudgesSnoozedUntil!)).toBe('2027-01-20');

    for (const day of ['2027-01-14', '2027-01-16', '2027-01-18']) {
      t.clock.set(`${day}T10:00:00Z`);
      await plan(t);
      await sender.drain();
    }
    expect(dmTexts(t, 'U0ALICE')).toHaveLength(1); // overdue-1 and overdue-3 fell in the snooze
    t.clock.set('2027-01-20T10:00:00Z');
    await plan(t);
    await sender.drain();
    expect(dmTexts(t, 'U0ALICE')).toEqual(['Pathway: milestone 1 is due today', 'Pathway: milestone 1 is overdue']);
    expect(t.fake.specViolations).toEqual([]);
  });

  it('refuses to snooze someone else’s milestone and says what to do instead', async () => {
    const { milestones } = await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0ALICE',
      milestones: [{ title: 'Mine', due: '2027-01-13' }],
    });
    expect(await press('U0MALLORY', milestones[0]!.id)).toContain('not on your pathway');
    expect(
      (await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: milestones[0]!.id } })).nudgesSnoozedUntil,
    ).toBeNull();
  });

  it('confirms in the DM with chat.postEphemeral when the nudge’s response_url has expired', async () => {
    const { milestones } = await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0ALICE',
      milestones: [{ title: 'Mine', due: '2027-01-13' }],
    });
    t.clock.set('2027-01-13T10:00:00Z');
    t.fake.failNext(RESPONSE_URL, { error: 'expired_url' });
    const channel = t.fake.dmChannelFor('U0ALICE');
    await t.driver.blockAction({
      userId: 'U0ALICE',
      actionId: NUDGE_ACTIONS.snooze,
      value: milestones[0]!.id,
      container: { channelId: channel },
    });
    const call = await t.fake.waitForCall('chat.postEphemeral', undefined, 5000);
    expect(call.args).toMatchObject({ channel, user: 'U0ALICE' });
    expect(String(call.args.text)).toContain('no nudges about');
    expect(
      (await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: milestones[0]!.id } })).nudgesSnoozedUntil,
    ).not.toBeNull();
  });
});
