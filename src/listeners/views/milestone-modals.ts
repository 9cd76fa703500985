/**
 * Submissions of the three milestone modals (Done with evidence, Move date,
 * Edit or delete). Each validates its fields (problems shown beside them),
 * makes the change through the milestones service, closes the modal,
 * republishes Home and, when the modal was opened from a message, posts the
 * confirmation back to that message's conversation.
 */

import { celebrationMessages } from '../../blocks/celebrations.js';
import {
  addedConfirmation,
  addModalMetadataSchema,
  type Confirmation,
  deletedConfirmation,
  doneConfirmation,
  editedConfirmation,
  MILESTONE_FIELDS,
  type MilestoneModalMetadata,
  milestoneModalMetadataSchema,
  movedConfirmation,
  readAddForm,
  readEditForm,
  readEvidenceForm,
  readMoveForm,
} from '../../blocks/milestones.js';
import { milestoneFormProblems } from '../../blocks/problems.js';
import type { ViewState } from '../../blocks/state.js';
import { validateEdit, validateEvidence, validateMove } from '../../domain/pathways/milestones.js';
import { celebrateMilestone } from '../../services/celebrations.js';
import {
  addMilestone,
  deleteMilestone,
  editMilestone,
  markDone,
  moveMilestone,
  ownedMilestone,
} from '../../services/milestones.js';
import type { Actor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { answerAt } from '../reply.js';
import { errorsAt, type FormOutcome, formSubmission } from './form-submission.js';

interface SubmissionInput {
  actor: Actor;
  metadata: MilestoneModalMetadata;
  state: ViewState;
}

type Outcome = { errors: Record<string, string> } | { confirmation: Confirmation; afterwards?: () => Promise<unknown> };

/** Closes the modal, then republishes Home, confirms in the message it came from, and runs what follows. */
function milestoneSubmission(handler: string, deps: ListenerDeps, work: (input: SubmissionInput) => Promise<Outcome>) {
  return formSubmission(handler, deps, milestoneModalMetadataSchema, async (input): Promise<FormOutcome> => {
    const outcome = await work(input);
    if ('errors' in outcome) return outcome;
    const { actor, metadata } = input;
    return {
      close: true,
      afterwards: async (client) => {
        await refreshHome(deps, client, actor.member.workspace.slackTeamId, actor.person.slackUserId);
        if (metadata.responseUrl) await answerAt(deps, metadata.responseUrl, outcome.confirmation);
        await outcome.afterwards?.();
      },
    };
  });
}

export function milestoneDoneSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneDoneSubmission', deps, async ({ actor, metadata, state }) => {
    const evidence = validateEvidence(readEvidenceForm(state));
    if (!evidence.ok)
      return errorsAt(milestoneFormProblems(evidence.problems, actor.t), {
        note: MILESTONE_FIELDS.note,
        link: MILESTONE_FIELDS.evidenceLink,
      });
    const change = await markDone(
      deps.prisma,
      actor.person.id,
      { id: metadata.milestoneId },
      evidence.value,
      actor.now,
    );
    return {
      confirmation: doneConfirmation(change.milestone, change.open, actor.t),
      afterwards: () => celebrateMilestone(deps.prisma, deps.clock, change.milestone.id, celebrationMessages),
    };
  });
}

export function milestoneMoveSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneMoveSubmission', deps, async ({ actor, metadata, state }) => {
    const due = validateMove(readMoveForm(state), actor.today);
    if (!due.ok) return errorsAt(milestoneFormProblems(due.problems, actor.t), { due: MILESTONE_FIELDS.due });
    const change = await moveMilestone(
      deps.prisma,
      actor.person.id,
      { id: metadata.milestoneId },
      due.value,
      actor.today,
    );
    return { confirmation: movedConfirmation(change.milestone, actor.t) };
  });
}

export function milestoneEditSubmission(deps: ListenerDeps) {
  return milestoneSubmission('milestoneEditSubmission', deps, async ({ actor, metadata, state }) => {
    const form = readEditForm(state);
    if (form.delete) {
      const change = await deleteMilestone(deps.prisma, actor.person.id, metadata.milestoneId);
      return { confirmation: deletedConfirmation(change.milestone, change.count, actor.t) };
    }
    const current = await ownedMilestone(deps.prisma, actor.person.id, { id: metadata.milestoneId });
    const edit = validateEdit(form, actor.today, current.dueDate);
    if (!edit.ok) {
      const { title, kind, due, link } = MILESTONE_FIELDS;
      return errorsAt(milestoneFormProblems(edit.problems, actor.t), { title, kind, due, link });
    }
    const change = await editMilestone(deps.prisma, actor.person.id, metadata.milestoneId, edit.value, actor.today);
    return { confirmation: editedConfirmation(change.milestone, actor.t) };
  });
}

/** The small form `/pathway add` opens: the same checks as the edit form, for a date that is new. */
export function milestoneAddSubmission(deps: ListenerDeps) {
  return formSubmission(
    'milestoneAddSubmission',
    deps,
    addModalMetadataSchema,
    async ({ actor, metadata, state }): Promise<FormOutcome> => {
      const form = readAddForm(state);
      // A new milestone has no earlier date, so any date before today is refused.
      const edit = validateEdit(form, actor.today, '');
      if (!edit.ok) {
        const { title, kind, due, link } = MILESTONE_FIELDS;
        return errorsAt(milestoneFormProblems(edit.problems, actor.t), { title, kind, due, link });
      }
      const change = await addMilestone(
        deps.prisma,
        actor.person.id,
        { title: edit.value.title, kind: edit.value.kind, due: edit.value.due, link: edit.value.link },
        actor.today,
      );
      return {
        close: true,
        afterwards: async (client) => {
          await refreshHome(deps, client, actor.member.workspace.slackTeamId, actor.person.slackUserId);
          if (metadata.responseUrl)
            await answerAt(deps, metadata.responseUrl, addedConfirmation(change.milestone, undefined, actor.t));
        },
      };
    },
  );
}
