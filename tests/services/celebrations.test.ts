/**
 * Celebrations beyond the buttons: delivery to channels the bot is not in,
 * the weekly wins digest, and proof that nothing from a check-in (or a
 * milestone's evidence) ever reaches a channel.
 */

import { expectValidBlocks } from '@pathway/fake-slack';
import { beforeEach, describe, expect, it } from 'vitest';
import { celebrationMessages } from '../../src/blocks/celebrations.js';
import { CHECKIN_CALLBACK, ratingBlockId } from '../../src/blocks/checkin.js';
import {
  celebrateCheckInStreak,
  celebrateGoalReached,
  celebrateMilestone,
  planWinsDigests,
} from '../../src/services/celebrations.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { ADMIN, ALICE, BOB } from '../support/cast.js';
import {
  channelMessages,
  deliverOutbox,
  GOAL_ROLE_KEY,
  GOAL_ROLE_TITLE,
  markMilestoneDone,
  seedPerson,
} from '../support/celebrations.js';
import { checkInValues, goalSignalKeys } from '../support/checkins.js';

/** Monday 11 January 2027; the default digest is Friday 15:00 in the workspace's zone (Europe/London in tests). */
const MONDAY = '2027-01-11T10:00:00Z';
const FRIDAY_DIGEST = '2027-01-15T15:00:00Z';

describe('celebrations delivered, gathered and kept clean', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(async () => {
    t.clock.set(MONDAY);
  });

  async function sharedWin(channel: string, options: Parameters<typeof seedPerson>[1] = {}) {
    const seed = await seedPerson(t, { consent: 'always', workspaceChannel: channel, ...options });
    await markMilestoneDone(t, seed.milestones[0]!.id);
    expect(await celebrateMilestone(t.db.prisma, t.clock, seed.milestones[0]!.id, celebrationMessages)).toBe('queued');
    return seed;
  }

  describe('when the bot is not in the channel', () => {
    it('joins a public channel and posts again', async () => {
      t.fake.setChannel('C0PUBLIC', { name: 'wins', members: [] });
      await sharedWin('C0PUBLIC');
      await deliverOutbox(t);
      expect(
        t.fake
          .callsTo('chat.postMessage')
          .filter((call) => call.args.channel === 'C0PUBLIC')
          .map((call) => call.response?.error ?? 'ok'),
      ).toEqual(['not_in_channel', 'ok']);
      expect(t.fake.callsTo('conversations.join').map((call) => call.args.channel)).toEqual(['C0PUBLIC']);
      expect(t.fake.messagesIn('C0PUBLIC')).toHaveLength(1);
      const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'celebration' } });
      expect(row).toMatchObject({ status: 'sent', slackTs: t.fake.messagesIn('C0PUBLIC')[0]!.ts });
      expect(t.fake.specViolations).toEqual([]);
    });

    it('tells the person and the admins how to invite it to a private channel', async () => {
      t.fake.setChannel('G0PRIVATE', { name: 'secret-wins', isPrivate: true, members: [ALICE] });
      const seed = await sharedWin('G0PRIVATE');
      await t.db.prisma.person.create({
        data: { workspaceId: seed.workspace.id, slackUserId: ADMIN, isSlackAdmin: true },
      });
      await deliverOutbox(t, ['U0LISTED']);

      expect(t.fake.messagesIn('G0PRIVATE')).toEqual([]);
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      expect(celebration.status).toBe('undeliverable');
      expect(await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'celebration' } })).toMatchObject({
        status: 'failed',
        lastError: 'channel_not_found',
      });
      for (const user of [ALICE, ADMIN, 'U0LISTED']) {
        const notice = t.fake
          .messagesIn(t.fake.dmChannelFor(user))
          .find((m) => JSON.stringify(m.blocks).includes('/invite @Pathway'));
        expect(notice, `notice to ${user}`).toBeDefined();
        expect(JSON.stringify(notice!.blocks)).toContain('<#G0PRIVATE>');
      }
      expect(JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor(ADMIN)).at(-1)!.blocks)).toContain(`<@${ALICE}>`);
      expect(t.fake.blockKitViolations).toEqual([]);
      expect(t.fake.specViolations).toEqual([]);
    });

    it('does not retry an archived channel and says so', async () => {
      t.fake.setChannel('C0OLD', { isArchived: true, members: [t.fake.bot.userId] });
      await sharedWin('C0OLD');
      await deliverOutbox(t);
      expect(t.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === 'C0OLD')).toHaveLength(1);
      const notice = t.fake.messagesIn(t.fake.dmChannelFor(ALICE)).at(-1)!;
      expect(JSON.stringify(notice.blocks)).toContain('archived');
    });
  });

  describe('the weekly wins digest', () => {
    async function winsThisWeek() {
      t.fake.setChannel('C0WINS', { members: [t.fake.bot.userId] });
      t.fake.setChannel('C0TEAM', { members: [t.fake.bot.userId] });
      const alice = await sharedWin('C0WINS', { milestones: ['Alice’s course', 'Alice’s workshop'] });
      t.clock.set('2027-01-12T10:00:00Z');
      await markMilestoneDone(t, alice.milestones[1]!.id);
      await celebrateMilestone(t.db.prisma, t.clock, alice.milestones[1]!.id, celebrationMessages);
      const bob = await seedPerson(t, {
        slackUserId: BOB,
        consent: 'always',
        personChannel: 'C0TEAM',
        milestones: ['Bob’s certification'],
      });
      await markMilestoneDone(t, bob.milestones[0]!.id);
      await celebrateMilestone(t.db.prisma, t.clock, bob.milestones[0]!.id, celebrationMessages);
      await deliverOutbox(t);
      return { alice, bob };
    }

    it('gathers each channel’s wins of the week in one message at the digest time, once', async () => {
      await winsThisWeek();
      t.clock.set('2027-01-15T14:59:00Z');
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);

      t.clock.set(FRIDAY_DIGEST);
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(2);
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);
      t.clock.set('2027-01-15T16:00:00Z');
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);
      await deliverOutbox(t);

      const digest = t.fake.messagesIn('C0WINS').at(-1)!;
      expectValidBlocks(digest.blocks, 'message');
      const text = JSON.stringify(digest.blocks);
      expect(text).toContain('This week’s wins');
      expect(text.indexOf('Alice’s course')).toBeGreaterThan(-1);
      expect(text.indexOf('Alice’s course')).toBeLessThan(text.indexOf('Alice’s workshop'));
      expect(text).toContain(GOAL_ROLE_TITLE);
      expect(text).not.toContain('Bob’s certification');
      expect(JSON.stringify(t.fake.messagesIn('C0TEAM').at(-1)!.blocks)).toContain('Bob’s certification');
      expect(
        await t.db.prisma.outboxMessage.findMany({
          where: { kind: 'wins-digest' },
          select: { dedupeKey: true },
          orderBy: { dedupeKey: 'asc' },
        }),
      ).toEqual([{ dedupeKey: 'wins-digest:C0TEAM:2027-W02' }, { dedupeKey: 'wins-digest:C0WINS:2027-W02' }]);
    });

    it('never ranks or counts people against each other', async () => {
      await winsThisWeek();
      t.clock.set(FRIDAY_DIGEST);
      await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages);
      await deliverOutbox(t);
      for (const message of channelMessages(t)) {
        expect(message).not.toMatch(/\btop\b|rank|leader|\bmost\b|#1\b|\b\d+ (wins|milestones)\b|winner/i);
      }
    });

    it('is skipped when there is nothing to celebrate, and leaves out removed wins and people who said never', async () => {
      t.clock.set(FRIDAY_DIGEST);
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);

      const { alice, bob } = await winsThisWeek();
      await t.db.prisma.celebration.updateMany({ where: { personId: bob.person.id }, data: { status: 'removed' } });
      await t.db.prisma.person.update({ where: { id: alice.person.id }, data: { celebrationConsent: 'never' } });
      t.clock.set(FRIDAY_DIGEST);
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);
      expect(await t.db.prisma.outboxMessage.count({ where: { kind: 'wins-digest' } })).toBe(0);
    });

    it('follows the workspace’s digest day and hour, and the next week starts afresh', async () => {
      await winsThisWeek();
      await t.db.prisma.workspace.updateMany({ data: { winsDigestWeekday: 2, winsDigestHour: 9 } });
      t.clock.set('2027-01-12T09:00:00Z'); // Tuesday 09:00: only Monday's win is in the week before it.
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(1);
      t.clock.set('2027-01-19T09:00:00Z'); // A week on: Tuesday's wins, in both channels.
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(2);
      t.clock.set('2027-01-26T09:00:00Z'); // Nothing new.
      expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(0);
    });
  });

  it('never lets anything from a check-in or a milestone’s evidence into a channel', async () => {
    const PLANTED = ['ZEBRA-EXAMPLE-4711', 'QUOKKA-COMMENT-0815', 'PANGOLIN-EVIDENCE-2024', 'OKAPI-SIGNAL-EXAMPLE'];
    t.fake.setChannel('C0WINS', { members: [t.fake.bot.userId] });
    const seed = await seedPerson(t, { consent: 'always', workspaceChannel: 'C0WINS' });
    // Three check-ins on the 28-day cadence, the last one now: a streak worth celebrating.
    for (const [index, example] of [PLANTED[0]!, PLANTED[3]!, PLANTED[0]!].entries()) {
      await t.db.prisma.checkIn.create({
        data: {
          createdAt: new Date(t.clock.now().getTime() - (2 - index) * 28 * 86_400_000),
          personId: seed.person.id,
          pathwayId: seed.pathway.id,
          frameworkVersionId: seed.pathway.frameworkVersionId,
          goalRoleKey: GOAL_ROLE_KEY,
          managerComment: PLANTED[1]!,
          ratings: { create: [{ signalKey: `signal-${index}`, selfRating: 2, example, managerRating: 3 }] },
        },
      });
    }
    await markMilestoneDone(t, seed.milestones[0]!.id, PLANTED[2]!);
    expect(await celebrateMilestone(t.db.prisma, t.clock, seed.milestones[0]!.id, celebrationMessages)).toBe('queued');
    expect(await celebrateCheckInStreak(t.db.prisma, t.clock, seed.person.id, celebrationMessages)).toBe('queued');
    expect(await celebrateCheckInStreak(t.db.prisma, t.clock, seed.person.id, celebrationMessages)).toBe('already');
    await t.db.prisma.pathway.update({
      where: { id: seed.pathway.id },
      data: { status: 'reached', activeForPersonId: null },
    });
    expect(await celebrateGoalReached(t.db.prisma, t.clock, seed.pathway.id, celebrationMessages)).toBe('queued');
    t.clock.set(FRIDAY_DIGEST);
    expect(await planWinsDigests(t.db.prisma, t.clock, 'Europe/London', celebrationMessages)).toBe(1);
    await deliverOutbox(t);

    const posted = channelMessages(t);
    expect(posted).toHaveLength(4); // milestone, streak, goal, digest
    expect(posted.join('\n')).toContain('3 check-ins in a row');
    for (const secret of PLANTED) expect(posted.join('\n')).not.toContain(secret);
    const queuedForChannels = await t.db.prisma.outboxMessage.findMany({ where: { recipient: 'C0WINS' } });
    for (const secret of PLANTED) expect(JSON.stringify(queuedForChannels)).not.toContain(secret);
    // The planted strings are real: the check-in and the evidence do hold them.
    expect(JSON.stringify(await t.db.prisma.checkIn.findMany({ include: { ratings: true } }))).toContain(PLANTED[0]);
  });

  it('celebrates a check-in streak from the check-in modal, with none of what was written in it', async () => {
    const SECRET = 'WOMBAT-SECRET-EXAMPLE-9931';
    t.fake.setChannel('C0WINS', { members: [t.fake.bot.userId] });
    const seed = await seedPerson(t, { consent: 'always', workspaceChannel: 'C0WINS' });
    for (const daysAgo of [56, 28]) {
      await t.db.prisma.checkIn.create({
        data: {
          personId: seed.person.id,
          pathwayId: seed.pathway.id,
          frameworkVersionId: seed.pathway.frameworkVersionId,
          goalRoleKey: GOAL_ROLE_KEY,
          managerComment: `${SECRET} from the manager`,
          createdAt: new Date(t.clock.now().getTime() - daysAgo * 86_400_000),
        },
      });
    }
    const keys = await goalSignalKeys(t);
    const submitted = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: CHECKIN_CALLBACK,
      values: checkInValues(
        Object.fromEntries(keys.map((key) => [key, { rating: 2, example: `${SECRET} at ${key}` }])),
      ),
      privateMetadata: JSON.stringify({ pathwayId: seed.pathway.id }),
      blocks: keys.map((key) => ({ type: 'input', block_id: ratingBlockId(key) })),
    });
    expect(submitted.status).toBe(200);
    expect(await t.db.prisma.checkIn.count()).toBe(3);
    await expect.poll(() => t.db.prisma.celebration.count({ where: { kind: 'streak' } })).toBe(1);
    await deliverOutbox(t);

    const posted = channelMessages(t);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('3 check-ins in a row');
    expect(posted[0]).not.toContain(SECRET);
    expect(JSON.stringify(await t.db.prisma.celebration.findMany())).not.toContain(SECRET);
  });

  it('celebrates each win once, and only real wins', async () => {
    t.fake.setChannel('C0WINS', { members: [t.fake.bot.userId] });
    const seed = await seedPerson(t, { consent: 'always', workspaceChannel: 'C0WINS' });
    expect(await celebrateMilestone(t.db.prisma, t.clock, seed.milestones[0]!.id, celebrationMessages)).toBe(
      'not-eligible',
    );
    expect(await celebrateGoalReached(t.db.prisma, t.clock, seed.pathway.id, celebrationMessages)).toBe('not-eligible');
    expect(await celebrateCheckInStreak(t.db.prisma, t.clock, seed.person.id, celebrationMessages)).toBe(
      'not-eligible',
    );
    await markMilestoneDone(t, seed.milestones[0]!.id);
    expect(await celebrateMilestone(t.db.prisma, t.clock, seed.milestones[0]!.id, celebrationMessages)).toBe('queued');
    expect(await celebrateMilestone(t.db.prisma, t.clock, seed.milestones[0]!.id, celebrationMessages)).toBe('already');
    await deliverOutbox(t);
    expect(t.fake.messagesIn('C0WINS')).toHaveLength(1);
  });
});
