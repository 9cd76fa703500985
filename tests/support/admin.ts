/** The cast of the admin tests, and the settings modal as an admin fills it in. */
import type { StateValues } from '@pathway/fake-slack';
import { SETTINGS_ACTION_ID } from '../../src/blocks/admin.js';
import { ensureWorkspace } from '../../src/services/people.js';
import type { TestApp } from './app-harness.js';

/**
 * A Slack admin and a member the fake Slack knows, and the workspace with its default framework, so a
 * first command opens its modal well within the trigger's 3 s.
 */
export async function seedAdminAndMember(t: TestApp, ids: { admin: string; member: string }): Promise<void> {
  t.fake.setUser({ id: ids.admin, isAdmin: true });
  t.fake.setUser({ id: ids.member });
  await ensureWorkspace(t.db.prisma, t.fake.team.id);
}

/** The fields of the settings modal, as an admin fills them in. */
export interface SettingsForm {
  channel: string | null;
  cadence: string;
  start: string;
  end: string;
  days: string[];
  kinds: string[];
  minGroup: string;
  retention: string;
  conversations?: string;
  mentoring?: boolean;
  crossTeams?: boolean;
  language?: string;
}

/** view.state.values of the settings modal filled in with `form`. */
export function settingsValues(form: SettingsForm): StateValues {
  const text = (value: string) => ({ [SETTINGS_ACTION_ID]: { type: 'plain_text_input', value } });
  const select = (value: string) => ({
    [SETTINGS_ACTION_ID]: {
      type: 'static_select',
      selected_option: { value, text: { type: 'plain_text', text: value } },
    },
  });
  const boxes = (chosen: string[]) => ({
    [SETTINGS_ACTION_ID]: {
      type: 'checkboxes',
      selected_options: chosen.map((value) => ({ value, text: { type: 'plain_text', text: value } })),
    },
  });
  return {
    celebrationChannelId: {
      [SETTINGS_ACTION_ID]: { type: 'conversations_select', selected_conversation: form.channel },
    },
    checkInCadenceDays: text(form.cadence),
    workdayStartHour: select(form.start),
    workdayEndHour: select(form.end),
    workingDays: boxes(form.days),
    nudgeKindsOnByDefault: boxes(form.kinds),
    minReportGroupSize: text(form.minGroup),
    deactivatedRetentionDays: text(form.retention),
    conversationCadenceDays: text(form.conversations ?? '42'),
    mentoringEnabled: boxes(form.mentoring === false ? [] : ['on']),
    mentorSuggestionsCrossTeams: boxes(form.crossTeams === false ? [] : ['on']),
    language: select(form.language ?? 'en'),
  };
}
