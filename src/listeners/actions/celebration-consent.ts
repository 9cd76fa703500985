/**
 * The three buttons of the private consent question ("Post this time",
 * "Always post my wins", "Never post"). The question is replaced by the
 * outcome: a confirmation with a "Remove the post" button, or a note that the
 * win stays private.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import {
  CONSENT_ACTION_PREFIX,
  celebrationConfirmation,
  celebrationMessagesIn,
  celebrationRemoved,
  consentDeclined,
} from '../../blocks/celebrations.js';
import { consentChoiceSchema } from '../../domain/celebrations.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { english, type Translator, translator } from '../../i18n/index.js';
import { answerConsent, type CelebrationState } from '../../services/celebrations.js';
import { findMember } from '../../services/people.js';
import type { ListenerDeps } from '../deps.js';
import { messageButtonReply } from '../reply.js';
import { type Reply, safely } from '../safely.js';

export const CONSENT_ACTION = new RegExp(`^${CONSENT_ACTION_PREFIX}(${consentChoiceSchema.options.join('|')})$`);

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** What the buttons carry: the choice in the action id, the celebration in the value. */
const consentAction = z.object({
  action_id: z
    .string()
    .transform((id) => id.slice(CONSENT_ACTION_PREFIX.length))
    .pipe(consentChoiceSchema),
  value: z.string().min(1),
});

/** The clicker's language (English for someone Pathway does not know). */
export async function readerOf(deps: ListenerDeps, identity: { teamId: string; userId: string }): Promise<Translator> {
  return translator(languageFor((await findMember(deps.prisma, identity)) ?? {}));
}

/** What the person sees in place of the question, given where the celebration now stands. */
export function celebrationStateReply(state: CelebrationState, t: Translator): Reply {
  if (state.status === 'removed' && state.channelId) return celebrationRemoved(state.card, state.channelId, t);
  if (state.status === 'queued' && state.channelId) {
    return celebrationConfirmation(
      state.card,
      state.channelId,
      state.id,
      state.consent === 'always' ? 'always' : 'this-time',
      t,
    );
  }
  return consentDeclined(t);
}

export function celebrationConsent(deps: ListenerDeps) {
  return async ({ ack, body, action, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const context = {
      handler: 'celebrationConsent',
      teamId: body.team?.id,
      userId: body.user.id,
      actionId: action.action_id,
    };
    const reply = messageButtonReply({ body, respond, client }, deps.logger, context);
    await safely(deps.logger, context, reply, async () => {
      const actor = { teamId: body.team?.id ?? body.user.team_id ?? '', slackUserId: body.user.id };
      const t = await readerOf(deps, { teamId: actor.teamId, userId: actor.slackUserId });
      const parsed = consentAction.safeParse(action);
      // Not a value of ours (missing, wrong type): a stale or forged click, answered as such.
      if (!parsed.success) throw new UserError(t.t('celebrations.staleButton'));
      const { action_id: choice, value: celebrationId } = parsed.data;
      const state = await answerConsent(
        deps.prisma,
        deps.clock,
        actor,
        celebrationId,
        choice,
        celebrationMessagesIn(english /* channel posts: the workspace's language */),
      );
      await respond({ replace_original: true, ...celebrationStateReply(state, t) });
    });
  };
}
