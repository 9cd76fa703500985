/**
 * What happened to the workspace's queued messages, for admins: how many were
 * sent, dropped, failed or are waiting, and the failed ones with Slack's error,
 * so a wrong channel or a revoked scope is seen and fixed rather than silent.
 * Message contents are never shown: a failed check-in summary is named by its
 * kind and recipient only.
 */
import type { PrismaClient } from '../db/client.js';
import type { OutboxStatus } from '../generated/prisma/client.js';

export const DELIVERY_WINDOW_DAYS = 7;
export const MAX_FAILURES_SHOWN = 15;

export interface FailedDelivery {
  kind: string;
  recipient: string;
  attempts: number;
  error: string;
  at: Date;
}

export interface DeliveryHealth {
  windowDays: number;
  counts: Record<OutboxStatus, number>;
  failed: FailedDelivery[];
  failedTotal: number;
}

export async function deliveryHealth(prisma: PrismaClient, workspaceId: string, now: Date): Promise<DeliveryHealth> {
  const since = new Date(now.getTime() - DELIVERY_WINDOW_DAYS * 86_400_000);
  const where = { workspaceId, updatedAt: { gte: since } };
  const [grouped, failed] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ['status'], where, _count: { _all: true } }),
    prisma.outboxMessage.findMany({
      where: { ...where, status: 'failed' },
      orderBy: { updatedAt: 'desc' },
      take: MAX_FAILURES_SHOWN,
      select: { kind: true, recipient: true, attempts: true, lastError: true, updatedAt: true },
    }),
  ]);
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, dropped: 0 };
  for (const row of grouped) counts[row.status] = row._count._all;
  return {
    windowDays: DELIVERY_WINDOW_DAYS,
    counts,
    failedTotal: counts.failed,
    failed: failed.map((row) => ({
      kind: row.kind,
      recipient: row.recipient,
      attempts: row.attempts,
      error: row.lastError ?? 'unknown error',
      at: row.updatedAt,
    })),
  };
}
