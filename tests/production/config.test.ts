import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const oauthEnv = {
  SLACK_CLIENT_ID: 'id',
  SLACK_CLIENT_SECRET: 'secret',
  SLACK_STATE_SECRET: 'state',
  SLACK_SIGNING_SECRET: 'signing',
};

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration for the OAuth install flow', () => {
  it('requires TOKEN_ENCRYPTION_KEY, saying how to make one', () => {
    expect(problems(oauthEnv)).toEqual([
      'TOKEN_ENCRYPTION_KEY: required with the OAuth install flow, to encrypt bot tokens at rest (generate one with: openssl rand -base64 32)',
    ]);
  });

  it('refuses keys that are not 32 bytes of base64, one line per variable', () => {
    expect(
      problems({
        ...oauthEnv,
        TOKEN_ENCRYPTION_KEY: 'short',
        TOKEN_ENCRYPTION_OLD_KEYS: `${randomBytes(32).toString('base64')},nope`,
      }),
    ).toEqual([
      'TOKEN_ENCRYPTION_KEY: must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)',
      'TOKEN_ENCRYPTION_OLD_KEYS: must be a comma-separated list of earlier TOKEN_ENCRYPTION_KEY values (32 bytes in base64 each)',
    ]);
  });

  it('gives OAuth mode the current key and the old ones', () => {
    const current = randomBytes(32);
    const old = [randomBytes(32), randomBytes(32)];
    const config = loadConfig({
      ...oauthEnv,
      TOKEN_ENCRYPTION_KEY: current.toString('base64'),
      TOKEN_ENCRYPTION_OLD_KEYS: old.map((key) => key.toString('base64')).join(','),
    });
    if (config.slack.kind !== 'oauth') throw new Error(`expected oauth mode, got ${config.slack.kind}`);
    expect(config.slack.tokenKeys.current.equals(current)).toBe(true);
    expect(config.slack.tokenKeys.old.map((key) => key.toString('hex'))).toEqual(old.map((key) => key.toString('hex')));
  });
});
