/**
 * Goal reached is confirmed by the other side, end to end: the person says "I
 * moved into this role" and their manager (or an admin when there is none)
 * confirms, or the manager proposes it and the person confirms. Only a
 * confirmed move ends the pathway as reached, is offered for celebration and
 * counts as a move in the report.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_MOVE_ACTIONS } from '../../../src/blocks/goals.js';
import { GOAL_REACHED_ACTION } from '../../../src/blocks/overview.js';
import { todayIn } from '../../../src/domain/dates.js';
import { parsePeriod } from '../../../src/domain/metrics.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { workspaceReport } from '../../../src/services/reports.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, DANA, EVE } from '../../support/cast.js';
import { activePathwayId, outboxFor, seedPerson } from '../../support/checkins.js';
import { openReportPathway, usePathwayApp } from '../../support/pathways.js';
import { clickInDm, clickInMessage, clickInModal, clickOnHome, nextCall, textOf } from '../../support/slack-ui.js';

const ADA = 'U0ADA';

describe('confirming a goal move', () => {
  const t = usePathwayApp({ users: [ALICE, DANA, EVE, ADA] });
  let alice: Person;
  let dana: Person;
  let pathwayId: string;

  async function seed(options: { manager: boolean }): Promise<void> {
    dana = await seedPerson(t, DANA, { pathway: false });
    await seedPerson(t, EVE, { pathway: false });
    await seedPerson(t, ADA, { pathway: false, isSlackAdmin: true });
    alice = await seedPerson(t, ALICE, {
      ...(options.manager ? { manager: dana } : {}),
      milestones: [{ title: 'Workshop', done: { at: t.clock.now() } }, { title: 'Course' }],
    });
    pathwayId = await activePathwayId(t, alice);
    // Four people: let the report show its figures. A channel, so a move can be celebrated.
    await t.db.prisma.workspace.updateMany({ data: { minReportGroupSize: 3, celebrationChannelId: 'C0WINS' } });
  }

  async function pathway() {
    return t.db.prisma.pathway.findUniqueOrThrow({
      where: { id: pathwayId },
      include: { milestones: { orderBy: { position: 'asc' } }, person: true },
    });
  }

  async function moves(): Promise<number> {
    const parsed = parsePeriod('90d', todayIn('UTC', t.clock.now()));
    if (!parsed.ok) throw new Error(parsed.problem);
    const report = await workspaceReport(t.db.prisma, alice.workspaceId, parsed.period);
    const figure = report.report.overall.promotions;
    return figure.shown ? figure.value : -1;
  }

  /** Clicks a button of the latest DM queued for `recipient`, from that DM. */
  async function clickLatestDm(recipient: string, actionId: string) {
    const rows = await outboxFor(t, recipient);
    const payload = rows.at(-1)!.payload as {
      blocks: Array<{ elements?: Array<{ action_id?: string; value?: string }> }>;
    };
    const button = payload.blocks
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === actionId);
    expect(button?.value).toBeDefined();
    const click = await clickInDm(t, recipient, actionId, button!.value!);
    return t.responseTo(click);
  }

  it('asks the manager; only their confirmation ends it as reached, closes open milestones as not needed, celebrates and counts', async () => {
    await seed({ manager: true });
    const notice = nextCall(t, 'views.open');
    const proposedHome = nextCall(t, 'views.publish');
    await clickOnHome(t, ALICE, GOAL_REACHED_ACTION, pathwayId);
    expect(textOf((await notice).args.view)).toContain(
      `I asked your manager <@${DANA}> to confirm your move into Senior Instructional Designer`,
    );
    expect(textOf((await proposedHome).args.view)).toContain('waiting for it to be confirmed');

    let current = await pathway();
    expect(current).toMatchObject({ status: 'active', goalProposedById: alice.id, goalConfirmedAt: null });
    expect(await t.db.prisma.celebration.count()).toBe(0);
    expect(await moves()).toBe(0);
    const request = (await outboxFor(t, DANA)).at(-1)!;
    expect(request.kind).toBe('goal-move-request');
    expect(textOf(request.payload)).toContain(`<@${ALICE}> says they have moved into Senior Instructional Designer`);
    expect(textOf(request.payload)).toContain('1 milestone is still open and would close as not needed');

    // Someone who is not her manager cannot confirm it, even with the button.
    const stranger = await clickInMessage(t, EVE, GOAL_MOVE_ACTIONS.confirm, pathwayId);
    expect(textOf((await t.responseTo(stranger)).body)).toContain(
      `Only <@${ALICE}>’s manager in Pathway, <@${DANA}>, can confirm this move.`,
    );
    expect((await pathway()).status).toBe('active');

    const home = nextCall(t, 'views.publish');
    const answer = await clickLatestDm(DANA, GOAL_MOVE_ACTIONS.confirm);
    expect(answer.body).toMatchObject({ replace_original: true });
    expect(textOf(answer.body)).toContain(
      `Confirmed: <@${ALICE}> moved into Senior Instructional Designer. 1 open milestone closed as not needed.`,
    );

    current = await pathway();
    expect(current).toMatchObject({ status: 'reached', activeForPersonId: null, goalConfirmedById: dana.id });
    expect(current.goalConfirmedAt).toEqual(t.clock.now());
    expect(current.milestones.map((m) => [m.doneAt !== null, m.notNeededAt !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(current.person.currentRoleKey).toBe('senior-instructional-designer');
    expect(textOf((await outboxFor(t, ALICE)).map((row) => row.payload))).toContain(
      `<@${DANA}> confirmed your move into Senior Instructional Designer. Congratulations!`,
    );
    await expect
      .poll(() => t.db.prisma.celebration.findFirst(), { timeout: 5000 })
      .toMatchObject({ kind: 'goal', subjectKey: `goal:${pathwayId}` });
    expect(textOf((await home).args.view)).toContain(
      'Senior Instructional Designer (from Instructional Designer): reached',
    );
    expect(await moves()).toBe(1);
    expectCleanSlackTraffic(t);
  });

  it('writes the request and the answer in each recipient’s language, the goal named in it', async () => {
    await seed({ manager: true });
    await t.db.prisma.person.update({ where: { id: alice.id }, data: { language: 'de' } });
    await t.db.prisma.person.update({ where: { id: dana.id }, data: { language: 'es' } });
    const click = await clickInMessage(t, ALICE, GOAL_REACHED_ACTION, pathwayId);
    await t.responseTo(click);
    const request = (await outboxFor(t, DANA)).at(-1)!;
    expect(request.kind).toBe('goal-move-request');
    expect((request.payload as { text: string }).text).toBe(
      `<@${ALICE}> dice que ya está en Diseñador/a instruccional sénior. Confírmalo, por favor.`,
    );
    expect(textOf(request.payload)).toContain('1 hito sigue abierto');

    await clickLatestDm(DANA, GOAL_MOVE_ACTIONS.confirm);
    const answered = (await outboxFor(t, ALICE)).find((row) => row.kind === 'goal-move-answer');
    expect(textOf(answered?.payload)).toContain(
      `<@${DANA}> hat deinen Wechsel in Senior Instructional Designer bestätigt. Herzlichen Glückwunsch!`,
    );
    expectCleanSlackTraffic(t);
  });

  it('asks the admins when the person has no manager; a non-admin cannot confirm', async () => {
    await seed({ manager: false });
    const overview = await t.driver.slashCommand({ userId: ALICE, text: '' });
    await t.responseTo(overview);
    const click = await clickInMessage(t, ALICE, GOAL_REACHED_ACTION, pathwayId);
    expect(textOf((await t.responseTo(click)).body)).toContain(
      'I asked a Pathway admin (you have no manager in Pathway)',
    );
    expect((await outboxFor(t, ADA)).map((row) => row.kind)).toEqual(['goal-move-request']);
    expect(await outboxFor(t, DANA)).toEqual([]);

    const notAdmin = await clickInMessage(t, DANA, GOAL_MOVE_ACTIONS.confirm, pathwayId);
    expect(textOf((await t.responseTo(notAdmin)).body)).toContain('or a Pathway admin while they have none');
    const own = await clickInMessage(t, ALICE, GOAL_MOVE_ACTIONS.confirm, pathwayId);
    expect(textOf((await t.responseTo(own)).body)).toContain('Your move needs someone else to confirm it');
    expect((await pathway()).status).toBe('active');

    await clickLatestDm(ADA, GOAL_MOVE_ACTIONS.confirm);
    expect(await pathway()).toMatchObject({ status: 'reached', goalConfirmedById: expect.any(String) });
    expect(await moves()).toBe(1);
    expectCleanSlackTraffic(t);
  });

  it('lets the manager propose it; the person says not yet, then confirms, and the manager hears back each time', async () => {
    await seed({ manager: true });
    const reportView = await openReportPathway(t, DANA, alice.id);
    expect(textOf(reportView.view)).toContain(`"action_id":"${GOAL_MOVE_ACTIONS.propose}"`);
    const viewId = reportView.id;

    const pushed = nextCall(t, 'views.push');
    await clickInModal(t, DANA, GOAL_MOVE_ACTIONS.propose, alice.id, viewId);
    expect(textOf((await pushed).args.view)).toContain(`I asked <@${ALICE}> to confirm their move`);
    expect(await pathway()).toMatchObject({ status: 'active', goalProposedById: dana.id });
    expect(await moves()).toBe(0);

    // Her Home offers the confirmation too.
    const home = nextCall(t, 'views.publish');
    await t.driver.event({ type: 'app_home_opened', user: ALICE, tab: 'home' });
    expect(textOf((await home).args.view)).toContain(
      'Your manager says you have moved into Senior Instructional Designer',
    );

    expect(textOf((await clickLatestDm(ALICE, GOAL_MOVE_ACTIONS.notYet)).body)).toContain('OK, not yet.');
    expect(await pathway()).toMatchObject({ status: 'active', goalProposedAt: null });
    expect(textOf((await outboxFor(t, DANA)).at(-1)!.payload)).toContain(
      `<@${ALICE}> says they have not moved into Senior Instructional Designer yet`,
    );

    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());
    await clickInModal(t, DANA, GOAL_MOVE_ACTIONS.propose, alice.id, viewId);
    await expect.poll(async () => (await pathway()).goalProposedById, { timeout: 5000 }).toBe(dana.id);
    expect(textOf((await clickLatestDm(ALICE, GOAL_MOVE_ACTIONS.confirm)).body)).toContain(
      'Congratulations on your move to Senior Instructional Designer!',
    );
    expect(await pathway()).toMatchObject({ status: 'reached', goalConfirmedById: alice.id });
    expect(textOf((await outboxFor(t, DANA)).at(-1)!.payload)).toContain(
      `<@${ALICE}> confirmed their move into Senior Instructional Designer.`,
    );
    await expect.poll(() => t.db.prisma.celebration.count({ where: { kind: 'goal' } }), { timeout: 5000 }).toBe(1);
    expect(await moves()).toBe(1);
    expectCleanSlackTraffic(t);
  });

  it('refuses a person with no one to confirm, and a pathway that is not theirs', async () => {
    dana = await seedPerson(t, DANA, { pathway: false });
    alice = await seedPerson(t, ALICE, { milestones: [{ title: 'Workshop' }] });
    pathwayId = (await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } })).id;
    const click = await clickInMessage(t, ALICE, GOAL_REACHED_ACTION, pathwayId);
    expect(textOf((await t.responseTo(click)).body)).toContain(
      'you have no manager in Pathway yet. Link them with `/pathway manager @name`',
    );
    const stranger = await clickInMessage(t, DANA, GOAL_REACHED_ACTION, pathwayId);
    expect(textOf((await t.responseTo(stranger)).body)).toContain('That pathway is no longer active.');
    expect(await pathway()).toMatchObject({ status: 'active', goalProposedAt: null });
  });
});
