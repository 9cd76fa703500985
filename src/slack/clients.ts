/**
 * Web API clients for work that does not start from a Slack request (the
 * scheduler's sender, notices after an admin action). Single-workspace mode has
 * one bot token; the OAuth install flow looks tokens up per workspace.
 */
import { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';

export interface SlackClients {
  /** A client for the workspace with this Slack team id, or null when Pathway has no token for it. */
  forTeam(teamId: string): Promise<WebClient | null>;
}

export function singleTokenClients(botToken: string, config: Pick<Config, 'slackApiUrl'>): SlackClients {
  const client = new WebClient(botToken, { slackApiUrl: config.slackApiUrl });
  return { forTeam: async () => client };
}
