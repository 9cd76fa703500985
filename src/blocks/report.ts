/**
 * The progression report in Slack: the figures for everyone, then one line per
 * team, per role and per goal role's readiness. Hidden figures read "fewer
 * than N people" (see domain/metrics.ts). The full table is in the CSV.
 */
import type { KnownBlock } from '@slack/types';
import {
  type Figure,
  type Report,
  readPeriodProblem,
  SEGMENT_MEASURES,
  type SegmentFigures,
  UNASSIGNED,
} from '../domain/metrics.js';
import { english, type MessageKey, type Translator } from '../i18n/index.js';
import type { ChartTexts } from '../services/report-chart.js';
import type { WorkspaceReport } from '../services/reports.js';
import { problemIn } from './problems.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

/** Rows listed per breakdown; the rest are in the CSV. */
export const MAX_ROWS_PER_BREAKDOWN = 10;

const MEASURE_KEYS: Record<keyof SegmentFigures, MessageKey> = {
  people: 'adminReport.measure.people',
  activePathwayShare: 'adminReport.measure.activePathwayShare',
  promotions: 'adminReport.measure.promotions',
  lateralMoves: 'adminReport.measure.lateralMoves',
  medianDaysInStage: 'adminReport.measure.medianDaysInStage',
  milestoneCompletion: 'adminReport.measure.milestoneCompletion',
  milestoneOnTime: 'adminReport.measure.milestoneOnTime',
  checkInCadenceKept: 'adminReport.measure.checkInCadenceKept',
};

const LEVEL_KEYS: readonly MessageKey[] = [
  'adminReport.level.0',
  'adminReport.level.1',
  'adminReport.level.2',
  'adminReport.level.3',
];

/** A figure as it reads in Slack, in the reader's language (the CSV keeps domain/metrics' English form). */
function figure(report: Report, value: Figure, unit: 'count' | 'share' | 'days', t: Translator): string {
  if (!value.shown) return t.t('adminReport.fewer', { min: report.minGroupSize });
  if (unit === 'share') return `${Math.round(value.value * 100)}%`;
  if (unit === 'days') return t.t('adminReport.days', { count: Math.round(value.value) });
  return t.number(value.value);
}

/** A measure's name inside a sentence: lower-cased where the language does (German nouns keep their capital). */
function inSentence(label: string, t: Translator): string {
  return t.language === 'de' ? label : label.toLowerCase();
}

/** Why `/pathway report` could not read its period (parsePeriod), in the admin's language. */
export function badPeriodText(problem: string, t: Translator = english): string {
  return t.t('adminReport.badPeriod', {
    problem: problemIn(problem, t, [{ read: readPeriodProblem, prefix: 'adminReport.period' }]),
  });
}

/** The period's name: domain/metrics names relative periods and months in English; years and quarters read the same everywhere. */
function periodLabel(period: Report['period'], t: Translator): string {
  const lastDays = /^the last (\d+) days$/.exec(period.label);
  if (lastDays) return t.t('adminReport.lastDays', { count: Number(lastDays[1]) });
  if (/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/.test(period.label))
    return t.t('adminReport.range', { from: period.from, to: period.to });
  if (/^[A-Z][a-z]+ \d{4}$/.test(period.label)) {
    return new Intl.DateTimeFormat(t.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${period.from}T00:00:00Z`),
    );
  }
  return period.label;
}

function segmentLine(report: Report, name: string, figures: SegmentFigures, t: Translator): string {
  if (!figures.people.shown)
    return t.t('adminReport.segmentHidden', { name: userText(name), min: report.minGroupSize });
  const parts = SEGMENT_MEASURES.filter(({ key }) => key !== 'people').map(
    ({ key, unit }) => `${inSentence(t.t(MEASURE_KEYS[key]), t)} ${figure(report, figures[key], unit, t)}`,
  );
  return t.t('adminReport.segment', {
    name: userText(name),
    people: figure(report, figures.people, 'count', t),
    parts: parts.join(' · '),
  });
}

function breakdown(
  report: Report,
  title: string,
  rows: Array<{ name: string; figures: SegmentFigures }>,
  t: Translator,
): KnownBlock[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, MAX_ROWS_PER_BREAKDOWN).map((row) => segmentLine(report, row.name, row.figures, t));
  const more = rows.length - shown.length;
  return [
    { type: 'section', text: mrkdwn(`*${title}*`) },
    ...shown.map((line): KnownBlock => ({ type: 'section', text: mrkdwn(truncate(line, LIMITS.sectionText)) })),
    ...(more > 0
      ? [{ type: 'context', elements: [mrkdwn(t.t('adminReport.more', { count: more }))] } satisfies KnownBlock]
      : []),
  ];
}

/** Mentoring for admins: three workspace-wide counts, never names, teams or people. */
function mentoringBlocks(mentoring: WorkspaceReport['mentoring'], t: Translator): KnownBlock[] {
  if (!mentoring) return [];
  const counts = {
    mentorships: mentoring.activeMentorships,
    sessions: mentoring.sessionsLogged,
    offers: mentoring.openOffers,
  };
  return [{ type: 'section', text: mrkdwn(t.t('adminReport.mentoring', counts)) }];
}

/** The report's title, e.g. "Progression report: the last 90 days". */
export function reportTitle(report: Report, t: Translator = english): string {
  return t.t('adminReport.header', { period: periodLabel(report.period, t) });
}

/** Titles of the files sent to the admin's DM. */
export function reportFileTitles(
  report: Report,
  t: Translator = english,
): { message: string; csv: string; chart: string } {
  const { from, to } = report.period;
  const period = periodLabel(report.period, t);
  return {
    message: t.t('adminReport.dmTitle', { period, from, to }),
    csv: t.t('adminReport.csvTitle', { from, to }),
    chart: t.t('adminReport.chartTitle', { period }),
  };
}

/** The chart's words in the admin's language: its title, what is hidden, and months as "mar 26". */
export function reportChartTexts(report: Report, t: Translator = english): ChartTexts {
  // British English for English, as the app's own English writes dates ("Mar 26").
  const months = new Intl.DateTimeFormat(t.language === 'en' ? 'en-GB' : t.language, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  return {
    title: t.t('adminReport.chart.title'),
    note: t.t('adminReport.chart.note', { period: periodLabel(report.period, t), min: report.minGroupSize }),
    hidden: t.t('adminReport.chart.hidden'),
    month: (month) => months.format(new Date(`${month}-01T00:00:00Z`)),
  };
}

export function reportBlocks(
  { report, roleTitle, mentoring }: WorkspaceReport,
  delivered: 'dm' | 'none',
  t: Translator = english,
): KnownBlock[] {
  // People with no role recorded are one row, named in the reader's language.
  const roleName = (key: string) => (key === UNASSIGNED ? t.t('adminReport.noRole') : roleTitle(key));
  const overall = SEGMENT_MEASURES.map(({ key, unit }) =>
    mrkdwn(`*${t.t(MEASURE_KEYS[key])}*\n${figure(report, report.overall[key], unit, t)}`),
  );
  const readiness = report.readiness.slice(0, MAX_ROWS_PER_BREAKDOWN).map((row): KnownBlock => {
    const levels = LEVEL_KEYS.map(
      (level, index) => `${t.t(level)} ${figure(report, row.levels[index]!, 'count', t)}`,
    ).join(' · ');
    const name = userText(roleName(row.goalRoleKey));
    const text = row.people.shown
      ? `*${name}*: ${levels}`
      : t.t('adminReport.readinessHidden', { name, min: report.minGroupSize });
    return { type: 'section', text: mrkdwn(truncate(text, LIMITS.sectionText)) };
  });
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(reportTitle(report, t), LIMITS.headerText) },
    {
      type: 'context',
      elements: [
        mrkdwn(
          t.t('adminReport.context', { from: report.period.from, to: report.period.to, min: report.minGroupSize }),
        ),
      ],
    },
    { type: 'section', fields: overall },
    ...breakdown(
      report,
      t.t('adminReport.byTeam'),
      report.byTeam.map((row) => ({
        name: row.key === UNASSIGNED ? t.t('adminReport.noTeam') : row.key,
        figures: row.figures,
      })),
      t,
    ),
    ...breakdown(
      report,
      t.t('adminReport.byRole'),
      report.byRole.map((row) => ({ name: roleName(row.key), figures: row.figures })),
      t,
    ),
    ...(readiness.length > 0
      ? [{ type: 'section', text: mrkdwn(t.t('adminReport.readiness')) } satisfies KnownBlock, ...readiness]
      : []),
    ...mentoringBlocks(mentoring, t),
    {
      type: 'context',
      elements: [mrkdwn(delivered === 'dm' ? t.t('adminReport.delivered') : t.t('adminReport.notDelivered'))],
    },
  ];
  return blocks.slice(0, LIMITS.messageBlocks);
}
