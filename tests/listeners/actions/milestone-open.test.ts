import { expectValidView } from '@pathway/fake-slack';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, BOB } from '../../support/cast.js';
import { type SeededPathway, seedPathway, usePathwayApp } from '../../support/pathways.js';
import { nextCall, textOf, viewOf } from '../../support/slack-ui.js';

describe('Done, Move date and Edit buttons open their modal from any surface', () => {
  const t = usePathwayApp({ users: [ALICE, BOB] });
  let seeded: SeededPathway;
  beforeEach(async () => {
    seeded = await seedPathway(t, ALICE, [
      { title: 'Overdue <course>', due: '2027-01-04', kind: 'course', link: 'https://example.com/course' },
      { title: 'Already done', due: '2027-02-01', doneAt: new Date('2027-01-05T10:00:00Z') },
    ]);
  });

  function homeClick(actionId: string, value: string, userId = ALICE) {
    return t.driver.blockAction({ userId, actionId, value, view: { type: 'home', id: 'VHOME1' } });
  }

  /** Presses a milestone button in a message (no view) and returns the text of the answer sent to its response_url. */
  async function answerToMessageClick(userId: string, actionId: string, milestoneId: string): Promise<string> {
    const request = await t.driver.blockAction({ userId, actionId, value: milestoneId });
    return ((await t.responseTo(request)).body as { text: string }).text;
  }

  it('opens the evidence modal from Home with the trigger id', async () => {
    const opened = nextCall(t, 'views.open');
    const click = await homeClick('milestone_done', seeded.milestoneIds[0]!);
    const call = await opened;
    expect(call.args.trigger_id).toBe(click.triggerId);
    const view = viewOf(call);
    expectValidView(view);
    expect(view.callback_id).toBe('milestone_done_modal');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ milestoneId: seeded.milestoneIds[0] });
    expect(textOf(view)).toContain('*1. Overdue &lt;course&gt;*');
    expect(view.blocks.map((b) => b.block_id)).toEqual([undefined, 'ms_note', 'ms_evidence_link']);
    expectCleanSlackTraffic(t);
  });

  it('opens from a nudge DM and keeps its response_url for the confirmation', async () => {
    const opened = nextCall(t, 'views.open');
    const click = await t.driver.blockAction({
      userId: ALICE,
      actionId: 'milestone_move',
      value: seeded.milestoneIds[0]!,
    });
    const view = viewOf(await opened);
    expect(view.callback_id).toBe('milestone_move_modal');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({
      milestoneId: seeded.milestoneIds[0],
      responseUrl: click.responseUrl,
    });
    // Overdue: the picker starts at today, not at the missed date.
    expect(textOf(view.blocks)).toContain('"initial_date":"2027-01-11"');
  });

  it('fills the edit modal with what the milestone is now', async () => {
    const opened = nextCall(t, 'views.open');
    await homeClick('milestone_edit', seeded.milestoneIds[1]!);
    const view = viewOf(await opened);
    expectValidView(view);
    const text = textOf(view.blocks);
    expect(view.callback_id).toBe('milestone_edit_modal');
    expect(text).toContain('"initial_value":"Already done"');
    expect(text).toContain('"initial_date":"2027-02-01"');
    expect(text).toContain('Delete this milestone');
  });

  it('says a done milestone is done instead of opening Done or Move', async () => {
    expect(await answerToMessageClick(ALICE, 'milestone_done', seeded.milestoneIds[1]!)).toContain(
      'Milestone 2. “Already done” is already done (Tue 5 Jan 2027)',
    );

    const notice = nextCall(t, 'views.open');
    await homeClick('milestone_move', seeded.milestoneIds[1]!);
    const view = viewOf(await notice);
    expect(view.callback_id).toBe('notice');
    expect(textOf(view)).toContain('nothing to move');
  });

  it('refuses someone else’s milestone', async () => {
    expect(await answerToMessageClick(BOB, 'milestone_edit', seeded.milestoneIds[0]!)).toContain(
      'You have no active pathway yet: start one with `/pathway plan`',
    );
    await seedPathway(t, BOB, [{ title: 'Bob’s own', due: '2027-03-01' }]);
    expect(await answerToMessageClick(BOB, 'milestone_edit', seeded.milestoneIds[0]!)).toContain(
      'That milestone is not on your active pathway any more.',
    );
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });
});
