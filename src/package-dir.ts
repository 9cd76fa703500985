import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a folder shipped beside package.json (prisma/, frameworks/).
 * Code runs from src/ under tsx and from dist/src/ once compiled, so instead of
 * a fixed number of `..` we walk up to the first directory holding both
 * package.json and the folder.
 */
export function packageFolder(name: string, startDir = dirname(fileURLToPath(import.meta.url))): string {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No ${name}/ folder next to a package.json above ${startDir}`);
    dir = parent;
  }
}
