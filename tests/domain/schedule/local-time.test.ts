import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  deliveryFor,
  isoWeekOf,
  localDate,
  localInstant,
  nextDeliveryInstant,
  type WorkingHours,
  workingHoursOrDefault,
  zoneOrFallback,
} from '../../../src/domain/schedule/local-time.js';

const at = (iso: string): Date => new Date(iso);
// The instant a message sent at `fromIso` goes out, as ISO text so a mismatch reads plainly.
const deliveryAfter = (fromIso: string, zone: string, hours: WorkingHours = DEFAULT_WORKING_HOURS): string =>
  nextDeliveryInstant(at(fromIso), zone, hours).toISOString();
const EVERY_DAY: WorkingHours = { startHour: 1, endHour: 23, workingDays: [1, 2, 3, 4, 5, 6, 7] };

describe('working hours and days', () => {
  const london = 'Europe/London';

  it('keeps an instant that is already inside working hours', () => {
    expect(deliveryAfter('2027-01-13T10:30:00Z', london)).toBe('2027-01-13T10:30:00.000Z');
  });

  it('waits for the start of the day in the morning and for the next working day at night', () => {
    expect(deliveryAfter('2027-01-13T07:00:00Z', london)).toBe('2027-01-13T09:00:00.000Z');
    expect(deliveryAfter('2027-01-13T17:00:00Z', london)).toBe('2027-01-14T09:00:00.000Z');
  });

  it('skips the weekend: Friday evening and Saturday both go out on Monday at 9', () => {
    expect(deliveryAfter('2027-01-15T18:00:00Z', london)).toBe('2027-01-18T09:00:00.000Z');
    expect(deliveryAfter('2027-01-16T12:00:00Z', london)).toBe('2027-01-18T09:00:00.000Z');
  });

  it('follows a workspace with a Sunday-to-Thursday week and its own hours', () => {
    const hours: WorkingHours = { startHour: 8, endHour: 16, workingDays: [7, 1, 2, 3, 4] };
    // Thursday 16:00 in Jerusalem (UTC+2 in January) → Sunday 08:00.
    expect(deliveryAfter('2027-01-14T14:00:00Z', 'Asia/Jerusalem', hours)).toBe('2027-01-17T06:00:00.000Z');
  });

  it('falls back to Mon–Fri 9–17 for impossible settings and to the default zone for unknown ones', () => {
    expect(workingHoursOrDefault({ startHour: 17, endHour: 9, workingDays: [1] })).toEqual(DEFAULT_WORKING_HOURS);
    expect(workingHoursOrDefault({ startHour: 9, endHour: 17, workingDays: [] })).toEqual(DEFAULT_WORKING_HOURS);
    expect(zoneOrFallback('Mars/Olympus_Mons', 'UTC')).toBe('UTC');
    expect(zoneOrFallback(null, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOrFallback('America/New_York', 'UTC')).toBe('America/New_York');
  });
});

describe('daylight saving time', () => {
  it('London in March: 9:00 is 09:00 UTC the Friday before and 08:00 UTC the Monday after', () => {
    expect(deliveryAfter('2027-03-26T06:00:00Z', 'Europe/London')).toBe('2027-03-26T09:00:00.000Z');
    expect(deliveryAfter('2027-03-26T18:00:00Z', 'Europe/London')).toBe('2027-03-29T08:00:00.000Z');
  });

  it('London in October: back to 09:00 UTC after the clocks go back', () => {
    expect(deliveryAfter('2027-10-29T18:00:00Z', 'Europe/London')).toBe('2027-11-01T09:00:00.000Z');
  });

  it('New York: 9:00 is 14:00 UTC in winter and 13:00 UTC after the March change', () => {
    expect(deliveryAfter('2027-03-12T12:00:00Z', 'America/New_York')).toBe('2027-03-12T14:00:00.000Z');
    expect(deliveryAfter('2027-03-12T23:00:00Z', 'America/New_York')).toBe('2027-03-15T13:00:00.000Z');
  });

  it('a working day that starts in the skipped hour opens at the first real instant after it', () => {
    // 28 March 2027, London: 01:00 GMT jumps to 02:00 BST, so 01:00 local never happens.
    expect(localInstant('2027-03-28', 1, 'Europe/London')).toEqual(at('2027-03-28T01:00:00Z'));
    expect(deliveryAfter('2027-03-27T23:30:00Z', 'Europe/London', EVERY_DAY)).toBe('2027-03-28T01:00:00.000Z');
    // 14 March 2027, New York: 02:00 EST jumps to 03:00 EDT.
    expect(localInstant('2027-03-14', 2, 'America/New_York')).toEqual(at('2027-03-14T07:00:00Z'));
  });

  it('a working day that starts in the repeated hour opens once, at the first occurrence', () => {
    // 7 November 2027, New York: 01:00–02:00 happens first in EDT (05:00Z), then in EST (06:00Z).
    expect(localInstant('2027-11-07', 1, 'America/New_York')).toEqual(at('2027-11-07T05:00:00Z'));
    expect(deliveryAfter('2027-11-07T04:30:00Z', 'America/New_York', EVERY_DAY)).toBe('2027-11-07T05:00:00.000Z');
    // Inside the second 01:30 the window is long open: deliver now, not an hour later.
    expect(deliveryAfter('2027-11-07T06:30:00Z', 'America/New_York', EVERY_DAY)).toBe('2027-11-07T06:30:00.000Z');
    // 31 October 2027, London: 01:00 BST (00:00Z) comes before 01:00 GMT (01:00Z).
    expect(localInstant('2027-10-31', 1, 'Europe/London')).toEqual(at('2027-10-31T00:00:00Z'));
  });
});

describe('the date line', () => {
  const instant = at('2027-01-11T20:00:00Z');

  it('one instant is Tuesday in Kiritimati (UTC+14) and still Monday in Pago Pago (UTC−11)', () => {
    expect(localDate(instant, 'Pacific/Kiritimati')).toBe('2027-01-12');
    expect(localDate(instant, 'Pacific/Pago_Pago')).toBe('2027-01-11');
  });

  it('a message for the same calendar date goes out 25 hours apart, each at 9:00 local', () => {
    const kiritimati = deliveryFor(
      '2027-01-12',
      at('2027-01-01T00:00:00Z'),
      'Pacific/Kiritimati',
      DEFAULT_WORKING_HOURS,
    );
    const pagoPago = deliveryFor('2027-01-12', at('2027-01-01T00:00:00Z'), 'Pacific/Pago_Pago', DEFAULT_WORKING_HOURS);
    expect(kiritimati).toEqual(at('2027-01-11T19:00:00Z'));
    expect(pagoPago).toEqual(at('2027-01-12T20:00:00Z'));
  });

  it('Friday evening in Kiritimati is Friday morning in Pago Pago: one waits for Monday, the other is on time', () => {
    const fridayMorningPagoPago = at('2027-01-15T20:00:00Z'); // Fri 09:00 in Pago Pago, Sat 10:00 in Kiritimati
    expect(nextDeliveryInstant(fridayMorningPagoPago, 'Pacific/Pago_Pago', DEFAULT_WORKING_HOURS)).toEqual(
      fridayMorningPagoPago,
    );
    expect(nextDeliveryInstant(fridayMorningPagoPago, 'Pacific/Kiritimati', DEFAULT_WORKING_HOURS)).toEqual(
      at('2027-01-17T19:00:00Z'),
    );
  });
});

describe('deliveryFor and ISO weeks', () => {
  it('never returns a time before now, even for a date long past', () => {
    const now = at('2027-01-13T11:00:00Z');
    expect(deliveryFor('2027-01-01', now, 'Europe/London', DEFAULT_WORKING_HOURS)).toEqual(now);
  });

  it('names ISO weeks across a year end', () => {
    expect(isoWeekOf('2027-01-01')).toEqual({ week: '2026-W53', weekday: 5 });
    expect(isoWeekOf('2027-01-04')).toEqual({ week: '2027-W01', weekday: 1 });
  });
});
