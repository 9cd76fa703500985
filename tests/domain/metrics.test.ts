import { describe, expect, it } from 'vitest';
import {
  buildReport,
  type Figure,
  formatFigure,
  guard,
  median,
  monthsOf,
  type PersonFacts,
  parsePeriod,
  type ReportFacts,
  type ReportOptions,
  SEGMENT_MEASURES,
} from '../../src/domain/metrics.js';

const period = { from: '2026-01-01', to: '2026-06-30', label: '2026 H1' };
const options: ReportOptions = { period, minGroupSize: 5, checkInCadenceDays: 28 };
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

function person(key: string, team: string | null, roleKey: string | null = 'designer'): PersonFacts {
  return { key, team, roleKey, knownSince: at('2025-01-01') };
}

/** `count` people in `team`, each with one reached ladder pathway, two milestones (one on time, one late) and monthly check-ins. */
function group(prefix: string, team: string, count: number): ReportFacts {
  const facts: ReportFacts = { people: [], pathways: [], milestones: [], checkIns: [] };
  for (let index = 0; index < count; index++) {
    const key = `${prefix}${index}`;
    facts.people.push(person(key, team));
    facts.pathways.push({
      personKey: key,
      moveKind: index % 2 === 0 ? 'ladder' : 'lattice',
      goalRoleKey: 'senior',
      status: 'reached',
      startedAt: at('2025-06-01'),
      endedAt: at('2026-03-01'),
    });
    facts.pathways.push({
      personKey: key,
      moveKind: 'ladder',
      goalRoleKey: 'lead',
      status: 'active',
      startedAt: at('2026-03-02'),
      endedAt: null,
    });
    facts.milestones.push({ personKey: key, dueDate: '2026-02-01', doneAt: at('2026-01-20') });
    facts.milestones.push({ personKey: key, dueDate: '2026-04-01', doneAt: at('2026-04-10') });
    facts.milestones.push({ personKey: key, dueDate: '2026-05-01', doneAt: null });
    for (const month of ['01', '02', '03', '04', '05', '06']) {
      facts.checkIns.push({
        personKey: key,
        goalRoleKey: 'lead',
        createdAt: at(`2026-${month}-15`),
        ratings: [(index % 4) + 1, (index % 4) + 1],
      });
    }
  }
  return facts;
}

function merge(...parts: ReportFacts[]): ReportFacts {
  return {
    people: parts.flatMap((part) => part.people),
    pathways: parts.flatMap((part) => part.pathways),
    milestones: parts.flatMap((part) => part.milestones),
    checkIns: parts.flatMap((part) => part.checkIns),
  };
}

const shown = (figure: Figure) => (figure.shown ? figure.value : 'hidden');

describe('guard: the minimum group size', () => {
  it('hides a figure over fewer people than the minimum and shows it at the minimum', () => {
    expect(guard(3, 4, 5)).toEqual({ shown: false });
    expect(guard(3, 5, 5)).toEqual({ shown: true, value: 3 });
    expect(guard(null, 10, 5)).toEqual({ shown: false });
  });

  it('reads "fewer than N people" when hidden', () => {
    expect(formatFigure({ shown: false }, 'share', 7)).toBe('fewer than 7 people');
    expect(formatFigure({ shown: true, value: 0.456 }, 'share', 5)).toBe('46%');
    expect(formatFigure({ shown: true, value: 40.4 }, 'days', 5)).toBe('40 days');
  });
});

describe('buildReport', () => {
  const facts = merge(group('a', 'Alpha', 6), group('b', 'Beta', 4));
  const report = buildReport(facts, options);

  it('computes every measure over everyone', () => {
    const overall = report.overall;
    expect(shown(overall.people)).toBe(10);
    expect(shown(overall.activePathwayShare)).toBe(1);
    // a0,a2,a4,b0,b2 ladder; a1,a3,a5,b1,b3 lattice
    expect(shown(overall.promotions)).toBe(5);
    expect(shown(overall.lateralMoves)).toBe(5);
    // known since 2025-01-01, moved 2026-03-01: 424 days
    expect(shown(overall.medianDaysInStage)).toBe(424);
    expect(shown(overall.milestoneCompletion)).toBeCloseTo(2 / 3);
    expect(shown(overall.milestoneOnTime)).toBe(0.5);
    expect(shown(overall.checkInCadenceKept)).toBe(1);
  });

  it('hides every measure of a team smaller than the minimum, and shows the larger team', () => {
    const alpha = report.byTeam.find((row) => row.key === 'Alpha')!;
    const beta = report.byTeam.find((row) => row.key === 'Beta')!;
    for (const { key } of SEGMENT_MEASURES) {
      expect(beta.figures[key], `Beta ${key}`).toEqual({ shown: false });
      expect(alpha.figures[key].shown, `Alpha ${key}`).toBe(true);
    }
  });

  it('hides a measure whose own contributors are too few even in a large group', () => {
    const big = group('c', 'Gamma', 8);
    // only 2 people reached a goal in the period: the median of 2 would reveal them
    big.pathways = big.pathways.map((p) =>
      p.status === 'reached' && !['c0', 'c1'].includes(p.personKey) ? { ...p, endedAt: at('2025-12-01') } : p,
    );
    const gamma = buildReport(big, options).overall;
    expect(gamma.people).toEqual({ shown: true, value: 8 });
    expect(gamma.medianDaysInStage).toEqual({ shown: false });
  });

  it('breaks down by role, with people without a role under (none)', () => {
    const mixed = merge(group('a', 'Alpha', 5), { ...group('x', 'Alpha', 1), people: [person('x0', 'Alpha', null)] });
    const rows = buildReport(mixed, options).byRole;
    expect(rows.map((row) => row.key)).toEqual(['(none)', 'designer']);
    expect(rows[0]!.figures.people).toEqual({ shown: false });
    expect(rows[1]!.figures.people).toEqual({ shown: true, value: 5 });
  });

  it('buckets readiness per goal role from each person’s latest check-in, hidden below the minimum', () => {
    const readiness = buildReport(merge(group('a', 'Alpha', 8)), options).readiness;
    expect(readiness).toHaveLength(1);
    expect(readiness[0]!.goalRoleKey).toBe('lead');
    // ratings index%4+1 for 8 people: two at each level
    expect(readiness[0]!.levels.map(shown)).toEqual([2, 2, 2, 2]);
    const small = buildReport(group('b', 'Beta', 4), options).readiness;
    expect(small[0]!.levels.every((figure) => !figure.shown)).toBe(true);
    expect(small[0]!.people).toEqual({ shown: false });
  });

  it('counts a missed check-in window as cadence not kept', () => {
    const facts = group('a', 'Alpha', 5);
    facts.checkIns = facts.checkIns.filter((c) => !(c.personKey === 'a0' && c.createdAt.getUTCMonth() === 2));
    expect(shown(buildReport(facts, options).overall.checkInCadenceKept)).toBe(0.8);
  });

  it('counts completions per month for the chart, hiding months with too few people', () => {
    const months = buildReport(facts, options).completionsByMonth;
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(shown(months[0]!.done)).toBe(10);
    expect(months[1]!.done).toEqual({ shown: false });
  });

  it('ignores what falls outside the period', () => {
    const later = buildReport(facts, {
      ...options,
      period: { from: '2026-07-01', to: '2026-09-30', label: 'Q3' },
    }).overall;
    expect(later.promotions).toEqual({ shown: true, value: 0 });
    expect(later.milestoneCompletion).toEqual({ shown: false });
  });
});

describe('median', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('parsePeriod', () => {
  const today = '2026-11-23';
  it.each([
    ['', '2026-08-26', '2026-11-23'],
    ['30d', '2026-10-25', '2026-11-23'],
    ['2026', '2026-01-01', '2026-11-23'],
    ['2025', '2025-01-01', '2025-12-31'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2026-01-01..2026-06-30', '2026-01-01', '2026-06-30'],
  ])('reads %j', (text, from, to) => {
    const parsed = parsePeriod(text, today);
    expect(parsed).toMatchObject({ ok: true, period: { from, to } });
  });

  it.each(['last year', '2026-13', '2026-06-30..2026-01-01', '0d', '2026-02-30..2026-03-01', '2027'])(
    'refuses %j with a hint',
    (text) => {
      const parsed = parsePeriod(text, today);
      expect(parsed.ok).toBe(false);
    },
  );

  it('lists the months a period touches', () => {
    expect(monthsOf({ from: '2026-11-20', to: '2027-01-02', label: '' })).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
