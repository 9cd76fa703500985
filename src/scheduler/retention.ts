/**
 * The daily retention run: people Slack deactivated longer ago than their
 * workspace keeps data (Workspace.deactivatedRetentionDays) are erased with
 * the same guarantees as `/pathway delete` (posts about them deleted first).
 * One failure is logged and retried the next day; it does not stop the rest.
 */
import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import { deactivatedPastRetention } from '../services/data-rights.js';
import { eraseEverywhere } from '../services/erasure.js';
import type { SlackClients } from '../slack/clients.js';

export interface RetentionDeps {
  prisma: PrismaClient;
  clients: SlackClients;
  clock: Clock;
  logger: Logger;
}

/** 03:17 UTC daily: off the hour, when few people are at work in most zones. */
export const RETENTION_SCHEDULE = '17 3 * * *';

export async function runRetention(deps: RetentionDeps): Promise<{ erased: number; failed: number }> {
  const due = await deactivatedPastRetention(deps.prisma, deps.clock.now());
  let erased = 0;
  let failed = 0;
  for (const { personId, slackTeamId } of due) {
    try {
      await eraseEverywhere(deps.prisma, await deps.clients.forTeam(slackTeamId), personId);
      erased++;
    } catch (error) {
      failed++;
      deps.logger.error(
        { err: error, teamId: slackTeamId },
        'retention: could not erase a deactivated person; retrying tomorrow',
      );
    }
  }
  if (due.length > 0)
    deps.logger.info({ erased, failed }, 'retention: erased deactivated people past their retention period');
  return { erased, failed };
}

export function startRetentionJob(deps: RetentionDeps): { stop(): Promise<void> } {
  const task = cron.schedule(
    RETENTION_SCHEDULE,
    async () => {
      await runRetention(deps).catch((error: unknown) => deps.logger.error({ err: error }, 'retention run failed'));
    },
    { timezone: 'UTC', noOverlap: true, name: 'retention' },
  );
  return { stop: async () => void (await task.destroy()) };
}
