/** "Show all open milestones", "Previous", "Next", "Back to summary" on Home: republish at that page. */
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { idButton } from './button.js';

const MAX_PAGE = 1000;

export function homePage(deps: ListenerDeps) {
  return idButton('homePage', deps, async ({ member, value }, { client }) => {
    const page = Math.min(Math.max(0, Number.parseInt(value, 10) || 0), MAX_PAGE);
    await refreshHome(deps, client, member.workspace.slackTeamId, member.person.slackUserId, page);
  });
}
