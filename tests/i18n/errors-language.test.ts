/**
 * Corrections and apologies in the reader's language, end to end through the real Bolt app: a
 * service's UserError and an unexpected failure both reach a Spanish person in Spanish, while the
 * English wording (and what is logged) stays as it was.
 */

import { describe, expect, it } from 'vitest';
import { askPathway } from '../support/answers.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { TEST_NOW } from '../support/pathways.js';
import { seedReader } from '../support/readers.js';

describe('errors in the reader’s language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: TEST_NOW });

  const ask = (userId: string, text: string) => askPathway(t, text, { userId });
  const seed = (slackUserId: string, language: 'es' | 'de' | null) =>
    seedReader(t, slackUserId, { language, milestones: [{ title: 'Curso de consultoría', due: '2027-02-01' }] });

  it('moving a milestone that does not exist: the Spanish person is corrected in Spanish, an English one as before', async () => {
    await seed('U0ANA', 'es');
    const spanish = await ask('U0ANA', 'move 5 to 2027-03-01');
    expect(spanish.text).toBe(
      'No hay ningún hito 5: solo tienes el hito 1. Escribe `/pathway` para verlos con sus números.',
    );
    expect(JSON.stringify(spanish.blocks)).toContain(':warning: No hay ningún hito 5');

    await seed('U0BOB', null);
    expect((await ask('U0BOB', 'move 5 to 2027-03-01')).text).toBe(
      'There is no milestone 5: you have only milestone 1. Type `/pathway` to see them with their numbers.',
    );
  });

  it('a date in the past is refused with the dates written in German', async () => {
    await seed('U0DIETER', 'de');
    const answer = await ask('U0DIETER', 'move 1 to 2027-01-04');
    expect(answer.text).toMatch(
      /^.*4\. Jan\. 2027 liegt in der Vergangenheit \(heute ist .*11\. Jan\. 2027 bei dir\): wähle heute oder ein späteres Datum\.$/,
    );
  });

  it('an unexpected failure gives a Spanish apology with a reference id', async () => {
    await seed('U0ANA', 'es');
    await t.db.prisma.$executeRawUnsafe('ALTER TABLE "Pathway" RENAME TO "PathwayBroken"');
    try {
      const answer = await ask('U0ANA', '');
      expect(answer.text).toMatch(/^Lo sentimos, algo falló de nuestro lado\. .* la referencia [0-9A-F]{8}\.$/);
      expect(JSON.stringify(answer.blocks)).toContain(':face_with_head_bandage: Lo sentimos');
    } finally {
      await t.db.prisma.$executeRawUnsafe('ALTER TABLE "PathwayBroken" RENAME TO "Pathway"');
    }
  });
});
