/**
 * Pathway in the reader's language, end to end: `/pathway language` through the real Bolt app,
 * help answered in it, and a nudge rendered at send time in the recipient's language.
 */

import { describe, expect, it } from 'vitest';
import { askPathway } from '../support/answers.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { TEST_NOW } from '../support/pathways.js';
import { seedReader } from '../support/readers.js';
import { plan, testSender } from '../support/schedule.js';

describe('languages', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: TEST_NOW });

  const ask = (userId: string, text: string) => askPathway(t, text, { userId });

  it('/pathway language es answers and then helps in Spanish, with the command words in English; auto follows Slack again', async () => {
    t.fake.setUser({ id: 'U0ANA', tz: 'Europe/Madrid' });
    expect((await ask('U0ANA', 'language es')).text).toContain('Pathway ahora te escribe en español');
    expect((await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0ANA' } })).language).toBe('es');
    const help = JSON.stringify((await ask('U0ANA', 'help')).blocks);
    expect(help).toContain('Pathway: lo que puedes escribir');
    expect(help).toContain('`/pathway plan` elige el rol al que aspiras');
    expect(help).toContain('`/pathway language en|es|de|auto`');
    expect((await ask('U0ANA', 'language auto')).text).toContain('Pathway now follows your Slack language: English.');
    expect((await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0ANA' } })).language).toBeNull();
  });

  it('a Slack locale of de-DE is enough for German; a wrong language word gets the form to type', async () => {
    t.fake.setUser({ id: 'U0DIETER', tz: 'Europe/Berlin', locale: 'de-DE' });
    const wrong = JSON.stringify((await ask('U0DIETER', 'language klingon')).blocks);
    expect(wrong).toContain('/pathway language en|es|de|auto');
    // Answered before the person is looked up (it needs no date), so in English for now.
    expect(wrong).toContain('give one of en (English), es (Español), de (Deutsch)');
    expect((await ask('U0DIETER', 'language auto')).text).toBe('Pathway folgt jetzt deiner Slack-Sprache: Deutsch.');
  });

  it('a nudge goes out in the recipient’s language, rendered when it is sent', async () => {
    await seedReader(t, 'U0ALICE', {
      language: 'es',
      tz: 'Europe/London',
      milestones: [{ title: 'Curso de consultoría', due: '2027-01-13' }],
    });
    t.clock.set('2027-01-13T10:00:00Z');
    await plan(t);
    expect(await testSender(t).drain()).toMatchObject({ sent: 1 });
    const [message] = t.fake.messagesIn(t.fake.dmChannelFor('U0ALICE'));
    expect(message!.text).toBe('Pathway: el hito 1 vence hoy');
    const blocks = JSON.stringify(message!.blocks);
    expect(blocks).toContain('Hoy es el día: *1.* Curso de consultoría vence hoy.');
    expect(blocks).toContain('"accessibility_label":"Hecho: marcar ‘Curso de consultoría’ como hecho"');
    expect(t.fake.blockKitViolations).toEqual([]);
  });
});
