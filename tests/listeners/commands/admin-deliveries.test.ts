import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../../support/app-harness.js';

describe('/pathway admin deliveries', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { config: { adminUserIds: ['U0ADMIN'] } });
  beforeEach(async () => {
    // The window is counted back from the app's clock; rows are stamped by the database's.
    t.clock.set(new Date());
  });

  async function seedOutbox(): Promise<void> {
    // First contact creates the workspace the rows belong to.
    await t.responseTo(await t.driver.slashCommand({ userId: 'U0ADMIN', text: 'help' }));
    const workspace = await t.db.prisma.workspace.findFirstOrThrow();
    const now = t.clock.now();
    const row = (n: number, status: 'sent' | 'failed' | 'dropped' | 'pending', extra: object = {}) => ({
      workspaceId: workspace.id,
      dedupeKey: `test:${n}`,
      kind: n % 2 === 0 ? 'nudge' : 'celebration',
      recipient: n % 2 === 0 ? 'U0PERSON' : 'C0WINS',
      payload: { text: 'SECRET MESSAGE BODY' },
      notBefore: now,
      status,
      ...extra,
    });
    await t.db.prisma.outboxMessage.createMany({
      data: [
        row(1, 'failed', { attempts: 5, lastError: 'not_in_channel' }),
        row(2, 'failed', { attempts: 1, lastError: 'x'.repeat(5000) }),
        row(3, 'sent'),
        row(4, 'sent'),
        row(5, 'dropped'),
        row(6, 'pending'),
      ],
    });
  }

  it('shows admins what was sent and each failed message with Slack’s error, never the contents', async () => {
    await seedOutbox();
    await t.driver.slashCommand({ userId: 'U0ADMIN', text: 'admin deliveries' });
    const call = await t.fake.waitForCall('views.open', undefined, 10_000);
    const view = call.args.view as ModalView;
    expectValidView(view);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('2 sent · 1 waiting · 1 no longer needed · 2 failed');
    expect(text).toContain('not_in_channel');
    expect(text).toContain('after 5 attempts');
    expect(text).toContain('<#C0WINS>');
    expect(text).not.toContain('SECRET MESSAGE BODY');
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('says so when nothing failed', async () => {
    await t.responseTo(await t.driver.slashCommand({ userId: 'U0ADMIN', text: 'help' }));
    await t.driver.slashCommand({ userId: 'U0ADMIN', text: 'admin deliveries' });
    const call = await t.fake.waitForCall('views.open', undefined, 10_000);
    expect(JSON.stringify((call.args.view as ModalView).blocks)).toContain('Nothing failed.');
  });

  it('refuses people who are not admins', async () => {
    await seedOutbox();
    const request = await t.driver.slashCommand({ userId: 'U0PERSON', text: 'admin deliveries' });
    const response = await t.responseTo(request, 10_000);
    expect(JSON.stringify(response.body)).toMatch(/admin/i);
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });
});
