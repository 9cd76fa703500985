/**
 * Opening the admin settings and people-import modals, from
 * `/pathway admin settings|import` and from the Home tab's admin buttons.
 * Each opener checks the admin right itself, whatever the entry point.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { adminSettingsModal, peopleImportModal } from '../../blocks/admin.js';
import { UserError } from '../../domain/errors.js';
import type { Person } from '../../generated/prisma/client.js';
import { loadAdminSettings } from '../../services/admin-settings.js';
import { isAdmin, NOT_AN_ADMIN_MESSAGE } from '../../services/admins.js';
import type { ListenerDeps } from '../deps.js';

type Client = AllMiddlewareArgs['client'];

export function requireAdmin(deps: ListenerDeps, person: Person): void {
  if (!isAdmin(person, deps.config)) throw new UserError(NOT_AN_ADMIN_MESSAGE);
}

export async function openAdminSettings(
  deps: ListenerDeps,
  client: Client,
  person: Person,
  triggerId: string,
): Promise<void> {
  requireAdmin(deps, person);
  const view = adminSettingsModal(await loadAdminSettings(deps.prisma, person.workspaceId));
  await client.views.open({ trigger_id: triggerId, view });
}

export async function openPeopleImport(
  deps: ListenerDeps,
  client: Client,
  person: Person,
  triggerId: string,
): Promise<void> {
  requireAdmin(deps, person);
  await client.views.open({ trigger_id: triggerId, view: peopleImportModal() });
}
