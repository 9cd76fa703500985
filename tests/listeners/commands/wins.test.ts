/**
 * The wins log and the readiness case, end to end: `/pathway wins` (paged in
 * the message), Home (paged in a modal), the readiness case from `/pathway`,
 * and both as the person's current manager sees them from their pathway.
 */
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { READINESS_CASE_ACTION, WINS_ACTIONS, winsValue } from '../../../src/blocks/evidence.js';
import type { Rating } from '../../../src/domain/readiness.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, DANA } from '../../support/cast.js';
import { goalSignalKeys, seedCheckIn, seedPerson } from '../../support/checkins.js';
import { openReportPathway, usePathwayApp } from '../../support/pathways.js';
import { clickInMessage, clickInModal, clickOnHome, modalOpenedBy, nextCall, textOf } from '../../support/slack-ui.js';

const DAY = 86_400_000;

describe('the wins log and the readiness case', () => {
  const t = usePathwayApp({ users: [ALICE, DANA] });
  let alice: Person;
  let dana: Person;
  let keys: string[];
  let pathwayId: string;

  beforeEach(async () => {
    keys = await goalSignalKeys(t);
    dana = await seedPerson(t, DANA, { pathway: false });
    const now = t.clock.now().getTime();
    alice = await seedPerson(t, ALICE, {
      manager: dana,
      milestones: [
        {
          title: 'Run the stakeholder workshop',
          signalKeys: [keys[0]!],
          done: {
            at: new Date(now - 20 * DAY),
            evidence: 'Ran it with the sales leads',
            evidenceLink: 'https://docs.test/workshop',
          },
        },
        { title: 'Take the consulting course', signalKeys: [keys[0]!, keys[1]!] },
      ],
    });
    const pathway = await t.db.prisma.pathway.findUniqueOrThrow({
      where: { activeForPersonId: alice.id },
      include: { milestones: { orderBy: { position: 'asc' } } },
    });
    pathwayId = pathway.id;
    const ratings = Object.fromEntries(keys.map((key) => [key, 2 as Rating]));
    await seedCheckIn(t, alice, ratings, { at: new Date(now - 30 * DAY) });
    // The same examples kept in the next check-in: listed once, under their first date.
    await seedCheckIn(t, alice, ratings, {
      at: new Date(now - 2 * DAY),
      manager: ratings,
      comment: 'Good progress with Sales',
    });
    await t.db.prisma.evidence.create({
      data: {
        personId: alice.id,
        pathwayId,
        milestoneId: pathway.milestones[1]!.id,
        kind: 'comment',
        text: 'Pick the module on diagnosis first',
        authorId: dana.id,
        createdAt: new Date(now - DAY),
      },
    });
  });

  it('/pathway wins lists done notes, examples, the calibration comment and the manager’s comment, newest first', async () => {
    const request = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    const text = textOf((await t.responseTo(request)).body);
    const order = [
      'Good progress with Sales',
      'Pick the module on diagnosis first',
      'Ran it with the sales leads',
      `Example for ${keys[0]}`,
    ].map((needle) => text.indexOf(needle));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.split(`Example for ${keys[0]}`)).toHaveLength(2);
    expect(text).toContain(`<@${DANA}> commented`);
    expect(text).toContain('<https://docs.test/workshop|link>');
    expect(text).not.toContain('wins_older');
    expectCleanSlackTraffic(t);
  });

  it('pages a long log in the message, and on Home in a modal', async () => {
    await t.db.prisma.evidence.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        personId: alice.id,
        pathwayId,
        kind: 'note' as const,
        text: `Note number ${i}`,
        authorId: alice.id,
        createdAt: new Date(t.clock.now().getTime() - (40 + i) * DAY),
      })),
    });
    const request = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    const first = textOf((await t.responseTo(request)).body);
    expect(first).toContain('page 1 of 4');
    expect(first).toContain(`"value":"${winsValue(pathwayId, 2)}"`);

    const older = await t.driver.blockAction({
      userId: ALICE,
      actionId: WINS_ACTIONS.older,
      value: winsValue(pathwayId, 2),
      container: { isEphemeral: true },
    });
    const replaced = await t.responseTo(older);
    expect(replaced.body).toMatchObject({ replace_original: true });
    expect(textOf(replaced.body)).toContain('page 2 of 4');

    const home = nextCall(t, 'views.publish');
    await t.driver.event({ type: 'app_home_opened', user: ALICE, tab: 'home' });
    const homeText = textOf((await home).args.view);
    // A done note, one example per signal (kept ones once), the calibration comment, the manager’s comment and 25 notes.
    expect(homeText).toContain(`*Wins log* (${keys.length + 28})`);
    expect(homeText).toContain('Pick the module on diagnosis first');

    const modal = await modalOpenedBy(t, () => clickOnHome(t, ALICE, WINS_ACTIONS.open, winsValue(pathwayId, 1)));
    expect(textOf(modal.view)).toContain('page 1 of 4');
    const updated = nextCall(t, 'views.update');
    await clickInModal(t, ALICE, WINS_ACTIONS.older, winsValue(pathwayId, 4), modal.id);
    const update = await updated;
    expect(update.args.view_id).toBe(modal.id);
    expect(textOf(update.args.view)).toContain('Note number 24');
    expectCleanSlackTraffic(t);
  });

  it('opens the readiness case from /pathway: milestones with their evidence and examples, per signal', async () => {
    const overview = await t.driver.slashCommand({ userId: ALICE, text: '' });
    expect(textOf((await t.responseTo(overview)).body)).toContain(`"action_id":"${READINESS_CASE_ACTION}"`);
    const opened = nextCall(t, 'views.open');
    await clickInMessage(t, ALICE, READINESS_CASE_ACTION, pathwayId);
    const blocks = (await opened).args.view as { blocks: KnownBlock[] };
    const sections = blocks.blocks.filter((block) => block.type === 'section').map((block) => textOf(block));
    expect(sections).toHaveLength(keys.length);
    expect(sections[0]).toContain(':white_check_mark: *1.* Run the stakeholder workshop');
    expect(sections[0]).toContain('Ran it with the sales leads');
    expect(sections[0]).toContain('Pick the module on diagnosis first');
    expect(sections[0]).toContain(`Example for ${keys[0]}`);
    expect(sections[1]).toContain('*2.* Take the consulting course');
    expect(sections[1]).not.toContain('stakeholder workshop');
    expectCleanSlackTraffic(t);
  });

  it('shows their current manager the wins log and the readiness case from the report’s pathway', async () => {
    const reportView = await openReportPathway(t, DANA, alice.id);
    const reportText = textOf(reportView.view);
    expect(reportText).toContain(`"action_id":"${WINS_ACTIONS.open}"`);
    expect(reportText).toContain(`"action_id":"${READINESS_CASE_ACTION}"`);

    const pushed = nextCall(t, 'views.push');
    await clickInModal(t, DANA, WINS_ACTIONS.open, winsValue(pathwayId, 1), reportView.id);
    const wins = textOf((await pushed).args.view);
    expect(wins).toContain(`<@${ALICE}>’s wins`);
    expect(wins).toContain('Ran it with the sales leads');

    const pushedCase = nextCall(t, 'views.push');
    await clickInModal(t, DANA, READINESS_CASE_ACTION, pathwayId, reportView.id);
    expect(textOf((await pushedCase).args.view)).toContain(`<@${ALICE}>’s readiness`);
    expectCleanSlackTraffic(t);
  });
});
