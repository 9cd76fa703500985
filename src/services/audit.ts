/**
 * The audit log: one row per admin action (framework loads, workspace settings,
 * people imports), saying who did what and with which outcome.
 */
import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';

export type AuditAction = 'framework.load' | 'settings.update' | 'people.import';

export interface AuditEntry {
  workspaceId: string;
  /** Slack user id of the admin; null for the command line. */
  actorSlackUserId: string | null;
  action: AuditAction;
  detail: Prisma.InputJsonObject;
}

/** Accepts a transaction client, so the audit row commits or rolls back with the action it records. */
export async function recordAudit(prisma: Pick<PrismaClient, 'auditLog'>, entry: AuditEntry): Promise<void> {
  await prisma.auditLog.create({ data: entry });
}
