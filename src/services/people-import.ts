/**
 * People import: the file is checked first (every row decided, nothing
 * written), and applied after the admin confirms, in ONE transaction with its
 * audit row, so a failure part-way leaves the workspace as it was.
 */

import type { PrismaClient } from '../db/client.js';
import { rolesInStageOrder } from '../domain/framework/queries.js';
import {
  type ImportPlan,
  type PersonRef,
  parseImportFile,
  planImport,
  type ResolvedRow,
} from '../domain/people-import.js';
import { recordAudit } from './audit.js';
import { activeFramework } from './frameworks.js';

/** Who Slack knows; implemented over users.lookupByEmail and users.info (src/slack/directory.ts). */
export interface SlackDirectory {
  /** The Slack user id of the active user with this email, or null. */
  userIdByEmail(email: string): Promise<string | null>;
  /** Whether this id is an active user of the workspace. */
  userExists(userId: string): Promise<boolean>;
}

export type ImportCheck = { ok: true; plan: ImportPlan; rows: number } | { ok: false; problem: string };

/** Decides every row of the file; writes nothing. */
export async function checkImport(
  prisma: PrismaClient,
  directory: SlackDirectory,
  workspaceId: string,
  csv: string,
): Promise<ImportCheck> {
  const parsed = parseImportFile(csv);
  if (!parsed.ok) return parsed;
  const { framework } = await activeFramework(prisma, workspaceId);
  const roleKeys = new Set(rolesInStageOrder(framework).map((role) => role.key));
  const people = await prisma.person.findMany({
    where: { workspaceId },
    select: { slackUserId: true, deactivatedAt: true, manager: { select: { slackUserId: true } } },
  });
  const known = new Set(people.filter((person) => person.deactivatedAt === null).map((person) => person.slackUserId));
  const existingManagers = new Map(
    people.flatMap((person) => (person.manager ? [[person.slackUserId, person.manager.slackUserId] as const] : [])),
  );

  const cache = new Map<string, Promise<string | null>>();
  const resolve = (ref: PersonRef): Promise<string | null> => {
    const key = ref.kind === 'id' ? ref.userId : ref.email;
    let found = cache.get(key);
    if (!found) {
      found =
        ref.kind === 'email'
          ? directory.userIdByEmail(ref.email)
          : known.has(ref.userId)
            ? Promise.resolve(ref.userId)
            : directory.userExists(ref.userId).then((exists) => (exists ? ref.userId : null));
      cache.set(key, found);
    }
    return found;
  };
  const resolved: ResolvedRow[] = [];
  // One row at a time: Slack rate-limits lookups, and the client waits out 429s.
  for (const row of parsed.rows) {
    resolved.push({
      row,
      userId: await resolve(row.person),
      managerUserId: row.manager ? await resolve(row.manager) : undefined,
    });
  }
  return {
    ok: true,
    plan: planImport(resolved, roleKeys, existingManagers, parsed.problems),
    rows: parsed.rows.length + parsed.problems.length,
  };
}

/** Writes the accepted rows and the audit row, all or nothing. Returns how many people were imported. */
export interface ImportApplication {
  workspaceId: string;
  actorSlackUserId: string;
  plan: ImportPlan;
  fileName: string;
  now: Date;
}

export async function applyImport(prisma: PrismaClient, application: ImportApplication): Promise<number> {
  const { workspaceId, actorSlackUserId, plan, fileName, now } = application;
  const accepted = plan.accepted;
  return prisma.$transaction(async (tx) => {
    const userIds = [
      ...new Set(accepted.flatMap((row) => (row.managerUserId ? [row.userId, row.managerUserId] : [row.userId]))),
    ];
    await tx.person.createMany({
      data: userIds.map((slackUserId) => ({ workspaceId, slackUserId })),
      skipDuplicates: true,
    });
    const people = await tx.person.findMany({
      where: { workspaceId, slackUserId: { in: userIds } },
      select: { id: true, slackUserId: true },
    });
    const idOf = new Map(people.map((person) => [person.slackUserId, person.id]));
    for (const row of accepted) {
      const personId = idOf.get(row.userId)!;
      // An empty cell keeps what is stored.
      await tx.person.update({
        where: { id: personId },
        data: {
          ...(row.managerUserId ? { managerId: idOf.get(row.managerUserId)! } : {}),
          ...(row.roleKey !== null ? { currentRoleKey: row.roleKey } : {}),
          ...(row.team !== null ? { team: row.team } : {}),
        },
      });
      if (row.managerUserId) {
        // An admin's import settles the manager link: open requests from this person are superseded.
        await tx.managerRequest.updateMany({
          where: { personId, status: 'pending' },
          data: { status: 'superseded', pendingForPersonId: null, decidedAt: now },
        });
      }
    }
    await recordAudit(tx, {
      workspaceId,
      actorSlackUserId,
      action: 'people.import',
      // Counts only: the audit log must not become a second copy of people data.
      detail: { fileName, imported: accepted.length, skipped: plan.skipped.length },
    });
    return accepted.length;
  });
}
