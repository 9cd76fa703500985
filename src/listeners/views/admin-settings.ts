/**
 * The admin settings modal's submission: validated with zod, problems shown on
 * their fields, otherwise saved with an audit row and confirmed in the modal.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import {
  ADMIN_SETTINGS_CALLBACK_ID,
  adminRefusedView,
  adminSettingsErrors,
  adminSettingsSavedView,
  SETTING_ON,
  SETTINGS_ACTION_ID,
} from '../../blocks/admin.js';
import { type AdminSettingsField, type AdminSettingsInput, checkAdminSettings } from '../../domain/admin-settings.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { updateAdminSettings } from '../../services/admin-settings.js';
import { isAdmin } from '../../services/admins.js';
import { ensureMember } from '../../services/people.js';
import type { ListenerDeps } from '../deps.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const option = z.object({ value: z.string() });
const element = z.object({
  value: z.string().nullish(),
  selected_conversation: z.string().nullish(),
  selected_option: option.nullish(),
  selected_options: z.array(option).nullish(),
});
const stateSchema = z.record(z.string(), z.object({ [SETTINGS_ACTION_ID]: element }));

/** The submitted fields as typed, before validation. */
function inputOf(values: unknown): AdminSettingsInput {
  const state = stateSchema.parse(values);
  const field = (name: AdminSettingsField) => state[name]?.[SETTINGS_ACTION_ID];
  return {
    celebrationChannelId: field('celebrationChannelId')?.selected_conversation ?? null,
    checkInCadenceDays: field('checkInCadenceDays')?.value ?? '',
    workdayStartHour: field('workdayStartHour')?.selected_option?.value ?? '',
    workdayEndHour: field('workdayEndHour')?.selected_option?.value ?? '',
    workingDays: field('workingDays')?.selected_options?.map((selected) => selected.value) ?? [],
    nudgeKindsOnByDefault: field('nudgeKindsOnByDefault')?.selected_options?.map((selected) => selected.value) ?? [],
    minReportGroupSize: field('minReportGroupSize')?.value ?? '',
    deactivatedRetentionDays: field('deactivatedRetentionDays')?.value ?? '',
    conversationCadenceDays: field('conversationCadenceDays')?.value ?? '',
    mentoringEnabled: (field('mentoringEnabled')?.selected_options ?? []).some(
      (selected) => selected.value === SETTING_ON,
    ),
    mentorSuggestionsCrossTeams: (field('mentorSuggestionsCrossTeams')?.selected_options ?? []).some(
      (selected) => selected.value === SETTING_ON,
    ),
    language: field('language')?.selected_option?.value ?? '',
  };
}

export function adminSettingsSubmission(deps: ListenerDeps) {
  return async ({ ack, body, view }: SubmissionArgs): Promise<void> => {
    const teamId = body.team?.id ?? view.team_id;
    const member = await ensureMember(deps.prisma, { teamId, userId: body.user.id });
    const t = translator(languageFor(member.person, member.workspace.language));
    if (!isAdmin(member.person, deps.config)) {
      await ack({
        response_action: 'update',
        view: adminRefusedView(ADMIN_SETTINGS_CALLBACK_ID, t.t('admin.notAdmin'), t),
      });
      return;
    }
    const checked = checkAdminSettings(inputOf(view.state.values));
    if (!checked.ok) {
      await ack({ response_action: 'errors', errors: adminSettingsErrors(checked.errors, t) });
      return;
    }
    const changes = await updateAdminSettings(deps.prisma, member.workspace.id, body.user.id, checked.settings);
    // The admin's own language, not the one just chosen for the workspace (theirs may differ).
    await ack({ response_action: 'update', view: adminSettingsSavedView(changes, t) });
  };
}
