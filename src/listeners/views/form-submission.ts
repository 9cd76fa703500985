/**
 * One shape for the small forms of evidence, suggestions and comments: read the
 * metadata and fields (a stale or forged form is bad input), do the work, then
 * answer with field errors, a replacement view, or by closing the modal; what
 * follows (a DM answer, Home) runs after the ack. A UserError the work throws is
 * shown translated beside the first field, so forms need not catch their own.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { z } from 'zod';
import { metadataSchema, type ViewState, viewStateSchema } from '../../blocks/state.js';
import type { Translator } from '../../i18n/index.js';
import { type Actor, actorFor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export type FormOutcome =
  | { errors: Record<string, string> }
  | { view: ModalView; afterwards?: (client: AllMiddlewareArgs['client']) => Promise<unknown> }
  | { close: true; afterwards?: (client: AllMiddlewareArgs['client']) => Promise<unknown> };

/** Field problems (by form field) as Slack's `errors` (by block id). */
export function errorsAt<F extends string>(
  problems: Partial<Record<F, string>>,
  blockIds: Record<F, string>,
): { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems) as [F, string | undefined][]) {
    if (message) errors[blockIds[field]] = message;
  }
  return { errors };
}

export function formSubmission<M>(
  handler: string,
  deps: ListenerDeps,
  metadata: z.ZodType<M>,
  work: (input: {
    actor: Actor;
    metadata: M;
    state: ViewState;
    client: AllMiddlewareArgs['client'];
  }) => Promise<FormOutcome>,
) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const context = { handler, teamId, userId: body.user.id };
    let outcome: FormOutcome;
    // A UserError thrown by the work reaches the person here, beside the form's first field, in their language.
    let t: Translator | undefined;
    try {
      const actor = await actorFor(deps, client, { teamId, userId: body.user.id });
      t = actor.t;
      const parsed = parseSubmitted(metadataSchema(metadata), view.private_metadata, t);
      const state = parseSubmitted(viewStateSchema, view.state.values, t);
      outcome = await work({ actor, metadata: parsed, state, client });
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks), t));
      return;
    }
    if ('errors' in outcome) {
      await ack({ response_action: 'errors', errors: outcome.errors });
      return;
    }
    await ack('view' in outcome ? { response_action: 'update', view: outcome.view } : undefined);
    await outcome
      .afterwards?.(client)
      .catch((error: unknown) => deps.logger.warn({ ...context, err: error }, 'follow-up after a form failed'));
  };
}
