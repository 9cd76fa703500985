/**
 * The proposed manager's "Yes, I am their manager" / "No, decline" buttons in the
 * request DM (value = request id). The link takes effect on accept; the person
 * is told either way (outbox DM) and the request DM is replaced by the outcome.
 */
import { managerAnsweredText, managerNotices } from '../../blocks/team.js';
import { mrkdwn } from '../../blocks/text.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { answerManagerRequest } from '../../services/managers.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export function managerAnswer(deps: ListenerDeps, accept: boolean) {
  return idButton(
    accept ? 'managerAccept' : 'managerDecline',
    deps,
    async ({ member, value: requestId, now }, { respond }) => {
      const answered = await answerManagerRequest(deps.prisma, member.person, requestId, accept, now, managerNotices);
      const text = managerAnsweredText(
        answered.person.slackUserId,
        answered.accepted,
        translator(languageFor(member.person)),
      );
      await respond({ replace_original: true, text, blocks: [{ type: 'section', text: mrkdwn(text) }] });
    },
  );
}
