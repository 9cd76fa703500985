import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/domain/framework/parse.js';
import {
  allowedGoals,
  milestoneTemplatesFor,
  resourcesForSignals,
  rolesInStageOrder,
} from '../../../src/domain/framework/queries.js';
import {
  planWeeks,
  redateForTarget,
  templateWindows,
  windowDueDates,
  windowStartDates,
} from '../../../src/domain/pathways/schedule.js';
import { loadDefaultFramework } from '../../../src/services/framework-files.js';
import { twoStageYaml } from '../../support/framework-yaml.js';

describe('templateWindows: activities side by side', () => {
  it('runs one after another unless told, starts at a week or alongside another, and throughout ends with the plan', () => {
    const windows = templateWindows([
      { key: 'assess', weeks: 2, start: 0 },
      { key: 'mentor', weeks: 4, start: 2, throughout: true },
      { key: 'course', weeks: 6, alongside: 'mentor' },
      { key: 'project', weeks: 8, start: 4 },
      { key: 'share', weeks: 2 },
    ]);
    expect(windows).toEqual([
      { key: 'assess', startWeek: 0, endWeek: 2 },
      { key: 'mentor', startWeek: 2, endWeek: 14 },
      { key: 'course', startWeek: 2, endWeek: 8 },
      { key: 'project', startWeek: 4, endWeek: 12 },
      { key: 'share', startWeek: 12, endWeek: 14 },
    ]);
    expect(planWeeks(windows)).toBe(14);
  });

  it('without any timing it is the old sequence, so older framework files plan as before', () => {
    const windows = templateWindows([
      { key: 'a', weeks: 2 },
      { key: 'b', weeks: 3 },
      { key: 'c', weeks: 5 },
    ]);
    expect(windows.map((w) => [w.startWeek, w.endWeek])).toEqual([
      [0, 2],
      [2, 5],
      [5, 10],
    ]);
  });

  it('scales to the target date: the longest window ends on it, none before today', () => {
    const windows = templateWindows([
      { key: 'a', weeks: 2, start: 0 },
      { key: 'b', weeks: 4, start: 0, throughout: true },
    ]);
    expect(windowDueDates(windows, '2027-01-04', '2027-02-01')).toEqual(['2027-01-18', '2027-02-01']);
    expect(windowStartDates(windows, '2027-01-04', '2027-02-01')).toEqual(['2027-01-04', '2027-01-04']);
    // A target in the past collapses onto today.
    expect(windowDueDates(windows, '2027-01-04', '2026-12-01')).toEqual(['2027-01-04', '2027-01-04']);
  });
});

describe('the default framework plans as the seeds describe', async () => {
  const framework = await loadDefaultFramework();

  it('mentoring spans every default plan, alongside the first course', () => {
    for (const goal of [
      'instructional-designer',
      'senior-instructional-designer',
      'learning-strategist',
      'strategic-learning-leader',
      'faculty-trainer',
    ]) {
      const templates = milestoneTemplatesFor(framework, goal);
      const windows = templateWindows(templates);
      const mentoring = windows.find((w) => w.key === 'seek-mentorship')!;
      expect(mentoring.endWeek, goal).toBe(planWeeks(windows));
      const overlapping = windows.filter(
        (w) => w.key !== mentoring.key && w.startWeek < mentoring.endWeek && w.endWeek > mentoring.startWeek,
      );
      expect(overlapping.length, goal).toBeGreaterThanOrEqual(2);
    }
  });

  it('every move of every default role plans in 3 to 13 months by default, activities side by side', () => {
    const lengths = rolesInStageOrder(framework).flatMap((role) =>
      allowedGoals(framework, role.key).map(
        (goal) =>
          [
            `${role.key} → ${goal.role.key}`,
            planWeeks(templateWindows(milestoneTemplatesFor(framework, goal.role.key, role.key))),
          ] as const,
      ),
    );
    expect(lengths.length).toBeGreaterThan(40);
    for (const [move, weeks] of lengths) {
      expect(weeks, move).toBeGreaterThanOrEqual(13);
      expect(weeks, move).toBeLessThanOrEqual(56);
    }
  });

  it('Learning Strategist to Strategic Learning Leader takes about a year, not 23 months', () => {
    const weeks = planWeeks(
      templateWindows(milestoneTemplatesFor(framework, 'strategic-learning-leader', 'learning-strategist')),
    );
    expect(weeks).toBeLessThanOrEqual(56);
    expect(weeks).toBeGreaterThanOrEqual(26);
  });

  it('templates vary by starting role: a coordinator gets a first portfolio piece, a junior designer does not', () => {
    const fromCoordinator = milestoneTemplatesFor(framework, 'instructional-designer', 'learning-coordinator').map(
      (t) => t.key,
    );
    const fromJunior = milestoneTemplatesFor(framework, 'instructional-designer', 'junior-instructional-designer').map(
      (t) => t.key,
    );
    expect(fromCoordinator).toContain('portfolio-piece');
    expect(fromJunior).not.toContain('portfolio-piece');
    expect(fromJunior).toContain('design-a-module');
  });

  it('lists resources per signal, without repeats', () => {
    const resources = resourcesForSignals(framework, 'senior-instructional-designer', [
      'owns-outcomes',
      'non-learning-stakeholders',
    ]);
    expect(resources.map((r) => r.title)).toEqual([
      'ATD Talent Development Capability Model',
      'The Kirkpatrick Model of training evaluation',
    ]);
    expect(resourcesForSignals(framework, 'senior-instructional-designer', [])).toEqual([]);
  });
});

describe('framework checks on timing', () => {
  const base = (milestones: string): string =>
    twoStageYaml(
      '      - { key: junior, title: Junior, focus: Learns. }',
      `      - key: senior
        title: Senior
        focus: Leads.
        signals: [{ key: impact, title: Impact, description: Others use it., resources: [{ title: A course, url: "https://example.com/c" }] }]
        milestones:
${milestones}`,
    );

  it('accepts start, alongside, throughout, from and resources', () => {
    const result = parseFramework(
      base(`          - { key: a, title: A, kind: course, weeks: 2, start: 0 }
          - { key: b, title: B, kind: mentoring, weeks: 4, alongside: a, throughout: true, from: [junior] }`),
    );
    expect(result.ok ? 'ok' : result.problems.map((p) => p.message)).toBe('ok');
  });

  it('names the wrong part: unknown or looping alongside, both start and alongside, an unknown from role', () => {
    const result = parseFramework(
      base(`          - { key: a, title: A, kind: course, weeks: 2, alongside: b }
          - { key: b, title: B, kind: course, weeks: 2, alongside: a }
          - { key: c, title: C, kind: course, weeks: 2, start: 1, alongside: nope }
          - { key: d, title: D, kind: course, weeks: 2, from: [nobody] }`),
    );
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/milestones\[0\]\.alongside: Templates run alongside each other in a loop/),
        'stages[1].roles[0].milestones[2].alongside: Give either start or alongside, not both',
        expect.stringMatching(/milestones\[2\]\.alongside: Unknown template "nope"/),
        'stages[1].roles[0].milestones[3].from[0]: Unknown role "nobody" in from',
      ]),
    );
  });
});

describe('redateForTarget: a new target without re-planning', () => {
  const milestones = [
    { id: 'done', due: '2027-01-20', done: true, setByHand: false },
    { id: 'a', due: '2027-01-31', done: false, setByHand: false },
    { id: 'b', due: '2027-03-02', done: false, setByHand: false },
    { id: 'moved', due: '2027-02-15', done: false, setByHand: true },
  ];

  it('stretches open milestones with the target, leaves done ones and hand-set dates alone', () => {
    // Today 1 Jan, target 2 Mar (60 days) → 1 May (120 days): every open offset doubles.
    const result = redateForTarget(milestones, '2027-01-01', '2027-03-02', '2027-05-01', false);
    expect(result).toEqual({
      changes: [
        { id: 'a', due: '2027-03-02' },
        { id: 'b', due: '2027-05-01' },
      ],
      leftAlone: 1,
    });
  });

  it('moves hand-set dates too when asked, and shrinks as well as stretches', () => {
    const result = redateForTarget(milestones, '2027-01-01', '2027-03-02', '2027-01-31', true);
    expect(result.changes).toEqual([
      { id: 'a', due: '2027-01-16' },
      { id: 'b', due: '2027-01-31' },
      { id: 'moved', due: '2027-01-24' },
    ]);
    expect(result.leftAlone).toBe(0);
  });
});
