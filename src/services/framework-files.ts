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
import {
  formatProblems,
  type ParseFrameworkResult,
  parseFramework,
  type TranslationSource,
} from '../domain/framework/parse.js';
import type { Framework } from '../domain/framework/schema.js';
import { LANGUAGES } from '../domain/language.js';
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
  const { text, fullPath, translations } = await readFrameworkFiles(path);
  return parseFramework(text, fullPath, translations);
}

export interface FrameworkFiles {
  text: string;
  fullPath: string;
  /** Its translation files found beside it: `name.es.yaml`, `name.de.yaml`… */
  translations: Array<TranslationSource & { fileName: string }>;
}

/** `learning-and-development.yaml` → its sibling translation file for `language`. */
export function translationFileName(frameworkPath: string, language: string): string {
  return frameworkPath.replace(/(\.ya?ml)?$/, `.${language}$1`);
}

/** A framework file and the translation files beside it (each optional, one per language Pathway speaks). */
export async function readFrameworkFiles(path: string): Promise<FrameworkFiles> {
  const fullPath = isAbsolute(path) ? path : resolve(frameworksDir(), path);
  const text = await readFile(fullPath, 'utf8');
  const found = await Promise.all(
    LANGUAGES.map(async (language) => {
      const fileName = translationFileName(fullPath, language);
      try {
        return [{ fileName, text: await readFile(fileName, 'utf8') }];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    }),
  );
  return { text, fullPath, translations: found.flat() };
}

/**
 * The framework and its translations as one YAML text (documents joined by `---`), the
 * form an admin can upload and the one stored as a version's source: it parses to the
 * same framework on its own.
 */
export function joinFrameworkFiles(files: Pick<FrameworkFiles, 'text' | 'translations'>): string {
  return `${[files.text, ...files.translations.map((translation) => translation.text)]
    .map((text) => text.replace(/\s+$/, ''))
    .join('\n---\n')}\n`;
}

/** The shipped Learning & Development framework. Throws if it is invalid: that is a bug in the package. */
export async function loadDefaultFramework(): Promise<Framework> {
  const result = await loadFrameworkFile(DEFAULT_FRAMEWORK_FILE);
  if (!result.ok) {
    throw new FrameworkLoadError(`The default framework is invalid:\n${formatProblems(result.problems)}`);
  }
  return result.framework;
}
