/**
 * How slash commands answer: ephemerally on the response_url, as Slack
 * intends. That URL can fail: Slack answering 5xx or 429, the network, or no
 * answer at all (retried twice, briefly), or 404 once it has expired or been
 * used up (five answers within 30 minutes). Then the same answer goes to the
 * same person in the same channel with chat.postEphemeral, so a Slack hiccup
 * that the Web API survives never leaves them with silence. If that fails
 * too, the error reaches safely(), which logs it with a reference id.
 */
import { type BlockAction, RespondError, type RespondFn } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';
import type { ListenerDeps } from './deps.js';
import type { Reply } from './safely.js';

/** Waits between response_url attempts; the ack is long sent, so these only delay the answer. */
const RETRY_DELAYS_MS = [250, 1000];
/** A response_url that has not answered by then is given up on. */
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface EphemeralTarget {
  respond: RespondFn;
  client: WebClient;
  /** Where the person typed or clicked; without one there is no second way to answer. */
  channelId: string | undefined;
  userId: string;
  logger: Logger;
  context: Record<string, unknown>;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** 404 (expired or used up) and other 4xx will not get better by trying again; 429, 5xx, timeouts and network errors may. */
function worthRetrying(error: unknown): boolean {
  if (error instanceof RespondError)
    return error.statusCode === undefined || error.statusCode === 429 || error.statusCode >= 500;
  return true;
}

export function ephemeralReply(target: EphemeralTarget): (message: Reply) => Promise<void> {
  return async (message) => {
    let lastError: unknown;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt += 1) {
      try {
        await withTimeout(
          target.respond({ response_type: 'ephemeral', replace_original: false, ...message }),
          ATTEMPT_TIMEOUT_MS,
        );
        return;
      } catch (error) {
        lastError = error;
        if (!worthRetrying(error) || attempt === RETRY_DELAYS_MS.length) break;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
    if (target.channelId === undefined) throw lastError;
    target.logger.warn(
      { ...target.context, err: lastError },
      'response_url failed; answering with chat.postEphemeral instead',
    );
    await target.client.chat.postEphemeral({
      channel: target.channelId,
      user: target.userId,
      text: message.text,
      blocks: message.blocks,
    });
  };
}

/**
 * For buttons that live only in messages. Bolt gives no respond() to a click
 * without a response_url (from Home, or forged); that click gets no answer.
 */
export function messageButtonReply(
  args: { body: BlockAction; respond: RespondFn | undefined; client: WebClient },
  logger: Logger,
  context: Record<string, unknown>,
): (message: Reply) => Promise<void> {
  const { body, respond, client } = args;
  if (typeof respond !== 'function') return async () => undefined;
  return ephemeralReply({ respond, client, channelId: body.channel?.id, userId: body.user.id, logger, context });
}

/** Posts an ephemeral answer to a response_url kept from the message a modal was opened from (or replaces that message). */
export async function answerAt(
  deps: ListenerDeps,
  responseUrl: string,
  message: { text: string; blocks: KnownBlock[] },
  replaceOriginal = false,
): Promise<void> {
  try {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: replaceOriginal, ...message }),
    });
    if (!response.ok) deps.logger.warn({ status: response.status }, 'response_url refused the confirmation');
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not post the confirmation to the response_url');
  }
}
