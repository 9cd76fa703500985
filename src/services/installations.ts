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

/**
 * Slack only sends requests from workspaces where Pathway is installed, so a
 * request from one marked uninstalled means it was installed again (in
 * single-workspace mode there is no OAuth callback to say so). Cheap when
 * there is nothing to do: the update matches no row. `requestAt` is when the
 * request arrived.
 */
export async function markStillInstalled(prisma: PrismaClient, teamId: string, requestAt: Date): Promise<boolean> {
  // Only an uninstall from before the request: this update is not awaited and may land after a later app_uninstalled.
  const updated = await prisma.workspace.updateMany({
    where: { slackTeamId: teamId, uninstalledAt: { not: null, lte: requestAt } },
    data: { uninstalledAt: null },
  });
  return updated.count > 0;
}
