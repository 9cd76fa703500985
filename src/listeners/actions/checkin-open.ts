/**
 * The "Check in" button (App Home, nudges; value = pathway id) and
 * `/pathway checkin`: opens the check-in modal with the goal role's signals.
 * The modal always rates the person's CURRENT active pathway, whatever pathway
 * an older button names.
 */
import type { WebClient } from '@slack/web-api';
import { checkInModal } from '../../blocks/checkin.js';
import { checkInFormFor } from '../../services/checkins.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export async function openCheckInModal(deps: ListenerDeps, client: WebClient, personId: string, triggerId: string): Promise<void> {
  const form = await checkInFormFor(deps.prisma, personId);
  await client.views.open({ trigger_id: triggerId, view: checkInModal(form) });
}

export function checkInOpen(deps: ListenerDeps) {
  return idButton('checkInOpen', deps, async ({ member, triggerId }, { client }) => {
    await openCheckInModal(deps, client, member.person.id, triggerId);
  });
}
