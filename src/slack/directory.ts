/**
 * Who Slack knows, for the people import: users.lookupByEmail for emails and
 * users.info for ids. A deactivated user or a bot counts as unknown.
 */
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { SlackDirectory } from '../services/people-import.js';
import { platformErrorCode } from './platform-error.js';

const slackUser = z.object({ id: z.string(), deleted: z.boolean().optional(), is_bot: z.boolean().optional() });

/** Slack's answer when the lookup finds no one: not a failure, just unknown. */
const NOT_FOUND = new Set(['users_not_found', 'user_not_found', 'user_not_visible']);

async function activeUser(lookup: () => Promise<{ user?: unknown }>): Promise<z.infer<typeof slackUser> | null> {
  try {
    const user = slackUser.parse((await lookup()).user);
    return user.deleted || user.is_bot ? null : user;
  } catch (error) {
    if (NOT_FOUND.has(platformErrorCode(error) ?? '')) return null;
    throw error;
  }
}

export function slackDirectory(client: WebClient): SlackDirectory {
  return {
    userIdByEmail: async (email) => (await activeUser(() => client.users.lookupByEmail({ email })))?.id ?? null,
    userExists: async (userId) => (await activeUser(() => client.users.info({ user: userId }))) !== null,
  };
}
