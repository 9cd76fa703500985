/**
 * npm run framework:load -- <file.yaml> --team T0123ABCD
 *
 * Loads a replacement career framework for one workspace, from the same database
 * `npm start` uses (DATABASE_URL, or the embedded one in DATA_DIR; with the embedded
 * database, stop the app first: only one process can open it, and the app's lock
 * refuses this script while it runs). A file with problems
 * prints each one as `line N path: message` and exits 1 without changing anything.
 * Translation files beside it (`<file>.es.yaml`, `<file>.de.yaml`) are loaded with it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type Config, ConfigError, loadConfig } from '../src/config.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';
import type { FrameworkChangeSummary } from '../src/domain/framework/changes.js';
import { formatProblems, parseFramework } from '../src/domain/framework/parse.js';
import type { FrameworkLoaded } from '../src/services/framework-admin.js';
import { type FrameworkFiles, joinFrameworkFiles, readFrameworkFiles } from '../src/services/framework-files.js';

const USAGE = 'Usage: npm run framework:load -- <file.yaml> --team <Slack team id, e.g. T0123ABCD>';

const argsSchema = z.object({
  file: z.string({ error: 'give the framework file to load' }),
  team: z
    .string({ error: 'give the workspace with --team' })
    .regex(/^T[A-Z0-9]{2,}$/, '--team must be a Slack team id such as T0123ABCD'),
});

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function splitArgs(): { positionals: string[]; team: string | undefined } {
  try {
    const parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { team: { type: 'string' } },
    });
    return { positionals: parsed.positionals, team: parsed.values.team };
  } catch (error) {
    return fail([(error as Error).message, USAGE]);
  }
}

function readArgs(): z.infer<typeof argsSchema> {
  const parsed = splitArgs();
  if (parsed.positionals.length > 1) fail([`Load one file at a time (got ${parsed.positionals.length}).`, USAGE]);
  const args = argsSchema.safeParse({ file: parsed.positionals[0], team: parsed.team });
  if (!args.success) fail([...args.error.issues.map((issue) => issue.message), USAGE]);
  return args.data;
}

function summaryLines(summary: FrameworkChangeSummary): string[] {
  const keys = (roles: Array<{ key: string; title: string }>): string =>
    roles.map((role) => `${role.title} (${role.key})`).join(', ');
  const lines: string[] = [];
  if (summary.added.length > 0) lines.push(`  added: ${keys(summary.added)}`);
  for (const change of summary.renamed)
    lines.push(`  renamed: ${change.from.title} (${change.from.key}) -> ${change.to.title} (${change.to.key})`);
  for (const change of summary.retitled)
    lines.push(`  retitled: ${change.previousTitle} -> ${change.title} (${change.key})`);
  if (summary.removed.length > 0) lines.push(`  removed: ${keys(summary.removed)}`);
  return lines.length > 0 ? lines : ['  no roles added, renamed or removed'];
}

function report(team: string, loaded: FrameworkLoaded): void {
  console.log(
    `Loaded "${loaded.name}" as version ${loaded.version} for ${team} (was version ${loaded.previousVersion}).`,
  );
  for (const line of summaryLines(loaded.summary)) console.log(line);
  console.log(
    `Active pathways moved to version ${loaded.version}: ${loaded.pathwaysMoved}; left as they were, owner asked to choose a new goal: ${loaded.pathwaysToChoose}; people to be told by DM: ${loaded.peopleNotified}.`,
  );
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError)
      fail(['Fix these environment variables:', ...error.problems.map((problem) => `  ${problem}`)]);
    throw error;
  }
}

async function main(): Promise<void> {
  const args = readArgs();
  let files: FrameworkFiles;
  try {
    files = await readFrameworkFiles(path.resolve(args.file));
  } catch (error) {
    return fail([`Cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  // Checked before the database is opened: a bad file needs nothing else to be reported.
  // Each file apart, so every line number is that file's own.
  const parsed = parseFramework(files.text, undefined, files.translations);
  if (!parsed.ok) {
    fail([`${args.file}: ${parsed.problems.length} problem(s); nothing was changed.`, formatProblems(parsed.problems)]);
  }
  if (parsed.warnings.length > 0)
    console.log(`${parsed.warnings.length} warning(s), loading anyway:\n${formatProblems(parsed.warnings)}`);
  // Stored as one text, so the version's source alone rebuilds it.
  const source = joinFrameworkFiles(files);

  const config = readConfig();
  // Loaded only now: a bad file or bad arguments are reported without starting Prisma.
  const [{ openDatabase }, { loadFramework }, { ensureWorkspace }, { frameworkChangeNotice }] = await Promise.all([
    import('../src/db/client.js'),
    import('../src/services/framework-admin.js'),
    import('../src/services/people.js'),
    import('../src/blocks/framework-admin.js'),
  ]);
  const db = await openDatabase(config);
  try {
    await db.migrate();
    const existing = await db.prisma.workspace.findUnique({ where: { slackTeamId: args.team } });
    if (!existing)
      console.log(`Workspace ${args.team} is new to Pathway: it starts with the default framework as version 1.`);
    const workspace = existing ?? (await ensureWorkspace(db.prisma, args.team));
    const result = await loadFramework(db.prisma, {
      workspaceId: workspace.id,
      source,
      fileName: args.file,
      actorSlackUserId: null,
      loadedBy: 'command line',
      now: new Date(),
      notice: frameworkChangeNotice,
    });
    if (result.ok) report(args.team, result);
    else if (result.reason === 'unchanged')
      console.log(`${args.file} is identical to the active framework (version ${result.version}); nothing changed.`);
    else {
      console.error(formatProblems(result.problems));
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}

await main().catch((error: unknown) => {
  // Another process holds the embedded database: one line saying which, no stack trace.
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exit(1);
});
