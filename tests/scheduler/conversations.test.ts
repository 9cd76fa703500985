/**
 * Conversation reminders through the outbox and the fake Slack: the working
 * day before in each side's own zone and hours, rendered from the agenda as it
 * is at send time, dropped once the conversation is held; one nudge when
 * agreed actions are overdue; and a conversation due by the workspace cadence.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { conversationNotices } from '../../src/blocks/conversations.js';
import type { Person } from '../../src/generated/prisma/client.js';
import {
  addAgendaItem,
  completeTodo,
  planConversation,
  queueDueConversations,
  recordConversation,
} from '../../src/services/conversations.js';
import { ownCheckIns } from '../../src/services/privacy.js';
import { expectCleanSlackTraffic } from '../support/app-harness.js';
import { ALICE, DANA } from '../support/cast.js';
import { queuedOfKind, seedPerson } from '../support/checkins.js';
import { usePathwayApp } from '../support/pathways.js';
import { plan as planAll, quietLogger, testSender } from '../support/schedule.js';
import { textOf } from '../support/slack-ui.js';

const timing = { defaultTimeZone: 'Europe/London' };

describe('conversation reminders', () => {
  const t = usePathwayApp({ users: [ALICE, DANA] });
  let alice: Person;
  let dana: Person;

  beforeEach(async () => {
    dana = await seedPerson(t, DANA, { pathway: false });
    alice = await seedPerson(t, ALICE, { manager: dana });
    // Alice works from London, Dana from New York.
    await t.db.prisma.person.update({ where: { id: dana.id }, data: { timeZone: 'America/New_York' } });
    t.fake.setUser({ id: DANA, tz: 'America/New_York' });
  });

  const dms = (userId: string) => t.fake.messagesIn(t.fake.dmChannelFor(userId));
  const reminders = (userId: string) => dms(userId).filter((message) => message.text.includes('is on Mon 18 Jan 2027'));

  async function plan(on = '2027-01-18') {
    const now = t.clock.now();
    return planConversation(
      t.db.prisma,
      ownCheckIns(alice.id),
      { scheduledOn: on, origin: 'person', now, today: now.toISOString().slice(0, 10) },
      timing,
      conversationNotices,
    );
  }

  it('reminds each side as their own working day before opens, with the agenda as it is then', async () => {
    const { agenda } = await plan();
    const rows = await queuedOfKind(t, 'conversation-reminder');
    expect(rows.map((row) => [row.recipient, row.notBefore.toISOString()])).toEqual([
      [ALICE, '2027-01-15T09:00:00.000Z'], // Friday 09:00 in London
      [DANA, '2027-01-15T14:00:00.000Z'], // Friday 09:00 in New York
    ]);
    await testSender(t).drain(); // the agendas
    await addAgendaItem(t.db.prisma, ownCheckIns(alice.id), agenda.id, 'Added after the agenda went out', {
      now: t.clock.now(),
      today: '2027-01-11',
    });

    t.clock.set('2027-01-15T09:30:00Z');
    await testSender(t).drain();
    expect(reminders(ALICE)).toHaveLength(1);
    expect(reminders(DANA)).toHaveLength(0); // 04:30 in New York
    expect(textOf(reminders(ALICE)[0]?.blocks)).toContain('Added after the agenda went out');
    expect(textOf(reminders(ALICE)[0]?.blocks)).toContain(
      `conversation with <@${DANA}> is next working day, Mon 18 Jan 2027`,
    );

    t.clock.set('2027-01-15T14:05:00Z');
    await testSender(t).drain();
    expect(reminders(DANA)).toHaveLength(1);
    expect(textOf(reminders(DANA)[0]?.blocks)).toContain(`conversation with <@${ALICE}>`);
    expectCleanSlackTraffic(t);
  });

  it('a conversation held early drops its reminders; overdue agreed actions get one nudge, done ones none', async () => {
    const { agenda } = await plan();
    await testSender(t).drain();
    t.clock.set('2027-01-13T15:00:00Z');
    await recordConversation(
      t.db.prisma,
      ownCheckIns(alice.id),
      agenda.id,
      {
        notes: 'Held early',
        actions: [
          { title: 'Write the pilot brief', owner: 'person', due: '2027-01-20' },
          { title: 'Book the Sales lead', owner: 'manager', due: '2027-01-19' },
        ],
        nextOn: null,
      },
      { now: t.clock.now(), today: '2027-01-13' },
      timing,
      conversationNotices,
    );
    const overdueRows = await queuedOfKind(t, 'conversation-overdue', 'recipient');
    expect(overdueRows.map((row) => [row.recipient, row.notBefore.toISOString()])).toEqual([
      [ALICE, '2027-01-21T09:00:00.000Z'],
      [DANA, '2027-01-20T14:00:00.000Z'],
    ]);

    t.clock.set('2027-01-15T15:00:00Z');
    await testSender(t).drain();
    const dropped = await t.db.prisma.outboxMessage.findMany({ where: { kind: 'conversation-reminder' } });
    expect(dropped.map((row) => [row.status, row.dropReason])).toEqual([
      ['dropped', 'conversation held'],
      ['dropped', 'conversation held'],
    ]);
    expect(reminders(ALICE)).toHaveLength(0);

    const todo = await t.db.prisma.conversationAction.findFirstOrThrow({ where: { owner: 'manager' } });
    await completeTodo(t.db.prisma, { prisma: t.db.prisma, logger: quietLogger }, dana, todo.id, t.clock.now());
    t.clock.set('2027-01-21T10:00:00Z');
    await testSender(t).drain();
    const nudges = dms(ALICE).filter((message) => message.text.includes('are overdue'));
    expect(nudges).toHaveLength(1);
    expect(textOf(nudges[0]?.blocks)).toContain('Write the pilot brief — milestone 1');
    expect(dms(DANA).filter((message) => message.text.includes('are overdue'))).toHaveLength(0);
    expect(
      await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'conversation-overdue', recipient: DANA } }),
    ).toMatchObject({
      status: 'dropped',
      dropReason: 'agreed actions done or not due yet',
    });
    await testSender(t).drain();
    expect(dms(ALICE).filter((message) => message.text.includes('are overdue'))).toHaveLength(1);
    expectCleanSlackTraffic(t);
  });

  it('due by the workspace cadence: both are invited once, and planning one drops the invitation not yet sent', async () => {
    await t.db.prisma.pathway.updateMany({
      where: { personId: alice.id },
      data: { startedAt: new Date('2026-11-20T10:00:00Z') },
    });
    await t.db.prisma.workspace.updateMany({ data: { conversationCadenceDays: 60 } });
    expect(await queueDueConversations(t.db.prisma, t.clock.now(), timing, conversationNotices)).toBe(0); // 52 days, under a 60-day cadence
    await t.db.prisma.workspace.updateMany({ data: { conversationCadenceDays: 42 } });
    expect(await queueDueConversations(t.db.prisma, t.clock.now(), timing, conversationNotices)).toBe(2);
    expect(await queueDueConversations(t.db.prisma, t.clock.now(), timing, conversationNotices)).toBe(0);
    await testSender(t).drain();
    const invitation = dms(ALICE).find((message) =>
      message.text.includes('a good moment for a development conversation'),
    );
    expect(textOf(invitation?.blocks)).toContain(
      `development conversation with <@${DANA}>.* It has been 6 weeks or more since the pathway started`,
    );
    expect(textOf(invitation?.blocks)).toContain('"action_id":"conversation_start"');

    await plan('2027-01-20');
    t.clock.set('2027-01-11T14:30:00Z');
    await testSender(t).drain();
    expect(
      await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'conversation-due', recipient: DANA } }),
    ).toMatchObject({
      status: 'dropped',
      dropReason: 'a conversation is planned or held since',
    });
    expect(await queueDueConversations(t.db.prisma, t.clock.now(), timing, conversationNotices)).toBe(0);
    expectCleanSlackTraffic(t);
  });

  it('the manager digest lists reports with no conversation within the cadence, none planned', async () => {
    await t.db.prisma.pathway.updateMany({
      where: { personId: alice.id },
      data: { startedAt: new Date('2026-11-20T10:00:00Z') },
    });
    await planAll(t);
    t.clock.set('2027-01-11T14:30:00Z'); // the digest goes out at 9:00 in Dana's New York
    await testSender(t).drain();
    const digestOf = (week: string) =>
      textOf(dms(DANA).find((message) => message.text.includes(`team this week (${week})`))?.blocks);
    expect(digestOf('2027-W02')).toContain(
      `No development conversation within the cadence* (none planned: \`/pathway conversation @name\`) (1): <@${ALICE}>`,
    );

    // Held within the cadence: not listed in the next week's digest.
    const { agenda } = await plan('2027-01-12');
    await recordConversation(
      t.db.prisma,
      ownCheckIns(alice.id),
      agenda.id,
      { notes: null, actions: [], nextOn: null },
      { now: t.clock.now(), today: '2027-01-11' },
      timing,
      conversationNotices,
    );
    t.clock.set('2027-01-18T14:30:00Z');
    await planAll(t);
    await testSender(t).drain();
    expect(digestOf('2027-W03')).toContain('team this week');
    expect(digestOf('2027-W03')).not.toContain('No development conversation');
  });
});
