/**
 * Finds English a person could read in source files: string and template literals with words in
 * them (two words, or one capitalised word such as "Done"), leaving out what nobody reads: module
 * paths, types, log lines and internal errors. Used by literals.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { CATALOGS } from '../../src/i18n/index.js';

export interface Literal {
  file: string;
  line: number;
  text: string;
}

const WORDS = /[A-Za-z]{2,}[\s,.'’:;!?()-]+[A-Za-z]{2,}/;
const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/** A catalog key ('mentoring.offer.title', 'help.group.your-plan'): what is read is its message, not the key. */
const MESSAGE_KEY = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)+$/;

/** An id in kebab case ('conversation-start', 'pathway-report-'): a privacy purpose, an option value, a file stem. */
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-?$/;

/** A command typed as a person would ('/pathway language '), a URL path ('/sandbox/api/state?user='), a locale ('en-GB'). */
const COMMAND_PATH_OR_LOCALE = /^\/[a-z]+(?: [a-z]+)* ?$|^\/[\w/.?=&-]+$|^[a-z]{2}-[A-Z]{2}$/;

function readable(text: string): boolean {
  const trimmed = text.trim();
  if (MESSAGE_KEY.test(trimmed) || KEBAB_ID.test(trimmed) || COMMAND_PATH_OR_LOCALE.test(text)) return false;
  return WORDS.test(trimmed) || CAPITALISED_WORD.test(trimmed);
}

/** Functions whose argument at this position is a log message ("what failed"), not something a person reads. */
const LOG_ARGUMENTS: Record<string, number> = { viewFailureMessage: 3, logViewFailure: 3 };

const MESSAGE_KEYS = Object.keys(CATALOGS.en);

/** HTML attributes whose values nobody reads (the sandbox page's class names and link relations). */
const UNREAD_ATTRIBUTES = new Set(['class', 'className', 'rel']);
/** DOM methods whose argument is a CSS selector. */
const SELECTOR_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest']);

/** A catalog key ('checkin.intro'), or the start of one built at run time (`readiness.rating.${rating}`). */
function isMessageKey(node: ts.Node, text: string): boolean {
  if (ts.isTemplateExpression(node))
    return /^[a-z][\w-]*\.[\w.-]*$/.test(text) && MESSAGE_KEYS.some((key) => key.startsWith(text));
  return MESSAGE_KEYS.includes(text);
}

/**
 * Literals nobody reads: module specifiers, types, log messages, `new Error(…)`, zod issues (their
 * messages are mapped to catalog text where shown), property names ('Content-Type'), values compared against.
 */
function unread(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (parent && ts.isPropertyAssignment(parent) && UNREAD_ATTRIBUTES.has(parent.name.getText())) return true;
  if (
    parent &&
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(parent.left) &&
    UNREAD_ATTRIBUTES.has(parent.left.name.text)
  )
    return true;
  if (
    parent &&
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      parent.operatorToken.kind,
    )
  )
    return true;
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (
      ts.isImportDeclaration(current) ||
      ts.isExportDeclaration(current) ||
      ts.isImportTypeNode(current) ||
      ts.isTypeNode(current)
    )
      return true;
    if (ts.isNewExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === 'Error')
      return true;
    if (ts.isCallExpression(current) && ts.isIdentifier(current.expression)) {
      const position = LOG_ARGUMENTS[current.expression.text];
      if (position !== undefined && current.arguments[position] === node) return true;
    }
    if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
      const method = current.expression.name.text;
      if (LOG_METHODS.has(method) && /log/i.test(current.expression.expression.getText())) return true;
      if (method === 'addIssue') return true;
      if (SELECTOR_METHODS.has(method) && current.arguments.includes(node as ts.Expression)) return true;
    }
    if (ts.isBlock(current) || ts.isSourceFile(current)) return false;
  }
  return false;
}

export function readableLiterals(file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    let texts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts = [node.text];
    else if (ts.isTemplateExpression(node))
      texts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    const text = texts.filter(readable).join('…');
    if (text !== '' && !unread(node) && !isMessageKey(node, ts.isTemplateExpression(node) ? node.head.text : text))
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The TypeScript files under `folder`, recursively, as paths from the repository root. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`)
    .sort();
}
