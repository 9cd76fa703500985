/**
 * Events API deliveries Pathway has taken on, keyed by Slack's event_id, so a
 * retry (X-Slack-Retry-Num) of one already handled is skipped, on any replica.
 */
import type { PrismaClient } from '../db/client.js';

/** How long an event id is remembered; Slack retries within minutes. */
export const HANDLED_EVENT_TTL_MS = 24 * 60 * 60 * 1000;

/** True when this call claimed the event (first delivery); false when it was already claimed. */
export async function claimEvent(
  prisma: PrismaClient,
  eventId: string,
  teamId: string | undefined,
  now: Date,
): Promise<boolean> {
  const created = await prisma.handledEvent.createMany({
    data: [{ eventId, teamId: teamId ?? null, receivedAt: now }],
    skipDuplicates: true,
  });
  return created.count === 1;
}

/** Forgets a claim whose handling failed, so Slack's retry is handled. */
export async function releaseEvent(prisma: PrismaClient, eventId: string): Promise<void> {
  await prisma.handledEvent.deleteMany({ where: { eventId } });
}

export async function forgetHandledEvents(prisma: PrismaClient, now: Date): Promise<number> {
  const deleted = await prisma.handledEvent.deleteMany({
    where: { receivedAt: { lt: new Date(now.getTime() - HANDLED_EVENT_TTL_MS) } },
  });
  return deleted.count;
}
