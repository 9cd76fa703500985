import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../src/config.js';
import { adminReason, isAdmin } from '../../src/services/admins.js';

const config = { adminUserIds: ['U0LISTED'] };
const person = (slackUserId: string, isSlackAdmin = false, deactivatedAt: Date | null = null) => ({
  slackUserId,
  isSlackAdmin,
  deactivatedAt,
});

describe('who is an admin', () => {
  it('is a Slack workspace admin or owner (cached as isSlackAdmin)', () => {
    expect(adminReason(person('U0ADMIN', true), config)).toBe('slack-admin');
  });

  it('is someone listed in PATHWAY_ADMINS', () => {
    expect(adminReason(person('U0LISTED'), config)).toBe('listed');
  });

  it('is not an ordinary member, nor anyone deactivated', () => {
    expect(isAdmin(person('U0MEMBER'), config)).toBe(false);
    expect(isAdmin(person('U0ADMIN', true, new Date()), config)).toBe(false);
    expect(isAdmin(person('U0LISTED', false, new Date()), config)).toBe(false);
  });
});

describe('PATHWAY_ADMINS', () => {
  it('is a comma-separated list of Slack user ids, spaces and empty entries ignored', () => {
    expect(loadConfig({}).adminUserIds).toEqual([]);
    expect(loadConfig({ PATHWAY_ADMINS: ' U012AB3CD , W045EF6GH,, ' }).adminUserIds).toEqual([
      'U012AB3CD',
      'W045EF6GH',
    ]);
  });

  it('stops the app with the fix when an entry is not a user id', () => {
    try {
      loadConfig({ PATHWAY_ADMINS: 'U012AB3CD,@dana' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PATHWAY_ADMINS.1: must be Slack user ids separated by commas, such as U012AB3CD,U045EF6GH',
      ]);
    }
  });
});
