import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { platformErrorCode } from '../../slack/platform-error.js';
import type { ListenerDeps } from '../deps.js';
import { publishHome } from '../flows/home.js';

type HomeOpenedArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

/** Publishes the person's Home tab each time they open it, so it is never stale. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, body, client }: HomeOpenedArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const teamId = 'team_id' in body && typeof body.team_id === 'string' ? body.team_id : undefined;
    if (!teamId) return;
    try {
      await publishHome(deps, client, teamId, event.user);
    } catch (error) {
      // Slack refusing the view would refuse it again; anything else (the database is down) fails the
      // event, which is answered 500 so Slack delivers it again.
      if (platformErrorCode(error) === undefined) throw error;
      deps.logger.error(
        { err: error, handler: 'appHomeOpened', teamId, userId: event.user },
        'could not publish the Home tab',
      );
    }
  };
}
