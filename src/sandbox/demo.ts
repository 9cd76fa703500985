/**
 * The sandbox's demo team: a manager, four employees at different points of their pathways
 * and an admin, on the default framework, in the sandbox's own workspace. Loaded on request
 * ("Load demo team"), replacing whatever the sandbox workspace held before.
 */

import type { FakeUserOptions } from '@pathway/fake-slack';
import { conversationNotices } from '../blocks/conversations.js';
import { feedbackNotices } from '../blocks/feedback.js';
import { moveNotices } from '../blocks/goals.js';
import { suggestionNotices } from '../blocks/suggestions.js';
import { thanksNotice } from '../blocks/thanks.js';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb, todayIn } from '../domain/dates.js';
import { feedbackKeys, feedbackTimes } from '../domain/feedback.js';
import { findRole, milestoneTemplatesFor, moveKind, signalsFor } from '../domain/framework/queries.js';
import type { Framework } from '../domain/framework/schema.js';
import type { SandboxMessageKey } from '../i18n/areas/sandbox.js';
import { competencyItems } from '../services/competencies.js';
import { planConversation } from '../services/conversations.js';
import { activeFramework } from '../services/frameworks.js';
import { enqueueMessage } from '../services/outbox.js';
import { ensureMember, updateProfile } from '../services/people.js';
import { ownCheckIns } from '../services/privacy.js';

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
  /** A wins log with several kinds of evidence, an earlier check-in and a suggestion from the manager waiting for an answer. */
  readonly evidence?: boolean;
  /** Said "I moved into this role" this many days ago; the manager has not confirmed yet. */
  readonly moveProposedDaysAgo?: number;
  /** A development conversation with the manager held this many days ago (notes, agreed actions), and the next one planned in `conversationInDays`. */
  readonly conversationHeldDaysAgo?: number;
  readonly conversationInDays?: number;
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  /** Shown in the sandbox's person picker (a catalog message, src/i18n/areas/sandbox.ts). */
  readonly about: SandboxMessageKey;
  readonly roleKey: string;
  readonly tz: string;
  /** Slack locale (users.info with include_locale); default en-GB. Decides how 3/4/2027 is read. */
  readonly locale?: string;
  readonly managerId?: string;
  readonly isAdmin?: boolean;
  readonly pathway?: DemoPathway;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'U0SBSAM01',
    name: 'Sam Rivera',
    about: 'sandbox.demo.about.sam',
    roleKey: 'instructional-designer',
    tz: 'Europe/London',
    managerId: 'U0SBMAYA1',
  },
  {
    id: 'U0SBPRIYA',
    name: 'Priya Shah',
    about: 'sandbox.demo.about.priya',
    roleKey: 'senior-instructional-designer',
    tz: 'Europe/London',
    managerId: 'U0SBMAYA1',
    pathway: {
      goal: 'learning-strategist',
      done: [1, 2, 3],
      startedDaysAgo: 120,
      checkInDaysAgo: 3,
      evidence: true,
      conversationHeldDaysAgo: 40,
      conversationInDays: 4,
    },
  },
  {
    id: 'U0SBLEO01',
    name: 'Leo Martin',
    about: 'sandbox.demo.about.leo',
    roleKey: 'instructional-designer',
    tz: 'America/New_York',
    locale: 'en-US',
    managerId: 'U0SBMAYA1',
    pathway: { goal: 'senior-instructional-designer', done: [1], startedDaysAgo: 23 },
  },
  {
    id: 'U0SBNOOR1',
    name: 'Noor Haddad',
    about: 'sandbox.demo.about.noor',
    roleKey: 'learning-consultant',
    tz: 'Asia/Dubai',
    managerId: 'U0SBMAYA1',
    pathway: { goal: 'performance-consultant', done: [], startedDaysAgo: 10 },
  },
  {
    id: 'U0SBOMAR1',
    name: 'Omar Farouk',
    about: 'sandbox.demo.about.omar',
    roleKey: 'instructional-designer',
    tz: 'Europe/Madrid',
    locale: 'es-ES',
    managerId: 'U0SBMAYA1',
    pathway: {
      goal: 'senior-instructional-designer',
      done: [1, 2, 3, 4, 5],
      startedDaysAgo: 240,
      moveProposedDaysAgo: 1,
    },
  },
  {
    id: 'U0SBMAYA1',
    name: 'Maya Okafor',
    about: 'sandbox.demo.about.maya',
    roleKey: 'ld-manager',
    tz: 'Europe/London',
  },
  {
    id: 'U0SBALEX1',
    name: 'Alex Kim',
    about: 'sandbox.demo.about.alex',
    roleKey: 'learning-strategist',
    tz: 'Europe/Berlin',
    isAdmin: true,
  },
];

/**
 * Colleagues in two teams with a year of history (plans started, milestones done, check-ins,
 * confirmed moves), so `/pathway report` has enough people to show figures above the minimum
 * group size. Not in the person picker: they are the rest of the organisation.
 */
export interface DemoColleague {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly roleKey: string;
  readonly goal: string;
  readonly startedDaysAgo: number;
  /** Milestones done, by position. */
  readonly done: readonly number[];
  /** Days ago of self check-ins on the plan. */
  readonly checkInsDaysAgo: readonly number[];
  /** The move was confirmed this many days ago: the plan ended as reached. */
  readonly reachedDaysAgo?: number;
}

const colleague = (
  id: string,
  name: string,
  team: string,
  roleKey: string,
  goal: string,
  startedDaysAgo: number,
  done: number[],
  checkInsDaysAgo: number[],
  reachedDaysAgo?: number,
): DemoColleague => ({
  id,
  name,
  team,
  roleKey,
  goal,
  startedDaysAgo,
  done,
  checkInsDaysAgo,
  ...(reachedDaysAgo === undefined ? {} : { reachedDaysAgo }),
});

export const DEMO_COLLEAGUES: readonly DemoColleague[] = [
  colleague(
    'U0SBCOL01',
    'Ana Lopez',
    'Learning',
    'instructional-designer',
    'senior-instructional-designer',
    200,
    [1, 2, 3],
    [150, 90, 40],
  ),
  colleague(
    'U0SBCOL02',
    'Ben Carter',
    'Learning',
    'instructional-designer',
    'senior-instructional-designer',
    300,
    [1, 2, 3, 4, 5],
    [250, 190, 130, 70],
    30,
  ),
  colleague(
    'U0SBCOL03',
    'Chen Wei',
    'Learning',
    'senior-instructional-designer',
    'learning-strategist',
    150,
    [1, 2],
    [100, 45],
  ),
  colleague('U0SBCOL04', 'Dara Walsh', 'Learning', 'learning-consultant', 'performance-consultant', 120, [1], [60]),
  colleague(
    'U0SBCOL05',
    'Eli Novak',
    'Learning',
    'instructional-designer',
    'senior-instructional-designer',
    80,
    [1, 2],
    [30],
  ),
  colleague(
    'U0SBCOL06',
    'Fatima Noor',
    'Enablement',
    'instructional-designer',
    'senior-instructional-designer',
    260,
    [1, 2, 3, 4],
    [200, 140, 80, 20],
    12,
  ),
  colleague(
    'U0SBCOL07',
    'Gus Moreau',
    'Enablement',
    'senior-instructional-designer',
    'learning-strategist',
    180,
    [1, 2, 3],
    [120, 60],
  ),
  colleague(
    'U0SBCOL08',
    'Hana Sato',
    'Enablement',
    'instructional-designer',
    'senior-instructional-designer',
    140,
    [1, 2],
    [90, 30],
  ),
  colleague(
    'U0SBCOL09',
    'Ivan Petrov',
    'Enablement',
    'learning-consultant',
    'performance-consultant',
    100,
    [1, 2],
    [50],
  ),
  colleague(
    'U0SBCOL10',
    'Jade Brown',
    'Enablement',
    'instructional-designer',
    'senior-instructional-designer',
    60,
    [1],
    [20],
  ),
];

/** The demo people as the fake Slack's users (users.info answers with these). */
export function demoSlackUsers(): FakeUserOptions[] {
  return [...DEMO_PEOPLE, ...DEMO_COLLEAGUES.map((c) => ({ ...c, tz: 'Europe/London' }))].map((p) => ({
    id: p.id,
    realName: p.name,
    displayName: p.name.split(' ')[0] ?? p.name,
    name: p.name.toLowerCase().replace(/\s+/g, '.'),
    email: `${p.name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    tz: p.tz,
    ...('locale' in p && p.locale ? { locale: p.locale } : {}),
    isAdmin: 'isAdmin' in p && p.isAdmin === true,
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
    // Mentorships outlive one side's erasure (SetNull), so they go explicitly with the workspace's people.
    prisma.mentorship.deleteMany({
      where: { OR: [{ mentee: { workspaceId: workspace.id } }, { mentor: { workspaceId: workspace.id } }] },
    }),
    prisma.person.deleteMany({ where: { workspaceId: workspace.id } }),
    prisma.workspace.delete({ where: { id: workspace.id } }),
  ]);
}

/** Replaces the sandbox workspace with the demo team. */
export async function loadDemoTeam(
  prisma: PrismaClient,
  clock: Clock,
  teamId: string = SANDBOX_TEAM_ID,
): Promise<void> {
  if (teamId !== SANDBOX_TEAM_ID) throw new Error(`demo data only goes into the sandbox workspace ${SANDBOX_TEAM_ID}`);
  await clearSandboxWorkspace(prisma, teamId);
  const now = clock.now();
  const personIds = new Map<string, string>();
  for (const demo of DEMO_PEOPLE) {
    const { person, workspace } = await ensureMember(prisma, { teamId, userId: demo.id });
    personIds.set(demo.id, person.id);
    await updateProfile(prisma, person.id, {
      displayName: demo.name,
      email: demoSlackUsers().find((u) => u.id === demo.id)?.email,
      timeZone: demo.tz,
      locale: demo.locale ?? 'en-GB',
      isSlackAdmin: demo.isAdmin === true,
    });
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
  for (const history of DEMO_COLLEAGUES) await seedColleague(prisma, teamId, history, now);
  await seedFeedbackAndThanks(prisma, teamId, now);
  await seedMentoring(prisma, teamId, now);
}

/** Who Priya asked about her signals: Noor and Omar answered (without names, so counted together), Sam has not yet. */
const FEEDBACK_ANSWERS: ReadonlyArray<{
  colleague: string;
  answeredDaysAgo: number | null;
  ratings: readonly [number | null, number | null];
  comment: string | null;
}> = [
  {
    colleague: 'U0SBNOOR1',
    answeredDaysAgo: 1,
    ratings: [3, 2],
    comment: 'Her onboarding review changed how Sales plans its quarter.',
  },
  { colleague: 'U0SBOMAR1', answeredDaysAgo: 0.5, ratings: [3, null], comment: null },
  { colleague: 'U0SBSAM01', answeredDaysAgo: null, ratings: [null, null], comment: null },
];

/**
 * Priya asked three colleagues about two signals (two answered, Sam's request waits in his DM, so
 * switching to Sam lets a visitor answer it), and Ana thanked her for the onboarding review: it is
 * in her wins log and her DM.
 */
async function seedFeedbackAndThanks(prisma: PrismaClient, teamId: string, now: Date): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } });
  const priya = await prisma.person.findUniqueOrThrow({
    where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId: 'U0SBPRIYA' } },
  });
  const pathway = await prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: priya.id } });
  const { framework } = await activeFramework(prisma, workspace.id);
  const signals = signalsFor(framework, pathway.goalRoleKey).slice(0, 2);
  // Asked two days ago: Sam's one reminder is still to come (move the sandbox's clock to see it).
  const askedAt = new Date(now.getTime() - 2 * DAY_MS);
  const { remindAt, expiresAt } = feedbackTimes(askedAt);
  for (const answer of FEEDBACK_ANSWERS) {
    const colleague = await prisma.person.findUniqueOrThrow({
      where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId: answer.colleague } },
    });
    const request = await prisma.feedbackRequest.create({
      data: {
        personId: priya.id,
        pathwayId: pathway.id,
        colleagueId: colleague.id,
        signalKeys: signals.map((signal) => signal.key),
        answeredAt: answer.answeredDaysAgo === null ? null : new Date(now.getTime() - answer.answeredDaysAgo * DAY_MS),
        expiresAt,
        createdAt: askedAt,
        ...(answer.answeredDaysAgo === null
          ? {}
          : {
              answers: {
                create: signals.map((signal, index) => ({
                  signalKey: signal.key,
                  rating: answer.ratings[index] ?? null,
                  comment: index === 0 ? answer.comment : null,
                })),
              },
            }),
      },
    });
    if (answer.answeredDaysAgo !== null) continue;
    const details = { requestId: request.id, asker: priya, signals, expiresAt };
    const keys = feedbackKeys(request.id);
    await enqueueMessage(prisma, {
      workspaceId: workspace.id,
      dedupeKey: keys.ask,
      kind: 'feedback-ask',
      recipient: answer.colleague,
      payload: feedbackNotices.ask(details),
      notBefore: now,
    });
    await enqueueMessage(prisma, {
      workspaceId: workspace.id,
      dedupeKey: keys.reminder,
      kind: 'feedback-reminder',
      recipient: answer.colleague,
      payload: feedbackNotices.reminder(details),
      notBefore: remindAt,
    });
  }
  const ana = await prisma.person.findUniqueOrThrow({
    where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId: 'U0SBCOL01' } },
  });
  const reason = 'the onboarding review with Sales: clear, honest and it changed their plans';
  const thanks = await prisma.evidence.create({
    data: {
      personId: priya.id,
      pathwayId: pathway.id,
      kind: 'thanks',
      text: reason,
      signalKeys: signals.slice(0, 1).map((signal) => signal.key),
      authorId: ana.id,
      createdAt: new Date(now.getTime() - 3 * DAY_MS),
    },
  });
  await enqueueMessage(prisma, {
    workspaceId: workspace.id,
    dedupeKey: `thanks:${thanks.id}`,
    kind: 'thanks',
    recipient: priya.slackUserId,
    payload: thanksNotice({
      thanker: ana,
      reason,
      link: null,
      signalTitles: signals.slice(0, 1).map((signal) => signal.title),
      kept: true,
    }),
    notBefore: now,
  });
}

/** Mentor offers (someone to suggest and ask) and one mentorship with a session logged. */
export const DEMO_MENTORING = {
  /** Reached Senior Instructional Designer a month ago and offers to mentor towards it: suggested to Leo. */
  offers: ['U0SBCOL02', 'U0SBCOL06'],
  /** Alex mentors Priya towards Learning Strategist: one session logged, the next "did you meet?" in 12 days. */
  mentor: 'U0SBALEX1',
  mentee: 'U0SBPRIYA',
} as const;

async function seedMentoring(prisma: PrismaClient, teamId: string, now: Date): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } });
  const { framework } = await activeFramework(prisma, workspace.id);
  const person = (slackUserId: string) =>
    prisma.person.findUniqueOrThrow({ where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId } } });
  for (const slackUserId of [...DEMO_MENTORING.offers, DEMO_MENTORING.mentor]) {
    const mentor = await person(slackUserId);
    const role = mentor.currentRoleKey ?? 'senior-instructional-designer';
    const signalKeys = signalsFor(framework, role)
      .slice(0, 3)
      .map((signal) => signal.key);
    await prisma.mentorOffer.create({ data: { personId: mentor.id, roleKeys: [role], signalKeys, capacity: 2 } });
  }
  const [mentor, mentee] = await Promise.all([person(DEMO_MENTORING.mentor), person(DEMO_MENTORING.mentee)]);
  const today = todayIn('Europe/London', now);
  const mentorship = await prisma.mentorship.create({
    data: {
      menteeId: mentee.id,
      mentorId: mentor.id,
      goalRoleKey: mentor.currentRoleKey ?? 'learning-strategist',
      status: 'active',
      cadenceWeeks: 3,
      decidedAt: new Date(now.getTime() - 30 * DAY_MS),
      nextCheckInOn: dateToDb(daysFrom(today, 12)),
      createdAt: new Date(now.getTime() - 31 * DAY_MS),
    },
  });
  const pathway = await prisma.pathway.findUniqueOrThrow({
    where: { activeForPersonId: mentee.id },
    include: { milestones: { where: { kind: 'mentoring' }, orderBy: { position: 'asc' } } },
  });
  const loggedAt = new Date(now.getTime() - 9 * DAY_MS);
  const evidence = await prisma.evidence.create({
    data: {
      personId: mentee.id,
      pathwayId: pathway.id,
      milestoneId: pathway.milestones[0]?.id ?? null,
      kind: 'mentoring',
      text: 'Met my mentor',
      authorId: mentee.id,
      createdAt: loggedAt,
    },
  });
  await prisma.mentoringSession.create({
    data: {
      mentorshipId: mentorship.id,
      dueOn: dateToDb(daysFrom(today, -9)),
      loggedById: mentee.id,
      evidenceId: evidence.id,
      createdAt: loggedAt,
    },
  });
}

/** A colleague's plan with its history; a reached one is confirmed and closed, and is counted as a move. */
async function seedColleague(prisma: PrismaClient, teamId: string, history: DemoColleague, now: Date): Promise<void> {
  const { person, workspace } = await ensureMember(prisma, { teamId, userId: history.id });
  await updateProfile(prisma, person.id, {
    displayName: history.name,
    timeZone: 'Europe/London',
    locale: 'en-GB',
    isSlackAdmin: false,
  });
  await prisma.person.update({
    where: { id: person.id },
    data: { currentRoleKey: history.reachedDaysAgo === undefined ? history.roleKey : history.goal, team: history.team },
  });
  const demo = { roleKey: history.roleKey, tz: 'Europe/London' };
  await seedPathway(
    prisma,
    teamId,
    person.id,
    demo,
    { goal: history.goal, done: history.done, startedDaysAgo: history.startedDaysAgo },
    now,
  );
  const pathway = await prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: person.id } });
  const { framework } = await activeFramework(prisma, workspace.id);
  const signals = signalsFor(framework, history.goal);
  for (const [index, daysAgo] of history.checkInsDaysAgo.entries()) {
    const rating = Math.min(4, 2 + Math.floor(index / 2));
    await prisma.checkIn.create({
      data: {
        personId: person.id,
        pathwayId: pathway.id,
        frameworkVersionId: pathway.frameworkVersionId,
        goalRoleKey: history.goal,
        createdAt: new Date(now.getTime() - daysAgo * DAY_MS),
        ratings: {
          create: signals.map((signal) => ({
            signalKey: signal.key,
            selfRating: rating,
            example: CHECKIN_EXAMPLES[index % CHECKIN_EXAMPLES.length] ?? null,
          })),
        },
      },
    });
  }
  if (history.reachedDaysAgo !== undefined) {
    const reachedAt = new Date(now.getTime() - history.reachedDaysAgo * DAY_MS);
    await prisma.pathway.update({
      where: { id: pathway.id },
      data: {
        status: 'reached',
        endedAt: reachedAt,
        activeForPersonId: null,
        goalConfirmedAt: reachedAt,
        goalConfirmedById: person.id,
      },
    });
  }
}

async function seedPathway(
  prisma: PrismaClient,
  teamId: string,
  personId: string,
  demo: Pick<DemoPerson, 'roleKey' | 'tz'>,
  plan: DemoPathway,
  now: Date,
): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } });
  const { versionId, framework } = await activeFramework(prisma, workspace.id);
  const kind = moveKind(framework, demo.roleKey, plan.goal);
  if (kind === null)
    throw new Error(`demo data: ${plan.goal} is not a move from ${demo.roleKey} in the default framework`);
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
      description: template.description ?? null,
      templateKey: template.key,
      doneAt: done ? new Date(Date.parse(`${dueDate}T12:00:00Z`) - 3 * DAY_MS) : null,
      evidence: done ? (DONE_NOTES[index % DONE_NOTES.length] ?? null) : null,
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
  const goalTitle = findRole(framework, plan.goal)?.title ?? plan.goal;
  const signals = signalsFor(framework, plan.goal);
  if (plan.moveProposedDaysAgo !== undefined) {
    const proposedAt = new Date(now.getTime() - plan.moveProposedDaysAgo * DAY_MS);
    await prisma.pathway.update({
      where: { id: pathway.id },
      data: { goalProposedAt: proposedAt, goalProposedById: personId },
    });
    const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, include: { manager: true } });
    if (person.manager) {
      await enqueueMessage(prisma, {
        workspaceId: workspace.id,
        dedupeKey: `goal-move:${pathway.id}:${proposedAt.getTime()}:${person.manager.slackUserId}`,
        kind: 'goal-move-request',
        recipient: person.manager.slackUserId,
        payload: moveNotices.request({
          pathwayId: pathway.id,
          person,
          proposer: person,
          goalTitle,
          openMilestones: templates.length - plan.done.length,
          confirmer: 'manager',
        }),
        notBefore: now,
      });
    }
  }
  if (plan.evidence)
    await seedEvidence(prisma, { workspaceId: workspace.id, personId, pathwayId: pathway.id, signals, today, now });
  if (plan.evidence)
    await seedCompetencyAssessment(prisma, {
      personId,
      pathwayId: pathway.id,
      versionId,
      goal: plan.goal,
      framework,
      now,
    });
  if (plan.conversationHeldDaysAgo !== undefined)
    await seedConversations(prisma, { personId, pathwayId: pathway.id, plan, today, now });
  if (plan.checkInDaysAgo === undefined) return;
  const ratings = signals.map((signal, index) => {
    const selfRating = [3, 2, 3, 2, 1, 2][index % 6] ?? 2;
    return {
      signalKey: signal.key,
      selfRating,
      example: selfRating > 1 ? (CHECKIN_EXAMPLES[index % CHECKIN_EXAMPLES.length] ?? null) : null,
    };
  });
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

/** One earlier competency self-assessment (a month ago), so the readiness view shows it and the modal starts from it. */
async function seedCompetencyAssessment(
  prisma: PrismaClient,
  input: { personId: string; pathwayId: string; versionId: string; goal: string; framework: Framework; now: Date },
): Promise<void> {
  const createdAt = new Date(input.now.getTime() - 30 * DAY_MS);
  await prisma.competencyAssessment.createMany({
    data: competencyItems(input.framework, input.goal).map((item, index) => ({
      personId: input.personId,
      pathwayId: input.pathwayId,
      frameworkVersionId: input.versionId,
      goalRoleKey: input.goal,
      competencyKey: item.key,
      rating: [3, 2, 2, 3, 1, 2][index % 6] ?? 2,
      note: index === 0 ? 'Ran the onboarding redesign end to end.' : null,
      createdAt,
    })),
  });
}

const DONE_NOTES = [
  'Rated myself on every signal and asked two Sales leads for their view; shared both with Maya.',
  'Told Maya and our HR partner I am aiming at strategy; we agreed a six-month horizon.',
  'Finished the business acumen course; my notes on unit economics are in the team drive.',
  'Designed the onboarding pathway with Support; the first cohort starts next month.',
  'Reviewed the coaching programme six months on: adoption held, time to competence down a week.',
];

const CHECKIN_EXAMPLES = [
  'Ran the onboarding redesign with Sales and Support.',
  'Walked the Sales VP through the pilot results without slides.',
  'Mapped how onboarding, coaching and the LMS feed each other before proposing changes.',
  'Set the success measure for the pilot myself and reported on it monthly.',
  'Moved two courses to a quarter where Sales actually had time for them.',
  'Compared the cohort’s ramp-up time with last year’s at three and six months.',
];

/**
 * A wins log with several kinds of evidence (done notes above, check-in examples, a
 * saved Slack message, the manager's comment), an earlier check-in to start the next
 * one from, and a milestone the manager suggested that waits for an answer.
 */
async function seedEvidence(
  prisma: PrismaClient,
  input: {
    workspaceId: string;
    personId: string;
    pathwayId: string;
    signals: ReadonlyArray<{ key: string; title: string }>;
    today: string;
    now: Date;
  },
): Promise<void> {
  const { personId, pathwayId, signals, now } = input;
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, include: { manager: true } });
  const milestones = await prisma.milestone.findMany({ where: { pathwayId }, orderBy: { position: 'asc' } });
  const pathway = await prisma.pathway.findUniqueOrThrow({ where: { id: pathwayId } });
  const lastDone = milestones.filter((m) => m.doneAt !== null).at(-1);
  await prisma.checkIn.create({
    data: {
      personId,
      pathwayId,
      frameworkVersionId: pathway.frameworkVersionId,
      goalRoleKey: pathway.goalRoleKey,
      createdAt: new Date(now.getTime() - 35 * DAY_MS),
      ratings: {
        create: signals.map((signal, index) => ({
          signalKey: signal.key,
          selfRating: index === 4 ? 1 : 2,
          example: index === 4 ? null : (CHECKIN_EXAMPLES[index % CHECKIN_EXAMPLES.length] ?? null),
        })),
      },
    },
  });
  await prisma.evidence.create({
    data: {
      personId,
      pathwayId,
      milestoneId: lastDone?.id ?? null,
      signalKeys: signals.slice(0, 2).map((signal) => signal.key),
      kind: 'message',
      text: 'Sales: “the new onboarding pathway cut time to first deal by a week”. Posted by their VP in #general.',
      link: `https://pathway-sandbox.slack.com/archives/${GENERAL_CHANNEL.id}/p1700000000000100`,
      authorId: personId,
      createdAt: new Date(now.getTime() - 9 * DAY_MS),
    },
  });
  if (!person.manager) return;
  if (lastDone) {
    await prisma.evidence.create({
      data: {
        personId,
        pathwayId,
        milestoneId: lastDone.id,
        kind: 'comment',
        text: 'Strong facilitation with Support. Next time bring Finance in early: they will ask about cost per learner.',
        authorId: person.manager.id,
        createdAt: new Date(now.getTime() - 6 * DAY_MS),
      },
    });
  }
  const due = dateFromDb(new Date(dateToDb(input.today).getTime() + 30 * DAY_MS));
  const suggestion = await prisma.milestoneSuggestion.create({
    data: {
      personId,
      pathwayId,
      managerId: person.manager.id,
      title: 'Present the onboarding results to the leadership team',
      kind: 'exposure',
      dueDate: dateToDb(due),
      signalKeys: signals.slice(0, 2).map((signal) => signal.key),
      note: 'They asked for it, and it shows impact beyond our team.',
      createdAt: new Date(now.getTime() - DAY_MS),
    },
  });
  await enqueueMessage(prisma, {
    workspaceId: input.workspaceId,
    dedupeKey: `suggestion:${suggestion.id}`,
    kind: 'milestone-suggestion',
    recipient: person.slackUserId,
    payload: suggestionNotices.suggested(
      {
        suggestion: {
          id: suggestion.id,
          title: suggestion.title,
          kind: suggestion.kind,
          dueDate: due,
          signalTitles: signals.slice(0, 2).map((signal) => signal.title),
          note: suggestion.note,
          manager: person.manager,
        },
        manager: person.manager,
      },
      person,
    ),
    notBefore: now,
  });
}

/**
 * Development conversations with the manager: one held (private notes, an agreed
 * milestone and a manager to-do, both done) and the next one planned, with an
 * agenda item from each side; its agenda DMs and reminders go through the outbox.
 */
async function seedConversations(
  prisma: PrismaClient,
  input: { personId: string; pathwayId: string; plan: DemoPathway; today: string; now: Date },
): Promise<void> {
  const { personId, pathwayId, plan, today, now } = input;
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, include: { manager: true } });
  if (!person.manager || plan.conversationHeldDaysAgo === undefined) return;
  const heldAt = new Date(now.getTime() - plan.conversationHeldDaysAgo * DAY_MS);
  const agreed = await prisma.milestone.findFirst({
    where: { pathwayId, doneAt: { not: null } },
    orderBy: { position: 'desc' },
  });
  await prisma.conversation.create({
    data: {
      personId,
      managerId: person.manager.id,
      origin: 'person',
      status: 'held',
      scheduledOn: dateToDb(daysFrom(today, -plan.conversationHeldDaysAgo)),
      heldAt,
      notes:
        'Priya wants to own the onboarding results end to end. Gap: speaking to Finance. Maya to open the door to the Sales lead.',
      createdAt: new Date(heldAt.getTime() - 7 * DAY_MS),
      agendaItems: {
        create: [
          {
            authorId: personId,
            text: 'How do I get in front of the leadership team?',
            createdAt: new Date(heldAt.getTime() - 2 * DAY_MS),
          },
        ],
      },
      actions: {
        create: [
          ...(agreed
            ? [
                {
                  owner: 'person' as const,
                  title: agreed.title,
                  dueDate: agreed.dueDate,
                  milestoneId: agreed.id,
                  createdAt: heldAt,
                },
              ]
            : []),
          {
            owner: 'manager' as const,
            title: 'Introduce Priya to the Sales lead',
            dueDate: dateToDb(daysFrom(today, -30)),
            doneAt: new Date(heldAt.getTime() + 5 * DAY_MS),
            createdAt: heldAt,
          },
        ],
      },
    },
  });
  const scheduledOn = daysFrom(today, plan.conversationInDays ?? 7);
  const { agenda } = await planConversation(
    prisma,
    ownCheckIns(personId),
    { scheduledOn, origin: 'person', item: 'Which project could show impact beyond our team?', now, today },
    { defaultTimeZone: 'Europe/London' },
    conversationNotices,
  );
  // The manager's own item, as the agenda shows it to both.
  await prisma.conversationAgendaItem.create({
    data: {
      conversationId: agenda.id,
      authorId: person.manager.id,
      text: 'The Finance conversation: who could you practise with?',
      createdAt: now,
    },
  });
}
