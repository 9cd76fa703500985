/**
 * Turns errors into answers: a UserError gets its own message (what to do
 * instead); anything else is logged with context and a reference id, and the
 * person sees a short apology with that id.
 */
import { randomBytes } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import { mrkdwn } from '../blocks/text.js';
import { UserError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import { noteRequestFailed } from '../metrics.js';
import { platformErrorCode } from '../slack/platform-error.js';

export interface Reply {
  text: string;
  blocks: KnownBlock[];
}

/** The reference of a failure the person is told about; the request counts as failed in the metrics. */
export function referenceId(): string {
  noteRequestFailed();
  return randomBytes(4).toString('hex').toUpperCase();
}

/**
 * Something failed while answering in a modal (the one way the views tell it): logs the error
 * with `context` and a reference id, and returns the id for the apology the person reads.
 */
export function logViewFailure(logger: Logger, context: Record<string, unknown>, error: unknown, what: string): string {
  const reference = referenceId();
  logger.error({ ...context, err: error, reference }, what);
  return reference;
}

/** What a modal shows for a failure: a UserError's own message, else `apology` with a logged reference id. */
export function viewFailureMessage(
  logger: Logger,
  context: Record<string, unknown>,
  error: unknown,
  what: string,
  apology: (reference: string) => string,
): string {
  return error instanceof UserError ? error.message : apology(logViewFailure(logger, context, error, what));
}

export function userErrorReply(message: string): Reply {
  return { text: message, blocks: [{ type: 'section', text: mrkdwn(`:warning: ${message}`) }] };
}

export function apologyReply(reference: string): Reply {
  const text = `Sorry, something went wrong on our side. Please try again in a minute; if it keeps happening, give your Pathway admin the reference ${reference}.`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:face_with_head_bandage: ${text}`) }] };
}

/** Slack gives a modal 3 s to open; a slow answer on our side or Slack's lets the trigger expire. */
const EXPIRED_TRIGGER =
  'That took too long to open: Slack gives a form 3 seconds. Please click or type the command again.';

export async function safely(
  logger: Logger,
  context: Record<string, unknown>,
  reply: (message: Reply) => Promise<unknown>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof UserError) {
      await reply(userErrorReply(error.message)).catch((replyError: unknown) =>
        logger.error({ ...context, err: replyError }, 'could not send the correction to the user'),
      );
      return;
    }
    if (platformErrorCode(error) === 'expired_trigger_id') {
      logger.warn({ ...context, err: error }, 'a modal trigger expired before it was used');
      await reply(userErrorReply(EXPIRED_TRIGGER)).catch((replyError: unknown) =>
        logger.error({ ...context, err: replyError }, 'could not tell the user the form did not open'),
      );
      return;
    }
    const reference = referenceId();
    logger.error({ ...context, err: error, reference }, 'listener failed');
    await reply(apologyReply(reference)).catch((replyError: unknown) =>
      logger.error({ ...context, err: replyError, reference }, 'could not send the apology'),
    );
  }
}
