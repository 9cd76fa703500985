/**
 * Progression reports: loads plain facts for a workspace and hands them to
 * src/domain/metrics.ts, which computes and guards every figure. The CSV is
 * written from the guarded report, so a hidden figure stays hidden there too.
 * Deactivated people are left out of new reports.
 */
import { stringify } from 'csv-stringify/sync';
import type { PrismaClient } from '../db/client.js';
import { dateFromDb } from '../domain/dates.js';
import { findRole } from '../domain/framework/queries.js';
import type { Language } from '../domain/language.js';
import {
  buildReport,
  type Figure,
  type Period,
  READINESS_LEVELS,
  type Report,
  type ReportFacts,
  SEGMENT_MEASURES,
  type SegmentFigures,
  UNASSIGNED,
} from '../domain/metrics.js';
import { english, type MessageKey, type Translator } from '../i18n/index.js';
import { activeFramework } from './frameworks.js';
import { type MentoringCounts, mentoringCounts } from './mentoring.js';

export interface WorkspaceReport {
  report: Report;
  /** Role titles by key, from the active framework in the reader's language (the key itself when the role is gone). */
  roleTitle(key: string): string;
  /** Workspace-wide mentoring counts (absent while mentoring is off). */
  mentoring?: MentoringCounts | null;
}

export async function loadReportFacts(prisma: PrismaClient, workspaceId: string): Promise<ReportFacts> {
  const people = await prisma.person.findMany({
    where: { workspaceId, deactivatedAt: null },
    select: { id: true, team: true, currentRoleKey: true, createdAt: true },
  });
  const personIds = people.map((person) => person.id);
  const [pathways, milestones, checkIns] = await Promise.all([
    prisma.pathway.findMany({
      where: { personId: { in: personIds } },
      select: { personId: true, moveKind: true, goalRoleKey: true, status: true, startedAt: true, endedAt: true },
    }),
    // Milestones closed as not needed (the goal was reached first) are neither done nor missed.
    prisma.milestone.findMany({
      where: { pathway: { personId: { in: personIds } }, notNeededAt: null },
      select: { dueDate: true, doneAt: true, pathway: { select: { personId: true } } },
    }),
    prisma.checkIn.findMany({
      where: { personId: { in: personIds } },
      select: { personId: true, goalRoleKey: true, createdAt: true, ratings: { select: { selfRating: true } } },
    }),
  ]);
  return {
    people: people.map((person) => ({
      key: person.id,
      team: person.team,
      roleKey: person.currentRoleKey,
      knownSince: person.createdAt,
    })),
    pathways: pathways.map((pathway) => ({ ...pathway, personKey: pathway.personId })),
    milestones: milestones.map((milestone) => ({
      personKey: milestone.pathway.personId,
      dueDate: dateFromDb(milestone.dueDate),
      doneAt: milestone.doneAt,
    })),
    checkIns: checkIns.map((checkIn) => ({
      personKey: checkIn.personId,
      goalRoleKey: checkIn.goalRoleKey,
      createdAt: checkIn.createdAt,
      ratings: checkIn.ratings.map((rating) => rating.selfRating),
    })),
  };
}

export async function workspaceReport(
  prisma: PrismaClient,
  workspaceId: string,
  period: Period,
  language?: Language,
): Promise<WorkspaceReport> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const { framework } = await activeFramework(prisma, workspaceId, language);
  const [facts, mentoring] = await Promise.all([
    loadReportFacts(prisma, workspaceId),
    mentoringCounts(prisma, workspaceId, period),
  ]);
  const report = buildReport(facts, {
    period,
    minGroupSize: workspace.minReportGroupSize,
    checkInCadenceDays: workspace.checkInCadenceDays,
  });
  return {
    report,
    roleTitle: (key) => findRole(framework, key)?.title ?? key,
    mentoring,
  };
}

function csvValue(figure: Figure): string | number {
  return figure.shown ? Math.round(figure.value * 1000) / 1000 : '';
}

/** The CSV's columns in order; their headers are in the admin's language, their order never changes. */
const CSV_COLUMNS: readonly MessageKey[] = [
  'adminReport.csv.periodFrom',
  'adminReport.csv.periodTo',
  'adminReport.csv.scope',
  'adminReport.csv.group',
  'adminReport.csv.measure',
  'adminReport.csv.value',
  'adminReport.csv.note',
];

/**
 * One row per figure: scope, group, measure, value, and a note saying why a
 * value is empty. Shares are fractions (0–1), days are days. Headers, notes and the
 * names of "no role" and "no team" are in the admin's language; the scope and measure
 * codes, dates and numbers are the same in every language, so a script or a filter
 * reads any admin's file the same way (by column position, as nothing imports it back).
 */
export function reportCsv({ report, roleTitle, mentoring }: WorkspaceReport, t: Translator = english): string {
  const hidden = t.t('adminReport.fewer', { min: report.minGroupSize });
  const roleName = (key: string) => (key === UNASSIGNED ? t.t('adminReport.noRole') : roleTitle(key));
  const teamName = (key: string) => (key === UNASSIGNED ? t.t('adminReport.noTeam') : key);
  const rows: Array<Array<string | number>> = [CSV_COLUMNS.map((key) => t.t(key))];
  const add = (scope: string, group: string, measure: string, figure: Figure) =>
    rows.push([
      report.period.from,
      report.period.to,
      scope,
      group,
      measure,
      csvValue(figure),
      figure.shown ? '' : hidden,
    ]);
  const addSegment = (scope: string, group: string, figures: SegmentFigures) => {
    for (const { key } of SEGMENT_MEASURES) add(scope, group, key, figures[key]);
  };
  addSegment('everyone', 'everyone', report.overall);
  for (const row of report.byTeam) addSegment('team', teamName(row.key), row.figures);
  for (const row of report.byRole) addSegment('role', roleName(row.key), row.figures);
  for (const row of report.readiness) {
    add('readiness', roleName(row.goalRoleKey), 'people', row.people);
    for (const [index, figure] of row.levels.entries())
      add('readiness', roleName(row.goalRoleKey), READINESS_LEVELS[index]!, figure);
  }
  for (const month of report.completionsByMonth) add('month', month.month, 'milestones_done', month.done);
  // Counts only, for the whole workspace: who mentors whom stays between the two.
  if (mentoring) {
    rows.push([
      report.period.from,
      report.period.to,
      'mentoring',
      'everyone',
      'active_mentorships',
      mentoring.activeMentorships,
      '',
    ]);
    rows.push([
      report.period.from,
      report.period.to,
      'mentoring',
      'everyone',
      'sessions_logged',
      mentoring.sessionsLogged,
      '',
    ]);
    rows.push([
      report.period.from,
      report.period.to,
      'mentoring',
      'everyone',
      'open_offers',
      mentoring.openOffers,
      t.t('adminReport.csv.today'),
    ]);
  }
  // csv-stringify quotes cells as needed; a leading =,+,-,@ is neutralised so spreadsheets do not run it as a formula.
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))),
  );
}
