import { expectValidBlocks } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { celebrationMessages } from '../../../src/blocks/celebrations.js';
import { MILESTONE_ACTIONS } from '../../../src/blocks/milestones.js';
import { celebrateMilestone } from '../../../src/services/celebrations.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { channelMessages, deliverOutbox, GOAL_ROLE_TITLE, seedPerson } from '../../support/celebrations.js';
import { backends, resetDatabase } from '../../support/db.js';

const CHANNEL = 'C0WINS';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`celebration consent buttons on ${backend.name}`, () => {
    let t: TestApp;
    useTestApp((app) => (t = app), { backend });
    beforeEach(async () => {
      t.fake.setChannel(CHANNEL, { name: 'team-wins', members: [t.fake.bot.userId] });
    });

    /**
     * Marks milestone `index` done with `/pathway done`, as the person would, and
     * delivers what was queued. Returns what the celebration trigger decided.
     */
    async function finish(seed: Awaited<ReturnType<typeof seedPerson>>, index: number) {
      const milestone = seed.milestones[index]!;
      const request = await t.driver.slashCommand({
        userId: ALICE,
        text: `done ${milestone.position} private evidence note`,
      });
      expect(request.status).toBe(200);
      await t.responseTo(request);
      expect((await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).evidence).toBe(
        'private evidence note',
      );
      await deliverOutbox(t);
      // Asking again tells what the trigger decided the first time (it never acts twice).
      const again = await celebrateMilestone(t.db.prisma, t.clock, milestone.id, celebrationMessages);
      if (again !== 'already') return again;
      const celebration = await t.db.prisma.celebration.findUniqueOrThrow({
        where: { subjectKey: `milestone:${milestone.id}` },
      });
      return celebration.status === 'awaiting_consent' ? 'asked' : 'queued';
    }

    /** The consent question in Alice's DM, and a press of one of its buttons. */
    async function answer(choice: 'once' | 'always' | 'never', userId = ALICE) {
      const question = t.fake
        .messagesIn(t.fake.dmChannelFor(ALICE))
        .findLast((m) => JSON.stringify(m.blocks).includes('celebration_consent_'));
      expect(question).toBeDefined();
      const actions = (question!.blocks as KnownBlock[]).find((block) => block.type === 'actions');
      const button = (actions as { elements: Array<{ action_id: string; value: string }> }).elements.find((e) =>
        e.action_id.endsWith(choice),
      )!;
      const request = await t.driver.blockAction({
        userId,
        actionId: button.action_id,
        blockId: 'celebration_consent',
        value: button.value,
        container: { channelId: question!.channel, messageTs: question!.ts, blocks: question!.blocks as unknown[] },
      });
      expect(request.status).toBe(200);
      const response = await t.responseTo(request);
      return response.body as {
        replace_original?: boolean;
        response_type?: string;
        text: string;
        blocks: KnownBlock[];
      };
    }

    function expectCleanSlackUse() {
      expect(t.fake.specViolations).toEqual([]);
      expect(t.fake.blockKitViolations).toEqual([]);
    }

    it('posts nothing and asks nothing when the person said never', async () => {
      const seed = await seedPerson(t, { consent: 'never', workspaceChannel: CHANNEL });
      expect(await finish(seed, 0)).toBe('not-consented');
      expect(t.fake.messages).toEqual([]);
      expect(await t.db.prisma.outboxMessage.count()).toBe(0);
      expect(await t.db.prisma.celebration.count()).toBe(0);
    });

    it('asks privately on the first milestone; "post this time" posts once and asks again next time', async () => {
      const seed = await seedPerson(t, {
        workspaceChannel: CHANNEL,
        milestones: ['Finish the facilitation course', 'Lead a stakeholder workshop'],
      });
      expect(await finish(seed, 0)).toBe('asked');
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);
      const dm = t.fake.messagesIn(t.fake.dmChannelFor(ALICE));
      expect(dm).toHaveLength(1);
      expect(JSON.stringify(dm[0]!.blocks)).toContain('Finish the facilitation course');

      const body = await answer('once');
      expect(body.replace_original).toBe(true);
      expectValidBlocks(body.blocks, 'message');
      expect(JSON.stringify(body.blocks)).toContain('celebration_remove');
      expect(JSON.stringify(body.blocks)).toContain('Pathway will ask again next time');

      await deliverOutbox(t);
      const posts = t.fake.messagesIn(CHANNEL);
      expect(posts).toHaveLength(1);
      const post = JSON.stringify(posts[0]!.blocks);
      expect(post).toContain(`<@${ALICE}>`);
      expect(post).toContain('Finish the facilitation course');
      expect(post).toContain(GOAL_ROLE_TITLE);
      expect(post).not.toContain('private evidence note');
      const person = await t.db.prisma.person.findUniqueOrThrow({ where: { id: seed.person.id } });
      expect(person.celebrationConsent).toBe('ask');
      const row = await t.db.prisma.outboxMessage.findUniqueOrThrow({
        where: { dedupeKey: `celebrate:milestone:${seed.milestones[0]!.id}` },
      });
      expect(row).toMatchObject({ recipient: CHANNEL, status: 'sent', slackTs: posts[0]!.ts });

      // The next win is asked about again, and nothing is posted until the answer.
      expect(await finish(seed, 1)).toBe('asked');
      expect(t.fake.messagesIn(CHANNEL)).toHaveLength(1);
      expectCleanSlackUse();
    });

    it('"always" posts this win and later ones without asking, each with a private confirmation', async () => {
      const seed = await seedPerson(t, { workspaceChannel: CHANNEL });
      await finish(seed, 0);
      await answer('always');
      expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: seed.person.id } })).celebrationConsent).toBe(
        'always',
      );
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toHaveLength(1);

      const dmBefore = t.fake.messagesIn(t.fake.dmChannelFor(ALICE)).length;
      expect(await finish(seed, 1)).toBe('queued');
      const posts = t.fake.messagesIn(CHANNEL);
      expect(posts).toHaveLength(2);
      expect(JSON.stringify(posts[1]!.blocks)).toContain('Lead a stakeholder workshop');
      const dm = t.fake.messagesIn(t.fake.dmChannelFor(ALICE));
      expect(dm).toHaveLength(dmBefore + 1);
      expect(JSON.stringify(dm.at(-1)!.blocks)).toContain('celebration_remove');
      expect(JSON.stringify(dm.at(-1)!.blocks)).not.toContain('celebration_consent_');
      expectCleanSlackUse();
    });

    it('"never" keeps this win private and stops asking', async () => {
      const seed = await seedPerson(t, { workspaceChannel: CHANNEL });
      await finish(seed, 0);
      const body = await answer('never');
      expect(JSON.stringify(body.blocks)).toContain('will not post your wins');
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);
      const celebration = await t.db.prisma.celebration.findFirstOrThrow();
      expect(celebration.status).toBe('declined');
      expect(await finish(seed, 1)).toBe('not-consented');
      expect(channelMessages(t)).toEqual([]);
      expectCleanSlackUse();
    });

    it('a second press changes nothing, and nobody else can answer for the person', async () => {
      const seed = await seedPerson(t, { workspaceChannel: CHANNEL });
      await finish(seed, 0);
      const stranger = await answer('once', 'U0MALLORY');
      expect(stranger.replace_original).not.toBe(true);
      expect(stranger.text).toContain('someone else');
      expect((await t.db.prisma.celebration.findFirstOrThrow()).status).toBe('awaiting_consent');

      await answer('once');
      const again = await answer('never');
      expect(JSON.stringify(again.blocks)).toContain('celebration_remove');
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toHaveLength(1);
      expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: seed.person.id } })).celebrationConsent).toBe(
        'ask',
      );
      expectCleanSlackUse();
    });

    it('withdraws the question when the milestone is reopened with Undo, and asks afresh when it is done again', async () => {
      const seed = await seedPerson(t, { workspaceChannel: CHANNEL });
      expect(await finish(seed, 0)).toBe('asked');
      const undo = await t.driver.blockAction({
        userId: ALICE,
        actionId: MILESTONE_ACTIONS.undoDone,
        value: seed.milestones[0]!.id,
      });
      expect(undo.status).toBe(200);
      await t.responseTo(undo);
      await expect.poll(() => t.db.prisma.celebration.count()).toBe(0);

      const stale = await answer('once');
      expect(stale.text).toContain('no longer there');
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);

      expect(await finish(seed, 0)).toBe('asked');
      expect(
        t.fake
          .messagesIn(t.fake.dmChannelFor(ALICE))
          .filter((m) => JSON.stringify(m.blocks).includes('celebration_consent_')),
      ).toHaveLength(2);
      await answer('once');
      await deliverOutbox(t);
      expect(t.fake.messagesIn(CHANNEL)).toHaveLength(1);
      expectCleanSlackUse();
    });

    it('prefers the person’s channel over the team’s over the workspace’s, and asks nothing without a channel', async () => {
      t.fake.setChannel('C0TEAM', { members: [t.fake.bot.userId] });
      t.fake.setChannel('C0MINE', { members: [t.fake.bot.userId] });
      const seed = await seedPerson(t, { consent: 'always', workspaceChannel: CHANNEL, team: 'Learning' });
      await t.db.prisma.teamCelebrationChannel.create({
        data: { workspaceId: seed.workspace.id, team: 'Learning', channelId: 'C0TEAM' },
      });
      await finish(seed, 0);
      expect(t.fake.messagesIn('C0TEAM')).toHaveLength(1);
      await t.db.prisma.person.update({ where: { id: seed.person.id }, data: { celebrationChannelId: 'C0MINE' } });
      await finish(seed, 1);
      expect(t.fake.messagesIn('C0MINE')).toHaveLength(1);
      expect(t.fake.messagesIn(CHANNEL)).toEqual([]);

      await resetDatabase(t.db);
      const alone = await seedPerson(t, { consent: 'ask' });
      expect(await finish(alone, 0)).toBe('no-channel');
      expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    });
  });
}
