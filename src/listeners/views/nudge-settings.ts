/**
 * The nudge settings modal's submission: the ticked kinds are on, the others
 * off. Kinds the modal did not show (manager ones, for someone without
 * reports) keep their stored choice.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { NUDGE_KINDS_ACTION, NUDGE_KINDS_BLOCK, settingsSavedReply, shownKinds } from '../../blocks/settings.js';
import { languageFor } from '../../domain/language.js';
import { MUTABLE_KINDS, mutableKind } from '../../domain/schedule/kinds.js';
import { english, type Translator, translator } from '../../i18n/index.js';
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
    // English until the person is known; their own language from then on.
    let t: Translator = english;
    try {
      const member = await ensureMember(deps.prisma, {
        teamId: body.team?.id ?? body.user.team_id ?? '',
        userId: body.user.id,
      });
      t = translator(languageFor(member.person));
      const parsed = kindsState.safeParse(view.state.values);
      if (!parsed.success) {
        await ack({ response_action: 'errors', errors: { [NUDGE_KINDS_BLOCK]: t.t('settings.form.tick') } });
        return;
      }
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
      await client.chat.postMessage({ channel: body.user.id, ...settingsSavedReply(enabled, t) });
    } catch (error) {
      await ack(submissionFailure(deps, context, error, NUDGE_KINDS_BLOCK, t));
    }
  };
}
