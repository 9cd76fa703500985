/**
 * Fixtures for celebration tests: a person with a pathway and milestones, and
 * delivery of what was queued through the app's own outbox sender.
 */
import { WebClient } from '@slack/web-api';
import type { CelebrationConsent } from '../../src/domain/celebrations.js';
import { dateToDb } from '../../src/domain/dates.js';
import { createLogger } from '../../src/logger.js';
import { Sender } from '../../src/scheduler/sender.js';
import { ensureWorkspace } from '../../src/services/people.js';
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
    await prisma.workspace.update({
      where: { id: workspace.id },
      data: { celebrationChannelId: options.workspaceChannel },
    });
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
        create: (options.milestones ?? ['Finish the facilitation course', 'Lead a stakeholder workshop']).map(
          (title, index) => ({
            position: index + 1,
            title,
            dueDate: dateToDb('2027-03-31'),
          }),
        ),
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

/**
 * The fake's server closes keep-alive sockets after 5 s; on a busy machine a
 * request can still go out on one just closed (ECONNRESET, "fetch failed"),
 * which the sender would retry 30 s later. Tests retry such a request at once
 * on a fresh connection: it never reached the fake, so nothing is sent twice.
 */
const retryOnStaleSocket: typeof fetch = (input, init) => fetch(input, init).catch(() => fetch(input, init));

/** Delivers every due outbox row with the app's own sender (channel posts, DMs), without waiting between posts. */
export async function deliverOutbox(t: TestApp, adminUserIds: readonly string[] = []): Promise<void> {
  const client = new WebClient(t.fake.bot.token, { slackApiUrl: t.fake.url, fetch: retryOnStaleSocket });
  const sender = new Sender(
    {
      prisma: t.db.prisma,
      clients: { forTeam: async () => client },
      clock: t.clock,
      logger: createLogger('silent'),
      defaultTimeZone: 'Europe/London',
      adminUserIds,
    },
    { workerId: 'celebration-tests', channelIntervalMs: 0, workspaceIntervalMs: 0, sleep: async () => {} },
  );
  await sender.drain();
}

/** Every message visible in channels (not DMs), as text and blocks. */
export function channelMessages(t: TestApp): string[] {
  return t.fake.messages
    .filter((m) => !m.channel.startsWith('D') && !m.deleted)
    .map((m) => `${m.text}\n${JSON.stringify(m.blocks ?? [])}`);
}
