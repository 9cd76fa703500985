/**
 * The plan modal's role, goal and target fields dispatch an action when they
 * change: the modal is rebuilt (views.update) with the goals open from the new
 * role and the suggested milestones re-dated to the target. A new role resets
 * the goal; the person's own milestones are kept (their block ids do not change).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { PLAN_ACTIONS, planMetadataSchema, planModal, readPlanForm } from '../../blocks/plan.js';
import { metadataSchema, viewStateSchema } from '../../blocks/state.js';
import { proposePlan } from '../../domain/pathways/plan.js';
import { activeFramework } from '../../services/frameworks.js';
import { currentPlan } from '../../services/pathways.js';
import { isSlackError } from '../../slack/platform-error.js';
import { actorFor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { safely } from '../safely.js';

type PlanFormArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const planFormBody = z.object({
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  actions: z.array(z.object({ action_id: z.string() })).min(1),
  view: z.object({
    id: z.string().min(1),
    hash: z.string().min(1),
    private_metadata: metadataSchema(planMetadataSchema),
    state: z.object({ values: viewStateSchema }),
  }),
});

export function planFormChanged(deps: ListenerDeps) {
  return async ({ ack, body, client }: PlanFormArgs): Promise<void> => {
    await ack();
    const payload = planFormBody.safeParse(body);
    if (!payload.success) {
      // These selects live only in the plan modal: without its view (a forged or copied element) there is nothing to rebuild.
      deps.logger.warn(
        { handler: 'planFormChanged', userId: body.user.id, issues: payload.error.issues.length },
        'plan form action without a plan modal; ignored',
      );
      return;
    }
    const parsed = payload.data;
    const teamId = parsed.team?.id ?? parsed.user.team_id ?? '';
    const context = { handler: 'planFormChanged', teamId, userId: parsed.user.id };
    // Nobody to answer inside a modal: an unexpected failure is logged, and the modal stays as it was.
    await safely(
      deps.logger,
      context,
      async () => undefined,
      async () => {
        const { view } = parsed;
        const draft = readPlanForm(view.state.values, view.private_metadata);
        const roleChanged = parsed.actions[0]?.action_id === PLAN_ACTIONS.role;
        const actor = await actorFor(deps, client, { teamId, userId: parsed.user.id });
        const { framework } = await activeFramework(deps.prisma, actor.member.workspace.id, actor.t.language);
        const current = await currentPlan(deps.prisma, actor.person.id);
        const proposal = proposePlan(
          framework,
          {
            fromRoleKey: draft.fromRoleKey,
            goalRoleKey: roleChanged ? undefined : draft.goalRoleKey,
            targetDate: draft.targetDate,
            current: current ?? undefined,
          },
          actor.today,
        );
        const next = planModal(
          { framework, proposal, today: actor.today, rev: view.private_metadata.rev + 1, replacing: current !== null },
          actor.t,
        );
        try {
          await client.views.update({ view_id: view.id, hash: view.hash, view: next });
        } catch (error) {
          // hash_conflict: a newer change already rebuilt the modal; that one wins.
          if (!isSlackError(error, 'hash_conflict')) throw error;
        }
      },
    );
  };
}

/**
 * A suggestion's date changed: nothing to rebuild (the date is read when the plan is
 * saved), but Slack shows an error on an action nobody acknowledges.
 */
export function planDueChanged() {
  return async ({ ack }: PlanFormArgs): Promise<void> => {
    await ack();
  };
}
