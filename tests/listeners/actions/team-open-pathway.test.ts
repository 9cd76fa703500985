import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { KnownBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { CALIBRATE_OPEN_ACTION } from '../../../src/blocks/checkin.js';
import { NO_REPORTS_MESSAGE, TEAM_OPEN_PATHWAY_ACTION } from '../../../src/blocks/team.js';
import type { Rating } from '../../../src/domain/readiness.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { goalSignalKeys, seedCheckIn, seedPerson } from '../../support/checkins.js';
import { clickInMessage } from '../../support/slack-ui.js';

/** `/pathway team` and its "Open pathway" button (team_open_pathway). */
describe('a manager’s reports', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(async () => {
    t.clock.set('2027-01-11T10:00:00Z');
  });

  async function team(userId: string): Promise<{ text: string; blocks: KnownBlock[] }> {
    const request = await t.driver.slashCommand({ userId, text: 'team' });
    const body = (await t.responseTo(request)).body as { text: string; blocks: KnownBlock[] };
    expectValidBlocks(body.blocks, 'message');
    return body;
  }

  async function setUp() {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    const keys = await goalSignalKeys(t);
    const alice = await seedPerson(t, 'U0ALICE', {
      manager: dana,
      milestones: [
        { title: 'Overdue stakeholder map', signalKeys: [keys[1]!], dueDate: '2027-01-01' },
        { title: 'Systems course', signalKeys: [keys[2]!], dueDate: '2027-05-01' },
      ],
    });
    await seedCheckIn(t, alice, Object.fromEntries(keys.map((key) => [key, 2 as Rating])), {
      at: new Date('2026-12-01T10:00:00Z'),
    });
    const latest = await seedCheckIn(
      t,
      alice,
      Object.fromEntries(keys.map((key, i) => [key, (i === 1 ? 1 : 3) as Rating])),
      {
        at: new Date('2027-01-04T10:00:00Z'),
      },
    );
    const bob = await seedPerson(t, 'U0BOB', { manager: dana, pathway: false });
    return { dana, alice, bob, keys, latest };
  }

  it('lists each report with goal, progress, overdue milestones, days since the last check-in and the readiness trend', async () => {
    const { alice, bob, latest } = await setUp();
    const body = await team('U0DANA');
    const text = JSON.stringify(body.blocks);
    for (const part of [
      '<@U0ALICE>',
      'Senior Instructional Designer',
      '0 of 2 milestones done',
      '1 overdue',
      'last check-in 7 days ago',
    ])
      expect(text).toContain(part);
    // Ratings are words: counted, never averaged.
    expect(text).toContain('readiness: 5 consistent, 1 not yet :arrow_upper_right: improving');
    expect(text).not.toMatch(/\d\/4|on average/);
    for (const part of [
      '<@U0BOB>* — no active pathway yet',
      `"action_id":"${TEAM_OPEN_PATHWAY_ACTION}","text":{"type":"plain_text","text":"Open pathway","emoji":true},"accessibility_label":"Open pathway of this report","value":"${alice.id}"`,
      `"value":"${bob.id}"`,
      `"action_id":"${CALIBRATE_OPEN_ACTION}"`,
      latest,
    ])
      expect(text).toContain(part);
    // Examples stay behind the buttons.
    expect(text).not.toContain('Example for');
  });

  it('tells someone without reports how people link them', async () => {
    await setUp();
    const body = await team('U0ALICE');
    expect(body.text).toBe(NO_REPORTS_MESSAGE);
  });

  it('shows only the first reports a message can hold, and says how many there are', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    for (let i = 0; i < 30; i++) await seedPerson(t, `U0R${String(i).padStart(2, '0')}`, { manager: dana });
    const body = await team('U0DANA');
    expect(body.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(body.blocks)).toContain('Showing 23 of your 30 reports');
  });

  it('opens a report’s pathway read-only, with their readiness and the milestones that build their weakest signal', async () => {
    const { alice } = await setUp();
    const request = await clickInMessage(t, 'U0DANA', TEAM_OPEN_PATHWAY_ACTION, alice.id);
    const call = await t.fake.waitForCall('views.open');
    expect(call.args.trigger_id).toBe(request.triggerId);
    const view = call.args.view as ModalView;
    expectValidView(view);
    expect(view.submit).toBeUndefined();
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('<@U0ALICE>’s pathway* (read-only)');
    expect(text).toContain('Overdue stakeholder map');
    expect(text).toContain('Milestones that build their weakest signals: *1.* Overdue stakeholder map');
    expect(text).toContain(`"action_id":"${CALIBRATE_OPEN_ACTION}"`);
    expectCleanSlackTraffic(t);
  });
});
