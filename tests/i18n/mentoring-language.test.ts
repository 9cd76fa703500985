/**
 * Mentoring and data rights in each reader's language, through the real Bolt app: a Spanish mentee
 * asks a German mentor, who is asked in German, answers in German, and the group DM introduction is
 * in the mentee's Spanish; `/pathway export` and `/pathway delete` answer a Spanish reader in Spanish.
 */

import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATA_DELETE_ACTION_ID, DATA_DELETE_BLOCK_ID, DATA_DELETE_CALLBACK_ID } from '../../src/blocks/data-rights.js';
import { MENTOR_ACTIONS, MENTOR_CALLBACKS, MENTOR_FIELDS, mentoringNotices } from '../../src/blocks/mentoring.js';
import type { Person } from '../../src/generated/prisma/client.js';
import { queueDueMentorCheckIns } from '../../src/services/mentoring.js';
import type { ViewAnswer } from '../support/answers.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../support/app-harness.js';
import { deliverOutbox, seedPerson as seedCelebrated } from '../support/celebrations.js';
import { GOAL, goalSignalKeys, seedPerson } from '../support/checkins.js';
import { usePathwayApp } from '../support/pathways.js';
import { testSender } from '../support/schedule.js';
import { nextCall, openedView, textOf } from '../support/slack-ui.js';

const ANA = 'U0ANA'; // Spanish, wants a mentor towards Senior Instructional Designer
const JONAS = 'U0JONAS'; // German, holds the role and offers to mentor
const WAIT = 10_000;

describe('mentoring and data rights in the reader’s language', () => {
  const t = usePathwayApp({ users: [ANA, JONAS] });
  let ana: Person;
  let jonas: Person;

  beforeEach(async () => {
    const keys = await goalSignalKeys(t);
    jonas = await seedPerson(t, JONAS, { pathway: false });
    await t.db.prisma.person.update({
      where: { id: jonas.id },
      data: { currentRoleKey: GOAL, team: 'Learning', language: 'de' },
    });
    await t.db.prisma.mentorOffer.create({
      data: { personId: jonas.id, roleKeys: [GOAL], signalKeys: keys.slice(0, 1), capacity: 2, status: 'active' },
    });
    ana = await seedPerson(t, ANA, { milestones: [{ title: 'Curso de consultoría' }] });
    await t.db.prisma.person.update({ where: { id: ana.id }, data: { team: 'Sales', language: 'es' } });
  });

  const dms = (userId: string) => t.fake.messagesIn(t.fake.dmChannelFor(userId));

  it('a Spanish mentee asks a German mentor: each reads Pathway in their own language', async () => {
    // Ana's suggestions, in Spanish.
    const overview = await t.driver.slashCommand({ userId: ANA, text: 'mentor' });
    const suggestions = textOf((await t.responseTo(overview)).body);
    expect(suggestions).toContain('*Mentores para Senior Instructional Designer*');
    expect(suggestions).toContain(`<@${JONAS}>`);
    expect(suggestions).toContain('"text":"Pedir"');

    // She asks; the answer is hers, in Spanish.
    const ask = await t.driver.blockAction({
      userId: ANA,
      actionId: MENTOR_ACTIONS.ask,
      value: jonas.id,
      container: { isEphemeral: true },
    });
    expect(textOf((await t.responseTo(ask)).body)).toContain(`Le pediste mentoría a <@${JONAS}>`);

    // The request reaches Jonas in German.
    await testSender(t).drain();
    const request = dms(JONAS).at(-1);
    expect(request?.text).toBe(`<@${ANA}> möchte, dass du auf dem Weg zu Senior Instructional Designer Mentor bist.`);
    expect(textOf(request?.blocks)).toContain('"text":"Annehmen"');
    expect(textOf(request?.blocks)).not.toContain('would like you to mentor');

    // He accepts: the form and its answer are German.
    const mentorship = await t.db.prisma.mentorship.findFirstOrThrow({
      where: { menteeId: ana.id, mentorId: jonas.id },
    });
    const opened = nextCall(t, 'views.open');
    await t.driver.blockAction({
      userId: JONAS,
      actionId: MENTOR_ACTIONS.accept,
      value: mentorship.id,
      container: { channelId: t.fake.dmChannelFor(JONAS) },
    });
    const modal = openedView(await opened);
    expect(textOf(modal.view.title)).toContain('"text":"Mentoring annehmen"');
    expect(textOf(modal.view.blocks)).toContain('Alle 3 Wochen');
    const submitted = await t.driver.viewSubmission({
      userId: JONAS,
      callbackId: MENTOR_CALLBACKS.accept,
      viewId: modal.id,
      values: {
        [MENTOR_FIELDS.cadence]: {
          value: { type: 'static_select', selected_option: { value: '2', text: { type: 'plain_text', text: '2' } } },
        },
      },
      privateMetadata: String(modal.view.private_metadata),
      blocks: modal.view.blocks,
    });
    expect(textOf(submitted.body)).toContain(
      `Du bist Mentor von <@${ANA}> auf dem Weg zu *Senior Instructional Designer*`,
    );

    // The group DM introduces them in the mentee's language.
    await expect
      .poll(() => t.db.prisma.outboxMessage.count({ where: { kind: 'mentor-intro' } }), { timeout: 5000 })
      .toBeGreaterThan(0);
    await testSender(t).drain();
    const row = await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id: mentorship.id } });
    const intro = textOf(t.fake.messagesIn(row.groupChannelId!).map((message) => message.blocks));
    expect(intro).toContain(`<@${ANA}>, te presento a tu mentor <@${JONAS}>.`);
    expect(intro).toContain('*Una buena primera sesión*');
    expect(intro).toContain('“¿se reunieron?” cada 2 semanas');

    // Each sees the mentorship in their own language.
    const anaView = await t.driver.slashCommand({ userId: ANA, text: 'mentor' });
    expect(textOf((await t.responseTo(anaView)).body)).toContain(
      `<@${JONAS}> es tu mentor hacia Senior Instructional Designer`,
    );
    const jonasView = await t.driver.slashCommand({ userId: JONAS, text: 'mentor' });
    expect(textOf((await t.responseTo(jonasView)).body)).toContain(
      `Du bist Mentor von <@${ANA}> auf dem Weg zu Senior Instructional Designer`,
    );

    // "Did you meet?" comes to each in their own language.
    t.clock.set(`${row.nextCheckInOn!.toISOString().slice(0, 10)}T12:00:00Z`);
    expect(
      await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), { defaultTimeZone: 'Europe/London' }, mentoringNotices),
    ).toBe(2);
    const questions = await t.db.prisma.outboxMessage.findMany({ where: { kind: 'mentor-checkin' } });
    const questionTo = (userId: string) =>
      JSON.stringify(questions.find((question) => question.recipient === userId)?.payload);
    expect(questionTo(ANA)).toContain(`¿Te reuniste hace poco con tu mentor <@${JONAS}>?`);
    expect(questionTo(ANA)).toContain('Sí, nos reunimos');
    expect(questionTo(JONAS)).toContain(`Hast du dich in letzter Zeit mit deinem Mentee <@${ANA}> getroffen?`);
    const notYet = await t.driver.blockAction({
      userId: ANA,
      actionId: MENTOR_ACTIONS.metNo,
      value: `${mentorship.id}:${row.nextCheckInOn!.toISOString().slice(0, 10)}:no`,
      container: { isEphemeral: true },
    });
    expect(textOf((await t.responseTo(notYet)).body)).toContain(
      'Gracias por avisar. Pathway vuelve a preguntar en 2 semanas',
    );

    // Jonas ends it: Ana is told in Spanish.
    const end = await t.driver.blockAction({
      userId: JONAS,
      actionId: MENTOR_ACTIONS.end,
      value: mentorship.id,
      container: { isEphemeral: true },
    });
    expect(textOf((await t.responseTo(end)).body)).toContain(`Dein Mentoring mit <@${ANA}> ist beendet.`);
    await testSender(t).drain();
    expect(dms(ANA).at(-1)?.text).toBe(`<@${JONAS}> terminó su mentoría contigo en Pathway.`);
    expectCleanSlackTraffic(t);
  });

  it('a German mentor without a goal role is told why there are no suggestions in German', async () => {
    const overview = await t.driver.slashCommand({ userId: JONAS, text: 'mentor' });
    const shown = textOf((await t.responseTo(overview)).body);
    expect(shown).toContain(
      'Mentor-Vorschläge richten sich nach deiner Zielrolle, und du hast noch keine. Gib `/pathway plan` ein, um eine zu wählen, dann wieder `/pathway mentor`.',
    );
    expect(shown).not.toContain('Mentor suggestions follow your goal role');
    expectCleanSlackTraffic(t);
  });

  it('tells a German mentor what the offer form lacks in German', async () => {
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: JONAS, text: 'mentor offer' });
    const modal = openedView(await opened);
    const choose = (type: string, values: string[]) => ({
      value: {
        type,
        ...(type === 'static_select'
          ? { selected_option: { value: values[0]!, text: { type: 'plain_text', text: values[0]! } } }
          : { selected_options: values.map((value) => ({ value, text: { type: 'plain_text', text: value } })) }),
      },
    });
    const empty = await t.driver.viewSubmission({
      userId: JONAS,
      callbackId: MENTOR_CALLBACKS.offer,
      viewId: modal.id,
      values: {
        [MENTOR_FIELDS.roles]: choose('multi_static_select', []),
        [MENTOR_FIELDS.signals]: choose('multi_static_select', []),
        [MENTOR_FIELDS.capacity]: choose('static_select', ['9']),
      },
      privateMetadata: '{}',
      blocks: modal.view.blocks,
    });
    expect((empty.body as ViewAnswer).errors).toEqual({
      [MENTOR_FIELDS.roles]: 'Wähle mindestens eine Rolle, bei der du helfen kannst.',
      [MENTOR_FIELDS.signals]: 'Wähle mindestens ein Signal, bei dem du helfen kannst.',
      [MENTOR_FIELDS.capacity]: 'Höchstens 5 Personen gleichzeitig.',
    });
  });

  it('asks “did you meet?” in the language each reads when it is sent, not when it was queued', async () => {
    await t.db.prisma.mentorship.create({
      data: {
        menteeId: ana.id,
        mentorId: jonas.id,
        goalRoleKey: GOAL,
        status: 'active',
        nextCheckInOn: new Date('2027-02-01T00:00:00Z'),
      },
    });
    t.clock.set('2027-02-01T12:00:00Z');
    const timing = { defaultTimeZone: 'Europe/London' };
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(2);
    // Ana switches to German before the question goes out; Jonas has no language of his own, his workspace reads Spanish.
    await t.db.prisma.person.update({ where: { id: ana.id }, data: { language: 'de' } });
    await t.db.prisma.person.update({ where: { id: jonas.id }, data: { language: null, locale: 'fr-FR' } });
    await t.db.prisma.workspace.updateMany({ data: { language: 'es' } });
    await testSender(t).drain();
    expect(dms(ANA).at(-1)?.text).toBe(`Hast du dich in letzter Zeit mit deinem Mentor <@${JONAS}> getroffen?`);
    expect(dms(JONAS).at(-1)?.text).toBe(`¿Te reuniste hace poco con <@${ANA}>, tu mentee?`);
    expectCleanSlackTraffic(t);
  });

  it('/pathway export and /pathway delete answer a Spanish reader in Spanish', async () => {
    const exported = await t.driver.slashCommand({ userId: ANA, text: 'export' });
    const answer = (await t.responseTo(exported, WAIT)).body as { text: string };
    expect(answer.text).toBe('Tus datos de Pathway están en tu DM con Pathway, como archivo JSON.');
    const complete = await t.fake.waitForCall('files.completeUploadExternal', undefined, WAIT);
    expect(complete.args.initial_comment).toBe('Todo lo que Pathway guarda sobre ti, como pediste.');
    expect(JSON.stringify(complete.args.files)).toMatch(/Tus datos de Pathway \(\d{4}-\d{2}-\d{2}\)/);

    await t.driver.slashCommand({ userId: ANA, text: 'delete' });
    const opened = await t.fake.waitForCall('views.open', undefined, WAIT);
    const modal = opened.args.view as ModalView;
    expectValidView(modal);
    expect(modal.title.text).toBe('Borrar mis datos');
    expect(modal.submit?.text).toBe('Borrar todo');
    expect(JSON.stringify(modal.blocks)).toContain('Escribe \\"delete\\" para confirmar');

    const submit = async (typed: string) =>
      (
        await t.driver.viewSubmission({
          userId: ANA,
          callbackId: DATA_DELETE_CALLBACK_ID,
          viewId: openedView(opened).id,
          values: { [DATA_DELETE_BLOCK_ID]: { [DATA_DELETE_ACTION_ID]: { type: 'plain_text_input', value: typed } } },
        })
      ).body as ViewAnswer;
    const refused = await submit('sí');
    expect(refused.errors?.[DATA_DELETE_BLOCK_ID]).toBe(
      'Escribe delete para borrar tus datos, o pulsa "Conservar mis datos".',
    );
    expect(await t.db.prisma.person.count({ where: { slackUserId: ANA } })).toBe(1);

    expect((await submit('delete')).response_action).toBe('update');
    const done = await t.fake.waitForCall('views.update', undefined, WAIT);
    expect(JSON.stringify(done.args.view)).toContain('Listo: se borró todo lo que Pathway guardaba sobre ti.');
    expect(await t.db.prisma.person.count({ where: { slackUserId: ANA } })).toBe(0);
  });
});

describe('celebrations in the reader’s language', () => {
  const CHANNEL = 'C0WINS';
  const ALICE = 'U0ALICE';
  let t: TestApp;
  useTestApp((app) => (t = app));

  it('asks a Spanish person in Spanish and confirms in Spanish; the channel post keeps the workspace’s language', async () => {
    t.fake.setChannel(CHANNEL, { name: 'team-wins', members: [t.fake.bot.userId] });
    const seed = await seedCelebrated(t, { workspaceChannel: CHANNEL, milestones: ['Curso de consultoría'] });
    await t.db.prisma.person.update({ where: { id: seed.person.id }, data: { language: 'es' } });
    const done = await t.driver.slashCommand({
      userId: ALICE,
      text: `done ${seed.milestones[0]!.position} nota privada`,
    });
    await t.responseTo(done);
    await deliverOutbox(t);

    const question = t.fake
      .messagesIn(t.fake.dmChannelFor(ALICE))
      .findLast((message) => JSON.stringify(message.blocks).includes('celebration_consent_'));
    expect(question?.text).toBe('Completaste Curso de consultoría. ¿Quieres que Pathway lo celebre en un canal?');
    expect(JSON.stringify(question?.blocks)).toContain('Publicar esta vez');

    const actions = (
      question!.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>
    ).find((block) => block.type === 'actions')!;
    const once = actions.elements!.find((element) => element.action_id.endsWith('once'))!;
    const pressed = await t.driver.blockAction({
      userId: ALICE,
      actionId: once.action_id,
      blockId: 'celebration_consent',
      value: once.value,
      container: { channelId: question!.channel, messageTs: question!.ts, blocks: question!.blocks as unknown[] },
    });
    const confirmation = (await t.responseTo(pressed)).body as { text: string; blocks: unknown };
    expect(confirmation.text).toBe('Completaste Curso de consultoría. Pathway lo está celebrando en un canal.');
    expect(JSON.stringify(confirmation.blocks)).toContain('Quitar la publicación');

    await deliverOutbox(t);
    // Channel posts: the workspace's language, English until it has one of its own.
    expect(t.fake.messagesIn(CHANNEL).map((message) => message.text)).toEqual([
      `<@${ALICE}> completed Curso de consultoría`,
    ]);
  });

  it('a workspace that writes German posts its celebrations in German, whatever the person reads', async () => {
    t.fake.setChannel(CHANNEL, { name: 'team-wins', members: [t.fake.bot.userId] });
    const seed = await seedCelebrated(t, { workspaceChannel: CHANNEL, milestones: ['Curso de consultoría'] });
    await t.db.prisma.person.update({
      where: { id: seed.person.id },
      data: { language: 'es', celebrationConsent: 'always' },
    });
    await t.db.prisma.workspace.updateMany({ data: { language: 'de' } });
    await t.responseTo(await t.driver.slashCommand({ userId: ALICE, text: `done ${seed.milestones[0]!.position}` }));
    await deliverOutbox(t);
    expect(t.fake.messagesIn(CHANNEL).map((message) => message.text)).toEqual([
      `<@${ALICE}> hat Curso de consultoría abgeschlossen`,
    ]);
  });
});
