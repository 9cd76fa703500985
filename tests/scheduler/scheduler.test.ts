/**
 * The planner and the sender end to end: real database (PGlite and
 * PostgreSQL), the app's own Web API clients, the fake Slack, a test clock.
 */

import { expectValidBlocks } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { dateToDb } from '../../src/domain/dates.js';
import { setAway, setPaused } from '../../src/services/settings.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { backends } from '../support/db.js';
import { dmTexts, plan, seedPerson, testSender } from '../support/schedule.js';

async function outbox(t: TestApp) {
  return t.db.prisma.outboxMessage.findMany({ orderBy: [{ notBefore: 'asc' }, { dedupeKey: 'asc' }] });
}

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`scheduler on ${backend.name}`, () => {
    let t: TestApp;
    useTestApp((app) => (t = app), { backend });

    const seed = (seedArgs: Parameters<typeof seedPerson>[2]) => seedPerson(t.db.prisma, t.fake.team.id, seedArgs);
    /** Milestones with these titles, all due Wednesday 13 January 2027. */
    const dueOn13Jan = (...titles: string[]) => titles.map((title) => ({ title, due: '2027-01-13' }));

    it('plans a nudge once, holds it for working hours, then DMs it with done / move / snooze buttons', async () => {
      const { milestones } = await seed({
        slackUserId: 'U0ALICE',
        milestones: [{ title: 'Run a *workshop* <!channel>', due: '2027-01-20' }],
      });
      t.clock.set('2027-01-17T08:00:00Z'); // Sunday: the "before" stage begins, delivery waits for Monday 9:00
      expect((await plan(t)).queued).toBe(1);
      expect((await plan(t)).queued).toBe(0);
      const rows = await outbox(t);
      expect(rows.map((row) => [row.dedupeKey, row.notBefore.toISOString(), row.recipient])).toEqual([
        [`nudge:${milestones[0]!.id}:before:2027-01-20`, '2027-01-18T09:00:00.000Z', 'U0ALICE'],
      ]);

      const sender = testSender(t);
      expect((await sender.drain()).sent).toBe(0);
      t.clock.set('2027-01-18T09:00:30Z');
      const drained = await sender.drain();
      expect(drained, JSON.stringify(await outbox(t))).toMatchObject({ claimed: 1, sent: 1 });

      const [message] = t.fake.messagesIn(t.fake.dmChannelFor('U0ALICE'));
      expect(message!.text).toContain('coming up');
      expectValidBlocks(message!.blocks as never, 'message');
      const blocks = JSON.stringify(message!.blocks);
      for (const actionId of ['milestone_done', 'milestone_move', 'milestone_snooze'])
        expect(blocks).toContain(`"action_id":"${actionId}"`);
      expect(blocks).toContain(`"value":"${milestones[0]!.id}"`);
      expect(blocks).not.toContain('<!channel>');
      const [sent] = await outbox(t);
      expect(sent).toMatchObject({ status: 'sent', attempts: 0 });
      expect(sent!.slackTs).toBe(message!.ts);
      expect(t.fake.specViolations).toEqual([]);
      expect(t.fake.blockKitViolations).toEqual([]);
    });

    it('queues a small row naming what to render and renders it when sending, from the data of that moment', async () => {
      const { milestones } = await seed({
        slackUserId: 'U0ALICE',
        milestones: dueOn13Jan('Draft title'),
      });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      expect((await outbox(t)).map((row) => row.payload)).toEqual([{ render: 'milestone_nudge' }]);
      // It now serves a readiness signal the framework lists resources for: the nudge links them.
      await t.db.prisma.milestone.update({
        where: { id: milestones[0]!.id },
        data: { title: 'Run the onboarding workshop', signalKeys: ['owns-outcomes'] },
      });
      expect(await testSender(t).drain()).toMatchObject({ sent: 1 });
      const blocks = JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor('U0ALICE'))[0]!.blocks);
      expect(blocks).toContain('Run the onboarding workshop');
      expect(blocks).not.toContain('Draft title');
      expect(blocks).toContain(':link: Helps: <https://www.kirkpatrickpartners.com/the-kirkpatrick-model/|');
    });

    it('delivers at 9:00 local on each side of the date line, 25 hours apart', async () => {
      const east = await seed({
        slackUserId: 'U0KIRI',
        timeZone: 'Pacific/Kiritimati',
        milestones: [{ title: 'Certify', due: '2027-01-12' }],
      });
      const west = await seed({
        slackUserId: 'U0PAGO',
        timeZone: 'Pacific/Pago_Pago',
        milestones: [{ title: 'Certify', due: '2027-01-12' }],
      });
      const dueRow = async (milestoneId: string) =>
        t.db.prisma.outboxMessage.findUnique({ where: { dedupeKey: `nudge:${milestoneId}:due:2027-01-12` } });

      t.clock.set('2027-01-11T10:01:00Z'); // 2027-01-12 00:01 in Kiritimati, still 2027-01-10 in Pago Pago
      await plan(t);
      expect((await dueRow(east.milestones[0]!.id))?.notBefore.toISOString()).toBe('2027-01-11T19:00:00.000Z');
      expect(await dueRow(west.milestones[0]!.id)).toBeNull();

      t.clock.set('2027-01-12T11:01:00Z'); // 00:01 on the 12th in Pago Pago
      await plan(t);
      expect((await dueRow(west.milestones[0]!.id))?.notBefore.toISOString()).toBe('2027-01-12T20:00:00.000Z');
    });

    it('follows daylight saving time: 9:00 in New York is 14:00 UTC before the March change and 13:00 UTC after', async () => {
      const { milestones } = await seed({
        slackUserId: 'U0NYC',
        timeZone: 'America/New_York',
        milestones: [
          { title: 'Winter', due: '2027-03-12' },
          { title: 'Spring', due: '2027-03-15' },
        ],
      });
      t.clock.set('2027-03-12T06:00:00Z');
      await plan(t);
      t.clock.set('2027-03-15T05:00:00Z');
      await plan(t);
      const byKey = Object.fromEntries((await outbox(t)).map((row) => [row.dedupeKey, row.notBefore.toISOString()]));
      expect(byKey[`nudge:${milestones[0]!.id}:due:2027-03-12`]).toBe('2027-03-12T14:00:00.000Z');
      expect(byKey[`nudge:${milestones[1]!.id}:due:2027-03-15`]).toBe('2027-03-15T13:00:00.000Z');
    });

    it('after downtime sends the one nudge that still makes sense and drops the rest with a reason', async () => {
      const { milestones } = await seed({
        slackUserId: 'U0ALICE',
        milestones: dueOn13Jan('Finished while we were down', 'Moved while we were down', 'Still open'),
      });
      t.clock.set('2027-01-13T10:00:00Z');
      expect((await plan(t)).queued).toBe(3);
      // The sender was down for a week; meanwhile one milestone was done and one moved.
      await t.db.prisma.milestone.update({
        where: { id: milestones[0]!.id },
        data: { doneAt: new Date('2027-01-14T10:00:00Z') },
      });
      await t.db.prisma.milestone.update({
        where: { id: milestones[1]!.id },
        data: { dueDate: dateToDb('2027-02-15') },
      });
      t.clock.set('2027-01-20T10:00:00Z');
      expect((await plan(t)).queued).toBe(1); // only "Still open" has a current stage (overdue-7)
      const stats = await testSender(t).drain();
      expect(stats).toMatchObject({ sent: 1, dropped: 3 });
      const rows = Object.fromEntries((await outbox(t)).map((row) => [row.dedupeKey, [row.status, row.dropReason]]));
      expect(rows).toEqual({
        [`nudge:${milestones[0]!.id}:due:2027-01-13`]: ['dropped', 'milestone done, removed, or its pathway ended'],
        [`nudge:${milestones[1]!.id}:due:2027-01-13`]: ['dropped', 'due date moved'],
        [`nudge:${milestones[2]!.id}:due:2027-01-13`]: ['dropped', 'a later nudge replaced it'],
        [`nudge:${milestones[2]!.id}:overdue-7:2027-01-13`]: ['sent', null],
      });
      expect(dmTexts(t, 'U0ALICE')).toEqual(['Pathway: milestone 3 is overdue']);
    });

    it('sends nothing while someone is away and one summary when they are back', async () => {
      const { person } = await seed({
        slackUserId: 'U0ALICE',
        milestones: dueOn13Jan('Mentoring plan'),
      });
      await setAway(t.db.prisma, person.id, '2027-01-11', '2027-01-17');
      const sender = testSender(t);
      for (const day of ['2027-01-11', '2027-01-13', '2027-01-14', '2027-01-15']) {
        t.clock.set(`${day}T10:00:00Z`);
        await plan(t);
        await sender.drain();
      }
      expect(dmTexts(t, 'U0ALICE')).toEqual([]);
      t.clock.set('2027-01-18T10:00:00Z');
      await plan(t);
      await sender.drain();
      await plan(t);
      await sender.drain();
      expect(dmTexts(t, 'U0ALICE')).toEqual(['Pathway: welcome back, here is what fell due']);
      expect(JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor('U0ALICE'))[0]!.blocks)).toContain('Mentoring plan');
    });

    it('drops a queued message at send time when the person paused nudges', async () => {
      const { person } = await seed({ slackUserId: 'U0ALICE', milestones: dueOn13Jan('Course') });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      await setPaused(t.db.prisma, person.id, true, t.clock.now());
      expect(await testSender(t).drain()).toMatchObject({ dropped: 1, sent: 0 });
      expect((await outbox(t))[0]).toMatchObject({ status: 'dropped', dropReason: 'nudges paused' });
      expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
    });

    it('puts a message back until working hours when it is claimed after the day ended', async () => {
      await seed({ slackUserId: 'U0ALICE', milestones: [{ title: 'Course', due: '2027-01-15' }] });
      t.clock.set('2027-01-15T16:59:00Z'); // Friday, one minute before the end of the day
      await plan(t);
      t.clock.set('2027-01-15T17:30:00Z');
      expect(await testSender(t).drain()).toMatchObject({ postponed: 1, sent: 0 });
      expect((await outbox(t))[0]).toMatchObject({ status: 'pending', notBefore: new Date('2027-01-18T09:00:00Z') });
    });

    it('reminds the manager of an overdue check-in and sends the weekly digest', async () => {
      await seed({
        slackUserId: 'U0REPORT',
        managerSlackUserId: 'U0BOSS',
        lastCheckInAt: '2026-12-01T10:00:00Z',
        milestones: [{ title: 'Late one', due: '2027-01-04' }],
      });
      t.clock.set('2027-01-11T10:00:00Z'); // Monday
      await plan(t);
      await testSender(t).drain();
      const bossDms = t.fake.messagesIn(t.fake.dmChannelFor('U0BOSS'));
      expect(bossDms.map((message) => message.text).sort()).toEqual([
        'Pathway: a good moment to ask U0REPORT about their readiness',
        'Pathway: your team this week (2027-W02)',
      ]);
      const digest = JSON.stringify(bossDms.find((message) => message.text.includes('team this week'))!.blocks);
      expect(digest).toContain('Overdue milestones* (1): <@U0REPORT>');
      expect(dmTexts(t, 'U0REPORT')).toContain('Pathway: a good moment for your readiness check-in');
      expect(t.fake.blockKitViolations).toEqual([]);
    });

    it('waits out a 429 for its Retry-After and then sends the message once', async () => {
      await seed({ slackUserId: 'U0ALICE', milestones: dueOn13Jan('Course') });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
      const stats = await testSender(t).drain();
      expect(stats).toMatchObject({ sent: 1, rateLimited: 1, failed: 0 });
      const calls = t.fake.callsTo('chat.postMessage');
      expect(calls.map((call) => call.status)).toEqual([429, 200]);
      expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
      expect(dmTexts(t, 'U0ALICE')).toHaveLength(1);
      expect((await outbox(t))[0]).toMatchObject({ status: 'sent', attempts: 0 });
    });

    it('puts a row back for a long Retry-After instead of holding its claim', async () => {
      await seed({ slackUserId: 'U0ALICE', milestones: dueOn13Jan('Course') });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
      expect(await testSender(t, { maxInlineWaitMs: 1000 }).drain()).toMatchObject({ rateLimited: 1, sent: 0 });
      expect((await outbox(t))[0]).toMatchObject({
        status: 'pending',
        attempts: 0,
        notBefore: new Date('2027-01-13T10:02:00Z'),
      });
    });

    it('retries transient failures with backoff, then marks the row failed with its error', async () => {
      await seed({ slackUserId: 'U0ALICE', milestones: dueOn13Jan('Course') });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      t.fake.failNext('chat.postMessage', { status: 500 }, 3);
      const sender = testSender(t, { maxAttempts: 3, backoffMs: (attempts) => attempts * 60_000 });
      expect(await sender.drain()).toMatchObject({ retried: 1 });
      expect((await outbox(t))[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'HTTP 500',
        notBefore: new Date('2027-01-13T10:01:00Z'),
      });
      expect((await sender.drain()).claimed).toBe(0); // not before the backoff
      t.clock.advance(60_000);
      expect(await sender.drain()).toMatchObject({ retried: 1 });
      t.clock.advance(120_000);
      expect(await sender.drain()).toMatchObject({ failed: 1 });
      expect((await outbox(t))[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 500' });
      expect(dmTexts(t, 'U0ALICE')).toEqual([]);
    });

    it('fails at once on an error retrying cannot fix', async () => {
      await seed({ slackUserId: 'U0ALICE', milestones: dueOn13Jan('Course') });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      t.fake.failNext('chat.postMessage', { error: 'user_disabled' });
      expect(await testSender(t).drain()).toMatchObject({ failed: 1 });
      expect((await outbox(t))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'user_disabled' });
    });

    it('keeps to about one message a second in a conversation', async () => {
      await seed({
        slackUserId: 'U0ALICE',
        milestones: dueOn13Jan('One', 'Two', 'Three'),
      });
      t.clock.set('2027-01-13T10:00:00Z');
      await plan(t);
      await testSender(t, { channelIntervalMs: 1000 }).drain();
      const times = t.fake.callsTo('chat.postMessage').map((call) => call.at);
      expect(times).toHaveLength(3);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
      expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(950);
    });
  });
}
