/**
 * What `/pathway` and the Home tab show: the person's active pathway with role
 * titles resolved against the framework version it was made with, its
 * milestones, and the latest check-in.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, daysBetween } from '../domain/dates.js';
import { findRole, resourcesForSignals, stageOf, trackOf } from '../domain/framework/queries.js';
import type { Framework, Resource } from '../domain/framework/schema.js';
import type { Language } from '../domain/language.js';
import type { MilestoneKind, MoveKind } from '../generated/prisma/client.js';
import { type ActivePathwayRow, ownReadiness, type ReadinessView } from './checkins.js';
import { ownCheckIns } from './privacy.js';

export interface RoleRef {
  key: string;
  title: string;
  stageTitle: string | undefined;
  stageOrder: number | undefined;
}

export interface MilestoneView {
  id: string;
  position: number;
  title: string;
  kind: MilestoneKind;
  dueDate: string;
  link: string | null;
  done: boolean;
  doneDate: string | null;
  /** Negative when overdue; null when done. */
  daysLeft: number | null;
  /** Accepted from the manager's suggestion. */
  agreed?: boolean;
  /** Closed without being done because the goal was reached first. */
  notNeeded?: boolean;
  /** What the framework's template says about it (null for the person's own). */
  description?: string | null;
  /** The framework's resources for the signals it serves. */
  resources?: Resource[];
  /** The framework template it came from (null for the person's own). */
  templateKey?: string | null;
}

/** "I moved into this role", waiting for the other side to confirm. */
export interface PendingMove {
  proposedOn: string;
  /** Proposed by the manager (the person confirms), or by the person (the manager confirms). */
  byManager: boolean;
}

export interface PathwayView {
  id: string;
  from: RoleRef;
  goal: RoleRef;
  moveKind: MoveKind;
  targetDate: string;
  milestones: MilestoneView[];
  doneCount: number;
  overdueCount: number;
  stageCount: number;
  move?: PendingMove | null;
}

export interface Overview {
  today: string;
  pathway: PathwayView | null;
  lastCheckIn: { date: string; daysAgo: number } | null;
  /** Trend per signal and overall on the active pathway (see services/checkins.ts). */
  readiness: ReadinessView | null;
}

export function roleRef(framework: Framework, key: string): RoleRef {
  const role = findRole(framework, key);
  const stage = role ? stageOf(framework, role) : undefined;
  return { key, title: role?.title ?? key, stageTitle: stage?.title, stageOrder: stage?.order };
}

/** Role, stage and signal titles in `language` when given (the framework's own otherwise). */
export async function loadOverview(
  prisma: PrismaClient,
  personId: string,
  today: string,
  language?: Language,
): Promise<Overview> {
  const { subject, lastCheckInAt } = await ownReadiness(prisma, ownCheckIns(personId), language);
  return {
    today,
    pathway: subject ? pathwayView(subject.pathway, subject.framework, today) : null,
    lastCheckIn: lastCheckInAt
      ? { date: dateFromDb(lastCheckInAt), daysAgo: daysBetween(dateFromDb(lastCheckInAt), today) }
      : null,
    readiness: subject?.readiness ?? null,
  };
}

export function pathwayView(row: ActivePathwayRow, framework: Framework, today: string): PathwayView {
  const goal = roleRef(framework, row.goalRoleKey);
  const track = trackOf(framework, row.goalRoleKey);
  const milestones = row.milestones.map((milestone): MilestoneView => {
    const dueDate = dateFromDb(milestone.dueDate);
    const done = milestone.doneAt !== null;
    const notNeeded = milestone.notNeededAt !== null;
    return {
      id: milestone.id,
      position: milestone.position,
      title: milestone.title,
      kind: milestone.kind,
      dueDate,
      link: milestone.link,
      done,
      doneDate: milestone.doneAt ? dateFromDb(milestone.doneAt) : null,
      daysLeft: done || notNeeded ? null : daysBetween(today, dueDate),
      agreed: milestone.agreedAt !== null,
      notNeeded,
      description: milestone.description,
      resources: resourcesForSignals(framework, row.goalRoleKey, milestone.signalKeys),
      templateKey: milestone.templateKey,
    };
  });
  return {
    id: row.id,
    from: roleRef(framework, row.fromRoleKey),
    goal,
    moveKind: row.moveKind,
    targetDate: dateFromDb(row.targetDate),
    milestones,
    doneCount: milestones.filter((m) => m.done).length,
    overdueCount: milestones.filter((m) => m.daysLeft !== null && m.daysLeft < 0).length,
    stageCount: track ? framework.stages.filter((stage) => stage.track === track.key).length : 0,
    move: row.goalProposedAt
      ? { proposedOn: dateFromDb(row.goalProposedAt), byManager: row.goalProposedById !== row.personId }
      : null,
  };
}
