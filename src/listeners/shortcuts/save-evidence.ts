/**
 * "Save as evidence", a message shortcut (the ⋮ menu on any Slack message):
 * opens a modal to keep the message's permalink and a note (starting as the
 * message's text) on the person's wins log, or on one of their milestones.
 * Slack gives no permalink for conversations Pathway cannot see (a DM between
 * two people, a private channel it is not in); the person may paste one then.
 */
import { noPermalinkNotice, saveEvidenceModal } from '../../blocks/evidence.js';
import { plainFromSlack } from '../../domain/evidence.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { evidenceTargets } from '../../services/evidence.js';
import { ensureMember } from '../../services/people.js';
import { ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { messageShortcut, permalinkOf, shortcutBody } from './message-shortcut.js';

export function saveEvidenceShortcut(deps: ListenerDeps) {
  return messageShortcut(deps, 'saveEvidenceShortcut', shortcutBody, async (shortcut, client, teamId) => {
    const { person } = await ensureMember(deps.prisma, { teamId, userId: shortcut.user.id });
    const targets = await evidenceTargets(deps.prisma, ownCheckIns(person.id));
    const link = await permalinkOf(client, shortcut.channel.id, shortcut.message_ts, deps.logger);
    const note = plainFromSlack(shortcut.message.text ?? '');
    const t = translator(languageFor(person));
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: saveEvidenceModal(targets, { note, link }, link ? null : noPermalinkNotice(t), t),
    });
  });
}
