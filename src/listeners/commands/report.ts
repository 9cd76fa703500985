/**
 * `/pathway report [period]` (admins): the summary answers the command; the
 * full CSV and the chart are uploaded to the admin's DM with files.uploadV2.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { badPeriodText, reportBlocks, reportChartTexts, reportFileTitles, reportTitle } from '../../blocks/report.js';
import { UserError } from '../../domain/errors.js';
import { parsePeriod } from '../../domain/metrics.js';
import type { Person } from '../../generated/prisma/client.js';
import type { Translator } from '../../i18n/index.js';
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
  t: Translator,
): Promise<Reply> {
  requireAdmin(deps, person, t);
  const parsed = parsePeriod(periodText, today);
  if (!parsed.ok) throw new UserError(badPeriodText(parsed.problem, t));
  const result = await workspaceReport(deps.prisma, person.workspaceId, parsed.period, t.language);
  const { from, to } = result.report.period;
  const titles = reportFileTitles(result.report, t);
  let delivered: 'dm' | 'none' = 'dm';
  try {
    await sendFilesToDm(client, person.slackUserId, titles.message, [
      // Headers and notes in the admin's language; codes, dates and numbers the same in every language.
      {
        filename: `pathway-report-${from}-${to}.csv`,
        title: titles.csv,
        content: Buffer.from(reportCsv(result, t), 'utf8'),
      },
      {
        filename: `pathway-milestones-${from}-${to}.png`,
        title: titles.chart,
        content: completionChartPng(result.report, reportChartTexts(result.report, t)),
      },
    ]);
  } catch (error) {
    deps.logger.error(
      { err: error, handler: 'progressionReport', userId: person.slackUserId },
      'could not upload the report files',
    );
    delivered = 'none';
  }
  return { text: reportTitle(result.report, t), blocks: reportBlocks(result, delivered, t) };
}
