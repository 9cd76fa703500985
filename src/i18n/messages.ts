/**
 * One area of the catalogs (Home, plans, check-ins…): its messages in every language side by side,
 * so a translator reads them together and the compiler refuses a language with a key missing or extra
 * (and, once a language joins LANGUAGES, every area that lacks it).
 */
import type { Language } from '../domain/language.js';

export type AreaMessages<K extends string> = { readonly [L in Language]: Readonly<Record<K, string>> };

/** English decides the keys; every other language must have exactly the same ones. */
export function defineMessages<K extends string>(
  messages: { en: Record<K, string> } & { [L in Exclude<Language, 'en'>]: Record<NoInfer<K>, string> },
): AreaMessages<K> {
  return messages;
}
