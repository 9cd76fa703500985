/**
 * The progression report in Slack: the figures for everyone, then one line per
 * team, per role and per goal role's readiness. Hidden figures read "fewer
 * than N people" (see domain/metrics.ts). The full table is in the CSV.
 */
import type { KnownBlock } from '@slack/types';
import {
  type Figure,
  formatFigure,
  READINESS_LEVELS,
  type Report,
  SEGMENT_MEASURES,
  type SegmentFigures,
} from '../domain/metrics.js';
import type { WorkspaceReport } from '../services/reports.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

/** Rows listed per breakdown; the rest are in the CSV. */
export const MAX_ROWS_PER_BREAKDOWN = 10;

function figure(report: Report, value: Figure, unit: 'count' | 'share' | 'days'): string {
  return formatFigure(value, unit, report.minGroupSize);
}

function segmentLine(report: Report, name: string, figures: SegmentFigures): string {
  if (!figures.people.shown) return `*${userText(name)}*: fewer than ${report.minGroupSize} people, figures hidden`;
  const parts = SEGMENT_MEASURES.filter(({ key }) => key !== 'people').map(
    ({ key, label, unit }) => `${label.toLowerCase()} ${figure(report, figures[key], unit)}`,
  );
  return `*${userText(name)}* (${figure(report, figures.people, 'count')} people): ${parts.join(' · ')}`;
}

function breakdown(
  report: Report,
  title: string,
  rows: Array<{ name: string; figures: SegmentFigures }>,
): KnownBlock[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, MAX_ROWS_PER_BREAKDOWN).map((row) => segmentLine(report, row.name, row.figures));
  const more = rows.length - shown.length;
  return [
    { type: 'section', text: mrkdwn(`*${title}*`) },
    ...shown.map((line): KnownBlock => ({ type: 'section', text: mrkdwn(truncate(line, LIMITS.sectionText)) })),
    ...(more > 0
      ? [{ type: 'context', elements: [mrkdwn(`…and ${more} more in the CSV.`)] } satisfies KnownBlock]
      : []),
  ];
}

/** Mentoring for admins: three workspace-wide counts, never names, teams or people. */
function mentoringBlocks(mentoring: WorkspaceReport['mentoring']): KnownBlock[] {
  if (!mentoring) return [];
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    {
      type: 'section',
      text: mrkdwn(
        `*Mentoring* (whole workspace, counts only): ${plural(mentoring.activeMentorships, 'active mentorship', 'active mentorships')} · ${plural(mentoring.sessionsLogged, 'session', 'sessions')} logged in the period · ${plural(mentoring.openOffers, 'open offer', 'open offers')} to mentor today`,
      ),
    },
  ];
}

export function reportBlocks(
  { report, roleTitle, mentoring }: WorkspaceReport,
  delivered: 'dm' | 'none',
): KnownBlock[] {
  const overall = SEGMENT_MEASURES.map(({ key, label, unit }) =>
    mrkdwn(`*${label}*\n${figure(report, report.overall[key], unit)}`),
  );
  const readiness = report.readiness.slice(0, MAX_ROWS_PER_BREAKDOWN).map((row): KnownBlock => {
    const levels = READINESS_LEVELS.map(
      (level, index) => `${level} ${figure(report, row.levels[index]!, 'count')}`,
    ).join(' · ');
    const text = row.people.shown
      ? `*${userText(roleTitle(row.goalRoleKey))}*: ${levels}`
      : `*${userText(roleTitle(row.goalRoleKey))}*: fewer than ${report.minGroupSize} people, hidden`;
    return { type: 'section', text: mrkdwn(truncate(text, LIMITS.sectionText)) };
  });
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(`Progression report: ${report.period.label}`, LIMITS.headerText) },
    {
      type: 'context',
      elements: [
        mrkdwn(
          `${report.period.from} to ${report.period.to}. Any figure over fewer than ${report.minGroupSize} people is hidden, so no one can be singled out.`,
        ),
      ],
    },
    { type: 'section', fields: overall },
    ...breakdown(
      report,
      'By team',
      report.byTeam.map((row) => ({ name: row.key, figures: row.figures })),
    ),
    ...breakdown(
      report,
      'By current role',
      report.byRole.map((row) => ({ name: roleTitle(row.key), figures: row.figures })),
    ),
    ...(readiness.length > 0
      ? [
          {
            type: 'section',
            text: mrkdwn('*Readiness by goal role* (latest check-in in the period)'),
          } satisfies KnownBlock,
          ...readiness,
        ]
      : []),
    ...mentoringBlocks(mentoring),
    {
      type: 'context',
      elements: [
        mrkdwn(
          delivered === 'dm'
            ? 'The full table (CSV) and a chart of milestones done per month are in your DM with Pathway.'
            : 'Pathway could not send the CSV and chart to your DM this time; type the command again to retry.',
        ),
      ],
    },
  ];
  return blocks.slice(0, LIMITS.messageBlocks);
}
