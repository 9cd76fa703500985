/**
 * Web API clients for work that does not start from a Slack request (the
 * scheduler's sender, notices after an admin action). Single-workspace mode has
 * one bot token; the OAuth install flow looks tokens up per workspace.
 */
import { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import type { PrismaInstallationStore } from './installation-store.js';

export interface SlackClients {
  /** A client for the workspace with this Slack team id, or null when Pathway has no token for it. */
  forTeam(teamId: string): Promise<WebClient | null>;
}

export function singleTokenClients(botToken: string, config: Pick<Config, 'slackApiUrl'>): SlackClients {
  const client = new WebClient(botToken, { slackApiUrl: config.slackApiUrl });
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
        for (const stale of [...clients.keys()].filter((known) => known.startsWith(`${teamId}:`))) clients.delete(stale);
        client = new WebClient(bot.token, { slackApiUrl: config.slackApiUrl, teamId });
        clients.set(key, client);
      }
      return client;
    },
  };
}
