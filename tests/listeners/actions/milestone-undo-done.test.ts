import { describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { buttonValues, clickInMessage, nextCall, textOf } from '../../support/slack-ui.js';

describe('Undo on a "done" confirmation', () => {
  const t = usePathwayApp();

  it('reopens the milestone, drops its evidence, replaces the confirmation and republishes Home', async () => {
    const seeded = await seedPathway(t, ALICE, weeklyMilestones(3, '2027-02-01'));
    const done = await t.driver.slashCommand({ userId: ALICE, text: 'done 2 wrong one' });
    const confirmation = (await t.responseTo(done)).body as {
      blocks: { type: string; elements?: { action_id: string; value: string }[] }[];
    };
    const undo = confirmation.blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'milestone_undo_done');
    expect(undo?.value).toBe(seeded.milestoneIds[1]);

    const home = nextCall(t, 'views.publish');
    const click = await clickInMessage(t, ALICE, 'milestone_undo_done', undo!.value);
    const answer = (await t.responseTo(click)).body as { text: string; replace_original: boolean };
    expect(answer.replace_original).toBe(true);
    expect(answer.text).toBe(':leftwards_arrow_with_hook: 2. “Milestone number 2” is open again, due Mon 8 Feb 2027.');
    const row = await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: seeded.milestoneIds[1]! } });
    expect(row).toMatchObject({ doneAt: null, evidence: null, evidenceLink: null });
    expect(buttonValues(textOf(await home), 'milestone_done')).toContain(seeded.milestoneIds[1]);
    expectCleanSlackTraffic(t);
  });

  it('is harmless when pressed twice', async () => {
    const seeded = await seedPathway(t, ALICE, weeklyMilestones(1, '2027-02-01'));
    for (let i = 0; i < 2; i++) {
      const click = await clickInMessage(t, ALICE, 'milestone_undo_done', seeded.milestoneIds[0]!);
      expect(((await t.responseTo(click)).body as { text: string }).text).toContain('is open again');
    }
    expect(await t.db.prisma.milestone.count({ where: { doneAt: null } })).toBe(1);
  });
});
