/**
 * Erasing a person everywhere: the channel posts about them are deleted in
 * Slack first (chat.delete), then their data in one transaction. If a post
 * cannot be deleted, nothing is erased, so a later try still knows which
 * posts to remove; a post already gone counts as deleted.
 */
import type { WebClient } from '@slack/web-api';
import type { PrismaClient } from '../db/client.js';
import { platformErrorCode } from '../slack/platform-error.js';
import { erasePerson, postsAbout } from './data-rights.js';

const ALREADY_GONE = new Set(['message_not_found', 'channel_not_found', 'is_archived']);

/** `client` is null when Pathway has no token for the workspace any more: its posts cannot be reached. */
export async function eraseEverywhere(
  prisma: PrismaClient,
  client: WebClient | null,
  personId: string,
): Promise<{ postsDeleted: number }> {
  const posts = client ? await postsAbout(prisma, personId) : [];
  for (const post of posts) {
    try {
      await client!.chat.delete({ channel: post.channel, ts: post.ts });
    } catch (error) {
      if (!ALREADY_GONE.has(platformErrorCode(error) ?? '')) throw error;
    }
  }
  await erasePerson(prisma, personId);
  return { postsDeleted: posts.length };
}
