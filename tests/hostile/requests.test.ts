/**
 * Requests that did not come from Slack, or not this once: each is refused
 * with 401 and changes nothing (no database row, no Web API call, no answer).
 * Unsigned, wrongly signed and stale requests are covered on both databases in
 * tests/listeners/commands/pathway.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { resetDatabase } from '../support/db.js';

describe('requests not signed by Slack or replayed', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function expectNothingChanged(): Promise<void> {
    // Give a wrongly accepted request time to reach the database and Slack.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.db.prisma.person.count()).toBe(0);
    expect(t.fake.calls).toEqual([]);
    expect(t.fake.responses).toEqual([]);
  }

  it('refuses the exact same signed request sent a second time', async () => {
    const { fields } = t.driver.slashCommandFields({ userId: 'U0REPLAY' });
    const body = new URLSearchParams(fields).toString();
    const headers = t.driver.signedHeaders(body);
    const first = await t.driver.rawPost(body, headers);
    expect(first.status).toBe(200);
    await t.fake.waitForResponse(undefined, 15_000);
    await resetDatabase(t.db);
    t.fake.reset();

    const replay = await t.driver.rawPost(body, headers);
    expect(replay.status).toBe(401);
    expect(replay.body).toEqual({ error: 'replayed_request' });
    await expectNothingChanged();
  });

  it('refuses a body changed after signing', async () => {
    const { fields } = t.driver.slashCommandFields({ userId: 'U0TAMPER' });
    const headers = t.driver.signedHeaders(new URLSearchParams(fields).toString());
    const tampered = new URLSearchParams({ ...fields, user_id: 'U0VICTIM' }).toString();
    expect((await t.driver.rawPost(tampered, headers)).status).toBe(401);
    await expectNothingChanged();
  });
});
