/**
 * Each person's language as last read, by Slack user id: what safely() and viewFailureMessage()
 * write corrections and apologies in, without every listener handing them its translator. Every
 * request reads its person's profile first (services/profile.ts notes the language there), so a
 * failure later in the same request finds the person's current language; someone not yet seen by
 * this process reads English. A small map rather than AsyncLocalStorage, which on Node 20 would hook
 * every promise (see metrics.ts).
 */
import { type Language, type Translator, translator } from './index.js';

/** Enough for every active person of a large workspace; the oldest entry goes first. */
const MAX_READERS = 10_000;
const readers = new Map<string, Language>();

export function noteReader(slackUserId: string, language: Language): void {
  readers.delete(slackUserId);
  readers.set(slackUserId, language);
  if (readers.size > MAX_READERS) {
    const oldest = readers.keys().next();
    if (!oldest.done) readers.delete(oldest.value);
  }
}

/** The translator for the person named by a log context's `userId` (as safely()'s callers give it). */
export function readerOf(context: Record<string, unknown>): Translator {
  const userId = context.userId;
  return translator(typeof userId === 'string' ? (readers.get(userId) ?? 'en') : 'en');
}

/** A newly started app has seen no one yet (the tests start many apps in one process). */
export function forgetReaders(): void {
  readers.clear();
}
