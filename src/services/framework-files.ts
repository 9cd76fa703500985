/**
 * Reading framework files shipped in the package's frameworks/ folder.
 *
 * The folder sits next to package.json. This module runs from src/services under
 * tsx and from dist/src/services once compiled, so instead of a fixed number of
 * `..` we walk up from this file to the first directory that has both a package.json and
 * a frameworks/ folder. (A production image must therefore ship frameworks/ beside dist/.)
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, type ParseFrameworkResult, parseFramework } from '../domain/framework/parse.js';
import type { Framework } from '../domain/framework/schema.js';
import { packageFolder } from '../package-dir.js';

export const DEFAULT_FRAMEWORK_FILE = 'learning-and-development.yaml';

export class FrameworkLoadError extends Error {
  override readonly name = 'FrameworkLoadError';
}

let cachedDir: string | undefined;

/** Absolute path of the package's frameworks/ folder. */
export function frameworksDir(): string {
  cachedDir ??= findFrameworksDir(dirname(fileURLToPath(import.meta.url)));
  return cachedDir;
}

/** Exported for tests: the walk from a given directory (e.g. the compiled dist/src/… one). */
export function findFrameworksDir(startDir: string): string {
  try {
    return packageFolder('frameworks', startDir);
  } catch (error) {
    throw new FrameworkLoadError((error as Error).message);
  }
}

/**
 * Reads and validates one framework file. A relative path is taken inside frameworks/
 * (`loadFrameworkFile('software-engineering.yaml')`); an absolute path is used as is.
 * Problems come back as data, like parseFramework, because an uploaded file being wrong
 * is an expected outcome, not a crash.
 */
export async function loadFrameworkFile(path: string): Promise<ParseFrameworkResult> {
  const fullPath = isAbsolute(path) ? path : resolve(frameworksDir(), path);
  const text = await readFile(fullPath, 'utf8');
  return parseFramework(text, fullPath);
}

/** The shipped Learning & Development framework. Throws if it is invalid: that is a bug in the package. */
export async function loadDefaultFramework(): Promise<Framework> {
  const result = await loadFrameworkFile(DEFAULT_FRAMEWORK_FILE);
  if (!result.ok) {
    throw new FrameworkLoadError(`The default framework is invalid:\n${formatProblems(result.problems)}`);
  }
  return result.framework;
}
