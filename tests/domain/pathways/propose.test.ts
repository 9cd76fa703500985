import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../../src/domain/framework/schema.js';
import { proposePlan } from '../../../src/domain/pathways/plan.js';
import { loadDefaultFramework } from '../../../src/services/framework-files.js';
import { GOALS_FROM_INSTRUCTIONAL_DESIGNER } from '../../support/ladder.js';

let framework: Framework;

beforeAll(async () => {
  framework = await loadDefaultFramework();
});

describe('proposePlan', () => {
  it('offers ladder goals first, picks the first, and spreads its templates to a default target', () => {
    const proposal = proposePlan(framework, { fromRoleKey: 'instructional-designer' }, '2027-01-11');
    expect(proposal.goals.map((g) => `${g.kind}:${g.role.key}`)).toEqual(GOALS_FROM_INSTRUCTIONAL_DESIGNER);
    expect(proposal.goalRoleKey).toBe('senior-instructional-designer');
    // Side by side, not end to end: mentoring from week 2 to the end, the first course alongside it,
    // the project from week 4; 28 weeks in all (45 if added one after another).
    expect(proposal.targetDate).toBe('2027-07-26');
    const mentoring = proposal.milestones.find((m) => m.template.key === 'seek-mentorship')!;
    expect(mentoring.start).toBe('2027-01-25');
    expect(mentoring.due).toBe(proposal.targetDate);
    expect(proposal.milestones.at(-1)?.due).toBe(proposal.targetDate);
    expect(proposal.milestones[0]).toMatchObject({ template: { key: 'assess-competencies' }, due: '2027-01-25' });
  });

  it('keeps a chosen goal and target, and drops a goal that is not open from the role', () => {
    const kept = proposePlan(
      framework,
      { fromRoleKey: 'instructional-designer', goalRoleKey: 'learning-technologist', targetDate: '2027-06-30' },
      '2027-01-11',
    );
    expect(kept.goalRoleKey).toBe('learning-technologist');
    expect(kept.targetDate).toBe('2027-06-30');
    const dropped = proposePlan(
      framework,
      { fromRoleKey: 'instructional-designer', goalRoleKey: 'strategic-learning-leader', targetDate: '2026-01-01' },
      '2027-01-11',
    );
    expect(dropped.goalRoleKey).toBe('senior-instructional-designer');
    expect(dropped.targetDate > '2027-01-11').toBe(true);
  });

  it('offers nothing to pick until the role is known, and no goal at the top without lattice moves', () => {
    expect(proposePlan(framework, {}, '2027-01-11')).toMatchObject({
      fromRoleKey: undefined,
      goals: [],
      goalRoleKey: undefined,
      milestones: [],
    });
    expect(proposePlan(framework, { fromRoleKey: 'strategic-learning-leader' }, '2027-01-11')).toMatchObject({
      goals: [],
      milestones: [],
    });
  });

  it('changing the plan’s target re-spreads its dates, except one the person moved themselves while it still fits', () => {
    const base = { fromRoleKey: 'instructional-designer', goalRoleKey: 'senior-instructional-designer' };
    const current = {
      ...base,
      targetDate: '2027-12-31',
      milestones: [
        { templateKey: 'seek-mentorship', due: '2027-05-14', done: false, setByHand: true },
        { templateKey: 'apply', due: '2027-12-31', done: false, setByHand: false },
      ],
    };
    const same = proposePlan(framework, { ...base, current }, '2027-01-11');
    expect(same.targetDate).toBe('2027-12-31');
    expect(same.milestones.filter((m) => m.keep).map((m) => [m.template.key, m.due])).toEqual([
      ['seek-mentorship', '2027-05-14'],
      ['apply', '2027-12-31'],
    ]);
    const earlier = proposePlan(framework, { ...base, current, targetDate: '2027-09-30' }, '2027-01-11');
    expect(earlier.milestones.find((m) => m.template.key === 'seek-mentorship')?.due).toBe('2027-05-14');
    expect(earlier.milestones.find((m) => m.template.key === 'apply')?.due).toBe('2027-09-30');
    // Past the new target, the date moved by hand is re-spread too.
    const tooEarly = proposePlan(framework, { ...base, current, targetDate: '2027-04-30' }, '2027-01-11');
    expect(tooEarly.milestones.find((m) => m.template.key === 'seek-mentorship')?.due).toBe('2027-04-30');
  });
});
