/**
 * The end of an install: Slack told us the app was uninstalled or its bot
 * token revoked. Tokens go, and nothing more is sent to that workspace.
 */
import type { PrismaClient } from '../db/client.js';

export interface Uninstalled {
  /** Pending outbox messages that will now never be sent. */
  dropped: number;
}

/** Clears the stored tokens, marks the workspace uninstalled and drops its pending outbox messages, in one transaction. */
export async function uninstallWorkspace(prisma: PrismaClient, teamId: string, now: Date): Promise<Uninstalled> {
  const [, , dropped] = await prisma.$transaction([
    prisma.installation.updateMany({
      where: { teamId },
      data: { botTokenSealed: null, botRefreshTokenSealed: null, botTokenExpiresAt: null, uninstalledAt: now },
    }),
    prisma.workspace.updateMany({ where: { slackTeamId: teamId }, data: { uninstalledAt: now } }),
    prisma.outboxMessage.updateMany({
      where: { workspace: { slackTeamId: teamId }, status: 'pending' },
      data: { status: 'dropped', lastError: 'Pathway was uninstalled from the workspace' },
    }),
  ]);
  return { dropped: dropped.count };
}
