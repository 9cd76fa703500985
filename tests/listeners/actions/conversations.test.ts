/**
 * The development conversation end to end through the fake Slack: planned by
 * the person (`/pathway conversation`) or the manager (`@report`, or the team
 * view), the agenda DM to both (built from the plan, evidence and seeds'
 * questions), agenda items from both sides, and the notes modal afterwards
 * (agreed actions become milestones or manager to-dos, the next date plans the
 * next conversation).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CONVERSATION_ACTIONS,
  CONVERSATION_CALLBACKS,
  CONVERSATION_FIELDS,
} from '../../../src/blocks/conversations.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { START_FOR_OTHERS_MESSAGE } from '../../../src/listeners/flows/conversations.js';
import { NO_MANAGER_MESSAGE } from '../../../src/services/conversations.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, DANA, EVE } from '../../support/cast.js';
import { goalSignalKeys, outboxFor, seedCheckIn, seedManagerAndReport } from '../../support/checkins.js';
import { openReportPathway, usePathwayApp } from '../../support/pathways.js';
import { testSender } from '../../support/schedule.js';
import {
  clickInDm,
  clickInMessage,
  clickInModal,
  formValues,
  modalOpenedBy,
  nextCall,
  type OpenedView,
  openedView,
  setField,
  submitModal,
  textOf,
} from '../../support/slack-ui.js';

describe('development conversations', () => {
  const t = usePathwayApp({ users: [ALICE, DANA, EVE] });
  let alice: Person;
  let dana: Person;
  let keys: string[];

  beforeEach(async () => {
    keys = await goalSignalKeys(t);
    ({ dana, alice } = await seedManagerAndReport(t, [
      { title: 'Run the stakeholder workshop', dueDate: '2027-01-04', signalKeys: [keys[0]!] },
      { title: 'Shadow a business partner', dueDate: '2027-03-01', signalKeys: [keys[1]!] },
    ]));
    await seedCheckIn(t, alice, Object.fromEntries(keys.map((key, index) => [key, (index === 1 ? 1 : 3) as 1 | 3])));
  });

  async function submitPlan(userId: string, modal: OpenedView, date: string, item?: string) {
    const values = formValues(modal.view);
    setField(values, CONVERSATION_FIELDS.date, { selected_date: date });
    if (item) setField(values, CONVERSATION_FIELDS.item, { value: item });
    return submitModal(t, userId, CONVERSATION_CALLBACKS.plan, modal, values);
  }

  async function plannedByAlice(date = '2027-01-18', item = 'Could I lead the onboarding redesign?'): Promise<string> {
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: ALICE, text: 'conversation' });
    const modal = openedView(await opened);
    expect(modal.view.callback_id).toBe(CONVERSATION_CALLBACKS.plan);
    const sent = await submitPlan(ALICE, modal, date, item);
    expect(sent.body).toMatchObject({ response_action: 'update' });
    expect(textOf(sent.body)).toContain(
      `Your development conversation with <@${DANA}> is planned for *Mon 18 Jan 2027*`,
    );
    return (await t.db.prisma.conversation.findFirstOrThrow({ where: { personId: alice.id } })).id;
  }

  it('tells a Spanish person in Spanish what is wrong with the date', async () => {
    await t.db.prisma.person.update({ where: { id: alice.id }, data: { language: 'es' } });
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: ALICE, text: 'conversation' });
    const modal = openedView(await opened);
    const past = await submitPlan(ALICE, modal, '2027-01-04');
    expect(past.body).toEqual({
      response_action: 'errors',
      errors: { [CONVERSATION_FIELDS.date]: 'Elige hoy o una fecha posterior.' },
    });
    const late = await submitPlan(ALICE, modal, '2028-06-01');
    expect(late.body).toEqual({
      response_action: 'errors',
      errors: { [CONVERSATION_FIELDS.date]: 'Elige una fecha dentro del próximo año.' },
    });
    expect(await t.db.prisma.conversation.count()).toBe(0);
  });

  it('the person plans one: both get the agenda DM built from the data, and a reminder is queued for each', async () => {
    const id = await plannedByAlice();
    expect(await t.db.prisma.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'scheduled',
      origin: 'person',
      managerId: dana.id,
    });
    const kinds = (await t.db.prisma.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } })).map((row) => [
      row.kind,
      row.recipient,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['conversation-agenda', ALICE],
        ['conversation-agenda', DANA],
        ['conversation-reminder', ALICE],
        ['conversation-reminder', DANA],
      ]),
    );

    // Both Home tabs show it, with the agenda buttons.
    const homeOf = (userId: string) =>
      t.fake
        .callsTo('views.publish')
        .filter((call) => call.args.user_id === userId)
        .map((call) => JSON.stringify(call.args.view));
    await expect.poll(() => homeOf(DANA).length + homeOf(ALICE).length, { timeout: 3000 }).toBeGreaterThanOrEqual(2);
    expect(homeOf(ALICE).at(-1)).toContain(`*Development conversation* with <@${DANA}> on *Mon 18 Jan 2027*`);
    expect(homeOf(ALICE).at(-1)).toContain(`"action_id":"${CONVERSATION_ACTIONS.addItem}"`);

    const stats = await testSender(t).drain();
    expect(stats.sent).toBe(2); // the two agendas now; the reminders wait for Friday
    const [toAlice] = t.fake.messagesIn(t.fake.dmChannelFor(ALICE));
    const [toDana] = t.fake.messagesIn(t.fake.dmChannelFor(DANA));
    const aliceText = textOf(toAlice?.blocks);
    for (const part of [
      `Development conversation with <@${DANA}>* on *Mon 18 Jan 2027*`,
      'Since the pathway started',
      '1. Run the stakeholder workshop — was due Mon 4 Jan 2027',
      'Weakest signals and their readiness case',
      '(not yet)',
      '0 of 1 milestone done (:white_circle: 2. Shadow a business partner)',
      'waits for your manager’s ratings',
      'How would readiness for Senior Instructional Designer look to the manager',
      'What support is needed next',
      'Could I lead the onboarding redesign?',
    ])
      expect(aliceText).toContain(part);
    const danaText = textOf(toDana?.blocks);
    expect(danaText).toContain(`Development conversation with <@${ALICE}>`);
    expect(danaText).toContain('waits for your ratings: calibrate it before you meet');
    for (const action of [CONVERSATION_ACTIONS.addItem, CONVERSATION_ACTIONS.record, CONVERSATION_ACTIONS.reschedule])
      expect(danaText).toContain(`"action_id":"${action}"`);
    expectCleanSlackTraffic(t);
  });

  it('the manager adds to the agenda from the DM; /pathway conversation @report shows it; others are refused', async () => {
    const id = await plannedByAlice();
    const opened = nextCall(t, 'views.open');
    const click = await clickInDm(t, DANA, CONVERSATION_ACTIONS.addItem, id);
    const modal = openedView(await opened);
    const values = formValues(modal.view);
    setField(values, CONVERSATION_FIELDS.item, { value: 'The pilot results for Sales' });
    const added = await submitModal(t, DANA, CONVERSATION_CALLBACKS.addItem, modal, values);
    expect(added.body).toBe('');
    expect(textOf((await t.responseTo(click)).body)).toContain(`The pilot results for Sales — <@${DANA}>`);

    const shown = await t.driver.slashCommand({ userId: DANA, text: `conversation <@${ALICE}|alice>` });
    const agenda = textOf((await t.responseTo(shown)).body);
    expect(agenda).toContain('Could I lead the onboarding redesign?');
    expect(agenda).toContain('The pilot results for Sales');

    const eve = await t.driver.slashCommand({ userId: EVE, text: `conversation <@${ALICE}>` });
    const refused = textOf((await t.responseTo(eve)).body);
    expect(refused).toContain('Check-ins are private');
    expect(refused).not.toContain('onboarding');
    const eveClick = await clickInMessage(t, EVE, CONVERSATION_ACTIONS.addItem, id);
    expect(textOf((await t.responseTo(eveClick)).body)).toContain('Check-ins are private');
    expect(await t.db.prisma.conversationAgendaItem.count()).toBe(2);
    expectCleanSlackTraffic(t);
  });

  it('the manager plans from the team view; a person without a manager and someone naming another are told what to do', async () => {
    const reportView = await openReportPathway(t, DANA, alice.id);
    expect(textOf(reportView.view.blocks)).toContain(`"action_id":"${CONVERSATION_ACTIONS.start}"`);
    const modal = await modalOpenedBy(
      t,
      () => clickInModal(t, DANA, CONVERSATION_ACTIONS.start, alice.id, reportView.id),
      'views.push',
    );
    expect(textOf(modal.view.blocks)).toContain(`with <@${ALICE}>`);
    const sent = await submitPlan(DANA, modal, '2027-01-20');
    expect(textOf(sent.body)).toContain(`with <@${ALICE}> is planned for *Wed 20 Jan 2027*`);
    expect(await t.db.prisma.conversation.findFirstOrThrow()).toMatchObject({ origin: 'manager', personId: alice.id });

    const lonely = await t.driver.slashCommand({ userId: EVE, text: 'conversation' });
    expect(textOf((await t.responseTo(lonely)).body)).toContain(NO_MANAGER_MESSAGE.slice(0, 60));
    const self = await t.driver.slashCommand({ userId: ALICE, text: `conversation <@${EVE}>` });
    expect(textOf((await t.responseTo(self)).body)).toContain('Check-ins are private');
    const reportForOwn = await t.driver.slashCommand({ userId: DANA, text: `conversation <@${DANA}>` });
    expect(textOf((await t.responseTo(reportForOwn)).body)).toContain(NO_MANAGER_MESSAGE.slice(0, 60));
    expect(START_FOR_OTHERS_MESSAGE).toContain('current manager');
    expectCleanSlackTraffic(t);
  });

  it('moving the date queues fresh DMs and the stale reminders are dropped at send time', async () => {
    const id = await plannedByAlice();
    const modal = await modalOpenedBy(t, () => clickInDm(t, DANA, CONVERSATION_ACTIONS.reschedule, id));
    expect(textOf(modal.view.blocks)).toContain('is planned for *Mon 18 Jan 2027*');
    const moved = await submitPlan(DANA, modal, '2027-01-25');
    expect(textOf(moved.body)).toContain('is moved to *Mon 25 Jan 2027*');
    expect(await t.db.prisma.conversation.count()).toBe(1);
    t.clock.set('2027-01-15T12:00:00Z');
    const stats = await testSender(t).drain();
    const rows = await t.db.prisma.outboxMessage.findMany({ where: { kind: { startsWith: 'conversation' } } });
    const stale = rows.filter((row) => row.dedupeKey.endsWith('2027-01-18'));
    expect(stale.map((row) => [row.status, row.dropReason])).toEqual(
      stale.map(() => ['dropped', 'conversation moved to another date']),
    );
    expect(
      rows
        .filter((row) => row.dedupeKey.endsWith('2027-01-25') && row.kind === 'conversation-agenda')
        .map((row) => row.status),
    ).toEqual(['sent', 'sent']);
    expect(stats.dropped).toBe(4);
  });

  it('the notes modal: notes, a milestone for the person, a to-do for the manager, and the next date', async () => {
    const id = await plannedByAlice();
    t.clock.set('2027-01-18T15:00:00Z');
    const modal = await modalOpenedBy(t, () => clickInDm(t, DANA, CONVERSATION_ACTIONS.record, id));
    expect(modal.view.callback_id).toBe(CONVERSATION_CALLBACKS.record);
    const values = formValues(modal.view);
    expect(values[CONVERSATION_FIELDS.next]![CONVERSATION_FIELDS.next]!.selected_date).toBe('2027-03-01');
    const submit = (vals: typeof values) => submitModal(t, DANA, CONVERSATION_CALLBACKS.record, modal, vals);

    // A titled action without a date is refused at its field.
    setField(values, CONVERSATION_FIELDS.actionTitle(0), { value: 'Lead the onboarding redesign pilot' });
    const missing = await submit(values);
    expect(missing.body).toMatchObject({
      response_action: 'errors',
      errors: { [CONVERSATION_FIELDS.actionDue(0)]: 'Pick the date it is due.' },
    });

    setField(values, CONVERSATION_FIELDS.notes, { value: 'Ready for a bigger stakeholder brief.' });
    setField(values, CONVERSATION_FIELDS.actionDue(0), { selected_date: '2027-02-26' });
    setField(values, CONVERSATION_FIELDS.actionTitle(1), { value: 'Introduce Alice to the Sales lead' });
    setField(values, CONVERSATION_FIELDS.actionOwner(1), {
      selected_option: { value: 'manager', text: { type: 'plain_text', text: 'Me' } },
    });
    setField(values, CONVERSATION_FIELDS.actionDue(1), { selected_date: '2027-01-22' });
    setField(values, CONVERSATION_FIELDS.next, { selected_date: '2027-03-01' });
    const saved = await submit(values);
    expect(saved.body).toMatchObject({ response_action: 'update' });
    expect(textOf(saved.body)).toContain('Notes saved for your conversation');
    expect(textOf(saved.body)).toContain('Next conversation: *Mon 1 Mar 2027*');

    expect(await t.db.prisma.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'held',
      notes: 'Ready for a bigger stakeholder brief.',
    });
    const milestone = await t.db.prisma.milestone.findFirstOrThrow({ where: { position: 3 } });
    expect(milestone).toMatchObject({ title: 'Lead the onboarding redesign pilot', agreedAt: t.clock.now() });
    const actions = await t.db.prisma.conversationAction.findMany({ orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => [a.owner, a.milestoneId !== null])).toEqual([
      ['person', true],
      ['manager', false],
    ]);
    const next = await t.db.prisma.conversation.findFirstOrThrow({ where: { status: 'scheduled' } });
    expect(next.scheduledOn.toISOString().slice(0, 10)).toBe('2027-03-01');

    const aliceRows = await outboxFor(t, ALICE);
    const notes = aliceRows.find((row) => row.kind === 'conversation-notes');
    expect(textOf(notes?.payload)).toContain(`<@${DANA}> recorded the notes of your conversation`);
    expect(textOf(notes?.payload)).toContain('Ready for a bigger stakeholder brief.');
    expect(aliceRows.filter((row) => row.kind === 'conversation-agenda').length).toBe(2);
    const todo = (await outboxFor(t, DANA)).find((row) => row.kind === 'conversation-todo');
    expect(todo?.notBefore.toISOString()).toBe('2027-01-22T09:00:00.000Z');

    // The to-do reminder comes on its date; Done stops it.
    t.clock.set('2027-01-22T09:30:00Z');
    await testSender(t).drain();
    const todoMessage = t.fake.messagesIn(t.fake.dmChannelFor(DANA)).find((message) => message.text.includes('to-do'));
    expect(textOf(todoMessage?.blocks)).toContain('Introduce Alice to the Sales lead');
    const done = await clickInDm(t, DANA, CONVERSATION_ACTIONS.todoDone, actions[1]!.id);
    expect(textOf((await t.responseTo(done)).body)).toContain('Done: “Introduce Alice to the Sales lead”');
    const aliceDone = await clickInMessage(t, ALICE, CONVERSATION_ACTIONS.todoDone, actions[1]!.id);
    expect(textOf((await t.responseTo(aliceDone)).body)).toContain('your manager’s');

    // Recording twice is refused; the next agenda lists what was agreed last time.
    const again = await submit(values);
    expect(textOf(again.body)).toContain('already recorded');
    const shown = await t.driver.slashCommand({ userId: ALICE, text: 'conversation' });
    const agenda = textOf((await t.responseTo(shown)).body);
    expect(agenda).toContain('Since your last conversation (Mon 18 Jan 2027)');
    expect(agenda).toContain('Agreed last time');
    expect(agenda).toContain(':white_check_mark: Introduce Alice to the Sales lead — the manager');
    expect(agenda).toContain(':white_circle: Lead the onboarding redesign pilot — milestone 3');
    expectCleanSlackTraffic(t);
  });
});
