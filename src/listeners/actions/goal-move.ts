/**
 * Goal moves, confirmed by the other side: "I moved into this role" (the
 * person), "They moved into this role" (their manager, from the report's
 * pathway), and the confirm / "not yet" buttons of the request DM or Home.
 * Only a confirmed move is celebrated (with consent) and counted.
 */
import type { WebClient } from '@slack/web-api';
import { celebrationMessagesIn } from '../../blocks/celebrations.js';
import { moveAnsweredBlocks, moveAnsweredText, moveNotices, moveProposedText } from '../../blocks/goals.js';
import { english } from '../../i18n/index.js';
import { isAdmin } from '../../services/admins.js';
import { celebrateGoalReached } from '../../services/celebrations.js';
import {
  adminsToAsk,
  answerMove,
  type MoveAnswer,
  type MoveOutcome,
  proposeOwnMove,
  proposeReportMove,
} from '../../services/goals.js';
import { authorizeCheckInRead, grantedSubject, OWN_PATHWAY_MESSAGE, requireManager } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { type ButtonArgs, type ButtonContext, idButton } from './button.js';

/** After an answer: the person's Home shows it, and a confirmed move may be celebrated. */
async function afterAnswer(deps: ListenerDeps, client: WebClient, teamId: string, answer: MoveAnswer): Promise<void> {
  await refreshHome(deps, client, teamId, answer.person.slackUserId);
  if (!answer.confirmed) return;
  await celebrateGoalReached(
    deps.prisma,
    deps.clock,
    answer.pathwayId,
    celebrationMessagesIn(english /* channel posts: the workspace's language */),
  ).catch((error: unknown) =>
    deps.logger.warn({ err: error, pathwayId: answer.pathwayId }, 'could not offer the goal celebration'),
  );
}

/** Answers the click: the request message is replaced; elsewhere (Home) a short modal says what happened. */
async function answerClick(context: ButtonContext, args: ButtonArgs, text: string): Promise<void> {
  if (context.source.kind === 'message')
    await args.respond({ response_type: 'ephemeral', replace_original: true, text, blocks: moveAnsweredBlocks(text) });
  else await context.reply({ text, blocks: moveAnsweredBlocks(text) });
}

/** `forReport`: the report's Slack id when their manager proposed it; their Home shows the proposal. */
async function settle(
  deps: ListenerDeps,
  context: ButtonContext,
  args: ButtonArgs,
  outcome: MoveOutcome,
  forReport: string | null,
): Promise<void> {
  const teamId = context.member.workspace.slackTeamId;
  if (outcome.kind === 'proposed') {
    const text = moveProposedText(outcome.proposal, forReport, context.t);
    await context.reply({ text, blocks: moveAnsweredBlocks(text) });
    await refreshHome(deps, args.client, teamId, forReport ?? context.member.person.slackUserId);
    return;
  }
  await answerClick(
    context,
    args,
    moveAnsweredText(outcome.answer, outcome.answer.person.id === context.member.person.id, context.t),
  );
  await afterAnswer(deps, args.client, teamId, outcome.answer);
}

/** "I moved into this role" (value: the pathway id). */
export function pathwayReached(deps: ListenerDeps) {
  return idButton('pathwayReached', deps, async (context, args) => {
    const person = context.member.person;
    const admins = await adminsToAsk(deps.prisma, person, deps.config.adminUserIds);
    await settle(
      deps,
      context,
      args,
      await proposeOwnMove(deps.prisma, person, context.value, context.now, moveNotices, admins),
      null,
    );
  });
}

/** "They moved into this role" on a report's pathway (value: the report's person id); their current manager only. */
export function goalMovePropose(deps: ListenerDeps) {
  return idButton('goalMovePropose', deps, async (context, args) => {
    const ctx = { prisma: deps.prisma, logger: deps.logger };
    const access = requireManager(
      ctx,
      await authorizeCheckInRead(ctx, context.member.person, context.value, 'goal-move-propose'),
      'goal-move-propose',
      OWN_PATHWAY_MESSAGE,
    );
    const outcome = await proposeReportMove(deps.prisma, access, context.now, moveNotices);
    const report = await grantedSubject(deps.prisma, access);
    await settle(deps, context, args, outcome, report.slackUserId);
  });
}

/** Confirm, or "not yet" (value: the pathway id). */
export function goalMoveAnswer(deps: ListenerDeps, confirm: boolean) {
  return idButton(confirm ? 'goalMoveConfirm' : 'goalMoveNotYet', deps, async (context, args) => {
    const actor = context.member.person;
    const answer = await answerMove(
      deps.prisma,
      actor,
      isAdmin(actor, deps.config),
      context.value,
      confirm,
      context.now,
      moveNotices,
    );
    await answerClick(context, args, moveAnsweredText(answer, answer.person.id === actor.id, context.t));
    await afterAnswer(deps, args.client, context.member.workspace.slackTeamId, answer);
  });
}
