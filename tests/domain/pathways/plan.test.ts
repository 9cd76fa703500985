import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultFramework } from '../../../src/services/framework-files.js';
import { milestoneTemplatesFor } from '../../../src/domain/framework/queries.js';
import type { Framework } from '../../../src/domain/framework/schema.js';
import { validatePlan, type ExtraDraft, type PlanDraft, type PlanProblem } from '../../../src/domain/pathways/plan.js';

const TODAY = '2027-01-11';
let framework: Framework;

beforeAll(async () => {
  framework = await loadDefaultFramework();
});

const noExtra: ExtraDraft = { title: undefined, kind: undefined, due: undefined, link: undefined };

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
    extras: [noExtra, noExtra, noExtra],
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
      extras: [{ title: ' Run a lunch-and-learn ', kind: 'project', due: '2027-05-05', link: 'https://example.com/ll' }, noExtra, noExtra],
    });
    input.templates[1]!.keep = false;
    const result = validatePlan(input, framework, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.moveKind).toBe('ladder');
    const titles = result.plan.milestones.map((m) => m.title);
    expect(titles).toHaveLength(8);
    expect(titles[0]).toBe(milestoneTemplatesFor(framework, 'senior-instructional-designer')[0]!.title);
    expect(titles).not.toContain(milestoneTemplatesFor(framework, 'senior-instructional-designer')[1]!.title);
    expect(result.plan.milestones.at(-1)).toEqual({ title: 'Run a lunch-and-learn', kind: 'project', due: '2027-05-05', link: 'https://example.com/ll', signalKeys: [], description: null, templateKey: null });
    expect(result.plan.milestones[0]).toMatchObject({ templateKey: 'assess-competencies', description: expect.stringContaining('Rate yourself') });
  });

  it('labels a sideways move as lattice', () => {
    const templates = milestoneTemplatesFor(framework, 'learning-technologist').map((t) => ({ key: t.key, keep: true, due: '2027-03-01' }));
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
    expect(found).toContainEqual({ field: { kind: 'template', key: input.templates[0]!.key }, message: expect.stringContaining('is in the past') });
    expect(found).toContainEqual({ field: { kind: 'template', key: input.templates[2]!.key }, message: expect.stringContaining('after your target date') });
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

  it('checks each extra milestone that was started: title, size, date and link', () => {
    const found = problems(
      draft({
        extras: [
          { title: undefined, kind: 'course', due: '2027-03-01', link: undefined },
          { title: 'x'.repeat(151), kind: undefined, due: undefined, link: 'javascript:alert(1)' },
          { title: 'Fine', kind: 'sabbatical', due: '2027-03-01', link: 'ftp://example.com' },
        ],
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { field: { kind: 'extra', index: 0, part: 'title' }, message: 'Give the milestone a title.' },
        { field: { kind: 'extra', index: 1, part: 'title' }, message: 'Keep the title under 150 characters.' },
        { field: { kind: 'extra', index: 1, part: 'due' }, message: 'Pick a due date.' },
        { field: { kind: 'extra', index: 1, part: 'link' }, message: 'Give a full web address starting with https://.' },
        { field: { kind: 'extra', index: 2, part: 'kind' }, message: 'Pick a kind from the list.' },
        { field: { kind: 'extra', index: 2, part: 'link' }, message: 'Give a full web address starting with https://.' },
      ]),
    );
  });
});
