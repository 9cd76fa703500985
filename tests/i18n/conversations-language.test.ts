/**
 * Feedback and the team view in each reader's language, end to end through the real Bolt app: a
 * Spanish-speaking person asks a German-speaking colleague for feedback. The colleague's DM and
 * answer form are German (their language, not the asker's), the asker's confirmation and the notice
 * of the answer Spanish; an agenda item the service refuses is explained in Spanish; `/pathway team`
 * answers a Spanish manager in Spanish.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONVERSATION_ACTIONS, CONVERSATION_CALLBACKS, CONVERSATION_FIELDS } from '../../src/blocks/conversations.js';
import {
  FEEDBACK_ANSWER_ACTION,
  FEEDBACK_ANSWER_CALLBACK,
  FEEDBACK_ASK_CALLBACK,
  FEEDBACK_FIELDS,
  feedbackChoiceBlockId,
  feedbackCommentBlockId,
} from '../../src/blocks/feedback.js';
import type { TestApp } from '../support/app-harness.js';
import { deliverOutbox } from '../support/celebrations.js';
import {
  ALICE,
  clickInMessage,
  expectCleanSlackTraffic,
  formValues,
  nextCall,
  openedView,
  seedPathway,
  setField,
  submitModal,
  textOf,
  usePathwayApp,
} from '../support/pathways.js';

const SAM = 'U0SAM';
const DANA = 'U0DANA';

describe('conversations, feedback and the team view in the reader’s language', () => {
  const app = usePathwayApp({ users: [ALICE, SAM, DANA] });
  let t: TestApp;
  beforeEach(async () => {
    t = app();
    const seeded = await seedPathway(t, ALICE, [{ title: 'Curso de consultoría', due: '2027-03-01' }]);
    const alice = await t.db.prisma.person.update({ where: { id: seeded.personId }, data: { language: 'es' } });
    await t.db.prisma.person.create({ data: { workspaceId: alice.workspaceId, slackUserId: SAM, language: 'de' } });
    const dana = await t.db.prisma.person.create({
      data: { workspaceId: alice.workspaceId, slackUserId: DANA, language: 'es' },
    });
    await t.db.prisma.person.update({ where: { id: alice.id }, data: { managerId: dana.id } });
  });

  const dmsTo = (userId: string) => t.fake.messagesIn(t.fake.dmChannelFor(userId));

  it('a Spanish asker, a German colleague: each reads their own language', async () => {
    // Alice (Spanish) opens the ask form and asks Sam (German) about the first signal.
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: ALICE, text: `feedback <@${SAM}> 1` });
    const ask = openedView(await opened);
    expect(textOf(ask.view)).toContain('Pregunta a colegas que han visto tu trabajo');
    expect(textOf(ask.view)).toContain('Pedir opinión');
    const signalKeys = (
      ask.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }>
    )
      .find((block) => block.block_id === FEEDBACK_FIELDS.signals)!
      .element!.options!.map((option) => option.value);
    const first = signalKeys[0]!;
    const asked = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: FEEDBACK_ASK_CALLBACK,
      viewId: ask.id,
      values: {
        [FEEDBACK_FIELDS.colleagues]: {
          [FEEDBACK_FIELDS.colleagues]: { type: 'multi_users_select', selected_users: [SAM] },
        },
        [FEEDBACK_FIELDS.signals]: {
          [FEEDBACK_FIELDS.signals]: { type: 'checkboxes', selected_options: [{ value: first }] },
        },
      },
      privateMetadata: String(ask.view.private_metadata),
      blocks: ask.view.blocks,
    });
    // The asker's confirmation: Spanish.
    expect(asked.body).toMatchObject({ response_action: 'update' });
    const confirmation = (asked.body as { view: Parameters<typeof expectValidView>[0] }).view;
    expectValidView(confirmation);
    expect(textOf(confirmation)).toContain(`Preguntaste a <@${SAM}>`);
    expect(textOf(confirmation)).toContain('Opinión solicitada');

    // The colleague's DM: German, though the one who asked speaks Spanish.
    await deliverOutbox(t);
    const [dm] = dmsTo(SAM);
    expect(dm!.text).toBe(`<@${ALICE}> bittet dich um deine Sicht auf 1 Bereitschaftssignal`);
    expectValidBlocks(dm!.blocks as Parameters<typeof expectValidBlocks>[0], 'message');
    expect(textOf(dm)).toContain('Antworten');
    expect(textOf(dm)).not.toContain('would value your view');

    // The answer form: German.
    const requestId = (dm!.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .find((block) => block.type === 'actions')!
      .elements!.find((element) => element.action_id === FEEDBACK_ANSWER_ACTION)!.value;
    const answerOpened = nextCall(t, 'views.open');
    await t.driver.blockAction({
      userId: SAM,
      actionId: FEEDBACK_ANSWER_ACTION,
      blockId: 'feedback_answer',
      value: requestId,
      container: { channelId: dm!.channel, messageTs: dm!.ts, blocks: dm!.blocks as unknown[] },
    });
    const form = openedView(await answerOpened);
    expectValidView(form.view);
    expect(textOf(form.view)).toContain('Deine Sicht');
    expect(textOf(form.view)).toContain('Regelmäßig, ohne dass jemand fragt.');
    expect(textOf(form.view)).toContain('Abbrechen');
    expect(textOf(form.view)).not.toContain('What you have seen');

    // Sam answers, named: his thanks screen is German, Alice's notice of it Spanish.
    const answered = await t.driver.viewSubmission({
      userId: SAM,
      callbackId: FEEDBACK_ANSWER_CALLBACK,
      viewId: form.id,
      values: {
        [feedbackChoiceBlockId(first)]: {
          [FEEDBACK_FIELDS.choice]: { type: 'radio_buttons', selected_option: { value: '3' } },
        },
        [feedbackCommentBlockId(first)]: { [FEEDBACK_FIELDS.comment]: { type: 'plain_text_input', value: null } },
        [FEEDBACK_FIELDS.named]: {
          [FEEDBACK_FIELDS.named]: { type: 'checkboxes', selected_options: [{ value: 'named' }] },
        },
      },
      privateMetadata: String(form.view.private_metadata),
      blocks: form.view.blocks,
    });
    expect(textOf(answered.body)).toContain('Gesendet.');
    await deliverOutbox(t);
    const notice = dmsTo(ALICE).find((message) => message.text.includes(`<@${SAM}>`));
    expect(notice?.text).toBe(
      `:speech_balloon: <@${SAM}> respondió a tu solicitud de opinión. Su respuesta aparece junto a tus valoraciones: escribe \`/pathway\` o abre Inicio.`,
    );
    expectCleanSlackTraffic(t);
  });

  it('an agenda item the service refuses is explained beside the field in Spanish', async () => {
    const alice = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: ALICE } });
    const conversation = await t.db.prisma.conversation.create({
      data: {
        personId: alice.id,
        managerId: alice.managerId,
        origin: 'person',
        scheduledOn: new Date('2027-01-18T00:00:00Z'),
      },
    });
    const opened = nextCall(t, 'views.open');
    await clickInMessage(t, ALICE, CONVERSATION_ACTIONS.addItem, conversation.id);
    const modal = openedView(await opened);
    expect(textOf(modal.view)).toContain('Cancelar');
    // The notes are recorded while the form is open: the service's refusal is a UserError.
    await t.db.prisma.conversation.update({ where: { id: conversation.id }, data: { status: 'held' } });
    const values = formValues(modal.view);
    setField(values, CONVERSATION_FIELDS.item, { value: '¿Puedo liderar el piloto?' });
    const refused = await submitModal(t, ALICE, CONVERSATION_CALLBACKS.addItem, modal, values);
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        [CONVERSATION_FIELDS.item]:
          'Las notas de esta conversación ya están guardadas. Escribe `/pathway conversation` para ver la siguiente.',
      },
    });
    expect(await t.db.prisma.conversationAgendaItem.count()).toBe(0);
    expectCleanSlackTraffic(t);
  });

  it('/pathway team answers a Spanish manager in Spanish', async () => {
    const request = await t.driver.slashCommand({ userId: DANA, text: 'team' });
    expect(request.status).toBe(200);
    const body = (await t.responseTo(request)).body as {
      text: string;
      blocks: Parameters<typeof expectValidBlocks>[0];
    };
    expectValidBlocks(body.blocks, 'message');
    expect(body.text).toBe('Tu equipo a cargo (1)');
    const shown = textOf(body.blocks);
    expect(shown).toContain('0 de 1 hitos completados');
    expect(shown).toContain('aún sin check-in');
    expect(shown).toContain('Abrir trayectoria');
    expect(shown).toContain('Conversación');
    expect(shown).toContain('Cada check-in solo lo ven la persona y su responsable actual.');
    expect(shown).not.toContain('Your reports');
    expectCleanSlackTraffic(t);
  });
});
