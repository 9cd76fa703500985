/**
 * Errors people can fix, in their language. Services raise them with `userError(key, values)`: the
 * English text becomes the error's message (logs and English readers see the same words as ever) and
 * the key travels with it, so whoever answers the person writes it in the reader's language.
 */
import { UserError } from '../domain/errors.js';
import type { errorsMessages } from './areas/errors.js';
import { english, type MessageValues, type Translator } from './index.js';

/** The catalog messages a service may raise as a UserError. */
export type UserErrorKey = Extract<keyof (typeof errorsMessages)['en'], `error.${string}`>;

/** Values named `…Date` hold ISO dates (YYYY-MM-DD): written as dates in the reader's language. */
function readable(values: Readonly<MessageValues> | undefined, t: Translator): MessageValues | undefined {
  if (values === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      name.endsWith('Date') && typeof value === 'string' ? t.date(value) : value,
    ]),
  );
}

export function userError(key: UserErrorKey, values?: MessageValues): UserError {
  return new UserError(english.t(key, readable(values, english)), { key, values });
}

/** What the person reads for `error`: its catalog message in their language, or its own text when it has none. */
export function userErrorText(error: UserError, t: Translator): string {
  const translation = error.translation;
  if (translation === undefined) return error.message;
  return t.lookup(translation.key, error.message, readable(translation.values, t));
}
