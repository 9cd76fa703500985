/**
 * No English written inline where people read it: every string in src/blocks and src/listeners that a
 * person could see comes from the catalogs (src/i18n). Ids (catalog keys, kebab-case purposes), log
 * lines, types and internal errors are not read by anyone and are not counted.
 */
import { describe, expect, it } from 'vitest';
import { readableLiterals, sourceFiles } from './literals.js';

const files = [...sourceFiles('src/blocks'), ...sourceFiles('src/listeners')];

describe('user-facing literals', () => {
  it('no file in src/blocks or src/listeners holds English a person could read', () => {
    const found = files.flatMap(readableLiterals);
    expect(found.map((literal) => `${literal.file}:${literal.line} ${literal.text.slice(0, 80)}`)).toEqual([]);
  });

  it('finds what it should: a button label, a sentence, a template; not a log line, an id or a catalog key', () => {
    expect(readableLiterals('tests/i18n/fixtures/literals-sample.ts').map((literal) => literal.text)).toEqual([
      'Done',
      'Your plan is saved.',
      'Moved to ',
    ]);
  });
});
