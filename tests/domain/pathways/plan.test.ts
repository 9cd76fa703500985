import { beforeAll, describe, expect, it } from 'vitest';
import { milestoneTemplatesFor } from '../../../src/domain/framework/queries.js';
import type { Framework } from '../../../src/domain/framework/schema.js';
import { type PlanDraft, type PlanProblem, proposePlan, validatePlan } from '../../../src/domain/pathways/plan.js';
import { loadDefaultFramework } from '../../../src/services/framework-files.js';

const TODAY = '2027-01-11';
let framework: Framework;

beforeAll(async () => {
  framework = await loadDefaultFramework();
});

function draft(overrides: Partial<PlanDraft> = {}): PlanDraft {
  const templates = milestoneTemplatesFor(framework, 'senior-instructional-designer').map((t, i) => ({
    key: t.key,
    keep: true,
    due: `2027-0${2 + Math.min(i, 7)}-01`,
  }));
  return {
    fromRoleKey: 'instructional-designer',
    goalRoleKey: 'senior-instructional-designer',
    targetDate: '2027-12-31',
    templates,
    own: undefined,
    ...overrides,
  };
}

function problems(input: PlanDraft): PlanProblem[] {
  const result = validatePlan(input, framework, TODAY);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validatePlan', () => {
  it('accepts a ladder move with kept templates in framework order, then the person’s own', () => {
    const input = draft({
      own: ' Run a lunch-and-learn by 5 May \n\n- Shadow a director',
    });
    input.templates[1]!.keep = false;
    const result = validatePlan(input, framework, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.moveKind).toBe('ladder');
    const titles = result.plan.milestones.map((m) => m.title);
    expect(titles).toHaveLength(9);
    expect(titles[0]).toBe(milestoneTemplatesFor(framework, 'senior-instructional-designer')[0]!.title);
    expect(titles).not.toContain(milestoneTemplatesFor(framework, 'senior-instructional-designer')[1]!.title);
    expect(result.plan.milestones.slice(-2)).toEqual([
      {
        title: 'Run a lunch-and-learn',
        kind: 'other',
        due: '2027-05-05',
        link: null,
        signalKeys: [],
        description: null,
        templateKey: null,
        dueSetByHand: true,
      },
      // Without a date, due on the target date.
      {
        title: 'Shadow a director',
        kind: 'other',
        due: '2027-12-31',
        link: null,
        signalKeys: [],
        description: null,
        templateKey: null,
        dueSetByHand: false,
      },
    ]);
    expect(result.plan.milestones[0]).toMatchObject({
      templateKey: 'assess-competencies',
      description: expect.stringContaining('Rate yourself'),
    });
  });

  it('labels a sideways move as lattice', () => {
    const templates = milestoneTemplatesFor(framework, 'learning-technologist').map((t) => ({
      key: t.key,
      keep: true,
      due: '2027-03-01',
    }));
    const result = validatePlan(draft({ goalRoleKey: 'learning-technologist', templates }), framework, TODAY);
    expect(result.ok && result.plan.moveKind).toBe('lattice');
  });

  it('refuses a goal that is not a move from the current role', () => {
    expect(problems(draft({ goalRoleKey: 'strategic-learning-leader' }))).toContainEqual({
      field: { kind: 'goal' },
      message: 'Pick a goal from the list: these are the moves from Instructional Designer.',
    });
    expect(problems(draft({ fromRoleKey: 'no-such-role' })).map((p) => p.field)).toContainEqual({ kind: 'from' });
  });

  it('refuses a target date of today or earlier', () => {
    for (const targetDate of ['2027-01-11', '2026-12-31', undefined]) {
      expect(problems(draft({ targetDate })).map((p) => p.field)).toContainEqual({ kind: 'target' });
    }
  });

  it('refuses past due dates and dates after the target, at the field', () => {
    const input = draft({ targetDate: '2027-06-30' });
    input.templates[0]!.due = '2027-01-10';
    input.templates[2]!.due = '2027-07-01';
    const found = problems(input);
    // Named, as the problem is shown on the list of suggestions rather than beside the date.
    const titles = milestoneTemplatesFor(framework, 'senior-instructional-designer').map((t) => t.title);
    expect(found).toContainEqual({
      field: { kind: 'template', key: input.templates[0]!.key },
      message: expect.stringMatching(new RegExp(`^“${titles[0]}”: .*is in the past`)),
    });
    expect(found).toContainEqual({
      field: { kind: 'template', key: input.templates[2]!.key },
      message: `“${titles[2]}”: Thu 1 Jul 2027 is after your target date (Wed 30 Jun 2027): pick an earlier date or a later target.`,
    });
  });

  it('ignores the dates of dropped templates', () => {
    const input = draft();
    input.templates[0] = { ...input.templates[0]!, keep: false, due: '2020-01-01' };
    expect(validatePlan(input, framework, TODAY).ok).toBe(true);
  });

  it('refuses an empty selection', () => {
    const input = draft();
    for (const choice of input.templates) choice.keep = false;
    expect(problems(input).map((p) => p.field)).toEqual([{ kind: 'keep' }]);
  });

  it('reads the own milestones one a line, dates as people type them, and names the line that is wrong', () => {
    const found = problems(
      draft({
        own: [
          'Fine by next friday',
          'x'.repeat(151),
          'Read a book by nxt friday',
          'Too late by 2028-01-31',
          'Past by 2027-01-10',
        ].join('\n'),
      }),
    );
    expect(found).toEqual([
      { field: { kind: 'own' }, message: 'Line 2: keep the title under 150 characters.' },
      { field: { kind: 'own' }, message: expect.stringMatching(/^Line 3: I read "friday" as a date but not "nxt"/) },
      {
        field: { kind: 'own' },
        message:
          'Line 4: Mon 31 Jan 2028 is after your target date (Fri 31 Dec 2027): pick an earlier date or a later target.',
      },
      { field: { kind: 'own' }, message: expect.stringMatching(/^Line 5: .*is in the past/) },
    ]);
  });

  it('reads 3/4 day first unless the person writes the month first', () => {
    const dayFirst = validatePlan(draft({ own: 'Shadow a director by 3/4/2027' }), framework, TODAY, undefined, true);
    const monthFirst = validatePlan(
      draft({ own: 'Shadow a director by 3/4/2027' }),
      framework,
      TODAY,
      undefined,
      false,
    );
    expect(dayFirst.ok && dayFirst.plan.milestones.at(-1)?.due).toBe('2027-04-03');
    expect(monthFirst.ok && monthFirst.plan.milestones.at(-1)?.due).toBe('2027-03-04');
  });

  it('takes own milestones alone as a plan, and refuses more lines than the box holds', () => {
    const input = draft({ own: 'Shadow a director' });
    for (const choice of input.templates) choice.keep = false;
    expect(validatePlan(input, framework, TODAY).ok).toBe(true);
    const many = Array.from({ length: 11 }, (_, i) => `Milestone ${i + 1}`).join('\n');
    expect(problems(draft({ own: many }))).toContainEqual({
      field: { kind: 'own' },
      message: expect.stringContaining('Add up to 10 here (you have 11)'),
    });
  });

  it('a suggestion’s date the person changed counts as set by hand (a new target leaves it); the proposed one does not', () => {
    const proposal = proposePlan(
      framework,
      { fromRoleKey: 'instructional-designer', goalRoleKey: 'senior-instructional-designer', targetDate: '2027-12-31' },
      TODAY,
    );
    const templates = proposal.milestones.map((m) => ({ key: m.template.key, keep: true, due: m.due }));
    templates[1] = { ...templates[1]!, due: '2027-02-15' };
    const result = validatePlan(draft({ templates }), framework, TODAY);
    expect(result.ok && result.plan.milestones.map((m) => m.dueSetByHand)).toEqual(templates.map((_, i) => i === 1));
  });
});
