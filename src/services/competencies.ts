/**
 * Competency self-assessments: the person rates each competency of their goal
 * role on the check-in scale (not yet / emerging / consistent / role model),
 * with an optional short note. One row per competency per submission; the
 * newest row per key is the current rating. Private like check-ins: reads take
 * a CheckInGrant from privacy.ts (the person and their current manager only).
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb } from '../domain/dates.js';
import { competenciesOf, findRole } from '../domain/framework/queries.js';
import type { Framework, Resource } from '../domain/framework/schema.js';
import { type Rating, RatingSchema } from '../domain/readiness.js';
import { userError } from '../i18n/user-errors.js';
import { frameworkFor } from './frameworks.js';
import type { CheckInGrant } from './privacy.js';

/** A note beside a rating is a line, not an essay. */
export const MAX_COMPETENCY_NOTE_LENGTH = 300;

export interface CompetencyItem {
  key: string;
  title: string;
  /** What the competency looks like at the goal role's level. */
  description: string;
  /** The framework's links for growing it at this level. */
  resources: Resource[];
}

export interface CompetencyForm {
  pathwayId: string;
  frameworkVersionId: string;
  goal: { key: string; title: string };
  competencies: CompetencyItem[];
}

export interface LastCompetencyAnswer {
  rating: Rating;
  note: string | null;
  /** When it was given (ISO date). */
  date: string;
}

/** The latest rating of each of the goal role's competencies (null while never assessed), in framework order. */
export interface CompetencyRating {
  key: string;
  title: string;
  rating: Rating | null;
  date: string | null;
  /** The framework's links for this competency (shown beside a rating below consistent). */
  resources?: Resource[];
}

/** The goal role's competencies, in the framework version the active pathway uses. */
export function competencyItems(framework: Framework, goalRoleKey: string): CompetencyItem[] {
  return competenciesOf(framework, goalRoleKey).map((entry) => ({
    key: entry.competency.key,
    title: entry.competency.title,
    description: entry.description,
    resources: entry.resources,
  }));
}

export async function competencyFormFor(prisma: PrismaClient, personId: string): Promise<CompetencyForm> {
  const pathway = await prisma.pathway.findUnique({ where: { activeForPersonId: personId } });
  if (!pathway) throw userError('error.competencies.noPathway');
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId);
  const role = findRole(framework, pathway.goalRoleKey);
  const competencies = competencyItems(framework, pathway.goalRoleKey);
  if (!role || competencies.length === 0) throw userError('error.competencies.none');
  return {
    pathwayId: pathway.id,
    frameworkVersionId: pathway.frameworkVersionId,
    goal: { key: role.key, title: role.title },
    competencies,
  };
}

export type AssessmentRow = {
  competencyKey: string;
  goalRoleKey: string;
  rating: number;
  note: string | null;
  createdAt: Date;
};

/** Newest first in, newest per key out. */
function latestByKey(rows: readonly AssessmentRow[], goalRoleKey: string): Map<string, LastCompetencyAnswer> {
  const latest = new Map<string, LastCompetencyAnswer>();
  for (const row of rows) {
    if (row.goalRoleKey !== goalRoleKey || latest.has(row.competencyKey)) continue;
    latest.set(row.competencyKey, {
      rating: RatingSchema.parse(row.rating),
      note: row.note,
      date: dateFromDb(row.createdAt),
    });
  }
  return latest;
}

/** The subject's latest assessment of each competency towards `goalRoleKey`: where the next one starts. */
export async function lastCompetencyAnswers(
  prisma: PrismaClient,
  access: CheckInGrant,
  goalRoleKey: string,
): Promise<Map<string, LastCompetencyAnswer>> {
  const rows = await prisma.competencyAssessment.findMany({
    where: { personId: access.subjectId, goalRoleKey },
    orderBy: { createdAt: 'desc' },
  });
  return latestByKey(rows, goalRoleKey);
}

/** Assessment rows of several subjects, newest first (for the readiness views). */
export async function assessmentRowsOf(
  prisma: PrismaClient,
  grants: readonly CheckInGrant[],
): Promise<Map<string, AssessmentRow[]>> {
  const rows = await prisma.competencyAssessment.findMany({
    where: { personId: { in: grants.map((access) => access.subjectId) } },
    select: { personId: true, competencyKey: true, goalRoleKey: true, rating: true, note: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
  const bySubject = new Map<string, AssessmentRow[]>();
  for (const row of rows) bySubject.set(row.personId, [...(bySubject.get(row.personId) ?? []), row]);
  return bySubject;
}

/** The goal role's competencies with their latest self-ratings, in framework order. */
export function competencyRatings(
  framework: Framework,
  goalRoleKey: string,
  rows: readonly AssessmentRow[],
): CompetencyRating[] {
  const latest = latestByKey(rows, goalRoleKey);
  return competencyItems(framework, goalRoleKey).map((item) => {
    const answer = latest.get(item.key);
    return {
      key: item.key,
      title: item.title,
      rating: answer?.rating ?? null,
      date: answer?.date ?? null,
      resources: item.resources,
    };
  });
}

export interface CompetencyEntry {
  competencyKey: string;
  rating: Rating;
  note?: string | undefined;
}

/** Stores one row per competency of the person's goal role; every one must be rated. */
export async function recordCompetencyAssessment(
  prisma: PrismaClient,
  personId: string,
  input: { pathwayId: string; entries: CompetencyEntry[]; now: Date },
): Promise<CompetencyForm> {
  const form = await competencyFormFor(prisma, personId);
  const expected = form.competencies
    .map((item) => item.key)
    .sort()
    .join(',');
  const given = input.entries
    .map((entry) => entry.competencyKey)
    .sort()
    .join(',');
  if (form.pathwayId !== input.pathwayId || expected !== given) throw userError('error.competencies.changed');
  await prisma.competencyAssessment.createMany({
    data: input.entries.map((entry) => ({
      personId,
      pathwayId: form.pathwayId,
      frameworkVersionId: form.frameworkVersionId,
      goalRoleKey: form.goal.key,
      competencyKey: entry.competencyKey,
      rating: entry.rating,
      note: entry.note?.trim().slice(0, MAX_COMPETENCY_NOTE_LENGTH) || null,
      createdAt: input.now,
    })),
  });
  return form;
}
