/**
 * Every proactive message (nudges, reminders, digests, celebrations, notices)
 * is written to the outbox first and delivered by the sender, so nothing is
 * lost on a crash and nothing is sent twice: `dedupeKey` names the intended
 * message, and enqueueing the same key again is a no-op.
 */
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

export interface OutboxEntry {
  workspaceId: string;
  dedupeKey: string;
  kind: string;
  recipient: string;
  payload: OutboxPayload;
  notBefore: Date;
}

/** Returns true when the message was newly queued, false when that key was already there. */
export async function enqueueMessage(prisma: Pick<PrismaClient, 'outboxMessage'>, entry: OutboxEntry): Promise<boolean> {
  // Block Kit objects are plain JSON; their TypeScript types just lack Prisma's index signature.
  const payload = outboxPayloadSchema.parse(entry.payload) as unknown as Prisma.InputJsonObject;
  const created = await prisma.outboxMessage.createMany({ data: [{ ...entry, payload }], skipDuplicates: true });
  return created.count === 1;
}
