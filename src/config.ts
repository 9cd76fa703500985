/**
 * The one place that reads the environment. Every variable is validated with
 * zod; a bad value stops the process at start with one line per problem.
 */
import cron from 'node-cron';
import { z } from 'zod';
import { decodeKey, type TokenKeys } from './crypto/token-cipher.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_BOT_TOKEN: optionalText.pipe(
      z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional(),
    ),
    SLACK_APP_TOKEN: optionalText.pipe(
      z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional(),
    ),
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    TOKEN_ENCRYPTION_KEY: optionalText.pipe(
      z
        .string()
        .refine(
          (text) => decodeKey(text) !== undefined,
          'must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)',
        )
        .optional(),
    ),
    TOKEN_ENCRYPTION_OLD_KEYS: optionalText.pipe(
      z
        .string()
        .refine(
          (text) => text.split(',').every((key) => decodeKey(key) !== undefined),
          'must be a comma-separated list of earlier TOKEN_ENCRYPTION_KEY values (32 bytes in base64 each)',
        )
        .optional(),
    ),
    SLACK_API_URL: optionalText
      .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' }).optional())
      .transform((url) => (url ?? 'https://slack.com/api/').replace(/\/?$/, '/')),
    DATABASE_URL: optionalText.pipe(
      z
        .url({
          protocol: /^postgres(ql)?$/,
          error: 'must be a PostgreSQL URL such as postgresql://user@localhost:5432/pathway',
        })
        .optional(),
    ),
    DATA_DIR: optionalText.transform((dir) => dir ?? './data'),
    PORT: optionalText
      .transform((port) => port ?? '3000')
      .pipe(z.string().regex(/^\d+$/, 'must be a port number such as 3000'))
      .transform(Number)
      .pipe(z.number().int().min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535')),
    TZ_DEFAULT: optionalText
      .transform((zone) => zone ?? 'UTC')
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
    LOG_LEVEL: optionalText
      .transform((level) => level ?? 'info')
      .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
    LOG_FORMAT: optionalText
      .transform((format) => format ?? 'auto')
      .pipe(z.enum(['pretty', 'json', 'auto'], 'must be pretty (readable lines), json (one object a line) or auto')),
    METRICS_PORT: optionalText.pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a port number such as 9464 (leave it unset to serve no metrics)')
        .transform(Number)
        .pipe(z.number().int().min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535'))
        .optional(),
    ),
    SCHEDULER_TICK: optionalText
      .transform((tick) => tick ?? '* * * * *')
      .refine(
        (tick) => cron.validate(tick),
        'must be a cron expression such as "* * * * *" (every minute) or "*/5 * * * *"',
      ),
    SCHEDULER_ENABLED: optionalText
      .transform((flag) => flag ?? 'true')
      .pipe(z.enum(['true', 'false'], 'must be true or false'))
      .transform((flag) => flag === 'true'),
    SENDER_RATE_PER_WORKSPACE: optionalText
      .transform((rate) => rate ?? '5')
      .pipe(z.string().regex(/^\d+(\.\d+)?$/, 'must be messages a second, such as 5'))
      .transform(Number)
      .pipe(
        z.number().min(0.1, 'must be at least 0.1 messages a second').max(100, 'must be at most 100 messages a second'),
      ),
    PATHWAY_ADMINS: optionalText
      .transform((list) =>
        (list ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(/^[UW][A-Z0-9]{2,}$/, 'must be Slack user ids separated by commas, such as U012AB3CD,U045EF6GH'),
        ),
      ),
  })
  .superRefine((env, ctx) => {
    const oauth = [env.SLACK_CLIENT_ID, env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET];
    if (oauth.some(Boolean) && !oauth.every(Boolean)) {
      for (const [key, value] of [
        ['SLACK_CLIENT_ID', env.SLACK_CLIENT_ID],
        ['SLACK_CLIENT_SECRET', env.SLACK_CLIENT_SECRET],
        ['SLACK_STATE_SECRET', env.SLACK_STATE_SECRET],
      ] as const) {
        if (!value)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'required for the OAuth install flow (set all three or none)',
          });
      }
    }
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['METRICS_PORT'],
        message: 'must differ from PORT: metrics are served on a port of their own',
      });
    }
    const anySlack = Boolean(
      env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET || oauth.some(Boolean),
    );
    if (!anySlack) return;
    const hasTokenSource = Boolean(env.SLACK_BOT_TOKEN || oauth.every(Boolean));
    if (!hasTokenSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'required to call Slack (the xoxb- token from OAuth & Permissions)',
      });
    }
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
      });
    }
    if (oauth.every(Boolean) && !env.TOKEN_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['TOKEN_ENCRYPTION_KEY'],
        message:
          'required with the OAuth install flow, to encrypt bot tokens at rest (generate one with: openssl rand -base64 32)',
      });
    }
    if (env.SLACK_APP_TOKEN && oauth.every(Boolean) && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required with the OAuth install flow, which runs over HTTP',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export type SlackMode =
  | { kind: 'offline' }
  | { kind: 'http'; signingSecret: string; botToken: string }
  | { kind: 'socket'; appToken: string; botToken: string; signingSecret?: string }
  | {
      kind: 'oauth';
      signingSecret: string;
      clientId: string;
      clientSecret: string;
      stateSecret: string;
      appToken?: string;
      /** Seal bot tokens at rest (TOKEN_ENCRYPTION_KEY, TOKEN_ENCRYPTION_OLD_KEYS). */
      tokenKeys: TokenKeys;
    };

export interface Config {
  slack: SlackMode;
  slackApiUrl: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  port: number;
  defaultTimeZone: string;
  logLevel: Env['LOG_LEVEL'];
  /** Readable lines or JSON lines; `auto` picks readable lines on a terminal. */
  logFormat: Env['LOG_FORMAT'];
  /** Port of the Prometheus endpoint (GET /metrics); undefined serves no metrics. */
  metricsPort: number | undefined;
  /** Slack user ids that are Pathway admins besides the workspace's Slack admins and owners. */
  adminUserIds: readonly string[];
  /** Background nudges: on or off in this process, planning tick (cron), the sender's messages a second per workspace. */
  scheduler: { enabled: boolean; tick: string; workspaceRatePerSecond: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
  }
}

function tokenKeys(env: Env): TokenKeys | undefined {
  const current = env.TOKEN_ENCRYPTION_KEY ? decodeKey(env.TOKEN_ENCRYPTION_KEY) : undefined;
  if (current === undefined) return undefined;
  const old = (env.TOKEN_ENCRYPTION_OLD_KEYS ?? '').split(',').flatMap((text) => decodeKey(text) ?? []);
  return { current, old };
}

function slackMode(env: Env): SlackMode {
  const keys = tokenKeys(env);
  if (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET && env.SLACK_SIGNING_SECRET && keys) {
    return {
      kind: 'oauth',
      signingSecret: env.SLACK_SIGNING_SECRET,
      clientId: env.SLACK_CLIENT_ID,
      clientSecret: env.SLACK_CLIENT_SECRET,
      stateSecret: env.SLACK_STATE_SECRET,
      ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
      tokenKeys: keys,
    };
  }
  if (env.SLACK_APP_TOKEN && env.SLACK_BOT_TOKEN) {
    return {
      kind: 'socket',
      appToken: env.SLACK_APP_TOKEN,
      botToken: env.SLACK_BOT_TOKEN,
      ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
    };
  }
  if (env.SLACK_SIGNING_SECRET && env.SLACK_BOT_TOKEN) {
    return { kind: 'http', signingSecret: env.SLACK_SIGNING_SECRET, botToken: env.SLACK_BOT_TOKEN };
  }
  return { kind: 'offline' };
}

/** Parses the environment; throws ConfigError listing every problem, one per line. */
export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  return {
    slack: slackMode(env),
    slackApiUrl: env.SLACK_API_URL,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: env.DATA_DIR },
    port: env.PORT,
    defaultTimeZone: env.TZ_DEFAULT,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    metricsPort: env.METRICS_PORT,
    adminUserIds: env.PATHWAY_ADMINS,
    scheduler: {
      enabled: env.SCHEDULER_ENABLED,
      tick: env.SCHEDULER_TICK,
      workspaceRatePerSecond: env.SENDER_RATE_PER_WORKSPACE,
    },
  };
}

/** The line printed at start when no Slack credentials are configured. */
export const offlineNotice =
  'Slack is not connected: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode), or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), then restart. See README.md.';
