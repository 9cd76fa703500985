/**
 * Starting, ending and listing a person's pathways. One active pathway per
 * person (the unique `activeForPersonId`); an ended one keeps its milestones
 * and its status (reached, changed, abandoned) so moves can be counted later.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import type { ValidPlan } from '../domain/pathways/plan.js';
import { redateForTarget } from '../domain/pathways/schedule.js';
import { UserError } from '../domain/errors.js';
import { formatDate } from '../domain/dates.js';
import type { Pathway, PathwayStatus, Prisma } from '../generated/prisma/client.js';
import { frameworksById } from './frameworks.js';
import { roleRef, type RoleRef } from './overview.js';

type Tx = Prisma.TransactionClient;

export interface NewPathway {
  personId: string;
  frameworkVersionId: string;
  plan: ValidPlan;
  now: Date;
}

/** Ends the person's active pathway, if any, keeping it as history. */
async function endActive(tx: Tx, personId: string, status: Exclude<PathwayStatus, 'active'>, now: Date): Promise<void> {
  await tx.pathway.updateMany({
    where: { activeForPersonId: personId },
    data: { status, activeForPersonId: null, endedAt: now },
  });
}

/**
 * Saves a plan as the person's active pathway, in one transaction: the previous
 * active pathway ends as `changed`, the new one gets its milestones numbered
 * 1..n in plan order, and the person's current role is the plan's starting role.
 */
export async function startPathway(prisma: PrismaClient, input: NewPathway): Promise<Pathway> {
  const { plan } = input;
  return prisma.$transaction(async (tx) => {
    await endActive(tx, input.personId, 'changed', input.now);
    const pathway = await tx.pathway.create({
      data: {
        personId: input.personId,
        activeForPersonId: input.personId,
        frameworkVersionId: input.frameworkVersionId,
        fromRoleKey: plan.fromRoleKey,
        goalRoleKey: plan.goalRoleKey,
        moveKind: plan.moveKind,
        targetDate: dateToDb(plan.targetDate),
        startedAt: input.now,
        milestones: {
          create: plan.milestones.map((milestone, index) => ({
            position: index + 1,
            title: milestone.title,
            kind: milestone.kind,
            dueDate: dateToDb(milestone.due),
            link: milestone.link,
            signalKeys: milestone.signalKeys,
            description: milestone.description,
            templateKey: milestone.templateKey,
          })),
        },
      },
    });
    await tx.person.update({ where: { id: input.personId }, data: { currentRoleKey: plan.fromRoleKey } });
    return pathway;
  });
}

export interface PastPathway {
  id: string;
  goal: RoleRef;
  from: RoleRef;
  status: EndedStatus;
  startedOn: string;
  endedOn: string | null;
  doneCount: number;
  milestoneCount: number;
}

type EndedStatus = Exclude<PathwayStatus, 'active'>;

function endedStatus(status: PathwayStatus): EndedStatus {
  if (status === 'active') throw new Error('pathwayHistory read an active pathway');
  return status;
}

/** Ended pathways, most recent first. */
export async function pathwayHistory(prisma: PrismaClient, personId: string, limit = 5): Promise<PastPathway[]> {
  const rows = await prisma.pathway.findMany({
    where: { personId, status: { not: 'active' } },
    orderBy: [{ endedAt: 'desc' }, { startedAt: 'desc' }],
    take: limit,
    include: { milestones: { select: { doneAt: true } } },
  });
  const frameworks = await frameworksById(prisma, rows.map((row) => row.frameworkVersionId));
  return rows.flatMap((row): PastPathway[] => {
    const framework = frameworks.get(row.frameworkVersionId);
    if (!framework) return [];
    return [
      {
        id: row.id,
        goal: roleRef(framework, row.goalRoleKey),
        from: roleRef(framework, row.fromRoleKey),
        status: endedStatus(row.status),
        startedOn: dateFromDb(row.startedAt),
        endedOn: row.endedAt ? dateFromDb(row.endedAt) : null,
        doneCount: row.milestones.filter((m) => m.doneAt !== null).length,
        milestoneCount: row.milestones.length,
      },
    ];
  });
}

export interface TargetChange {
  previousTarget: string;
  targetDate: string;
  redated: number;
  leftAlone: number;
}

/**
 * Changes only the target date of the active pathway and re-dates its open milestones to
 * fit (see redateForTarget); hand-set dates stay unless `includeHandSet`.
 */
export async function changeTargetDate(
  prisma: PrismaClient,
  personId: string,
  input: { targetDate: string; today: string; includeHandSet: boolean },
): Promise<TargetChange> {
  if (input.targetDate <= input.today) {
    throw new UserError(`${formatDate(input.targetDate)} is not after today (${formatDate(input.today)}): pick a later target, for example \`/pathway target in 6 months\``);
  }
  return prisma.$transaction(async (tx) => {
    const pathway = await tx.pathway.findUnique({ where: { activeForPersonId: personId }, include: { milestones: true } });
    if (!pathway) throw new UserError('You have no active pathway yet: start one with `/pathway plan`');
    const previousTarget = dateFromDb(pathway.targetDate);
    const { changes, leftAlone } = redateForTarget(
      pathway.milestones.map((m) => ({ id: m.id, due: dateFromDb(m.dueDate), done: m.doneAt !== null || m.notNeededAt !== null, setByHand: m.dueSetByHand })),
      input.today,
      previousTarget,
      input.targetDate,
      input.includeHandSet,
    );
    await tx.pathway.update({ where: { id: pathway.id }, data: { targetDate: dateToDb(input.targetDate) } });
    for (const change of changes) await tx.milestone.update({ where: { id: change.id }, data: { dueDate: dateToDb(change.due) } });
    return { previousTarget, targetDate: input.targetDate, redated: changes.length, leftAlone };
  });
}
