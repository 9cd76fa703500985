/**
 * Turns errors into answers: a UserError gets its own message (what to do
 * instead); anything else is logged with context and a reference id, and the
 * person sees a short apology with that id. Both in the reader's language: the
 * translator given, else the one last noted for the context's `userId` (i18n/readers.ts).
 */
import { randomBytes } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import { mrkdwn } from '../blocks/text.js';
import { UserError } from '../domain/errors.js';
import { english, type Translator } from '../i18n/index.js';
import { readerOf } from '../i18n/readers.js';
import { userErrorText } from '../i18n/user-errors.js';
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

/**
 * What a modal shows for a failure: a UserError's message in the reader's language, else an apology
 * with a logged reference id (`apology`'s words, or the usual short one in the reader's language).
 */
export function viewFailureMessage(
  logger: Logger,
  context: Record<string, unknown>,
  error: unknown,
  what: string,
  apology?: (reference: string, t: Translator) => string,
  t: Translator = readerOf(context),
): string {
  if (error instanceof UserError) return userErrorText(error, t);
  const reference = logViewFailure(logger, context, error, what);
  return apology ? apology(reference, t) : viewApology(reference, t);
}

/** The apology a modal shows beside its first field (short: Slack shows it under an input). */
export function viewApology(reference: string, t: Translator = english): string {
  return t.t('error.apology.view', { reference });
}

export function userErrorReply(message: string): Reply {
  return { text: message, blocks: [{ type: 'section', text: mrkdwn(`:warning: ${message}`) }] };
}

export function apologyReply(reference: string, t: Translator = english): Reply {
  const text = t.t('error.apology', { reference });
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:face_with_head_bandage: ${text}`) }] };
}

/** Slack gives a modal 3 s to open; a slow answer on our side or Slack's lets the trigger expire. */
export function expiredTriggerReply(t: Translator = english): Reply {
  return userErrorReply(t.t('error.expiredTrigger'));
}

/**
 * Runs `work`, answering what goes wrong: in `t`'s language when a caller has its reader's translator,
 * else in the language last noted for `context.userId`.
 */
export async function safely(
  logger: Logger,
  context: Record<string, unknown>,
  reply: (message: Reply) => Promise<unknown>,
  work: () => Promise<void>,
  t?: Translator,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reader = t ?? readerOf(context);
    if (error instanceof UserError) {
      await reply(userErrorReply(userErrorText(error, reader))).catch((replyError: unknown) =>
        logger.error({ ...context, err: replyError }, 'could not send the correction to the user'),
      );
      return;
    }
    if (platformErrorCode(error) === 'expired_trigger_id') {
      logger.warn({ ...context, err: error }, 'a modal trigger expired before it was used');
      await reply(expiredTriggerReply(reader)).catch((replyError: unknown) =>
        logger.error({ ...context, err: replyError }, 'could not tell the user the form did not open'),
      );
      return;
    }
    const reference = referenceId();
    logger.error({ ...context, err: error, reference }, 'listener failed');
    await reply(apologyReply(reference, reader)).catch((replyError: unknown) =>
      logger.error({ ...context, err: replyError, reference }, 'could not send the apology'),
    );
  }
}
