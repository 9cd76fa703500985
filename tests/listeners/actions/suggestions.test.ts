/**
 * The manager shares the plan, end to end: a suggestion from `/pathway team`
 * (modal → the report's DM), accepted, edited then accepted, or declined from
 * that DM, with the manager hearing back; and the manager's comment on a
 * milestone, which the report gets by DM and in their wins log.
 */
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  COMMENT_CALLBACK,
  COMMENT_OPEN_ACTION,
  SUGGEST_CALLBACK,
  SUGGESTION_ACTIONS,
  SUGGESTION_EDIT_CALLBACK,
  SUGGESTION_FIELDS,
} from '../../../src/blocks/suggestions.js';
import { managerNotices } from '../../../src/blocks/team.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { linkManager } from '../../../src/services/managers.js';
import { DENIED_MESSAGE, OWN_PATHWAY_MESSAGE } from '../../../src/services/privacy.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, DANA, EVE } from '../../support/cast.js';
import { goalSignalKeys, outboxFor, seedManagerAndReport, seedPerson } from '../../support/checkins.js';
import { openReportPathway, usePathwayApp } from '../../support/pathways.js';
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

const FRANK = 'U0FRANK';

describe('the manager shares the plan', () => {
  const t = usePathwayApp({ users: [ALICE, DANA, EVE, FRANK] });
  let alice: Person;
  let dana: Person;

  beforeEach(async () => {
    ({ dana, alice } = await seedManagerAndReport(t, [
      { title: 'Run the stakeholder workshop', dueDate: '2027-02-01' },
    ]));
  });

  /** Dana suggests a milestone from /pathway team; returns the suggestion id. */
  async function suggest(title = 'Present the pilot to the sales leads', due = '2027-03-15'): Promise<string> {
    const [signal] = await goalSignalKeys(t);
    const team = await t.driver.slashCommand({ userId: DANA, text: 'team' });
    expect(textOf((await t.responseTo(team)).body)).toContain(`"action_id":"${SUGGESTION_ACTIONS.open}"`);
    const modal = await modalOpenedBy(t, () => clickInMessage(t, DANA, SUGGESTION_ACTIONS.open, alice.id));
    expect(modal.view.callback_id).toBe(SUGGEST_CALLBACK);
    const values = formValues(modal.view);
    setField(values, SUGGESTION_FIELDS.title, { value: title });
    setField(values, SUGGESTION_FIELDS.due, { selected_date: due });
    setField(values, SUGGESTION_FIELDS.note, { value: 'Shows impact beyond your team' });
    values[SUGGESTION_FIELDS.signals] = {
      [SUGGESTION_FIELDS.signals]: { type: 'multi_static_select', selected_options: [{ value: signal! }] },
    };
    const sent = await submitModal(t, DANA, SUGGEST_CALLBACK, modal, values);
    expect(sent.body).toMatchObject({ response_action: 'update' });
    expect(textOf(sent.body)).toContain(`Sent to <@${ALICE}>`);
    const suggestion = await t.db.prisma.milestoneSuggestion.findFirstOrThrow({
      where: { title },
      orderBy: { createdAt: 'desc' },
    });
    expect(suggestion).toMatchObject({
      status: 'pending',
      managerId: dana.id,
      signalKeys: [signal],
      note: 'Shows impact beyond your team',
    });
    return suggestion.id;
  }

  async function dm(recipient: string) {
    const row = (await outboxFor(t, recipient)).at(-1)!;
    return { kind: row.kind, text: textOf(row.payload) };
  }

  it('the report accepts a suggestion from the DM: it joins the plan as agreed, and the manager hears back', async () => {
    const id = await suggest();
    const offer = await dm(ALICE);
    expect(offer.kind).toBe('milestone-suggestion');
    expect(offer.text).toContain(`<@${DANA}> suggests a milestone for your pathway`);
    for (const action of [SUGGESTION_ACTIONS.accept, SUGGESTION_ACTIONS.edit, SUGGESTION_ACTIONS.decline])
      expect(offer.text).toContain(`"action_id":"${action}"`);

    // Someone else cannot answer it.
    const stranger = await clickInDm(t, EVE, SUGGESTION_ACTIONS.accept, id);
    expect(textOf((await t.responseTo(stranger)).body)).toContain('This suggestion was made for someone else');

    const accepted = await clickInDm(t, ALICE, SUGGESTION_ACTIONS.accept, id);
    const reply = await t.responseTo(accepted);
    expect(reply.body).toMatchObject({ replace_original: true });
    expect(textOf(reply.body)).toContain('Added as milestone *2.* “Present the pilot to the sales leads”');
    const milestone = await t.db.prisma.milestone.findFirstOrThrow({ where: { position: 2 } });
    expect(milestone).toMatchObject({
      title: 'Present the pilot to the sales leads',
      signalKeys: [(await goalSignalKeys(t))[0]],
      agreedAt: t.clock.now(),
    });
    expect(await t.db.prisma.milestoneSuggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'accepted',
      milestoneId: milestone.id,
    });
    const answer = await dm(DANA);
    expect(answer.kind).toBe('milestone-suggestion-answer');
    expect(answer.text).toContain(
      `<@${ALICE}> accepted your suggested milestone “Present the pilot to the sales leads”: it is now milestone 2 of their plan, agreed between you.`,
    );

    const overview = await t.driver.slashCommand({ userId: ALICE, text: '' });
    expect(textOf((await t.responseTo(overview)).body)).toContain(
      'Present the pilot to the sales leads _(stretch project)_ — due Mon 15 Mar 2027 (in 63 days) · :handshake: agreed with your manager',
    );
    const again = await clickInDm(t, ALICE, SUGGESTION_ACTIONS.decline, id);
    expect(textOf((await t.responseTo(again)).body)).toContain('You already accepted this suggestion.');
    expectCleanSlackTraffic(t);
  });

  it('edit, then accept: the changed milestone is agreed, the DM is replaced and the manager hears of the changes', async () => {
    const id = await suggest();
    const opened = nextCall(t, 'views.open');
    const edit = await clickInDm(t, ALICE, SUGGESTION_ACTIONS.edit, id);
    const modal: OpenedView = openedView(await opened);
    expect(modal.view.callback_id).toBe(SUGGESTION_EDIT_CALLBACK);
    expect(JSON.parse(String(modal.view.private_metadata))).toEqual({
      suggestionId: id,
      responseUrl: edit.responseUrl,
    });
    const values = formValues(modal.view);
    expect(values[SUGGESTION_FIELDS.title]![SUGGESTION_FIELDS.title]!.value).toBe(
      'Present the pilot to the sales leads',
    );
    setField(values, SUGGESTION_FIELDS.title, { value: 'Present the pilot to Sales and Support' });
    setField(values, SUGGESTION_FIELDS.due, { selected_date: '2027-04-01' });
    const submitted = await submitModal(t, ALICE, SUGGESTION_EDIT_CALLBACK, modal, values);
    expect(submitted.body).toBe('');
    const replaced = await t.responseTo(edit);
    expect(replaced.body).toMatchObject({ replace_original: true });
    expect(textOf(replaced.body)).toContain('Present the pilot to Sales and Support');
    expect(await t.db.prisma.milestone.findFirstOrThrow({ where: { position: 2 } })).toMatchObject({
      title: 'Present the pilot to Sales and Support',
      agreedAt: t.clock.now(),
    });
    expect((await dm(DANA)).text).toContain(
      'accepted your suggested milestone “Present the pilot to the sales leads” with changes: it is now milestone 2, “Present the pilot to Sales and Support”, due Thu 1 Apr 2027.',
    );
    expectCleanSlackTraffic(t);
  });

  it('a declined suggestion adds nothing; the manager hears back only while still the manager', async () => {
    const declinedId = await suggest('Shadow a business partner');
    await t.responseTo(await clickInDm(t, ALICE, SUGGESTION_ACTIONS.decline, declinedId));
    expect(await t.db.prisma.milestone.count()).toBe(1);
    expect((await dm(DANA)).text).toContain(
      `<@${ALICE}> declined your suggested milestone “Shadow a business partner”`,
    );

    const laterId = await suggest('Write the pilot report');
    const frank = await seedPerson(t, FRANK, { pathway: false });
    await linkManager(t.db.prisma, alice.id, frank.id, t.clock.now(), managerNotices);
    const before = (await outboxFor(t, DANA)).length;
    await t.responseTo(await clickInDm(t, ALICE, SUGGESTION_ACTIONS.accept, laterId));
    const after = await outboxFor(t, DANA);
    expect(after.slice(before).map((row) => row.kind)).toEqual([]);
    expect(await t.db.prisma.milestone.count()).toBe(2);
  });

  it('refuses suggestions from someone who is not the current manager, and from the person for themselves', async () => {
    const stranger = await clickInMessage(t, EVE, SUGGESTION_ACTIONS.open, alice.id);
    expect(textOf((await t.responseTo(stranger)).body)).toContain(DENIED_MESSAGE.slice(0, 60));
    const own = await clickInMessage(t, ALICE, SUGGESTION_ACTIONS.open, alice.id);
    expect(textOf((await t.responseTo(own)).body)).toContain(OWN_PATHWAY_MESSAGE.slice(0, 60));
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });

  it('the manager comments on a milestone: the report gets a DM and finds it in the wins log', async () => {
    const reportView = await openReportPathway(t, DANA, alice.id);
    const modal = await modalOpenedBy(
      t,
      () => clickInModal(t, DANA, COMMENT_OPEN_ACTION, alice.id, reportView.id),
      'views.push',
    );
    expect(modal.view.callback_id).toBe(COMMENT_CALLBACK);
    const values = formValues(modal.view);
    const milestoneId = (modal.view.blocks as KnownBlock[]).flatMap((block) =>
      'element' in block && block.element.type === 'static_select' ? (block.element.options ?? []) : [],
    )[0]!.value!;
    setField(values, SUGGESTION_FIELDS.milestone, { selected_option: { value: milestoneId } });
    const empty = await submitModal(t, DANA, COMMENT_CALLBACK, modal, values);
    expect(empty.body).toEqual({
      response_action: 'errors',
      errors: { [SUGGESTION_FIELDS.comment]: 'Write your comment.' },
    });
    setField(values, SUGGESTION_FIELDS.comment, { value: 'Invite Finance too: they own the budget' });
    const sent = await submitModal(t, DANA, COMMENT_CALLBACK, modal, values);
    expect(sent.body).toMatchObject({ response_action: 'update' });
    expect(await t.db.prisma.evidence.findFirstOrThrow()).toMatchObject({
      kind: 'comment',
      personId: alice.id,
      authorId: dana.id,
      milestoneId,
      text: 'Invite Finance too: they own the budget',
    });
    const notice = await dm(ALICE);
    expect(notice.kind).toBe('milestone-comment');
    expect(notice.text).toContain(`<@${DANA}> commented on milestone 1.`);

    // Someone else cannot post a comment, even with a form they made themselves.
    const forged = await submitModal(t, EVE, COMMENT_CALLBACK, modal, values);
    expect(forged.body).toMatchObject({ response_action: 'errors' });
    expect(await t.db.prisma.evidence.count()).toBe(1);

    const wins = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    expect(textOf((await t.responseTo(wins)).body)).toContain('Invite Finance too: they own the budget');
    expectCleanSlackTraffic(t);
  });
});
