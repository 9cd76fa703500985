import { describe, expect, it } from 'vitest';
import {
  type FrameworkProblem,
  formatProblems,
  type ParseFrameworkResult,
  parseFramework,
} from '../../src/domain/framework/parse.js';
import { findRole, milestoneTemplatesFor, signalsFor } from '../../src/domain/framework/queries.js';
import { type Framework, FrameworkSchema } from '../../src/domain/framework/schema.js';
import { localizeFramework } from '../../src/domain/framework/translations.js';
import { frameworkOf } from '../../src/services/frameworks.js';

// Line numbers matter: warnings are asserted at the line of the untranslated text.
const FRAMEWORK = [
  'version: 1', //                                 1
  'name: Test framework', //                       2
  'tracks:', //                                    3
  '  - key: main', //                              4
  '    title: Main', //                            5
  'stages:', //                                    6
  '  - key: one', //                               7
  '    track: main', //                            8
  '    order: 1', //                               9
  '    title: One', //                            10
  '    focus: First stage.', //                   11
  '    roles:', //                                12
  '      - key: junior', //                       13
  '        title: Junior', //                     14
  '        focus: Learns.', //                    15
  '  - key: two', //                              16
  '    track: main', //                           17
  '    order: 2', //                              18
  '    title: Two', //                            19
  '    focus: Second stage.', //                  20
  '    successCriteria: [Ships, Leads]', //       21
  '    roles:', //                                22
  '      - key: senior', //                       23
  '        title: Senior', //                     24
  '        focus: Leads.', //                     25
  '        signals:', //                          26
  '          - key: impact', //                   27
  '            title: Impact beyond your role', //28
  '            description: Others use your work.', // 29
  '        milestones:', //                       30
  '          - key: mentor', //                   31
  '            title: Find a mentor', //          32
  '            kind: mentoring', //               33
  '            weeks: 12', //                     34
].join('\n');

const SPANISH = [
  'language: es', //                              1
  'name: Marco de prueba', //                     2
  'tracks:', //                                   3
  '  main: { title: Principal }', //              4
  'stages:', //                                   5
  '  one: { title: Uno, focus: Primera etapa. }', // 6
  '  two:', //                                    7
  '    title: Dos', //                            8
  '    focus: Segunda etapa.', //                 9
  '    successCriteria: [Entrega, Lidera]', //   10
  'roles:', //                                   11
  '  junior: { title: Junior, focus: Aprende. }', // 12
  '  senior:', //                                13
  '    title: Sénior', //                        14
  '    focus: Lidera.', //                       15
  '    signals:', //                             16
  '      impact:', //                            17
  '        title: Impacto más allá de tu rol', // 18
  '        description: Otros usan tu trabajo.', // 19
  '    milestones:', //                          20
  '      mentor: { title: Busca un mentor }', // 21
].join('\n');

function framework(result: ParseFrameworkResult): Framework {
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.framework;
}

function warningsOf(result: ParseFrameworkResult): FrameworkProblem[] {
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.warnings;
}

function problemsOf(result: ParseFrameworkResult): FrameworkProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** Replaces one whole line (1-based), so the other lines keep their numbers. */
function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

const spanishFile = { text: SPANISH, fileName: 'team.es.yaml' };

describe('framework translations', () => {
  it('reads a sibling translation file into the framework, and localizes every text by id', () => {
    const parsed = parseFramework(FRAMEWORK, 'team.yaml', [spanishFile]);
    expect(warningsOf(parsed)).toEqual([]);
    const english = framework(parsed);
    expect(english.language).toBe('en');
    expect(english.stages[1]?.roles[0]?.title).toBe('Senior');

    const spanish = localizeFramework(english, 'es');
    expect(spanish.name).toBe('Marco de prueba');
    expect(spanish.stages.map((stage) => [stage.title, stage.focus, stage.successCriteria])).toEqual([
      ['Uno', 'Primera etapa.', []],
      ['Dos', 'Segunda etapa.', ['Entrega', 'Lidera']],
    ]);
    expect(findRole(spanish, 'senior')?.title).toBe('Sénior');
    expect(signalsFor(spanish, 'senior').map((signal) => [signal.key, signal.title, signal.description])).toEqual([
      ['impact', 'Impacto más allá de tu rol', 'Otros usan tu trabajo.'],
    ]);
    expect(
      milestoneTemplatesFor(spanish, 'senior').map((template) => [template.key, template.title, template.weeks]),
    ).toEqual([['mentor', 'Busca un mentor', 12]]);
    // Languages without a translation, and the framework's own, read as written.
    expect(localizeFramework(english, 'de')).toBe(english);
    expect(localizeFramework(english, 'en')).toBe(english);
  });

  it('takes the translation from a document after --- in the same file (one upload)', () => {
    const parsed = parseFramework(`${FRAMEWORK}\n---\n${SPANISH}\n`, 'team.yaml');
    expect(warningsOf(parsed)).toEqual([]);
    expect(findRole(localizeFramework(framework(parsed), 'es'), 'senior')?.title).toBe('Sénior');
  });

  it('takes the translation from a translations: section of the framework', () => {
    const section = SPANISH.split('\n')
      .slice(1)
      .map((line) => `    ${line}`)
      .join('\n');
    const parsed = parseFramework(`${FRAMEWORK}\ntranslations:\n  es:\n${section}\n`, 'team.yaml');
    expect(warningsOf(parsed)).toEqual([]);
    expect(signalsFor(localizeFramework(framework(parsed), 'es'), 'senior')[0]?.title).toBe(
      'Impacto más allá de tu rol',
    );
  });

  it('falls back to the framework text where a translation is missing, and warns at the line of that text', () => {
    const partial = replaceLine(replaceLine(SPANISH, 18, ''), 14, '');
    const parsed = parseFramework(FRAMEWORK, 'team.yaml', [{ text: partial, fileName: 'team.es.yaml' }]);
    const spanish = localizeFramework(framework(parsed), 'es');
    expect(findRole(spanish, 'senior')?.title).toBe('Senior');
    expect(signalsFor(spanish, 'senior')[0]).toMatchObject({
      title: 'Impact beyond your role',
      description: 'Otros usan tu trabajo.',
    });
    expect(warningsOf(parsed)).toEqual([
      {
        file: 'team.yaml',
        path: 'stages[1].roles[0].title',
        line: 24,
        message: 'Missing es translation: readers in es see the en text',
      },
      {
        file: 'team.yaml',
        path: 'stages[1].roles[0].signals[0].title',
        line: 28,
        message: 'Missing es translation: readers in es see the en text',
      },
    ]);
  });

  it('warns once per text and language when a language is present but barely translated', () => {
    const german = { text: 'language: de\nname: Testrahmen\n', fileName: 'team.de.yaml' };
    const warnings = warningsOf(parseFramework(FRAMEWORK, 'team.yaml', [spanishFile, german]));
    expect(
      warnings.every((warning) => warning.message === 'Missing de translation: readers in de see the en text'),
    ).toBe(true);
    expect(warnings.map((warning) => `${warning.line} ${warning.path}`)).toEqual([
      '5 tracks[0].title',
      '10 stages[0].title',
      '11 stages[0].focus',
      '14 stages[0].roles[0].title',
      '15 stages[0].roles[0].focus',
      '19 stages[1].title',
      '20 stages[1].focus',
      '21 stages[1].successCriteria',
      '24 stages[1].roles[0].title',
      '25 stages[1].roles[0].focus',
      '28 stages[1].roles[0].signals[0].title',
      '29 stages[1].roles[0].signals[0].description',
      '32 stages[1].roles[0].milestones[0].title',
    ]);
  });

  it('warns where a translation names an id the framework does not have, and does not use it', () => {
    // A signal the role does not have (line 17) and a role the framework does not have (line 23).
    const text = `${SPANISH.replace('      impact:', '      speaks-up: { title: Habla }\n      impact:')}\n  lead:\n    title: Líder`;
    const parsed = parseFramework(FRAMEWORK, 'team.yaml', [{ text, fileName: 'team.es.yaml' }]);
    expect(warningsOf(parsed)).toEqual([
      {
        file: 'team.es.yaml',
        path: 'roles.senior.signals.speaks-up',
        line: 17,
        message: 'No signal "speaks-up" in role "senior", so this translation is not used; known: impact',
      },
      {
        file: 'team.es.yaml',
        path: 'roles.lead',
        line: 23,
        message: 'No role "lead" in the framework, so this translation is not used; known: junior, senior',
      },
    ]);
    expect(findRole(localizeFramework(framework(parsed), 'es'), 'senior')?.signals.map((signal) => signal.key)).toEqual(
      ['impact'],
    );
  });

  it('warns about success criteria that do not match one for one, and keeps the framework ones', () => {
    const parsed = parseFramework(FRAMEWORK, 'team.yaml', [
      { text: replaceLine(SPANISH, 10, '    successCriteria: [Entrega]'), fileName: 'team.es.yaml' },
    ]);
    expect(warningsOf(parsed)).toEqual([
      {
        file: 'team.yaml',
        path: 'stages[1].successCriteria',
        line: 21,
        message:
          'The es translation lists 1 success criteria, this stage 2: they are matched one for one, so the en ones are shown',
      },
    ]);
    expect(localizeFramework(framework(parsed), 'es').stages[1]?.successCriteria).toEqual(['Ships', 'Leads']);
  });

  it('rejects translated texts over the limits, at their line in the translation file', () => {
    const long = 'x'.repeat(80);
    const problems = problemsOf(
      parseFramework(FRAMEWORK, 'team.yaml', [
        { text: replaceLine(SPANISH, 14, `    title: ${long}`), fileName: 'team.es.yaml' },
      ]),
    );
    expect(problems).toEqual([
      { file: 'team.es.yaml', path: 'roles.senior.title', line: 14, message: 'Too long: 80 characters, at most 75' },
    ]);
  });

  it('rejects a translation without a language, one given twice, and one in the framework’s own language', () => {
    expect(
      problemsOf(
        parseFramework(FRAMEWORK, 'team.yaml', [{ text: replaceLine(SPANISH, 1, ''), fileName: 'team.es.yaml' }]),
      ),
    ).toEqual([
      { file: 'team.es.yaml', path: 'language', line: 2, message: 'Missing required field, one of: en, es, de' },
    ]);
    expect(
      problemsOf(parseFramework(FRAMEWORK, 'team.yaml', [spanishFile, { text: SPANISH, fileName: 'more.es.yaml' }])),
    ).toEqual([
      {
        file: 'more.es.yaml',
        path: 'language',
        line: 1,
        message: 'The es translation is given twice (first at team.es.yaml line 1); keep one',
      },
    ]);
    expect(
      problemsOf(
        parseFramework(FRAMEWORK, 'team.yaml', [
          { text: replaceLine(SPANISH, 1, 'language: en'), fileName: 'team.en.yaml' },
        ]),
      ),
    ).toEqual([
      {
        file: 'team.en.yaml',
        path: 'language',
        line: 1,
        message: 'The framework itself is written in en; a translation is for another language',
      },
    ]);
  });

  it('falls back to the framework’s own language when it is not English', () => {
    const spanishFirst = `language: es\n${FRAMEWORK.replace('title: Senior', 'title: Sénior')}`;
    const english = { text: 'language: en\nroles:\n  senior: { title: Senior designer }\n', fileName: 'team.en.yaml' };
    const parsed = framework(parseFramework(spanishFirst, 'team.yaml', [english]));
    expect(parsed.language).toBe('es');
    expect(findRole(localizeFramework(parsed, 'en'), 'senior')?.title).toBe('Senior designer');
    expect(findRole(localizeFramework(parsed, 'de'), 'senior')?.title).toBe('Sénior');
    expect(findRole(localizeFramework(parsed, 'es'), 'senior')?.title).toBe('Sénior');
  });
});

describe('stored definitions from before translations', () => {
  // A definition as databases hold it today: parsed, defaults filled, no language, no translations.
  const stored = JSON.parse(
    JSON.stringify({
      version: 1,
      name: 'Old framework',
      competencies: [],
      tracks: [{ key: 'main', title: 'Main' }],
      stages: [
        {
          key: 'one',
          track: 'main',
          order: 1,
          title: 'One',
          focus: 'First.',
          successCriteria: [],
          roles: [
            {
              key: 'junior',
              title: 'Junior',
              formerKeys: [],
              alternativeTitles: [],
              focus: 'Learns.',
              competencies: [],
              signals: [],
              lattice: [],
              milestones: [],
            },
          ],
        },
      ],
    }),
  ) as unknown;

  it('still load, as English without translations, and read the same in every language', () => {
    const loaded = FrameworkSchema.parse(stored);
    expect(loaded.language).toBe('en');
    expect(loaded.translations).toEqual({});
    expect(localizeFramework(loaded, 'es')).toBe(loaded);
    const fromRow = frameworkOf({ id: 'old-definition-row', definition: stored as never });
    expect(findRole(fromRow, 'junior')?.title).toBe('Junior');
  });

  it('round-trip through JSON with their translations', () => {
    const parsed = framework(parseFramework(FRAMEWORK, 'team.yaml', [spanishFile]));
    const reread = FrameworkSchema.parse(JSON.parse(JSON.stringify(parsed)));
    expect(reread).toEqual(parsed);
    expect(findRole(localizeFramework(reread, 'es'), 'senior')?.title).toBe('Sénior');
  });
});
