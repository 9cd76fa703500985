/**
 * The planner: on each tick, reads the people whose next-due instant has come
 * (Person.nextDueAt, indexed; null after any change to their facts), asks the
 * pure schedule rules what is due for them, inserts those messages into the
 * outbox in bulk (`createMany … skipDuplicates`: keys are deterministic, so
 * planning again never creates a second row; rows name what to render, the
 * sender renders it), and stores each person's next due instant. People with nothing due cost nothing but their index entry.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { nextDueAt } from '../domain/schedule/next-due.js';
import { type PlannedMessage, planFor } from '../domain/schedule/plan.js';
import type { Logger } from '../logger.js';
import { enqueueBulk, type OutboxEntry } from '../services/outbox.js';
import {
  dueCandidates,
  FactsReader,
  type NextDue,
  scheduleWorkspaceSelect,
  settingsOf,
  storeNextDue,
} from './facts.js';

export interface PlannerDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  defaultTimeZone: string;
  /** People loaded per query; memory stays flat however many are due. */
  batchSize?: number;
}

export interface PlanStats {
  /** People whose next-due instant had come, and were planned. */
  people: number;
  /** Messages the rules want now (most already queued by an earlier look). */
  planned: number;
  /** Rows newly written to the outbox. */
  queued: number;
}

export const DEFAULT_PLAN_BATCH = 500;

function outboxEntry(workspaceId: string, message: PlannedMessage): OutboxEntry {
  return {
    workspaceId,
    dedupeKey: message.keyText,
    kind: message.content.kind,
    recipient: message.recipient.slackUserId,
    payload: { render: message.content.kind }, // rendered by the sender, from the facts of the moment it sends
    notBefore: message.notBefore,
  };
}

export async function planAll(deps: PlannerDeps): Promise<PlanStats> {
  const now = deps.clock.now();
  const batchSize = deps.batchSize ?? DEFAULT_PLAN_BATCH;
  const stats: PlanStats = { people: 0, planned: 0, queued: 0 };
  const workspaces = await deps.prisma.workspace.findMany({
    where: { uninstalledAt: null },
    select: scheduleWorkspaceSelect,
    orderBy: { id: 'asc' },
  });
  for (const workspace of workspaces) {
    const candidates = await dueCandidates(deps.prisma, workspace.id, now);
    if (candidates.length === 0) continue;
    const settings = settingsOf(workspace);
    const reader = new FactsReader(deps.prisma, workspace, deps.defaultTimeZone);
    for (let start = 0; start < candidates.length; start += batchSize) {
      const chunk = candidates.slice(start, start + batchSize);
      const facts = await reader.people(
        chunk.map((candidate) => candidate.id),
        now,
      );
      const planned: PlannedMessage[] = [];
      const nextDue: NextDue[] = [];
      for (const candidate of chunk) {
        const person = facts.get(candidate.id);
        if (person === undefined) continue; // deactivated or gone since it was chosen
        planned.push(...planFor(person, settings, now).planned);
        nextDue.push({ id: candidate.id, dueVersion: candidate.dueVersion, at: nextDueAt(person, settings, now) });
      }
      stats.people += nextDue.length;
      stats.planned += planned.length;
      // Rows first: a crash in between leaves the person due, and planning again adds nothing twice.
      stats.queued += await enqueueBulk(
        deps.prisma,
        planned.map((message) => outboxEntry(workspace.id, message)),
      );
      await storeNextDue(deps.prisma, nextDue);
    }
  }
  if (stats.queued > 0) deps.logger.info({ ...stats }, 'planned scheduled messages');
  return stats;
}
