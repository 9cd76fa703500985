/** Calendar dates (no time of day) as ISO strings, e.g. "2027-03-31". */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** What isoDate says of text that is not an ISO date, in English (a problem template: see problems.ts). */
export const ISO_DATE_PROBLEMS = {
  isoForm: 'write dates as YYYY-MM-DD, for example 2027-03-31',
  notOnCalendar: 'that date does not exist on the calendar',
} as const;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, ISO_DATE_PROBLEMS.isoForm)
  .refine((text) => DateTime.fromISO(text, { zone: 'UTC' }).isValid, ISO_DATE_PROBLEMS.notOnCalendar);

/** Today's date in the given time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return (
    DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? DateTime.fromJSDate(now, { zone: 'UTC' }).toISODate()!
  );
}

/** A calendar date stored in a @db.Date column (midnight UTC). */
export function dateToDb(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function dateFromDb(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date ("2027-03-28"), by integer arithmetic:
 * the planner does date arithmetic tens of times per person, and parsing and
 * printing a Date each time was its largest cost after the database.
 */
export function epochDay(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Days from the civil date (Howard Hinnant's algorithm): March-based years put the leap day last.
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The ISO date of a day number from epochDay. */
export function dateOfEpochDay(days: number): string {
  const date = new Date(days * DAY_MS);
  const year = date.getUTCFullYear();
  // Years 0–9999 only (ISO dates as stored); others, and invalid dates (which throw there), take the full formatter.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** "Mon 31 Mar 2027": unambiguous across locales. */
export function formatDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}

/** The ISO date formatDate wrote as `words` (undefined for other text), so a problem's date can be shown in another language. */
export function dateOfWords(words: string): string | undefined {
  const read = DateTime.fromFormat(words, 'ccc d LLL yyyy', { locale: 'en', zone: 'UTC' });
  return read.isValid ? (read.toISODate() ?? undefined) : undefined;
}
