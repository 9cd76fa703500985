/**
 * Reaching the goal role is confirmed by the other side. The person says "I
 * moved into this role" and their current manager confirms (an admin when they
 * have no manager); or the manager proposes it and the person confirms. Only a
 * confirmed move ends the pathway as `reached`: what is celebrated, and what
 * `/pathway report` counts as an internal move. Milestones still open then
 * close as "not needed": a goal can be reached before every one is done.
 *
 * An admin asked to confirm sees the person's name and goal role only, never
 * check-in data: confirming a move is not a read of anyone's check-ins.
 */
import type { PrismaClient } from '../db/client.js';
import type { UserError } from '../domain/errors.js';
import { type Language, languageFor } from '../domain/language.js';
import type { Pathway, Person, Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import { workspaceLanguage } from './admin-settings.js';
import { frameworkFor } from './frameworks.js';
import { enqueueMessages, type OutboxEntry, type OutboxPayload } from './outbox.js';
import { type RoleRef, roleRef } from './overview.js';
import type { ManagerGrant } from './privacy.js';

type Tx = Prisma.TransactionClient;
type PersonRef = Pick<Person, 'slackUserId'>;

/** Who is asked to confirm a proposed move. */
export type Confirmer = 'manager' | 'admin' | 'person';

/** A request to confirm a move, for whoever must confirm it. */
export interface MoveRequest {
  pathwayId: string;
  person: PersonRef;
  proposer: PersonRef;
  /** In the recipient's language. */
  goalTitle: string;
  openMilestones: number;
  confirmer: Confirmer;
}

/** The answer to a proposed move, for the other side: `recipient` is the person, or the manager who proposed it. */
export interface MoveAnswered {
  person: PersonRef;
  answeredBy: PersonRef;
  /** In the recipient's language. */
  goalTitle: string;
  confirmed: boolean;
  recipient: 'person' | 'proposer';
}

/** What the people involved are told, each in their own language; built by src/blocks (services stay Slack-free). */
export interface MoveNotices {
  /** To whoever must confirm, with confirm and "not yet" buttons. */
  request(details: MoveRequest, language?: Language): OutboxPayload;
  /** To the other side once the move is confirmed or not. */
  answered(details: MoveAnswered, language?: Language): OutboxPayload;
}

export interface MoveProposal {
  pathwayId: string;
  goal: RoleRef;
  confirmer: Confirmer;
  /** Slack user ids asked to confirm. */
  asked: string[];
}

export interface MoveAnswer {
  pathwayId: string;
  goal: RoleRef;
  confirmed: boolean;
  person: Person;
  /** Open milestones closed as not needed by the confirmation. */
  closedAsNotNeeded: number;
}

export type MoveOutcome = { kind: 'proposed'; proposal: MoveProposal } | { kind: 'answered'; answer: MoveAnswer };

type PathwayWithPerson = Pathway & { person: Person };

async function goalOf(
  tx: Pick<PrismaClient, 'frameworkVersion'>,
  pathway: Pathway,
  language?: Language,
): Promise<RoleRef> {
  return roleRef(await frameworkFor(tx, pathway.frameworkVersionId, language), pathway.goalRoleKey);
}

/** Each recipient's language: their own, else their Slack locale's, else the workspace's (also for someone Pathway has not met). */
async function languagesOf(
  tx: Pick<PrismaClient, 'person' | 'workspace'>,
  workspaceId: string,
  slackUserIds: readonly string[],
): Promise<Map<string, Language>> {
  const fallback = await workspaceLanguage(tx, workspaceId);
  const known = await tx.person.findMany({
    where: { workspaceId, slackUserId: { in: [...slackUserIds] } },
    select: { slackUserId: true, language: true, locale: true },
  });
  const languages = new Map(known.map((person) => [person.slackUserId, languageFor(person, fallback)]));
  return new Map(slackUserIds.map((id) => [id, languages.get(id) ?? fallback]));
}

async function activeManager(tx: Pick<PrismaClient, 'person'>, person: Person): Promise<Person | null> {
  if (!person.managerId) return null;
  const manager = await tx.person.findUnique({ where: { id: person.managerId } });
  return manager && manager.deactivatedAt === null ? manager : null;
}

async function openCount(tx: Pick<PrismaClient, 'milestone'>, pathwayId: string): Promise<number> {
  return tx.milestone.count({ where: { pathwayId, doneAt: null, notNeededAt: null } });
}

/** Pathway admins who could confirm a move for someone without a manager: Slack admins known here and the listed ones, not the person. */
export async function adminsToAsk(
  prisma: Pick<PrismaClient, 'person'>,
  person: Person,
  listedSlackUserIds: readonly string[],
): Promise<string[]> {
  const slackAdmins = await prisma.person.findMany({
    where: { workspaceId: person.workspaceId, isSlackAdmin: true, deactivatedAt: null },
    select: { slackUserId: true },
    orderBy: { slackUserId: 'asc' },
  });
  const ids = new Set([...slackAdmins.map((admin) => admin.slackUserId), ...listedSlackUserIds]);
  ids.delete(person.slackUserId);
  return [...ids];
}

/** The request to each of `asked`, in their language, naming the goal in it. */
async function requestEntries(
  tx: Tx,
  pathway: PathwayWithPerson,
  asked: readonly string[],
  now: Date,
  request: (goalTitle: string, language: Language) => OutboxPayload,
): Promise<OutboxEntry[]> {
  const languages = await languagesOf(tx, pathway.person.workspaceId, asked);
  const entries: OutboxEntry[] = [];
  for (const recipient of asked) {
    const language = languages.get(recipient) ?? 'en';
    entries.push({
      workspaceId: pathway.person.workspaceId,
      dedupeKey: `goal-move:${pathway.id}:${now.getTime()}:${recipient}`,
      kind: 'goal-move-request',
      recipient,
      payload: request((await goalOf(tx, pathway, language)).title, language),
      notBefore: now,
    });
  }
  return entries;
}

/** Marks the move proposed, unless someone proposed it a moment ago. */
async function markProposed(tx: Tx, pathway: Pathway, proposerId: string, now: Date): Promise<void> {
  const marked = await tx.pathway.updateMany({
    where: { id: pathway.id, activeForPersonId: { not: null }, goalProposedAt: null },
    data: { goalProposedAt: now, goalProposedById: proposerId },
  });
  if (marked.count === 0) throw userError('error.goals.proposedMeanwhile');
}

/**
 * "I moved into this role": asks the person's current manager, or the admins
 * when they have none, to confirm. When their manager already proposed it, this
 * is the person's confirmation.
 */
export async function proposeOwnMove(
  prisma: PrismaClient,
  person: Person,
  pathwayId: string,
  now: Date,
  notices: MoveNotices,
  admins: readonly string[],
): Promise<MoveOutcome> {
  const pathway = await prisma.pathway.findFirst({
    where: { id: pathwayId, activeForPersonId: person.id },
    include: { person: true },
  });
  if (!pathway) throw userError('error.goals.notActive');
  const manager = await activeManager(prisma, person);
  if (pathway.goalProposedAt) {
    if (pathway.goalProposedById !== person.id)
      return { kind: 'answered', answer: await answerMove(prisma, person, false, pathwayId, true, now, notices) };
    throw manager
      ? userError('error.goals.alreadySaidMoved', { manager: manager.slackUserId })
      : userError('error.goals.alreadySaidMovedAdmin');
  }
  const asked = manager ? [manager.slackUserId] : admins.filter((id) => id !== person.slackUserId);
  if (asked.length === 0) {
    throw userError('error.goals.noManagerToConfirm');
  }
  const confirmer: Confirmer = manager ? 'manager' : 'admin';
  return prisma.$transaction(async (tx) => {
    await markProposed(tx, pathway, person.id, now);
    const goal = await goalOf(tx, pathway);
    const open = await openCount(tx, pathway.id);
    await enqueueMessages(
      tx,
      await requestEntries(tx, pathway, asked, now, (goalTitle, language) =>
        notices.request(
          { pathwayId: pathway.id, person, proposer: person, goalTitle, openMilestones: open, confirmer },
          language,
        ),
      ),
    );
    return { kind: 'proposed', proposal: { pathwayId: pathway.id, goal, confirmer, asked } };
  });
}

/** The manager proposes that their report has moved into their goal role; the report confirms. */
export async function proposeReportMove(
  prisma: PrismaClient,
  access: ManagerGrant,
  now: Date,
  notices: MoveNotices,
): Promise<MoveOutcome> {
  const pathway = await prisma.pathway.findUnique({
    where: { activeForPersonId: access.subjectId },
    include: { person: true },
  });
  if (!pathway) throw userError('error.goals.noGoalToConfirm');
  const manager = await prisma.person.findUniqueOrThrow({ where: { id: access.viewerId } });
  if (pathway.goalProposedAt) {
    if (pathway.goalProposedById === pathway.personId)
      return { kind: 'answered', answer: await answerMove(prisma, manager, false, pathway.id, true, now, notices) };
    throw userError('error.goals.alreadyProposed', { person: pathway.person.slackUserId });
  }
  return prisma.$transaction(async (tx) => {
    await markProposed(tx, pathway, manager.id, now);
    const goal = await goalOf(tx, pathway);
    const open = await openCount(tx, pathway.id);
    const asked = [pathway.person.slackUserId];
    await enqueueMessages(
      tx,
      await requestEntries(tx, pathway, asked, now, (goalTitle, language) =>
        notices.request(
          {
            pathwayId: pathway.id,
            person: pathway.person,
            proposer: manager,
            goalTitle,
            openMilestones: open,
            confirmer: 'person',
          },
          language,
        ),
      ),
    );
    return { kind: 'proposed', proposal: { pathwayId: pathway.id, goal, confirmer: 'person', asked } };
  });
}

/** Why `actor` may not answer this proposal, or null when they may. */
async function answerProblem(
  tx: Pick<PrismaClient, 'person'>,
  pathway: PathwayWithPerson,
  actor: Person,
  actorIsAdmin: boolean,
): Promise<UserError | null> {
  const owner = pathway.person;
  const manager = await activeManager(tx, owner);
  if (pathway.goalProposedById === owner.id) {
    if (manager)
      return manager.id === actor.id
        ? null
        : userError('error.goals.onlyTheirManager', { owner: owner.slackUserId, manager: manager.slackUserId });
    if (actor.id === owner.id) return userError('error.goals.needsSomeoneElse');
    return actorIsAdmin ? null : userError('error.goals.onlyManagerOrAdmin', { owner: owner.slackUserId });
  }
  if (actor.id !== owner.id) return userError('error.goals.onlyOwner', { owner: owner.slackUserId });
  if (!manager || manager.id !== pathway.goalProposedById) return userError('error.goals.managerChanged');
  return null;
}

/**
 * The answer to a proposed move. Confirmed: open milestones close as not needed,
 * the pathway ends as `reached`, the goal becomes the person's current role.
 * Not yet: the proposal is cleared. The other side is told either way.
 */
export async function answerMove(
  prisma: PrismaClient,
  actor: Person,
  actorIsAdmin: boolean,
  pathwayId: string,
  confirm: boolean,
  now: Date,
  notices: MoveNotices,
): Promise<MoveAnswer> {
  return prisma.$transaction(async (tx) => {
    const pathway = await tx.pathway.findUnique({ where: { id: pathwayId }, include: { person: true } });
    if (!pathway || pathway.person.workspaceId !== actor.workspaceId) throw userError('error.goals.notActive');
    if (pathway.status === 'reached') throw userError('error.goals.alreadyConfirmed');
    if (pathway.activeForPersonId === null) throw userError('error.goals.notActive');
    if (!pathway.goalProposedAt) throw userError('error.goals.noMoveWaiting');
    const problem = await answerProblem(tx, pathway, actor, actorIsAdmin);
    if (problem) throw problem;
    const owner = pathway.person;
    const goal = await goalOf(tx, pathway);
    const proposerId = pathway.goalProposedById;
    let closed = 0;
    if (confirm) {
      closed = (
        await tx.milestone.updateMany({
          where: { pathwayId, doneAt: null, notNeededAt: null },
          data: { notNeededAt: now },
        })
      ).count;
      await tx.pathway.update({
        where: { id: pathwayId },
        data: {
          status: 'reached',
          activeForPersonId: null,
          endedAt: now,
          goalConfirmedAt: now,
          goalConfirmedById: actor.id,
        },
      });
      await tx.person.update({ where: { id: owner.id }, data: { currentRoleKey: pathway.goalRoleKey } });
    } else {
      await tx.pathway.update({ where: { id: pathwayId }, data: { goalProposedAt: null, goalProposedById: null } });
    }
    // The other side hears: the person when someone else answered, the proposing manager when the person did.
    const proposer =
      proposerId && proposerId !== owner.id ? await tx.person.findUnique({ where: { id: proposerId } }) : null;
    const recipient = actor.id === owner.id ? proposer : owner;
    if (recipient && recipient.deactivatedAt === null) {
      const language = languageFor(recipient, await workspaceLanguage(tx, owner.workspaceId));
      await enqueueMessages(tx, [
        {
          workspaceId: owner.workspaceId,
          dedupeKey: `goal-move:${pathwayId}:${now.getTime()}:answer`,
          kind: 'goal-move-answer',
          recipient: recipient.slackUserId,
          payload: notices.answered(
            {
              person: owner,
              answeredBy: actor,
              goalTitle: (await goalOf(tx, pathway, language)).title,
              confirmed: confirm,
              recipient: recipient.id === owner.id ? 'person' : 'proposer',
            },
            language,
          ),
          notBefore: now,
        },
      ]);
    }
    return {
      pathwayId,
      goal,
      confirmed: confirm,
      person: await tx.person.findUniqueOrThrow({ where: { id: owner.id } }),
      closedAsNotNeeded: closed,
    };
  });
}
