/**
 * "Remove the post" in the person's confirmation: deletes the celebration
 * from the channel (chat.delete with the ts the sender stored), or drops it
 * from the outbox when it has not been sent yet, and confirms in place.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { markCelebrationRemoved, removeCelebration } from '../../services/celebrations.js';
import { platformErrorCode } from '../../slack/platform-error.js';
import type { ListenerDeps } from '../deps.js';
import { messageButtonReply } from '../reply.js';
import { safely } from '../safely.js';
import { celebrationStateReply, readerOf } from './celebration-consent.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const removeAction = z.object({ value: z.string().min(1) });

export function celebrationRemove(deps: ListenerDeps) {
  return async ({ ack, body, action, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const context = { handler: 'celebrationRemove', teamId: body.team?.id, userId: body.user.id };
    const reply = messageButtonReply({ body, respond, client }, deps.logger, context);
    await safely(deps.logger, context, reply, async () => {
      const actor = { teamId: body.team?.id ?? body.user.team_id ?? '', slackUserId: body.user.id };
      const t = await readerOf(deps, { teamId: actor.teamId, userId: actor.slackUserId });
      const parsed = removeAction.safeParse(action);
      // Not a value of ours (missing, wrong type): a stale or forged click, answered as such.
      if (!parsed.success) throw new UserError(t.t('celebrations.staleButton'));
      const { value: celebrationId } = parsed.data;
      const removal = await removeCelebration(deps.prisma, deps.clock, actor, celebrationId);
      let state = removal.state;
      if (removal.kind === 'delete') {
        try {
          await client.chat.delete({ channel: removal.channel, ts: removal.ts });
        } catch (error) {
          // Already gone (a channel admin deleted it): that is what the person wanted.
          if (platformErrorCode(error) !== 'message_not_found') throw error;
        }
        state = await markCelebrationRemoved(deps.prisma, deps.clock, celebrationId);
      }
      await respond({ replace_original: true, ...celebrationStateReply(state, t) });
    });
  };
}
