/**
 * Framework YAML → validated Framework, or a list of problems that each point at a line.
 *
 * Admins edit these files by hand, so every schema problem is reported at once (not just
 * the first), with the dotted path of the offending node and its line in the source.
 * YAML syntax errors are the exception (see yamlErrorProblem).
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { type Framework, FrameworkSchema, formatPath } from './schema.js';

export interface FrameworkProblem {
  /** File name given to parseFramework, if any; shown first when formatting. */
  file?: string;
  /** Dotted path of the offending node, e.g. `stages[2].roles[0].title`; '' for the file itself. */
  path: string;
  /** 1-based line in the source, or null when the problem has no place (e.g. empty file). */
  line: number | null;
  message: string;
}

export type ParseFrameworkResult = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

type PathSegment = string | number;

/** Files come from admins' uploads; the shipped ones are ~50 KB, so 1 MB is generous. */
export const MAX_FRAMEWORK_SOURCE_LENGTH = 1_000_000;

export function parseFramework(yamlText: string, fileName?: string): ParseFrameworkResult {
  const withFile = (problem: FrameworkProblem): FrameworkProblem =>
    fileName ? { file: fileName, ...problem } : problem;
  if (yamlText.length > MAX_FRAMEWORK_SOURCE_LENGTH) {
    const message = `File too large: ${yamlText.length} characters, at most ${MAX_FRAMEWORK_SOURCE_LENGTH}`;
    return { ok: false, problems: [withFile({ path: '', line: null, message })] };
  }
  const lineCounter = new LineCounter();
  // prettyErrors off: its messages embed a multi-line excerpt; we report the line ourselves.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const [firstError, ...laterErrors] = doc.errors;
  if (firstError) {
    return { ok: false, problems: [withFile(yamlErrorProblem(firstError, laterErrors.length, lineCounter))] };
  }
  if (doc.contents === null) {
    return {
      ok: false,
      problems: [
        withFile({
          path: '',
          line: null,
          message: 'The file is empty; a framework starts with "version: 1" and "name: …"',
        }),
      ],
    };
  }

  const data = documentData(doc);
  if (!data.ok) return { ok: false, problems: [withFile({ path: '', line: null, message: data.message })] };
  const result = FrameworkSchema.safeParse(data.value, { error: describeIssue });
  if (result.success) return { ok: true, framework: result.data };

  const locate = (path: PathSegment[]): number | null => lineOf(doc, path, lineCounter);
  const problems = result.error.issues.flatMap((issue) => issueProblems(issue, locate)).map(withFile);
  return { ok: false, problems: sortProblems(problems) };
}

/** toJS throws on alias bombs (`*a` expanding to millions of nodes); that is a problem, not a crash. */
function documentData(doc: Document): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { ok: false, message: `YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One line per problem: `file line 42 stages[2].roles[0].title: Too long: …`. */
export function formatProblems(problems: readonly FrameworkProblem[]): string {
  return problems.map(formatProblem).join('\n');
}

export function formatProblem(problem: FrameworkProblem): string {
  const where = [problem.file, problem.line === null ? null : `line ${problem.line}`, problem.path || null]
    .filter((part): part is string => Boolean(part))
    .join(' ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/**
 * YAML errors cascade: one unclosed bracket yields a dozen messages on the lines after it,
 * all of them misleading. So only the first is shown, with a count of the rest.
 */
function yamlErrorProblem(error: YAMLError, moreErrors: number, lineCounter: LineCounter): FrameworkProblem {
  // The library's wording for this one names its own API; admins need to know what to remove.
  const message =
    error.code === 'MULTIPLE_DOCS'
      ? 'A framework file holds one YAML document; remove the "---" separator'
      : error.message;
  const more =
    moreErrors === 0
      ? ''
      : ` (${moreErrors} more syntax error${moreErrors === 1 ? '' : 's'} after it, often caused by this one)`;
  return { path: '', line: lineCounter.linePos(error.pos[0]).line, message: `YAML syntax: ${message}${more}` };
}

/** Unknown fields are one issue per object in zod; we split them so each points at its own line. */
function issueProblems(issue: z.core.$ZodIssue, locate: (path: PathSegment[]) => number | null): FrameworkProblem[] {
  const path = toSegments(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      return { path: formatPath(keyPath), line: locate(keyPath), message: `Unknown field "${key}"` };
    });
  }
  return [{ path: formatPath(path), line: locate(path), message: issue.message }];
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** In file order, so the list reads top to bottom like the file. */
function sortProblems(problems: FrameworkProblem[]): FrameworkProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

// ---------------------------------------------------------------------------
// Messages. Zod's defaults speak to developers ("expected string to have <=75
// characters"); admins get the measured value and the limit instead.

function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Missing required field'
        : `Expected ${describeExpected(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_big':
      return describeTooBig(issue.origin, issue.input, issue.maximum);
    case 'too_small':
      return describeTooSmall(issue.origin, issue.input, issue.minimum);
    case 'invalid_value':
      return `Must be one of: ${issue.values.map((v) => String(v)).join(', ')}; got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
}

function describeTooBig(origin: string, input: unknown, maximum: number | bigint): string | undefined {
  if (origin === 'string' && typeof input === 'string')
    return `Too long: ${input.length} characters, at most ${maximum}`;
  if (origin === 'array' && Array.isArray(input)) return `Too many items: ${input.length}, at most ${maximum}`;
  if (origin === 'number') return `Too large: ${describeValue(input)}, at most ${maximum}`;
  return undefined;
}

function describeTooSmall(origin: string, input: unknown, minimum: number | bigint): string | undefined {
  if (origin === 'string' && typeof input === 'string') {
    return Number(minimum) === 1 ? 'Must not be empty' : `Too short: ${input.length} characters, at least ${minimum}`;
  }
  if (origin === 'array' && Array.isArray(input)) {
    return Number(minimum) === 1
      ? 'Must list at least one item'
      : `Too few items: ${input.length}, at least ${minimum}`;
  }
  if (origin === 'number') return `Too small: ${describeValue(input)}, at least ${minimum}`;
  return undefined;
}

/** Zod names JavaScript types; the file's authors think in YAML terms. */
function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping (key: value lines)',
    array: 'a list',
    string: 'text',
    number: 'a number',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

// ---------------------------------------------------------------------------
// Locating a path in the YAML document.

/**
 * Line of the node at `path`. For a mapping entry that is the line of its key (where the
 * reader looks); when the path does not exist (a missing field) it is the line of the
 * deepest node that does, i.e. the mapping that lacks the field.
 */
function lineOf(doc: Document, path: PathSegment[], lineCounter: LineCounter): number | null {
  let node = resolveAlias(doc, doc.contents);
  let offset = rangeStart(node);
  for (const segment of path) {
    const step = childOf(doc, node, segment);
    if (!step) break;
    node = step.node;
    offset = step.offset ?? offset;
  }
  return offset === undefined ? null : lineCounter.linePos(offset).line;
}

interface Step {
  node: Node | null;
  /** Where the child starts in the source: the key of a pair, or the item of a sequence. */
  offset: number | undefined;
}

function childOf(doc: Document, node: Node | null, segment: PathSegment): Step | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
    );
    if (!pair) return undefined;
    const key = isScalar(pair.key) ? pair.key : null;
    const value = resolveAlias(
      doc,
      isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) || isAlias(pair.value) ? pair.value : null,
    );
    return { node: value, offset: rangeStart(key) ?? rangeStart(value) };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    if (item === undefined) return undefined;
    const value = resolveAlias(doc, isScalar(item) || isMap(item) || isSeq(item) || isAlias(item) ? item : null);
    return { node: value, offset: rangeStart(value) };
  }
  return undefined;
}

/** Follows `*anchor` references so paths into aliased content still find a line. */
function resolveAlias(doc: Document, node: Node | null | undefined): Node | null {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ?? null;
  }
  return node ?? null;
}

function rangeStart(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}
