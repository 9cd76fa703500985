/**
 * Seeds people with pathways and milestones for the scheduler's tests and
 * benchmarks, and runs the planner and sender against a test app.
 */
import type { PrismaClient } from '../../src/db/client.js';
import { dateToDb } from '../../src/domain/dates.js';
import { createLogger } from '../../src/logger.js';
import { type PlanStats, planAll } from '../../src/scheduler/planner.js';
import { Sender, type SenderOptions } from '../../src/scheduler/sender.js';
import { ensureMember } from '../../src/services/people.js';
import type { TestApp } from './app-harness.js';

export interface SeedPerson {
  slackUserId: string;
  timeZone?: string;
  milestones?: ReadonlyArray<{ title: string; due: string; done?: boolean }>;
  managerSlackUserId?: string;
  /** When the pathway started (default 2027-01-04T10:00Z). */
  startedAt?: string;
  lastCheckInAt?: string;
}

export async function seedPerson(prisma: PrismaClient, teamId: string, seed: SeedPerson) {
  const member = await ensureMember(prisma, { teamId, userId: seed.slackUserId });
  const manager = seed.managerSlackUserId
    ? (await ensureMember(prisma, { teamId, userId: seed.managerSlackUserId })).person
    : undefined;
  const person = await prisma.person.update({
    where: { id: member.person.id },
    data: {
      timeZone: seed.timeZone ?? 'Europe/London',
      displayName: seed.slackUserId,
      profileSyncedAt: new Date(),
      managerId: manager?.id ?? null,
    },
  });
  const pathway = await prisma.pathway.create({
    data: {
      personId: person.id,
      activeForPersonId: person.id,
      frameworkVersionId: member.workspace.activeFrameworkId!,
      fromRoleKey: 'instructional-designer',
      goalRoleKey: 'senior-instructional-designer',
      moveKind: 'ladder',
      targetDate: dateToDb('2027-12-31'),
      startedAt: new Date(seed.startedAt ?? '2027-01-04T10:00:00Z'),
      milestones: {
        create: (seed.milestones ?? []).map((milestone, index) => ({
          position: index + 1,
          title: milestone.title,
          dueDate: dateToDb(milestone.due),
          doneAt: milestone.done ? new Date('2027-01-05T10:00:00Z') : null,
        })),
      },
    },
    include: { milestones: { orderBy: { position: 'asc' } } },
  });
  if (seed.lastCheckInAt) {
    await prisma.checkIn.create({
      data: {
        personId: person.id,
        pathwayId: pathway.id,
        frameworkVersionId: member.workspace.activeFrameworkId!,
        goalRoleKey: pathway.goalRoleKey,
        createdAt: new Date(seed.lastCheckInAt),
      },
    });
  }
  return { workspace: member.workspace, person, pathway, milestones: pathway.milestones, manager };
}

export const quietLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

export function plan(t: TestApp): Promise<PlanStats> {
  return planAll({ prisma: t.db.prisma, clock: t.clock, logger: quietLogger, defaultTimeZone: 'Europe/London' });
}

/** A sender over the app's own background clients, fast by default (no per-channel spacing). */
export function testSender(t: TestApp, options: Partial<SenderOptions> = {}): Sender {
  const clients = t.app.clients;
  if (!clients) throw new Error('the test app has no Slack clients');
  return new Sender(
    {
      prisma: t.db.prisma,
      clients,
      clock: t.clock,
      logger: quietLogger,
      defaultTimeZone: 'Europe/London',
      adminUserIds: [],
    },
    { channelIntervalMs: 0, workspaceIntervalMs: 0, pollMs: 50, ...options },
  );
}

/** Texts of the DMs a user received, oldest first. */
export function dmTexts(t: TestApp, slackUserId: string): string[] {
  return t.fake.messagesIn(t.fake.dmChannelFor(slackUserId)).map((message) => message.text);
}
