/**
 * `/pathway admin <area>`: opens an admin modal. Only admins (see
 * services/admins.ts) get past the check; everyone else is told who can.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { deliveriesModal } from '../../blocks/deliveries.js';
import { frameworkUploadModal } from '../../blocks/framework-admin.js';
import type { AdminArea } from '../../domain/commands.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { translator } from '../../i18n/index.js';
import { isAdmin, NOT_AN_ADMIN_MESSAGE } from '../../services/admins.js';
import { deliveryHealth } from '../../services/deliveries.js';
import { activeFrameworkInfo } from '../../services/framework-admin.js';
import type { ListenerDeps } from '../deps.js';
import { openAdminSettings, openPeopleImport } from '../flows/admin-settings.js';

export async function openAdminArea(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  options: { person: Person; area: AdminArea; triggerId: string },
): Promise<void> {
  if (!isAdmin(options.person, deps.config)) throw new UserError(NOT_AN_ADMIN_MESSAGE);
  switch (options.area) {
    case 'framework': {
      const active = await activeFrameworkInfo(deps.prisma, options.person.workspaceId);
      await client.views.open({ trigger_id: options.triggerId, view: frameworkUploadModal(active) });
      return;
    }
    case 'settings':
      await openAdminSettings(deps, client, options.person, options.triggerId);
      return;
    case 'import':
      await openPeopleImport(deps, client, options.person, options.triggerId);
      return;
    case 'deliveries': {
      const health = await deliveryHealth(deps.prisma, options.person.workspaceId, deps.clock.now());
      await client.views.open({
        trigger_id: options.triggerId,
        view: deliveriesModal(health, translator(languageFor(options.person))),
      });
      return;
    }
  }
}
