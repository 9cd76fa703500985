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
  return idButton('pathwayReached', deps, async ({ member, value, now }, { body, respond, client }) => {
    const reached = await markGoalReached(deps.prisma, member.person.id, value, now);
    await refreshHome(deps, client, member.workspace.slackTeamId, member.person.slackUserId);
    if ('response_url' in body && body.response_url) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...goalReachedConfirmation(reached.goal.title) });
    }
    await celebrateGoalReached(deps.prisma, deps.clock, reached.pathwayId).catch((error: unknown) =>
      deps.logger.warn({ err: error, pathwayId: reached.pathwayId }, 'could not offer the goal celebration'),
    );
  });
}
