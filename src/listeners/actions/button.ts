/**
 * Shared by the check-in, calibration, team and manager-link buttons: who
 * clicked, the value the button carries (validated), and how to answer. Buttons
 * in messages answer ephemerally through the response_url; buttons in the Home
 * tab or a modal have none, so the answer opens (or pushes) a small modal.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { noticeView } from '../../blocks/modals.js';
import { todayIn } from '../../domain/dates.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { english, type Translator, translator } from '../../i18n/index.js';
import { ensureMember, type Member } from '../../services/people.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralReply } from '../reply.js';
import { type Reply, safely } from '../safely.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const buttonBody = z.object({
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  trigger_id: z.string().min(1),
  response_url: z.string().url().optional(),
  channel: z.object({ id: z.string().min(1) }).nullish(),
  view: z.object({ type: z.string(), id: z.string().optional() }).optional(),
});

/** Ids in button values are cuids; anything else did not come from a button of ours. */
const idValue = z.string().regex(/^[a-z0-9]{1,64}$/i);

export interface ButtonContext<V = string> {
  member: Member;
  /** The id (or other value) the button carries, validated. */
  value: V;
  today: string;
  now: Date;
  /** Messages in the clicker's language. */
  t: Translator;
  triggerId: string;
  /** Opens a modal: views.push inside a modal, views.open elsewhere. */
  openModal(view: ModalView): Promise<unknown>;
  /** Answers the click: ephemerally in a message (with the response_url fallback), in a small modal elsewhere. */
  reply(message: Reply): Promise<unknown>;
  /** Where the button was: a message, a modal (its view id) or the Home tab. */
  source: { kind: 'message' } | { kind: 'modal'; viewId: string } | { kind: 'home' };
}

/** Runs `work` for a button carrying an id; errors become answers (safely). */
export function idButton(
  handler: string,
  deps: ListenerDeps,
  work: (context: ButtonContext, args: ButtonArgs) => Promise<void>,
) {
  return valueButton(handler, deps, idValue, work);
}

/** Runs `work` for a button whose value `schema` accepts; errors become answers (safely). */
export function valueButton<V>(
  handler: string,
  deps: ListenerDeps,
  schema: z.ZodType<V>,
  work: (context: ButtonContext<V>, args: ButtonArgs) => Promise<void>,
) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const body = buttonBody.parse(args.body);
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const openModal = (view: ModalView): Promise<unknown> =>
      body.view?.type === 'modal'
        ? args.client.views.push({ trigger_id: body.trigger_id, view })
        : args.client.views.open({ trigger_id: body.trigger_id, view });
    const context = { handler, teamId, userId: body.user.id, actionId: args.action.action_id };
    const inMessage = body.response_url
      ? ephemeralReply({
          respond: args.respond,
          client: args.client,
          channelId: body.channel?.id,
          userId: body.user.id,
          logger: deps.logger,
          context,
        })
      : undefined;
    // English until the clicker is known; their own language from then on.
    let t: Translator = english;
    const reply = (message: Reply): Promise<unknown> =>
      inMessage ? inMessage(message) : openModal(noticeView(t.t('button.noticeTitle'), message.text, t));
    await safely(deps.logger, context, reply, async () => {
      const member = await ensureMember(deps.prisma, { teamId, userId: body.user.id });
      t = translator(languageFor(member.person));
      const parsed = schema.safeParse(args.action.value);
      // A value we never put on a button (missing, not an id) is a stale or forged click, not our failure.
      if (!parsed.success) throw new UserError(t.t('button.stale'));
      const value = parsed.data;
      const now = deps.clock.now();
      const today = todayIn(member.person.timeZone ?? deps.config.defaultTimeZone, now);
      const source =
        body.view?.type === 'modal' && body.view.id
          ? { kind: 'modal' as const, viewId: body.view.id }
          : body.view
            ? { kind: 'home' as const }
            : { kind: 'message' as const };
      await work({ member, value, today, now, t, triggerId: body.trigger_id, openModal, reply, source }, args);
    });
  };
}
