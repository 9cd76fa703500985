/**
 * The wins log and readiness case buttons (value: a pathway id; for the log, with
 * the page). Home and a report's pathway open them in a modal; paging replaces
 * the modal, or the `/pathway wins` answer the buttons sit in.
 */
import {
  readinessCaseModal,
  WINS_ACTIONS,
  WINS_PAGE_SIZE,
  winsBlocks,
  winsModal,
  winsValueSchema,
} from '../../blocks/evidence.js';
import type { ListenerDeps } from '../deps.js';
import { loadReadinessCase, loadWinsLog } from '../flows/evidence.js';
import { idButton, valueButton } from './button.js';

export function winsButton(deps: ListenerDeps) {
  return valueButton(
    'winsButton',
    deps,
    winsValueSchema,
    async ({ member, value, openModal, reply, source }, { action, respond, client }) => {
      const { log, self } = await loadWinsLog(deps, member.person, value.pathwayId, value.page, WINS_PAGE_SIZE);
      const paging = action.action_id !== WINS_ACTIONS.open;
      if (source.kind === 'message') {
        const message = { text: `Wins log, page ${log.page.page} of ${log.page.pages}`, blocks: winsBlocks(log, self) };
        await (paging ? respond({ response_type: 'ephemeral', replace_original: true, ...message }) : reply(message));
        return;
      }
      if (source.kind === 'modal' && paging) {
        await client.views.update({ view_id: source.viewId, view: winsModal(log, self) });
        return;
      }
      await openModal(winsModal(log, self));
    },
  );
}

export function readinessCaseOpen(deps: ListenerDeps) {
  return idButton('readinessCaseOpen', deps, async ({ member, value: pathwayId, openModal }) => {
    const { view, self } = await loadReadinessCase(deps, member.person, pathwayId);
    await openModal(readinessCaseModal(view, self));
  });
}
