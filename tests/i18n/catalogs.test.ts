/**
 * Every translated builder in every language: no missing key, the same {placeholders} as English,
 * no English left in a Spanish or German render, and Block Kit's limits kept in each language.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { helpBlocks, invalidCommandBlocks, unknownCommandBlocks } from '../../src/blocks/help.js';
import { renderScheduled } from '../../src/blocks/nudges.js';
import { commandSpecs } from '../../src/domain/commands.js';
import type { MessageContent } from '../../src/domain/schedule/plan.js';
import { adminMessages } from '../../src/i18n/areas/admin.js';
import { checkinMessages } from '../../src/i18n/areas/checkin.js';
import { conversationsMessages } from '../../src/i18n/areas/conversations.js';
import { errorsMessages } from '../../src/i18n/areas/errors.js';
import { homeMessages } from '../../src/i18n/areas/home.js';
import { mentoringMessages } from '../../src/i18n/areas/mentoring.js';
import { planMessages } from '../../src/i18n/areas/plan.js';
import { sandboxMessages } from '../../src/i18n/areas/sandbox.js';
import { CATALOGS, LANGUAGES, type Translator, translator } from '../../src/i18n/index.js';
import { areaRenders, type Rendered } from './renders/index.js';
import { sandboxTexts } from './renders/sandbox.js';

const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]!))].sort();

/** Every human-readable string in a Block Kit payload (text, labels, fallbacks). */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['text', 'accessibility_label'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([childKey, child]) => strings(child, childKey));
}

/** Words that are English in no other language Pathway speaks ("will" and "was" are German too, so they are not here). */
const ENGLISH_WORDS = new Set([
  'the',
  'your',
  'you',
  'and',
  'with',
  'this',
  'that',
  'what',
  'when',
  'have',
  'has',
  'been',
  'from',
  'please',
  'yet',
  'not',
  'are',
  'is',
  'to',
  'of',
  'for',
  'here',
  'there',
  'they',
  'their',
]);

/** Renders still known to hold English (command argument hints, the parser's problems); this list only shrinks. */
const NOT_YET_TRANSLATED: string[] = [];

/** A rendered string without what stays the same in every language: code (command words), emoji, mentions, links, quoted titles. */
function withoutNeutral(text: string): string {
  return text
    .replace(/`[^`]*`/g, '')
    .replace(/:[a-z0-9_+-]+:/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[‘“«„][^’”»“]*[’”»“]/g, '')
    .replace(/https?:\/\/\S+/g, '');
}

/** What may stay the same in every language: command words, emoji, names, numbers, mentions. */
function isNeutral(text: string): boolean {
  const stripped = text
    .replace(/`[^`]*`/g, '')
    .replace(/:[a-z_]+:/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\d+\.\*/g, '')
    .replace(/Curso de consultoría|Pathway|Check-ins?/g, '')
    .replace(/[\d\W_]+/g, '');
  return stripped === '';
}

const milestone = {
  id: 'm1',
  position: 1,
  title: 'Curso de consultoría',
  dueDate: '2027-01-20',
  resources: [{ title: 'Guía', url: 'https://example.com/g' }],
};
const entry = (n: number) => ({ personId: `p${n}`, slackUserId: `U0P${n}`, displayName: `Person ${n}` });
const SCHEDULED: MessageContent[] = [
  { kind: 'milestone_nudge', stage: 'before', milestone, today: '2027-01-18' },
  { kind: 'milestone_nudge', stage: 'due', milestone, today: '2027-01-20' },
  { kind: 'milestone_nudge', stage: 'overdue-3', milestone, today: '2027-01-21' },
  { kind: 'checkin_reminder', dueDate: '2027-01-20', goalTitle: 'Curso de consultoría' },
  { kind: 'manager_reminder', report: entry(1), dueDate: '2027-01-20' },
  {
    kind: 'manager_digest',
    week: '2027-W03',
    digest: {
      onTrack: Array.from({ length: 20 }, (_, i) => entry(i)),
      overdue: [entry(1)],
      stalled: [entry(2)],
      awaitingCalibration: [entry(3)],
      noConversation: [entry(4)],
    },
  } as MessageContent,
  {
    kind: 'away_summary',
    awayFrom: '2027-01-01',
    awayUntil: '2027-01-15',
    fellDue: Array.from({ length: 12 }, (_, i) => ({ ...milestone, id: `m${i}`, position: i + 1 })),
    checkInDue: '2027-01-10',
  },
];

/** Every converted builder's output in one language, named. */
function renders(t: Translator): Array<[string, Rendered]> {
  const add = commandSpecs.find((spec) => spec.name === 'add')!;
  return [
    ['help', { blocks: helpBlocks({ admin: true }, t) }],
    ['unknown, suggested', { blocks: unknownCommandBlocks('ad', add, { admin: false }, t) }],
    ['unknown, listed', { blocks: unknownCommandBlocks('xyzzy', undefined, { admin: false }, t) }],
    ['invalid', { blocks: invalidCommandBlocks(add, ['give the milestone a title'], t) }],
    ...SCHEDULED.map((content, i): [string, { text: string; blocks: KnownBlock[] }] => [
      `${content.kind} ${i}`,
      renderScheduled(content, t),
    ]),
    ...areaRenders(t),
  ];
}

/** What a person reads in every render, by name, and in the sandbox's own texts (its page and answers). */
function readTexts(t: Translator): Array<[string, string[]]> {
  return [
    ...renders(t).map(([name, rendered]): [string, string[]] => [name, strings(rendered)]),
    ...sandboxTexts(t).map(([key, text]): [string, string[]] => [key, [text]]),
  ];
}

describe('message catalogs', () => {
  it('have the same keys and the same {placeholders} in every language', () => {
    const englishKeys = Object.keys(CATALOGS.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(CATALOGS[language]).sort(), language).toEqual(englishKeys);
      for (const key of englishKeys) {
        const message = (CATALOGS[language] as Record<string, string>)[key]!;
        expect(placeholders(message), `${language} ${key}`).toEqual(
          placeholders((CATALOGS.en as Record<string, string>)[key]!),
        );
        expect(
          () => new IntlMessageFormat(message, language, undefined, { ignoreTag: true }),
          `${language} ${key} is valid ICU`,
        ).not.toThrow();
      }
    }
  });

  it('a message read as it is written (no ICU syntax, so the translator skips the formatter) formats to itself', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const [key, message] of Object.entries(CATALOGS[language] as Record<string, string>)) {
        if (/[{}']/.test(message)) continue;
        expect(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).format(), key).toBe(message);
        expect(t.t(key as keyof typeof CATALOGS.en), key).toBe(message);
      }
    }
  });

  it('every help entry and help group has a translation (a new command without one fails here)', () => {
    const rendered = JSON.stringify(helpBlocks({ admin: true }, translator('en')));
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const other = JSON.stringify(helpBlocks({ admin: true }, translator(language)));
      for (const spec of commandSpecs.filter((s) => s.name !== 'help')) {
        expect(Object.keys(CATALOGS[language]), `help.cmd.${spec.name} in ${language}`).toContain(
          `help.cmd.${spec.name}`,
        );
      }
      expect(other).not.toEqual(rendered);
    }
  });

  for (const language of LANGUAGES) {
    it(`renders every converted builder in ${language} within Block Kit's limits, with fallback text`, () => {
      for (const [name, rendered] of renders(translator(language))) {
        if ('view' in rendered) {
          expect(() => expectValidView(rendered.view), `${language} ${name}`).not.toThrow();
          continue;
        }
        expect(() => expectValidBlocks(rendered.blocks, 'message'), `${language} ${name}`).not.toThrow();
        if (rendered.text !== undefined) expect(rendered.text.length, `${language} ${name}`).toBeGreaterThan(10);
      }
    });
  }

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`leaves no English in a ${language} render: no string is the same as in English unless it is only commands, names or emoji`, () => {
      const english = readTexts(translator('en'));
      const translated = readTexts(translator(language));
      const leftovers: string[] = [];
      translated.forEach(([name, texts], i) => {
        const englishStrings = new Set(english[i]![1]);
        for (const text of texts)
          if (englishStrings.has(text) && !isNeutral(text)) leftovers.push(`${name}: ${text.slice(0, 100)}`);
      });
      expect(leftovers).toEqual([]);
    });

    it(`leaves no common English word in a ${language} render`, () => {
      const found: string[] = [];
      for (const [name, texts] of readTexts(translator(language))) {
        if (NOT_YET_TRANSLATED.some((prefix) => name.startsWith(prefix))) continue;
        for (const text of texts) {
          const words = withoutNeutral(text)
            .toLowerCase()
            .split(/[^a-zäöüßáéíóúñ']+/);
          const english = words.filter((word) => ENGLISH_WORDS.has(word));
          if (english.length > 0) found.push(`${name}: ${english.join(', ')} in "${text.slice(0, 100)}"`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('areas have keys of their own (a key in two areas would silently hide one)', () => {
    const areas = [
      homeMessages,
      planMessages,
      checkinMessages,
      conversationsMessages,
      adminMessages,
      errorsMessages,
      mentoringMessages,
      sandboxMessages,
    ];
    const seen = new Map<string, number>();
    for (const key of areas.flatMap((area) => Object.keys(area.en))) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });

  it('formats dates, numbers and lists for the language', () => {
    expect(translator('en').date('2027-03-15')).toBe('Mon 15 Mar 2027');
    expect(translator('es').date('2027-03-15')).toMatch(/15.*mar.*2027/);
    expect(translator('de').date('2027-03-15')).toMatch(/15.*März.*2027/);
    expect(translator('de').number(1234.5)).toBe('1.234,5');
    expect(translator('es').list(['a', 'b', 'c'])).toBe('a, b y c');
    expect(translator('es').t('nudge.overdue', { title: 'X', date: 'd', days: 1 })).toContain('hace 1 día.');
    expect(translator('es').t('nudge.overdue', { title: 'X', date: 'd', days: 3 })).toContain('hace 3 días.');
  });
});
