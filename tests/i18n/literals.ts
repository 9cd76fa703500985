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

function readable(text: string): boolean {
  const trimmed = text.trim();
  return !MESSAGE_KEY.test(trimmed) && (WORDS.test(trimmed) || CAPITALISED_WORD.test(trimmed));
}

const MESSAGE_KEYS = Object.keys(CATALOGS.en);

/** A catalog key ('checkin.intro'), or the start of one built at run time (`readiness.rating.${rating}`). */
function isMessageKey(node: ts.Node, text: string): boolean {
  if (ts.isTemplateExpression(node))
    return /^[a-z][\w-]*\.[\w.-]*$/.test(text) && MESSAGE_KEYS.some((key) => key.startsWith(text));
  return MESSAGE_KEYS.includes(text);
}

/** Literals nobody reads: module specifiers, types, log messages, `new Error(…)`, message keys, values compared against. */
function unread(node: ts.Node): boolean {
  const parent = node.parent;
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
    if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
      const method = current.expression.name.text;
      if (LOG_METHODS.has(method) && /log/i.test(current.expression.expression.getText())) return true;
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
