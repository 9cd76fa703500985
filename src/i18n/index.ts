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

const formats = new Map<string, IntlMessageFormat>();

function format(language: Language, message: string, values: MessageValues | undefined): string {
  const cacheKey = `${language}\u0000${message}`;
  let formatter = formats.get(cacheKey);
  if (formatter === undefined) {
    formatter = new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
    formats.set(cacheKey, formatter);
  }
  const result = formatter.format(values);
  return typeof result === 'string' ? result : String(result);
}

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
  const made: Translator = {
    language,
    t: (key, values) => made.lookup(key, english[key] ?? key, values),
    lookup(key, fallback, values) {
      const message = catalog[key];
      return message !== undefined ? format(language, message, values) : format('en', english[key] ?? fallback, values);
    },
    // English keeps the app's own date form, which the rest of the English copy and its tests use.
    date: (isoDate) => (language === 'en' ? formatDate(isoDate) : dates.format(new Date(`${isoDate}T00:00:00Z`))),
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
  };
  translators.set(language, made);
  return made;
}

export const english: Translator = translator('en');
