/**
 * One area of the catalogs (Home, plans, check-ins…): its messages in every language side by side,
 * so a translator reads them together and the compiler refuses a language with a key missing or extra.
 */
import type { Language } from '../domain/language.js';

export type AreaMessages<K extends string> = { readonly [L in Language]: Readonly<Record<K, string>> };

/** English decides the keys; Spanish and German must have exactly the same ones. */
export function defineMessages<K extends string>(messages: {
  en: Record<K, string>;
  es: Record<NoInfer<K>, string>;
  de: Record<NoInfer<K>, string>;
}): AreaMessages<K> {
  return messages;
}
