/**
 * The "Check in" button (App Home, nudges; value = pathway id) and
 * `/pathway checkin`: opens the check-in modal with the goal role's signals,
 * ratings starting from the last check-in and each signal's readiness case.
 * The modal always rates the person's CURRENT active pathway, whatever pathway
 * an older button names.
 */
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import type { ListenerDeps } from '../deps.js';
import { openCheckInModal } from '../flows/checkin.js';
import { idButton } from './button.js';

export function checkInOpen(deps: ListenerDeps) {
  return idButton('checkInOpen', deps, async ({ member, triggerId }, { client }) => {
    await openCheckInModal(deps, client, member.person.id, triggerId, translator(languageFor(member.person)));
  });
}
