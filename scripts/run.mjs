// Runs one of Pathway's TypeScript entry points (src/main.ts, scripts/*.ts) so the same npm
// script works in both kinds of install: from source under tsx when the development
// dependencies are there (npm install), and from the compiled copy in dist/ in a production
// install (npm ci --omit=dev, the container image), which has no tsx.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('Usage: node scripts/run.mjs <src/main.ts | scripts/name.ts> [arguments]');
  process.exit(1);
}
const fromSource = await import('tsx').then(
  () => true,
  (error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return false;
    throw error;
  },
);
const file = fromSource ? join(root, entry) : join(root, 'dist', entry.replace(/\.ts$/, '.js'));
if (!existsSync(file)) {
  console.error(
    `${relative(root, file)} is missing: run \`npm run build\` first (a production install has no tsx to run the TypeScript sources).`,
  );
  process.exit(1);
}
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
