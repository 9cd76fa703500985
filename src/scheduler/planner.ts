/**
 * The planner: on each tick, reads the people whose next-due instant has come
 * (Person.nextDueAt, indexed; null after any change to their facts), asks the
 * pure schedule rules what is due for them, inserts those messages into the
 * outbox in bulk (`createMany … skipDuplicates`: keys are deterministic, so
 * planning again never creates a second row; rows name what to render, the
 * sender renders it), and stores each person's next due instant. People with nothing due cost nothing but their index entry.
 * Due people are taken a page at a time (keyset), so a tick holds one or two batches whatever the headcount.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { nextDueAt } from '../domain/schedule/next-due.js';
import { type PersonFacts, type PlannedMessage, planFor } from '../domain/schedule/plan.js';
import type { Logger } from '../logger.js';
import { enqueueBulk, type OutboxEntry } from '../services/outbox.js';
import {
  DUE_START,
  type DueCandidate,
  type DueCursor,
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

/** A page of due people with their facts, and where the next page starts. */
interface Batch {
  chunk: DueCandidate[];
  facts: Map<string, PersonFacts>;
  after: DueCursor | undefined;
}

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
    const settings = settingsOf(workspace);
    const reader = new FactsReader(deps.prisma, workspace, deps.defaultTimeZone);
    // A page of due people at a time, so memory follows the batch size, not the headcount.
    const load = async (cursor: DueCursor): Promise<Batch> => {
      const { page, after } = await dueCandidates(deps.prisma, workspace.id, now, cursor, batchSize);
      const ids = page.map((candidate) => candidate.id);
      return {
        chunk: page,
        facts: page.length === 0 ? new Map<string, PersonFacts>() : await reader.people(ids, now),
        after,
      };
    };
    let next: Promise<Batch> | undefined = load(DUE_START);
    while (next !== undefined) {
      const batch: Batch = await next;
      // The next page is read while this one is planned and written: the database and the rules overlap.
      next = batch.after === undefined ? undefined : load(batch.after);
      next?.catch(() => undefined); // awaited on the next turn; a failure while this batch writes must not go unhandled
      const { chunk, facts } = batch;
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
