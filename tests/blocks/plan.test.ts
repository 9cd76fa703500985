import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/blocks/home.js';
import { doneConfirmation, doneModal, editModal, milestoneRowBlocks, moveModal } from '../../src/blocks/milestones.js';
import { overviewBlocks } from '../../src/blocks/overview.js';
import { planModal } from '../../src/blocks/plan.js';
import { rolesInStageOrder } from '../../src/domain/framework/queries.js';
import { FrameworkSchema, MAX_ROLES } from '../../src/domain/framework/schema.js';
import { MAX_LINK_LENGTH } from '../../src/domain/pathways/milestones.js';
import { proposePlan } from '../../src/domain/pathways/plan.js';
import { loadDefaultFramework } from '../../src/services/framework-files.js';
import type { MilestoneSummary } from '../../src/services/milestones.js';
import type { MilestoneView, Overview } from '../../src/services/overview.js';
import { hostile, hostileFramework, mrkdwnTexts } from '../support/hostile.js';
import { pathwayView } from '../support/views.js';

/** 50 stages × 2 roles, every role with 20 lattice moves and 20 milestone templates, all text at its limit. */
function largestFramework() {
  const stages = 50;
  const perStage = MAX_ROLES / stages;
  const key = (s: number, r: number) => `role-${s}-${r}-${'x'.repeat(40)}`;
  const input = hostileFramework(stages, (s) =>
    Array.from({ length: perStage }, (_, r) => ({
      key: key(s, r),
      title: hostile(75, `Role ${s}.${r}`),
      focus: hostile(500, 'role focus'),
      signals: [{ key: 'signal', title: hostile(75, 'Signal'), description: hostile(500, 'signal') }],
      lattice: Array.from({ length: 20 }, (_, i) => key((s + 2 + i) % stages, r)).filter((k) => k !== key(s, r)),
      milestones: Array.from({ length: 20 }, (_, m) => ({
        key: `template-${m}`,
        title: hostile(75, `Template ${m}`),
        kind: 'project' as const,
        weeks: 104,
        description: hostile(500, 'description'),
        link: `https://example.com/${'l'.repeat(2900)}`,
        signals: ['signal'],
      })),
    })),
  );
  return { framework: FrameworkSchema.parse(input), from: key(0, 0) };
}

const longTitle = hostile(150, 'Milestone');
const longLink = `https://example.com/${'p'.repeat(MAX_LINK_LENGTH - 20)}`;

function milestone(position: number, daysLeft: number | null): MilestoneView {
  return {
    id: `m${position}`,
    position,
    title: longTitle,
    kind: 'certification',
    dueDate: '2027-03-01',
    link: longLink,
    done: daysLeft === null,
    doneDate: daysLeft === null ? '2027-01-02' : null,
    daysLeft,
  };
}

describe('plan modal at the framework format’s limits', () => {
  it('stays within 100 blocks and every Block Kit limit, with all options present', () => {
    const { framework, from } = largestFramework();
    const proposal = proposePlan(framework, { fromRoleKey: from }, '2027-01-11');
    expect(proposal.goals.length).toBeGreaterThanOrEqual(20);
    expect(proposal.milestones).toHaveLength(20);
    const view = planModal({ framework, proposal, today: '2027-01-11', rev: 999, replacing: true });
    expectValidView(view);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(mrkdwnTexts(view)).toContain('&lt;!channel&gt;');
    expect(mrkdwnTexts(view)).not.toContain('<!channel>');
  });
});

describe('plan modal length for the default framework', () => {
  /**
   * The earlier layout, measured on this framework before it changed: intro, warning, role,
   * goal, target, a divider and heading, the keep list, a date input per suggestion, then a
   * divider, heading and 12 empty fields (title, kind, date, link × 3) for own milestones.
   */
  const before = (suggestions: number) => ({ blocks: suggestions + 22, fields: suggestions + 16 });
  /** What a person fills in: input blocks and the dates beside the suggestions. */
  const fields = (blocks: { type: string; accessory?: { type: string } }[]) =>
    blocks.filter((b) => b.type === 'input' || (b.type === 'section' && b.accessory?.type === 'datepicker')).length;

  it('is at most 55% of its earlier length in blocks, and about half in fields, for every move of every default role', async () => {
    const framework = await loadDefaultFramework();
    const measured: string[] = [];
    for (const role of rolesInStageOrder(framework)) {
      for (const goal of proposePlan(framework, { fromRoleKey: role.key }, '2027-01-11').goals) {
        const proposal = proposePlan(framework, { fromRoleKey: role.key, goalRoleKey: goal.role.key }, '2027-01-11');
        const view = planModal({ framework, proposal, today: '2027-01-11', rev: 0, replacing: true });
        expectValidView(view);
        const earlier = before(proposal.milestones.length);
        const blocks = view.blocks as { type: string; accessory?: { type: string } }[];
        measured.push(
          `${role.key} → ${goal.role.key}: ${blocks.length}/${earlier.blocks} blocks, ${fields(blocks)}/${earlier.fields} fields`,
        );
        expect(blocks.length, measured.at(-1)).toBeLessThanOrEqual(Math.floor(earlier.blocks * 0.55));
        expect(fields(blocks), measured.at(-1)).toBeLessThanOrEqual(Math.ceil(earlier.fields * 0.6));
      }
    }
    expect(measured.length).toBeGreaterThan(40);
  });
});

describe('milestone surfaces with the longest title and link', () => {
  const summary: MilestoneSummary = {
    id: 'm1',
    pathwayId: 'p1',
    position: 999,
    title: longTitle,
    kind: 'course',
    dueDate: '2027-03-01',
    link: longLink,
    doneDate: null,
  };
  const metadata = { milestoneId: 'c'.repeat(100), responseUrl: `https://hooks.slack.com/actions/${'r'.repeat(900)}` };

  it('builds valid modals', () => {
    for (const view of [
      doneModal(summary, metadata),
      moveModal(summary, '2027-01-11', metadata),
      editModal(summary, metadata),
    ]) {
      expectValidView(view);
      expect(mrkdwnTexts(view)).not.toContain('<!channel>');
    }
  });

  it('builds valid rows and confirmations', () => {
    expectValidBlocks(milestoneRowBlocks(milestone(1, -3)), 'home');
    expectValidBlocks(doneConfirmation(summary, 0).blocks, 'message');
    expect(mrkdwnTexts(doneConfirmation(summary, 0).blocks)).toContain('&lt;!channel&gt;');
  });

  it('keeps Home and the overview within limits for a long plan', () => {
    const milestones = Array.from({ length: 200 }, (_, i) => milestone(i + 1, i % 3 === 0 ? null : i - 100));
    const overview: Overview = {
      today: '2027-01-11',
      lastCheckIn: null,
      readiness: null,
      pathway: pathwayView(milestones, {
        id: 'p1',
        from: { key: 'a', title: hostile(75, 'From'), stageTitle: undefined, stageOrder: undefined },
        goal: { key: 'b', title: hostile(75, 'Goal'), stageTitle: undefined, stageOrder: 2 },
        moveKind: 'lattice',
        targetDate: '2027-12-31',
      }),
    };
    for (const page of [0, 1, 7, 14]) expectValidView(homeView(overview, { page }));
    expectValidBlocks(overviewBlocks(overview), 'message');
  });
});
