import { expectValidBlocks } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { celebrationMessages } from '../../../src/blocks/celebrations.js';
import { celebrateMilestone } from '../../../src/services/celebrations.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { deliverOutbox, markMilestoneDone, seedPerson } from '../../support/celebrations.js';
import { backends } from '../../support/db.js';

const CHANNEL = 'C0WINS';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`"Remove the post" on ${backend.name}`, () => {
    let t: TestApp;
    useTestApp((app) => (t = app), { backend });
    beforeEach(async () => {
      t.fake.setChannel(CHANNEL, { name: 'team-wins', members: [t.fake.bot.userId] });
    });

    /** A win by someone who always shares: the post and the confirmation are queued. */
    async function alwaysSharedWin() {
      const seed = await seedPerson(t, { consent: 'always', workspaceChannel: CHANNEL });
      const milestone = seed.milestones[0]!;
      await markMilestoneDone(t, milestone.id);
      expect(await celebrateMilestone(t.db.prisma, t.clock, milestone.id, celebrationMessages)).toBe('queued');
      const confirmation = await t.db.prisma.outboxMessage.findUniqueOrThrow({
        where: { dedupeKey: `celebrate-confirm:milestone:${milestone.id}` },
      });
      return { seed, milestone, postKey: `celebrate:milestone:${milestone.id}`, confirmation };
    }

    async function pressRemove(celebrationId: string, userId = ALICE) {
      const request = await t.driver.blockAction({
        userId,
        actionId: 'celebration_remove',
        blockId: 'celebration_remove',
        value: celebrationId,
        container: { channelId: t.fake.dmChannelFor(ALICE), messageTs: '1700000000.000100' },
      });
      expect(request.status).toBe(200);
      const response = await t.responseTo(request);
      return response.body as { replace_original?: boolean; text: string; blocks: KnownBlock[] };
    }

    it('deletes the channel post with the ts the sender stored, and confirms in place', async () => {
      const { postKey } = await alwaysSharedWin();
      await deliverOutbox(t);
      const [post] = t.fake.messagesIn(CHANNEL);
      expect(post).toBeDefined();
      const row = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: postKey } });
      expect(row.slackTs).toBe(post!.ts);
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();

      const body = await pressRemove(celebration.id);
      expect(body.replace_original).toBe(true);
      expectValidBlocks(body.blocks, 'message');
      expect(JSON.stringify(body.blocks)).toContain(`Removed the post about`);

      const deletes = t.fake.callsTo('chat.delete');
      expect(deletes).toHaveLength(1);
      expect(deletes[0]!.args).toMatchObject({ channel: CHANNEL, ts: post!.ts });
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);
      expect(await t.db.prisma.celebration.findUniqueOrThrow({ where: { id: celebration.id } })).toMatchObject({
        status: 'removed',
      });
      expect(t.fake.specViolations).toEqual([]);
    });

    it('drops the outbox row when the post has not been sent yet, so it is never posted', async () => {
      const { postKey } = await alwaysSharedWin();
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      await pressRemove(celebration.id);
      expect(t.fake.callsTo('chat.delete')).toEqual([]);
      expect(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: postKey } })).toMatchObject({
        status: 'dropped',
      });
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);
      // Removed posts stay out of the weekly digest too.
      expect(await t.db.prisma.celebration.findUniqueOrThrow({ where: { id: celebration.id } })).toMatchObject({
        status: 'removed',
      });
    });

    it('counts a post a channel admin already deleted as removed, and a second press as done', async () => {
      await alwaysSharedWin();
      await deliverOutbox(t);
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      t.fake.failNext('chat.delete', { error: 'message_not_found' });
      const first = await pressRemove(celebration.id);
      expect(JSON.stringify(first.blocks)).toContain('Removed the post');
      const second = await pressRemove(celebration.id);
      expect(JSON.stringify(second.blocks)).toContain('Removed the post');
      expect(t.fake.callsTo('chat.delete')).toHaveLength(1);
    });

    it('lets only the person celebrated remove the post', async () => {
      await alwaysSharedWin();
      await deliverOutbox(t);
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      const body = await pressRemove(celebration.id, 'U0MALLORY');
      expect(body.replace_original).not.toBe(true);
      expect(body.text).toContain('someone else');
      expect(t.fake.callsTo('chat.delete')).toEqual([]);
      expect(t.fake.messagesIn(CHANNEL)).toHaveLength(1);
    });

    it('asks to press again while the post is being delivered', async () => {
      const { postKey } = await alwaysSharedWin();
      await t.db.prisma.outboxMessage.update({ where: { dedupeKey: postKey }, data: { status: 'sending' } });
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      const body = await pressRemove(celebration.id);
      expect(body.text).toContain('again in a minute');
      expect(await t.db.prisma.celebration.findUniqueOrThrow({ where: { id: celebration.id } })).toMatchObject({
        status: 'queued',
      });
    });
  });
}
