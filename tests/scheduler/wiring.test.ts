/** The scheduler as startApp runs it: a tick plans, the background sender posts, stop() ends both; no Slack, no sender. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESS_COMPETENCIES_TEMPLATE_KEY,
  COMPETENCIES_CALLBACK,
  COMPETENCIES_OPEN_ACTION,
} from '../../src/blocks/competencies.js';
import { NUDGE_ACTIONS } from '../../src/blocks/nudges.js';
import type { Database } from '../../src/db/client.js';
import { startTestApp } from '../support/app-harness.js';
import { TestClock } from '../support/clock.js';
import { resetDatabase, useTestDatabase } from '../support/db.js';
import { dmTexts, seedPerson } from '../support/schedule.js';

const scheduler = { enabled: true, tick: '0 0 1 1 *', workspaceRatePerSecond: 50 };

describe('the scheduler inside the app', () => {
  const database = useTestDatabase();
  let db: Database;
  beforeEach(async () => {
    db = database();
    await resetDatabase(db);
  });

  it('plans on a tick and the background sender delivers, in working hours', async () => {
    const t = await startTestApp({ db, clock: new TestClock('2027-01-13T10:00:00Z'), config: { scheduler } });
    try {
      await seedPerson(db.prisma, t.fake.team.id, {
        slackUserId: 'U0ALICE',
        milestones: [{ title: 'Course', due: '2027-01-13' }],
      });
      expect(t.app.scheduler?.sender).toBeDefined();
      await t.app.scheduler!.tick();
      await t.fake.waitForCall('chat.postMessage', undefined, 10_000);
      expect(dmTexts(t, 'U0ALICE')).toContain('Pathway: milestone 1 is due today');
    } finally {
      await t.stop();
    }
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'milestone_nudge' } });
    expect(row.status).toBe('sent');
  });

  it('gives the "assess your competencies" nudge an Assess button that opens the competency modal, as on Home', async () => {
    await resetDatabase(db);
    const t = await startTestApp({ db, clock: new TestClock('2027-01-13T10:00:00Z'), config: { scheduler } });
    try {
      await seedPerson(db.prisma, t.fake.team.id, {
        slackUserId: 'U0ALICE',
        milestones: [{ title: 'Assess your competencies', due: '2027-01-13' }],
      });
      const milestone = await db.prisma.milestone.findFirstOrThrow({ where: { title: 'Assess your competencies' } });
      await db.prisma.milestone.update({
        where: { id: milestone.id },
        data: { templateKey: ASSESS_COMPETENCIES_TEMPLATE_KEY },
      });
      await t.app.scheduler!.tick();
      const posted = await t.fake.waitForCall('chat.postMessage', undefined, 10_000);
      const buttons = JSON.stringify(posted.args.blocks);
      expect(buttons).toContain(`"action_id":"${COMPETENCIES_OPEN_ACTION}","value":"${milestone.id}"`);
      expect(buttons).toContain(`"action_id":"${NUDGE_ACTIONS.done}"`);

      await t.driver.blockAction({ userId: 'U0ALICE', actionId: COMPETENCIES_OPEN_ACTION, value: milestone.id });
      const opened = await t.fake.waitForCall('views.open', undefined, 10_000);
      expect((opened.args.view as { callback_id?: string }).callback_id).toBe(COMPETENCIES_CALLBACK);
      expect(t.fake.specViolations).toEqual([]);
    } finally {
      await t.stop();
    }
  });

  it('asks both sides of a mentorship "did you meet?" on its date, from the same tick', async () => {
    await resetDatabase(db);
    const t = await startTestApp({ db, clock: new TestClock('2027-01-13T10:00:00Z'), config: { scheduler } });
    try {
      const mentee = await seedPerson(db.prisma, t.fake.team.id, { slackUserId: 'U0ALICE' });
      const mentor = await seedPerson(db.prisma, t.fake.team.id, { slackUserId: 'U0MIA' });
      await db.prisma.mentorship.create({
        data: {
          menteeId: mentee.person.id,
          mentorId: mentor.person.id,
          goalRoleKey: 'senior-instructional-designer',
          status: 'active',
          nextCheckInOn: new Date('2027-01-13T00:00:00Z'),
        },
      });
      await t.app.scheduler!.tick();
      for (const userId of ['U0ALICE', 'U0MIA']) {
        await t.fake.waitForCall(
          'chat.postMessage',
          (call) => call.args.channel === userId && String(call.args.text).startsWith('Did you meet'),
          10_000,
        );
      }
    } finally {
      await t.stop();
    }
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'mentor-checkin', status: 'sent' } })).toBe(2);
  });

  it('without Slack credentials plans but has no sender', async () => {
    const t = await startTestApp({
      db,
      clock: new TestClock('2027-01-13T10:00:00Z'),
      config: { slack: { kind: 'offline' }, scheduler },
    });
    try {
      await seedPerson(db.prisma, 'T0OFFLINE', {
        slackUserId: 'U0ALICE',
        milestones: [{ title: 'Course', due: '2027-01-13' }],
      });
      expect(t.app.scheduler?.sender).toBeUndefined();
      await t.app.scheduler!.tick();
      expect(await db.prisma.outboxMessage.count({ where: { status: 'pending' } })).toBeGreaterThan(0);
    } finally {
      await t.stop();
    }
  });
});
