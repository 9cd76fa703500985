/**
 * A response_url that fails. Slash-command answers are retried on 5xx and
 * 429, and when the URL cannot be used (Slack's 404 for an expired or used-up
 * URL, or still failing) the same answer reaches the person through
 * chat.postEphemeral in the channel they typed in. When Slack fails both ways
 * the failure is logged with context and the app keeps answering.
 */

import { RESPONSE_URL } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { CONSENT_ACTION_PREFIX, REMOVE_ACTION } from '../../src/blocks/celebrations.js';
import { CHECKIN_OPEN_ACTION } from '../../src/blocks/checkin.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { captureLogs } from '../support/logs.js';

const HELP_TEXT = 'Pathway: what you can type';

describe('when the response_url fails', () => {
  let t: TestApp;
  const logs = captureLogs();
  useTestApp((app) => (t = app), { logger: logs.logger });

  it('retries a 500 and answers once on the response_url', async () => {
    t.fake.failNext(RESPONSE_URL, { status: 500 });
    const request = await t.driver.slashCommand({ userId: 'U0RETRY', text: 'help' });
    expect(request.status).toBe(200);
    // Once the request is worked through, retry included, exactly one answer reached the response_url.
    await t.settled();
    expect(t.fake.responses).toHaveLength(1);
    expect(t.fake.responses[0]?.body).toMatchObject({ text: HELP_TEXT, response_type: 'ephemeral' });
    expect(t.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('retries a 429 as well', async () => {
    t.fake.failNext(RESPONSE_URL, { status: 429, retryAfter: 1 });
    const request = await t.driver.slashCommand({ userId: 'U0RETRY', text: 'help' });
    expect((await t.responseTo(request, 5000)).body).toMatchObject({ text: HELP_TEXT });
  });

  it('answers with chat.postEphemeral in the same channel when the URL has expired (no retry of a 404)', async () => {
    t.fake.failNext(RESPONSE_URL, { error: 'expired_url' });
    t.fake.failNext(RESPONSE_URL, { error: 'expired_url' });
    const request = await t.driver.slashCommand({ userId: 'U0EXPIRED', text: 'help', channelId: 'C0GENERAL' });
    expect(request.status).toBe(200);
    const call = await t.fake.waitForCall('chat.postEphemeral', undefined, 5000);
    expect(call.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0EXPIRED', text: HELP_TEXT });
    expect(call.response?.ok).toBe(true);
    await t.settled();
    expect(t.fake.responses).toEqual([]);
    // The second queued fault is still there: a 404 was not retried.
    const next = await t.driver.slashCommand({ userId: 'U0EXPIRED', text: 'help', channelId: 'C0GENERAL' });
    await t.fake.waitForCall('chat.postEphemeral', (c) => c !== call, 5000);
    expect(t.fake.responses.filter((response) => response.url === next.responseUrl)).toEqual([]);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('falls back after three failed attempts, and logs when Slack fails both ways without stopping the app', async () => {
    t.fake.failNext(RESPONSE_URL, { status: 500 }, 3);
    const first = await t.driver.slashCommand({ userId: 'U0OUTAGE', text: 'help', channelId: 'C0GENERAL' });
    await t.fake.waitForCall('chat.postEphemeral', (call) => call.args.user === 'U0OUTAGE', 8000);
    expect(t.fake.responses.filter((response) => response.url === first.responseUrl)).toEqual([]);

    logs.clear();
    t.fake.reset();
    t.fake.failNext(RESPONSE_URL, { status: 500 }, 6);
    t.fake.failNext('chat.postEphemeral', { error: 'channel_not_found' }, 2);
    const second = await t.driver.slashCommand({ userId: 'U0OUTAGE', text: 'help', channelId: 'C0GENERAL' });
    expect(second.status).toBe(200);
    await expect.poll(() => logs.atLeast('error').length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(
      logs.lines.some((line) => line.level >= 50 && line.handler === 'pathwayCommand' && line.userId === 'U0OUTAGE'),
    ).toBe(true);

    const after = await t.driver.slashCommand({ userId: 'U0OUTAGE', text: 'help' });
    expect((await t.responseTo(after, 5000)).body).toMatchObject({ text: HELP_TEXT });
  }, 20_000);

  for (const actionId of [CHECKIN_OPEN_ACTION, `${CONSENT_ACTION_PREFIX}once`, REMOVE_ACTION]) {
    it(`answers a ${actionId} button in a message the same way when its response_url has expired`, async () => {
      t.fake.failNext(RESPONSE_URL, { error: 'expired_url' });
      // A value no button of ours carries: the answer is the "no longer works" correction.
      const click = await t.driver.blockAction({
        userId: 'U0CLICKER',
        actionId,
        value: '',
        container: { channelId: 'C0GENERAL' },
      });
      expect(click.status).toBe(200);
      const call = await t.fake.waitForCall('chat.postEphemeral', undefined, 5000);
      expect(call.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0CLICKER' });
      expect(String(call.args.text)).toMatch(/no longer works/);
      expect(t.fake.responses).toEqual([]);
    });
  }
});
