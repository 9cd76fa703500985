/**
 * "Start a plan" / "Change plan" (and `/pathway plan`): opens the plan modal with
 * the trigger id, proposing from the person's current role and, when re-planning,
 * their current goal.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { actorFor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { openPlanModal } from '../flows/plan.js';
import { messageButtonReply } from '../reply.js';
import { safely } from '../safely.js';

type PlanOpenArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const planOpenBody = z.object({
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  trigger_id: z.string().min(1),
});

export function planOpen(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: PlanOpenArgs): Promise<void> => {
    await ack();
    const parsed = planOpenBody.parse(body);
    const teamId = parsed.team?.id ?? parsed.user.team_id ?? '';
    const context = { handler: 'planOpen', teamId, userId: parsed.user.id };
    const reply = messageButtonReply({ body, respond, client }, deps.logger, context);
    await safely(deps.logger, context, reply, async () => {
      const actor = await actorFor(deps, client, { teamId, userId: parsed.user.id });
      await openPlanModal(deps, client, actor, parsed.trigger_id);
    });
  };
}
