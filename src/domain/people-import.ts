/**
 * People import (CSV: person, manager, current role, team), checked row by
 * row. Pure: the service resolves emails to Slack user ids beforehand and
 * passes the framework's role keys; this module decides which rows are
 * imported and why the others are skipped, including cycles in the manager
 * graph formed by the file together with the links already stored.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { fillProblem, problemReader } from './problems.js';

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_TEAM_LENGTH = 80;

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;
const email = z.email();

/** A cell naming a person: a Slack user id or an email address. */
export type PersonRef = { kind: 'id'; userId: string } | { kind: 'email'; email: string };

export interface ImportRow {
  /** The line in the file (the header is line 1). */
  line: number;
  person: PersonRef;
  manager: PersonRef | null;
  roleKey: string | null;
  team: string | null;
}

export interface RowProblem {
  line: number;
  reason: string;
}

const HEADER_ALIASES: Record<string, 'person' | 'manager' | 'role' | 'team'> = {
  person: 'person',
  user: 'person',
  slack_user_id: 'person',
  user_id: 'person',
  email: 'person',
  manager: 'manager',
  manager_email: 'manager',
  manager_id: 'manager',
  role: 'role',
  current_role: 'role',
  role_key: 'role',
  team: 'team',
};

export const IMPORT_FORMAT_HELP =
  'a CSV file with a header row `person,manager,role,team`: person and manager as a Slack user id (U0123ABCD) or an email address, role as a role key from the framework, team as free text; an empty manager, role or team keeps what is stored';

/**
 * Why a file or a row is not imported, in English, by code; blocks/admin.ts reads them back
 * (readImportProblem) and writes them in the admin's language. The CSV's column names stay as typed.
 */
export const IMPORT_PROBLEMS = {
  tooBig: 'the file is over {megabytes} MB; split it into smaller files',
  notCsv: `the file is not valid CSV ({detail}); ${IMPORT_FORMAT_HELP}`,
  empty: `the file is empty; send ${IMPORT_FORMAT_HELP}`,
  noPersonColumn: `the header row has no person column; send ${IMPORT_FORMAT_HELP}`,
  tooManyRows: 'the file has {rows} rows; import at most {max} at a time',
  personUnreadable: '"{cell}" is neither a Slack user id nor an email address',
  managerUnreadable: 'manager "{cell}" is neither a Slack user id nor an email address',
  teamTooLong: 'the team name is over {max} characters',
  // Before `noSuchPerson`, which its words start with.
  noSuchManager: 'no one in this Slack workspace has {person} (the manager)',
  noSuchPerson: 'no one in this Slack workspace has {person}',
  duplicate: '{person} is already on line {line}',
  unknownRole: '"{role}" is not a role key in the active framework',
  ownManager: '{person} cannot be their own manager',
  loop: 'the manager links would form a loop: {loop}',
} as const;

export const readImportProblem = problemReader(IMPORT_PROBLEMS);

type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

function importProblem(code: ImportProblemCode, values: Record<string, string | number> = {}): string {
  return fillProblem(IMPORT_PROBLEMS[code], values);
}

function personRef(cell: string): PersonRef | undefined {
  const text = cell.trim();
  if (SLACK_USER_ID.test(text)) return { kind: 'id', userId: text };
  if (email.safeParse(text).success) return { kind: 'email', email: text.toLowerCase() };
  return undefined;
}

export function refLabel(ref: PersonRef): string {
  return ref.kind === 'id' ? ref.userId : ref.email;
}

export type ParsedFile = { ok: true; rows: ImportRow[]; problems: RowProblem[] } | { ok: false; problem: string };

/** Reads the CSV; a row whose cells cannot be read is a problem of that row, a broken file is one problem. */
export function parseImportFile(text: string): ParsedFile {
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES)
    return { ok: false, problem: importProblem('tooBig', { megabytes: MAX_IMPORT_BYTES / 1_000_000 }) };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      ok: false,
      problem: importProblem('notCsv', { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problem: importProblem('empty') };
  const columns = header.map(
    (name) =>
      HEADER_ALIASES[
        name
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ],
  );
  const column = (name: 'person' | 'manager' | 'role' | 'team') => columns.indexOf(name);
  if (column('person') < 0) return { ok: false, problem: importProblem('noPersonColumn') };
  if (body.length > MAX_IMPORT_ROWS)
    return { ok: false, problem: importProblem('tooManyRows', { rows: body.length, max: MAX_IMPORT_ROWS }) };

  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (name: 'person' | 'manager' | 'role' | 'team') =>
      column(name) >= 0 ? (record[column(name)] ?? '').trim() : '';
    const person = personRef(cell('person'));
    if (!person) {
      problems.push({ line, reason: importProblem('personUnreadable', { cell: cell('person') }) });
      return;
    }
    const managerCell = cell('manager');
    const manager = managerCell === '' ? null : personRef(managerCell);
    if (manager === undefined) {
      problems.push({ line, reason: importProblem('managerUnreadable', { cell: managerCell }) });
      return;
    }
    const team = cell('team');
    if (team.length > MAX_TEAM_LENGTH) {
      problems.push({ line, reason: importProblem('teamTooLong', { max: MAX_TEAM_LENGTH }) });
      return;
    }
    rows.push({
      line,
      person,
      manager,
      roleKey: cell('role') === '' ? null : cell('role'),
      team: team === '' ? null : team,
    });
  });
  return { ok: true, rows, problems };
}

/** A row after people are resolved to Slack user ids (null: Slack knows no such person). */
export interface ResolvedRow {
  row: ImportRow;
  userId: string | null;
  managerUserId: string | null | undefined;
}

export interface PlannedRow {
  line: number;
  userId: string;
  managerUserId: string | null;
  roleKey: string | null;
  team: string | null;
}

export interface ImportPlan {
  accepted: PlannedRow[];
  skipped: RowProblem[];
}

/**
 * Decides every row. `existingManagers` maps Slack user ids to their stored
 * manager's user id, so a file that closes a loop with stored links is caught.
 */
export function planImport(
  resolved: ResolvedRow[],
  roleKeys: ReadonlySet<string>,
  existingManagers: ReadonlyMap<string, string>,
  earlierProblems: RowProblem[] = [],
): ImportPlan {
  const skipped: RowProblem[] = [...earlierProblems];
  const candidates: PlannedRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { row, userId, managerUserId } of resolved) {
    const skip = (reason: string) => skipped.push({ line: row.line, reason });
    if (userId === null) {
      skip(importProblem('noSuchPerson', { person: refLabel(row.person) }));
      continue;
    }
    if (row.manager && managerUserId === null) {
      skip(importProblem('noSuchManager', { person: refLabel(row.manager) }));
      continue;
    }
    const seen = firstLine.get(userId);
    if (seen !== undefined) {
      skip(importProblem('duplicate', { person: refLabel(row.person), line: seen }));
      continue;
    }
    firstLine.set(userId, row.line);
    if (row.roleKey !== null && !roleKeys.has(row.roleKey)) {
      skip(importProblem('unknownRole', { role: row.roleKey }));
      continue;
    }
    if (managerUserId && managerUserId === userId) {
      skip(importProblem('ownManager', { person: refLabel(row.person) }));
      continue;
    }
    candidates.push({
      line: row.line,
      userId,
      managerUserId: managerUserId ?? null,
      roleKey: row.roleKey,
      team: row.team,
    });
  }

  // The manager graph after the import: stored links, overridden by the file's rows (an empty cell keeps the stored link).
  const managerOf = new Map(existingManagers);
  for (const row of candidates) {
    if (row.managerUserId) managerOf.set(row.userId, row.managerUserId);
  }
  const accepted: PlannedRow[] = [];
  for (const row of candidates) {
    const loop = cycleFrom(row.userId, managerOf);
    if (loop) {
      skipped.push({ line: row.line, reason: importProblem('loop', { loop: loop.join(' → ') }) });
      continue;
    }
    accepted.push(row);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { accepted, skipped };
}

/** The loop of managers starting at `userId`, if following managers comes back to it. */
function cycleFrom(userId: string, managerOf: ReadonlyMap<string, string>): string[] | undefined {
  const path = [userId];
  let current = managerOf.get(userId);
  while (current !== undefined && path.length <= managerOf.size + 1) {
    path.push(current);
    if (current === userId) return path;
    if (path.indexOf(current) !== path.length - 1) return undefined; // a loop further up, not through this person
    current = managerOf.get(current);
  }
  return undefined;
}
