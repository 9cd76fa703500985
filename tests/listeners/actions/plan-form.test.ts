import { expectValidView } from '@pathway/fake-slack';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { formValues, nextCall, type OpenedView, openedView, setField } from '../../support/slack-ui.js';

interface Select {
  element: { options: { text: { text: string }; value: string }[]; initial_option?: { value: string } };
}

describe('changing role, goal or target in the plan modal (views.update)', () => {
  const t = usePathwayApp();
  beforeEach(async () => {
    await seedPathway(t, ALICE, weeklyMilestones(1, '2027-02-01'));
  });

  /** The open plan modal as Slack sends it with an action: its id, hash, metadata and the form's values. */
  function planModalState(opened: OpenedView, values: ReturnType<typeof formValues>) {
    return {
      id: opened.id,
      hash: opened.hash,
      callbackId: 'plan_modal',
      privateMetadata: opened.view.private_metadata ?? '',
      values,
    };
  }

  async function openModal(): Promise<OpenedView> {
    await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
    return openedView(await t.fake.waitForCall('views.open'));
  }

  async function change(
    opened: OpenedView,
    actionId: string,
    blockId: string,
    patch: Record<string, unknown>,
  ): Promise<OpenedView> {
    const values = formValues(opened.view);
    setField(values, blockId, patch);
    const updated = nextCall(t, 'views.update');
    await t.driver.blockAction({
      userId: ALICE,
      actionId,
      blockId,
      ...('selected_option' in patch
        ? { selectedOption: patch.selected_option as { value: string } }
        : { selectedDate: patch.selected_date as string }),
      view: planModalState(opened, values),
    });
    const call = await updated;
    expect(call.args.view_id).toBe(opened.id);
    expect(call.args.hash).toBe(opened.hash);
    return openedView(call);
  }

  function block<T>(opened: OpenedView, blockId: string): T {
    const found = opened.view.blocks.find((b) => b.block_id === blockId);
    if (!found) throw new Error(`no block ${blockId}`);
    return found as unknown as T;
  }

  it('offers the goals of the new role and resets the goal when the role changes', async () => {
    const opened = await openModal();
    const updated = await change(opened, 'plan_role', 'plan_role', {
      selected_option: { value: 'senior-instructional-designer' },
    });
    expectValidView(updated.view);
    expect(JSON.parse(updated.view.private_metadata ?? '')).toEqual({ rev: 1, goal: 'learning-strategist' });
    const goal = block<Select>(updated, 'plan_goal.1');
    expect(goal.element.options.map((o) => o.value)).toEqual([
      'learning-strategist',
      'ld-manager',
      'learning-consultant',
      'learning-technologist',
      'performance-consultant',
    ]);
    expect(goal.element.initial_option?.value).toBe('learning-strategist');
    // The suggestions are the new goal's, under fresh block ids so Slack shows their new dates.
    expect(updated.view.blocks.some((b) => b.block_id === 'plan_due.1.professional-certification')).toBe(true);
    expect(updated.view.blocks.some((b) => b.block_id?.startsWith('plan_due.0.'))).toBe(false);
    expectCleanSlackTraffic(t);
  });

  it('re-spreads the suggested dates to a new target date', async () => {
    const opened = await openModal();
    const lastDue = (view: OpenedView, rev: number): string =>
      block<{ accessory: { initial_date: string } }>(view, `plan_due.${rev}.apply`).accessory.initial_date;
    expect(lastDue(opened, 0) > '2027-06-30').toBe(true);
    const updated = await change(opened, 'plan_target', 'plan_target', { selected_date: '2027-06-30' });
    expect(lastDue(updated, 1)).toBe('2027-06-30');
    const dues = updated.view.blocks
      .filter((b) => b.block_id?.startsWith('plan_due.1.'))
      .map((b) => (b as unknown as { accessory: { initial_date: string } }).accessory.initial_date);
    // Activities overlap: mentoring runs to the target while others end earlier.
    expect(dues).toContain('2027-06-30');
    expect(dues.every((d) => d >= '2027-01-11' && d <= '2027-06-30')).toBe(true);
  });

  it('keeps the chosen goal when only the goal changes, and shows its templates', async () => {
    const opened = await openModal();
    const updated = await change(opened, 'plan_goal', 'plan_goal.0', {
      selected_option: { value: 'learning-technologist' },
    });
    expect(block<Select>(updated, 'plan_goal.1').element.initial_option?.value).toBe('learning-technologist');
    expect(updated.view.blocks.some((b) => b.block_id === 'plan_due.1.platform-certification')).toBe(true);
  });

  it('leaves the modal alone when a newer change already updated it (hash_conflict)', async () => {
    const opened = await openModal();
    await change(opened, 'plan_goal', 'plan_goal.0', { selected_option: { value: 'learning-technologist' } });
    // The same stale hash again: Slack refuses, the app logs nothing alarming and does not retry.
    const values = formValues(opened.view);
    await t.driver.blockAction({
      userId: ALICE,
      actionId: 'plan_target',
      blockId: 'plan_target',
      selectedDate: '2027-05-01',
      view: planModalState(opened, values),
    });
    const refused = await t.fake.waitForCall('views.update', (call) => call.response?.error === 'hash_conflict');
    expect(refused.args.hash).toBe(opened.hash);
    expect(t.fake.callsTo('views.update')).toHaveLength(2);
  });
});
