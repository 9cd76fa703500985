/**
 * "Thank for this", a message shortcut: opens the thanks form with the message's author as the person
 * to thank, its text as what for, and its permalink kept with the thanks.
 */
import { z } from 'zod';
import { thanksModal } from '../../blocks/thanks.js';
import { plainFromSlack } from '../../domain/evidence.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { ensureMember } from '../../services/people.js';
import { thanksSignalChoices } from '../../services/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { messageShortcut, permalinkOf, shortcutBody } from './message-shortcut.js';

const withAuthor = shortcutBody.extend({
  message: z.object({ text: z.string().optional(), user: z.string().optional() }).loose(),
});

export function thankForThisShortcut(deps: ListenerDeps) {
  return messageShortcut(deps, 'thankForThisShortcut', withAuthor, async (shortcut, client, teamId) => {
    const { workspace, person } = await ensureMember(deps.prisma, { teamId, userId: shortcut.user.id });
    const [signals, link] = await Promise.all([
      thanksSignalChoices(deps.prisma, workspace.id),
      permalinkOf(client, shortcut.channel.id, shortcut.message_ts, deps.logger),
    ]);
    const author = shortcut.message.user && shortcut.message.user !== shortcut.user.id ? shortcut.message.user : null;
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: thanksModal(
        { to: author, reason: plainFromSlack(shortcut.message.text ?? ''), link },
        signals,
        translator(languageFor(person)),
      ),
    });
  });
}
