import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, parseFramework } from '../../src/domain/framework/parse.js';
import {
  allowedGoals,
  compareFrameworks,
  competenciesOf,
  findRole,
  ladderMovesFrom,
  latticeMovesFrom,
  milestoneTemplatesFor,
  moveKind,
  rolesInStageOrder,
  signalsFor,
  stageOf,
  trackOf,
} from '../../src/domain/framework/queries.js';
import type { Framework } from '../../src/domain/framework/schema.js';
import { frameworksDir, loadDefaultFramework } from '../../src/services/framework-files.js';
import { twoStageYaml } from '../support/framework-yaml.js';

let ld: Framework;
let ldText: string;

beforeAll(async () => {
  ld = await loadDefaultFramework();
  ldText = await readFile(join(frameworksDir(), 'learning-and-development.yaml'), 'utf8');
});

function parseOrThrow(text: string): Framework {
  const result = parseFramework(text);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.framework;
}

const keys = (roles: { key: string }[]): string[] => roles.map((r) => r.key);

describe('L&D ladder', () => {
  it('climbs from each stage to the next stage of the same track', () => {
    expect(keys(ladderMovesFrom(ld, 'instructional-designer'))).toEqual([
      'senior-instructional-designer',
      'learning-consultant',
    ]);
    expect(keys(ladderMovesFrom(ld, 'senior-instructional-designer'))).toEqual(['learning-strategist', 'ld-manager']);
    expect(keys(ladderMovesFrom(ld, 'learning-consultant'))).toEqual(['learning-strategist', 'ld-manager']);
    expect(keys(ladderMovesFrom(ld, 'ld-manager'))).toEqual(['strategic-learning-leader']);
  });

  it('ends at the top of a track, and lattice-track roles have no ladder', () => {
    expect(ladderMovesFrom(ld, 'strategic-learning-leader')).toEqual([]);
    expect(ladderMovesFrom(ld, 'performance-consultant')).toEqual([]);
  });

  it('knows each role’s stage and track', () => {
    expect(stageOf(ld, 'ld-manager')?.order).toBe(4);
    expect(stageOf(ld, 'ld-manager')?.title).toBe('Owning the why');
    expect(trackOf(ld, 'enablement-lead')?.key).toBe('adjacent-paths');
    const role = findRole(ld, 'learning-consultant');
    expect(role && stageOf(ld, role)?.key).toBe('expanding-influence');
  });
});

describe('L&D lattice', () => {
  it('moves across as each role lists', () => {
    expect(keys(latticeMovesFrom(ld, 'instructional-designer'))).toEqual([
      'learning-technologist',
      'multimedia-developer',
      'assessment-writer',
      'faculty-trainer',
    ]);
    expect(keys(latticeMovesFrom(ld, 'learning-consultant'))).toEqual([
      'senior-instructional-designer',
      'performance-consultant',
      'talent-development-partner',
      'enablement-lead',
    ]);
    expect(keys(latticeMovesFrom(ld, 'performance-consultant'))).toEqual([
      'learning-consultant',
      'learning-strategist',
    ]);
    expect(latticeMovesFrom(ld, 'strategic-learning-leader')).toEqual([]);
  });

  it('allowedGoals lists ladder moves first, then lattice moves, with their kind', () => {
    expect(allowedGoals(ld, 'senior-instructional-designer').map((g) => `${g.kind}:${g.role.key}`)).toEqual([
      'ladder:learning-strategist',
      'ladder:ld-manager',
      'lattice:learning-consultant',
      'lattice:learning-technologist',
      'lattice:performance-consultant',
    ]);
    expect(allowedGoals(ld, 'strategic-learning-leader')).toEqual([]);
  });

  it('moveKind tells how a goal is reached, or that it is not offered', () => {
    expect(moveKind(ld, 'learning-strategist', 'strategic-learning-leader')).toBe('ladder');
    expect(moveKind(ld, 'learning-strategist', 'talent-development-partner')).toBe('lattice');
    expect(moveKind(ld, 'instructional-designer', 'strategic-learning-leader')).toBeNull();
    expect(moveKind(ld, 'instructional-designer', 'nobody')).toBeNull();
  });
});

describe('signals and milestone templates of a goal', () => {
  it('signalsFor returns the goal role’s own readiness signals', () => {
    expect(keys(signalsFor(ld, 'ld-manager'))).toEqual([
      'impact-beyond-role',
      'non-learning-stakeholders',
      'systems-thinking',
      'owns-outcomes',
      'develops-others',
      'manages-resources',
    ]);
    // Same goal, same signals, whichever role the person starts from.
    expect(signalsFor(ld, 'learning-strategist')).toEqual(findRole(ld, 'learning-strategist')?.signals);
  });

  it('milestone templates follow the leadership-transition steps in order', () => {
    expect(keys(milestoneTemplatesFor(ld, 'strategic-learning-leader'))).toEqual([
      'assess-competencies',
      'voice-intent',
      'seek-mentorship',
      'workforce-plan-project',
      'build-buy-recommendation',
      'executive-communication-course',
      'finance-course',
      'cross-functional-assignment',
      'promote-work',
      'apply',
    ]);
    const [course] = milestoneTemplatesFor(ld, 'ld-manager').filter((t) => t.key === 'budgeting-course');
    expect(course).toMatchObject({ kind: 'course', weeks: 6, signals: ['manages-resources'] });
  });

  it('returns copies, so callers cannot edit the framework through them', () => {
    signalsFor(ld, 'ld-manager').pop();
    expect(signalsFor(ld, 'ld-manager')).toHaveLength(6);
  });

  it('joins competencies with their names', () => {
    const view = competenciesOf(ld, 'ld-manager');
    expect(view.map((c) => c.competency.title)).toContain('Financial literacy');
    expect(view.find((c) => c.competency.key === 'financial-literacy')?.description).toMatch(/budget/);
  });

  it('unknown keys give empty answers', () => {
    expect(findRole(ld, 'nobody')).toBeUndefined();
    expect(stageOf(ld, 'nobody')).toBeUndefined();
    expect(ladderMovesFrom(ld, 'nobody')).toEqual([]);
    expect(latticeMovesFrom(ld, 'nobody')).toEqual([]);
    expect(allowedGoals(ld, 'nobody')).toEqual([]);
    expect(signalsFor(ld, 'nobody')).toEqual([]);
    expect(milestoneTemplatesFor(ld, 'nobody')).toEqual([]);
    expect(competenciesOf(ld, 'nobody')).toEqual([]);
  });
});

describe('renames with formerKeys', () => {
  // Next year's file: ld-manager becomes learning-manager; old pathways must still resolve.
  function renamedLd(): Framework {
    const text = ldText
      .replace('      - key: ld-manager\n', '      - key: learning-manager\n        formerKeys: [ld-manager]\n')
      .replaceAll('          - ld-manager\n', '          - learning-manager\n');
    return parseOrThrow(text);
  }

  it('findRole and every query follow a former key', () => {
    const next = renamedLd();
    expect(findRole(next, 'ld-manager')?.key).toBe('learning-manager');
    expect(stageOf(next, 'ld-manager')?.order).toBe(4);
    expect(keys(ladderMovesFrom(next, 'ld-manager'))).toEqual(['strategic-learning-leader']);
    expect(signalsFor(next, 'ld-manager')).toEqual(signalsFor(next, 'learning-manager'));
    expect(moveKind(next, 'learning-strategist', 'ld-manager')).toBe('lattice');
  });

  it('compareFrameworks reports the rename and leaves the rest unchanged', () => {
    const changes = compareFrameworks(ld, renamedLd());
    expect(changes).toHaveLength(17);
    expect(changes.find((c) => c.key === 'ld-manager')).toEqual({
      kind: 'renamed',
      key: 'ld-manager',
      to: 'learning-manager',
      previousTitle: 'L&D Manager',
      title: 'L&D Manager',
    });
    expect(changes.filter((c) => c.kind === 'unchanged')).toHaveLength(16);
  });
});

describe('compareFrameworks', () => {
  const senior = (title: string) =>
    `      - { key: senior, title: ${title}, focus: Leads., signals: [{ key: impact, title: Impact beyond your own role, description: Others use your work. }] }`;
  const v1 = twoStageYaml(
    `      - { key: designer, title: Designer, focus: Designs. }
      - { key: coordinator, title: Coordinator, focus: Coordinates. }`,
    senior('Senior'),
  );
  const v2 = twoStageYaml(
    '      - { key: learning-designer, formerKeys: [designer], title: Learning Designer, focus: Designs. }',
    senior('Senior Learning Designer'),
  );

  it('classifies every old role key as unchanged, renamed or removed', () => {
    expect(compareFrameworks(parseOrThrow(v1), parseOrThrow(v2))).toEqual([
      {
        kind: 'renamed',
        key: 'designer',
        to: 'learning-designer',
        previousTitle: 'Designer',
        title: 'Learning Designer',
      },
      { kind: 'removed', key: 'coordinator', previousTitle: 'Coordinator' },
      { kind: 'unchanged', key: 'senior', previousTitle: 'Senior', title: 'Senior Learning Designer' },
    ]);
  });

  it('is the identity on the same framework', () => {
    const framework = parseOrThrow(v1);
    expect(compareFrameworks(framework, framework).every((c) => c.kind === 'unchanged')).toBe(true);
    expect(rolesInStageOrder(framework).map((r) => r.key)).toEqual(['designer', 'coordinator', 'senior']);
  });
});
