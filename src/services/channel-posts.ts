/**
 * Delivering celebration posts and wins digests to channels. Unlike a DM, a
 * channel post can fail because the bot is not in the channel: Pathway joins a
 * public channel and posts again; for a private (or archived) channel it tells
 * the person and the admins how to fix it. Never silent.
 *
 * The outbox sender calls `deliverChannelPost` for rows whose kind is in
 * CHANNEL_POST_KINDS, instead of its plain chat.postMessage, and marks the row
 * sent (with `ts`) or failed (with `error`, not to be retried) by the result.
 */
import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { type ChannelProblem, channelProblemOf } from '../domain/celebrations.js';
import type { OutboxMessage } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { platformErrorCode } from '../slack/platform-error.js';
import { type CelebrationMessages, reportChannelProblem } from './celebrations.js';
import { type OutboxPayload, outboxPayloadSchema } from './outbox.js';

export type ChannelPostResult =
  | { ok: true; channel: string; ts: string }
  /** Cannot be posted until someone acts (`problem` says why); retrying does not help. */
  | { ok: false; error: string; problem: ChannelProblem };

async function post(
  client: WebClient,
  channel: string,
  payload: OutboxPayload,
): Promise<{ channel: string; ts: string }> {
  const answer = await client.chat.postMessage({
    channel,
    text: payload.text,
    ...(payload.blocks ? { blocks: payload.blocks } : {}),
  });
  if (!answer.ts) throw new Error(`chat.postMessage to ${channel} answered without a ts`);
  return { channel: answer.channel ?? channel, ts: answer.ts };
}

/** A channel-access failure as a result; anything else (rate limit, network, bad request) is thrown again. */
function accessFailure(error: unknown): ChannelPostResult {
  const code = platformErrorCode(error);
  const problem = code === undefined ? null : channelProblemOf(code);
  if (code === undefined || problem === null) throw error;
  return { ok: false, error: code, problem };
}

/**
 * Posts in a channel. When the bot is not in a public channel
 * (not_in_channel), joins it (channels:join) and posts again. Errors other
 * than channel access (rate limits, network) are thrown for the sender's retry.
 */
export async function postInChannel(
  client: WebClient,
  channel: string,
  payload: OutboxPayload,
): Promise<ChannelPostResult> {
  try {
    return { ok: true, ...(await post(client, channel, payload)) };
  } catch (error) {
    if (platformErrorCode(error) !== 'not_in_channel') return accessFailure(error);
  }
  try {
    await client.conversations.join({ channel });
  } catch (error) {
    return accessFailure(error);
  }
  return { ok: true, ...(await post(client, channel, payload)) };
}

export interface ChannelPostDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  /** PATHWAY_ADMINS, told about channel problems beside the workspace's Slack admins. */
  adminUserIds: readonly string[];
}

/** Delivers one outbox row of a channel-post kind; on a channel problem, tells the person and the admins. */
export async function deliverChannelPost(
  deps: ChannelPostDeps,
  client: WebClient,
  row: Pick<OutboxMessage, 'id' | 'workspaceId' | 'kind' | 'dedupeKey' | 'recipient' | 'payload'>,
  messages: CelebrationMessages,
): Promise<ChannelPostResult> {
  const result = await postInChannel(client, row.recipient, outboxPayloadSchema.parse(row.payload));
  if (!result.ok) {
    deps.logger.warn(
      { outboxId: row.id, channel: row.recipient, error: result.error },
      'cannot post in the celebration channel; telling the person and the admins',
    );
    await reportChannelProblem(deps.prisma, deps.clock, row, result.problem, deps.adminUserIds, messages);
  }
  return result;
}
