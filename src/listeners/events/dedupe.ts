/**
 * Slack retries an event when it did not see our 200 within 3 s (or got an
 * error), with X-Slack-Retry-Num. The first delivery claims its event_id in
 * the database; a retry of a claimed event is skipped, on whichever replica
 * it lands. A delivery whose handling fails gives its claim back, so a retry
 * can do the work. Claims are forgotten after a day.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import { claimEvent, forgetHandledEvents, releaseEvent } from '../../services/handled-events.js';
import { eventOutcome } from '../../slack/http-front.js';
import type { ListenerDeps } from '../deps.js';

const eventEnvelope = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  team_id: z.string().optional(),
});

const CLEANUP_EVERY_MS = 10 * 60 * 1000;

export function skipHandledEvents(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  let lastCleanup = 0;
  return async ({ body, context, next }) => {
    const envelope = eventEnvelope.safeParse(body);
    if (!envelope.success) return next();
    const { event_id: eventId, team_id: teamId } = envelope.data;
    const now = deps.clock.now();
    const claimed = await claimEvent(deps.prisma, eventId, teamId, now);
    // Recorded (or recorded before): the HTTP answer can be 200 now, Slack need not deliver it again.
    eventOutcome.getStore()?.claimed();
    if (!claimed) {
      deps.logger.info(
        { eventId, teamId, retryNum: context.retryNum, retryReason: context.retryReason },
        'event already handled; Slack retry skipped',
      );
      return;
    }
    try {
      await next();
    } catch (error) {
      await releaseEvent(deps.prisma, eventId).catch((releaseError: unknown) =>
        deps.logger.error(
          { err: releaseError, eventId },
          'could not release the claim on a failed event; its retry will be skipped',
        ),
      );
      throw error;
    }
    if (now.getTime() - lastCleanup >= CLEANUP_EVERY_MS) {
      lastCleanup = now.getTime();
      await forgetHandledEvents(deps.prisma, now).catch((error: unknown) =>
        deps.logger.warn({ err: error }, 'could not delete old handled-event ids; will try again later'),
      );
    }
  };
}
