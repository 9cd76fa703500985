/**
 * Local-time arithmetic for deliveries: a message goes out inside the
 * recipient's working hours on a working day, in their own IANA zone. Luxon
 * does the calendar work; skipped hours (spring forward) move to the first
 * real instant after them and repeated hours (fall back) open once, at their
 * first occurrence.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { dateOfEpochDay, epochDay } from '../dates.js';

/**
 * Results of the zone arithmetic below, which luxon computes through Intl
 * (slow): the planner asks the same questions for thousands of people who
 * share a zone, a day and the tick's instant. Pure inputs, so caching is safe.
 */
const memo = new Map<string, string | number>();
const MEMO_LIMIT = 50_000;

function remember<T extends string | number>(key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known as T;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export const workingHoursSchema = z
  .object({
    startHour: z.number().int().min(0).max(23),
    endHour: z.number().int().min(1).max(24),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    workingDays: z.array(z.number().int().min(1).max(7)).min(1),
  })
  .refine((hours) => hours.startHour < hours.endHour, 'the working day must end after it starts');
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const DEFAULT_WORKING_HOURS: WorkingHours = { startHour: 9, endHour: 17, workingDays: [1, 2, 3, 4, 5] };

/** The workspace's hours when they are valid, otherwise the default (never "no working day at all"). */
export function workingHoursOrDefault(candidate: unknown): WorkingHours {
  const parsed = workingHoursSchema.safeParse(candidate);
  return parsed.success ? parsed.data : DEFAULT_WORKING_HOURS;
}

/** Whether `zone` is an IANA zone luxon can use. */
export function isValidZone(zone: string | null | undefined): zone is string {
  return (
    typeof zone === 'string' &&
    zone !== '' &&
    remember(`z|${zone}`, () => (DateTime.local({ zone }).isValid ? 1 : 0)) === 1
  );
}

/** The person's zone, or the fallback when Slack has not told us (or told us nonsense). */
export function zoneOrFallback(zone: string | null | undefined, fallback: string): string {
  return isValidZone(zone) ? zone : fallback;
}

const DAY_MS = 86_400_000;

/** A zone's UTC offset in minutes at an instant (asked at UTC midnights only, so few distinct questions). */
function offsetAt(ms: number, zone: string): number {
  return remember(`o|${zone}|${ms}`, () => DateTime.fromMillis(ms, { zone }).offset);
}

/**
 * The local calendar date ("2027-03-28") of an instant in a zone. The planner
 * asks it of every pathway start and check-in, instants that never repeat, so
 * it is worked out from the zone's offset, which is looked up (and memoised)
 * per zone and UTC day: when the offset is the same at both ends of the day,
 * no change of offset falls inside it (they are months apart), and only days
 * with a change go to luxon instant by instant.
 */
export function localDate(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const offset = offsetAt(dayStart, zone);
  if (Number.isNaN(ms) || offset !== offsetAt(dayStart + DAY_MS, zone))
    return DateTime.fromJSDate(instant, { zone }).toISODate()!;
  return dateOfEpochDay(Math.floor((ms + offset * 60_000) / DAY_MS));
}

/**
 * The instant a local wall-clock hour begins on a local date. A skipped hour
 * (spring forward) moves past the gap; a repeated hour (fall back) begins at
 * its first occurrence (luxon alone picks the second).
 */
export function localInstant(date: string, hour: number, zone: string): Date {
  const day = DateTime.fromISO(date, { zone });
  if (hour === 24) return day.plus({ days: 1 }).startOf('day').toJSDate();
  const instant = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour }, { zone });
  const hourEarlier = instant.minus({ hours: 1 });
  const repeated =
    hourEarlier.offset !== instant.offset && hourEarlier.hour === instant.hour && hourEarlier.day === instant.day;
  return (repeated ? hourEarlier : instant).toJSDate();
}

/** The instant a local date begins in a zone (memoised: the planner asks it for many people at once). */
export function localMidnight(date: string, zone: string): Date {
  return new Date(remember(`m|${date}|${zone}`, () => localInstant(date, 0, zone).getTime()));
}

/**
 * The first instant at or after `earliest` that falls inside working hours on
 * a working day in `zone`.
 */
export function nextDeliveryInstant(earliest: Date, zone: string, hours: WorkingHours): Date {
  const start = DateTime.fromJSDate(earliest, { zone });
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = start.startOf('day').plus({ days: offset });
    if (!hours.workingDays.includes(day.weekday)) continue;
    const date = day.toISODate()!;
    const opens = localInstant(date, hours.startHour, zone);
    const closes = localInstant(date, hours.endHour, zone);
    if (earliest < closes) return earliest > opens ? earliest : opens;
  }
  // Unreachable with at least one working day; keep the promise of "never earlier than asked".
  return earliest;
}

/** When a message meant for a local date should go out: that day's (or the next) working hours, never before `now`. */
export function deliveryFor(date: string, now: Date, zone: string, hours: WorkingHours): Date {
  const key = `w|${date}|${now.getTime()}|${zone}|${hours.startHour}|${hours.endHour}|${hours.workingDays.join(',')}`;
  return new Date(
    remember(key, () => {
      const dayStart = localInstant(date, 0, zone);
      return nextDeliveryInstant(dayStart > now ? dayStart : now, zone, hours).getTime();
    }),
  );
}

/** Adds whole calendar days to an ISO date. */
export function addDays(date: string, days: number): string {
  return dateOfEpochDay(epochDay(date) + days);
}

/** ISO week of a date, e.g. "2027-W02", and its weekday (1 = Monday). */
export function isoWeekOf(date: string): { week: string; weekday: number } {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  return { week: `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`, weekday: day.weekday };
}
