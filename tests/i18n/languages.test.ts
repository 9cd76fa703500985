/**
 * Pathway in the reader's language, end to end: `/pathway language` through the real Bolt app,
 * help answered in it, and a nudge rendered at send time in the recipient's language.
 */

import { expectValidBlocks } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { plan, seedPerson, testSender } from '../support/schedule.js';

interface Ephemeral {
  text: string;
  blocks: KnownBlock[];
}

describe('languages', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(() => {
    t.clock.set('2027-01-11T10:00:00Z');
  });

  async function ask(userId: string, text: string): Promise<Ephemeral> {
    const request = await t.driver.slashCommand({ userId, text });
    expect(request.status).toBe(200);
    const body = (await t.responseTo(request)).body as Ephemeral;
    expectValidBlocks(body.blocks, 'message');
    return body;
  }

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
    await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0ALICE',
      milestones: [{ title: 'Curso de consultoría', due: '2027-01-13' }],
    });
    t.fake.setUser({ id: 'U0ALICE', tz: 'Europe/London' });
    await t.db.prisma.person.updateMany({ where: { slackUserId: 'U0ALICE' }, data: { language: 'es' } });
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
