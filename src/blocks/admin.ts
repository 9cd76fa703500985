/**
 * Admin surfaces: the settings modal and its confirmation, the
 * people-import modal with its check, result and DM report, and the admin
 * section of the Home tab.
 */
import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { type AdminSettingsField, NUMBER_FIELD_WORDS, readSettingsProblem } from '../domain/admin-settings.js';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../domain/language.js';
import { type RowProblem, readImportProblem } from '../domain/people-import.js';
import { MUTABLE_KINDS, type MutableKind, mutableKind } from '../domain/schedule/kinds.js';
import { english, type MessageKey, type MessageValues, type Translator } from '../i18n/index.js';
import type { AdminSettingsView, SettingsChange } from '../services/admin-settings.js';
import { type ProblemSource, problemIn } from './problems.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const ADMIN_SETTINGS_CALLBACK_ID = 'admin_settings';
export const PEOPLE_IMPORT_CALLBACK_ID = 'people_import';
export const PEOPLE_IMPORT_CONFIRM_CALLBACK_ID = 'people_import_confirm';
export const PEOPLE_IMPORT_FILE_BLOCK_ID = 'import_file';
export const PEOPLE_IMPORT_FILE_ACTION_ID = 'file';
export const ADMIN_OPEN_SETTINGS_ACTION_ID = 'admin_open_settings';
export const ADMIN_OPEN_IMPORT_ACTION_ID = 'admin_open_import';

/** Each settings field's block id is its name; every input's action id is `value`. */
export const SETTINGS_ACTION_ID = 'value';

const FIELD_LABELS: Record<AdminSettingsField, MessageKey> = {
  celebrationChannelId: 'admin.field.celebrationChannelId',
  checkInCadenceDays: 'admin.field.checkInCadenceDays',
  workdayStartHour: 'admin.field.workdayStartHour',
  workdayEndHour: 'admin.field.workdayEndHour',
  workingDays: 'admin.field.workingDays',
  nudgeKindsOnByDefault: 'admin.field.nudgeKindsOnByDefault',
  minReportGroupSize: 'admin.field.minReportGroupSize',
  deactivatedRetentionDays: 'admin.field.deactivatedRetentionDays',
  conversationCadenceDays: 'admin.field.conversationCadenceDays',
  mentoringEnabled: 'admin.field.mentoringEnabled',
  mentorSuggestionsCrossTeams: 'admin.field.mentorSuggestionsCrossTeams',
  language: 'admin.field.language',
};

const KIND_KEYS: Record<MutableKind, { label: MessageKey; description: MessageKey }> = {
  milestone_nudge: { label: 'admin.kind.milestone_nudge', description: 'admin.kind.milestone_nudge.description' },
  checkin_reminder: { label: 'admin.kind.checkin_reminder', description: 'admin.kind.checkin_reminder.description' },
  manager_reminder: { label: 'admin.kind.manager_reminder', description: 'admin.kind.manager_reminder.description' },
  manager_digest: { label: 'admin.kind.manager_digest', description: 'admin.kind.manager_digest.description' },
  mentor_checkin: { label: 'admin.kind.mentor_checkin', description: 'admin.kind.mentor_checkin.description' },
};

/** The value of a yes/no setting's one checkbox. */
export const SETTING_ON = 'on';

/** An ISO weekday's name in the reader's language ("Monday", "lunes", "Montag"); 1 January 2024 was a Monday. */
function weekdayName(day: number, t: Translator, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(t.language, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

function hourOption(hour: number): PlainTextOption {
  return { text: plain(`${String(hour).padStart(2, '0')}:00`), value: String(hour) };
}

function dayOption(day: number, t: Translator): PlainTextOption {
  return { text: plain(weekdayName(day, t, 'long')), value: String(day) };
}

function kindOption(kind: MutableKind, t: Translator): PlainTextOption {
  return {
    text: plain(t.t(KIND_KEYS[kind].label), LIMITS.optionText),
    value: kind,
    description: plain(t.t(KIND_KEYS[kind].description), LIMITS.optionText),
  };
}

const LANGUAGE_KEYS: Record<Language, MessageKey> = {
  en: 'admin.language.en',
  es: 'admin.language.es',
  de: 'admin.language.de',
};

/** A language by its own name, so anyone finds theirs, and by the reader's name for it unless that is the same. */
function languageName(language: Language, t: Translator): string {
  return language === t.language
    ? LANGUAGE_NAMES[language]
    : `${LANGUAGE_NAMES[language]} (${t.t(LANGUAGE_KEYS[language])})`;
}

function languageOption(language: Language, t: Translator): PlainTextOption {
  return { text: plain(languageName(language, t)), value: language };
}

function textInput(field: AdminSettingsField, value: number, hint: MessageKey, t: Translator): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    label: plain(t.t(FIELD_LABELS[field])),
    element: { type: 'plain_text_input', action_id: SETTINGS_ACTION_ID, initial_value: String(value), max_length: 5 },
    hint: plain(t.t(hint)),
  };
}

/** A yes/no setting: one checkbox, ticked when on. */
const SWITCH_KEYS: Record<'mentoringEnabled' | 'mentorSuggestionsCrossTeams', { label: MessageKey; hint: MessageKey }> =
  {
    mentoringEnabled: { label: 'admin.switch.mentoringEnabled', hint: 'admin.hint.mentoringEnabled' },
    mentorSuggestionsCrossTeams: {
      label: 'admin.switch.mentorSuggestionsCrossTeams',
      hint: 'admin.hint.mentorSuggestionsCrossTeams',
    },
  };

function switchInput(
  field: 'mentoringEnabled' | 'mentorSuggestionsCrossTeams',
  value: boolean,
  t: Translator,
): KnownBlock {
  const on: PlainTextOption = { text: plain(t.t(SWITCH_KEYS[field].label), LIMITS.optionText), value: SETTING_ON };
  return {
    type: 'input',
    block_id: field,
    optional: true,
    label: plain(t.t(FIELD_LABELS[field])),
    element: {
      type: 'checkboxes',
      action_id: SETTINGS_ACTION_ID,
      options: [on],
      ...(value ? { initial_options: [on] } : {}),
    },
    hint: plain(t.t(SWITCH_KEYS[field].hint)),
  };
}

function hourSelect(
  field: 'workdayStartHour' | 'workdayEndHour',
  value: number,
  hours: number[],
  t: Translator,
): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    label: plain(t.t(FIELD_LABELS[field])),
    element: {
      type: 'static_select',
      action_id: SETTINGS_ACTION_ID,
      options: hours.map(hourOption),
      initial_option: hourOption(value),
    },
  };
}

export function adminSettingsModal({ settings, framework }: AdminSettingsView, t: Translator = english): ModalView {
  const frameworkText = framework
    ? t.t('admin.settings.framework', { name: userText(framework.name), version: framework.version })
    : t.t('admin.settings.noFramework');
  const on = MUTABLE_KINDS.filter((kind) => settings.nudgeKindsOnByDefault.includes(kind));
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const day = (number: number) => dayOption(number, t);
  const kind = (name: MutableKind) => kindOption(name, t);
  return {
    type: 'modal',
    callback_id: ADMIN_SETTINGS_CALLBACK_ID,
    title: plain(t.t('admin.settings.title'), LIMITS.modalTitle),
    submit: plain(t.t('admin.save')),
    close: plain(t.t('admin.cancel')),
    blocks: [
      { type: 'section', text: mrkdwn(frameworkText) },
      {
        type: 'input',
        block_id: 'celebrationChannelId',
        optional: true,
        label: plain(t.t(FIELD_LABELS.celebrationChannelId)),
        element: {
          type: 'conversations_select',
          action_id: SETTINGS_ACTION_ID,
          filter: { include: ['public', 'private'], exclude_external_shared_channels: true },
          ...(settings.celebrationChannelId ? { initial_conversation: settings.celebrationChannelId } : {}),
        },
        hint: plain(t.t('admin.hint.celebrationChannelId')),
      },
      textInput('checkInCadenceDays', settings.checkInCadenceDays, 'admin.hint.checkInCadenceDays', t),
      textInput('conversationCadenceDays', settings.conversationCadenceDays, 'admin.hint.conversationCadenceDays', t),
      hourSelect('workdayStartHour', settings.workdayStartHour, hours, t),
      hourSelect(
        'workdayEndHour',
        settings.workdayEndHour,
        hours.map((hour) => hour + 1),
        t,
      ),
      {
        type: 'input',
        block_id: 'workingDays',
        label: plain(t.t(FIELD_LABELS.workingDays)),
        element: {
          type: 'checkboxes',
          action_id: SETTINGS_ACTION_ID,
          options: [1, 2, 3, 4, 5, 6, 7].map(day),
          ...(settings.workingDays.length > 0 ? { initial_options: settings.workingDays.map(day) } : {}),
        },
        hint: plain(t.t('admin.hint.workingDays')),
      },
      {
        type: 'input',
        block_id: 'nudgeKindsOnByDefault',
        optional: true,
        label: plain(t.t(FIELD_LABELS.nudgeKindsOnByDefault)),
        element: {
          type: 'checkboxes',
          action_id: SETTINGS_ACTION_ID,
          options: MUTABLE_KINDS.map(kind),
          ...(on.length > 0 ? { initial_options: on.map(kind) } : {}),
        },
        hint: plain(t.t('admin.hint.nudgeKindsOnByDefault')),
      },
      textInput('minReportGroupSize', settings.minReportGroupSize, 'admin.hint.minReportGroupSize', t),
      textInput(
        'deactivatedRetentionDays',
        settings.deactivatedRetentionDays,
        'admin.hint.deactivatedRetentionDays',
        t,
      ),
      switchInput('mentoringEnabled', settings.mentoringEnabled, t),
      switchInput('mentorSuggestionsCrossTeams', settings.mentorSuggestionsCrossTeams, t),
      {
        type: 'input',
        block_id: 'language',
        label: plain(t.t(FIELD_LABELS.language)),
        element: {
          type: 'static_select',
          action_id: SETTINGS_ACTION_ID,
          options: LANGUAGES.map((language) => languageOption(language, t)),
          initial_option: languageOption(settings.language, t),
        },
        hint: plain(t.t('admin.hint.language')),
      },
    ],
  };
}

function listText(value: unknown, name: (item: unknown) => string | undefined, t: Translator): string {
  if (!Array.isArray(value)) return String(value);
  return value.map((item: unknown) => name(item) ?? String(item)).join(', ') || t.t('admin.value.none');
}

function settingText(field: AdminSettingsField, value: unknown, t: Translator): string {
  if (value === null || value === undefined) return t.t('admin.value.none');
  switch (field) {
    case 'celebrationChannelId':
      return `<#${String(value)}>`;
    case 'mentoringEnabled':
    case 'mentorSuggestionsCrossTeams':
      return value === true ? t.t('admin.value.on') : t.t('admin.value.off');
    case 'language': {
      const language = String(value);
      return isLanguage(language) ? languageName(language, t) : language;
    }
    case 'workdayStartHour':
    case 'workdayEndHour':
      return `${String(value).padStart(2, '0')}:00`;
    case 'workingDays':
      return listText(
        value,
        (day) => (Number(day) >= 1 && Number(day) <= 7 ? weekdayName(Number(day), t, 'short') : undefined),
        t,
      );
    case 'nudgeKindsOnByDefault':
      return listText(
        value,
        (kind) => {
          const known = mutableKind.safeParse(kind);
          return known.success ? t.t(KIND_KEYS[known.data].label) : undefined;
        },
        t,
      );
    default:
      return String(value);
  }
}

/** What the admin sees after saving: the changes, or that nothing changed. */
export function adminSettingsSavedView(changes: SettingsChange[], t: Translator = english): ModalView {
  const lines = changes.map(([field, from, to]) =>
    t.t('admin.saved.change', {
      field: t.t(FIELD_LABELS[field]),
      from: settingText(field, from, t),
      to: settingText(field, to, t),
    }),
  );
  const text = changes.length === 0 ? t.t('admin.saved.nothing') : `${t.t('admin.saved.changes')}\n${lines.join('\n')}`;
  return {
    type: 'modal',
    callback_id: ADMIN_SETTINGS_CALLBACK_ID,
    title: plain(t.t('admin.settings.title'), LIMITS.modalTitle),
    close: plain(t.t('admin.done')),
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      { type: 'context', elements: [mrkdwn(t.t('admin.saved.audit'))] },
    ],
  };
}

/** The settings form's number fields as its problems name them ("give the {field} as a whole number"). */
function fieldWords(words: string, t: Translator): string | undefined {
  const field = (Object.keys(NUMBER_FIELD_WORDS) as Array<keyof typeof NUMBER_FIELD_WORDS>).find(
    (name) => NUMBER_FIELD_WORDS[name] === words,
  );
  return field === undefined ? undefined : t.t(`admin.problem.field.${field}`);
}

const SETTINGS_PROBLEM_SOURCE: ProblemSource = {
  read: readSettingsProblem,
  prefix: 'admin.problem',
  values: (values, t): MessageValues => {
    const field = fieldWords(values.field ?? '', t);
    return field === undefined ? {} : { field };
  },
};

/** The settings form's problems (checkAdminSettings) beside their fields, in the admin's language. */
export function adminSettingsErrors(
  errors: Partial<Record<AdminSettingsField, string>>,
  t: Translator = english,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, problem]) =>
      problem === undefined ? [] : [[field, problemIn(problem, t, [SETTINGS_PROBLEM_SOURCE])]],
    ),
  );
}

/** A modal step refused because the person is not (or no longer) an admin. */
export function adminRefusedView(callbackId: string, message: string, t: Translator = english): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(t.t('admin.refused.title'), LIMITS.modalTitle),
    close: plain(t.t('admin.close')),
    blocks: [{ type: 'section', text: mrkdwn(`:no_entry: ${message}`) }],
  };
}

// ---------------------------------------------------------------------------------------------
// People import
// ---------------------------------------------------------------------------------------------

export function peopleImportModal(t: Translator = english): ModalView {
  return {
    type: 'modal',
    callback_id: PEOPLE_IMPORT_CALLBACK_ID,
    title: plain(t.t('admin.import.title'), LIMITS.modalTitle),
    submit: plain(t.t('admin.import.check')),
    close: plain(t.t('admin.cancel')),
    blocks: [
      {
        type: 'input',
        block_id: PEOPLE_IMPORT_FILE_BLOCK_ID,
        label: plain(t.t('admin.import.fileLabel')),
        element: {
          type: 'file_input',
          action_id: PEOPLE_IMPORT_FILE_ACTION_ID,
          filetypes: ['csv', 'txt'],
          max_files: 1,
        },
      },
      { type: 'context', elements: [mrkdwn(t.t('admin.import.format'))] },
      { type: 'context', elements: [mrkdwn(t.t('admin.import.checkedFirst'))] },
    ],
  };
}

function importModal(
  callbackId: string,
  blocks: KnownBlock[],
  t: Translator,
  extra: Partial<ModalView> = {},
): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(t.t('admin.import.title'), LIMITS.modalTitle),
    close: plain(t.t('admin.close')),
    blocks,
    ...extra,
  };
}

export function peopleImportCheckingView(fileName: string, t: Translator = english): ModalView {
  return importModal(
    PEOPLE_IMPORT_CALLBACK_ID,
    [{ type: 'section', text: mrkdwn(t.t('admin.import.checking', { file: userText(fileName) })) }],
    t,
  );
}

/** Why a file or a row is not imported (domain/people-import.ts), in the admin's language. */
export function importProblemText(problem: string, t: Translator = english): string {
  return problemIn(problem, t, [{ read: readImportProblem, prefix: 'admin.import.reason' }]);
}

/** Lists problems in sections of at most 3000 characters; beyond `maxBlocks` the rest is counted. */
export function problemBlocks(problems: RowProblem[], maxBlocks: number, t: Translator = english): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  let listed = 0;
  for (const problem of problems) {
    const reason = userText(importProblemText(problem.reason, t));
    const line = `${t.t('admin.import.problem', { line: problem.line, reason })}\n`;
    if (current.length + line.length > LIMITS.sectionText - 100) {
      if (blocks.length + 1 >= maxBlocks) break;
      blocks.push({ type: 'section', text: mrkdwn(current) });
      current = '';
    }
    current += truncate(line, LIMITS.sectionText - 100);
    listed++;
  }
  if (current !== '') blocks.push({ type: 'section', text: mrkdwn(current) });
  if (listed < problems.length)
    blocks.push({ type: 'context', elements: [mrkdwn(t.t('admin.import.more', { count: problems.length - listed }))] });
  return blocks;
}

export interface ImportSummary {
  fileName: string;
  rows: number;
  accepted: number;
  skipped: RowProblem[];
}

function summaryText(summary: ImportSummary, done: boolean, t: Translator): string {
  const values = {
    file: userText(summary.fileName),
    rows: summary.rows,
    accepted: summary.accepted,
    skipped: summary.skipped.length,
  };
  return done ? t.t('admin.import.summaryWere', values) : t.t('admin.import.summaryWillBe', values);
}

/** The check's outcome, with a confirm button when there is something to import. */
export function peopleImportPreviewView(
  summary: ImportSummary,
  privateMetadata: string,
  t: Translator = english,
): ModalView {
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(summaryText(summary, false, t)) }];
  if (summary.skipped.length > 0) {
    blocks.push(
      { type: 'section', text: mrkdwn(t.t('admin.import.skippedHeader')) },
      ...problemBlocks(summary.skipped, LIMITS.viewBlocks - 5, t),
    );
  }
  blocks.push({
    type: 'context',
    elements: [mrkdwn(summary.accepted > 0 ? t.t('admin.import.nothingYet') : t.t('admin.import.nothingToImport'))],
  });
  return importModal(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, blocks, t, {
    private_metadata: privateMetadata,
    ...(summary.accepted > 0 ? { submit: plain(t.t('admin.import.submit', { count: summary.accepted })) } : {}),
  });
}

export function peopleImportFailedView(message: string, t: Translator = english): ModalView {
  return importModal(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, [{ type: 'section', text: mrkdwn(`:warning: ${message}`) }], t);
}

export function peopleImportDoneView(summary: ImportSummary, t: Translator = english): ModalView {
  return importModal(
    PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
    [
      { type: 'section', text: mrkdwn(`:white_check_mark: ${summaryText(summary, true, t)}`) },
      { type: 'context', elements: [mrkdwn(t.t('admin.import.reportInDm'))] },
    ],
    t,
  );
}

/** The DM report after an import. */
export function peopleImportReport(
  summary: ImportSummary,
  t: Translator = english,
): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`${t.t('admin.import.reportDone')} ${summaryText(summary, true, t)}`) },
  ];
  if (summary.skipped.length > 0)
    blocks.push(
      { type: 'section', text: mrkdwn(t.t('admin.import.skippedHeader')) },
      ...problemBlocks(summary.skipped, LIMITS.messageBlocks - 3, t),
    );
  return {
    text: t.t('admin.import.reportText', { accepted: summary.accepted, skipped: summary.skipped.length }),
    blocks,
  };
}

// ---------------------------------------------------------------------------------------------
// Home tab
// ---------------------------------------------------------------------------------------------

/** The admin-only part of the Home tab. */
export function adminHomeBlocks(t: Translator = english): KnownBlock[] {
  return [
    { type: 'header', text: plain(t.t('admin.home.header'), LIMITS.headerText) },
    { type: 'section', text: mrkdwn(t.t('admin.home.intro')) },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ADMIN_OPEN_SETTINGS_ACTION_ID,
          text: plain(t.t('admin.home.settings'), LIMITS.buttonText),
          accessibility_label: t.t('admin.home.settingsLabel'),
        },
        {
          type: 'button',
          action_id: ADMIN_OPEN_IMPORT_ACTION_ID,
          text: plain(t.t('admin.import.title'), LIMITS.buttonText),
          accessibility_label: t.t('admin.home.importLabel'),
        },
      ],
    },
  ];
}
