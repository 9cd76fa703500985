/**
 * Starting, ending and listing a person's pathways. One active pathway per
 * person (the unique `activeForPersonId`); an ended one keeps its milestones
 * and its status (reached, changed, abandoned) so moves can be counted later.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import type { CurrentPlan, ValidPlan } from '../domain/pathways/plan.js';
import { redateForTarget } from '../domain/pathways/schedule.js';
import type { Pathway, PathwayStatus, Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import { frameworksById } from './frameworks.js';
import { type RoleRef, roleRef } from './overview.js';

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

type NewMilestoneRow = Omit<Prisma.MilestoneCreateManyInput, 'pathwayId' | 'position'>;

function milestoneRow(milestone: ValidPlan['milestones'][number]): NewMilestoneRow {
  return {
    title: milestone.title,
    kind: milestone.kind,
    dueDate: dateToDb(milestone.due),
    link: milestone.link,
    signalKeys: milestone.signalKeys,
    description: milestone.description,
    templateKey: milestone.templateKey,
    dueSetByHand: milestone.dueSetByHand,
  };
}

/** Numbers the pathway's milestones 1..n in `orderedIds` order (via negatives: positions are unique row by row). */
async function renumber(tx: Tx, orderedIds: string[]): Promise<void> {
  for (const [index, id] of orderedIds.entries())
    await tx.milestone.update({ where: { id }, data: { position: -(index + 1) } });
  for (const [index, id] of orderedIds.entries())
    await tx.milestone.update({ where: { id }, data: { position: index + 1 } });
}

/**
 * Saves a plan, in one transaction. With the same starting role and goal as the active
 * pathway, the plan changes in place: kept suggestions keep their rows (evidence and
 * comments stay attached) with the dates chosen, dropped open ones go, new ones and the
 * person's extras are added after; done milestones and the person's own stay as they are.
 * A new goal ends the active pathway as `changed` (kept as history with its done
 * milestones) and starts a new one that takes the person's own open milestones along.
 * Either way the person's current role is the plan's starting role.
 */
export async function startPathway(prisma: PrismaClient, input: NewPathway): Promise<Pathway> {
  const { plan } = input;
  return prisma.$transaction(async (tx) => {
    const active = await tx.pathway.findUnique({
      where: { activeForPersonId: input.personId },
      include: { milestones: { orderBy: { position: 'asc' } } },
    });
    await tx.person.update({ where: { id: input.personId }, data: { currentRoleKey: plan.fromRoleKey } });
    if (active && active.fromRoleKey === plan.fromRoleKey && active.goalRoleKey === plan.goalRoleKey) {
      return revisePathway(tx, active, plan);
    }
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
          create: plan.milestones.map((milestone, index) => ({ position: index + 1, ...milestoneRow(milestone) })),
        },
      },
    });
    // The person's own open milestones are theirs whatever the goal: they come along.
    const own = (active?.milestones ?? []).filter(
      (m) => m.templateKey === null && m.doneAt === null && m.notNeededAt === null,
    );
    for (const [index, milestone] of own.entries()) {
      await tx.milestone.update({
        where: { id: milestone.id },
        data: { pathwayId: pathway.id, position: plan.milestones.length + index + 1 },
      });
    }
    return pathway;
  });
}

async function revisePathway(
  tx: Tx,
  active: Prisma.PathwayGetPayload<{ include: { milestones: true } }>,
  plan: ValidPlan,
): Promise<Pathway> {
  const planned = new Map(plan.milestones.filter((m) => m.templateKey !== null).map((m) => [m.templateKey!, m]));
  const order: string[] = [];
  for (const milestone of active.milestones) {
    const open = milestone.doneAt === null && milestone.notNeededAt === null;
    if (!open || milestone.templateKey === null) {
      order.push(milestone.id);
      continue;
    }
    const kept = planned.get(milestone.templateKey);
    if (!kept) {
      await tx.milestone.delete({ where: { id: milestone.id } });
      continue;
    }
    planned.delete(milestone.templateKey);
    if (kept.due !== dateFromDb(milestone.dueDate) || kept.dueSetByHand !== milestone.dueSetByHand) {
      await tx.milestone.update({
        where: { id: milestone.id },
        data: { dueDate: dateToDb(kept.due), dueSetByHand: kept.dueSetByHand },
      });
    }
    order.push(milestone.id);
  }
  const added = plan.milestones.filter((m) => m.templateKey === null || planned.has(m.templateKey));
  // New rows start past every existing position, then all are numbered 1..n.
  const top = active.milestones.reduce((max, m) => Math.max(max, m.position), 0);
  for (const [index, milestone] of added.entries()) {
    const row = await tx.milestone.create({
      data: { pathwayId: active.id, position: top + index + 1, ...milestoneRow(milestone) },
    });
    order.push(row.id);
  }
  await renumber(tx, order);
  return tx.pathway.update({ where: { id: active.id }, data: { targetDate: dateToDb(plan.targetDate) } });
}

/** The active plan as the plan modal starts from it, or null when there is none. */
export async function currentPlan(prisma: PrismaClient, personId: string): Promise<CurrentPlan | null> {
  const active = await prisma.pathway.findUnique({
    where: { activeForPersonId: personId },
    select: {
      fromRoleKey: true,
      goalRoleKey: true,
      targetDate: true,
      milestones: { select: { templateKey: true, dueDate: true, doneAt: true, notNeededAt: true, dueSetByHand: true } },
    },
  });
  if (!active) return null;
  return {
    fromRoleKey: active.fromRoleKey,
    goalRoleKey: active.goalRoleKey,
    targetDate: dateFromDb(active.targetDate),
    milestones: active.milestones.map((m) => ({
      templateKey: m.templateKey,
      due: dateFromDb(m.dueDate),
      done: m.doneAt !== null || m.notNeededAt !== null,
      setByHand: m.dueSetByHand,
    })),
  };
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
  const frameworks = await frameworksById(
    prisma,
    rows.map((row) => row.frameworkVersionId),
  );
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
    throw userError('error.pathways.targetNotAfterToday', { targetDate: input.targetDate, todayDate: input.today });
  }
  return prisma.$transaction(async (tx) => {
    const pathway = await tx.pathway.findUnique({
      where: { activeForPersonId: personId },
      include: { milestones: true },
    });
    if (!pathway) throw userError('error.pathways.noPathway');
    const previousTarget = dateFromDb(pathway.targetDate);
    const { changes, leftAlone } = redateForTarget(
      pathway.milestones.map((m) => ({
        id: m.id,
        due: dateFromDb(m.dueDate),
        done: m.doneAt !== null || m.notNeededAt !== null,
        setByHand: m.dueSetByHand,
      })),
      input.today,
      previousTarget,
      input.targetDate,
      input.includeHandSet,
    );
    await tx.pathway.update({ where: { id: pathway.id }, data: { targetDate: dateToDb(input.targetDate) } });
    for (const change of changes)
      await tx.milestone.update({ where: { id: change.id }, data: { dueDate: dateToDb(change.due) } });
    return { previousTarget, targetDate: input.targetDate, redated: changes.length, leftAlone };
  });
}
