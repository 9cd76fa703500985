/**
 * A mistake the person can fix: the message says what to type or do instead.
 * Listeners answer it ephemerally; anything else is an unexpected error.
 */
export class UserError extends Error {
  /**
   * `message` is the English text (logs and English readers see it); `translation`, when given, names the
   * catalog message and its values, so the answer can be written in the reader's language. Plain strings:
   * the domain knows nothing of catalogs.
   */
  constructor(
    message: string,
    readonly translation?: { key: string; values?: Readonly<Record<string, string | number>> },
  ) {
    super(message);
    this.name = 'UserError';
  }
}
