/**
 * The planner: on each tick, walks every installed workspace's people in
 * id-ordered batches, asks the pure schedule rules what is due, and inserts
 * those messages into the outbox with `createMany … skipDuplicates`. Keys are
 * deterministic, so planning again (the next tick, another replica, a restart
 * after downtime) never creates a second row.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { planFor, type PlannedMessage } from '../domain/schedule/plan.js';
import { renderScheduled } from '../blocks/nudges.js';
import type { Logger } from '../logger.js';
import { enqueueMessages, type OutboxEntry } from '../services/outbox.js';
import { FactsReader, scheduleWorkspaceSelect, settingsOf } from './facts.js';

export interface PlannerDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  defaultTimeZone: string;
  /** People loaded per query; memory stays flat however large the workspace. */
  batchSize?: number;
}

export interface PlanStats {
  people: number;
  planned: number;
  queued: number;
}

export const DEFAULT_PLAN_BATCH = 500;

function outboxEntry(workspaceId: string, message: PlannedMessage): OutboxEntry {
  return {
    workspaceId,
    dedupeKey: message.keyText,
    kind: message.content.kind,
    recipient: message.recipient.slackUserId,
    payload: renderScheduled(message.content),
    notBefore: message.notBefore,
  };
}

export async function planAll(deps: PlannerDeps): Promise<PlanStats> {
  const now = deps.clock.now();
  const stats: PlanStats = { people: 0, planned: 0, queued: 0 };
  const workspaces = await deps.prisma.workspace.findMany({ where: { uninstalledAt: null }, select: scheduleWorkspaceSelect, orderBy: { id: 'asc' } });
  for (const workspace of workspaces) {
    const settings = settingsOf(workspace);
    const reader = new FactsReader(deps.prisma, workspace, deps.defaultTimeZone);
    let cursor: string | undefined;
    for (;;) {
      const batch = await reader.batch(cursor, deps.batchSize ?? DEFAULT_PLAN_BATCH, now);
      if (batch.facts.length === 0) break;
      const planned = batch.facts.flatMap((facts) => planFor(facts, settings, now).planned);
      // Most keys were queued by an earlier tick: look them up instead of rendering and re-inserting them.
      const existing = await deps.prisma.outboxMessage.findMany({
        where: { dedupeKey: { in: planned.map((message) => message.keyText) } },
        select: { dedupeKey: true },
      });
      const known = new Set(existing.map((row) => row.dedupeKey));
      const entries = planned.filter((message) => !known.has(message.keyText)).map((message) => outboxEntry(workspace.id, message));
      stats.people += batch.facts.length;
      stats.planned += planned.length;
      stats.queued += await enqueueMessages(deps.prisma, entries);
      cursor = batch.cursor;
    }
  }
  if (stats.queued > 0) deps.logger.info({ ...stats }, 'planned scheduled messages');
  return stats;
}
