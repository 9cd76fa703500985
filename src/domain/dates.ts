/** Calendar dates (no time of day) as ISO strings, e.g. "2027-03-31". */
import { DateTime } from 'luxon';
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD, for example 2027-03-31')
  .refine((text) => DateTime.fromISO(text, { zone: 'UTC' }).isValid, 'that date does not exist on the calendar');

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

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToDb(to).getTime() - dateToDb(from).getTime()) / 86_400_000);
}

/** "Mon 31 Mar 2027": unambiguous across locales. */
export function formatDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}
