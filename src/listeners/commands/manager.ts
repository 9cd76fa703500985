/** `/pathway manager @name`: asks that person to confirm they are the manager. */
import { managerNotices, managerRequestedText } from '../../blocks/team.js';
import { mrkdwn } from '../../blocks/text.js';
import type { Person } from '../../generated/prisma/client.js';
import { requestManager } from '../../services/managers.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function managerReply(deps: ListenerDeps, person: Person, managerSlackUserId: string, now: Date): Promise<Reply> {
  const requested = await requestManager(deps.prisma, person, managerSlackUserId, now, managerNotices);
  const text = managerRequestedText(requested.manager.slackUserId, requested.replacedPending);
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
