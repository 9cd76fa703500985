import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, parseCommand } from '../../src/domain/commands.js';

// A Monday: next friday is 4 Dec 2026.
const TODAY = '2026-11-30';

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
    expect(parseCommand('add “Curly quotes from a phone” by 2027-03-31')).toMatchObject({
      ok: true,
      command: { title: 'Curly quotes from a phone' },
    });
    expect(parseCommand('done 2')).toEqual({ ok: true, command: { kind: 'done', position: 2 } });
    expect(parseCommand('done 2 ran the workshop with sales')).toEqual({
      ok: true,
      command: { kind: 'done', position: 2, note: 'ran the workshop with sales' },
    });
    expect(parseCommand('move 3 to 2027-04-15')).toEqual({
      ok: true,
      command: { kind: 'move', position: 3, due: '2027-04-15' },
    });
  });

  it.each([
    ['add "Workshop" by 2027-02-30', 'add', '"2027-02-30" does not exist on the calendar: February 2027 has 28 days'],
    ['add "Workshop" by 31/02/2027', 'add', '"31/02/2027" does not exist on the calendar: February 2027 has 28 days'],
    [
      'add Workshop by next fridya',
      'add',
      'I could not read "next fridya" as a date. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    ],
    ['add Workshop', 'add', 'add the due date after "by", for example by next friday or by 31/03/2027'],
    [
      `add "${'x'.repeat(MAX_TITLE_LENGTH + 1)}" by 2027-03-31`,
      'add',
      `keep the title under ${MAX_TITLE_LENGTH} characters`,
    ],
    ['done', 'done', 'give the milestone number shown in `/pathway`, for example 2'],
    ['done two', 'done', 'give a whole milestone number, for example 2'],
    ['done 0', 'done', 'milestone numbers start at 1'],
    ['done 1.5', 'done', 'give a whole milestone number, for example 2'],
    ['move 2', 'move', 'add the new date after "to", for example to next friday'],
    [
      'move two to next friday',
      'move',
      '"two" is not a milestone number: give the number shown in `/pathway`, for example 2',
    ],
    [
      'move 2 to someday',
      'move',
      'I could not read "someday" as a date. Try `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` or `2027-03-31`',
    ],
  ])('refuses %j naming the part that was wrong', (text, name, problem) => {
    const result = parseCommand(text, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected an invalid command');
    expect(result.spec.name).toBe(name);
    expect(result.problems).toContain(problem);
  });

  it('reads dates as people type them, against the person’s today, and titles without quotes', () => {
    const at = (text: string) => parseCommand(text, { today: TODAY });
    const added = (title: string, due: string) => ({ ok: true, command: { kind: 'add', title, due } });
    expect(at('add "Lead a workshop" by next friday')).toEqual(added('Lead a workshop', '2026-12-04'));
    expect(at('add Lead a workshop by next friday')).toEqual(added('Lead a workshop', '2026-12-04'));
    expect(at('add Lead a workshop by 31/03/2027')).toEqual(added('Lead a workshop', '2027-03-31'));
    expect(at('add Read Design For How People Learn by Julie Dirksen by 31 March')).toEqual(
      added('Read Design For How People Learn by Julie Dirksen', '2027-03-31'),
    );
    expect(at('add Shadow the team by in 3 weeks')).toMatchObject({ ok: true, command: { due: '2026-12-21' } });
    expect(at('move 2 to next friday')).toEqual({
      ok: true,
      command: { kind: 'move', position: 2, due: '2026-12-04' },
    });
    expect(at('move 2 next friday')).toEqual({ ok: true, command: { kind: 'move', position: 2, due: '2026-12-04' } });
    expect(at('away until 31 Dec')).toEqual({ ok: true, command: { kind: 'away', until: '2026-12-31' } });
  });

  it('opens a small form for /pathway add with nothing after it', () => {
    expect(parseCommand('add')).toEqual({ ok: true, command: { kind: 'addForm' } });
    expect(parseCommand('add   ')).toEqual({ ok: true, command: { kind: 'addForm' } });
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
