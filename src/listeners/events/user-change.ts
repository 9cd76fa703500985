/**
 * `user_change`: Slack tells us a user was deactivated (deleted: true) or
 * reactivated. Pathway notes when, so the retention job can erase the data
 * after the workspace's retention period; people it has never seen are ignored.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { markDeactivated } from '../../services/data-rights.js';
import type { ListenerDeps } from '../deps.js';
import { eventTeamId } from './envelope.js';
import { workspaceIdOfTeam } from '../../services/people.js';

type UserChangeArgs = SlackEventMiddlewareArgs<'user_change'> & AllMiddlewareArgs;

const changedUser = z.object({ user: z.object({ id: z.string().min(1), team_id: z.string().optional(), deleted: z.boolean().optional() }) });

export function userChange(deps: ListenerDeps) {
  return async ({ event, body }: UserChangeArgs): Promise<void> => {
    const parsed = changedUser.safeParse(event);
    const teamId = eventTeamId(body) ?? (parsed.success ? parsed.data.user.team_id : undefined);
    if (!parsed.success || teamId === undefined || parsed.data.user.deleted === undefined) return;
    const workspaceId = await workspaceIdOfTeam(deps.prisma, teamId);
    if (workspaceId === null) return;
    await markDeactivated(deps.prisma, workspaceId, parsed.data.user.id, parsed.data.user.deleted, deps.clock.now());
  };
}
