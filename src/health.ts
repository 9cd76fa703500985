/**
 * What /readyz reports: the database (a trivial query, with a time limit that
 * also ends the query) and
 * Slack (auth.test with the bot token, or api.test in OAuth mode where there
 * is no single token), the latter cached briefly so a load balancer polling
 * every second does not turn into Web API traffic. A failing check is a 503
 * with the reason; the process keeps running and recovers on its own.
 */
import { type Logger as SlackLogger, WebClient } from '@slack/web-api';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';

export interface Readiness {
  ok: boolean;
  checks: Record<string, boolean | string>;
  /** Why a check failed, by check name; absent when every check passed. */
  problems?: Record<string, string>;
}

type Check = { ok: true } | { ok: false; reason: string };

const DATABASE_TIMEOUT_MS = 2_000;
const SLACK_TIMEOUT_MS = 3_000;
export const SLACK_CHECK_TTL_MS = 30_000;

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Prisma's messages span lines; the last non-empty one names the cause.
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? 'unknown error').slice(0, 200);
}

async function checkDatabase(db: Database): Promise<Check> {
  try {
    // The probe cancels its own query: a load balancer polling during an outage must not pin a pooled connection a poll.
    await db.probe(DATABASE_TIMEOUT_MS);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

function slackProbe(config: Config, logger: SlackLogger): (() => Promise<unknown>) | undefined {
  const options = { slackApiUrl: config.slackApiUrl, timeout: SLACK_TIMEOUT_MS, retryConfig: { retries: 0 }, logger };
  switch (config.slack.kind) {
    case 'offline':
      return undefined;
    case 'oauth': {
      const client = new WebClient(undefined, options);
      return () => client.api.test({});
    }
    case 'http':
    case 'socket': {
      const client = new WebClient(config.slack.botToken, options);
      return () => client.auth.test({});
    }
  }
}

export function readinessChecks(
  config: Config,
  db: Database,
  clock: Clock,
  logger: SlackLogger,
): () => Promise<Readiness> {
  const probe = slackProbe(config, logger);
  let cached: { at: number; check: Check } | undefined;
  const checkSlack = async (): Promise<Check> => {
    const now = clock.now().getTime();
    if (probe === undefined) return { ok: true };
    if (cached && now - cached.at < SLACK_CHECK_TTL_MS) return cached.check;
    const check: Check = await probe().then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, reason: reasonOf(error) }),
    );
    cached = { at: now, check };
    return check;
  };
  return async () => {
    const [database, slack] = await Promise.all([checkDatabase(db), checkSlack()]);
    const problems: Record<string, string> = {};
    if (!database.ok) problems.database = database.reason;
    if (!slack.ok) problems.slack = slack.reason;
    return {
      ok: database.ok && slack.ok,
      checks: { database: database.ok, slack: probe === undefined ? config.slack.kind : slack.ok },
      ...(Object.keys(problems).length > 0 ? { problems } : {}),
    };
  };
}
