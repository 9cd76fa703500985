/**
 * "I moved into this role" (shown once every milestone is done, behind a
 * confirmation dialog): the pathway ends as `reached`, the goal becomes the
 * person's current role, the win may be celebrated (with consent), and Home shows
 * the pathway in their history with a button to plan the next one.
 */
import { goalReachedConfirmation } from '../../blocks/milestones.js';
import { celebrateGoalReached } from '../../services/celebrations.js';
import { markGoalReached } from '../../services/pathways.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../pathway-support.js';
import { idButton } from './button.js';

export function pathwayReached(deps: ListenerDeps) {
  return idButton('pathwayReached', deps, async ({ member, value, now, reply }, { body, client }) => {
    const reached = await markGoalReached(deps.prisma, member.person.id, value, now);
    await refreshHome(deps, client, member.workspace.slackTeamId, member.person.slackUserId);
    // Clicked in Home, the refreshed tab is the confirmation; in a message, it is answered there.
    if ('response_url' in body && body.response_url) await reply(goalReachedConfirmation(reached.goal.title));
    await celebrateGoalReached(deps.prisma, deps.clock, reached.pathwayId).catch((error: unknown) =>
      deps.logger.warn({ err: error, pathwayId: reached.pathwayId }, 'could not offer the goal celebration'),
    );
  });
}
