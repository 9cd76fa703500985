/**
 * A Slack Web API that fails: errors, 500s, 429s with Retry-After and slow
 * answers. Requests are still acknowledged in time, the person is told in a
 * short message what to do (never a stack trace, never silence when a modal
 * could not open), the Home tab failing is logged without a crash, and queued
 * DMs are retried by the sender until Slack takes them: nothing is lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { dmTexts, plan, seedPerson, testSender } from '../support/schedule.js';

function textOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'text' in body
    ? String((body as { text: unknown }).text)
    : JSON.stringify(body);
}

describe('when the Slack Web API fails', () => {
  let t: TestApp;
  // Triggers outlive Slack's 3 s here so a loaded machine's slow first answer cannot expire them; the retry's own
  // pace is checked from the gap between the two calls instead.
  useTestApp((app) => (t = app), { fake: { triggerTtlMs: 30_000 } });

  /** Alice's one milestone is due today, so planning queues one DM for the sender. */
  async function planAliceDueToday(): ReturnType<typeof plan> {
    await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0ALICE',
      milestones: [{ title: 'Course', due: '2027-01-13' }],
    });
    t.clock.set('2027-01-13T10:00:00Z');
    return plan(t);
  }

  async function expectStillAlive(): Promise<void> {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const request = await t.driver.slashCommand({ userId: 'U0HEALTHY' });
    expect(request.status).toBe(200);
    await t.responseTo(request, 10_000);
  }

  it('opens the modal anyway when views.open answers 500 once (the request client retries within the trigger lifetime)', async () => {
    t.fake.failNext('views.open', { status: 500 });
    const request = await t.driver.slashCommand({ userId: 'U0MODAL', text: 'settings' });
    expect(request.status).toBe(200);
    expect(request.ackMs).toBeLessThan(3000);
    const opened = await t.fake.waitForCall(
      'views.open',
      (call) => call.args.trigger_id === request.triggerId && call.response?.ok === true,
      8000,
    );
    expect(opened.args.view).toBeDefined();
    const calls = t.fake.callsTo('views.open');
    expect(calls.map((call) => call.status)).toEqual([500, 200]);
    // Slack's trigger lives 3 s: the client's retry must come well inside it.
    expect(calls[1]!.at - calls[0]!.at).toBeLessThan(2500);
    expect(t.fake.responses).toEqual([]);
    expect(t.fake.specViolations).toEqual([]);
  }, 15_000);

  it('says the form took too long, without a reference id, when the modal trigger expired', async () => {
    t.fake.failNext('views.open', { error: 'expired_trigger_id' });
    const request = await t.driver.slashCommand({ userId: 'U0MODAL', text: 'settings' });
    expect(request.status).toBe(200);
    const answer = textOf((await t.responseTo(request, 5000)).body);
    expect(answer).toMatch(/took too long to open.*again/);
    expect(answer).not.toMatch(/reference/);
    expect(t.fake.specViolations).toEqual([]);
  });

  for (const fault of [{ error: 'channel_not_found' }, { error: 'not_in_channel' }]) {
    it(`tells the person what to do when views.open answers ${JSON.stringify(fault)}`, async () => {
      t.fake.failNext('views.open', fault);
      const request = await t.driver.slashCommand({ userId: 'U0MODAL', text: 'settings' });
      expect(request.status).toBe(200);
      expect(request.ackMs).toBeLessThan(3000);
      await t.fake.waitForCall('views.open', (call) => call.args.trigger_id === request.triggerId, 5000);
      const answer = textOf((await t.responseTo(request, 5000)).body);
      expect(answer.length).toBeLessThan(400);
      expect(answer).not.toMatch(/stack|Error:|at \//);
      expect(answer).toMatch(/try again|\/pathway/i);
      expect(t.fake.specViolations).toEqual([]);
      await expectStillAlive();
    });
  }

  it('publishes the Home tab after a 429 by waiting out Retry-After (Bolt client retries)', async () => {
    t.fake.failNext('views.publish', { status: 429, retryAfter: 1 });
    const result = await t.driver.event({ type: 'app_home_opened', user: 'U0HOME', tab: 'home' });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(3000);
    const published = await t.fake.waitForCall('views.publish', (call) => call.response?.ok === true, 8000);
    expect(published.args.user_id).toBe('U0HOME');
    expect(t.fake.callsTo('views.publish').map((call) => call.status)).toEqual([429, 200]);
  }, 15_000);

  for (const fault of [{ status: 500 as const }, { error: 'not_in_channel' }]) {
    it(`logs a failed Home publish (${JSON.stringify(fault)}) without crashing, and the next open works`, async () => {
      t.fake.failNext('views.publish', fault);
      const first = await t.driver.event({ type: 'app_home_opened', user: 'U0HOME', tab: 'home' });
      expect(first.status).toBe(200);
      await t.fake.waitForCall('views.publish', undefined, 5000);
      const second = await t.driver.event({ type: 'app_home_opened', user: 'U0HOME', tab: 'home' });
      expect(second.status).toBe(200);
      await t.fake.waitForCall('views.publish', (call) => call.response?.ok === true, 5000);
      expect(t.fake.homeView('U0HOME')).toBeDefined();
      await expectStillAlive();
    });
  }

  it('acknowledges in time while Slack is slow to answer views.publish, and publishes once it answers', async () => {
    t.fake.failNext('views.publish', { delayMs: 2000 });
    const result = await t.driver.event({ type: 'app_home_opened', user: 'U0SLOW', tab: 'home' });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(1000);
    await t.fake.waitForCall('views.publish', undefined, 5000);
    await vi.waitFor(() => expect(t.fake.homeView('U0SLOW')).toBeDefined(), { timeout: 8000, interval: 100 });
  }, 15_000);

  it('retries a queued DM through 500, 429 and a slow answer until Slack takes it, exactly once', async () => {
    expect((await planAliceDueToday()).queued).toBe(1);
    const sender = testSender(t, { backoffMs: () => 60_000 });

    t.fake.failNext('chat.postMessage', { status: 500 });
    expect(await sender.drain()).toMatchObject({ retried: 1, sent: 0 });
    let [row] = await t.db.prisma.outboxMessage.findMany();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500' });

    t.clock.advance(60_000);
    t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    t.fake.failNext('chat.postMessage', { delayMs: 500 });
    expect(await sender.drain()).toMatchObject({ sent: 1, rateLimited: 1 });
    [row] = await t.db.prisma.outboxMessage.findMany();
    expect(row).toMatchObject({ status: 'sent' });
    expect(dmTexts(t, 'U0ALICE')).toHaveLength(1);
    expect(t.fake.callsTo('chat.postMessage').map((call) => call.status)).toEqual([500, 429, 200]);
    expect(t.fake.specViolations).toEqual([]);
  }, 20_000);

  it('does not retry a DM Slack refuses for good (channel_not_found): failed with the error, kept for admins', async () => {
    await planAliceDueToday();
    t.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const stats = await testSender(t).drain();
    const [row] = await t.db.prisma.outboxMessage.findMany();
    expect(row!.lastError).toBe('channel_not_found');
    // Either failed at once (not fixable by retrying) or pending for a retry; never silently gone.
    expect(['failed', 'pending']).toContain(row!.status);
    expect(stats.sent).toBe(0);
  });
});
