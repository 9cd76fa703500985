/**
 * The erase confirmation modal's submission: the typed word is checked (an
 * error on the field otherwise), the modal shows progress at once, then the
 * posts about the person and their data are erased and the modal says so.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import {
  DATA_DELETE_ACTION_ID,
  DATA_DELETE_BLOCK_ID,
  DELETE_CONFIRMATION_WORD,
  dataDeletedView,
  dataDeleteFailedView,
  dataErasingView,
  deleteConfirmError,
} from '../../blocks/data-rights.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { eraseEverywhere } from '../../services/erasure.js';
import { findMember } from '../../services/people.js';
import type { ListenerDeps } from '../deps.js';
import { logViewFailure } from '../safely.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const stateSchema = z.object({
  [DATA_DELETE_BLOCK_ID]: z.object({ [DATA_DELETE_ACTION_ID]: z.object({ value: z.string().nullish() }) }),
});

export function dataDeleteSubmission(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmissionArgs): Promise<void> => {
    // A state without the confirmation field (a forged or mangled submission) counts as nothing typed.
    const state = stateSchema.safeParse(view.state.values);
    const typed = state.success
      ? state.data[DATA_DELETE_BLOCK_ID][DATA_DELETE_ACTION_ID].value?.trim().toLowerCase()
      : undefined;
    const teamId = body.team?.id ?? view.team_id;
    const person = await findMember(deps.prisma, { teamId, userId: body.user.id });
    // Read before the erase: the outcome is still shown in their language.
    const t = translator(languageFor(person ?? {}));
    if (typed !== DELETE_CONFIRMATION_WORD) {
      await ack({ response_action: 'errors', errors: { [DATA_DELETE_BLOCK_ID]: deleteConfirmError(t) } });
      return;
    }
    await ack({ response_action: 'update', view: dataErasingView(t) });
    let outcome = dataDeletedView(t);
    try {
      if (person) await eraseEverywhere(deps.prisma, client, person.id);
    } catch (error) {
      const reference = logViewFailure(
        deps.logger,
        { handler: 'dataDeleteSubmission' },
        error,
        'erasing a person failed',
      );
      outcome = dataDeleteFailedView(reference, t);
    }
    await client.views.update({ view_id: view.id, view: outcome });
  };
}
