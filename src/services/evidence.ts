/**
 * Evidence a person and their current manager can see: the wins log of a
 * pathway and the readiness case of each signal of its goal role, read from
 * three places (done notes on milestones, examples and calibration comments on
 * check-ins, and the Evidence table), plus saving a Slack message and a
 * manager's comment on a milestone. Reads take a CheckInGrant from privacy.ts:
 * evidence follows the check-in rule, the person and their CURRENT manager only.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb } from '../domain/dates.js';
import {
  type CaseMilestoneInput,
  type MilestoneState,
  readinessCases,
  type SignalCase,
  type ValidSavedEvidence,
  type WinEntry,
  withoutRepeatedExamples,
} from '../domain/evidence.js';
import type { ColleagueView } from '../domain/feedback.js';
import { findRole, signalsFor } from '../domain/framework/queries.js';

import { type Rating, RatingSchema } from '../domain/readiness.js';
import type { Milestone, Person, Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import type { WaitingRequest } from './feedback.js';
import { frameworkFor } from './frameworks.js';
import { type MilestoneSummary, summarise } from './milestones.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import type { CheckInGrant, ManagerGrant } from './privacy.js';

export interface EvidenceOf {
  pathwayId: string;
  /** Whether it is the person's active pathway (otherwise their latest ended one). */
  active: boolean;
  goalTitle: string;
  subject: Pick<Person, 'id' | 'slackUserId'>;
  signals: Array<{ key: string; title: string }>;
  milestones: CaseMilestoneInput[];
  /** Every entry of the wins log, newest first. */
  entries: WinEntry[];
}

const pathwayInclude = {
  milestones: { orderBy: { position: 'asc' } },
  person: { select: { id: true, slackUserId: true } },
  checkIns: { include: { ratings: true }, orderBy: { createdAt: 'desc' } },
  evidence: { include: { author: { select: { slackUserId: true } } }, orderBy: { createdAt: 'desc' } },
} as const satisfies Prisma.PathwayInclude;

type LoadedPathway = Prisma.PathwayGetPayload<{ include: typeof pathwayInclude }>;

function stateOf(milestone: Milestone): MilestoneState {
  if (milestone.doneAt) return 'done';
  return milestone.notNeededAt ? 'not-needed' : 'open';
}

function ref(milestone: Pick<Milestone, 'id' | 'position' | 'title'>) {
  return { id: milestone.id, position: milestone.position, title: milestone.title };
}

function entriesOf(pathway: LoadedPathway, calibrators: ReadonlyMap<string, string>): WinEntry[] {
  const milestones = new Map(pathway.milestones.map((milestone) => [milestone.id, milestone]));
  const entries: WinEntry[] = [];
  for (const milestone of pathway.milestones) {
    if (!milestone.doneAt) continue;
    entries.push({
      key: `done:${milestone.id}`,
      kind: 'done',
      at: milestone.doneAt.getTime(),
      date: dateFromDb(milestone.doneAt),
      text: milestone.evidence,
      link: milestone.evidenceLink,
      milestone: ref(milestone),
      signalKeys: [],
      author: { role: 'self' },
    });
  }
  for (const checkIn of pathway.checkIns) {
    for (const rating of checkIn.ratings) {
      if (!rating.example) continue;
      const self: Rating = RatingSchema.parse(rating.selfRating);
      entries.push({
        key: `example:${rating.id}`,
        kind: 'example',
        at: checkIn.createdAt.getTime(),
        date: dateFromDb(checkIn.createdAt),
        text: rating.example,
        link: null,
        milestone: null,
        signalKeys: [rating.signalKey],
        author: { role: 'self' },
        rating: self,
      });
    }
    if (checkIn.managerComment && checkIn.calibratedAt) {
      entries.push({
        key: `calibration:${checkIn.id}`,
        kind: 'calibration',
        at: checkIn.calibratedAt.getTime(),
        date: dateFromDb(checkIn.calibratedAt),
        text: checkIn.managerComment,
        link: null,
        milestone: null,
        signalKeys: [],
        author: {
          role: 'manager',
          slackUserId: checkIn.calibratedById ? (calibrators.get(checkIn.calibratedById) ?? null) : null,
        },
      });
    }
  }
  for (const row of pathway.evidence) {
    const milestone = row.milestoneId ? milestones.get(row.milestoneId) : undefined;
    const bySelf = row.authorId === pathway.personId;
    entries.push({
      key: `evidence:${row.id}`,
      kind: row.kind,
      at: row.createdAt.getTime(),
      date: dateFromDb(row.createdAt),
      text: row.text,
      link: row.link,
      milestone: milestone ? ref(milestone) : null,
      signalKeys: row.signalKeys,
      author: bySelf
        ? { role: 'self' }
        : { role: row.kind === 'comment' ? 'manager' : 'other', slackUserId: row.author?.slackUserId ?? null },
    });
  }
  return withoutRepeatedExamples(entries);
}

async function assemble(
  prisma: Pick<PrismaClient, 'frameworkVersion' | 'person'>,
  pathway: LoadedPathway,
): Promise<EvidenceOf> {
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId);
  const calibratorIds = [
    ...new Set(pathway.checkIns.map((checkIn) => checkIn.calibratedById).filter((id): id is string => id !== null)),
  ];
  const calibrators =
    calibratorIds.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await prisma.person.findMany({
              where: { id: { in: calibratorIds } },
              select: { id: true, slackUserId: true },
            })
          ).map((p) => [p.id, p.slackUserId]),
        );
  return {
    pathwayId: pathway.id,
    active: pathway.activeForPersonId !== null,
    goalTitle: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
    subject: pathway.person,
    signals: signalsFor(framework, pathway.goalRoleKey).map((signal) => ({ key: signal.key, title: signal.title })),
    milestones: pathway.milestones.map((milestone) => ({
      ...ref(milestone),
      signalKeys: milestone.signalKeys,
      state: stateOf(milestone),
    })),
    entries: entriesOf(pathway, calibrators),
  };
}

/** Whose pathway this is (a button carries the pathway id; the privacy rule needs the person). */
export async function pathwayOwner(prisma: PrismaClient, pathwayId: string): Promise<string | null> {
  return (await prisma.pathway.findUnique({ where: { id: pathwayId }, select: { personId: true } }))?.personId ?? null;
}

/**
 * The subject's evidence on their active pathway, or on their latest ended one
 * when they have none active (so a goal just reached keeps its wins in view);
 * null without any pathway. `pathwayId` picks one of the subject's pathways.
 */
export async function evidenceOf(
  prisma: PrismaClient,
  access: CheckInGrant,
  pathwayId?: string,
): Promise<EvidenceOf | null> {
  const pathway = pathwayId
    ? await prisma.pathway.findFirst({ where: { id: pathwayId, personId: access.subjectId }, include: pathwayInclude })
    : ((await prisma.pathway.findUnique({ where: { activeForPersonId: access.subjectId }, include: pathwayInclude })) ??
      (await prisma.pathway.findFirst({
        where: { personId: access.subjectId },
        orderBy: [{ endedAt: 'desc' }, { startedAt: 'desc' }],
        include: pathwayInclude,
      })));
  return pathway ? assemble(prisma, pathway) : null;
}

export interface ReadinessCaseView {
  goalTitle: string;
  subject: Pick<Person, 'id' | 'slackUserId'>;
  cases: SignalCase[];
  /** Colleagues' answers by signal key (services/feedback.ts), when loaded. */
  colleagues?: Map<string, ColleagueView>;
  /** The person's own feedback requests still waiting (empty for their manager). */
  waiting?: WaitingRequest[];
  /** Whether the viewer may ask colleagues about these signals (their own active pathway). */
  askable?: boolean;
}

export function casesOf(evidence: EvidenceOf): ReadinessCaseView {
  return {
    goalTitle: evidence.goalTitle,
    subject: evidence.subject,
    cases: readinessCases(evidence.signals, evidence.milestones, evidence.entries),
  };
}

/** The readiness case of each signal of the subject's goal role (active pathway, or `pathwayId`). */
export async function readinessCaseOf(
  prisma: PrismaClient,
  access: CheckInGrant,
  pathwayId?: string,
): Promise<ReadinessCaseView | null> {
  const evidence = await evidenceOf(prisma, access, pathwayId);
  return evidence ? casesOf(evidence) : null;
}

// ---------------------------------------------------------------------------------------------
// Saving evidence
// ---------------------------------------------------------------------------------------------

export interface EvidenceTargets {
  pathwayId: string;
  goalTitle: string;
  /** Open milestones first (in plan order), then done ones. */
  milestones: Array<{ id: string; position: number; title: string; done: boolean }>;
  signals: Array<{ key: string; title: string }>;
}

/** Where evidence about the subject can be filed: their active pathway's milestones and signals. */
export async function evidenceTargets(prisma: PrismaClient, access: CheckInGrant): Promise<EvidenceTargets> {
  const pathway = await prisma.pathway.findUnique({
    where: { activeForPersonId: access.subjectId },
    include: { milestones: { orderBy: { position: 'asc' } } },
  });
  if (!pathway) {
    throw userError(access.relation === 'self' ? 'error.evidence.noPathway' : 'error.evidence.noReportPathway');
  }
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId);
  const milestones = pathway.milestones
    .filter((milestone) => milestone.notNeededAt === null)
    .map((milestone) => ({ ...ref(milestone), done: milestone.doneAt !== null }));
  return {
    pathwayId: pathway.id,
    goalTitle: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
    milestones: [...milestones.filter((m) => !m.done), ...milestones.filter((m) => m.done)],
    signals: signalsFor(framework, pathway.goalRoleKey).map((signal) => ({ key: signal.key, title: signal.title })),
  };
}

export interface SavedEvidence {
  evidenceId: string;
  milestone: MilestoneSummary | null;
}

/** Saves the person's own evidence (a Slack message, a note) on their active pathway, opened as `pathwayId`. */
export async function saveOwnEvidence(
  prisma: PrismaClient,
  personId: string,
  pathwayId: string,
  input: ValidSavedEvidence & { kind: 'message' | 'note' },
  now: Date,
): Promise<SavedEvidence> {
  return prisma.$transaction(async (tx) => {
    const pathway = await tx.pathway.findUnique({ where: { activeForPersonId: personId }, select: { id: true } });
    if (!pathway || pathway.id !== pathwayId) throw userError('error.evidence.changed');
    const milestone = input.milestoneId
      ? await tx.milestone.findFirst({ where: { id: input.milestoneId, pathwayId } })
      : null;
    if (input.milestoneId && !milestone) throw userError('error.evidence.changed');
    const row = await tx.evidence.create({
      data: {
        personId,
        pathwayId,
        milestoneId: milestone?.id ?? null,
        signalKeys: input.signalKeys,
        kind: input.kind,
        text: input.text,
        link: input.link,
        authorId: personId,
        createdAt: now,
      },
    });
    return { evidenceId: row.id, milestone: milestone ? summarise(milestone) : null };
  });
}

export interface CommentNotice {
  manager: Pick<Person, 'slackUserId'>;
  milestone: MilestoneSummary;
  text: string;
}

/**
 * The manager's comment on a milestone of their report's active pathway: kept as
 * evidence on it (the report's wins log and readiness case) and sent to the report.
 */
export async function commentOnMilestone(
  prisma: PrismaClient,
  access: ManagerGrant,
  input: { milestoneId: string; text: string; now: Date },
  notice: (details: CommentNotice, recipient: Pick<Person, 'language' | 'locale'>) => OutboxPayload,
): Promise<{ milestone: MilestoneSummary; report: Pick<Person, 'slackUserId'> }> {
  return prisma.$transaction(async (tx) => {
    const milestone = await tx.milestone.findFirst({
      where: { id: input.milestoneId, pathway: { activeForPersonId: access.subjectId } },
      include: { pathway: { select: { person: true } } },
    });
    if (!milestone) throw userError('error.evidence.milestoneGone');
    const [report, manager] = [
      milestone.pathway.person,
      await tx.person.findUniqueOrThrow({ where: { id: access.viewerId } }),
    ];
    const row = await tx.evidence.create({
      data: {
        personId: report.id,
        pathwayId: milestone.pathwayId,
        milestoneId: milestone.id,
        kind: 'comment',
        text: input.text,
        authorId: manager.id,
        createdAt: input.now,
      },
    });
    const summary = summarise(milestone);
    await enqueueMessage(tx, {
      workspaceId: report.workspaceId,
      dedupeKey: `milestone-comment:${row.id}`,
      kind: 'milestone-comment',
      recipient: report.slackUserId,
      payload: notice({ manager, milestone: summary, text: input.text }, report),
      notBefore: input.now,
    });
    return { milestone: summary, report };
  });
}
