/**
 * npm run db:make-migration -- <name>   write a migration for schema changes
 * npm run db:migrate                    apply pending migrations to DATABASE_URL
 *                                       (or the embedded database in ./data/)
 */
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';
import { createMigration } from '../src/db/migrations.js';

const migrationName = z
  .string()
  .regex(/^[a-z0-9_]{1,60}$/, 'use lower-case letters, digits and underscores, e.g. add_outbox_index');

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'make') {
    const parsed = migrationName.safeParse(name);
    if (!parsed.success) {
      console.error(`Migration name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      process.exit(1);
    }
    const folder = await createMigration(parsed.data);
    console.log(folder ? `Created ${folder}` : 'The schema matches the migrations: nothing to create.');
    return;
  }
  if (command === 'deploy') {
    const config = loadConfig(process.env);
    const db = await openDatabase(config);
    try {
      const applied = await db.migrate();
      console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.');
    } finally {
      await db.close();
    }
    return;
  }
  console.error('Usage: tsx scripts/migrate.ts make <name> | deploy');
  process.exit(1);
}

await main().catch((error: unknown) => {
  // Another process holds the embedded database: one line saying which, no stack trace.
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exit(1);
});
