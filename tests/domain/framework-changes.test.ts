import { beforeAll, describe, expect, it } from 'vitest';
import {
  hasRoleChanges,
  type PersonSituation,
  planFrameworkChange,
  planPathway,
  roleFate,
  summarizeFrameworkChange,
} from '../../src/domain/framework/changes.js';
import { formatProblems, parseFramework } from '../../src/domain/framework/parse.js';
import type { Framework } from '../../src/domain/framework/schema.js';
import { loadDefaultFramework } from '../../src/services/framework-files.js';
import { frameworkVariant, removeRole, renameRole } from '../support/framework-variants.js';

function parsed(source: string): Framework {
  const result = parseFramework(source);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.framework;
}

let ld: Framework;
/** senior-instructional-designer → senior-learning-designer; learning-consultant removed; ld-manager retitled; one role added. */
let next: Framework;

beforeAll(async () => {
  ld = await loadDefaultFramework();
  next = parsed(
    frameworkVariant((framework) => {
      renameRole(framework, 'senior-instructional-designer', 'senior-learning-designer', 'Senior Learning Designer');
      removeRole(framework, 'learning-consultant');
      const stage3 = framework.stages.find((stage) => stage.key === 'owning-the-why')!;
      stage3.roles.find((role) => role.key === 'ld-manager')!.title = 'Head of L&D Operations';
      const adjacent = framework.stages.find((stage) => stage.track === 'adjacent-paths')!;
      adjacent.roles.push({
        key: 'learning-analyst',
        title: 'Learning Analyst',
        focus: 'Measures what learning changes.',
      });
    }),
  );
});

describe('summarizeFrameworkChange', () => {
  it('lists roles added, renamed (formerKeys), retitled and removed', () => {
    const summary = summarizeFrameworkChange(ld, next);
    expect(summary.added).toEqual([{ key: 'learning-analyst', title: 'Learning Analyst' }]);
    expect(summary.renamed).toEqual([
      {
        from: { key: 'senior-instructional-designer', title: 'Senior Instructional Designer' },
        to: { key: 'senior-learning-designer', title: 'Senior Learning Designer' },
      },
    ]);
    expect(summary.retitled).toEqual([
      { key: 'ld-manager', previousTitle: ld.stages[3]!.roles[1]!.title, title: 'Head of L&D Operations' },
    ]);
    expect(summary.removed).toEqual([{ key: 'learning-consultant', title: 'Learning Consultant' }]);
    expect(hasRoleChanges(summary)).toBe(true);
  });

  it('reports nothing for the same framework', () => {
    const summary = summarizeFrameworkChange(ld, ld);
    expect(summary).toEqual({ added: [], renamed: [], retitled: [], removed: [] });
    expect(hasRoleChanges(summary)).toBe(false);
  });
});

describe('roleFate', () => {
  it('follows a key to its new key, and says when a role is gone', () => {
    expect(roleFate(ld, next, 'instructional-designer')).toEqual({
      kind: 'kept',
      role: { key: 'instructional-designer', title: 'Instructional Designer' },
    });
    expect(roleFate(ld, next, 'senior-instructional-designer')).toMatchObject({
      kind: 'renamed',
      to: { key: 'senior-learning-designer' },
    });
    expect(roleFate(ld, next, 'ld-manager')).toMatchObject({
      kind: 'renamed',
      to: { key: 'ld-manager', title: 'Head of L&D Operations' },
    });
    expect(roleFate(ld, next, 'learning-consultant')).toEqual({
      kind: 'removed',
      role: { key: 'learning-consultant', title: 'Learning Consultant' },
    });
  });

  it('shows an unknown stored key as itself', () => {
    expect(roleFate(ld, next, 'no-such-role')).toEqual({
      kind: 'removed',
      role: { key: 'no-such-role', title: 'no-such-role' },
    });
  });

  it('follows a key stored before an earlier rename (a former key of the previous version)', () => {
    const renamedTwice = parsed(
      frameworkVariant((framework) => {
        renameRole(framework, 'senior-instructional-designer', 'senior-learning-designer', 'Senior Learning Designer');
        renameRole(framework, 'senior-learning-designer', 'lead-learning-designer', 'Lead Learning Designer');
      }),
    );
    expect(roleFate(next, renamedTwice, 'senior-instructional-designer')).toMatchObject({
      kind: 'renamed',
      to: { key: 'lead-learning-designer' },
    });
  });
});

describe('planPathway', () => {
  const pathway = (fromRoleKey: string, goalRoleKey: string) => ({ id: 'p1', fromRoleKey, goalRoleKey, framework: ld });

  it('moves a pathway to the renamed goal and keeps the move kind', () => {
    expect(planPathway(pathway('instructional-designer', 'senior-instructional-designer'), next)).toMatchObject({
      action: 'follow',
      fromRoleKey: 'instructional-designer',
      goalRoleKey: 'senior-learning-designer',
      moveKind: 'ladder',
    });
  });

  it('moves an untouched pathway too, with nothing renamed', () => {
    const plan = planPathway(pathway('senior-instructional-designer', 'learning-strategist'), next);
    expect(plan).toMatchObject({
      action: 'follow',
      fromRoleKey: 'senior-learning-designer',
      goalRoleKey: 'learning-strategist',
    });
    expect(plan.goal.kind).toBe('kept');
  });

  it('asks to choose when the goal, or the starting role, was removed', () => {
    expect(planPathway(pathway('instructional-designer', 'learning-consultant'), next)).toMatchObject({
      action: 'choose',
      reason: 'goal-removed',
    });
    expect(planPathway(pathway('learning-consultant', 'learning-strategist'), next)).toMatchObject({
      action: 'choose',
      reason: 'from-removed',
    });
  });

  it('asks to choose when the new version no longer offers the move', () => {
    const noLattice = parsed(
      frameworkVariant((framework) => {
        for (const stage of framework.stages)
          for (const role of stage.roles) if (role.key === 'instructional-designer') role.lattice = [];
      }),
    );
    expect(planPathway(pathway('instructional-designer', 'learning-technologist'), noLattice)).toMatchObject({
      action: 'choose',
      reason: 'move-unavailable',
    });
  });
});

describe('planFrameworkChange', () => {
  const person = (personId: string, currentRoleKey: string | null, route?: [string, string]): PersonSituation => ({
    personId,
    currentRoleKey,
    pathway: route ? { id: `pathway-${personId}`, fromRoleKey: route[0], goalRoleKey: route[1], framework: ld } : null,
  });

  it('updates renamed current roles, clears removed ones, and notifies only people with a visible change', () => {
    const plans = planFrameworkChange(ld, next, [
      person('renamed-goal', 'instructional-designer', ['instructional-designer', 'senior-instructional-designer']),
      person('removed-goal', 'instructional-designer', ['instructional-designer', 'learning-consultant']),
      person('renamed-role', 'senior-instructional-designer'),
      person('removed-role', 'learning-consultant'),
      person('untouched', 'instructional-designer', ['instructional-designer', 'learning-technologist']),
      person('no-role', null),
    ]);
    const byId = new Map(plans.map((plan) => [plan.personId, plan]));
    expect(byId.get('renamed-goal')).toMatchObject({
      currentRoleKey: 'instructional-designer',
      notify: true,
      pathway: { action: 'follow' },
    });
    expect(byId.get('removed-goal')).toMatchObject({
      notify: true,
      pathway: { action: 'choose', reason: 'goal-removed' },
    });
    expect(byId.get('renamed-role')).toMatchObject({
      currentRoleKey: 'senior-learning-designer',
      notify: true,
      pathway: null,
    });
    expect(byId.get('removed-role')).toMatchObject({
      currentRoleKey: null,
      notify: true,
      currentRole: { kind: 'removed' },
    });
    expect(byId.get('untouched')).toMatchObject({
      notify: false,
      pathway: { action: 'follow', goalRoleKey: 'learning-technologist' },
    });
    expect(byId.get('no-role')).toEqual({
      personId: 'no-role',
      currentRole: null,
      currentRoleKey: null,
      pathway: null,
      notify: false,
    });
  });
});
