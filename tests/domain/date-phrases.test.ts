import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ambiguousDate, parseDatePhrase, understoodDate, writesDayFirst } from '../../src/domain/date-phrases.js';
import { todayIn } from '../../src/domain/dates.js';

// Monday 30 November 2026, as in the issue ("by next friday" → Fri 4 Dec 2026).
const TODAY = '2026-11-30';
const plus = (days: number, from = TODAY): string =>
  DateTime.fromISO(from, { zone: 'UTC' }).plus({ days }).toISODate()!;
const plusMonths = (months: number): string => DateTime.fromISO(TODAY, { zone: 'UTC' }).plus({ months }).toISODate()!;

// [typed, expected ISO date] — read day first with today = TODAY.
const LITERAL: [string, string][] = [
  ['next friday', '2026-12-04'],
  ['Next Friday', '2026-12-04'],
  ['friday', '2026-12-04'],
  ['Fri', '2026-12-04'],
  ['this friday', '2026-12-04'],
  ['on friday', '2026-12-04'],
  ['next monday', '2026-12-07'],
  ['monday', '2026-12-07'],
  ['next tuesday', '2026-12-01'],
  ['next sunday', '2026-12-06'],
  ['tomorrow', '2026-12-01'],
  ['today', '2026-11-30'],
  ['Tomorrow.', '2026-12-01'],
  ['in 3 weeks', '2026-12-21'],
  ['in 3 Weeks', '2026-12-21'],
  ['in a week', '2026-12-07'],
  ['in a fortnight', '2026-12-14'],
  ['in 2 months', '2027-01-30'],
  ['in a month', '2026-12-30'],
  ['in 1 year', '2027-11-30'],
  ['2 weeks from now', '2026-12-14'],
  ['10 days from now', '2026-12-10'],
  ['next week', '2026-12-07'],
  ['next month', '2026-12-30'],
  ['end of month', '2026-11-30'],
  ['end of the month', '2026-11-30'],
  ['end of next month', '2026-12-31'],
  ['31 March', '2027-03-31'],
  ['31 march', '2027-03-31'],
  ['31st March', '2027-03-31'],
  ['31st of March', '2027-03-31'],
  ['March 31', '2027-03-31'],
  ['March 31st', '2027-03-31'],
  ['Mar 31', '2027-03-31'],
  ['31 Mar', '2027-03-31'],
  ['31 March 2027', '2027-03-31'],
  ['March 31, 2027', '2027-03-31'],
  ['Mar 31 2027', '2027-03-31'],
  ['1 Dec', '2026-12-01'],
  ['Dec 1', '2026-12-01'],
  ['1 December', '2026-12-01'],
  ['30 November', '2026-11-30'],
  ['29 November', '2027-11-29'],
  ['5 Jan', '2027-01-05'],
  ['jan 5', '2027-01-05'],
  ['15 February 2027', '2027-02-15'],
  ['29 Feb 2028', '2028-02-29'],
  ['1 June 2027', '2027-06-01'],
  ['June 1st 2027', '2027-06-01'],
  ['31/03/2027', '2027-03-31'],
  ['31/3/2027', '2027-03-31'],
  ['31.03.2027', '2027-03-31'],
  ['31-03-2027', '2027-03-31'],
  ['31/03/27', '2027-03-31'],
  ['01/04/2027', '2027-04-01'],
  ['1/4/2027', '2027-04-01'],
  ['04/05/2027', '2027-05-04'],
  ['12/01/2027', '2027-01-12'],
  ['03/31/2027', '2027-03-31'], // cannot be day first: read month first
  ['31/03', '2027-03-31'],
  ['1/12', '2026-12-01'],
  ['30/11', '2026-11-30'],
  ['29/11', '2027-11-29'],
  ['2027-03-31', '2027-03-31'],
  ['2027-3-31', '2027-03-31'],
  ['2026-12-01', '2026-12-01'],
  ['2028-02-29', '2028-02-29'],
  ['  2027-03-31  ', '2027-03-31'],
  ['Fri 4 Dec', '2026-12-04'],
  ['in 1 month', '2026-12-30'],
  ['in 2 years', '2028-11-30'],
  ['4 weeks from today', '2026-12-28'],
  ['3 fortnights from now', '2027-01-11'],
  ['Dec. 24', '2026-12-24'],
  ['24 Dec 2026', '2026-12-24'],
  ['Friday 4 December 2026', '2026-12-04'],
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// Today is a Monday: "next <day>" is the first such day after today.
const WEEKDAY_ROWS: [string, string][] = WEEKDAYS.flatMap((day, index) => {
  const expected = plus(index === 0 ? 7 : index);
  return [
    [day, expected],
    [`next ${day}`, expected],
    [`this ${day}`, expected],
    [`on ${day}`, expected],
    [day.slice(0, 3), expected],
    [`${day[0]!.toUpperCase()}${day.slice(1)}`, expected],
  ] as [string, string][];
});
const IN_DAYS: [string, string][] = Array.from({ length: 30 }, (_, i) => [`in ${i + 1} days`, plus(i + 1)]);
const IN_WEEKS: [string, string][] = Array.from({ length: 12 }, (_, i) => [`in ${i + 1} weeks`, plus(7 * (i + 1))]);
const WEEKS_FROM_NOW: [string, string][] = Array.from({ length: 8 }, (_, i) => [
  `${i + 1} weeks from now`,
  plus(7 * (i + 1)),
]);
const IN_MONTHS: [string, string][] = Array.from({ length: 12 }, (_, i) => [`in ${i + 1} months`, plusMonths(i + 1)]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FIFTEENTHS: [string, string][] = MONTHS.flatMap((month, i): [string, string][] => {
  const year = i + 1 >= 12 ? 2026 : 2027;
  const iso = `${year}-${String(i + 1).padStart(2, '0')}-15`;
  return [
    [`15 ${month}`, iso],
    [`${month.slice(0, 3)} 15`, iso],
  ];
});

const TABLE: [string, string][] = [
  ...LITERAL,
  ...WEEKDAY_ROWS,
  ...IN_DAYS,
  ...IN_WEEKS,
  ...WEEKS_FROM_NOW,
  ...IN_MONTHS,
  ...FIFTEENTHS,
];

describe('dates as people type them', () => {
  it('the table holds about 200 phrasings', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(200);
  });

  it.each(TABLE)('%s', (typed, expected) => {
    expect(parseDatePhrase(typed, { today: TODAY })).toEqual({ ok: true, date: expected });
  });

  it('reads month first when the locale says so, and still takes a date that can only be one way', () => {
    expect(parseDatePhrase('04/05/2027', { today: TODAY, dayFirst: false })).toEqual({ ok: true, date: '2027-04-05' });
    expect(parseDatePhrase('31/03/2027', { today: TODAY, dayFirst: false })).toEqual({ ok: true, date: '2027-03-31' });
    expect(parseDatePhrase('March 31', { today: TODAY, dayFirst: false })).toEqual({ ok: true, date: '2027-03-31' });
  });

  it('echoes the date understood', () => {
    expect(understoodDate('2026-12-04')).toBe('Fri 4 Dec 2026');
  });
});

describe('day first or month first, from the person’s Slack locale', () => {
  it.each([
    ['en-GB', true],
    ['es-ES', true],
    ['es-LA', true],
    ['de-DE', true],
    ['fr-FR', true],
    ['pt-BR', true],
    ['it-IT', true],
    ['en-US', false],
    ['ja-JP', false],
    ['zh-CN', false],
    ['ko-KR', false],
    // Unknown or missing: day first (an unknown tag must not take the server's own locale).
    ['xx-nowhere', true],
    ['', true],
    [null, true],
    [undefined, true],
  ] as const)('%s writes the day first: %s', (locale, dayFirst) => {
    expect(writesDayFirst(locale)).toBe(dayFirst);
  });

  it('reads 3/4/2027 as 3 April for en-GB, es, de and fr, and as March 4 for en-US', () => {
    for (const locale of ['en-GB', 'es-ES', 'de-DE', 'fr-FR'])
      expect(parseDatePhrase('3/4/2027', { today: TODAY, dayFirst: writesDayFirst(locale) })).toEqual({
        ok: true,
        date: '2027-04-03',
      });
    expect(parseDatePhrase('3/4/2027', { today: TODAY, dayFirst: writesDayFirst('en-US') })).toEqual({
      ok: true,
      date: '2027-03-04',
    });
    expect(parseDatePhrase('3.4.2027', { today: TODAY, dayFirst: writesDayFirst('de-DE') })).toEqual({
      ok: true,
      date: '2027-04-03',
    });
  });

  it('finds a date that reads either way, as read and as the other order reads it', () => {
    expect(ambiguousDate('add Lead a workshop by 3/4/2027', { today: TODAY, dayFirst: true })).toEqual({
      typed: '3/4/2027',
      date: '2027-04-03',
      dayFirst: true,
      otherDate: '2027-03-04',
    });
    expect(ambiguousDate('move 2 to 3/4', { today: TODAY, dayFirst: false })).toEqual({
      typed: '3/4',
      date: '2027-03-04',
      dayFirst: false,
      otherDate: '2027-04-03',
    });
    // Only one way to read it, or no numeric date: nothing to confirm.
    expect(ambiguousDate('move 2 to 31/03/2027', { today: TODAY })).toBeNull();
    expect(ambiguousDate('move 2 to 4/4/2027', { today: TODAY })).toBeNull();
    expect(ambiguousDate('move 2 to next friday', { today: TODAY })).toBeNull();
    // "3/4 of a book" is not the date the command was given.
    expect(ambiguousDate('add Read 3/4 of a book by 2027-01-31', { today: TODAY }, '2027-01-31')).toBeNull();
  });
});

describe('refusals name the part that was wrong', () => {
  const problem = (typed: string, today: string | null = TODAY): string => {
    const result = parseDatePhrase(typed, today === null ? {} : { today });
    if (result.ok) throw new Error(`${typed} was read as ${result.date}`);
    return result.problem;
  };

  it('a date not on the calendar says why', () => {
    expect(problem('31/02/2027')).toBe('"31/02/2027" does not exist on the calendar: February 2027 has 28 days');
    expect(problem('2027-02-30')).toBe('"2027-02-30" does not exist on the calendar: February 2027 has 28 days');
    expect(problem('2027-13-01')).toBe(
      '"2027-13-01" is not a date: there is no month 13. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    );
    expect(problem('31 April 2027')).toMatch(/^"31 April 2027"/);
  });

  it('words that are not a date are quoted back with examples', () => {
    expect(problem('next fridya')).toBe(
      'I could not read "next fridya" as a date. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    );
    expect(problem('soon')).toMatch(/^I could not read "soon" as a date/);
    expect(problem('')).toMatch(/^Give a date/);
  });

  it('extra words around a date are named', () => {
    expect(problem('friday afternoon-ish maybe')).toMatch(/not "/);
  });

  it('a weekday that does not match the date is named', () => {
    expect(problem('Mon 4 Dec 2026')).toBe('"Mon 4 Dec 2026": Fri 4 Dec 2026 is a Friday, not a Monday');
  });

  it('without the person’s today, relative dates and dates without a year ask for the date itself', () => {
    expect(problem('next friday', null)).toMatch(/^Give the date itself instead of "next friday"/);
    expect(problem('in 3 weeks', null)).toMatch(/^Give the date itself/);
    expect(problem('31 March', null)).toBe('Add the year to "31 March", for example 31 March 2027');
    expect(problem('31/03', null)).toBe('Add the year to "31/03", for example 31/03/2027');
    expect(parseDatePhrase('31 March 2027')).toEqual({ ok: true, date: '2027-03-31' });
  });
});

describe('daylight-saving edges: the person’s today decides, never the server’s clock', () => {
  // [zone, instant (UTC), the person's today there, phrase, expected]
  const EDGES: [string, string, string, string, string][] = [
    // Europe/London springs forward at 01:00 UTC on Sun 28 Mar 2027.
    ['Europe/London', '2027-03-28T00:30:00Z', '2027-03-28', 'tomorrow', '2027-03-29'],
    ['Europe/London', '2027-03-28T23:30:00Z', '2027-03-29', 'tomorrow', '2027-03-30'],
    ['Europe/London', '2027-03-27T23:59:00Z', '2027-03-27', 'in 1 week', '2027-04-03'],
    ['Europe/London', '2027-03-28T12:00:00Z', '2027-03-28', 'next friday', '2027-04-02'],
    // And falls back at 01:00 UTC on Sun 31 Oct 2027.
    ['Europe/London', '2027-10-30T23:30:00Z', '2027-10-31', 'tomorrow', '2027-11-01'],
    ['Europe/London', '2027-10-31T00:30:00Z', '2027-10-31', 'in 3 weeks', '2027-11-21'],
    // America/New_York: forward on 14 Mar 2027, back on 7 Nov 2027.
    ['America/New_York', '2027-03-14T06:30:00Z', '2027-03-14', 'tomorrow', '2027-03-15'],
    ['America/New_York', '2027-03-14T03:30:00Z', '2027-03-13', 'in 1 day', '2027-03-14'],
    ['America/New_York', '2027-11-07T05:30:00Z', '2027-11-07', 'next sunday', '2027-11-14'],
    ['America/New_York', '2027-11-07T04:30:00Z', '2027-11-07', 'in 2 weeks', '2027-11-21'],
    // Australia/Sydney moves the other way round the year (back 4 Apr 2027, forward 3 Oct 2027).
    ['Australia/Sydney', '2027-04-03T15:30:00Z', '2027-04-04', 'tomorrow', '2027-04-05'],
    ['Australia/Sydney', '2027-10-02T16:30:00Z', '2027-10-03', 'in 1 week', '2027-10-10'],
    // Far from UTC: already tomorrow in Kiritimati, still yesterday in Pago Pago.
    ['Pacific/Kiritimati', '2026-11-30T11:00:00Z', '2026-12-01', 'friday', '2026-12-04'],
    ['Pacific/Pago_Pago', '2026-11-30T09:00:00Z', '2026-11-29', 'tomorrow', '2026-11-30'],
  ];

  it.each(EDGES)('%s at %s: today %s, "%s" is %s', (zone, instant, today, phrase, expected) => {
    const personToday = todayIn(zone, new Date(instant));
    expect(personToday).toBe(today);
    expect(parseDatePhrase(phrase, { today: personToday })).toEqual({ ok: true, date: expected });
  });
});
