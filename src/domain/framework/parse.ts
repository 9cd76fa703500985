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
  parseAllDocuments,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { isLanguage, type Language } from '../language.js';
import {
  type Framework,
  FrameworkSchema,
  type FrameworkTranslation,
  formatPath,
  TranslationDocumentSchema,
} from './schema.js';
import { translationGaps } from './translations.js';

export interface FrameworkProblem {
  /** File name given to parseFramework, if any; shown first when formatting. */
  file?: string;
  /** Dotted path of the offending node, e.g. `stages[2].roles[0].title`; '' for the file itself. */
  path: string;
  /** 1-based line in the source, or null when the problem has no place (e.g. empty file). */
  line: number | null;
  message: string;
}

/**
 * Warnings do not stop a load: today they are incomplete translations, which fall back to
 * the framework's own language. They are located like problems.
 */
export type ParseFrameworkResult =
  | { ok: true; framework: Framework; warnings: FrameworkProblem[] }
  | { ok: false; problems: FrameworkProblem[] };

/** One more YAML text holding translations, e.g. `learning-and-development.es.yaml`. */
export interface TranslationSource {
  text: string;
  fileName?: string | undefined;
}

type PathSegment = string | number;

/** Files come from admins' uploads; the shipped ones are ~50 KB, so 1 MB is generous. */
export const MAX_FRAMEWORK_SOURCE_LENGTH = 1_000_000;

/** One YAML document and how to point into it. */
interface LocatedDocument {
  doc: Document;
  lineCounter: LineCounter;
  file: string | undefined;
}

type SourceRead = { ok: true; documents: LocatedDocument[] } | { ok: false; problem: FrameworkProblem };

/**
 * The framework is the first document of `yamlText`. Translations follow it after `---`
 * lines (so one uploaded file can carry them), or come as separate texts (the shipped
 * `name.es.yaml` beside `name.yaml`), or sit under `translations:` in the framework itself.
 */
export function parseFramework(
  yamlText: string,
  fileName?: string,
  translationSources: readonly TranslationSource[] = [],
): ParseFrameworkResult {
  const main = readSource(yamlText, fileName);
  if (!main.ok) return { ok: false, problems: [main.problem] };
  const [frameworkDocument, ...appended] = main.documents;
  if (!frameworkDocument) {
    return {
      ok: false,
      problems: [
        withFile(fileName, {
          path: '',
          line: null,
          message: 'The file is empty; a framework starts with "version: 1" and "name: …"',
        }),
      ],
    };
  }
  const others: LocatedDocument[] = [...appended];
  for (const source of translationSources) {
    const read = readSource(source.text, source.fileName);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    others.push(...read.documents);
  }

  const data = documentData(frameworkDocument.doc);
  if (!data.ok) return { ok: false, problems: [withFile(fileName, { path: '', line: null, message: data.message })] };
  const translations = readTranslations(data.value, frameworkDocument, others);
  const result = FrameworkSchema.safeParse(translations.merged, { error: describeIssue });
  const problems = result.success
    ? []
    : sortProblems(result.error.issues.flatMap((issue) => issueProblems(issue, frameworkDocument)));
  problems.push(...translations.problems);
  if (!result.success || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    framework: result.data,
    warnings: translationWarnings(result.data, frameworkDocument, translations.origins),
  };
}

function withFile(file: string | undefined, problem: FrameworkProblem): FrameworkProblem {
  return file ? { file, ...problem } : problem;
}

function readSource(text: string, file: string | undefined): SourceRead {
  if (text.length > MAX_FRAMEWORK_SOURCE_LENGTH) {
    const message = `File too large: ${text.length} characters, at most ${MAX_FRAMEWORK_SOURCE_LENGTH}`;
    return { ok: false, problem: withFile(file, { path: '', line: null, message }) };
  }
  const lineCounter = new LineCounter();
  // prettyErrors off: its messages embed a multi-line excerpt; we report the line ourselves.
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [firstError, ...laterErrors] = docs.flatMap((doc) => doc.errors);
  if (firstError)
    return { ok: false, problem: withFile(file, yamlErrorProblem(firstError, laterErrors.length, lineCounter)) };
  // A document of comments only (e.g. a header before `---`) holds nothing.
  const documents = docs.filter((doc) => doc.contents !== null).map((doc) => ({ doc, lineCounter, file }));
  return { ok: true, documents };
}

/** Where each language's translation was written, to point at its lines. */
interface TranslationOrigin {
  document: LocatedDocument;
  /** Path of the translation inside that document: [] for a document of its own. */
  prefix: PathSegment[];
}

interface TranslationsRead {
  /** The framework's data with every valid translation document under `translations`. */
  merged: unknown;
  origins: Map<Language, TranslationOrigin>;
  problems: FrameworkProblem[];
}

function readTranslations(
  frameworkData: unknown,
  frameworkDocument: LocatedDocument,
  documents: readonly LocatedDocument[],
): TranslationsRead {
  const origins = new Map<Language, TranslationOrigin>();
  const problems: FrameworkProblem[] = [];
  if (!isRecord(frameworkData)) return { merged: frameworkData, origins, problems };
  // A `translations:` section that is not a mapping is left for the schema to report.
  if (frameworkData.translations !== undefined && !isRecord(frameworkData.translations))
    return { merged: frameworkData, origins, problems };
  const translations: Record<string, unknown> = { ...frameworkData.translations };
  for (const language of Object.keys(translations)) {
    if (isLanguage(language))
      origins.set(language, { document: frameworkDocument, prefix: ['translations', language] });
  }
  const ownLanguage = typeof frameworkData.language === 'string' ? frameworkData.language : 'en';
  for (const document of documents) {
    const data = documentData(document.doc);
    if (!data.ok) {
      problems.push(withFile(document.file, { path: '', line: null, message: data.message }));
      continue;
    }
    if (isRecord(data.value) && 'version' in data.value) {
      const message =
        'A framework file holds one framework: a document after "---" must be a translation, starting with "language: es" (or another language)';
      problems.push(located(document, [], message));
      continue;
    }
    const parsed = TranslationDocumentSchema.safeParse(data.value, { error: describeIssue });
    if (!parsed.success) {
      problems.push(...sortProblems(parsed.error.issues.flatMap((issue) => issueProblems(issue, document))));
      continue;
    }
    const { language, ...texts } = parsed.data;
    const earlier = origins.get(language);
    if (language === ownLanguage) {
      problems.push(
        located(
          document,
          ['language'],
          `The framework itself is written in ${language}; a translation is for another language`,
        ),
      );
    } else if (earlier) {
      const first = located(earlier.document, [...earlier.prefix], '');
      const where = [first.file, first.line === null ? null : `line ${first.line}`].filter((part) => part).join(' ');
      problems.push(
        located(
          document,
          ['language'],
          `The ${language} translation is given twice (first at ${where || 'the top'}); keep one`,
        ),
      );
    } else {
      const translation: FrameworkTranslation = texts;
      translations[language] = translation;
      origins.set(language, { document, prefix: [] });
    }
  }
  const merged = origins.size > 0 ? { ...frameworkData, translations } : frameworkData;
  return { merged, origins, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem at `path` of one document, with its line and file. */
function located(document: LocatedDocument, path: PathSegment[], message: string): FrameworkProblem {
  return withFile(document.file, {
    path: formatPath(path),
    line: lineOf(document.doc, path, document.lineCounter),
    message,
  });
}

/** Incomplete translations, at the untranslated text; translations of nothing, where they are written. */
function translationWarnings(
  framework: Framework,
  frameworkDocument: LocatedDocument,
  origins: Map<Language, TranslationOrigin>,
): FrameworkProblem[] {
  const gaps = translationGaps(framework);
  const missing = gaps.missing.map((gap) => located(frameworkDocument, gap.path, gap.message));
  const unused = gaps.unused.map((gap) => {
    const origin = origins.get(gap.language);
    return origin
      ? located(origin.document, [...origin.prefix, ...gap.path], gap.message)
      : located(frameworkDocument, ['translations', gap.language, ...gap.path], gap.message);
  });
  return [...sortProblems(missing), ...sortProblems(unused)];
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
 * Warnings for the admin who loaded the file, one a line in file order, cut to `maxLength`
 * with a count of the rest (a translation left out entirely warns once per text).
 */
export function summarizeWarnings(warnings: readonly FrameworkProblem[], maxLength: number): string {
  let text = '';
  for (const [index, warning] of warnings.entries()) {
    const line = `${text === '' ? '' : '\n'}• ${formatProblem(warning)}`;
    const rest = warnings.length - index;
    if (text.length + line.length > maxLength - 40)
      return `${text}\n…and ${rest} more warning${rest === 1 ? '' : 's'}.`;
    text += line;
  }
  return text;
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
function issueProblems(issue: z.core.$ZodIssue, document: LocatedDocument): FrameworkProblem[] {
  const path = toSegments(issue.path);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => located(document, [...path, key], `Unknown field "${key}"`));
  return [located(document, path, issue.message)];
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
      if (issue.input === undefined)
        return `Missing required field, one of: ${issue.values.map((v) => String(v)).join(', ')}`;
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
