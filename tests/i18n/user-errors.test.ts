/**
 * Errors people can fix, in every language: each key a service raises exists and renders in Spanish
 * and German, the English text stays the error's message, and the parser's problems read back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invalidCommandBlocks } from '../../src/blocks/help.js';
import {
  COMMAND_PROBLEMS,
  type CommandProblemCode,
  commandProblem,
  commandSpecs,
  parseCommand,
  readCommandProblem,
} from '../../src/domain/commands.js';
import { DATE_PROBLEMS } from '../../src/domain/date-phrases.js';
import { CATALOGS, translator } from '../../src/i18n/index.js';
import { noteReader } from '../../src/i18n/readers.js';
import { type UserErrorKey, userError, userErrorText } from '../../src/i18n/user-errors.js';
import { type Reply, safely } from '../../src/listeners/safely.js';
import { createLogger } from '../../src/logger.js';
import { sourceFiles } from './literals.js';
import { SAMPLE_ERROR_VALUES } from './renders/errors.js';

const raised = [...sourceFiles('src/services'), 'src/slack/files.ts'].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/userError\(\s*(?:[^'()]*\?\s*)?'([\w.]+)'(?:\s*:\s*'([\w.]+)')?/g)].flatMap(
    (match) => [match[1], match[2]].filter((key): key is string => key !== undefined),
  ),
);

describe('user errors', () => {
  it('finds the keys services raise', () => {
    expect(raised.length).toBeGreaterThan(60);
    expect(raised).toContain('error.milestones.noSuchNumber');
  });

  it('every key a service raises is in every catalog and reads differently in Spanish and German', () => {
    for (const key of new Set(raised)) {
      const english = userErrorText(userError(key as UserErrorKey, SAMPLE_ERROR_VALUES), translator('en'));
      for (const language of ['es', 'de'] as const) {
        expect(Object.keys(CATALOGS[language]), `${key} in ${language}`).toContain(key);
        const text = userErrorText(userError(key as UserErrorKey, SAMPLE_ERROR_VALUES), translator(language));
        expect(text, `${key} in ${language}`).not.toBe(english);
      }
    }
  });

  it('keeps the English words as the message and shows ISO dates as dates in the reader’s language', () => {
    const error = userError('error.milestones.pastDate', { dueDate: '2027-01-04', todayDate: '2027-01-11' });
    expect(error.message).toBe(
      'Mon 4 Jan 2027 is in the past (today is Mon 11 Jan 2027 where you are): pick today or a later date.',
    );
    expect(userErrorText(error, translator('de'))).toMatch(/^Mo\., 4\. Jan\. 2027 liegt in der Vergangenheit/);
  });

  it('answers in the language last noted for the person, or the translator a caller gives', async () => {
    const replies: Reply[] = [];
    const reply = async (message: Reply) => {
      replies.push(message);
    };
    const logger = createLogger('silent');
    noteReader('U0LUCIA', 'es');
    await safely(logger, { userId: 'U0LUCIA' }, reply, async () => {
      throw userError('error.managers.ownManager');
    });
    await safely(logger, { userId: 'U0NOBODY' }, reply, async () => {
      throw userError('error.managers.ownManager');
    });
    await safely(
      logger,
      { userId: 'U0LUCIA' },
      reply,
      async () => {
        throw new Error('boom');
      },
      translator('de'),
    );
    expect(replies.map((r) => r.text)).toEqual([
      'Nadie puede ser su propio mánager.',
      'A person cannot be their own manager.',
      expect.stringMatching(/^Entschuldigung, bei uns ist etwas schiefgelaufen\. .* Referenz [0-9A-F]{8}\.$/),
    ]);
  });
});

describe('the command parser’s problems', () => {
  it('have the same English in the catalog, and a Spanish and German translation', () => {
    for (const code of Object.keys(COMMAND_PROBLEMS) as CommandProblemCode[]) {
      expect((CATALOGS.en as Record<string, string>)[`problem.${code}`], code).toBe(COMMAND_PROBLEMS[code]);
      expect((CATALOGS.es as Record<string, string>)[`problem.${code}`], code).not.toBe(COMMAND_PROBLEMS[code]);
      expect((CATALOGS.de as Record<string, string>)[`problem.${code}`], code).not.toBe(COMMAND_PROBLEMS[code]);
    }
  });

  it('read back their code and values from the words', () => {
    expect(readCommandProblem(commandProblem('notAMilestoneNumber', { typed: 'two' }))).toEqual({
      code: 'notAMilestoneNumber',
      values: { typed: 'two' },
    });
    expect(readCommandProblem('give the milestone a title')).toEqual({ code: 'titleMissing', values: {} });
    expect(readCommandProblem('"31/02/2027" does not exist on the calendar')).toBeUndefined();
  });
});

describe('dates that could not be read', () => {
  it('have the same English in the catalog, and a Spanish and German translation', () => {
    for (const code of Object.keys(DATE_PROBLEMS) as Array<keyof typeof DATE_PROBLEMS>) {
      expect((CATALOGS.en as Record<string, string>)[`problem.date.${code}`], code).toBe(DATE_PROBLEMS[code]);
      for (const language of ['es', 'de'] as const)
        expect((CATALOGS[language] as Record<string, string>)[`problem.date.${code}`], code).not.toBe(
          DATE_PROBLEMS[code],
        );
    }
  });

  it('reach a mistyped command in the reader’s language, the month named in it', () => {
    const add = commandSpecs.find((spec) => spec.name === 'add')!;
    const shown = (text: string, language: 'es' | 'de') => {
      const parsed = parseCommand(text, { today: '2027-01-11' });
      if (parsed.ok || parsed.kind !== 'invalid') throw new Error(`expected a problem with ${text}`);
      return JSON.stringify(invalidCommandBlocks(add, parsed.problems, translator(language)));
    };
    expect(shown('add Taller by someday', 'es')).toContain('No he podido leer \\"someday\\" como fecha');
    expect(shown('add Taller by 31 April 2027', 'es')).toContain('abril de 2027 tiene 30 días');
    expect(shown('add Taller by 31 April 2027', 'de')).toContain('April 2027 hat 30 Tage');
  });
});

describe('command forms in help', () => {
  it('name their placeholders in the reader’s language and keep the command words', async () => {
    const { helpBlocks } = await import('../../src/blocks/help.js');
    const spanish = JSON.stringify(helpBlocks({ admin: false }, translator('es')));
    expect(spanish).toContain('`/pathway feedback [@colega …] [números de señal]`');
    expect(spanish).toContain('`/pathway add <título> by <fecha>`');
    expect(spanish).toContain('`/pathway target <fecha> [all]`');
    expect(JSON.stringify(helpBlocks({ admin: false }))).toContain(
      '`/pathway feedback [@colleague …] [signal numbers]`',
    );
  });
});
