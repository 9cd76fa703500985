/**
 * The workspace settings an admin can change, validated with zod. Pure: the
 * modal listener turns the submitted state into `AdminSettingsInput` and
 * maps each problem back to the field it belongs to.
 */
import { z } from 'zod';
import { MAX_CONVERSATION_CADENCE_DAYS, MIN_CONVERSATION_CADENCE_DAYS } from './conversations.js';
import { LANGUAGES } from './language.js';
import { MIN_GROUP_SIZE_FLOOR } from './metrics.js';
import { fillProblem, problemReader } from './problems.js';
import { MUTABLE_KINDS, type MutableKind } from './schedule/kinds.js';

/** The number fields, as the problems name them. */
export const NUMBER_FIELD_WORDS = {
  checkInCadenceDays: 'check-in cadence in days',
  workdayStartHour: 'hour the working day starts',
  workdayEndHour: 'hour the working day ends',
  minReportGroupSize: 'minimum group size',
  deactivatedRetentionDays: 'number of days',
  conversationCadenceDays: 'conversation cadence in days',
} as const;
type NumberField = keyof typeof NUMBER_FIELD_WORDS;

/**
 * The form's problems in English, by code; blocks/admin.ts reads them back (readSettingsProblem) and
 * writes them in the admin's language. `{field}` is one of NUMBER_FIELD_WORDS.
 */
export const SETTINGS_PROBLEMS = {
  channel: 'pick a channel',
  // Before `missing`, which its words start with.
  wholeNumber: 'give the {field} as a whole number',
  missing: 'give the {field}',
  checkInAtMostWeekly: 'check in at most once a week (7 days or more)',
  checkInAtLeastTwiceYearly: 'check in at least twice a year (180 days or fewer)',
  startHour: 'pick an hour from 0 to 23',
  endHour: 'pick an hour from 1 to 24',
  workingDay: 'pick at least one working day',
  workingDayFromList: 'pick working days from the list',
  reminderFromList: 'pick reminders from the list',
  groupSizeFloor: 'use {min} or more, so no one can be singled out',
  groupSizeCeiling: 'use 1000 or fewer',
  retentionCeiling: 'keep it at most 3650 days (10 years)',
  conversationAtMostWeekly: 'have a conversation at most once a week ({min} days or more)',
  conversationAtLeastTwiceYearly: 'have a conversation at least twice a year ({max} days or fewer)',
  language: 'pick a language',
  endAfterStart: 'the working day must end after it starts',
} as const;

export const readSettingsProblem = problemReader(SETTINGS_PROBLEMS);

const wholeNumber = (field: NumberField) =>
  z
    .string({ error: fillProblem(SETTINGS_PROBLEMS.missing, { field: NUMBER_FIELD_WORDS[field] }) })
    .trim()
    .regex(/^\d+$/, fillProblem(SETTINGS_PROBLEMS.wholeNumber, { field: NUMBER_FIELD_WORDS[field] }))
    .transform(Number);

export const adminSettingsSchema = z
  .object({
    celebrationChannelId: z
      .string()
      .regex(/^[CG][A-Z0-9]{2,}$/, SETTINGS_PROBLEMS.channel)
      .nullable(),
    checkInCadenceDays: wholeNumber('checkInCadenceDays').pipe(
      z.number().min(7, SETTINGS_PROBLEMS.checkInAtMostWeekly).max(180, SETTINGS_PROBLEMS.checkInAtLeastTwiceYearly),
    ),
    workdayStartHour: wholeNumber('workdayStartHour').pipe(
      z.number().min(0, SETTINGS_PROBLEMS.startHour).max(23, SETTINGS_PROBLEMS.startHour),
    ),
    workdayEndHour: wholeNumber('workdayEndHour').pipe(
      z.number().min(1, SETTINGS_PROBLEMS.endHour).max(24, SETTINGS_PROBLEMS.endHour),
    ),
    workingDays: z
      .array(
        z.coerce
          .number({ error: SETTINGS_PROBLEMS.workingDayFromList })
          .int(SETTINGS_PROBLEMS.workingDayFromList)
          .min(1, SETTINGS_PROBLEMS.workingDayFromList)
          .max(7, SETTINGS_PROBLEMS.workingDayFromList),
      )
      .min(1, SETTINGS_PROBLEMS.workingDay),
    nudgeKindsOnByDefault: z
      .array(z.string())
      .pipe(z.array(z.enum(MUTABLE_KINDS, { error: SETTINGS_PROBLEMS.reminderFromList }))),
    minReportGroupSize: wholeNumber('minReportGroupSize').pipe(
      z
        .number()
        .min(MIN_GROUP_SIZE_FLOOR, fillProblem(SETTINGS_PROBLEMS.groupSizeFloor, { min: MIN_GROUP_SIZE_FLOOR }))
        .max(1000, SETTINGS_PROBLEMS.groupSizeCeiling),
    ),
    deactivatedRetentionDays: wholeNumber('deactivatedRetentionDays').pipe(
      z.number().max(3650, SETTINGS_PROBLEMS.retentionCeiling),
    ),
    conversationCadenceDays: wholeNumber('conversationCadenceDays').pipe(
      z
        .number()
        .min(
          MIN_CONVERSATION_CADENCE_DAYS,
          fillProblem(SETTINGS_PROBLEMS.conversationAtMostWeekly, { min: MIN_CONVERSATION_CADENCE_DAYS }),
        )
        .max(
          MAX_CONVERSATION_CADENCE_DAYS,
          fillProblem(SETTINGS_PROBLEMS.conversationAtLeastTwiceYearly, { max: MAX_CONVERSATION_CADENCE_DAYS }),
        ),
    ),
    mentoringEnabled: z.boolean(),
    /** Whether mentor suggestions may name people of another team (Person.team). */
    mentorSuggestionsCrossTeams: z.boolean(),
    /** Language of channel posts, and of people whose own language Pathway does not speak. */
    language: z.string().pipe(z.enum(LANGUAGES, { error: SETTINGS_PROBLEMS.language })),
  })
  .superRefine((settings, ctx) => {
    if (settings.workdayEndHour <= settings.workdayStartHour) {
      ctx.addIssue({ code: 'custom', path: ['workdayEndHour'], message: SETTINGS_PROBLEMS.endAfterStart });
    }
  });

/** What a submitted form holds before validation (text fields as typed). */
export type AdminSettingsInput = z.input<typeof adminSettingsSchema>;
export type AdminSettings = z.output<typeof adminSettingsSchema>;
export type AdminSettingsField = keyof AdminSettings;
export const ADMIN_SETTINGS_FIELDS = adminSettingsSchema.keyof().options;

export type SettingsCheck =
  | { ok: true; settings: AdminSettings }
  | { ok: false; errors: Partial<Record<AdminSettingsField, string>> };

export function checkAdminSettings(input: AdminSettingsInput): SettingsCheck {
  const parsed = adminSettingsSchema.safeParse(input);
  if (parsed.success)
    return {
      ok: true,
      settings: { ...parsed.data, workingDays: [...new Set(parsed.data.workingDays)].sort((a, b) => a - b) },
    };
  const errors: Partial<Record<AdminSettingsField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = ADMIN_SETTINGS_FIELDS.find((name) => name === issue.path[0]);
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** Stored as the kinds that are off, so a kind added later is on until an admin turns it off. */
export function kindsOff(on: readonly string[]): MutableKind[] {
  return MUTABLE_KINDS.filter((kind) => !on.includes(kind));
}

export function kindsOn(off: readonly string[]): MutableKind[] {
  return MUTABLE_KINDS.filter((kind) => !off.includes(kind));
}

/** The fields whose value changed, as [field, before, after], for the audit log and the confirmation. */
export function changedSettings(
  before: AdminSettings,
  after: AdminSettings,
): Array<[AdminSettingsField, unknown, unknown]> {
  return ADMIN_SETTINGS_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map(
    (field) => [field, before[field], after[field]],
  );
}
