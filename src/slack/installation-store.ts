/**
 * Bolt's InstallationStore over the Installation table: one row per workspace,
 * bot token sealed with AES-256-GCM, bound to the team id.
 *
 * Enterprise Grid: installing into a workspace of an Enterprise Grid
 * organisation works like any workspace (the organisation id is kept).
 * An organisation-wide install (`is_enterprise_install`) is refused: Pathway
 * keeps frameworks, people and schedules per workspace, so an admin installs
 * it into each workspace instead (the install page says so).
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { TokenCipher } from '../crypto/token-cipher.js';
import type { PrismaClient } from '../db/client.js';
import type { Installation as InstallationRow } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { ensureWorkspace } from '../services/people.js';

export class OrgInstallRefused extends Error {
  readonly code = 'pathway_org_install_refused';
  constructor(readonly enterpriseName: string | undefined) {
    super('Pathway is installed per workspace; an organisation-wide Enterprise Grid install is not supported.');
  }
}

export class InstallationNotFound extends Error {}

/** The associated data that binds a sealed token to its workspace. */
export function tokenBinding(teamId: string, kind: 'bot' | 'refresh' = 'bot'): string {
  return `pathway:installation:${teamId}:${kind}`;
}

export interface StoredBot {
  teamId: string;
  enterpriseId: string | undefined;
  token: string;
  botUserId: string;
}

export class PrismaInstallationStore implements InstallationStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: TokenCipher,
    private readonly logger: Logger,
  ) {}

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void> {
    if (installation.isEnterpriseInstall || installation.team === undefined) {
      throw new OrgInstallRefused(installation.enterprise?.name);
    }
    const bot = installation.bot;
    if (bot === undefined)
      throw new Error('the install granted no bot token; Pathway needs the bot scopes in manifest.json');
    const teamId = installation.team.id;
    const data = {
      enterpriseId: installation.enterprise?.id ?? null,
      teamName: installation.team.name ?? null,
      appId: installation.appId ?? null,
      botId: bot.id,
      botUserId: bot.userId,
      botScopes: bot.scopes,
      botTokenSealed: this.cipher.seal(bot.token, tokenBinding(teamId)),
      botRefreshTokenSealed: bot.refreshToken
        ? this.cipher.seal(bot.refreshToken, tokenBinding(teamId, 'refresh'))
        : null,
      botTokenExpiresAt: bot.expiresAt ? new Date(bot.expiresAt * 1000) : null,
      installerUserId: installation.user.id,
      uninstalledAt: null,
    };
    await this.prisma.installation.upsert({ where: { teamId }, create: { teamId, ...data }, update: data });
    const workspace = await ensureWorkspace(this.prisma, teamId, installation.enterprise?.id);
    await this.prisma.workspace.update({
      where: { id: workspace.id },
      data: { uninstalledAt: null, ...(installation.team.name ? { name: installation.team.name } : {}) },
    });
    this.logger.info({ teamId, enterpriseId: data.enterpriseId, installer: data.installerUserId }, 'Pathway installed');
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v2', false>> {
    if (query.isEnterpriseInstall || query.teamId === undefined) {
      throw new InstallationNotFound(
        `no organisation-wide installs (enterprise ${query.enterpriseId ?? '?'}): Pathway is installed per workspace`,
      );
    }
    const row = await this.prisma.installation.findUnique({ where: { teamId: query.teamId } });
    const opened = row ? await this.open(row) : undefined;
    if (row === null || opened === undefined)
      throw new InstallationNotFound(`Pathway is not installed in ${query.teamId}`);
    return {
      team: { id: row.teamId, ...(row.teamName ? { name: row.teamName } : {}) },
      enterprise: row.enterpriseId ? { id: row.enterpriseId } : undefined,
      user: { id: row.installerUserId ?? '', token: undefined, scopes: undefined },
      bot: {
        id: row.botId ?? '',
        userId: row.botUserId,
        scopes: row.botScopes,
        token: opened.token,
        ...(opened.refreshToken ? { refreshToken: opened.refreshToken } : {}),
        ...(row.botTokenExpiresAt ? { expiresAt: Math.floor(row.botTokenExpiresAt.getTime() / 1000) } : {}),
      },
      ...(row.appId ? { appId: row.appId } : {}),
      isEnterpriseInstall: false,
      authVersion: 'v2',
    };
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    if (query.teamId === undefined) return;
    await this.prisma.installation.updateMany({
      where: { teamId: query.teamId },
      data: { botTokenSealed: null, botRefreshTokenSealed: null, botTokenExpiresAt: null, uninstalledAt: new Date() },
    });
  }

  /** The bot token of a workspace, or undefined when Pathway is not (or no longer) installed there. */
  async botFor(teamId: string): Promise<StoredBot | undefined> {
    const row = await this.prisma.installation.findUnique({ where: { teamId } });
    const opened = row ? await this.open(row) : undefined;
    if (!row || !opened) return undefined;
    return { teamId, enterpriseId: row.enterpriseId ?? undefined, token: opened.token, botUserId: row.botUserId };
  }

  /** Re-seals every token sealed with an old key; returns how many rows changed. */
  async resealAll(): Promise<number> {
    const rows = await this.prisma.installation.findMany({ where: { botTokenSealed: { not: null } } });
    let changed = 0;
    for (const row of rows) if ((await this.open(row))?.resealed) changed += 1;
    return changed;
  }

  /** Opens the sealed tokens; seals them again with the current key when an old key sealed them. */
  private async open(
    row: InstallationRow,
  ): Promise<{ token: string; refreshToken: string | undefined; resealed: boolean } | undefined> {
    if (row.botTokenSealed === null) return undefined;
    const token = this.cipher.open(row.botTokenSealed, tokenBinding(row.teamId));
    const refresh = row.botRefreshTokenSealed
      ? this.cipher.open(row.botRefreshTokenSealed, tokenBinding(row.teamId, 'refresh'))
      : undefined;
    const resealed = token.stale || Boolean(refresh?.stale);
    if (resealed) await this.reseal(row, token.plaintext, refresh?.plaintext);
    return { token: token.plaintext, refreshToken: refresh?.plaintext, resealed };
  }

  private async reseal(row: InstallationRow, token: string, refreshToken: string | undefined): Promise<void> {
    // Only if nothing rewrote the row meanwhile (a new install, an uninstall).
    // A failure here is not the caller's problem: the token still works, and the next read tries again.
    await this.prisma.installation
      .updateMany({
        where: { id: row.id, botTokenSealed: row.botTokenSealed },
        data: {
          botTokenSealed: this.cipher.seal(token, tokenBinding(row.teamId)),
          ...(refreshToken
            ? { botRefreshTokenSealed: this.cipher.seal(refreshToken, tokenBinding(row.teamId, 'refresh')) }
            : {}),
        },
      })
      .then(
        () => this.logger.info({ teamId: row.teamId }, 'bot token re-sealed with the current key'),
        (error: unknown) =>
          this.logger.warn(
            { err: error, teamId: row.teamId },
            'could not re-seal the bot token; will retry on next read',
          ),
      );
  }
}
