/**
 * A mistake the person can fix: the message says what to type or do instead.
 * Listeners answer it ephemerally; anything else is an unexpected error.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
