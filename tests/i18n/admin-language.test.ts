/**
 * The workspace language, end to end: set by an admin in the settings modal through the real Bolt
 * app, and used for people whose own language Pathway does not speak. The admin surfaces speak
 * the admin's own language.
 */

import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ADMIN_SETTINGS_CALLBACK_ID } from '../../src/blocks/admin.js';
import { channelTranslator } from '../../src/services/admin-settings.js';
import { ensureWorkspace } from '../../src/services/people.js';
import { settingsValues } from '../support/admin.js';
import type { ViewAnswer } from '../support/answers.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { TEST_NOW } from '../support/pathways.js';
import { seedReader } from '../support/readers.js';
import { plan, testSender } from '../support/schedule.js';
import { openedView } from '../support/slack-ui.js';

/** The settings form as Slack submits it: the defaults as they stand, unless `change` says otherwise. */
function settingsForm(
  change: Partial<{ cadence: string; start: string; end: string; minGroup: string; language: string }> = {},
) {
  return settingsValues({
    channel: null,
    cadence: '28',
    start: '9',
    end: '17',
    days: ['1', '2', '3', '4', '5'],
    kinds: ['milestone_nudge'],
    minGroup: '5',
    retention: '30',
    conversations: '42',
    mentoring: true,
    crossTeams: true,
    language: 'en',
    ...change,
  });
}

describe('workspace language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: TEST_NOW });

  /** A person in London whose Slack speaks `locale`, with milestone 1 due on 13 January. */
  const seedDueOn13Jan = (slackUserId: string, locale: string) =>
    seedReader(t, slackUserId, {
      language: null,
      locale,
      tz: 'Europe/London',
      milestones: [{ title: 'Curso de consultoría', due: '2027-01-13' }],
    });

  it('a German workspace sends German nudges to a person whose Slack language Pathway does not speak; a spoken one still wins', async () => {
    await seedDueOn13Jan('U0ZOE', 'fr-FR');
    await seedDueOn13Jan('U0ANA', 'es-ES');
    await t.db.prisma.workspace.updateMany({ data: { language: 'de' } });
    t.clock.set('2027-01-13T10:00:00Z');
    await plan(t);
    expect(await testSender(t).drain()).toMatchObject({ sent: 2 });
    expect(t.fake.messagesIn(t.fake.dmChannelFor('U0ZOE'))[0]!.text).toBe('Pathway: Meilenstein 1 ist heute fällig');
    expect(t.fake.messagesIn(t.fake.dmChannelFor('U0ANA'))[0]!.text).toBe('Pathway: el hito 1 vence hoy');
  });

  it('an English workspace (the default) keeps English for them', async () => {
    await seedDueOn13Jan('U0ZOE', 'fr-FR');
    t.clock.set('2027-01-13T10:00:00Z');
    await plan(t);
    expect(await testSender(t).drain()).toMatchObject({ sent: 1 });
    expect(t.fake.messagesIn(t.fake.dmChannelFor('U0ZOE'))[0]!.text).toBe('Pathway: milestone 1 is due today');
  });

  it('gives channel posts the workspace language', async () => {
    const workspace = await t.db.prisma.workspace.create({ data: { slackTeamId: 'T0OTHER' } });
    expect((await channelTranslator(t.db.prisma, workspace.id)).language).toBe('en');
    await t.db.prisma.workspace.update({ where: { id: workspace.id }, data: { language: 'es' } });
    expect((await channelTranslator(t.db.prisma, workspace.id)).language).toBe('es');
  });

  it('a Spanish admin opens /pathway admin settings in Spanish, sets the workspace language to German, and is answered in Spanish', async () => {
    t.fake.setUser({ id: 'U0ANA', isAdmin: true, locale: 'es-ES', tz: 'Europe/Madrid' });
    await ensureWorkspace(t.db.prisma, t.fake.team.id);
    const request = await t.driver.slashCommand({ userId: 'U0ANA', text: 'admin settings' });
    expect(request.status).toBe(200);
    const opened = await t.fake.waitForCall('views.open', undefined, 10_000);
    const modal = opened.args.view as ModalView;
    expectValidView(modal);
    expect(modal.title?.text).toBe('Ajustes de Pathway');
    const shown = JSON.stringify(modal);
    expect(shown).toContain('Idioma del espacio de trabajo');
    expect(shown).toContain('Deutsch (alemán)');
    expect(shown).toContain('"text":"lunes"');

    const values = settingsForm({ language: 'de' });
    const result = await t.driver.viewSubmission({
      userId: 'U0ANA',
      callbackId: ADMIN_SETTINGS_CALLBACK_ID,
      values,
      viewId: openedView(opened).id,
    });
    const answer = result.body as ViewAnswer;
    expect(answer.response_action).toBe('update');
    const confirmation = JSON.stringify(answer.view);
    // Her own language still decides what she reads; the workspace's is for others.
    expect(confirmation).toContain('Guardado. Qué cambió:');
    expect(confirmation).toContain('*Idioma del espacio de trabajo:* English (inglés) → Deutsch (alemán)');
    expect((await t.db.prisma.workspace.findFirstOrThrow()).language).toBe('de');
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('tells a Spanish admin what is wrong with the settings in Spanish, beside each field', async () => {
    t.fake.setUser({ id: 'U0ANA', isAdmin: true, locale: 'es-ES', tz: 'Europe/Madrid' });
    await ensureWorkspace(t.db.prisma, t.fake.team.id);
    await t.driver.slashCommand({ userId: 'U0ANA', text: 'admin settings' });
    const opened = await t.fake.waitForCall('views.open', undefined, 10_000);
    const result = await t.driver.viewSubmission({
      userId: 'U0ANA',
      callbackId: ADMIN_SETTINGS_CALLBACK_ID,
      values: settingsForm({ cadence: 'mensual', minGroup: '2' }),
      viewId: openedView(opened).id,
    });
    const answer = result.body as ViewAnswer;
    expect(answer.response_action).toBe('errors');
    expect(answer.errors).toEqual({
      checkInCadenceDays: 'indica la cadencia de check-ins en días como número entero',
      minReportGroupSize: 'usa 3 o más, para que nadie pueda ser identificado',
    });
    const hours = await t.driver.viewSubmission({
      userId: 'U0ANA',
      callbackId: ADMIN_SETTINGS_CALLBACK_ID,
      values: settingsForm({ start: '17', end: '9' }),
      viewId: openedView(opened).id,
    });
    expect((hours.body as ViewAnswer).errors).toEqual({
      workdayEndHour: 'la jornada debe terminar después de empezar',
    });
    expect((await t.db.prisma.workspace.findFirstOrThrow()).checkInCadenceDays).toBe(28);
  });

  it('a person without a spoken Slack language is refused admin rights in the workspace language', async () => {
    t.fake.setUser({ id: 'U0ZOE', locale: 'fr-FR' });
    const workspace = await ensureWorkspace(t.db.prisma, t.fake.team.id);
    await t.db.prisma.workspace.update({ where: { id: workspace.id }, data: { language: 'de' } });
    const request = await t.driver.slashCommand({ userId: 'U0ZOE', text: 'admin settings' });
    const answer = (await t.responseTo(request)).body as { text: string };
    expect(answer.text).toContain('Das dürfen nur Pathway-Admins');
    expect(t.fake.callsTo('views.open')).toEqual([]);
  });
});
