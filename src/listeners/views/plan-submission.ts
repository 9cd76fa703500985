/**
 * Saving the plan modal: the form is read and validated (problems shown beside
 * their fields), then the pathway and its milestones are stored in one
 * transaction (the previous plan ends as "changed"), Home is republished and the
 * person gets a DM saying what was saved.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { planErrors, planMetadataSchema, planSavedMessage, readPlanForm, staleGoalErrors } from '../../blocks/plan.js';
import { metadataSchema, viewStateSchema } from '../../blocks/state.js';
import { writesDayFirst } from '../../domain/date-phrases.js';
import { validatePlan } from '../../domain/pathways/plan.js';
import { english, type Translator } from '../../i18n/index.js';
import { activeFramework } from '../../services/frameworks.js';
import { roleRef } from '../../services/overview.js';
import { currentPlan, startPathway } from '../../services/pathways.js';
import { actorFor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function planSubmission(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const userId = body.user.id;
    const context = { handler: 'planSubmission', teamId, userId };
    // English until the person is known; their own language from then on.
    let t: Translator = english;
    try {
      const actor = await actorFor(deps, client, { teamId, userId });
      t = actor.t;
      const metadata = parseSubmitted(metadataSchema(planMetadataSchema), view.private_metadata, t);
      const state = parseSubmitted(viewStateSchema, view.state.values, t);
      const draft = readPlanForm(state, metadata);
      if (draft.goalRoleKey !== metadata.goal) {
        await ack({ response_action: 'errors', errors: staleGoalErrors(state, metadata, t) });
        return;
      }
      const framework = await activeFramework(deps.prisma, actor.member.workspace.id, actor.t.language);
      const current = await currentPlan(deps.prisma, actor.person.id);
      const checked = validatePlan(
        draft,
        framework.framework,
        actor.today,
        current ?? undefined,
        writesDayFirst(actor.person.locale),
      );
      if (!checked.ok) {
        await ack({ response_action: 'errors', errors: planErrors(checked.problems, state, metadata, t) });
        return;
      }
      const pathway = await startPathway(deps.prisma, {
        personId: actor.person.id,
        frameworkVersionId: framework.versionId,
        plan: checked.plan,
        now: actor.now,
      });
      await ack();
      deps.logger.info({ ...context, pathwayId: pathway.id }, 'plan saved');
      await refreshHome(deps, client, teamId, userId);
      const goal = roleRef(framework.framework, checked.plan.goalRoleKey);
      await client.chat
        .postMessage({
          channel: userId,
          ...planSavedMessage(goal.title, checked.plan.targetDate, checked.plan.milestones, t),
        })
        .catch((error: unknown) =>
          deps.logger.warn({ ...context, err: error }, 'could not send the plan confirmation'),
        );
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks), t));
    }
  };
}
