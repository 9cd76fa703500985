/**
 * Dates as people type them: `next friday`, `in 3 weeks`, `31 March`, `31/03/2027`,
 * `2027-03-31`. Pure: the person's today (a calendar date in their own time zone) and
 * whether they write the day first come in; an ISO calendar date or the sentence saying
 * which part could not be read comes out.
 *
 * chrono-node reads the phrases. It runs against noon UTC of the person's today with a
 * zero offset and only its calendar fields are read, so time zones and daylight-saving
 * changes cannot move a date by a day (the person's today already accounts for them).
 * Numeric and ISO dates are read here, so a date that does not exist is named as such
 * instead of being rolled over into the next month.
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { formatDate } from './dates.js';
import { fillProblem, problemReader } from './problems.js';

export interface DateContext {
  /** The person's today (YYYY-MM-DD); without it only dates with a year can be read. */
  today?: string | undefined;
  /** 31/03 rather than 03/31; true unless the person's locale writes the month first. */
  dayFirst?: boolean | undefined;
}

export type DatePhraseResult = { ok: true; date: string } | { ok: false; problem: string };

/**
 * Whether a Slack locale (`en-GB`, `en-US`, `es-LA`…) writes the day before the month,
 * read from how Intl formats a date there. Day first when unknown or unreadable: most
 * of the world writes 3/4 for 3 April.
 */
export function writesDayFirst(locale: string | null | undefined): boolean {
  if (!locale) return true;
  try {
    const tag = locale.replace('_', '-');
    // An unknown tag would silently take the runtime's own locale instead.
    if (Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) return true;
    const parts = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2027, 3, 3)));
    const order = parts.map((part) => part.type);
    return order.indexOf('day') < order.indexOf('month');
  } catch {
    return true;
  }
}

/** A numeric date that reads either way ("3/4/2027"), as it was read; blocks say it back in words in the reader's language. */
export interface AmbiguousDate {
  typed: string;
  /** The date as read (YYYY-MM-DD). */
  date: string;
  dayFirst: boolean;
  /** The date the other order gives, null when it gives none. */
  otherDate: string | null;
}

/**
 * For a reply: how a numeric date that could be read either way ("3/4/2027") was read, and
 * what the other order would give; null when `text` holds no such date. With `understood`,
 * only a date read as that one counts (so "Read 3/4 of a book by next friday" says nothing about 3/4).
 */
export function ambiguousDate(text: string, context: DateContext = {}, understood?: string): AmbiguousDate | null {
  for (const match of text.matchAll(/(?<![\d/.-])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\d/.-])/g)) {
    const [typed, first, second] = [match[0], Number(match[1]), Number(match[2])];
    if (first === second || first < 1 || second < 1 || first > 12 || second > 12) continue;
    const read = parseDatePhrase(typed, context);
    if (!read.ok || (understood !== undefined && read.date !== understood)) continue;
    const dayFirst = context.dayFirst ?? true;
    const other = parseDatePhrase(typed, { ...context, dayFirst: !dayFirst });
    return { typed, date: read.date, dayFirst, otherDate: other.ok ? other.date : null };
  }
  return null;
}

export const DATE_EXAMPLES = '`next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

function iso(year: number, month: number, day: number): string | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return date.isValid ? date.toISODate() : null;
}

function daysInMonth(year: number, month: number): number | undefined {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).daysInMonth ?? undefined;
}

/** The month (1–12) an English month name stands for, as monthName writes it (for showing it in another language). */
export function monthOfName(name: string): number | undefined {
  const read = DateTime.fromFormat(name, 'LLLL', { locale: 'en', zone: 'UTC' });
  return read.isValid ? read.month : undefined;
}

/** The weekday (1 Monday … 7 Sunday) an English weekday name stands for, as a date problem writes it. */
export function weekdayOfName(name: string): number | undefined {
  const read = DateTime.fromFormat(name, 'cccc', { locale: 'en', zone: 'UTC' });
  return read.isValid ? read.weekday : undefined;
}

function weekdayName(weekday: number): string {
  // 2024-01-01 was a Monday.
  return DateTime.fromObject({ year: 2024, month: 1, day: weekday }, { zone: 'UTC' }).toFormat('cccc');
}

function monthName(month: number): string {
  return DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: 'UTC' }).toFormat('LLLL');
}

/** What could not be read as a date, in English; readDateProblem gives code and values back for other languages. */
export const DATE_PROBLEMS = {
  empty: `Give a date, for example ${DATE_EXAMPLES}`,
  noSuchMonth: `"{typed}" is not a date: there is no month {month}. Try ${DATE_EXAMPLES}`,
  notOnCalendar: '"{typed}" does not exist on the calendar: {monthName} {year} has {days} days',
  addYearNumeric: 'Add the year to "{typed}", for example {typed}/2027',
  addYear: 'Add the year to "{typed}", for example {typed} 2027',
  dateItself: 'Give the date itself instead of "{typed}", for example 2027-03-31',
  unreadable: `I could not read "{typed}" as a date. Try ${DATE_EXAMPLES}`,
  leftover: `I read "{read}" as a date but not "{leftover}". Try ${DATE_EXAMPLES}`,
  weekdayMismatch: '"{typed}": {readDate} is a {weekday}, not a {typedWeekday}',
} as const;

export const readDateProblem = problemReader(DATE_PROBLEMS);

function notOnCalendar(typed: string, year: number, month: number): string {
  const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : undefined;
  if (days === undefined) return fillProblem(DATE_PROBLEMS.noSuchMonth, { typed, month });
  return fillProblem(DATE_PROBLEMS.notOnCalendar, { typed, monthName: monthName(month), year, days });
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;

function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** "next friday" is the first Friday after today, as people mean it when planning (not chrono's "Friday of next week"). */
function nextWeekday(phrase: string, today: string): string | null {
  const match = /^(?:next|this|on|coming|this coming)\s+([a-z]+)$/.exec(phrase) ?? /^([a-z]+)$/.exec(phrase);
  if (!match) return null;
  const name = WEEKDAY_ABBREVIATIONS[match[1]!] ?? match[1]!;
  const target = WEEKDAYS.indexOf(name);
  if (target < 0) return null;
  const current = DateTime.fromISO(today, { zone: 'UTC' }).weekday - 1;
  const ahead = (target - current + 7) % 7 || 7;
  return addDays(today, ahead);
}

/** Words chrono does not know, said the way people write them. */
function normalise(phrase: string): string {
  return (
    phrase
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[.,!]+$/, '')
      .replace(/\s+/g, ' ')
      .replace(/\ba fortnight\b/g, '2 weeks')
      .replace(/\b(\d+) fortnights\b/g, (_, n: string) => `${Number(n) * 2} weeks`)
      .replace(/\bin an? (week|month|year|day)\b/g, 'in 1 $1')
      .replace(/\bend of (the )?month\b/g, 'last day of this month')
      // "march 31": chrono's day-first reading takes 31 as a year; people mean the day.
      .replace(new RegExp(`^(${MONTH_WORDS})\\.? (\\d{1,2})(st|nd|rd|th)?$`), '$2 $1')
      .trim()
  );
}

const MONTH_WORDS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';

const UNITS = { day: 'days', week: 'weeks', month: 'months', year: 'years' } as const;

/** "in 3 months", "2 weeks from now": calendar arithmetic (31 Jan + 1 month is 28 Feb, not 3 Mar). */
function relativeAmount(phrase: string, today: string): string | null {
  const match = /^(?:in (\d+) (day|week|month|year)s?|(\d+) (day|week|month|year)s? from (?:now|today))$/.exec(phrase);
  if (!match) return null;
  const amount = Number(match[1] ?? match[3]);
  const unit = (match[2] ?? match[4]) as keyof typeof UNITS;
  return DateTime.fromISO(today, { zone: 'UTC' })
    .plus({ [UNITS[unit]]: amount })
    .toISODate();
}

function endOfMonth(today: string, phrase: string): string | null {
  if (phrase === 'last day of this month') return DateTime.fromISO(today, { zone: 'UTC' }).endOf('month').toISODate();
  if (phrase === 'end of next month')
    return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months: 1 }).endOf('month').toISODate();
  return null;
}

/** "31 April": chrono reads nothing; say that April has 30 days instead of "could not read". */
function impossibleDayProblem(typed: string, phrase: string, today: string | undefined): string | null {
  const match = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_WORDS})\\.?,?(?: (\\d{4}))?$`).exec(phrase);
  if (!match) return null;
  const word = match[2]!;
  const month =
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(word.slice(0, 3)) + 1;
  const year = match[3] ? Number(match[3]) : today ? Number(today.slice(0, 4)) : 2027;
  if (month < 1) return null;
  return iso(year, month, Number(match[1])) ? null : notOnCalendar(typed, year, month);
}

/** Reads one date phrase; the whole phrase must be a date. */
export function parseDatePhrase(text: string, context: DateContext = {}): DatePhraseResult {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: DATE_PROBLEMS.empty };
  const dayFirst = context.dayFirst ?? true;

  const isoMatch = ISO_DATE.exec(typed);
  if (isoMatch) {
    const [year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
    const date = iso(year, month, day);
    return date ? { ok: true, date } : { ok: false, problem: notOnCalendar(typed, year, month) };
  }

  const numeric = NUMERIC_DATE.exec(typed);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    // Day first unless the locale says otherwise; the other order only when the first cannot be a month or day.
    let [day, month] = dayFirst ? [first, second] : [second, first];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    let year: number;
    if (numeric[3] !== undefined) year = fullYear(numeric[3]);
    else if (context.today) {
      year = Number(context.today.slice(0, 4));
      const candidate = iso(year, month, day);
      if (candidate && candidate < context.today) year += 1;
    } else return { ok: false, problem: fillProblem(DATE_PROBLEMS.addYearNumeric, { typed }) };
    const date = iso(year, month, day);
    return date ? { ok: true, date } : { ok: false, problem: notOnCalendar(typed, year, month) };
  }

  const phrase = normalise(typed);
  if (phrase === 'today' || phrase === 'tomorrow') {
    if (!context.today) return { ok: false, problem: fillProblem(DATE_PROBLEMS.dateItself, { typed }) };
    return { ok: true, date: phrase === 'today' ? context.today : addDays(context.today, 1) };
  }
  if (context.today) {
    const weekday = nextWeekday(phrase, context.today);
    if (weekday) return { ok: true, date: weekday };
    const monthEnd = endOfMonth(context.today, phrase);
    if (monthEnd) return { ok: true, date: monthEnd };
    const later = relativeAmount(phrase, context.today);
    if (later) return { ok: true, date: later };
  }

  const reference = context.today
    ? { instant: new Date(`${context.today}T12:00:00.000Z`), timezone: 0 }
    : { instant: new Date('2000-01-01T12:00:00.000Z'), timezone: 0 };
  const parser = dayFirst ? chrono.en.GB : chrono.en;
  const results = parser.parse(phrase, reference, { forwardDate: true });
  const result = results[0];
  if (!result)
    return {
      ok: false,
      problem: impossibleDayProblem(typed, phrase, context.today) ?? fillProblem(DATE_PROBLEMS.unreadable, { typed }),
    };
  if (result.index > 0 || result.text.length < phrase.length || results.length > 1) {
    const leftover = `${phrase.slice(0, result.index)} ${phrase.slice(result.index + result.text.length)}`.trim();
    return { ok: false, problem: fillProblem(DATE_PROBLEMS.leftover, { read: result.text, leftover }) };
  }
  const start = result.start;
  if (!context.today) {
    const relative = /\b(in|ago|from now|next|last|this|weeks?|months?|days?|years?)\b/.test(phrase);
    if (relative) return { ok: false, problem: fillProblem(DATE_PROBLEMS.dateItself, { typed }) };
    if (!start.isCertain('year')) return { ok: false, problem: fillProblem(DATE_PROBLEMS.addYear, { typed }) };
  }
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null)
    return { ok: false, problem: fillProblem(DATE_PROBLEMS.unreadable, { typed }) };
  const date = iso(year, month, day);
  if (!date) return { ok: false, problem: notOnCalendar(typed, year, month) };
  // A weekday with a date ("Fri 3 Dec") must agree, or one of the two is a typo.
  if (start.isCertain('weekday') && start.isCertain('day')) {
    const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
    // chrono counts Sunday as 0, luxon as 7.
    const typedWeekday = start.get('weekday') || 7;
    if (typedWeekday !== weekday)
      return {
        ok: false,
        problem: fillProblem(DATE_PROBLEMS.weekdayMismatch, {
          typed,
          readDate: formatDate(date),
          weekday: weekdayName(weekday),
          typedWeekday: weekdayName(typedWeekday),
        }),
      };
  }
  return { ok: true, date };
}

/** "Fri 4 Dec 2026": the date as understood, echoed back so a misreading is seen at once. */
export function understoodDate(date: string): string {
  return formatDate(date);
}
