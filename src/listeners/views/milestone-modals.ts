/**
 * Submissions of the three milestone modals (Done with evidence, Move date,
 * Edit or delete). Each validates its fields (problems shown beside them),
 * makes the change through the milestones service, closes the modal,
 * republishes Home and, when the modal was opened from a message, posts the
 * confirmation back to that message's conversation.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import {
  deletedConfirmation,
  doneConfirmation,
  editedConfirmation,
  MILESTONE_FIELDS,
  milestoneModalMetadataSchema,
  movedConfirmation,
  readEditForm,
  readEvidenceForm,
  readMoveForm,
  type Confirmation,
  type MilestoneModalMetadata,
} from '../../blocks/milestones.js';
import { metadataSchema, viewStateSchema, type ViewState } from '../../blocks/state.js';
import { validateEdit, validateEvidence, validateMove, type FieldProblems } from '../../domain/pathways/milestones.js';
import { celebrateMilestone } from '../../services/celebrations.js';
import { deleteMilestone, editMilestone, markDone, moveMilestone, ownedMilestone } from '../../services/milestones.js';
import type { ListenerDeps } from '../deps.js';
import { actorFor, answerAt, refreshHome, type Actor } from '../pathway-support.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

interface SubmissionInput {
  actor: Actor;
  metadata: MilestoneModalMetadata;
  state: ViewState;
}

type Outcome =
  | { errors: Record<string, string> }
  | { confirmation: Confirmation; afterwards?: () => Promise<unknown> };

/** Field problems keyed by form field → `errors` keyed by block id. */
function errorsAt<F extends string>(problems: FieldProblems<F>, blockIds: Record<F, string>): { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems) as [F, string | undefined][]) {
    if (message) errors[blockIds[field]] = message;
  }
  return { errors };
}

function milestoneSubmission(handler: string, deps: ListenerDeps, work: (input: SubmissionInput) => Promise<Outcome>) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const userId = body.user.id;
    const context = { handler, teamId, userId };
    let outcome: Outcome;
    let metadata: MilestoneModalMetadata;
    try {
      metadata = parseSubmitted(metadataSchema(milestoneModalMetadataSchema), view.private_metadata);
      const state = parseSubmitted(viewStateSchema, view.state.values);
      const actor = await actorFor(deps, client, { teamId, userId });
      outcome = await work({ actor, metadata, state });
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks)));
      return;
    }
    if ('errors' in outcome) {
      await ack({ response_action: 'errors', errors: outcome.errors });
      return;
    }
    await ack();
    await refreshHome(deps, client, teamId, userId);
    if (metadata.responseUrl) await answerAt(deps, metadata.responseUrl, outcome.confirmation);
    await outcome.afterwards?.().catch((error: unknown) => deps.logger.warn({ ...context, err: error }, 'follow-up after a milestone change failed'));
  };
}

export function milestoneDoneSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneDoneSubmission', deps, async ({ actor, metadata, state }) => {
    const evidence = validateEvidence(readEvidenceForm(state));
    if (!evidence.ok) return errorsAt(evidence.problems, { note: MILESTONE_FIELDS.note, link: MILESTONE_FIELDS.evidenceLink });
    const change = await markDone(deps.prisma, actor.person.id, { id: metadata.milestoneId }, evidence.value, actor.now);
    return {
      confirmation: doneConfirmation(change.milestone, change.open),
      afterwards: () => celebrateMilestone(deps.prisma, deps.clock, change.milestone.id),
    };
  });
}

export function milestoneMoveSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneMoveSubmission', deps, async ({ actor, metadata, state }) => {
    const due = validateMove(readMoveForm(state), actor.today);
    if (!due.ok) return errorsAt(due.problems, { due: MILESTONE_FIELDS.due });
    const change = await moveMilestone(deps.prisma, actor.person.id, { id: metadata.milestoneId }, due.value, actor.today);
    return { confirmation: movedConfirmation(change.milestone) };
  });
}

export function milestoneEditSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneEditSubmission', deps, async ({ actor, metadata, state }) => {
    const form = readEditForm(state);
    if (form.delete) {
      const change = await deleteMilestone(deps.prisma, actor.person.id, metadata.milestoneId);
      return { confirmation: deletedConfirmation(change.milestone, change.count) };
    }
    const current = await ownedMilestone(deps.prisma, actor.person.id, { id: metadata.milestoneId });
    const edit = validateEdit(form, actor.today, current.dueDate);
    if (!edit.ok) {
      const { title, kind, due, link } = MILESTONE_FIELDS;
      return errorsAt(edit.problems, { title, kind, due, link });
    }
    const change = await editMilestone(deps.prisma, actor.person.id, metadata.milestoneId, edit.value, actor.today);
    return { confirmation: editedConfirmation(change.milestone) };
  });
}
