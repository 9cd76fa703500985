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
import { expectCleanSlackTraffic } from '../support/app-harness.js';
import { ALICE, DANA, SAM } from '../support/cast.js';
import { deliverOutbox } from '../support/celebrations.js';
import { askedSignalKeys, openAnswerForm, openAskForm, submitAnswerForm, submitAskForm } from '../support/feedback.js';
import { seedPathway, usePathwayApp } from '../support/pathways.js';
import { clickInMessage, formValues, modalOpenedBy, submitModal, textOf } from '../support/slack-ui.js';

describe('conversations, feedback and the team view in the reader’s language', () => {
  const t = usePathwayApp({ users: [ALICE, SAM, DANA] });
  beforeEach(async () => {
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
    const ask = await openAskForm(t, ALICE, `feedback <@${SAM}> 1`);
    expect(textOf(ask.view)).toContain('Pregunta a colegas que han visto tu trabajo');
    expect(textOf(ask.view)).toContain('Pedir opinión');
    const first = askedSignalKeys(ask)[0]!;
    const asked = await submitAskForm(t, ALICE, ask, [SAM], [first]);
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
    const form = await openAnswerForm(t, SAM, dm!);
    expectValidView(form.view);
    expect(textOf(form.view)).toContain('Deine Sicht');
    expect(textOf(form.view)).toContain('Regelmäßig, ohne dass jemand fragt.');
    expect(textOf(form.view)).toContain('Abbrechen');
    expect(textOf(form.view)).not.toContain('What you have seen');

    // Sam answers, named: his thanks screen is German, Alice's notice of it Spanish.
    const answered = await submitAnswerForm(t, SAM, form, { choices: { [first]: '3' }, named: true });
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
    const modal = await modalOpenedBy(t, () => clickInMessage(t, ALICE, CONVERSATION_ACTIONS.addItem, conversation.id));
    expect(textOf(modal.view)).toContain('Cancelar');
    // The notes are recorded while the form is open: the service's refusal is a UserError.
    await t.db.prisma.conversation.update({ where: { id: conversation.id }, data: { status: 'held' } });
    const values = formValues(modal.view, { [CONVERSATION_FIELDS.item]: { value: '¿Puedo liderar el piloto?' } });
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
