import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/dates.js';
import {
  addDays,
  defaultTargetDate,
  MIN_DEFAULT_PLAN_WEEKS,
  spreadDueDates,
} from '../../../src/domain/pathways/schedule.js';

describe('spreadDueDates', () => {
  it('gives each milestone its share of the time, weeks as weights, in order', () => {
    // 10 weeks of work spread over 100 days: 2 weeks → day 20, +8 weeks → day 100.
    expect(spreadDueDates([2, 8], '2027-01-01', '2027-04-11')).toEqual(['2027-01-21', '2027-04-11']);
  });

  it('keeps the order, never goes before today or after the target', () => {
    const weeks = [2, 1, 12, 6, 8, 2, 4];
    const dates = spreadDueDates(weeks, '2027-01-11', '2027-09-30');
    expect(dates).toHaveLength(weeks.length);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) {
      expect(date >= '2027-01-11').toBe(true);
      expect(date <= '2027-09-30').toBe(true);
    }
    expect(dates.at(-1)).toBe('2027-09-30');
  });

  it('squeezes a long plan into a short window without passing the target', () => {
    const dates = spreadDueDates([26, 26, 26], '2027-01-11', '2027-01-14');
    expect(dates).toEqual(['2027-01-12', '2027-01-13', '2027-01-14']);
  });

  it('puts everything on today when the target is today or already past', () => {
    expect(spreadDueDates([1, 2], '2027-01-11', '2027-01-11')).toEqual(['2027-01-11', '2027-01-11']);
    expect(spreadDueDates([1, 2], '2027-01-11', '2026-12-01')).toEqual(['2027-01-11', '2027-01-11']);
  });

  it('lands on weekends when that is where the share falls', () => {
    // 2027-01-16 is a Saturday.
    expect(spreadDueDates([1], '2027-01-11', '2027-01-16')).toEqual(['2027-01-16']);
  });

  it('returns nothing for no templates and the target for weightless ones', () => {
    expect(spreadDueDates([], '2027-01-11', '2027-03-01')).toEqual([]);
    expect(spreadDueDates([0, 0], '2027-01-11', '2027-03-01')).toEqual(['2027-03-01', '2027-03-01']);
  });

  it('crosses month, year and leap days as calendar dates', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });
});

describe('defaultTargetDate', () => {
  it('gives every template its suggested weeks', () => {
    expect(daysBetween('2027-01-11', defaultTargetDate([10, 10], '2027-01-11'))).toBe(140);
  });

  it('never proposes less than the minimum plan length', () => {
    expect(daysBetween('2027-01-11', defaultTargetDate([1], '2027-01-11'))).toBe(7 * MIN_DEFAULT_PLAN_WEEKS);
    expect(daysBetween('2027-01-11', defaultTargetDate([], '2027-01-11'))).toBe(7 * MIN_DEFAULT_PLAN_WEEKS);
  });
});
