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
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
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
      const t = translator(languageFor(member.person));
      const paging = action.action_id !== WINS_ACTIONS.open;
      if (source.kind === 'message') {
        const message = {
          text: t.t('evidence.wins.pageText', { page: log.page.page, pages: log.page.pages }),
          blocks: winsBlocks(log, self, t),
        };
        await (paging ? respond({ response_type: 'ephemeral', replace_original: true, ...message }) : reply(message));
        return;
      }
      if (source.kind === 'modal' && paging) {
        await client.views.update({ view_id: source.viewId, view: winsModal(log, self, t) });
        return;
      }
      await openModal(winsModal(log, self, t));
    },
  );
}

export function readinessCaseOpen(deps: ListenerDeps) {
  return idButton('readinessCaseOpen', deps, async ({ member, value: pathwayId, openModal }) => {
    const { view, self } = await loadReadinessCase(deps, member.person, pathwayId);
    await openModal(readinessCaseModal(view, self, translator(languageFor(member.person))));
  });
}
