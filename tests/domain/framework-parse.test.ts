import { describe, expect, it } from 'vitest';
import { type FrameworkProblem, formatProblems, parseFramework } from '../../src/domain/framework/parse.js';

// A small valid framework. Line numbers matter: the tests below edit single lines in
// place (so numbering never shifts) and assert the exact line of each problem.
const BASE = [
  'version: 1', //                                   1
  'name: Test framework', //                         2
  'competencies:', //                                3
  '  - key: craft', //                               4
  '    title: Craft', //                             5
  '    description: Making things.', //              6
  'tracks:', //                                      7
  '  - key: main', //                                8
  '    title: Main', //                              9
  '  - key: side', //                               10
  '    title: Side', //                             11
  'stages:', //                                     12
  '  - key: one', //                                13
  '    track: main', //                             14
  '    order: 1', //                                15
  '    title: One', //                              16
  '    focus: First stage.', //                     17
  '    roles:', //                                  18
  '      - key: junior', //                         19
  '        title: Junior', //                       20
  '        focus: Learns.', //                      21
  '        lattice: [specialist]', //               22
  '  - key: two', //                                23
  '    track: main', //                             24
  '    order: 2', //                                25
  '    title: Two', //                              26
  '    focus: Second stage.', //                    27
  '    roles:', //                                  28
  '      - key: senior', //                         29
  '        title: Senior', //                       30
  '        formerKeys: [old-senior]', //            31
  '        focus: Leads.', //                       32
  '        competencies:', //                       33
  '          - competency: craft', //               34
  '            description: Leads craft.', //       35
  '        signals:', //                            36
  '          - key: impact', //                     37
  '            title: Impact beyond your own role', // 38
  '            description: Others use your work.', // 39
  '          - key: outcomes', //                   40
  '            title: Owns outcomes', //            41
  '            description: Follows up.', //        42
  '        milestones:', //                         43
  '          - key: mentor', //                     44
  '            title: Find a mentor', //            45
  '            kind: mentoring', //                 46
  '            weeks: 12', //                       47
  '            signals: [impact]', //               48
  '  - key: side-stage', //                         49
  '    track: side', //                             50
  '    order: 1', //                                51
  '    title: Side roles', //                       52
  '    focus: Across.', //                          53
  '    roles:', //                                  54
  '      - key: specialist', //                     55
  '        title: Specialist', //                   56
  '        focus: Specialises.', //                 57
  '        signals:', //                            58
  '          - key: depth', //                      59
  '            title: Depth', //                    60
  '            description: Knows the tools.', //   61
  '        lattice: [senior]', //                   62
].join('\n');

/** Replaces line `n` (1-based), checking it still holds what the test expects. */
function editLine(text: string, n: number, expected: string, replacement: string): string {
  const lines = text.split('\n');
  if (lines[n - 1] !== expected)
    throw new Error(`fixture line ${n} is ${JSON.stringify(lines[n - 1])}, not ${JSON.stringify(expected)}`);
  lines[n - 1] = replacement;
  return lines.join('\n');
}

function problemsOf(text: string): FrameworkProblem[] {
  const result = parseFramework(text);
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.problems;
}

function located(problems: FrameworkProblem[]): { line: number | null; path: string }[] {
  return problems.map(({ line, path }) => ({ line, path }));
}

describe('parseFramework: a valid file', () => {
  it('accepts the base fixture and fills defaults', () => {
    const result = parseFramework(BASE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const junior = result.framework.stages[0]?.roles[0];
    expect(junior?.signals).toEqual([]);
    expect(junior?.formerKeys).toEqual([]);
    expect(junior?.alternativeTitles).toEqual([]);
    expect(result.framework.stages[1]?.roles[0]?.milestones[0]?.weeks).toBe(12);
  });
});

describe('parseFramework: YAML syntax errors', () => {
  it('reports an unclosed flow sequence at the line where YAML notices it', () => {
    const text = editLine(BASE, 22, '        lattice: [specialist]', '        lattice: [specialist');
    // The bracket opens on line 22; YAML notices it is unclosed when the next entry begins.
    // The cascade of follow-on errors is summarised, not listed.
    expect(problemsOf(text)).toEqual([
      {
        path: '',
        line: 23,
        message:
          'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ] (10 more syntax errors after it, often caused by this one)',
      },
    ]);
  });

  it('reports a duplicate mapping key at the repeated key', () => {
    const text = editLine(BASE, 21, '        focus: Learns.', '        title: Again');
    expect(problemsOf(text)).toEqual([{ path: '', line: 21, message: 'YAML syntax: Map keys must be unique' }]);
  });

  it('reports tab indentation with its line', () => {
    const text = editLine(BASE, 57, '        focus: Specialises.', '\tfocus: Specialises.');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.line)).toContain(57);
    expect(problems.every((p) => p.message.startsWith('YAML syntax: '))).toBe(true);
  });

  it('explains that a second document must be a translation, not another framework', () => {
    const problems = problemsOf(`${BASE}\n---\nversion: 1\n`);
    expect(problems).toEqual([
      {
        path: '',
        line: 64,
        message:
          'A framework file holds one framework: a document after "---" must be a translation, starting with "language: es" (or another language)',
      },
    ]);
  });

  it('reports an empty file without a line', () => {
    expect(problemsOf('# only a comment\n')).toEqual([
      { path: '', line: null, message: 'The file is empty; a framework starts with "version: 1" and "name: …"' },
    ]);
  });
});

describe('parseFramework: schema problems carry their path and line', () => {
  // One line of the valid file edited: exactly one problem, at the path and line that explain it.
  it.each<{ name: string; edit: [number, string, string]; problem: { path: string; line: number; message: string } }>([
    {
      name: 'missing field: points at the mapping that lacks it',
      edit: [21, '        focus: Learns.', '        # focus removed'],
      problem: { path: 'stages[0].roles[0].focus', line: 19, message: 'Missing required field' },
    },
    {
      name: 'wrong type: points at the value',
      edit: [47, '            weeks: 12', '            weeks: twelve'],
      problem: {
        path: 'stages[1].roles[0].milestones[0].weeks',
        line: 47,
        message: 'Expected a number, got text "twelve"',
      },
    },
    {
      name: 'enum value: lists the allowed kinds',
      edit: [46, '            kind: mentoring', '            kind: coaching'],
      problem: {
        path: 'stages[1].roles[0].milestones[0].kind',
        line: 46,
        message: 'Must be one of: course, project, mentoring, certification, exposure; got text "coaching"',
      },
    },
    {
      name: 'dangling lattice reference: points at the list item',
      edit: [22, '        lattice: [specialist]', '        lattice: [specialst]'],
      problem: {
        path: 'stages[0].roles[0].lattice[0]',
        line: 22,
        message: 'Unknown role "specialst" in lattice of "junior"',
      },
    },
    {
      name: 'duplicate signal key: points at the repeat and names the first',
      edit: [40, '          - key: outcomes', '          - key: impact'],
      problem: {
        path: 'stages[1].roles[0].signals[1].key',
        line: 40,
        message: 'Duplicate signal key "impact" (already used at stages[1].roles[0].signals[0])',
      },
    },
    {
      name: 'duplicate role key across roles and former keys',
      edit: [31, '        formerKeys: [old-senior]', '        formerKeys: [junior]'],
      problem: {
        path: 'stages[1].roles[0].formerKeys[0]',
        line: 31,
        message: 'Duplicate role key "junior" as former key (already used at stages[0].roles[0].key)',
      },
    },
    {
      name: 'stage order must climb 1, 2, 3 within a track',
      edit: [25, '    order: 2', '    order: 3'],
      problem: {
        path: 'stages[1].order',
        line: 25,
        message: 'Stage "two" has order 3, expected 2: stages of track "main" must be numbered 1, 2, 3… in file order',
      },
    },
    {
      name: 'unknown competency on a role',
      edit: [34, '          - competency: craft', '          - competency: crafts'],
      problem: {
        path: 'stages[1].roles[0].competencies[0].competency',
        line: 34,
        message: 'Unknown competency "crafts"; declare it under competencies',
      },
    },
    {
      name: 'header: version must be the format version',
      edit: [1, 'version: 1', 'version: 2'],
      problem: {
        path: 'version',
        line: 1,
        message: 'Must be 1: the version of the framework file format this Pathway reads',
      },
    },
    {
      name: 'header: a missing name points at the top of the file',
      edit: [2, 'name: Test framework', '# no name'],
      problem: { path: 'name', line: 1, message: 'Missing required field' },
    },
  ])('$name', ({ edit: [line, before, after], problem }) => {
    expect(problemsOf(editLine(BASE, line, before, after))).toEqual([problem]);
  });

  it('wrong type for a whole section', () => {
    const text = editLine(BASE, 36, '        signals:', '        signals: none');
    const problems = problemsOf(text);
    // "signals: none" followed by indented lines is itself invalid YAML, so YAML reports first.
    expect(problems.every((p) => p.path === '')).toBe(true);
    const scalarText = [BASE.split('\n').slice(0, 35), '        signals: none', BASE.split('\n').slice(42)]
      .flat()
      .join('\n');
    expect(located(problemsOf(scalarText))).toEqual([{ path: 'stages[1].roles[0].signals', line: 36 }]);
  });

  it('dangling lattice reference in block style: points at the item line', () => {
    const lines = BASE.split('\n');
    const text = [...lines.slice(0, 61), '        lattice:', '          - senior', '          - nobody'].join('\n');
    expect(problemsOf(text)).toEqual([
      { path: 'stages[2].roles[0].lattice[1]', line: 64, message: 'Unknown role "nobody" in lattice of "specialist"' },
    ]);
  });

  it('duplicate role key in two stages', () => {
    const text = editLine(BASE, 55, '      - key: specialist', '      - key: junior');
    const problems = problemsOf(text);
    expect(located(problems)).toEqual([
      { path: 'stages[0].roles[0].lattice[0]', line: 22 },
      { path: 'stages[2].roles[0].key', line: 55 },
    ]);
    expect(problems[1]?.message).toBe('Duplicate role key "junior" as key (already used at stages[0].roles[0].key)');
  });

  it('too-long title: measured length and the Slack limit', () => {
    const longTitle = 'A'.repeat(90);
    const text = editLine(
      BASE,
      38,
      '            title: Impact beyond your own role',
      `            title: ${longTitle}`,
    );
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { path: 'stages[1].roles[0].signals[0].title', line: 38, message: 'Too long: 90 characters, at most 75' },
    ]);
    expect(formatProblems(problems)).toBe(
      'line 38 stages[1].roles[0].signals[0].title: Too long: 90 characters, at most 75',
    );
  });

  it('reports every problem at once, in file order, with the file name', () => {
    let text = editLine(BASE, 20, '        title: Junior', `        title: ${'J'.repeat(80)}`);
    text = editLine(text, 22, '        lattice: [specialist]', '        lattice: [specialst]');
    text = editLine(text, 48, '            signals: [impact]', '            signals: [impact, nope]');
    text = editLine(text, 53, '    focus: Across.', '    focs: Across.');
    const result = parseFramework(text, 'frameworks/test.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblems(result.problems).split('\n')).toEqual([
      'frameworks/test.yaml line 20 stages[0].roles[0].title: Too long: 80 characters, at most 75',
      'frameworks/test.yaml line 22 stages[0].roles[0].lattice[0]: Unknown role "specialst" in lattice of "junior"',
      'frameworks/test.yaml line 48 stages[1].roles[0].milestones[0].signals[1]: Unknown signal "nope"; role "senior" has signals: impact, outcomes',
      'frameworks/test.yaml line 49 stages[2].focus: Missing required field',
      'frameworks/test.yaml line 53 stages[2].focs: Unknown field "focs"',
    ]);
  });

  it('unknown track, and the track left without stages', () => {
    const text = editLine(BASE, 50, '    track: side', '    track: sde');
    expect(located(problemsOf(text))).toEqual([
      { path: 'tracks[1].key', line: 10 },
      { path: 'stages[2].track', line: 50 },
    ]);
  });

  it('a role reachable as a goal must list signals', () => {
    const lines = BASE.split('\n');
    const text = [...lines.slice(0, 57), '        signals: []', '        lattice: [senior]'].join('\n');
    expect(problemsOf(text)).toEqual([
      {
        path: 'stages[2].roles[0].signals',
        line: 58,
        message: 'Role "specialist" can be chosen as a goal but lists no readiness signals',
      },
    ]);
  });

  it('lattice must not repeat a ladder move or point at itself', () => {
    const text = editLine(BASE, 22, '        lattice: [specialist]', '        lattice: [specialist, senior, junior]');
    expect(problemsOf(text).map((p) => `${p.line} ${p.path} ${p.message}`)).toEqual([
      '22 stages[0].roles[0].lattice[1] "senior" is already a ladder move from "junior" (next stage of the same track); remove it from lattice',
      '22 stages[0].roles[0].lattice[2] Role "junior" lists itself as a lattice move',
    ]);
  });

  it('keys must be kebab-case', () => {
    const text = editLine(BASE, 29, '      - key: senior', '      - key: Senior_Designer');
    const problems = problemsOf(text);
    expect(problems[0]).toMatchObject({ path: 'stages[1].roles[0].key', line: 29 });
    expect(problems[0]?.message).toMatch(/kebab-case/);
  });

  it('links must be http(s)', () => {
    const text = editLine(BASE, 48, '            signals: [impact]', '            link: javascript:alert(1)');
    expect(located(problemsOf(text))).toEqual([{ path: 'stages[1].roles[0].milestones[0].link', line: 48 }]);
  });

  it('description length is bounded', () => {
    const text = editLine(
      BASE,
      39,
      '            description: Others use your work.',
      `            description: ${'x'.repeat(501)}`,
    );
    expect(problemsOf(text)).toEqual([
      { path: 'stages[1].roles[0].signals[0].description', line: 39, message: 'Too long: 501 characters, at most 500' },
    ]);
  });

  it('follows aliases to find a line', () => {
    const lines = BASE.split('\n');
    const text = [
      ...lines.slice(0, 43),
      '          - &tmpl',
      '            key: mentor',
      '            title: Find a mentor',
      '            kind: mentoring',
      '            weeks: 0',
      ...lines.slice(48),
    ].join('\n');
    expect(located(problemsOf(text))).toEqual([{ path: 'stages[1].roles[0].milestones[0].weeks', line: 48 }]);
  });
});

describe('formatProblems', () => {
  it('renders one line per problem, omitting what is unknown', () => {
    expect(
      formatProblems([
        { path: 'stages[2].roles[0].title', line: 42, message: 'Too long: 90 characters, at most 75' },
        { path: '', line: 3, message: 'YAML syntax: Map keys must be unique' },
        { file: 'x.yaml', path: '', line: null, message: 'The file is empty' },
      ]),
    ).toBe(
      [
        'line 42 stages[2].roles[0].title: Too long: 90 characters, at most 75',
        'line 3: YAML syntax: Map keys must be unique',
        'x.yaml: The file is empty',
      ].join('\n'),
    );
  });
});

describe('parseFramework: hostile input', () => {
  it('rejects an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const problems = problemsOf(bomb);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', line: null });
    expect(problems[0]?.message).toMatch(/^YAML: .*alias/i);
  });

  it('rejects files over the size limit before parsing', () => {
    expect(problemsOf(`# ${'x'.repeat(1_000_001)}`)).toEqual([
      { path: '', line: null, message: 'File too large: 1000003 characters, at most 1000000' },
    ]);
  });
});
