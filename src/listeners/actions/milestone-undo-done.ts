/**
 * "Undo" on a done confirmation: the milestone is open again (its evidence
 * goes), the confirmation is replaced by one saying so, and Home is republished.
 */
import { undoneConfirmation } from '../../blocks/milestones.js';
import { withdrawMilestoneCelebration } from '../../services/celebrations.js';
import { undoDone } from '../../services/milestones.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { idButton } from './button.js';

export function milestoneUndoDone(deps: ListenerDeps) {
  return idButton('milestoneUndoDone', deps, async ({ member, value, t }, { respond, client }) => {
    const change = await undoDone(deps.prisma, member.person.id, value);
    await withdrawMilestoneCelebration(deps.prisma, change.milestone.id).catch((error: unknown) =>
      deps.logger.warn(
        { err: error, milestoneId: change.milestone.id },
        'could not withdraw the milestone celebration',
      ),
    );
    await respond({ response_type: 'ephemeral', replace_original: true, ...undoneConfirmation(change.milestone, t) });
    await refreshHome(deps, client, member.workspace.slackTeamId, member.person.slackUserId);
  });
}
