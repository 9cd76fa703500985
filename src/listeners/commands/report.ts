/**
 * `/pathway report [period]` (admins): the summary answers the command; the
 * full CSV and the chart are uploaded to the admin's DM with files.uploadV2.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { reportBlocks } from '../../blocks/report.js';
import { UserError } from '../../domain/errors.js';
import { parsePeriod } from '../../domain/metrics.js';
import type { Person } from '../../generated/prisma/client.js';
import { completionChartPng } from '../../services/report-chart.js';
import { reportCsv, workspaceReport } from '../../services/reports.js';
import { sendFilesToDm } from '../../slack/dm-files.js';
import type { ListenerDeps } from '../deps.js';
import { requireAdmin } from '../flows/admin-settings.js';
import type { Reply } from '../safely.js';

export async function progressionReport(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  person: Person,
  periodText: string,
  today: string,
): Promise<Reply> {
  requireAdmin(deps, person);
  const parsed = parsePeriod(periodText, today);
  if (!parsed.ok)
    throw new UserError(`I could not read that period: ${parsed.problem}. For example: \`/pathway report 2026-q3\`.`);
  const result = await workspaceReport(deps.prisma, person.workspaceId, parsed.period);
  const { from, to, label } = result.report.period;
  let delivered: 'dm' | 'none' = 'dm';
  try {
    await sendFilesToDm(client, person.slackUserId, `Progression report: ${label} (${from} to ${to})`, [
      {
        filename: `pathway-report-${from}-${to}.csv`,
        title: `Progression report ${from} to ${to}`,
        content: Buffer.from(reportCsv(result), 'utf8'),
      },
      {
        filename: `pathway-milestones-${from}-${to}.png`,
        title: `Milestones done per month, ${label}`,
        content: completionChartPng(result.report),
      },
    ]);
  } catch (error) {
    deps.logger.error(
      { err: error, handler: 'progressionReport', userId: person.slackUserId },
      'could not upload the report files',
    );
    delivered = 'none';
  }
  return { text: `Progression report: ${label}`, blocks: reportBlocks(result, delivered) };
}
