import { expectValidBlocks } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { MANAGER_ACCEPT_ACTION, MANAGER_DECLINE_ACTION, managerNotices } from '../../../src/blocks/team.js';
import { linkManager } from '../../../src/services/managers.js';
import { outboxPayloadSchema } from '../../../src/services/outbox.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { outboxFor, seedPerson } from '../../support/checkins.js';

/** `/pathway manager @name` and the manager's accept/decline buttons in the request DM. */
describe('manager link: request and confirmation', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function ask(userId: string, text: string): Promise<string> {
    const request = await t.driver.slashCommand({ userId, text });
    expect(request.status).toBe(200);
    return JSON.stringify((await t.responseTo(request)).body);
  }

  /** Asks, as Slack escapes the mention with should_escape on, and returns the queued request DM. */
  async function request(from = 'U0ALICE', to = 'U0DANA') {
    const answer = await ask(from, `manager <@${to}|${to.toLowerCase()}>`);
    expect(answer).toContain(`I asked <@${to}> to confirm`);
    const rows = await outboxFor(t, to);
    const row = rows.at(-1)!;
    const payload = outboxPayloadSchema.parse(row.payload);
    expectValidBlocks(payload.blocks, 'message');
    const requestRow = await t.db.prisma.managerRequest.findFirstOrThrow({
      where: { status: 'pending' },
      orderBy: { createdAt: 'desc' },
    });
    return { row, payload, requestId: requestRow.id };
  }

  function click(userId: string, accept: boolean, requestId: string) {
    return t.driver.blockAction({
      userId,
      actionId: accept ? MANAGER_ACCEPT_ACTION : MANAGER_DECLINE_ACTION,
      value: requestId,
      container: { channelId: `D${userId.slice(1)}`, messageTs: '1700000000.000100' },
    });
  }

  it('stores a pending request and DMs the manager accept/decline buttons; nothing changes until they answer', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const { row, payload, requestId } = await request();
    expect(row).toMatchObject({ dedupeKey: `manager-request:${requestId}`, kind: 'manager-request' });
    const text = JSON.stringify(payload.blocks);
    expect(text).toContain(`"action_id":"${MANAGER_ACCEPT_ACTION}"`);
    expect(text).toContain(`"action_id":"${MANAGER_DECLINE_ACTION}"`);
    expect(text).toContain(requestId);
    const stored = await t.db.prisma.managerRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { manager: true },
    });
    expect(stored).toMatchObject({ personId: alice.id, status: 'pending', pendingForPersonId: alice.id });
    expect(stored.manager.slackUserId).toBe('U0DANA');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBeNull();
  });

  it('links on accept, tells both, and replaces the request DM', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const { requestId } = await request();
    const clicked = await click('U0DANA', true, requestId);
    const replaced = await t.responseTo(clicked);
    expect(replaced.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(replaced.body)).toContain('You are now <@U0ALICE>’s manager');

    const dana = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0DANA' } });
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBe(dana.id);
    expect(await t.db.prisma.managerRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'accepted',
      pendingForPersonId: null,
    });
    const [told] = await outboxFor(t, 'U0ALICE');
    expect(told?.dedupeKey).toBe(`manager-request:${requestId}:answer`);
    expect(JSON.stringify(told?.payload)).toContain('<@U0DANA> confirmed they are your manager');
    expectCleanSlackTraffic(t);

    // A second click (or the other button) changes nothing.
    const again = await click('U0DANA', false, requestId);
    expect(JSON.stringify((await t.responseTo(again)).body)).toContain('You already accepted this request');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBe(dana.id);
  });

  it('leaves the link unset on decline and tells the person', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const { requestId } = await request();
    const clicked = await click('U0DANA', false, requestId);
    expect(JSON.stringify((await t.responseTo(clicked)).body)).toContain('You declined');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBeNull();
    expect((await t.db.prisma.managerRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('declined');
    expect(JSON.stringify((await outboxFor(t, 'U0ALICE'))[0]?.payload)).toContain('declined to be your manager');
  });

  it('lets only the named manager answer', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const { requestId } = await request();
    await seedPerson(t, 'U0EVE', { pathway: false });
    const clicked = await click('U0EVE', true, requestId);
    expect(JSON.stringify((await t.responseTo(clicked)).body)).toContain('sent to someone else');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBeNull();
  });

  it('replaces an unanswered request with a newer one; the old buttons then say so', async () => {
    await seedPerson(t, 'U0ALICE');
    const first = await request('U0ALICE', 'U0DANA');
    const answer = await ask('U0ALICE', 'manager <@U0CAROL>');
    expect(answer).toContain('Your earlier unanswered request is withdrawn');
    expect((await t.db.prisma.managerRequest.findUniqueOrThrow({ where: { id: first.requestId } })).status).toBe(
      'superseded',
    );
    const clicked = await click('U0DANA', true, first.requestId);
    expect(JSON.stringify((await t.responseTo(clicked)).body)).toContain('sent a newer request since');
  });

  it('tells the former manager when an accepted request replaces them', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    const alice = await seedPerson(t, 'U0ALICE', { manager: dana });
    const { requestId } = await request('U0ALICE', 'U0CAROL');
    await t.responseTo(await click('U0CAROL', true, requestId));
    const carol = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0CAROL' } });
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBe(carol.id);
    expect(JSON.stringify((await outboxFor(t, 'U0DANA'))[0]?.payload)).toContain('<@U0ALICE> has a new manager');
  });

  it.each([
    ['no mention', 'manager dana', 'mention your manager with @'],
    ['yourself', 'manager <@U0ALICE|alice>', 'You cannot be your own manager'],
  ])('answers %s with what to type instead', async (_name, text, expected) => {
    await seedPerson(t, 'U0ALICE');
    expect(await ask('U0ALICE', text)).toContain(expected);
    expect(await t.db.prisma.managerRequest.count()).toBe(0);
  });

  it('refuses an app or a deactivated account, checked with users.info', async () => {
    await seedPerson(t, 'U0ALICE');
    t.fake.setUser({ id: 'U0BOTTY', isBot: true });
    t.fake.setUser({ id: 'U0GONE', deleted: true });
    expect(await ask('U0ALICE', 'manager <@U0BOTTY|botty>')).toContain('That is an app, not a person');
    expect(await ask('U0ALICE', 'manager <@U0GONE>')).toContain('That account is deactivated');
    expect(await t.db.prisma.managerRequest.count()).toBe(0);
    expect(t.fake.callsTo('users.info').map((call) => call.args.user)).toEqual(
      expect.arrayContaining(['U0BOTTY', 'U0GONE']),
    );
    expectCleanSlackTraffic(t);
  });

  it('refuses a link that is already in place and one that would make a loop', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    await seedPerson(t, 'U0ALICE', { manager: dana });
    expect(await ask('U0ALICE', 'manager <@U0DANA>')).toContain('already your manager');
    // Dana reports to nobody; asking Alice (who reports to Dana) to be her manager closes a loop.
    expect(await ask('U0DANA', 'manager <@U0ALICE>')).toContain('loop in the reporting line');
    expect(await t.db.prisma.managerRequest.count()).toBe(0);
  });

  describe('linkManager (for the admin people import)', () => {
    it('sets the link at once, withdraws a pending request, tells a replaced manager and refuses loops', async () => {
      const dana = await seedPerson(t, 'U0DANA', { pathway: false });
      const carol = await seedPerson(t, 'U0CAROL', { pathway: false });
      const alice = await seedPerson(t, 'U0ALICE', { manager: dana });
      const { requestId } = await request('U0ALICE', 'U0EVE');
      const now = t.clock.now();
      expect(await linkManager(t.db.prisma, alice.id, carol.id, now, managerNotices)).toBe(true);
      expect(await linkManager(t.db.prisma, alice.id, carol.id, now, managerNotices)).toBe(false);
      expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: alice.id } })).managerId).toBe(carol.id);
      expect((await t.db.prisma.managerRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe(
        'superseded',
      );
      expect(JSON.stringify((await outboxFor(t, 'U0DANA'))[0]?.payload)).toContain('has a new manager');
      await expect(linkManager(t.db.prisma, carol.id, alice.id, now, managerNotices)).rejects.toThrow('loop');
      await expect(linkManager(t.db.prisma, alice.id, alice.id, now, managerNotices)).rejects.toThrow('own manager');
    });
  });
});
