/**
 * No English written inline where people read it: every string in src/blocks and src/listeners that a
 * person could see comes from the catalogs (src/i18n), and so does the sandbox page's own text
 * (src/sandbox/page). Ids (catalog keys, kebab-case purposes), log lines, types, internal errors, class
 * names and selectors are not read by anyone and are not counted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSandboxMessageKey } from '../../src/sandbox/page/i18n.js';
import { readableLiterals, sourceFiles } from './literals.js';

const files = [...sourceFiles('src/blocks'), ...sourceFiles('src/listeners'), ...sourceFiles('src/sandbox/page')];

describe('user-facing literals', () => {
  it('no file in src/blocks, src/listeners or src/sandbox/page holds English a person could read', () => {
    const found = files.flatMap(readableLiterals);
    expect(found.map((literal) => `${literal.file}:${literal.line} ${literal.text.slice(0, 80)}`)).toEqual([]);
  });

  it('finds what it should: a button label, a sentence, a template; not a log line, an id, a catalog key, a class name, a selector or a command', () => {
    expect(readableLiterals('tests/i18n/fixtures/literals-sample.ts').map((literal) => literal.text)).toEqual([
      'Done',
      'Your plan is saved.',
      'Moved to ',
    ]);
  });

  it('the sandbox page’s HTML holds no English: its text, titles and labels are catalog keys its script fills', () => {
    const html = readFileSync('src/sandbox/page/index.html', 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-[a-z]+)?="([^"]*)"/g)].map((match) => match[1]);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !isSandboxMessageKey(key))).toEqual([]);
    expect(html).not.toMatch(/\s(?:title|placeholder|aria-label|alt)="/);
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]*>/g, ' ')
      .split(/\s+/)
      .filter((word) => /[A-Za-z]{2}/.test(word));
    // The languages' own names, and the app's.
    expect(text).toEqual(['English', 'Español', 'Deutsch', 'Pathway']);
  });
});
