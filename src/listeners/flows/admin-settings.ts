/**
 * Opening the admin settings and people-import modals, from
 * `/pathway admin settings|import` and from the Home tab's admin buttons.
 * Each opener checks the admin right itself, whatever the entry point.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { adminSettingsModal, peopleImportModal } from '../../blocks/admin.js';
import { UserError } from '../../domain/errors.js';
import type { Person } from '../../generated/prisma/client.js';
import type { Translator } from '../../i18n/index.js';
import { loadAdminSettings } from '../../services/admin-settings.js';
import { isAdmin } from '../../services/admins.js';
import type { ListenerDeps } from '../deps.js';

type Client = AllMiddlewareArgs['client'];

/** Refuses a person who is not an admin, saying who can instead, in the person's language. */
export function requireAdmin(deps: ListenerDeps, person: Person, t: Translator): void {
  if (!isAdmin(person, deps.config)) throw new UserError(t.t('admin.notAdmin'));
}

export async function openAdminSettings(
  deps: ListenerDeps,
  client: Client,
  person: Person,
  triggerId: string,
  t: Translator,
): Promise<void> {
  requireAdmin(deps, person, t);
  const view = adminSettingsModal(await loadAdminSettings(deps.prisma, person.workspaceId), t);
  await client.views.open({ trigger_id: triggerId, view });
}

export async function openPeopleImport(
  deps: ListenerDeps,
  client: Client,
  person: Person,
  triggerId: string,
  t: Translator,
): Promise<void> {
  requireAdmin(deps, person, t);
  await client.views.open({ trigger_id: triggerId, view: peopleImportModal(t) });
}
