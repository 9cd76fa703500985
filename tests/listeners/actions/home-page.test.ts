import { expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { nextCall, textOf } from '../../support/slack-ui.js';

interface HomeBlock {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string; text?: { text: string } }[];
  text?: { text: string };
}

describe('Home for a long plan: summary, "Show all" and pages', () => {
  const t = usePathwayApp();

  /** 60 milestones, one a week from 2026-10-05: the first done, 13 overdue, the 15th due today; long titles with markup. */
  async function seedLongPlan(): Promise<string[]> {
    const milestones = weeklyMilestones(60, '2026-10-05').map((m, i) => ({
      ...m,
      title: `${'Lead a *very* long <!channel> stakeholder workshop '.repeat(3)}#${i + 1}`.slice(0, 150),
      link: `https://example.com/${'x'.repeat(200)}/${i + 1}`,
    }));
    milestones[0] = { ...milestones[0]!, doneAt: new Date('2026-10-04T09:00:00Z') };
    const seeded = await seedPathway(t, ALICE, milestones, '2027-12-31');
    return seeded.milestoneIds;
  }

  async function home(action?: { actionId: string; value: string }): Promise<HomeBlock[]> {
    const published = nextCall(t, 'views.publish');
    if (action) {
      const homeId = (t.fake.homeView(ALICE) as { id: string }).id;
      await t.driver.blockAction({ userId: ALICE, ...action, view: { type: 'home', id: homeId } });
    } else {
      await t.driver.event({ type: 'app_home_opened', user: ALICE, channel: t.fake.dmChannelFor(ALICE), tab: 'home' });
    }
    const call = await published;
    expectValidView(call.args.view);
    return (call.args.view as { blocks: HomeBlock[] }).blocks;
  }

  const buttons = (blocks: HomeBlock[], actionId: string) =>
    blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id === actionId);

  it('shows overdue first, then the next few, each with Done / Move / Edit, within Slack’s limits', async () => {
    const ids = await seedLongPlan();
    const blocks = await home();
    expect(blocks.length).toBeLessThanOrEqual(100);
    const text = textOf(blocks);
    expect(text).toContain('*Overdue* (13)');
    expect(text).toContain('*Next*');
    expect(text).not.toContain('<!channel>');
    // 10 overdue + 5 next, in date order, the done one not among them.
    const done = buttons(blocks, 'milestone_done').map((b) => b.value);
    expect(done).toEqual(ids.slice(1, 11).concat(ids.slice(14, 19)));
    expect(buttons(blocks, 'milestone_move')).toHaveLength(15);
    expect(buttons(blocks, 'milestone_edit')).toHaveLength(15);
    expect(buttons(blocks, 'home_page_all')).toEqual([
      expect.objectContaining({ value: '1', text: expect.objectContaining({ text: 'Show all open milestones (59)' }) }),
    ]);
    expect(text).toContain('*1 done*, latest: Lead a');
    expect(buttons(blocks, 'checkin_open')).toEqual([expect.objectContaining({ value: expect.any(String) })]);
    expectCleanSlackTraffic(t);
  });

  it('pages through every open milestone and back to the summary', async () => {
    const ids = await seedLongPlan();
    await home();
    const first = await home({ actionId: 'home_page_all', value: '1' });
    expect(textOf(first)).toContain('page 1 of 6');
    expect(buttons(first, 'milestone_done').map((b) => b.value)).toEqual(ids.slice(1, 11));
    expect(buttons(first, 'home_page_previous')).toEqual([]);
    expect(buttons(first, 'home_page_next')[0]?.value).toBe('2');

    const last = await home({ actionId: 'home_page_next', value: '6' });
    expect(textOf(last)).toContain('page 6 of 6');
    expect(buttons(last, 'milestone_done').map((b) => b.value)).toEqual(ids.slice(51, 60));
    expect(buttons(last, 'home_page_next')).toEqual([]);
    expect(buttons(last, 'home_page_previous')[0]?.value).toBe('5');

    // A page past the end (the plan got shorter meanwhile) shows the last one.
    expect(textOf(await home({ actionId: 'home_page_next', value: '40' }))).toContain('page 6 of 6');

    const summary = await home({ actionId: 'home_page_summary', value: '0' });
    expect(textOf(summary)).toContain('*Overdue* (13)');
    expectCleanSlackTraffic(t);
  });

  it('says when every milestone is done and offers to mark the goal reached', async () => {
    await seedPathway(t, ALICE, [{ title: 'Only one', due: '2027-02-01', doneAt: new Date('2027-01-10T12:00:00Z') }]);
    const blocks = await home();
    const text = textOf(blocks);
    expect(text).toContain('Every milestone is done.');
    expect(text).toContain('readiness conversation with your manager');
    expect(text).not.toMatch(/promot/i);
    expect(buttons(blocks, 'pathway_reached')[0]).toMatchObject({ confirm: expect.any(Object) });
  });
});
