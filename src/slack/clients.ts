/**
 * Web API clients for work that does not start from a Slack request (the
 * scheduler's sender, notices after an admin action). Single-workspace mode has
 * one bot token; the OAuth install flow looks tokens up per workspace.
 */
import webApi, { WebClient } from '@slack/web-api';

// A CommonJS package: Node's ESM loader finds WebClient as a named export but not retryPolicies.
const { retryPolicies } = webApi;

import type { Config } from '../config.js';
import { countingSlackFetch } from '../metrics.js';
import type { PrismaInstallationStore } from './installation-store.js';

export interface SlackClients {
  /** A client for the workspace with this Slack team id, or null when Pathway has no token for it. */
  forTeam(teamId: string): Promise<WebClient | null>;
}

/**
 * Background clients fail fast: a 429 is thrown (with its Retry-After) and
 * nothing is retried inside the client, so the outbox sender's own rate
 * limiter, backoff and attempt count see every answer.
 */
export const BACKGROUND_CLIENT_OPTIONS = {
  rejectRateLimitedCalls: true,
  retryConfig: { retries: 0 },
  timeout: 15_000,
  fetch: countingSlackFetch,
} as const;

/**
 * Clients that answer a person (Bolt's listener clients): the library default
 * has no timeout and retries failures for about 30 minutes, which would hold a
 * request long after the person gave up. A hung call fails after 15 s and
 * failures are retried for up to five minutes at most.
 */
export const REQUEST_CLIENT_OPTIONS = {
  timeout: 15_000,
  retryConfig: retryPolicies.fiveRetriesInFiveMinutes,
  fetch: countingSlackFetch,
} as const;

export function singleTokenClients(botToken: string, config: Pick<Config, 'slackApiUrl'>): SlackClients {
  const client = new WebClient(botToken, { slackApiUrl: config.slackApiUrl, ...BACKGROUND_CLIENT_OPTIONS });
  return { forTeam: async () => client };
}

/** Looks the bot token up in the installation store (OAuth mode); null once the workspace uninstalled Pathway. */
export function installationClients(
  store: Pick<PrismaInstallationStore, 'botFor'>,
  config: Pick<Config, 'slackApiUrl'>,
): SlackClients {
  const clients = new Map<string, WebClient>();
  return {
    async forTeam(teamId) {
      const bot = await store.botFor(teamId);
      if (bot === undefined) return null;
      // One client per token: a re-install or a rotated token gets a fresh one.
      const key = `${teamId}:${bot.token}`;
      let client = clients.get(key);
      if (client === undefined) {
        for (const stale of [...clients.keys()].filter((known) => known.startsWith(`${teamId}:`)))
          clients.delete(stale);
        client = new WebClient(bot.token, { slackApiUrl: config.slackApiUrl, teamId, ...BACKGROUND_CLIENT_OPTIONS });
        clients.set(key, client);
      }
      return client;
    },
  };
}
