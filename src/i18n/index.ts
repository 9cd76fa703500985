/**
 * Messages in the reader's language. Pure (no Slack, no database): catalogs of ICU messages
 * (plurals, selects) formatted with intl-messageformat — FormatJS's formatter alone, two small
 * dependencies, rather than i18next plus its ICU plugin, which wraps the same formatter — and
 * dates, numbers and lists through Intl for the language.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formatDate } from '../domain/dates.js';
import { LANGUAGES, type Language } from '../domain/language.js';
import { de } from './catalogs/de.js';
import { type Catalog, en, type MessageKey } from './catalogs/en.js';
import { es } from './catalogs/es.js';

export type { Catalog, MessageKey };
export { LANGUAGES, type Language };

export const CATALOGS: Record<Language, Catalog> = { en, es, de };

export type MessageValues = Record<string, string | number>;

export interface Translator {
  language: Language;
  /** The message `key` in this language, English when this catalog lacks it. */
  t(key: MessageKey, values?: MessageValues): string;
  /**
   * A message whose key is built at run time (a help entry for a command): English `fallback`
   * when no catalog has it, so a command added without a translation still shows in help.
   */
  lookup(key: string, fallback: string, values?: MessageValues): string;
  /** "Mon 15 Mar 2027" in English, "lun 15 mar 2027" in Spanish: a date (YYYY-MM-DD) for reading. */
  date(isoDate: string): string;
  number(value: number): string;
  /** "a, b and c" / "a, b y c" / "a, b und c". */
  list(items: readonly string[]): string;
}

/** A message ready to format: its text when nothing in it is ICU syntax, else its parsed formatter. */
type Compiled = string | IntlMessageFormat;

const formats = new Map<string, Compiled>();

function compile(language: Language, message: string): Compiled {
  // No argument, no quoting: the formatter would give the text back unchanged.
  if (!/[{}']/.test(message)) return message;
  return new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
}

function run(compiled: Compiled, values: MessageValues | undefined): string {
  if (typeof compiled === 'string') return compiled;
  const result = compiled.format(values);
  return typeof result === 'string' ? result : String(result);
}

function format(language: Language, message: string, values: MessageValues | undefined): string {
  const cacheKey = `${language}\u0000${message}`;
  let compiled = formats.get(cacheKey);
  if (compiled === undefined) {
    compiled = compile(language, message);
    formats.set(cacheKey, compiled);
  }
  return run(compiled, values);
}

/** Dates shown are few (due dates, check-ins) and read again and again: each is written once per language. */
const MAX_DATES = 4096;

const translators = new Map<Language, Translator>();

export function translator(language: Language = 'en'): Translator {
  const known = translators.get(language);
  if (known) return known;
  const catalog: Partial<Record<string, string>> = CATALOGS[language];
  const english: Partial<Record<string, string>> = CATALOGS.en;
  const dates = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const numbers = new Intl.NumberFormat(language);
  const lists = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  // By key, for the catalog messages (t()): no long cache key built from the message on every call.
  const byKey = new Map<string, Compiled>();
  const dateWords = new Map<string, string>();
  const made: Translator = {
    language,
    t(key, values) {
      let compiled = byKey.get(key);
      if (compiled === undefined) {
        const message = catalog[key];
        compiled = message !== undefined ? compile(language, message) : compile('en', english[key] ?? key);
        byKey.set(key, compiled);
      }
      return run(compiled, values);
    },
    lookup(key, fallback, values) {
      const message = catalog[key];
      return message !== undefined ? format(language, message, values) : format('en', english[key] ?? fallback, values);
    },
    date(isoDate) {
      let words = dateWords.get(isoDate);
      if (words === undefined) {
        // English keeps the app's own date form, which the rest of the English copy and its tests use.
        words = language === 'en' ? formatDate(isoDate) : dates.format(new Date(`${isoDate}T00:00:00Z`));
        if (dateWords.size >= MAX_DATES) dateWords.clear();
        dateWords.set(isoDate, words);
      }
      return words;
    },
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
  };
  translators.set(language, made);
  return made;
}

export const english: Translator = translator('en');
