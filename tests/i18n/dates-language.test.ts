/**
 * Dates a person typed, told back in their language: a date that reads either way (3/4/2027) is
 * confirmed in words, and a date Pathway could not read is explained, in Spanish and German end to
 * end; the English note keeps its words.
 */

import { describe, expect, it } from 'vitest';
import { ambiguousDateNote } from '../../src/blocks/problems.js';
import { ambiguousDate } from '../../src/domain/date-phrases.js';
import { translator } from '../../src/i18n/index.js';
import { askPathway } from '../support/answers.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { TEST_NOW } from '../support/pathways.js';
import { seedReader } from '../support/readers.js';
import { textOf } from '../support/slack-ui.js';

/** What a person reads in an answer's blocks, quotes as typed. */
const read = (blocks: unknown): string => textOf(blocks).replaceAll('\\"', '"');

describe('a date that reads either way, in words', () => {
  const dayFirst = ambiguousDate('add Lead a workshop by 3/4/2027', { today: '2026-11-30', dayFirst: true })!;
  const monthFirst = ambiguousDate('move 2 to 3/4', { today: '2026-11-30', dayFirst: false })!;

  it('reads in English as it always did', () => {
    expect(ambiguousDateNote(dayFirst, translator('en'))).toBe(
      '3/4/2027 is 3 April 2027: day first, as your Slack language writes dates (for 4 March 2027, type 2027-03-04).',
    );
    expect(ambiguousDateNote(monthFirst, translator('en'))).toBe(
      '3/4 is 4 March 2027: month first, as your Slack language writes dates (for 3 April 2027, type 2027-04-03).',
    );
    expect(ambiguousDateNote({ ...dayFirst, otherDate: null }, translator('en'))).toBe(
      '3/4/2027 is 3 April 2027: day first, as your Slack language writes dates.',
    );
  });

  it('reads in Spanish and German with the month named in the language', () => {
    expect(ambiguousDateNote(dayFirst, translator('es'))).toBe(
      '3/4/2027 es el 3 de abril de 2027: primero el día, como escribe las fechas tu idioma de Slack (para el 4 de marzo de 2027, escribe 2027-03-04).',
    );
    expect(ambiguousDateNote(monthFirst, translator('de'))).toBe(
      '3/4 ist der 4. März 2027: Monat zuerst, wie deine Slack-Sprache Daten schreibt (für den 3. April 2027 gib 2027-04-03 ein).',
    );
  });
});

describe('dates typed in a command, answered in the reader’s language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: TEST_NOW });

  it('a Spanish person who types 3/4/2027 is told in Spanish how it was read', async () => {
    await seedReader(t, 'U0ANA', { language: 'es', locale: 'es-ES' });
    const answer = await askPathway(t, 'add Taller de liderazgo by 3/4/2027', { userId: 'U0ANA' });
    expect(textOf(answer.blocks)).toContain(
      '3/4/2027 es el 3 de abril de 2027: primero el día, como escribe las fechas tu idioma de Slack (para el 4 de marzo de 2027, escribe 2027-03-04).',
    );
  });

  it('a date Pathway could not read is explained in Spanish', async () => {
    await seedReader(t, 'U0ANA', { language: 'es', locale: 'es-ES' });
    const answer = await askPathway(t, 'add Taller de liderazgo by 31 April 2027', { userId: 'U0ANA' });
    expect(read(answer.blocks)).toContain('"31 April 2027" no existe en el calendario: abril de 2027 tiene 30 días');
    const unread = await askPathway(t, 'move 1 to someday', { userId: 'U0ANA' });
    expect(read(unread.blocks)).toContain('No he podido leer "someday" como fecha.');
  });
});
