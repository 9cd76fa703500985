/**
 * Changes to the milestones of a person's active pathway. Every function checks
 * that the milestone belongs to that person's ACTIVE pathway (a button in an old
 * DM may point at a milestone of an ended one) and throws a UserError saying
 * what to do when the change is not possible.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import {
  dueDateProblem,
  type MilestoneKindChoice,
  positionProblem,
  type ValidEdit,
} from '../domain/pathways/milestones.js';
import type { Milestone, Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';

type Tx = Prisma.TransactionClient;

/** A milestone as a button carries it (its id) or as a person types it (its number). */
export type MilestoneRef = { id: string } | { position: number };

/** A milestone as listeners and confirmations need it: dates as ISO calendar dates. */
export interface MilestoneSummary {
  id: string;
  pathwayId: string;
  position: number;
  title: string;
  kind: Milestone['kind'];
  dueDate: string;
  link: string | null;
  doneDate: string | null;
}

export interface MilestoneChange {
  milestone: MilestoneSummary;
  /** How many milestones the pathway has now, and how many of them are open. */
  count: number;
  open: number;
}

export function summarise(row: Milestone): MilestoneSummary {
  return {
    id: row.id,
    pathwayId: row.pathwayId,
    position: row.position,
    title: row.title,
    kind: row.kind,
    dueDate: dateFromDb(row.dueDate),
    link: row.link,
    doneDate: row.doneAt ? dateFromDb(row.doneAt) : null,
  };
}

/** The change's answer: the milestone as it is now, with the pathway's counts after the change. */
async function changed(tx: Tx, row: Milestone): Promise<MilestoneChange> {
  const count = await tx.milestone.count({ where: { pathwayId: row.pathwayId } });
  const open = await tx.milestone.count({ where: { pathwayId: row.pathwayId, doneAt: null } });
  return { milestone: summarise(row), count, open };
}

/**
 * The person's active pathway, locked until the transaction ends: changes to one
 * plan read positions and then write them, so two at once (eight quick
 * `/pathway add`) would pick the same number. Locking the pathway row makes them
 * take turns on PostgreSQL; PGlite runs one transaction at a time anyway.
 */
async function activePathwayId(tx: Tx, personId: string): Promise<string> {
  const [pathway] = await lockActivePathway(tx, personId);
  if (!pathway) throw userError('error.milestones.noPathway');
  return pathway.id;
}

export function lockActivePathway(tx: Tx, personId: string): Promise<Array<{ id: string }>> {
  return tx.$queryRaw<
    Array<{ id: string }>
  >`SELECT id FROM "Pathway" WHERE "activeForPersonId" = ${personId} FOR UPDATE`;
}

async function findOwned(tx: Tx, personId: string, ref: MilestoneRef): Promise<Milestone> {
  const pathwayId = await activePathwayId(tx, personId);
  if ('position' in ref) {
    const count = await tx.milestone.count({ where: { pathwayId } });
    if (positionProblem(ref.position, count))
      throw count === 0
        ? userError('error.milestones.noneYet')
        : userError('error.milestones.noSuchNumber', { position: ref.position, count });
  }
  const milestone = await tx.milestone.findFirst({
    where: { pathwayId, ...('id' in ref ? { id: ref.id } : { position: ref.position }) },
  });
  if (!milestone) throw userError('error.milestones.notActive');
  return milestone;
}

/** Refuses to mark done or move a milestone that is already done. */
export function refuseIfDone(milestone: MilestoneSummary, what: 'mark' | 'move'): void {
  if (milestone.doneDate) {
    throw userError('error.milestones.alreadyDone', {
      position: milestone.position,
      title: milestone.title,
      doneDate: milestone.doneDate,
      what,
    });
  }
}

function refusePast(due: string, today: string): void {
  if (dueDateProblem(due, today)) throw userError('error.milestones.pastDate', { dueDate: due, todayDate: today });
}

/** Looks a milestone up without changing it (to fill in a modal). */
export async function ownedMilestone(
  prisma: PrismaClient,
  personId: string,
  ref: MilestoneRef,
): Promise<MilestoneSummary> {
  return summarise(await findOwned(prisma, personId, ref));
}

export interface NewMilestone {
  title: string;
  due: string;
  kind?: MilestoneKindChoice | undefined;
  link?: string | null | undefined;
}

/**
 * Adds a milestone in due-date order (after those due the same day or earlier), so
 * `/pathway` lists numbers in sequence rather than a new 7 between 2 and 3. Later
 * ones move up by one: first above every used number, then back down (positions
 * are unique per pathway, checked row by row).
 */
export async function addMilestone(
  prisma: PrismaClient,
  personId: string,
  input: NewMilestone,
  today: string,
): Promise<MilestoneChange> {
  refusePast(input.due, today);
  return prisma.$transaction(async (tx) => {
    const pathwayId = await activePathwayId(tx, personId);
    const last = await tx.milestone.aggregate({ where: { pathwayId }, _max: { position: true } });
    const clear = (last._max.position ?? 0) + 1;
    const lastDueByThen = await tx.milestone.findFirst({
      where: { pathwayId, dueDate: { lte: dateToDb(input.due) } },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    const position = (lastDueByThen?.position ?? 0) + 1;
    if (position < clear) {
      await tx.milestone.updateMany({
        where: { pathwayId, position: { gte: position } },
        data: { position: { increment: clear } },
      });
      await tx.milestone.updateMany({
        where: { pathwayId, position: { gt: clear } },
        data: { position: { decrement: clear - 1 } },
      });
    }
    const milestone = await tx.milestone.create({
      data: {
        pathwayId,
        position,
        title: input.title,
        kind: input.kind ?? 'other',
        dueDate: dateToDb(input.due),
        link: input.link ?? null,
      },
    });
    return changed(tx, milestone);
  });
}

export interface Evidence {
  note?: string | null | undefined;
  link?: string | null | undefined;
}

export async function markDone(
  prisma: PrismaClient,
  personId: string,
  ref: MilestoneRef,
  evidence: Evidence,
  now: Date,
): Promise<MilestoneChange> {
  return prisma.$transaction(async (tx) => {
    const milestone = await findOwned(tx, personId, ref);
    refuseIfDone(summarise(milestone), 'mark');
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: { doneAt: now, evidence: evidence.note ?? null, evidenceLink: evidence.link ?? null },
    });
    return changed(tx, updated);
  });
}

/** Reopens a milestone marked done by mistake (the "Undo" button); its evidence goes with it. */
export async function undoDone(prisma: PrismaClient, personId: string, milestoneId: string): Promise<MilestoneChange> {
  return prisma.$transaction(async (tx) => {
    const milestone = await findOwned(tx, personId, { id: milestoneId });
    if (!milestone.doneAt) return changed(tx, milestone);
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: { doneAt: null, evidence: null, evidenceLink: null },
    });
    return changed(tx, updated);
  });
}

export async function moveMilestone(
  prisma: PrismaClient,
  personId: string,
  ref: MilestoneRef,
  due: string,
  today: string,
): Promise<MilestoneChange> {
  refusePast(due, today);
  return prisma.$transaction(async (tx) => {
    const milestone = await findOwned(tx, personId, ref);
    refuseIfDone(summarise(milestone), 'move');
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: { dueDate: dateToDb(due), dueSetByHand: true },
    });
    return changed(tx, updated);
  });
}

/** Edits what a milestone is. The date must be today or later only if it changed, so an overdue one can be renamed. */
export async function editMilestone(
  prisma: PrismaClient,
  personId: string,
  milestoneId: string,
  edit: ValidEdit,
  today: string,
): Promise<MilestoneChange> {
  return prisma.$transaction(async (tx) => {
    const milestone = await findOwned(tx, personId, { id: milestoneId });
    if (edit.due !== dateFromDb(milestone.dueDate)) refusePast(edit.due, today);
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: {
        title: edit.title,
        kind: edit.kind,
        dueDate: dateToDb(edit.due),
        link: edit.link,
        ...(edit.due !== dateFromDb(milestone.dueDate) ? { dueSetByHand: true } : {}),
      },
    });
    return changed(tx, updated);
  });
}

/**
 * Deletes a milestone and closes the gap, so numbers stay 1..n as `/pathway` shows
 * them. Positions are unique per pathway and PostgreSQL checks that row by row,
 * so the later ones first move above every used number, then down into the gap.
 */
export async function deleteMilestone(
  prisma: PrismaClient,
  personId: string,
  milestoneId: string,
): Promise<MilestoneChange> {
  return prisma.$transaction(async (tx) => {
    const milestone = await findOwned(tx, personId, { id: milestoneId });
    const last = await tx.milestone.aggregate({ where: { pathwayId: milestone.pathwayId }, _max: { position: true } });
    const clear = (last._max.position ?? 0) + 1;
    await tx.milestone.delete({ where: { id: milestone.id } });
    const later = { pathwayId: milestone.pathwayId, position: { gt: milestone.position } };
    await tx.milestone.updateMany({ where: later, data: { position: { increment: clear } } });
    await tx.milestone.updateMany({
      where: { pathwayId: milestone.pathwayId, position: { gt: clear } },
      data: { position: { decrement: clear + 1 } },
    });
    return changed(tx, milestone);
  });
}
