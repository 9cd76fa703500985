import { describe, expect, it } from 'vitest';
import { type ImportRow, parseImportFile, planImport, type ResolvedRow } from '../../src/domain/people-import.js';

const roles = new Set(['designer', 'senior-designer']);

function rowsOf(csv: string): ImportRow[] {
  const parsed = parseImportFile(csv);
  if (!parsed.ok) throw new Error(parsed.problem);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}

/** Resolves ids as themselves and emails through `directory`. */
function resolve(rows: ImportRow[], directory: Record<string, string> = {}): ResolvedRow[] {
  const lookup = (ref: ImportRow['person']) => (ref.kind === 'id' ? ref.userId : (directory[ref.email] ?? null));
  return rows.map((row) => ({
    row,
    userId: lookup(row.person),
    managerUserId: row.manager ? lookup(row.manager) : undefined,
  }));
}

describe('parseImportFile', () => {
  it('reads ids, emails, quoted cells, a BOM and header aliases', () => {
    const rows = rowsOf(
      '\uFEFFEmail,Manager,Current role,Team\nU0AAA,,designer,"Learning, EMEA"\nbob@Example.com,U0AAA,,\n',
    );
    expect(rows).toEqual([
      { line: 2, person: { kind: 'id', userId: 'U0AAA' }, manager: null, roleKey: 'designer', team: 'Learning, EMEA' },
      {
        line: 3,
        person: { kind: 'email', email: 'bob@example.com' },
        manager: { kind: 'id', userId: 'U0AAA' },
        roleKey: null,
        team: null,
      },
    ]);
  });

  it('reports unreadable cells per line', () => {
    const parsed = parseImportFile('person,manager\nnot a person,\nU0AAA,someone\n');
    expect(parsed).toMatchObject({
      ok: true,
      rows: [],
      problems: [
        { line: 2, reason: '"not a person" is neither a Slack user id nor an email address' },
        { line: 3, reason: 'manager "someone" is neither a Slack user id nor an email address' },
      ],
    });
  });

  it.each([
    ['', 'the file is empty'],
    ['manager,team\nU0AAA,x\n', 'no person column'],
    ['person\n"unterminated\n', 'not valid CSV'],
  ])('refuses a broken file %j as a whole', (csv, problem) => {
    const parsed = parseImportFile(csv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});

describe('planImport', () => {
  it('accepts good rows and skips each kind of problem with its reason', () => {
    const rows = rowsOf(
      [
        'person,manager,role,team',
        'U0AAA,,designer,L&D',
        'ghost@example.com,U0AAA,,',
        'U0BBB,ghost@example.com,,',
        'U0CCC,U0AAA,wizard,',
        'U0DDD,U0DDD,,',
        'U0AAA,,senior-designer,',
        'carol@example.com,U0AAA,senior-designer,L&D',
      ].join('\n'),
    );
    const plan = planImport(resolve(rows, { 'carol@example.com': 'U0CAROL' }), roles, new Map());
    expect(plan.accepted).toEqual([
      { line: 2, userId: 'U0AAA', managerUserId: null, roleKey: 'designer', team: 'L&D' },
      { line: 8, userId: 'U0CAROL', managerUserId: 'U0AAA', roleKey: 'senior-designer', team: 'L&D' },
    ]);
    expect(plan.skipped).toEqual([
      { line: 3, reason: 'no one in this Slack workspace has ghost@example.com' },
      { line: 4, reason: 'no one in this Slack workspace has ghost@example.com (the manager)' },
      { line: 5, reason: '"wizard" is not a role key in the active framework' },
      { line: 6, reason: 'U0DDD cannot be their own manager' },
      { line: 7, reason: 'U0AAA is already on line 2' },
    ]);
  });

  it('skips every row of a manager loop inside the file', () => {
    const rows = rowsOf('person,manager\nU0AAA,U0BBB\nU0BBB,U0CCC\nU0CCC,U0AAA\nU0DDD,U0AAA\n');
    const plan = planImport(resolve(rows), roles, new Map());
    expect(plan.accepted.map((row) => row.userId)).toEqual(['U0DDD']);
    expect(plan.skipped.map((problem) => problem.line)).toEqual([2, 3, 4]);
    expect(plan.skipped[0]!.reason).toBe('the manager links would form a loop: U0AAA → U0BBB → U0CCC → U0AAA');
  });

  it('catches a loop closed with a link already stored, and allows one the file breaks', () => {
    const stored = new Map([['U0BBB', 'U0AAA']]);
    const closing = planImport(resolve(rowsOf('person,manager\nU0AAA,U0BBB\n')), roles, stored);
    expect(closing.accepted).toEqual([]);
    expect(closing.skipped[0]!.reason).toContain('loop');
    const breaking = planImport(resolve(rowsOf('person,manager\nU0AAA,U0BBB\nU0BBB,U0CCC\n')), roles, stored);
    expect(breaking.accepted.map((row) => row.userId)).toEqual(['U0AAA', 'U0BBB']);
  });
});
