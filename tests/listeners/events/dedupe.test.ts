/**
 * Slack's retries of an event (X-Slack-Retry-Num) are handled once: end to end
 * through signed requests, and the middleware's failure and clean-up paths
 * directly.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { skipHandledEvents } from '../../../src/listeners/events/dedupe.js';
import { createLogger } from '../../../src/logger.js';
import { HANDLED_EVENT_TTL_MS } from '../../../src/services/handled-events.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { testConfig } from '../../support/db.js';

describe('event retries', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  const homeOpened = { type: 'app_home_opened', user: 'U0CAROL', channel: 'D0CAROL', tab: 'home' } as const;

  it('a retry of an event already handled is acknowledged and not handled again', async () => {
    await t.driver.event(homeOpened, { eventId: 'Ev0HOME1' });
    await t.fake.waitForCall('views.publish', undefined, 10_000);
    const retry = await t.driver.event(homeOpened, { eventId: 'Ev0HOME1', retry: { num: 1, reason: 'http_timeout' } });
    expect(retry.status).toBe(200);
    // A different event right after it is handled, so waiting for it proves the retry had its chance.
    await t.driver.event(homeOpened, { eventId: 'Ev0HOME2' });
    await expect.poll(() => t.fake.callsTo('views.publish').length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => t.db.prisma.handledEvent.count(), { timeout: 10_000 }).toBe(2);
    expect(t.fake.specViolations).toEqual([]);
  });

  describe('the middleware', () => {
    function run(eventId: string, next: () => Promise<void>): Promise<void> {
      const middleware = skipHandledEvents({
        prisma: t.db.prisma,
        clock: t.clock,
        logger: createLogger('silent'),
        config: testConfig(),
      });
      const body = {
        type: 'event_callback',
        event_id: eventId,
        team_id: 'T0PATHWAY',
        event: { type: 'app_home_opened' },
      };
      // Only body, context and next are read.
      const args = { body, context: { retryNum: 1 }, next } as unknown as AnyMiddlewareArgs & AllMiddlewareArgs;
      return middleware(args);
    }

    it('gives the claim back when handling fails, so Slack’s retry does the work', async () => {
      await expect(run('Ev0FAILS', async () => Promise.reject(new Error('database went away')))).rejects.toThrow(
        'database went away',
      );
      expect(await t.db.prisma.handledEvent.count()).toBe(0);
      let handled = 0;
      await run('Ev0FAILS', async () => {
        handled += 1;
      });
      await run('Ev0FAILS', async () => {
        handled += 1;
      });
      expect(handled).toBe(1);
    });

    it('forgets event ids after a day', async () => {
      await run('Ev0OLD', async () => {});
      t.clock.advance(HANDLED_EVENT_TTL_MS + 60_000);
      // A fresh middleware (as after a restart) cleans up on its first event.
      await run('Ev0NEW', async () => {});
      expect((await t.db.prisma.handledEvent.findMany()).map((row) => row.eventId)).toEqual(['Ev0NEW']);
    });

    it('lets anything that is not an Events API delivery through untouched', async () => {
      const middleware = skipHandledEvents({
        prisma: t.db.prisma,
        clock: t.clock,
        logger: createLogger('silent'),
        config: testConfig(),
      });
      let passed = false;
      const next = async (): Promise<void> => {
        passed = true;
      };
      const args = { body: { command: '/pathway' }, context: {}, next } as unknown as AnyMiddlewareArgs &
        AllMiddlewareArgs;
      await middleware(args);
      expect(passed).toBe(true);
      expect(await t.db.prisma.handledEvent.count()).toBe(0);
    });
  });
});
