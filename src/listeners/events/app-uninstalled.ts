import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { uninstallWorkspace } from '../../services/installations.js';
import type { ListenerDeps } from '../deps.js';
import { eventTeamId } from './envelope.js';

type AppUninstalledArgs = SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs;

/** The workspace removed Pathway: forget its tokens and stop every scheduled message. */
export function appUninstalled(deps: ListenerDeps) {
  return async ({ body }: AppUninstalledArgs): Promise<void> => {
    const teamId = eventTeamId(body);
    if (teamId === undefined) {
      deps.logger.warn({ handler: 'appUninstalled' }, 'app_uninstalled without a team id; ignored');
      return;
    }
    const { dropped } = await uninstallWorkspace(deps.prisma, teamId, deps.clock.now());
    deps.logger.info({ teamId, dropped }, 'Pathway uninstalled: tokens removed, pending messages dropped');
  };
}
