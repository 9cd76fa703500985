import { beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/app-harness.js';
import { ALICE, expectCleanSlackTraffic, nextCall, seedPathway, textOf, usePathwayApp, viewOf } from '../../support/pathways.js';

const DONE = new Date('2027-01-08T10:00:00Z');

describe('marking the goal reached', () => {
  const app = usePathwayApp();
  let t: TestApp;
  beforeEach(() => {
    t = app();
  });

  it('ends the pathway as reached, makes the goal the current role and shows it as history on Home', async () => {
    const seeded = await seedPathway(t, ALICE, [
      { title: 'One', due: '2027-01-05', doneAt: DONE },
      { title: 'Two', due: '2027-01-06', doneAt: DONE },
    ]);
    const home = nextCall(t, 'views.publish');
    await t.driver.blockAction({ userId: ALICE, actionId: 'pathway_reached', value: seeded.pathwayId, view: { type: 'home', id: 'VHOME1' } });
    const view = viewOf(await home);

    const pathway = await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: seeded.pathwayId }, include: { person: true } });
    expect(pathway).toMatchObject({ status: 'reached', activeForPersonId: null });
    expect(pathway.endedAt).toEqual(t.clock.now());
    expect(pathway.person.currentRoleKey).toBe('senior-instructional-designer');

    const text = textOf(view);
    expect(text).toContain('Welcome to Pathway');
    expect(text).toContain('Senior Instructional Designer (from Instructional Designer): reached on Mon 11 Jan 2027, 2 of 2 milestones done');
    expect(text).toContain('"action_id":"plan_open"');
    expectCleanSlackTraffic(t);
  });

  it('congratulates in the conversation when pressed on a /pathway answer', async () => {
    const seeded = await seedPathway(t, ALICE, [{ title: 'One', due: '2027-01-05', doneAt: DONE }]);
    const overview = await t.driver.slashCommand({ userId: ALICE, text: '' });
    expect(textOf((await t.responseTo(overview)).body)).toContain('"action_id":"pathway_reached"');
    const click = await t.driver.blockAction({ userId: ALICE, actionId: 'pathway_reached', value: seeded.pathwayId, container: { isEphemeral: true } });
    expect(((await t.responseTo(click)).body as { text: string }).text).toContain('Congratulations on your move to Senior Instructional Designer!');
  });

  it('refuses while milestones are open, or when the pathway is not the person’s active one', async () => {
    const seeded = await seedPathway(t, ALICE, [
      { title: 'One', due: '2027-01-05', doneAt: DONE },
      { title: 'Two', due: '2027-03-06' },
    ]);
    const click = await t.driver.blockAction({ userId: ALICE, actionId: 'pathway_reached', value: seeded.pathwayId, container: { isEphemeral: true } });
    expect(((await t.responseTo(click)).body as { text: string }).text).toContain('You still have 1 open milestone. Mark it done first');

    const stranger = await t.driver.blockAction({ userId: 'U0MALLORY', actionId: 'pathway_reached', value: seeded.pathwayId, container: { isEphemeral: true } });
    expect(((await t.responseTo(stranger)).body as { text: string }).text).toContain('That pathway is no longer active.');
    expect((await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: seeded.pathwayId } })).status).toBe('active');
  });
});
