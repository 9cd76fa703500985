/**
 * The nudge settings modal's submission: the ticked kinds are on, the others
 * off. Kinds the modal did not show (manager ones, for someone without
 * reports) keep their stored choice.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { NUDGE_KINDS_ACTION, NUDGE_KINDS_BLOCK, settingsSavedReply, shownKinds } from '../../blocks/settings.js';
import { MUTABLE_KINDS, mutableKind } from '../../domain/schedule/kinds.js';
import { ensureMember } from '../../services/people.js';
import { nudgeSettings, saveNudgeSettings } from '../../services/settings.js';
import type { ListenerDeps } from '../deps.js';
import { submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const kindsState = z.object({
  [NUDGE_KINDS_BLOCK]: z.object({
    [NUDGE_KINDS_ACTION]: z.object({
      selected_options: z
        .array(z.object({ value: mutableKind }))
        .nullable()
        .optional(),
    }),
  }),
});

export function nudgeSettingsSubmission(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const context = { handler: 'nudgeSettingsSubmission', teamId: body.team?.id, userId: body.user.id };
    try {
      const parsed = kindsState.safeParse(view.state.values);
      if (!parsed.success) {
        await ack({
          response_action: 'errors',
          errors: { [NUDGE_KINDS_BLOCK]: 'Tick the messages you want from the list, then Save.' },
        });
        return;
      }
      const member = await ensureMember(deps.prisma, {
        teamId: body.team?.id ?? body.user.team_id ?? '',
        userId: body.user.id,
      });
      const ticked = (parsed.data[NUDGE_KINDS_BLOCK][NUDGE_KINDS_ACTION].selected_options ?? []).map(
        (option) => option.value,
      );
      const current = await nudgeSettings(deps.prisma, member.person.id);
      const shown = shownKinds(current);
      const enabled = MUTABLE_KINDS.filter(
        (kind) => ticked.includes(kind) || (!shown.includes(kind) && current.enabled.includes(kind)),
      );
      await saveNudgeSettings(deps.prisma, member.person.id, enabled, deps.clock.now());
      await ack();
      await client.chat.postMessage({ channel: body.user.id, ...settingsSavedReply(enabled) });
    } catch (error) {
      await ack(submissionFailure(deps, context, error, NUDGE_KINDS_BLOCK));
    }
  };
}
