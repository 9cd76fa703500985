/**
 * Every proactive message (nudges, reminders, digests, celebrations, notices)
 * is written to the outbox first and delivered by the sender, so nothing is
 * lost on a crash and nothing is sent twice: `dedupeKey` names the intended
 * message, and enqueueing the same key again is a no-op.
 */
import { randomBytes } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';

/** What the sender posts with chat.postMessage (recipient: a user id for a DM, or a channel id). */
export const outboxPayloadSchema = z.object({
  text: z.string().min(1),
  blocks: z.array(z.custom<KnownBlock>((value) => typeof value === 'object' && value !== null)).optional(),
});
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;

/**
 * A scheduler message (its dedupe key names what it is about): the sender
 * renders it when it sends it, from the facts of that moment, so planning
 * writes small rows and a title edited in between shows as edited.
 */
export const renderAtSendSchema = z.object({ render: z.string().min(1) });
export type RenderAtSend = z.infer<typeof renderAtSendSchema>;

/** What an outbox row holds: a message ready to post, or what the sender is to render. */
export const storedPayloadSchema = z.union([outboxPayloadSchema, renderAtSendSchema]);
export type StoredPayload = z.infer<typeof storedPayloadSchema>;

export interface OutboxEntry {
  workspaceId: string;
  dedupeKey: string;
  kind: string;
  recipient: string;
  payload: StoredPayload;
  notBefore: Date;
}

/** Returns true when the message was newly queued, false when that key was already there. */
export async function enqueueMessage(
  prisma: Pick<PrismaClient, 'outboxMessage'>,
  entry: OutboxEntry,
): Promise<boolean> {
  return (await enqueueMessages(prisma, [entry])) === 1;
}

/** Queues many messages in one statement; keys already present are skipped. Returns how many were new. */
export async function enqueueMessages(
  prisma: Pick<PrismaClient, 'outboxMessage'>,
  entries: readonly OutboxEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  // Block Kit objects are plain JSON; their TypeScript types just lack Prisma's index signature.
  const data = entries.map((entry) => ({
    ...entry,
    payload: storedPayloadSchema.parse(entry.payload) as unknown as Prisma.InputJsonObject,
  }));
  const created = await prisma.outboxMessage.createMany({ data, skipDuplicates: true });
  return created.count;
}

let idCounter = 0;

/**
 * Row ids like Prisma's cuid: they sort in the order rows were made (the
 * sender breaks ties in notBefore by id), unique across processes.
 */
export function outboxRowId(): string {
  idCounter = (idCounter + 1) % 1_679_616;
  return `c${Date.now().toString(36).padStart(9, '0')}${idCounter.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}

/**
 * Queues many messages at once, as enqueueMessages does, in one statement of
 * eight array parameters whatever the count: the scheduler queues thousands of
 * rows a tick, and row-by-row parameters through the ORM were most of its cost.
 */
export async function enqueueBulk(
  prisma: Pick<PrismaClient, '$executeRaw'>,
  entries: readonly OutboxEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const at = new Date().toISOString();
  const column = <Value>(pick: (entry: OutboxEntry) => Value): Value[] => entries.map(pick);
  return prisma.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "workspaceId", "dedupeKey", "kind", "recipient", "payload", "notBefore", "createdAt", "updatedAt")
    SELECT e."id", e."workspaceId", e."dedupeKey", e."kind", e."recipient", e."payload"::jsonb, e."notBefore"::timestamp, ${at}::timestamp, ${at}::timestamp
    FROM unnest(${column(() => outboxRowId())}::text[], ${column((entry) => entry.workspaceId)}::text[], ${column((entry) => entry.dedupeKey)}::text[],
                ${column((entry) => entry.kind)}::text[], ${column((entry) => entry.recipient)}::text[],
                ${column((entry) => JSON.stringify(storedPayloadSchema.parse(entry.payload)))}::text[], ${column((entry) => entry.notBefore.toISOString())}::text[])
      AS e("id", "workspaceId", "dedupeKey", "kind", "recipient", "payload", "notBefore")
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/** A row the sender claimed: it is `sending`, leased to one worker until `claimedUntil`. */
export interface ClaimedMessage {
  id: string;
  workspaceId: string;
  dedupeKey: string;
  kind: string;
  recipient: string;
  payload: Prisma.JsonValue;
  attempts: number;
}

/** Serialises claims across replicas (any constant; the migration lock uses 727_001). */
const CLAIM_LOCK_ID = 727_002;

/**
 * Leases up to `limit` due rows to `workerId`: pending rows whose time has
 * come, and rows whose previous claimer's lease ran out (it crashed or hung).
 * `FOR UPDATE SKIP LOCKED`: concurrent senders never claim the same row, and
 * never wait for each other's rows. A conversation another sender is working
 * on (it holds a live claim on a row to that recipient) is left to it, so one
 * conversation is only ever paced by one sender; claims take a transaction
 * lock so two of them cannot both see the conversation free. Times are passed
 * as UTC text and cast, so the session time zone cannot shift them.
 */
export async function claimDue(
  prisma: Pick<PrismaClient, '$queryRaw' | '$transaction'>,
  options: { workerId: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedMessage[]> {
  const now = options.now.toISOString();
  const until = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const [, claimed] = await prisma.$transaction([
    prisma.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(${CLAIM_LOCK_ID})`,
    prisma.$queryRaw<ClaimedMessage[]>`
      UPDATE "OutboxMessage" AS o
      SET "status" = 'sending', "claimedBy" = ${options.workerId}, "claimedUntil" = ${until}::timestamp, "updatedAt" = ${now}::timestamp
      WHERE o."id" IN (
        SELECT c."id" FROM "OutboxMessage" c
        WHERE ((c."status" = 'pending' AND c."notBefore" <= ${now}::timestamp)
            OR (c."status" = 'sending' AND c."claimedUntil" < ${now}::timestamp))
          AND NOT EXISTS (
            SELECT 1 FROM "OutboxMessage" b
            WHERE b."status" = 'sending' AND b."claimedUntil" >= ${now}::timestamp AND b."claimedBy" <> ${options.workerId}
              AND b."workspaceId" = c."workspaceId" AND b."recipient" = c."recipient")
        ORDER BY c."notBefore", c."id"
        LIMIT ${options.limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING o."id", o."workspaceId", o."dedupeKey", o."kind", o."recipient", o."payload", o."attempts"`,
  ]);
  return claimed;
}

export type ClaimOutcome =
  | { status: 'sent'; slackTs: string; at: Date }
  | { status: 'dropped'; reason: string }
  | { status: 'failed'; error: string; attempts: number }
  /** Back to pending (a retry, a rate limit, outside working hours); `attempts` counts failed posts. */
  | { status: 'pending'; notBefore: Date; attempts: number; error?: string | undefined };

/**
 * Records what happened to a claimed row, only while `workerId` still holds
 * it (a worker whose lease ran out must not overwrite its successor). Returns
 * false when the claim was lost.
 */
export async function settleClaim(
  prisma: Pick<PrismaClient, 'outboxMessage'>,
  claim: { id: string; workerId: string },
  outcome: ClaimOutcome,
): Promise<boolean> {
  const data = (() => {
    switch (outcome.status) {
      case 'sent':
        return { status: 'sent' as const, slackTs: outcome.slackTs, sentAt: outcome.at, claimedUntil: null };
      case 'dropped':
        return { status: 'dropped' as const, dropReason: outcome.reason, claimedUntil: null };
      case 'failed':
        return { status: 'failed' as const, lastError: outcome.error, attempts: outcome.attempts, claimedUntil: null };
      case 'pending':
        return {
          status: 'pending' as const,
          notBefore: outcome.notBefore,
          attempts: outcome.attempts,
          claimedBy: null,
          claimedUntil: null,
          ...(outcome.error === undefined ? {} : { lastError: outcome.error }),
        };
    }
  })();
  const updated = await prisma.outboxMessage.updateMany({
    where: { id: claim.id, claimedBy: claim.workerId, status: 'sending' },
    data,
  });
  return updated.count === 1;
}
