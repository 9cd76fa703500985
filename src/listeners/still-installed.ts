/**
 * Global middleware: any request from a workspace other than the uninstall
 * events themselves shows Pathway is installed there, so a workspace marked
 * uninstalled earlier gets its scheduled messages again.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { markStillInstalled } from '../services/installations.js';
import type { ListenerDeps } from './deps.js';

const UNINSTALL_EVENTS = new Set(['app_uninstalled', 'tokens_revoked']);

export function noteStillInstalled(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventType = 'event' in body && typeof body.event === 'object' && body.event !== null && 'type' in body.event ? String(body.event.type) : undefined;
    const teamId = context.teamId;
    if (teamId !== undefined && (eventType === undefined || !UNINSTALL_EVENTS.has(eventType))) {
      if (await markStillInstalled(deps.prisma, teamId)) deps.logger.info({ teamId }, 'workspace is using Pathway again: scheduled messages resume');
    }
    await next();
  };
}
