import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { type RetentionDeps, runRetention } from '../../../src/scheduler/retention.js';
import { ensureWorkspace } from '../../../src/services/people.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { CHANNEL, rowsMentioning, type SeededPerson, seedPersonWithData } from '../../support/people-data.js';

const SUBJECT = 'U0ALICE';
const DAY = 86_400_000;

describe('user_change and the retention of deactivated people', () => {
  let t: TestApp;
  let seeded: SeededPerson;
  let retention: RetentionDeps;
  useTestApp((app) => (t = app));
  beforeAll(() => {
    retention = { prisma: t.db.prisma, clients: t.app.clients!, clock: t.clock, logger: createLogger('silent') };
  });
  beforeEach(async () => {
    t.clock.set('2027-01-11T10:00:00Z');
    const workspace = await ensureWorkspace(t.db.prisma, t.fake.team.id);
    await t.db.prisma.workspace.update({ where: { id: workspace.id }, data: { deactivatedRetentionDays: 30 } });
    seeded = await seedPersonWithData(t.db, t.fake, workspace.id, {
      subject: SUBJECT,
      manager: 'U0BOB',
      report: 'U0CAROL',
    });
  });

  async function userChange(userId: string, deleted: boolean): Promise<void> {
    const result = await t.driver.event({
      type: 'user_change',
      user: { id: userId, team_id: t.fake.team.id, name: 'alice', deleted },
    });
    expect(result.status).toBe(200);
  }

  async function deactivatedAt(): Promise<Date | null> {
    const person = await t.db.prisma.person.findUnique({ where: { id: seeded.person.id } });
    return person?.deactivatedAt ?? null;
  }

  async function waitForDeactivation(expected: Date | null): Promise<void> {
    await expect.poll(deactivatedAt, { timeout: 5000 }).toEqual(expected);
  }

  it('notes the first deactivation, keeps the data for the retention period, then erases it with its post', async () => {
    await userChange(SUBJECT, true);
    await waitForDeactivation(new Date('2027-01-11T10:00:00Z'));
    // Slack sends user_change for any profile change; a later one does not restart the clock.
    t.clock.advance(5 * DAY);
    await userChange(SUBJECT, true);
    await userChange('U0STRANGER', true);
    expect(await deactivatedAt()).toEqual(new Date('2027-01-11T10:00:00Z'));
    expect(await t.db.prisma.person.count({ where: { slackUserId: 'U0STRANGER' } })).toBe(0);

    t.clock.set(new Date(Date.parse('2027-01-11T10:00:00Z') + 30 * DAY - 1000));
    expect(await runRetention(retention)).toEqual({ erased: 0, failed: 0 });
    expect(await t.db.prisma.pathway.count({ where: { personId: seeded.person.id } })).toBe(1);

    t.clock.advance(1000);
    expect(await runRetention(retention)).toEqual({ erased: 1, failed: 0 });
    expect(await rowsMentioning(t.db, seeded.ids)).toEqual([]);
    expect(t.fake.callsTo('chat.delete').map((call) => call.args.ts)).toEqual([seeded.postTs]);
    expect(t.fake.messagesIn(CHANNEL)).toEqual([]);
    expect(await t.db.prisma.person.count({ where: { slackUserId: 'U0CAROL' } })).toBe(1);
    expect(t.fake.specViolations).toEqual([]);
  });

  it('refreshes the Slack locale on any profile change, from the event or else from users.info', async () => {
    const localeOf = async () =>
      (await t.db.prisma.person.findUniqueOrThrow({ where: { id: seeded.person.id } })).locale;
    t.fake.setUser({ id: SUBJECT, tz: 'Europe/Berlin', locale: 'de-DE' });
    const result = await t.driver.event({
      type: 'user_change',
      user: { id: SUBJECT, team_id: t.fake.team.id, name: 'alice' },
    });
    expect(result.status).toBe(200);
    await expect.poll(localeOf, { timeout: 5000 }).toBe('de-DE');
    expect(t.fake.callsTo('users.info').at(-1)?.args).toMatchObject({ user: SUBJECT, include_locale: 'true' });

    const asked = t.fake.callsTo('users.info').length;
    await t.driver.event({
      type: 'user_change',
      user: { id: SUBJECT, team_id: t.fake.team.id, name: 'alice', locale: 'es-ES' },
    });
    await expect.poll(localeOf, { timeout: 5000 }).toBe('es-ES');
    expect(t.fake.callsTo('users.info')).toHaveLength(asked);
    expect(await deactivatedAt()).toBeNull();
    expect(t.fake.specViolations).toEqual([]);
  });

  it('forgets the deactivation when Slack reactivates the person, so nothing is erased', async () => {
    await userChange(SUBJECT, true);
    await waitForDeactivation(new Date('2027-01-11T10:00:00Z'));
    t.clock.advance(2 * DAY);
    await userChange(SUBJECT, false);
    await waitForDeactivation(null);
    t.clock.advance(60 * DAY);
    expect(await runRetention(retention)).toEqual({ erased: 0, failed: 0 });
    expect(await t.db.prisma.person.count({ where: { id: seeded.person.id } })).toBe(1);
  });

  it('follows the workspace’s retention period and retries a failed erase the next day', async () => {
    await t.db.prisma.workspace.updateMany({ data: { deactivatedRetentionDays: 0 } });
    await userChange(SUBJECT, true);
    await waitForDeactivation(new Date('2027-01-11T10:00:00Z'));
    t.fake.failNext('chat.delete', { status: 500 });
    expect(await runRetention(retention)).toEqual({ erased: 0, failed: 1 });
    expect(await t.db.prisma.person.count({ where: { id: seeded.person.id } })).toBe(1);
    t.clock.advance(DAY);
    expect(await runRetention(retention)).toEqual({ erased: 1, failed: 0 });
    expect(await rowsMentioning(t.db, seeded.ids)).toEqual([]);
  });
});
