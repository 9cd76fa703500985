/**
 * Opening the plan modal ("Start a plan" / "Change plan" and `/pathway plan`), proposing from the
 * person's current role and, when re-planning, their current goal.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { planModal } from '../../blocks/plan.js';
import { proposePlan } from '../../domain/pathways/plan.js';
import { activeFramework } from '../../services/frameworks.js';
import { currentPlan } from '../../services/pathways.js';
import type { Actor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';

type Client = AllMiddlewareArgs['client'];

export async function openPlanModal(
  deps: ListenerDeps,
  client: Client,
  actor: Actor,
  triggerId: string,
): Promise<void> {
  const [{ framework }, active] = await Promise.all([
    activeFramework(deps.prisma, actor.member.workspace.id, actor.t.language),
    currentPlan(deps.prisma, actor.person.id),
  ]);
  // Changing a plan starts from the current one: its role, goal, target and milestones.
  const proposal = proposePlan(
    framework,
    {
      fromRoleKey: active?.fromRoleKey ?? actor.person.currentRoleKey,
      goalRoleKey: active?.goalRoleKey,
      current: active ?? undefined,
    },
    actor.today,
  );
  await client.views.open({
    trigger_id: triggerId,
    view: planModal({ framework, proposal, today: actor.today, rev: 0, replacing: active !== null }, actor.t),
  });
}
