/** `/pathway team`: a manager's current reports at a glance. */
import { noReportsText, TEAM_SHOWN, teamBlocks, teamText } from '../../blocks/team.js';
import { mrkdwn } from '../../blocks/text.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { translator } from '../../i18n/index.js';
import { teamOf } from '../../services/managers.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function teamReply(deps: ListenerDeps, manager: Person, today: string): Promise<Reply> {
  const t = translator(languageFor(manager));
  const { members, total } = await teamOf({ prisma: deps.prisma, logger: deps.logger }, manager, today, TEAM_SHOWN);
  if (members.length === 0)
    return {
      text: noReportsText(t),
      blocks: [{ type: 'section', text: mrkdwn(`:information_source: ${noReportsText(t)}`) }],
    };
  return { text: teamText(total, t), blocks: teamBlocks(members, total, t) };
}
