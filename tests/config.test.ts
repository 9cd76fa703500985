import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts offline on the embedded database with the documented defaults', () => {
    const config = loadConfig({});
    expect(config.slack).toEqual({ kind: 'offline' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.slackApiUrl).toBe('https://slack.com/api/');
    expect(config.defaultTimeZone).toBe('UTC');
    expect(config.logLevel).toBe('info');
  });

  it('chooses HTTP mode, Socket Mode or OAuth from the variables set', () => {
    expect(loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }).slack.kind).toBe('http');
    expect(loadConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' }).slack.kind).toBe('socket');
    expect(
      loadConfig({
        SLACK_SIGNING_SECRET: 's',
        SLACK_CLIENT_ID: 'c',
        SLACK_CLIENT_SECRET: 'cs',
        SLACK_STATE_SECRET: 'st',
        TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      }).slack.kind,
    ).toBe('oauth');
  });

  it('adds the trailing slash the Web API client needs to SLACK_API_URL', () => {
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9999/api' }).slackApiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/pathway' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://postgres@127.0.0.1:5432/pathway',
    });
  });

  it('reports every bad variable, one line each, naming the variable and the fix', () => {
    const lines = problems({
      DATABASE_URL: 'mysql://localhost/pathway',
      PORT: 'eighty',
      SLACK_API_URL: 'not a url',
      TZ_DEFAULT: 'Mars/Olympus',
      LOG_LEVEL: 'chatty',
    });
    expect(lines).toHaveLength(5);
    expect(lines.find((line) => line.startsWith('DATABASE_URL:'))).toMatch(/PostgreSQL URL/);
    expect(lines.find((line) => line.startsWith('PORT:'))).toMatch(/port number/);
    expect(lines.find((line) => line.startsWith('SLACK_API_URL:'))).toMatch(/http\(s\) URL/);
    expect(lines.find((line) => line.startsWith('TZ_DEFAULT:'))).toMatch(/IANA time zone/);
    expect(lines.find((line) => line.startsWith('LOG_LEVEL:'))).toBeDefined();
  });

  it('refuses HTTP mode without a signing secret and says how to fix it', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      'SLACK_SIGNING_SECRET: required in HTTP mode (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
    ]);
  });

  it('refuses tokens of the wrong kind and half an OAuth configuration', () => {
    expect(problems({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxp-user-token' })).toEqual([
      'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-',
    ]);
    const oauth = problems({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'c' });
    expect(oauth).toContain('SLACK_CLIENT_SECRET: required for the OAuth install flow (set all three or none)');
    expect(oauth).toContain('SLACK_STATE_SECRET: required for the OAuth install flow (set all three or none)');
  });

  it('serves no metrics unless METRICS_PORT is set, and then on a port of its own', () => {
    expect(loadConfig({}).metricsPort).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(problems({ METRICS_PORT: 'on' })).toEqual([
      'METRICS_PORT: must be a port number such as 9464 (leave it unset to serve no metrics)',
    ]);
    expect(problems({ METRICS_PORT: '3000' })).toEqual([
      'METRICS_PORT: must differ from PORT: metrics are served on a port of their own',
    ]);
  });
});
