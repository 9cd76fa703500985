import { expectValidBlocks } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  packSections,
  roleChoiceBlocks,
  roleDetailBlocks,
  roleNotFoundBlocks,
  rolesOverviewBlocks,
} from '../../src/blocks/roles.js';
import { rolesInStageOrder } from '../../src/domain/framework/queries.js';
import { FrameworkSchema, MAX_ROLES, MAX_SIGNALS_PER_ROLE } from '../../src/domain/framework/schema.js';
import { hostile, hostileFramework, mrkdwnTexts } from '../support/hostile.js';

/** The largest framework the schema allows: 50 stages, 100 roles, 12 signals and 20 competencies each, maximal text. */
function hugeFramework() {
  const competencies = Array.from({ length: 20 }, (_, i) => ({
    key: `c${i}`,
    title: hostile(75, `C${i}`),
    description: hostile(500, 'd'),
  }));
  const stageCount = 50;
  const input = hostileFramework(
    stageCount,
    (s) =>
      Array.from({ length: MAX_ROLES / stageCount }, (_, r) => ({
        key: `role-${s}-${r}-${'x'.repeat(40)}`,
        title: hostile(75, `Role ${s}.${r}`),
        alternativeTitles: Array.from({ length: 10 }, (_, a) => hostile(75, `Alt ${a}`)),
        focus: hostile(500, 'role focus'),
        competencies: competencies.map((c) => ({ competency: c.key, description: hostile(500, 'level') })),
        signals: Array.from({ length: MAX_SIGNALS_PER_ROLE }, (_, g) => ({
          key: `sig-${g}`,
          title: hostile(75, `Signal ${g}`),
          description: hostile(500, 'sd'),
        })),
        milestones: Array.from({ length: 20 }, (_, m) => ({
          key: `m-${m}`,
          title: hostile(75, `Milestone ${m}`),
          kind: 'course' as const,
          weeks: 4,
        })),
      })),
    { competencies },
  );
  return FrameworkSchema.parse(input);
}

describe('roles blocks at the limits', () => {
  const framework = hugeFramework();
  const roles = rolesInStageOrder(framework);

  it('shows all 50 stages and 100 roles within 50 blocks and 3000 characters a text', () => {
    const blocks = rolesOverviewBlocks({ framework, currentRoleKey: roles[0]!.key });
    expectValidBlocks(blocks, 'message');
    expect(blocks.length).toBeLessThanOrEqual(50);
    const shown = mrkdwnTexts(blocks);
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).toContain('*50. Stage 49'); // all 50 stages, packed two or more to a section
  });

  it('keeps a role with every list at its maximum within the limits', () => {
    const blocks = roleDetailBlocks({ framework, currentRoleKey: roles[0]!.key }, roles[2]!);
    expectValidBlocks(blocks, 'message');
    expect(mrkdwnTexts(blocks)).toContain('&lt;!channel&gt;');
    expect(mrkdwnTexts(blocks)).not.toContain('<!channel>');
  });

  it('keeps the choice and not-found answers within the limits', () => {
    expectValidBlocks(roleChoiceBlocks('x'.repeat(100), roles), 'message');
    expect(JSON.stringify(roleChoiceBlocks('role', roles))).toContain('and 85 more');
    expectValidBlocks(roleNotFoundBlocks('<!here>'.repeat(20), roles[0]), 'message');
  });
});

describe('packSections', () => {
  it('gives each text its own section while they fit the budget', () => {
    expect(packSections(['a', 'b'], 5)).toHaveLength(2);
  });

  it('joins texts when over budget, and counts what still does not fit', () => {
    const texts = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(1500));
    const packed = packSections(texts, 3);
    expect(packed).toHaveLength(3);
    expect(JSON.stringify(packed.at(-1))).toContain('more stages');
    expectValidBlocks(packed, 'message');
  });
});
