// Generates the Prisma client on `npm install` without downloading anything:
// `prisma generate` only checks that a schema engine binary path exists, and
// Pathway runs migrations with the wasm engine (src/db/migrations.ts) instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cli;
try {
  cli = require.resolve('prisma/build/index.js');
} catch {
  // A production install (npm ci --omit=dev) has no Prisma CLI; it runs the compiled dist/,
  // which already holds the client generated at build time.
  console.log('Prisma CLI not installed (production install): the client compiled into dist/ is used.');
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
