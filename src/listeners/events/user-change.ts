/**
 * `user_change`: Slack tells us a user was deactivated (deleted: true) or
 * reactivated. Pathway notes when, so the retention job can erase the data
 * after the workspace's retention period; people it has never seen are ignored.
 * Any other profile change also refreshes the person's Slack locale, so dates and language
 * follow a changed Slack setting at once instead of at the next daily profile read.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { markDeactivated } from '../../services/data-rights.js';
import { findPersonBySlackId, workspaceIdOfTeam } from '../../services/people.js';
import { refreshLocaleOnUserChange } from '../../services/profile.js';
import type { ListenerDeps } from '../deps.js';
import { eventTeamId } from './envelope.js';

type UserChangeArgs = SlackEventMiddlewareArgs<'user_change'> & AllMiddlewareArgs;

const changedUser = z.object({
  user: z.object({
    id: z.string().min(1),
    team_id: z.string().optional(),
    deleted: z.boolean().optional(),
    locale: z.string().max(35).optional(),
  }),
});

export function userChange(deps: ListenerDeps) {
  return async ({ event, body, client }: UserChangeArgs): Promise<void> => {
    const parsed = changedUser.safeParse(event);
    const teamId = eventTeamId(body) ?? (parsed.success ? parsed.data.user.team_id : undefined);
    if (!parsed.success || teamId === undefined) return;
    const workspaceId = await workspaceIdOfTeam(deps.prisma, teamId);
    if (workspaceId === null) return;
    const { id: slackUserId, deleted, locale } = parsed.data.user;
    if (deleted !== undefined) await markDeactivated(deps.prisma, workspaceId, slackUserId, deleted, deps.clock.now());
    if (deleted === true) return;
    const person = await findPersonBySlackId(deps.prisma, workspaceId, slackUserId);
    if (person === null) return;
    await refreshLocaleOnUserChange(client, deps.prisma, person, locale, deps.clock.now(), deps.logger);
  };
}
