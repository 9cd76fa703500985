/**
 * The house rules of src/, read from the code itself: every import of every file under src/
 * (static, re-exports and dynamic import()), resolved to files, then checked against the
 * layers — listeners → services → domain, Block Kit built in src/blocks — and for cycles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const LISTENER_KINDS = ['actions', 'commands', 'events', 'views', 'shortcuts'] as const;

interface Import {
  /** Importing file, relative to src/ (e.g. `services/celebrations.ts`). */
  readonly from: string;
  /** Resolved file relative to src/ for a relative import, else the package specifier. */
  readonly to: string;
  readonly local: boolean;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const from = path.relative(SRC, file);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const local = specifier.startsWith('.');
    const to = local
      ? path.relative(SRC, path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')))
      : specifier;
    found.push({ from, to, local, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(argument.text, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);
const localImports = imports.filter((entry) => entry.local && !entry.to.startsWith('generated/'));
const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);
const show = (entry: Import) => `${entry.from} → ${entry.to}`;

/** Import cycles: each strongly connected component with more than one file, or a file importing itself. */
function cycles(): string[][] {
  const graph = new Map<string, string[]>();
  for (const entry of localImports) graph.set(entry.from, [...(graph.get(entry.from) ?? []), entry.to]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return found;
}

describe('src/ imports', () => {
  it('reads a plausible import graph (the parser sees the files and their imports)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(localImports.some((entry) => entry.from === 'main.ts' && entry.to === 'app.ts')).toBe(true);
    expect(imports.some((entry) => entry.from === 'main.ts' && entry.to === 'sandbox/sandbox.ts')).toBe(true);
    for (const entry of localImports) expect(files, show(entry)).toContain(path.join(SRC, entry.to));
  });

  it('has no import cycle (type-only imports included)', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps domain/ pure: it imports only domain/ and no Slack, database or I/O package', () => {
    const forbiddenPackage = /^(@slack\/|@prisma\/|pg$|@electric-sql\/|node:(fs|http|https|net|child_process))/;
    const wrong = imports.filter(
      (entry) =>
        under(entry.from, 'domain') && (entry.local ? !under(entry.to, 'domain') : forbiddenPackage.test(entry.to)),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('keeps services/ free of Slack surfaces: no import of blocks/ or listeners/ (message builders are passed in)', () => {
    const wrong = localImports.filter(
      (entry) => under(entry.from, 'services') && (under(entry.to, 'blocks') || under(entry.to, 'listeners')),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('keeps listener kinds apart: actions, commands, events, views and shortcuts share flows through listeners/flows/', () => {
    const kindOf = (file: string) => LISTENER_KINDS.find((kind) => under(file, `listeners/${kind}`));
    const wrong = localImports.filter((entry) => {
      const kind = kindOf(entry.from);
      const target = kindOf(entry.to);
      return kind !== undefined && target !== undefined && kind !== target;
    });
    expect(wrong.map(show)).toEqual([]);
  });

  it('lets listeners reach the database only through services: no db/ or Prisma client import, no query of their own', () => {
    const wrong = imports
      .filter((entry) => under(entry.from, 'listeners') && !entry.typeOnly)
      .filter((entry) =>
        entry.local ? under(entry.to, 'db') || under(entry.to, 'generated') : entry.to.startsWith('@prisma/'),
      )
      .map(show);
    const query =
      /\bprisma\s*\.\s*(\$(transaction|queryRaw|executeRaw)\w*|[a-z]\w*\s*\.\s*(find|create|update|upsert|delete|count|aggregate|groupBy)\w*)\s*\(/g;
    for (const file of files.filter((file) => under(path.relative(SRC, file), 'listeners'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(query))
        wrong.push(`${path.relative(SRC, file)}: ${match[0]}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the README's layout", () => {
  it('names every folder of src/ and packages/, one line each, and no folder the tree lacks', () => {
    const readme = readFileSync('README.md', 'utf8');
    const named = [...readme.matchAll(/^((?:src|packages)\/[\w/-]*)\s{2,}\S/gm)].map((match) => match[1]!);
    const folders = ['src', 'packages'].flatMap((top) =>
      readdirSync(top, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${top}/${entry.name}/`),
    );
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([]);
    expect(named.filter((folder) => !readdirSync(path.dirname(folder)).includes(path.basename(folder)))).toEqual([]);
  });
});
