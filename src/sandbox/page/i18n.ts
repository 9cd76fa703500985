/**
 * The page's own words in the visitor's language: the sandbox area of the catalogs
 * (src/i18n/areas/sandbox.ts), bundled into the page and formatted with the same ICU formatter
 * as the app, so there is one copy of each message and a language missing one does not compile.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../domain/language.js';
import { type SandboxMessageKey, sandboxMessages } from '../../i18n/areas/sandbox.js';

export type { SandboxMessageKey };
export type PageValues = Record<string, string | number>;

const formats = new Map<string, IntlMessageFormat>();

/** The message `key` in `language`, with its {placeholders} filled. */
export function translate(language: Language, key: SandboxMessageKey, values?: PageValues): string {
  const cacheKey = `${language}\u0000${key}`;
  let formatter = formats.get(cacheKey);
  if (formatter === undefined) {
    formatter = new IntlMessageFormat(sandboxMessages[language][key], language, undefined, { ignoreTag: true });
    formats.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

/** A key written in index.html (`data-i18n="sandbox.title"`), which the compiler cannot check. */
export function isSandboxMessageKey(key: string | undefined): key is SandboxMessageKey {
  return key !== undefined && Object.hasOwn(sandboxMessages.en, key);
}
