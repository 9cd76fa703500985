import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/commands.js';

describe('/pathway checkin, team and manager', () => {
  it.each([
    ['checkin', { kind: 'checkin' }],
    ['  CHECKIN ', { kind: 'checkin' }],
    ['team', { kind: 'team' }],
    // should_escape on: Slack sends mentions as <@U…|name>, or <@U…> for some clients.
    ['manager <@U0DANA|dana>', { kind: 'manager', slackUserId: 'U0DANA' }],
    ['manager <@U0DANA>', { kind: 'manager', slackUserId: 'U0DANA' }],
    ['manager   <@W0ENTERPRISE|dana.grid>  ', { kind: 'manager', slackUserId: 'W0ENTERPRISE' }],
  ])('parses %j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['manager', 'mention your manager with @'],
    ['manager dana', 'mention your manager with @'],
    ['manager <#C0GENERAL|general>', 'mention your manager with @'],
    ['manager <@U0DANA> <@U0CAROL>', 'mention your manager with @'],
    ['checkin now', 'type just `/pathway checkin`'],
    ['team everyone', 'type just `/pathway team`'],
  ])('answers %j with the form to type', (text, problem) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected an invalid command');
    expect(result.problems.join(' ')).toContain(problem);
  });

  it('suggests the right subcommand for a near miss', () => {
    const result = parseCommand('chekin');
    expect(result).toMatchObject({ ok: false, kind: 'unknown', suggestion: { name: 'checkin' } });
  });
});
