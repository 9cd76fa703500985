/**
 * Fixtures for celebration tests: a person with a pathway and milestones, and
 * a stand-in for the outbox sender that delivers queued rows the way the real
 * one does (channel posts through deliverChannelPost, DMs with chat.postMessage),
 * storing the ts it got back.
 */
import { WebClient } from '@slack/web-api';
import { dateToDb } from '../../src/domain/dates.js';
import type { CelebrationConsent } from '../../src/domain/celebrations.js';
import { createLogger } from '../../src/logger.js';
import { CHANNEL_POST_KINDS } from '../../src/services/celebrations.js';
import { outboxPayloadSchema } from '../../src/services/outbox.js';
import { ensureWorkspace } from '../../src/services/people.js';
import { deliverChannelPost } from '../../src/slack/channel-posts.js';
import type { TestApp } from './app-harness.js';

export const GOAL_ROLE_KEY = 'senior-instructional-designer';
export const GOAL_ROLE_TITLE = 'Senior Instructional Designer';

export interface SeedOptions {
  slackUserId?: string;
  consent?: CelebrationConsent;
  team?: string | null;
  personChannel?: string | null;
  workspaceChannel?: string | null;
  isSlackAdmin?: boolean;
  milestones?: string[];
}

export async function seedPerson(t: TestApp, options: SeedOptions = {}) {
  const prisma = t.db.prisma;
  const workspace = await ensureWorkspace(prisma, t.fake.team.id);
  if (options.workspaceChannel !== undefined) {
    await prisma.workspace.update({ where: { id: workspace.id }, data: { celebrationChannelId: options.workspaceChannel } });
  }
  const person = await prisma.person.create({
    data: {
      workspaceId: workspace.id,
      slackUserId: options.slackUserId ?? 'U0ALICE',
      celebrationConsent: options.consent ?? 'ask',
      team: options.team ?? null,
      celebrationChannelId: options.personChannel ?? null,
      isSlackAdmin: options.isSlackAdmin ?? false,
      profileSyncedAt: t.clock.now(),
      timeZone: 'Europe/London',
    },
  });
  const pathway = await prisma.pathway.create({
    data: {
      personId: person.id,
      activeForPersonId: person.id,
      frameworkVersionId: workspace.activeFrameworkId!,
      fromRoleKey: 'instructional-designer',
      goalRoleKey: GOAL_ROLE_KEY,
      moveKind: 'ladder',
      targetDate: dateToDb('2027-09-30'),
      milestones: {
        create: (options.milestones ?? ['Finish the facilitation course', 'Lead a stakeholder workshop']).map((title, index) => ({
          position: index + 1,
          title,
          dueDate: dateToDb('2027-03-31'),
        })),
      },
    },
    include: { milestones: { orderBy: { position: 'asc' } } },
  });
  return { workspace, person, pathway, milestones: pathway.milestones };
}

/** Marks a milestone done the way `/pathway done` does, evidence included. */
export async function markMilestoneDone(t: TestApp, milestoneId: string, evidence: string | null = null) {
  return t.db.prisma.milestone.update({ where: { id: milestoneId }, data: { doneAt: t.clock.now(), evidence } });
}

/** Delivers every pending outbox row that is due, oldest first, as the sender would. */
export async function deliverOutbox(t: TestApp, adminUserIds: readonly string[] = []): Promise<void> {
  const prisma = t.db.prisma;
  // A couple of quick retries: an idle keep-alive socket to the fake may have been closed.
  const client = new WebClient(t.fake.bot.token, { slackApiUrl: t.fake.url, retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 } });
  const deps = { prisma, clock: t.clock, logger: createLogger('silent'), adminUserIds };
  for (;;) {
    const rows = await prisma.outboxMessage.findMany({ where: { status: 'pending', notBefore: { lte: t.clock.now() } }, orderBy: { createdAt: 'asc' } });
    if (rows.length === 0) return;
    for (const row of rows) {
      if (CHANNEL_POST_KINDS.has(row.kind)) {
        const result = await deliverChannelPost(deps, client, row);
        await prisma.outboxMessage.update({
          where: { id: row.id },
          data: result.ok ? { status: 'sent', slackTs: result.ts, sentAt: t.clock.now() } : { status: 'failed', lastError: result.error },
        });
        continue;
      }
      const payload = outboxPayloadSchema.parse(row.payload);
      const answer = await client.chat.postMessage({ channel: row.recipient, text: payload.text, ...(payload.blocks ? { blocks: payload.blocks } : {}) });
      await prisma.outboxMessage.update({ where: { id: row.id }, data: { status: 'sent', slackTs: answer.ts ?? null, sentAt: t.clock.now() } });
    }
  }
}

/** Every message visible in channels (not DMs), as text and blocks. */
export function channelMessages(t: TestApp): string[] {
  return t.fake.messages.filter((m) => !m.channel.startsWith('D') && !m.deleted).map((m) => `${m.text}\n${JSON.stringify(m.blocks ?? [])}`);
}
