/**
 * The workspace settings an admin can change, validated with zod. Pure: the
 * modal listener turns the submitted state into `AdminSettingsInput` and
 * maps each problem back to the field it belongs to.
 */
import { z } from 'zod';
import { MAX_CONVERSATION_CADENCE_DAYS, MIN_CONVERSATION_CADENCE_DAYS } from './conversations.js';
import { LANGUAGES } from './language.js';
import { MIN_GROUP_SIZE_FLOOR } from './metrics.js';
import { MUTABLE_KINDS, type MutableKind, mutableKind } from './schedule/kinds.js';

const wholeNumber = (field: string) =>
  z
    .string({ error: `give the ${field}` })
    .trim()
    .regex(/^\d+$/, `give the ${field} as a whole number`)
    .transform(Number);

export const adminSettingsSchema = z
  .object({
    celebrationChannelId: z
      .string()
      .regex(/^[CG][A-Z0-9]{2,}$/, 'pick a channel')
      .nullable(),
    checkInCadenceDays: wholeNumber('check-in cadence in days').pipe(
      z
        .number()
        .min(7, 'check in at most once a week (7 days or more)')
        .max(180, 'check in at least twice a year (180 days or fewer)'),
    ),
    workdayStartHour: wholeNumber('hour the working day starts').pipe(
      z.number().min(0, 'pick an hour from 0 to 23').max(23, 'pick an hour from 0 to 23'),
    ),
    workdayEndHour: wholeNumber('hour the working day ends').pipe(
      z.number().min(1, 'pick an hour from 1 to 24').max(24, 'pick an hour from 1 to 24'),
    ),
    workingDays: z.array(z.coerce.number().int().min(1).max(7)).min(1, 'pick at least one working day'),
    nudgeKindsOnByDefault: z.array(z.string()).pipe(z.array(mutableKind)),
    minReportGroupSize: wholeNumber('minimum group size').pipe(
      z
        .number()
        .min(MIN_GROUP_SIZE_FLOOR, `use ${MIN_GROUP_SIZE_FLOOR} or more, so no one can be singled out`)
        .max(1000, 'use 1000 or fewer'),
    ),
    deactivatedRetentionDays: wholeNumber('number of days').pipe(
      z.number().max(3650, 'keep it at most 3650 days (10 years)'),
    ),
    conversationCadenceDays: wholeNumber('conversation cadence in days').pipe(
      z
        .number()
        .min(
          MIN_CONVERSATION_CADENCE_DAYS,
          `have a conversation at most once a week (${MIN_CONVERSATION_CADENCE_DAYS} days or more)`,
        )
        .max(
          MAX_CONVERSATION_CADENCE_DAYS,
          `have a conversation at least twice a year (${MAX_CONVERSATION_CADENCE_DAYS} days or fewer)`,
        ),
    ),
    mentoringEnabled: z.boolean(),
    /** Whether mentor suggestions may name people of another team (Person.team). */
    mentorSuggestionsCrossTeams: z.boolean(),
    /** Language of channel posts, and of people whose own language Pathway does not speak. */
    language: z.string().pipe(z.enum(LANGUAGES, { error: 'pick a language' })),
  })
  .superRefine((settings, ctx) => {
    if (settings.workdayEndHour <= settings.workdayStartHour) {
      ctx.addIssue({ code: 'custom', path: ['workdayEndHour'], message: 'the working day must end after it starts' });
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
