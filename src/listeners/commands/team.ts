/** `/pathway team`: a manager's current reports at a glance. */
import { NO_REPORTS_MESSAGE, TEAM_SHOWN, teamBlocks } from '../../blocks/team.js';
import { mrkdwn } from '../../blocks/text.js';
import type { Person } from '../../generated/prisma/client.js';
import { teamOf } from '../../services/managers.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function teamReply(deps: ListenerDeps, manager: Person, today: string): Promise<Reply> {
  const { members, total } = await teamOf({ prisma: deps.prisma, logger: deps.logger }, manager, today, TEAM_SHOWN);
  if (members.length === 0)
    return {
      text: NO_REPORTS_MESSAGE,
      blocks: [{ type: 'section', text: mrkdwn(`:information_source: ${NO_REPORTS_MESSAGE}`) }],
    };
  return { text: `Your reports (${total})`, blocks: teamBlocks(members, total) };
}
