/**
 * Reading and changing a workspace's settings. A change is written together
 * with its audit row in one transaction.
 */

import type { PrismaClient } from '../db/client.js';
import {
  type AdminSettings,
  type AdminSettingsField,
  changedSettings,
  kindsOff,
  kindsOn,
} from '../domain/admin-settings.js';
import { type Language, workspaceLanguageOf } from '../domain/language.js';
import { type Translator, translator } from '../i18n/index.js';
import { recordAudit } from './audit.js';

export interface AdminSettingsView {
  settings: AdminSettings;
  framework: { name: string; version: number } | null;
}

export async function loadAdminSettings(
  prisma: Pick<PrismaClient, 'workspace'>,
  workspaceId: string,
): Promise<AdminSettingsView> {
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    include: { activeFramework: { select: { name: true, version: true } } },
  });
  return {
    settings: {
      celebrationChannelId: workspace.celebrationChannelId,
      checkInCadenceDays: workspace.checkInCadenceDays,
      workdayStartHour: workspace.workdayStartHour,
      workdayEndHour: workspace.workdayEndHour,
      workingDays: workspace.workingDays,
      nudgeKindsOnByDefault: kindsOn(workspace.nudgeKindsOffByDefault),
      minReportGroupSize: workspace.minReportGroupSize,
      deactivatedRetentionDays: workspace.deactivatedRetentionDays,
      conversationCadenceDays: workspace.conversationCadenceDays,
      mentoringEnabled: workspace.mentoringEnabled,
      mentorSuggestionsCrossTeams: workspace.mentorSuggestionsCrossTeams,
      language: workspaceLanguageOf(workspace.language),
    },
    framework: workspace.activeFramework
      ? { name: workspace.activeFramework.name, version: workspace.activeFramework.version }
      : null,
  };
}

export type SettingsChange = [AdminSettingsField, unknown, unknown];

/** Saves the settings and audits what changed; returns the changes (empty when nothing did). */
export async function updateAdminSettings(
  prisma: PrismaClient,
  workspaceId: string,
  actorSlackUserId: string,
  settings: AdminSettings,
): Promise<SettingsChange[]> {
  return prisma.$transaction(async (tx) => {
    const before = await loadAdminSettings(tx, workspaceId);
    const changes = changedSettings(before.settings, settings);
    if (changes.length === 0) return changes;
    const { nudgeKindsOnByDefault, ...columns } = settings;
    await tx.workspace.update({
      where: { id: workspaceId },
      data: { ...columns, nudgeKindsOffByDefault: kindsOff(nudgeKindsOnByDefault) },
    });
    await recordAudit(tx, {
      workspaceId,
      actorSlackUserId,
      action: 'settings.update',
      detail: { changes: changes.map(([field, from, to]) => ({ field, from: from ?? null, to: to ?? null })) },
    });
    return changes;
  });
}

/** The workspace's language (an admin setting): of its channel posts, and of people whose own language Pathway does not speak. */
export async function workspaceLanguage(
  prisma: Pick<PrismaClient, 'workspace'>,
  workspaceId: string,
): Promise<Language> {
  const workspace = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { language: true } });
  return workspaceLanguageOf(workspace?.language);
}

/** Messages for a post to a channel of the workspace, which many read: in the workspace's language. */
export async function channelTranslator(
  prisma: Pick<PrismaClient, 'workspace'>,
  workspaceId: string,
): Promise<Translator> {
  return translator(await workspaceLanguage(prisma, workspaceId));
}
