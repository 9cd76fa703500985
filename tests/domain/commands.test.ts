import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, parseCommand } from '../../src/domain/commands.js';

describe('parseCommand', () => {
  it('reads no text as the overview and "help" in any case as help', () => {
    expect(parseCommand('')).toEqual({ ok: true, command: { kind: 'overview' } });
    expect(parseCommand('   ')).toEqual({ ok: true, command: { kind: 'overview' } });
    expect(parseCommand('HELP')).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('reads the quick forms of add, done and move', () => {
    expect(parseCommand('add "Lead a stakeholder workshop" by 2027-03-31')).toEqual({
      ok: true,
      command: { kind: 'add', title: 'Lead a stakeholder workshop', due: '2027-03-31' },
    });
    expect(parseCommand('add “Curly quotes from a phone” by 2027-03-31')).toMatchObject({ ok: true, command: { title: 'Curly quotes from a phone' } });
    expect(parseCommand('done 2')).toEqual({ ok: true, command: { kind: 'done', position: 2 } });
    expect(parseCommand('done 2 ran the workshop with sales')).toEqual({
      ok: true,
      command: { kind: 'done', position: 2, note: 'ran the workshop with sales' },
    });
    expect(parseCommand('move 3 to 2027-04-15')).toEqual({ ok: true, command: { kind: 'move', position: 3, due: '2027-04-15' } });
  });

  it.each([
    ['add Lead a workshop by 2027-03-31', 'add', 'put the title in quotes, then "by" and the due date'],
    ['add "Workshop" by 31/03/2027', 'add', 'write dates as YYYY-MM-DD, for example 2027-03-31'],
    ['add "Workshop" by 2027-02-30', 'add', 'that date does not exist on the calendar'],
    [`add "${'x'.repeat(MAX_TITLE_LENGTH + 1)}" by 2027-03-31`, 'add', `keep the title under ${MAX_TITLE_LENGTH} characters`],
    ['done', 'done', 'give the milestone number shown in `/pathway`, for example 2'],
    ['done two', 'done', 'give a whole milestone number, for example 2'],
    ['done 0', 'done', 'milestone numbers start at 1'],
    ['done 1.5', 'done', 'give a whole milestone number, for example 2'],
    ['move 2 2027-04-15', 'move', 'add the new date after "to", for example to 2027-04-15'],
  ])('refuses %j with the form to type', (text, name, problem) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected an invalid command');
    expect(result.spec.name).toBe(name);
    expect(result.problems).toContain(problem);
  });

  it('suggests the nearest subcommand for a typo and nothing for unrelated text', () => {
    const typo = parseCommand('mvoe 2 to 2027-04-15');
    expect(typo).toMatchObject({ ok: false, kind: 'unknown', suggestion: { name: 'move' } });
    const unrelated = parseCommand('promote me');
    expect(unrelated).toMatchObject({ ok: false, kind: 'unknown', suggestion: undefined });
  });

  it.each([
    ['chekin', 'checkin'],
    ['check-in', 'checkin'],
    ['sett', 'settings'],
    ['setting', 'settings'],
    ['exprot', 'export'],
    ['goal', 'plan'],
    ['calibrate', 'team'],
    ['notifications', 'settings'],
    ['vacation', 'away'],
    ['celebrations', 'celebrate'],
  ])('answers "%s" with the closest command, %s', (typed, name) => {
    expect(parseCommand(typed)).toMatchObject({ ok: false, kind: 'unknown', suggestion: { name } });
  });
});
