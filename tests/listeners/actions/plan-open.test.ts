import { expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { textOf, viewOf } from '../../support/slack-ui.js';

describe('opening the plan modal (plan_open and /pathway plan)', () => {
  const t = usePathwayApp();

  it('opens with the trigger id of /pathway plan, roles grouped by stage, goals for the current role', async () => {
    await seedPathway(t, ALICE, weeklyMilestones(2, '2027-02-01'));
    const request = await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
    const call = await t.fake.waitForCall('views.open');
    expect(call.args.trigger_id).toBe(request.triggerId);
    const view = viewOf(call);
    expectValidView(view);
    expect(view.callback_id).toBe('plan_modal');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ rev: 0, goal: 'senior-instructional-designer' });

    const role = view.blocks.find((b) => b.block_id === 'plan_role') as unknown as {
      dispatch_action: boolean;
      element: Record<string, unknown>;
    };
    expect(role.dispatch_action).toBe(true);
    const groups = role.element.option_groups as { label: { text: string }; options: { value: string }[] }[];
    expect(groups[0]?.label.text).toBe('Learning the system (junior roles)');
    expect(groups[0]?.options.map((o) => o.value)).toContain('learning-coordinator');
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toContain('learning-technologist');
    expect(role.element.initial_option).toMatchObject({ value: 'instructional-designer' });

    const goal = view.blocks.find((b) => b.block_id === 'plan_goal.0') as unknown as {
      element: { options: { text: { text: string }; value: string }[] };
    };
    expect(goal.element.options.map((o) => o.text.text)).toEqual([
      'Step up: Senior Instructional Designer',
      'Step up: Learning Consultant',
      'Move across: Learning Technologist',
      'Move across: Multimedia Developer',
      'Move across: Assessment Writer',
      'Move across: Faculty Trainer',
    ]);
    // Eight templates for Senior Instructional Designer: one list to keep them (10 a group), then a row each with its date.
    expect(view.blocks.filter((b) => b.block_id?.startsWith('plan_due.0.'))).toHaveLength(8);
    expect(view.blocks.filter((b) => b.block_id?.startsWith('plan_keep.0.'))).toHaveLength(1);
    expect(view.blocks.filter((b) => b.block_id?.startsWith('plan_due.0.')).every((b) => b.type === 'section')).toBe(
      true,
    );
    // Each row says when the activity runs, and the framework's resources for the signals it builds.
    const rows = view.blocks.filter((b) => b.block_id?.startsWith('plan_due.0.')).map((b) => textOf(b));
    expect(rows.find((row) => row.includes('seek-mentorship'))).toContain('runs throughout, from');
    expect(rows.some((row) => row.includes(':link: Helps: <https://'))).toBe(true);
    // What saving does to the current plan is said first.
    expect(textOf(view.blocks[0])).toContain('*Changing your plan:* this starts from your current one');
    expect(view.blocks.at(-1)).toMatchObject({ block_id: 'plan_own', element: { multiline: true } });
    expectCleanSlackTraffic(t);
  });

  it('opens from the welcome’s Start a plan button for someone new, with no role chosen yet', async () => {
    const request = await t.driver.slashCommand({ userId: ALICE, text: '' });
    const welcome = (await t.responseTo(request)).body as { blocks: unknown[] };
    expect(textOf(welcome.blocks)).toContain('"action_id":"plan_open"');

    const click = await t.driver.blockAction({ userId: ALICE, actionId: 'plan_open' });
    const call = await t.fake.waitForCall('views.open');
    expect(call.args.trigger_id).toBe(click.triggerId);
    const view = viewOf(call);
    expectValidView(view);
    expect(view.blocks.find((b) => b.block_id === 'plan_role')).not.toHaveProperty('element.initial_option');
    expect(textOf(view)).toContain('Pick your role today to see where you can go from it.');
    expect(textOf(view)).not.toContain('Changing your plan');
    expectCleanSlackTraffic(t);
  });

  it('answers /pathway plan with words after it with the exact form', async () => {
    const request = await t.driver.slashCommand({ userId: ALICE, text: 'plan senior please' });
    const body = (await t.responseTo(request)).body as { blocks: unknown[] };
    expect(textOf(body.blocks)).toContain('with nothing after it.\\nType it like this: `/pathway plan`');
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });
});
