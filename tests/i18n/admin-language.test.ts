/**
 * The workspace language, end to end: set by an admin in the settings modal through the real Bolt
 * app, and used for people whose own language Pathway does not speak.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { channelTranslator } from '../../src/services/admin-settings.js';
import { useTestApp, type TestApp } from '../support/app-harness.js';
import { plan, seedPerson, testSender } from '../support/schedule.js';

describe('workspace language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(() => {
    t.clock.set('2027-01-11T10:00:00Z');
  });

  async function seedDueOn13Jan(slackUserId: string, profile: { locale?: string; language?: string }): Promise<void> {
    await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId, milestones: [{ title: 'Curso de consultoría', due: '2027-01-13' }] });
    t.fake.setUser({ id: slackUserId, tz: 'Europe/London', ...(profile.locale ? { locale: profile.locale } : {}) });
    await t.db.prisma.person.updateMany({ where: { slackUserId }, data: { locale: profile.locale ?? null, language: profile.language ?? null } });
  }

  it('a German workspace sends German nudges to a person whose Slack language Pathway does not speak; a spoken one still wins', async () => {
    await seedDueOn13Jan('U0ZOE', { locale: 'fr-FR' });
    await seedDueOn13Jan('U0ANA', { locale: 'es-ES' });
    await t.db.prisma.workspace.updateMany({ data: { language: 'de' } });
    t.clock.set('2027-01-13T10:00:00Z');
    await plan(t);
    expect(await testSender(t).drain()).toMatchObject({ sent: 2 });
    expect(t.fake.messagesIn(t.fake.dmChannelFor('U0ZOE'))[0]!.text).toBe('Pathway: Meilenstein 1 ist heute fällig');
    expect(t.fake.messagesIn(t.fake.dmChannelFor('U0ANA'))[0]!.text).toBe('Pathway: el hito 1 vence hoy');
  });

  it('an English workspace (the default) keeps English for them', async () => {
    await seedDueOn13Jan('U0ZOE', { locale: 'fr-FR' });
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
});
