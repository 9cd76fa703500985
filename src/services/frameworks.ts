/**
 * Framework versions stored per workspace. Versions are immutable, so a parsed
 * framework is cached by its row id for the life of the process.
 */

import type { PrismaClient } from '../db/client.js';
import { parseFramework } from '../domain/framework/parse.js';
import { type Framework, FrameworkSchema } from '../domain/framework/schema.js';
import { localizeFramework } from '../domain/framework/translations.js';
import type { Language } from '../domain/language.js';
import type { FrameworkVersion } from '../generated/prisma/client.js';
import { DEFAULT_FRAMEWORK_FILE, joinFrameworkFiles, readFrameworkFiles } from './framework-files.js';

export interface ActiveFramework {
  versionId: string;
  version: number;
  framework: Framework;
}

const parsedCache = new Map<string, Framework>();
/** By `versionId:language`: one object per version and language, so queries' per-object indexes are reused. */
const localizedCache = new Map<string, Framework>();

/**
 * The framework of a version in the reader's language (falling back text by text to the
 * framework's own). Without a language: as written, which is what rules and admins read.
 */
export function inLanguage(versionId: string, framework: Framework, language: Language | undefined): Framework {
  if (language === undefined) return framework;
  const key = `${versionId}:${language}`;
  let localized = localizedCache.get(key);
  if (!localized) {
    localized = localizeFramework(framework, language);
    localizedCache.set(key, localized);
  }
  return localized;
}

export function frameworkOf(row: Pick<FrameworkVersion, 'id' | 'definition'>): Framework {
  let framework = parsedCache.get(row.id);
  if (!framework) {
    // Stored definitions were validated on load; parsing again guards against hand edits.
    framework = FrameworkSchema.parse(row.definition);
    parsedCache.set(row.id, framework);
  }
  return framework;
}

/**
 * Frameworks by version id, reading from the database only the versions not
 * parsed yet. Rows that point at a version (check-ins, pathways) should carry
 * its id, not include the version: its definition and YAML are large, and
 * joining them to every row made a year of check-ins cost megabytes a request.
 */
export async function frameworksById(
  prisma: Pick<PrismaClient, 'frameworkVersion'>,
  ids: Iterable<string>,
  language?: Language,
): Promise<Map<string, Framework>> {
  const wanted = [...new Set(ids)];
  const missing = wanted.filter((id) => !parsedCache.has(id));
  if (missing.length > 0) {
    const rows = await prisma.frameworkVersion.findMany({
      where: { id: { in: missing } },
      select: { id: true, definition: true },
    });
    for (const row of rows) frameworkOf(row);
  }
  const found = new Map<string, Framework>();
  for (const id of wanted) {
    const framework = parsedCache.get(id);
    if (framework) found.set(id, inLanguage(id, framework, language));
  }
  return found;
}

/** The framework of one version; the version must exist (rows reference it with a foreign key). */
export async function frameworkFor(
  prisma: Pick<PrismaClient, 'frameworkVersion'>,
  versionId: string,
  language?: Language,
): Promise<Framework> {
  const framework = (await frameworksById(prisma, [versionId], language)).get(versionId);
  if (!framework) throw new Error(`Framework version ${versionId} does not exist`);
  return framework;
}

let defaultSource: Promise<{ source: string; framework: Framework }> | undefined;

function defaultFramework(): Promise<{ source: string; framework: Framework }> {
  defaultSource ??= (async () => {
    // Stored with its translations as one text, so the version's source alone rebuilds it.
    const source = joinFrameworkFiles(await readFrameworkFiles(DEFAULT_FRAMEWORK_FILE));
    const parsed = parseFramework(source, DEFAULT_FRAMEWORK_FILE);
    if (!parsed.ok)
      throw new Error(`The shipped default framework is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
    return { source, framework: parsed.framework };
  })();
  return defaultSource;
}

/** Gives a workspace the default framework as version 1 when it has none yet. */
export async function installDefaultFramework(prisma: PrismaClient, workspaceId: string): Promise<void> {
  const { source, framework } = await defaultFramework();
  await prisma.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    if (workspace.activeFrameworkId) return;
    const latest = await tx.frameworkVersion.findFirst({ where: { workspaceId }, orderBy: { version: 'desc' } });
    const created = await tx.frameworkVersion.create({
      data: {
        workspaceId,
        version: (latest?.version ?? 0) + 1,
        name: framework.name,
        source,
        definition: framework,
        loadedBy: 'default',
      },
    });
    await tx.workspace.update({ where: { id: workspaceId }, data: { activeFrameworkId: created.id } });
  });
}

/** The workspace's active framework; in `language` for what a person reads (see inLanguage). */
export async function activeFramework(
  prisma: PrismaClient,
  workspaceId: string,
  language?: Language,
): Promise<ActiveFramework> {
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    include: { activeFramework: { select: { id: true, version: true } } },
  });
  if (!workspace.activeFramework) {
    await installDefaultFramework(prisma, workspaceId);
    return activeFramework(prisma, workspaceId, language);
  }
  const row = workspace.activeFramework;
  return { versionId: row.id, version: row.version, framework: await frameworkFor(prisma, row.id, language) };
}
