/**
 * The sandbox's demo team: a manager, four employees at different points of their pathways
 * and an admin, on the default framework, in the sandbox's own workspace. Loaded on request
 * ("Load demo team"), replacing whatever the sandbox workspace held before.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { dateToDb, todayIn } from '../domain/dates.js';
import { milestoneTemplatesFor, moveKind, signalsFor } from '../domain/framework/queries.js';
import { activeFramework } from '../services/frameworks.js';
import { ensureMember, updateProfile } from '../services/people.js';
import type { FakeUserOptions } from './fake-slack.js';

export const SANDBOX_TEAM_ID = 'T0SANDBOX';
export const GENERAL_CHANNEL = { id: 'C0SBGENRL', name: 'general' } as const;
export const WINS_CHANNEL = { id: 'C0SBWINS1', name: 'team-wins' } as const;

interface DemoPathway {
  readonly goal: string;
  /** Milestone templates already done, by position (1-based). */
  readonly done: readonly number[];
  /** Days since the pathway started; due dates follow the templates' weeks from then. */
  readonly startedDaysAgo: number;
  /** A self-assessed check-in this many days ago, awaiting the manager's calibration. */
  readonly checkInDaysAgo?: number;
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  /** Shown in the sandbox's person picker. */
  readonly about: string;
  readonly roleKey: string;
  readonly tz: string;
  readonly managerId?: string;
  readonly isAdmin?: boolean;
  readonly pathway?: DemoPathway;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'U0SBSAM01', name: 'Sam Rivera', about: 'employee, new: no plan yet', roleKey: 'instructional-designer', tz: 'Europe/London', managerId: 'U0SBMAYA1' },
  {
    id: 'U0SBPRIYA',
    name: 'Priya Shah',
    about: 'employee, halfway to Learning Strategist',
    roleKey: 'senior-instructional-designer',
    tz: 'Europe/London',
    managerId: 'U0SBMAYA1',
    pathway: { goal: 'learning-strategist', done: [1, 2, 3], startedDaysAgo: 120, checkInDaysAgo: 3 },
  },
  {
    id: 'U0SBLEO01',
    name: 'Leo Martin',
    about: 'employee, a milestone overdue',
    roleKey: 'instructional-designer',
    tz: 'America/New_York',
    managerId: 'U0SBMAYA1',
    pathway: { goal: 'senior-instructional-designer', done: [1], startedDaysAgo: 23 },
  },
  {
    id: 'U0SBNOOR1',
    name: 'Noor Haddad',
    about: 'employee, moving across to performance consulting',
    roleKey: 'learning-consultant',
    tz: 'Asia/Dubai',
    managerId: 'U0SBMAYA1',
    pathway: { goal: 'performance-consultant', done: [], startedDaysAgo: 10 },
  },
  { id: 'U0SBMAYA1', name: 'Maya Okafor', about: 'manager of the four above', roleKey: 'ld-manager', tz: 'Europe/London' },
  { id: 'U0SBALEX1', name: 'Alex Kim', about: 'Pathway admin', roleKey: 'learning-strategist', tz: 'Europe/Berlin', isAdmin: true },
];

/** The demo people as the fake Slack's users (users.info answers with these). */
export function demoSlackUsers(): FakeUserOptions[] {
  return DEMO_PEOPLE.map((p) => ({
    id: p.id,
    realName: p.name,
    displayName: p.name.split(' ')[0] ?? p.name,
    name: p.name.toLowerCase().replace(/\s+/g, '.'),
    email: `${p.name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    tz: p.tz,
    isAdmin: p.isAdmin === true,
  }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysFrom(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Forgets the sandbox workspace: people first (their pathways and check-ins pin framework versions), then the rest. */
export async function clearSandboxWorkspace(prisma: PrismaClient, teamId: string): Promise<void> {
  const workspace = await prisma.workspace.findUnique({ where: { slackTeamId: teamId } });
  if (workspace === null) return;
  await prisma.$transaction([
    prisma.person.deleteMany({ where: { workspaceId: workspace.id } }),
    prisma.workspace.delete({ where: { id: workspace.id } }),
  ]);
}

/** Replaces the sandbox workspace with the demo team. */
export async function loadDemoTeam(prisma: PrismaClient, clock: Clock, teamId: string = SANDBOX_TEAM_ID): Promise<void> {
  if (teamId !== SANDBOX_TEAM_ID) throw new Error(`demo data only goes into the sandbox workspace ${SANDBOX_TEAM_ID}`);
  await clearSandboxWorkspace(prisma, teamId);
  const now = clock.now();
  const personIds = new Map<string, string>();
  for (const demo of DEMO_PEOPLE) {
    const { person, workspace } = await ensureMember(prisma, { teamId, userId: demo.id });
    personIds.set(demo.id, person.id);
    await updateProfile(prisma, person.id, { displayName: demo.name, email: demoSlackUsers().find((u) => u.id === demo.id)?.email, timeZone: demo.tz, isSlackAdmin: demo.isAdmin === true });
    await prisma.person.update({ where: { id: person.id }, data: { currentRoleKey: demo.roleKey, team: 'Learning' } });
    if (workspace.celebrationChannelId !== WINS_CHANNEL.id) {
      await prisma.workspace.update({ where: { id: workspace.id }, data: { celebrationChannelId: WINS_CHANNEL.id } });
    }
  }
  for (const demo of DEMO_PEOPLE) {
    const personId = personIds.get(demo.id) ?? '';
    const managerId = demo.managerId === undefined ? null : (personIds.get(demo.managerId) ?? null);
    await prisma.person.update({ where: { id: personId }, data: { managerId } });
    if (demo.pathway !== undefined) await seedPathway(prisma, teamId, personId, demo, demo.pathway, now);
  }
}

async function seedPathway(prisma: PrismaClient, teamId: string, personId: string, demo: DemoPerson, plan: DemoPathway, now: Date): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } });
  const { versionId, framework } = await activeFramework(prisma, workspace.id);
  const kind = moveKind(framework, demo.roleKey, plan.goal);
  if (kind === null) throw new Error(`demo data: ${plan.goal} is not a move from ${demo.roleKey} in the default framework`);
  const today = todayIn(demo.tz, now);
  const start = daysFrom(today, -plan.startedDaysAgo);
  const templates = milestoneTemplatesFor(framework, plan.goal);
  let weeks = 0;
  const milestones = templates.map((template, index) => {
    weeks += template.weeks;
    const position = index + 1;
    const dueDate = daysFrom(start, weeks * 7);
    const done = plan.done.includes(position);
    return {
      position,
      title: template.title,
      kind: template.kind,
      dueDate: dateToDb(dueDate),
      link: template.link ?? null,
      signalKeys: template.signals,
      doneAt: done ? new Date(Date.parse(`${dueDate}T12:00:00Z`) - 3 * DAY_MS) : null,
      evidence: done ? 'Done; notes shared with my manager.' : null,
    };
  });
  const pathway = await prisma.pathway.create({
    data: {
      personId,
      activeForPersonId: personId,
      frameworkVersionId: versionId,
      fromRoleKey: demo.roleKey,
      goalRoleKey: plan.goal,
      moveKind: kind,
      targetDate: dateToDb(daysFrom(start, Math.max(weeks, 12) * 7)),
      startedAt: new Date(Date.parse(`${start}T09:00:00Z`)),
      milestones: { create: milestones },
    },
  });
  if (plan.checkInDaysAgo === undefined) return;
  const ratings = signalsFor(framework, plan.goal).map((signal, index) => ({
    signalKey: signal.key,
    selfRating: [3, 2, 3, 2, 1, 2][index % 6] ?? 2,
    example: index === 0 ? 'Ran the onboarding redesign with Sales and Support.' : null,
  }));
  await prisma.checkIn.create({
    data: {
      personId,
      pathwayId: pathway.id,
      frameworkVersionId: versionId,
      goalRoleKey: plan.goal,
      createdAt: new Date(now.getTime() - plan.checkInDaysAgo * DAY_MS),
      ratings: { create: ratings },
    },
  });
}
