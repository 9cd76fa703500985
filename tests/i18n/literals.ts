/**
 * Finds English a person could read in source files: string and template literals with words in
 * them (two words, or one capitalised word such as "Done"), leaving out what nobody reads: module
 * paths, types, log lines and internal errors. Used by literals.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Literal {
  file: string;
  line: number;
  text: string;
}

const WORDS = /[A-Za-z]{2,}[\s,.'’:;!?()-]+[A-Za-z]{2,}/;
const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/** A catalog key such as `nudge.label.done` names words; it is not itself read. */
const CATALOG_KEY = /^[a-z][\w-]*(\.[\w-]+)+\.?$/;

function readable(text: string): boolean {
  const trimmed = text.trim();
  if (CATALOG_KEY.test(trimmed)) return false;
  return WORDS.test(trimmed) || CAPITALISED_WORD.test(trimmed);
}

/** Methods whose first argument is a catalog key (`t.t('help.header')`, `t.lookup(…)`), not words. */
const KEY_METHODS = new Set(['t', 'lookup']);

/** Literals nobody reads: module specifiers, types, log messages, `new Error(…)`, zod issues, catalog keys, property names. */
function unread(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (
    ts.isCallExpression(parent) &&
    parent.arguments[0] === node &&
    ts.isPropertyAccessExpression(parent.expression) &&
    KEY_METHODS.has(parent.expression.name.text)
  )
    return true;
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (
      ts.isCallExpression(current) &&
      ts.isPropertyAccessExpression(current.expression) &&
      current.expression.name.text === 'addIssue'
    )
      return true;
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
    if (text !== '' && !unread(node))
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
