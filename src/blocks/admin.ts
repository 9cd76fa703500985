/**
 * Admin surfaces of issue 8: the settings modal and its confirmation, the
 * people-import modal with its check, result and DM report, and the admin
 * section of the Home tab.
 */
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { AdminSettingsField } from '../domain/admin-settings.js';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../domain/language.js';
import { IMPORT_FORMAT_HELP, type RowProblem } from '../domain/people-import.js';
import { KIND_LABELS, MUTABLE_KINDS, mutableKind } from '../domain/schedule/kinds.js';
import type { AdminSettingsView, SettingsChange } from '../services/admin-settings.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';
import { namedLabel } from './text.js';

export const ADMIN_SETTINGS_CALLBACK_ID = 'admin_settings';
export const PEOPLE_IMPORT_CALLBACK_ID = 'people_import';
export const PEOPLE_IMPORT_CONFIRM_CALLBACK_ID = 'people_import_confirm';
export const PEOPLE_IMPORT_FILE_BLOCK_ID = 'import_file';
export const PEOPLE_IMPORT_FILE_ACTION_ID = 'file';
export const ADMIN_OPEN_SETTINGS_ACTION_ID = 'admin_open_settings';
export const ADMIN_OPEN_IMPORT_ACTION_ID = 'admin_open_import';

/** Each settings field's block id is its name; every input's action id is `value`. */
export const SETTINGS_ACTION_ID = 'value';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const FIELD_LABELS: Record<AdminSettingsField, string> = {
  celebrationChannelId: 'Celebration channel',
  checkInCadenceDays: 'Days between check-ins',
  workdayStartHour: 'Working day starts at',
  workdayEndHour: 'Working day ends at',
  workingDays: 'Working days',
  nudgeKindsOnByDefault: 'Reminders on by default',
  minReportGroupSize: 'Minimum group size for reports',
  deactivatedRetentionDays: 'Keep a deactivated person’s data for (days)',
  conversationCadenceDays: 'Development conversation cadence (days)',
  mentoringEnabled: 'Mentoring',
  mentorSuggestionsCrossTeams: 'Mentor suggestions across teams',
  language: 'Workspace language',
};

/** The value of a yes/no setting's one checkbox. */
export const SETTING_ON = 'on';

function hourOption(hour: number): PlainTextOption {
  return { text: plain(`${String(hour).padStart(2, '0')}:00`), value: String(hour) };
}

function dayOption(day: number): PlainTextOption {
  return { text: plain(WEEKDAYS[day - 1]!), value: String(day) };
}

function kindOption(kind: (typeof MUTABLE_KINDS)[number]): PlainTextOption {
  return { text: plain(KIND_LABELS[kind].label, LIMITS.optionText), value: kind, description: plain(KIND_LABELS[kind].description, LIMITS.optionText) };
}

function textInput(field: AdminSettingsField, value: number, hint: string): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    label: plain(FIELD_LABELS[field]),
    element: { type: 'plain_text_input', action_id: SETTINGS_ACTION_ID, initial_value: String(value), max_length: 5 },
    hint: plain(hint),
  };
}

/** A yes/no setting: one checkbox, ticked when on. */
function switchInput(field: 'mentoringEnabled' | 'mentorSuggestionsCrossTeams', value: boolean, label: string, hint: string): KnownBlock {
  const on: PlainTextOption = { text: plain(label, LIMITS.optionText), value: SETTING_ON };
  return {
    type: 'input',
    block_id: field,
    optional: true,
    label: plain(FIELD_LABELS[field]),
    element: { type: 'checkboxes', action_id: SETTINGS_ACTION_ID, options: [on], ...(value ? { initial_options: [on] } : {}) },
    hint: plain(hint),
  };
}

function languageOption(language: Language): PlainTextOption {
  return { text: plain(LANGUAGE_NAMES[language]), value: language };
}

function hourSelect(field: 'workdayStartHour' | 'workdayEndHour', value: number, hours: number[]): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    label: plain(FIELD_LABELS[field]),
    element: { type: 'static_select', action_id: SETTINGS_ACTION_ID, options: hours.map(hourOption), initial_option: hourOption(value) },
  };
}

export function adminSettingsModal({ settings, framework }: AdminSettingsView): ModalView {
  const frameworkText = framework
    ? `*Active framework:* ${userText(framework.name)}, version ${framework.version}. To load a new one, type \`/pathway admin framework\`.`
    : '*Active framework:* none yet. Type `/pathway admin framework` to load one.';
  const on = MUTABLE_KINDS.filter((kind) => settings.nudgeKindsOnByDefault.includes(kind));
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  return {
    type: 'modal',
    callback_id: ADMIN_SETTINGS_CALLBACK_ID,
    title: plain('Pathway settings', LIMITS.modalTitle),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks: [
      { type: 'section', text: mrkdwn(frameworkText) },
      {
        type: 'input',
        block_id: 'celebrationChannelId',
        optional: true,
        label: plain(FIELD_LABELS.celebrationChannelId),
        element: {
          type: 'conversations_select',
          action_id: SETTINGS_ACTION_ID,
          filter: { include: ['public', 'private'], exclude_external_shared_channels: true },
          ...(settings.celebrationChannelId ? { initial_conversation: settings.celebrationChannelId } : {}),
        },
        hint: plain('Where wins are celebrated when people opt in. Leave empty for no workspace-wide channel.'),
      },
      textInput('checkInCadenceDays', settings.checkInCadenceDays, 'How often people are reminded to check their readiness: 7 to 180 days.'),
      textInput(
        'conversationCadenceDays',
        settings.conversationCadenceDays,
        'After this many days without a development conversation (none planned), the person and their manager are invited to plan one, and the manager’s digest lists them: 7 to 180 days.',
      ),
      hourSelect('workdayStartHour', settings.workdayStartHour, hours),
      hourSelect('workdayEndHour', settings.workdayEndHour, hours.map((hour) => hour + 1)),
      {
        type: 'input',
        block_id: 'workingDays',
        label: plain(FIELD_LABELS.workingDays),
        element: {
          type: 'checkboxes',
          action_id: SETTINGS_ACTION_ID,
          options: [1, 2, 3, 4, 5, 6, 7].map(dayOption),
          ...(settings.workingDays.length > 0 ? { initial_options: settings.workingDays.map(dayOption) } : {}),
        },
        hint: plain('Reminders arrive only on these days, within the hours above, in each person’s own time zone.'),
      },
      {
        type: 'input',
        block_id: 'nudgeKindsOnByDefault',
        optional: true,
        label: plain(FIELD_LABELS.nudgeKindsOnByDefault),
        element: {
          type: 'checkboxes',
          action_id: SETTINGS_ACTION_ID,
          options: MUTABLE_KINDS.map(kindOption),
          ...(on.length > 0 ? { initial_options: on.map(kindOption) } : {}),
        },
        hint: plain('For people who have not chosen in their own settings.'),
      },
      textInput('minReportGroupSize', settings.minReportGroupSize, 'Report figures over fewer people are hidden, so no one can be singled out: 3 or more.'),
      textInput('deactivatedRetentionDays', settings.deactivatedRetentionDays, 'After Slack deactivates someone, their Pathway data is erased after this many days (0: at the next daily run).'),
      switchInput('mentoringEnabled', settings.mentoringEnabled, 'Mentoring is on', 'People can offer to mentor, get mentor suggestions for their goal role and ask. Off: no suggestions, requests or “did you meet?” questions; current mentorships can still be ended.'),
      switchInput(
        'mentorSuggestionsCrossTeams',
        settings.mentorSuggestionsCrossTeams,
        'Suggestions may cross teams',
        'Off: people are suggested mentors from their own team only (the team in their Pathway profile).',
      ),
      {
        type: 'input',
        block_id: 'language',
        label: plain(FIELD_LABELS.language),
        element: { type: 'static_select', action_id: SETTINGS_ACTION_ID, options: LANGUAGES.map(languageOption), initial_option: languageOption(settings.language) },
        hint: plain('The language of channel posts, and of people whose own language Pathway does not speak (anyone can choose theirs with /pathway language).'),
      },
    ],
  };
}

function listText(value: unknown, name: (item: unknown) => string | undefined): string {
  if (!Array.isArray(value)) return String(value);
  return value.map((item: unknown) => name(item) ?? String(item)).join(', ') || 'none';
}

function settingText(field: AdminSettingsField, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  switch (field) {
    case 'celebrationChannelId':
      return `<#${String(value)}>`;
    case 'mentoringEnabled':
    case 'mentorSuggestionsCrossTeams':
      return value === true ? 'on' : 'off';
    case 'language':
      {
      const language = String(value);
      return isLanguage(language) ? LANGUAGE_NAMES[language] : language;
    }
    case 'workdayStartHour':
    case 'workdayEndHour':
      return `${String(value).padStart(2, '0')}:00`;
    case 'workingDays':
      return listText(value, (day) => WEEKDAYS[Number(day) - 1]?.slice(0, 3));
    case 'nudgeKindsOnByDefault':
      return listText(value, (kind) => {
        const known = mutableKind.safeParse(kind);
        return known.success ? KIND_LABELS[known.data].label : undefined;
      });
    default:
      return String(value);
  }
}

/** What the admin sees after saving: the changes, or that nothing changed. */
export function adminSettingsSavedView(changes: SettingsChange[]): ModalView {
  const lines = changes.map(([field, from, to]) => `• *${FIELD_LABELS[field]}:* ${settingText(field, from)} → ${settingText(field, to)}`);
  const text = changes.length === 0 ? 'Nothing changed: the settings are as they were.' : `:white_check_mark: Saved. What changed:\n${lines.join('\n')}`;
  return {
    type: 'modal',
    callback_id: ADMIN_SETTINGS_CALLBACK_ID,
    title: plain('Pathway settings', LIMITS.modalTitle),
    close: plain('Done'),
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      { type: 'context', elements: [mrkdwn('The change is recorded in the audit log with your name.')] },
    ],
  };
}

/** A modal step refused because the person is not (or no longer) an admin. */
export function adminRefusedView(callbackId: string, message: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain('Pathway admin', LIMITS.modalTitle),
    close: plain('Close'),
    blocks: [{ type: 'section', text: mrkdwn(`:no_entry: ${message}`) }],
  };
}

// ---------------------------------------------------------------------------------------------
// People import
// ---------------------------------------------------------------------------------------------

export function peopleImportModal(): ModalView {
  return {
    type: 'modal',
    callback_id: PEOPLE_IMPORT_CALLBACK_ID,
    title: plain('Import people', LIMITS.modalTitle),
    submit: plain('Check the file'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: PEOPLE_IMPORT_FILE_BLOCK_ID,
        label: plain('CSV file'),
        element: { type: 'file_input', action_id: PEOPLE_IMPORT_FILE_ACTION_ID, filetypes: ['csv', 'txt'], max_files: 1 },
      },
      { type: 'context', elements: [mrkdwn(`Send ${IMPORT_FORMAT_HELP}. Example row: \`U012AB3CD,manager@example.com,senior-instructional-designer,Learning\``)] },
      { type: 'context', elements: [mrkdwn('The file is checked first and nothing changes until you confirm.')] },
    ],
  };
}

function importModal(callbackId: string, blocks: KnownBlock[], extra: Partial<ModalView> = {}): ModalView {
  return { type: 'modal', callback_id: callbackId, title: plain('Import people', LIMITS.modalTitle), close: plain('Close'), blocks, ...extra };
}

export function peopleImportCheckingView(fileName: string): ModalView {
  return importModal(PEOPLE_IMPORT_CALLBACK_ID, [{ type: 'section', text: mrkdwn(`:hourglass_flowing_sand: Checking ${userText(fileName)} row by row…`) }]);
}

/** Lists problems in sections of at most 3000 characters; beyond `maxBlocks` the rest is counted. */
export function problemBlocks(problems: RowProblem[], maxBlocks: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  let listed = 0;
  for (const problem of problems) {
    const line = `• line ${problem.line}: ${userText(problem.reason)}\n`;
    if (current.length + line.length > LIMITS.sectionText - 100) {
      if (blocks.length + 1 >= maxBlocks) break;
      blocks.push({ type: 'section', text: mrkdwn(current) });
      current = '';
    }
    current += truncate(line, LIMITS.sectionText - 100);
    listed++;
  }
  if (current !== '') blocks.push({ type: 'section', text: mrkdwn(current) });
  if (listed < problems.length) blocks.push({ type: 'context', elements: [mrkdwn(`…and ${problems.length - listed} more.`)] });
  return blocks;
}

export interface ImportSummary {
  fileName: string;
  rows: number;
  accepted: number;
  skipped: RowProblem[];
}

function summaryText(summary: ImportSummary, verb: 'will be' | 'were'): string {
  return `*${userText(summary.fileName)}*: ${summary.rows} rows. ${summary.accepted} ${summary.accepted === 1 ? 'person' : 'people'} ${verb} imported, ${summary.skipped.length} ${summary.skipped.length === 1 ? 'row' : 'rows'} skipped.`;
}

/** The check's outcome, with a confirm button when there is something to import. */
export function peopleImportPreviewView(summary: ImportSummary, privateMetadata: string): ModalView {
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(summaryText(summary, 'will be')) }];
  if (summary.skipped.length > 0) {
    blocks.push({ type: 'section', text: mrkdwn('*Skipped, and why:*') }, ...problemBlocks(summary.skipped, LIMITS.viewBlocks - 5));
  }
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(summary.accepted > 0 ? 'Nothing has changed yet. Import writes every row above in one go, or none if anything fails.' : 'There is nothing to import: fix the file and try again.'),
    ],
  });
  return importModal(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, blocks, {
    private_metadata: privateMetadata,
    ...(summary.accepted > 0 ? { submit: plain(`Import ${summary.accepted}`) } : {}),
  });
}

export function peopleImportFailedView(message: string): ModalView {
  return importModal(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, [{ type: 'section', text: mrkdwn(`:warning: ${message}`) }]);
}

export function peopleImportDoneView(summary: ImportSummary): ModalView {
  return importModal(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, [
    { type: 'section', text: mrkdwn(`:white_check_mark: ${summaryText(summary, 'were')}`) },
    { type: 'context', elements: [mrkdwn('A report with every skipped row is in your DM with Pathway.')] },
  ]);
}

/** The DM report after an import. */
export function peopleImportReport(summary: ImportSummary): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`:busts_in_silhouette: People import done. ${summaryText(summary, 'were')}`) }];
  if (summary.skipped.length > 0) blocks.push({ type: 'section', text: mrkdwn('*Skipped, and why:*') }, ...problemBlocks(summary.skipped, LIMITS.messageBlocks - 3));
  return { text: `People import: ${summary.accepted} imported, ${summary.skipped.length} skipped`, blocks };
}

// ---------------------------------------------------------------------------------------------
// Home tab
// ---------------------------------------------------------------------------------------------

/** The admin-only part of the Home tab. */
export function adminHomeBlocks(): KnownBlock[] {
  return [
    { type: 'header', text: plain('Admin', LIMITS.headerText) },
    {
      type: 'section',
      text: mrkdwn('You are a Pathway admin. Type `/pathway report` for progression figures, `/pathway admin framework` to load a framework.'),
    },
    {
      type: 'actions',
      elements: [
        { type: 'button', action_id: ADMIN_OPEN_SETTINGS_ACTION_ID, text: plain('Settings', LIMITS.buttonText), accessibility_label: 'Open the workspace settings of Pathway' },
        { type: 'button', action_id: ADMIN_OPEN_IMPORT_ACTION_ID, text: plain('Import people', LIMITS.buttonText), accessibility_label: 'Import people and manager links' },
      ],
    },
  ];
}
