/**
 * Readiness check-ins: what to rate, recording a check-in (and queueing the
 * manager's summary), readiness over a pathway's check-ins, and the manager's
 * calibration. Reads take a CheckInGrant from privacy.ts: no grant, no data.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb } from '../domain/dates.js';
import { type ColleagueView, colleagueViews } from '../domain/feedback.js';
import { findRole, resourcesForSignals, signalsFor } from '../domain/framework/queries.js';
import type { Framework, Resource, Signal } from '../domain/framework/schema.js';
import type { Language } from '../domain/language.js';
import {
  assessReadiness,
  type CheckedRating,
  type CheckInRecord,
  CONSISTENT,
  type Rating,
  RatingSchema,
  type Readiness,
} from '../domain/readiness.js';
import type { CheckIn, CheckInRating, Milestone, Pathway, Person } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import { type AssessmentRow, assessmentRowsOf, type CompetencyRating, competencyRatings } from './competencies.js';
import { type AnsweredRequest, answersOf, colleagueFeedbackOf } from './feedback.js';
import { frameworkFor, frameworksById } from './frameworks.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import type { CheckInGrant, ManagerGrant } from './privacy.js';

/** How many recent check-ins feed the trend; older ones only matter for history. */
const TREND_WINDOW = 12;

export interface CheckInForm {
  pathwayId: string;
  frameworkVersionId: string;
  goal: { key: string; title: string };
  signals: Signal[];
}

/** The signals to rate now: the goal role's, in the framework version the active pathway uses (texts in `language`). */
export async function checkInFormFor(
  prisma: PrismaClient,
  personId: string,
  language?: Language,
): Promise<CheckInForm> {
  const pathway = await prisma.pathway.findUnique({ where: { activeForPersonId: personId } });
  if (!pathway) throw userError('error.checkins.noPathway');
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId, language);
  const role = findRole(framework, pathway.goalRoleKey);
  const signals = signalsFor(framework, pathway.goalRoleKey);
  if (!role || signals.length === 0) {
    throw userError('error.checkins.noSignals');
  }
  return {
    pathwayId: pathway.id,
    frameworkVersionId: pathway.frameworkVersionId,
    goal: { key: role.key, title: role.title },
    signals,
  };
}

export interface LastAnswer {
  rating: Rating;
  example: string | null;
  /** When it was given (ISO date). */
  date: string;
}

/**
 * The answers of the subject's latest check-in against `goalRoleKey` (on this
 * pathway or an earlier one towards the same role), by signal key: where the
 * next check-in starts.
 */
export async function lastAnswers(
  prisma: PrismaClient,
  access: CheckInGrant,
  goalRoleKey: string,
): Promise<Map<string, LastAnswer>> {
  const latest = await prisma.checkIn.findFirst({
    where: { personId: access.subjectId, goalRoleKey },
    orderBy: { createdAt: 'desc' },
    include: { ratings: true },
  });
  if (!latest) return new Map();
  const date = dateFromDb(latest.createdAt);
  return new Map(
    latest.ratings.map((rating) => [
      rating.signalKey,
      { rating: RatingSchema.parse(rating.selfRating), example: rating.example, date },
    ]),
  );
}

export interface CheckInSummary {
  checkInId: string;
  person: Pick<Person, 'slackUserId' | 'displayName'>;
  goalTitle: string;
  date: string;
  signalCount: number;
  consistentCount: number;
}

export interface RecordedCheckIn {
  checkInId: string;
  /** Slack user id of the manager whose summary was queued, or null without a manager. */
  managerSlackUserId: string | null;
}

/**
 * Stores a check-in against the form it was opened with. The pathway must still be
 * the person's active one and the signals unchanged; otherwise the person is asked
 * to open the check-in again. The manager's summary is queued in the same transaction.
 */
export async function recordCheckIn(
  prisma: PrismaClient,
  person: Pick<Person, 'id' | 'workspaceId' | 'managerId' | 'slackUserId' | 'displayName'>,
  input: { pathwayId: string; ratings: CheckedRating[]; now: Date; today: string },
  /** The manager's DM, built for them (`recipient`: whose language it is written in). */
  summary: (details: CheckInSummary, recipient: Pick<Person, 'language' | 'locale'>) => OutboxPayload,
): Promise<RecordedCheckIn> {
  const form = await checkInFormFor(prisma, person.id);
  const expected = form.signals
    .map((signal) => signal.key)
    .sort()
    .join(',');
  const given = input.ratings
    .map((rating) => rating.signalKey)
    .sort()
    .join(',');
  if (form.pathwayId !== input.pathwayId || expected !== given) {
    throw userError('error.checkins.pathwayChanged');
  }
  return prisma.$transaction(async (tx) => {
    const checkIn = await tx.checkIn.create({
      data: {
        personId: person.id,
        pathwayId: form.pathwayId,
        frameworkVersionId: form.frameworkVersionId,
        goalRoleKey: form.goal.key,
        createdAt: input.now,
        ratings: {
          create: input.ratings.map((rating) => ({
            signalKey: rating.signalKey,
            selfRating: rating.rating,
            example: rating.example,
          })),
        },
      },
    });
    const manager = person.managerId ? await tx.person.findUnique({ where: { id: person.managerId } }) : null;
    if (manager && manager.deactivatedAt === null) {
      const payload = summary(
        {
          checkInId: checkIn.id,
          person,
          goalTitle: form.goal.title,
          date: input.today,
          signalCount: input.ratings.length,
          consistentCount: input.ratings.filter((rating) => rating.rating >= CONSISTENT).length,
        },
        manager,
      );
      await enqueueMessage(tx, {
        workspaceId: person.workspaceId,
        dedupeKey: `checkin-summary:${checkIn.id}`,
        kind: 'checkin-summary',
        recipient: manager.slackUserId,
        payload,
        notBefore: input.now,
      });
    }
    return {
      checkInId: checkIn.id,
      managerSlackUserId: manager && manager.deactivatedAt === null ? manager.slackUserId : null,
    };
  });
}

/** What readiness reads of a check-in: its ratings without their examples. */
type CheckInRow = Pick<
  CheckIn,
  'id' | 'pathwayId' | 'frameworkVersionId' | 'goalRoleKey' | 'managerComment' | 'calibratedAt' | 'createdAt'
> & { ratings: Array<Pick<CheckInRating, 'signalKey' | 'selfRating' | 'managerRating'>> };

/** Signal titles as the framework version of the check-in had them (retired signals keep their names). */
function toRecord(
  row: Omit<CheckInRow, 'pathwayId' | 'frameworkVersionId'>,
  framework: Framework | undefined,
): CheckInRecord {
  const titles = new Map(
    (framework ? signalsFor(framework, row.goalRoleKey) : []).map((signal) => [signal.key, signal.title]),
  );
  return {
    id: row.id,
    at: row.createdAt.getTime(),
    date: dateFromDb(row.createdAt),
    managerComment: row.managerComment,
    calibrated: row.calibratedAt !== null,
    ratings: row.ratings.map((rating) => ({
      signalKey: rating.signalKey,
      title: titles.get(rating.signalKey) ?? rating.signalKey,
      selfRating: RatingSchema.parse(rating.selfRating),
      managerRating: rating.managerRating === null ? null : RatingSchema.parse(rating.managerRating),
    })),
  };
}

export interface ReadinessView extends Readiness {
  goalTitle: string;
  /** The framework's resources for the signals still below consistent. */
  resourcesForWeakest?: Resource[];
  /** The goal role's competencies with their latest self-assessed ratings (shown beside the signals). */
  competencies?: CompetencyRating[];
  /** Colleagues' answers by signal key, as the person and their manager may see them (services/feedback.ts). */
  colleagues?: Map<string, ColleagueView>;
}

/** What the overview and readiness read of a milestone. */
export type ActiveMilestoneRow = Pick<
  Milestone,
  | 'id'
  | 'position'
  | 'title'
  | 'kind'
  | 'dueDate'
  | 'link'
  | 'signalKeys'
  | 'doneAt'
  | 'agreedAt'
  | 'notNeededAt'
  | 'description'
  | 'templateKey'
>;

/** What the overview and readiness read of an active pathway, with its milestones by position. */
export type ActivePathwayRow = Pick<
  Pathway,
  | 'id'
  | 'personId'
  | 'frameworkVersionId'
  | 'fromRoleKey'
  | 'goalRoleKey'
  | 'moveKind'
  | 'targetDate'
  | 'goalProposedAt'
  | 'goalProposedById'
> & { milestones: ActiveMilestoneRow[] };

export interface SubjectReadiness {
  pathway: ActivePathwayRow;
  /** The framework version the pathway was made with (parsed once per process, see frameworks.ts). */
  framework: Framework;
  readiness: ReadinessView;
}

const activePathwayInclude = { milestones: { orderBy: { position: 'asc' } } } as const;

/**
 * Readiness on each subject's active pathway (subjects without one are absent),
 * in two queries side by side whatever the number of subjects (`/pathway team`).
 */
export async function readinessOfMany(
  prisma: PrismaClient,
  grants: readonly CheckInGrant[],
  language?: Language,
): Promise<Map<string, SubjectReadiness>> {
  const subjectIds = grants.map((access) => access.subjectId);
  const [pathways, rows] = await Promise.all([
    prisma.pathway.findMany({ where: { activeForPersonId: { in: subjectIds } }, include: activePathwayInclude }),
    prisma.checkIn.findMany({
      where: { personId: { in: subjectIds }, pathway: { activeForPersonId: { in: subjectIds } } },
      include: { ratings: true },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  return assemble(prisma, pathways, rows, grants, language);
}

export interface OwnReadiness {
  /** Undefined without an active pathway. */
  subject: SubjectReadiness | undefined;
  /** The person's latest check-in on any pathway. */
  lastCheckInAt: Date | null;
}

/**
 * One person's active pathway, readiness and last check-in, for `/pathway`
 * and Home, the busiest requests: two queries side by side. Check-ins are
 * recorded against the pathway active at the time, so the active pathway's
 * check-ins are the newest: the latest TREND_WINDOW of the person's are enough.
 */
export async function ownReadiness(
  prisma: PrismaClient,
  access: CheckInGrant,
  language?: Language,
): Promise<OwnReadiness> {
  const { pathway, assessments, feedback, checkIns } = await ownRows(prisma, access.subjectId);
  const answers = answersOf(feedback);
  const subjects = await assemble(prisma, pathway ? [pathway] : [], checkIns, [access], language, {
    assessments: new Map([[access.subjectId, assessments]]),
    colleagues: new Map(answers.length > 0 ? [[access.subjectId, colleagueViews(answers)]] : []),
  });
  return { subject: subjects.get(access.subjectId), lastCheckInAt: checkIns[0]?.createdAt ?? null };
}

/** Instants travel as epoch milliseconds inside the JSON (exact for timestamp(3) and date columns). */
const ms = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`(extract(epoch from ${column}) * 1000)::bigint`;
const at = (epochMs: number): Date => new Date(epochMs);
const maybeAt = (epochMs: number | null): Date | null => (epochMs === null ? null : new Date(epochMs));

type Wire<T> = { [K in keyof T]: T[K] extends Date ? number : T[K] extends Date | null ? number | null : T[K] };

interface OwnWire {
  pathway:
    | (Wire<Omit<ActivePathwayRow, 'milestones'>> & {
        milestones: Array<Wire<ActiveMilestoneRow>>;
        assessments: Array<Wire<AssessmentRow>>;
        feedback: AnsweredRequest[];
      })
    | null;
  checkIns: Array<Wire<Omit<CheckInRow, 'ratings'>> & { ratings: CheckInRow['ratings'] }>;
}

/**
 * ownReadiness's reads in one statement (the pathway with its milestones, its competency
 * assessments and colleagues' answered requests, and the latest check-ins with their ratings),
 * as the Prisma reads would give them: each round trip costs a pool checkout, a socket write and
 * the ORM's work, and these were eight on every `/pathway` and Home of a person with a plan.
 */
async function ownRows(
  prisma: PrismaClient,
  personId: string,
): Promise<{
  pathway: ActivePathwayRow | null;
  assessments: AssessmentRow[];
  feedback: AnsweredRequest[];
  checkIns: CheckInRow[];
}> {
  const [row] = await prisma.$queryRaw<Array<{ data: OwnWire }>>`
    SELECT json_build_object(
      'pathway', (
        SELECT json_build_object(
          'id', p."id", 'personId', p."personId", 'frameworkVersionId', p."frameworkVersionId",
          'fromRoleKey', p."fromRoleKey", 'goalRoleKey', p."goalRoleKey", 'moveKind', p."moveKind",
          'targetDate', ${ms(Prisma.sql`p."targetDate"`)}, 'goalProposedAt', ${ms(Prisma.sql`p."goalProposedAt"`)},
          'goalProposedById', p."goalProposedById",
          'milestones', COALESCE((
            SELECT json_agg(json_build_object(
              'id', m."id", 'position', m."position", 'title', m."title", 'kind', m."kind",
              'dueDate', ${ms(Prisma.sql`m."dueDate"`)}, 'link', m."link", 'signalKeys', m."signalKeys",
              'doneAt', ${ms(Prisma.sql`m."doneAt"`)}, 'agreedAt', ${ms(Prisma.sql`m."agreedAt"`)},
              'notNeededAt', ${ms(Prisma.sql`m."notNeededAt"`)}, 'description', m."description",
              'templateKey', m."templateKey"
            ) ORDER BY m."position")
            FROM "Milestone" m WHERE m."pathwayId" = p."id"), '[]'),
          'assessments', COALESCE((
            SELECT json_agg(json_build_object(
              'competencyKey', a."competencyKey", 'goalRoleKey', a."goalRoleKey", 'rating', a."rating",
              'note', a."note", 'createdAt', ${ms(Prisma.sql`a."createdAt"`)}
            ) ORDER BY a."createdAt" DESC)
            FROM "CompetencyAssessment" a WHERE a."personId" = p."personId"), '[]'),
          'feedback', COALESCE((
            SELECT json_agg(json_build_object(
              'named', f."named", 'colleagueSlackUserId', c."slackUserId",
              'answers', COALESCE((
                SELECT json_agg(json_build_object('signalKey', fa."signalKey", 'rating', fa."rating", 'comment', fa."comment"))
                FROM "FeedbackAnswer" fa WHERE fa."requestId" = f."id"), '[]')
            ) ORDER BY f."answeredAt")
            FROM "FeedbackRequest" f LEFT JOIN "Person" c ON c."id" = f."colleagueId"
            WHERE f."personId" = p."personId" AND f."pathwayId" = p."id" AND f."answeredAt" IS NOT NULL), '[]')
        )
        FROM "Pathway" p WHERE p."activeForPersonId" = ${personId}
      ),
      'checkIns', COALESCE((
        SELECT json_agg(json_build_object(
          'id', ci."id", 'pathwayId', ci."pathwayId", 'frameworkVersionId', ci."frameworkVersionId",
          'goalRoleKey', ci."goalRoleKey", 'managerComment', ci."managerComment",
          'calibratedAt', ${ms(Prisma.sql`ci."calibratedAt"`)}, 'createdAt', ${ms(Prisma.sql`ci."createdAt"`)},
          'ratings', COALESCE((
            SELECT json_agg(json_build_object(
              'signalKey', r."signalKey", 'selfRating', r."selfRating", 'managerRating', r."managerRating"
            ))
            FROM "CheckInRating" r WHERE r."checkInId" = ci."id"), '[]')
        ) ORDER BY ci."createdAt" DESC)
        FROM (
          SELECT * FROM "CheckIn" WHERE "personId" = ${personId} ORDER BY "createdAt" DESC LIMIT ${TREND_WINDOW}
        ) ci), '[]')
    ) AS "data"`;
  const data = row!.data;
  const wired = data.pathway;
  return {
    pathway: wired && {
      id: wired.id,
      personId: wired.personId,
      frameworkVersionId: wired.frameworkVersionId,
      fromRoleKey: wired.fromRoleKey,
      goalRoleKey: wired.goalRoleKey,
      moveKind: wired.moveKind,
      targetDate: at(wired.targetDate),
      goalProposedAt: maybeAt(wired.goalProposedAt),
      goalProposedById: wired.goalProposedById,
      milestones: wired.milestones.map((milestone) => ({
        ...milestone,
        dueDate: at(milestone.dueDate),
        doneAt: maybeAt(milestone.doneAt),
        agreedAt: maybeAt(milestone.agreedAt),
        notNeededAt: maybeAt(milestone.notNeededAt),
      })),
    },
    assessments: (wired?.assessments ?? []).map((assessment) => ({
      ...assessment,
      createdAt: at(assessment.createdAt),
    })),
    feedback: wired?.feedback ?? [],
    checkIns: data.checkIns.map((checkIn) => ({
      ...checkIn,
      calibratedAt: maybeAt(checkIn.calibratedAt),
      createdAt: at(checkIn.createdAt),
    })),
  };
}

/** Readiness on the subject's active pathway, or null without one. */
export async function readinessOf(
  prisma: PrismaClient,
  access: CheckInGrant,
  language?: Language,
): Promise<ReadinessView | null> {
  return (await ownReadiness(prisma, access, language)).subject?.readiness ?? null;
}

async function assemble(
  prisma: PrismaClient,
  pathways: ActivePathwayRow[],
  rows: CheckInRow[],
  grants: readonly CheckInGrant[],
  language: Language | undefined,
  /** Already read with the pathways (ownReadiness); otherwise read here. */
  read?: { assessments: Map<string, AssessmentRow[]>; colleagues: Map<string, Map<string, ColleagueView>> },
): Promise<Map<string, SubjectReadiness>> {
  // Competency assessments load beside the frameworks: no extra round trip on the busiest requests.
  const withPathway = grants.filter((access) => pathways.some((pathway) => pathway.personId === access.subjectId));
  const pathwayOf = new Map(pathways.map((pathway) => [pathway.personId, pathway.id]));
  const [frameworks, assessments, colleagues] = await Promise.all([
    frameworksById(
      prisma,
      [...pathways, ...rows].map((row) => row.frameworkVersionId),
      language,
    ),
    read
      ? read.assessments
      : withPathway.length > 0
        ? assessmentRowsOf(prisma, withPathway)
        : Promise.resolve(new Map<string, AssessmentRow[]>()),
    read
      ? read.colleagues
      : colleagueFeedbackOf(
          prisma,
          withPathway.map((access) => ({ access, pathwayId: pathwayOf.get(access.subjectId)! })),
        ),
  ]);
  const result = new Map<string, SubjectReadiness>();
  for (const pathway of pathways) {
    const framework = frameworks.get(pathway.frameworkVersionId);
    if (!framework) continue;
    const own = rows.filter((row) => row.pathwayId === pathway.id).slice(0, TREND_WINDOW);
    const readiness = readinessFrom(pathway, framework, own, frameworks);
    readiness.competencies = competencyRatings(framework, pathway.goalRoleKey, assessments.get(pathway.personId) ?? []);
    const feedback = colleagues.get(pathway.personId);
    if (feedback) readiness.colleagues = feedback;
    result.set(pathway.personId, { pathway, framework, readiness });
  }
  return result;
}

function readinessFrom(
  pathway: ActivePathwayRow,
  framework: Framework,
  rows: CheckInRow[],
  frameworks: Map<string, Framework>,
): ReadinessView {
  const readiness = assessReadiness(
    signalsFor(framework, pathway.goalRoleKey).map((signal) => ({ key: signal.key, title: signal.title })),
    rows.map((row) => toRecord(row, frameworks.get(row.frameworkVersionId))),
    pathway.milestones.map((milestone) => ({
      id: milestone.id,
      position: milestone.position,
      title: milestone.title,
      signalKeys: milestone.signalKeys,
      done: milestone.doneAt !== null,
    })),
  );
  return {
    ...readiness,
    goalTitle: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
    resourcesForWeakest: resourcesForSignals(
      framework,
      pathway.goalRoleKey,
      readiness.belowConsistent.map((signal) => signal.key),
    ),
  };
}

export interface CheckInDetail {
  id: string;
  /** The pathway it was made on (its readiness case), null once that pathway is gone. */
  pathwayId?: string | null;
  date: string;
  person: Pick<Person, 'id' | 'slackUserId' | 'displayName'>;
  goalTitle: string;
  ratings: Array<{
    signalKey: string;
    title: string;
    selfRating: Rating;
    example: string | null;
    managerRating: Rating | null;
  }>;
  managerComment: string | null;
  calibratedAt: Date | null;
}

/** One check-in with its examples, for the manager's calibration or the person's own view. */
export async function checkInDetail(
  prisma: Pick<PrismaClient, 'checkIn' | 'frameworkVersion'>,
  access: CheckInGrant & { checkInId: string },
): Promise<CheckInDetail> {
  const row = await prisma.checkIn.findFirstOrThrow({
    where: { id: access.checkInId, personId: access.subjectId },
    include: { ratings: true, person: { select: { id: true, slackUserId: true, displayName: true } } },
  });
  const framework = await frameworkFor(prisma, row.frameworkVersionId);
  const order = signalsFor(framework, row.goalRoleKey).map((signal) => signal.key);
  const record = toRecord(row, framework);
  const examples = new Map(row.ratings.map((rating) => [rating.signalKey, rating.example]));
  const position = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  return {
    id: row.id,
    pathwayId: row.pathwayId,
    date: record.date,
    person: row.person,
    goalTitle: findRole(framework, row.goalRoleKey)?.title ?? row.goalRoleKey,
    ratings: [...record.ratings]
      .sort((a, b) => position(a.signalKey) - position(b.signalKey))
      .map((rating) => ({ ...rating, example: examples.get(rating.signalKey) ?? null })),
    managerComment: row.managerComment,
    calibratedAt: row.calibratedAt,
  };
}

export interface Calibration {
  ratings: Array<{ signalKey: string; rating: Rating }>;
  comment: string | null;
}

/**
 * The manager's ratings beside the self ratings, and a comment. The grant must be a
 * manager's (privacy.requireManager). Re-calibrating replaces the previous view; the
 * person is told each time.
 */
export async function calibrateCheckIn(
  prisma: PrismaClient,
  access: ManagerGrant & { checkInId: string },
  input: Calibration & { now: Date },
  /** The person's DM (`recipient`: whose language it is written in). */
  notice: (detail: CheckInDetail, recipient: Pick<Person, 'language' | 'locale'>) => OutboxPayload,
): Promise<CheckInDetail> {
  const existing = await prisma.checkIn.findFirstOrThrow({
    where: { id: access.checkInId, personId: access.subjectId },
    include: { ratings: true, person: true },
  });
  const keys = existing.ratings
    .map((rating) => rating.signalKey)
    .sort()
    .join(',');
  if (
    keys !==
    input.ratings
      .map((rating) => rating.signalKey)
      .sort()
      .join(',')
  ) {
    throw userError('error.checkins.changed');
  }
  return prisma.$transaction(async (tx) => {
    for (const rating of input.ratings) {
      await tx.checkInRating.update({
        where: { checkInId_signalKey: { checkInId: access.checkInId, signalKey: rating.signalKey } },
        data: { managerRating: rating.rating },
      });
    }
    await tx.checkIn.update({
      where: { id: access.checkInId },
      data: { managerComment: input.comment, calibratedAt: input.now, calibratedById: access.viewerId },
    });
    const detail = await checkInDetail(tx, access);
    await enqueueMessage(tx, {
      workspaceId: existing.person.workspaceId,
      dedupeKey: `checkin-calibration:${access.checkInId}:${input.now.getTime()}`,
      kind: 'checkin-calibration',
      recipient: existing.person.slackUserId,
      payload: notice(detail, existing.person),
      notBefore: input.now,
    });
    return detail;
  });
}
