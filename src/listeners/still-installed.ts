/**
 * Global middleware: any request from a workspace other than the uninstall
 * events themselves shows Pathway is installed there, so a workspace marked
 * uninstalled earlier gets its scheduled messages again. Checked at most once
 * a minute per workspace and process, to keep a write off every request.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { markStillInstalled } from '../services/installations.js';
import type { ListenerDeps } from './deps.js';

const UNINSTALL_EVENTS = new Set(['app_uninstalled', 'tokens_revoked']);
const RECHECK_AFTER_MS = 60_000;

export function noteStillInstalled(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  const checkedAt = new Map<string, number>();
  return async ({ body, context, next }) => {
    const eventType =
      'event' in body && typeof body.event === 'object' && body.event !== null && 'type' in body.event
        ? String(body.event.type)
        : undefined;
    const teamId = context.teamId;
    const now = deps.clock.now().getTime();
    if (eventType !== undefined && UNINSTALL_EVENTS.has(eventType)) {
      if (teamId !== undefined) checkedAt.delete(teamId);
    } else if (teamId !== undefined && now - (checkedAt.get(teamId) ?? -Infinity) >= RECHECK_AFTER_MS) {
      // Best effort, and not awaited: a command is acknowledged by its listener, after this middleware,
      // and a database that does not answer must not hold the ack past Slack's 3 s.
      checkedAt.set(teamId, now);
      void markStillInstalled(deps.prisma, teamId, new Date(now)).then(
        (resumed) => {
          if (resumed) deps.logger.info({ teamId }, 'workspace is using Pathway again: scheduled messages resume');
        },
        (error: unknown) => {
          checkedAt.delete(teamId);
          deps.logger.warn({ err: error, teamId }, 'could not check whether the workspace was marked uninstalled');
        },
      );
    }
    await next();
  };
}
