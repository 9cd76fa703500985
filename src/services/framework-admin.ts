/**
 * Loading a replacement framework: validate, store version n+1, make it active,
 * move people's roles and pathways along renamed roles, queue a message to
 * everyone affected, and audit it — all in one transaction, so a failure (or a
 * file with problems) changes nothing.
 */
import type { PrismaClient } from '../db/client.js';
import {
  type FrameworkChangeSummary,
  type PersonPlan,
  planFrameworkChange,
  summarizeFrameworkChange,
} from '../domain/framework/changes.js';
import { type FrameworkProblem, parseFramework } from '../domain/framework/parse.js';
import { rolesInStageOrder } from '../domain/framework/queries.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordAudit } from './audit.js';
import { activeFramework, frameworkOf } from './frameworks.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';

export interface ActiveFrameworkInfo {
  name: string;
  version: number;
  loadedBy: string | null;
  loadedAt: Date;
  stageCount: number;
  roleCount: number;
}

export async function activeFrameworkInfo(prisma: PrismaClient, workspaceId: string): Promise<ActiveFrameworkInfo> {
  const active = await activeFramework(prisma, workspaceId);
  const row = await prisma.frameworkVersion.findUniqueOrThrow({
    where: { id: active.versionId },
    select: { loadedBy: true, createdAt: true },
  });
  return {
    name: active.framework.name,
    version: active.version,
    loadedBy: row.loadedBy,
    loadedAt: row.createdAt,
    stageCount: active.framework.stages.length,
    roleCount: rolesInStageOrder(active.framework).length,
  };
}

export interface FrameworkLoadRequest {
  workspaceId: string;
  /** The YAML text. */
  source: string;
  /** Shown in problems ("team.yaml line 4 …"); omitted for pasted text. */
  fileName?: string | undefined;
  /** Slack user id of the admin, or null from the command line. */
  actorSlackUserId: string | null;
  /** Stored as FrameworkVersion.loadedBy: the Slack user id, or e.g. "cli". */
  loadedBy: string;
  now: Date;
  /** Builds the message for a person whose roles changed; called inside the transaction. */
  notice: (plan: PersonPlan, context: NoticeContext) => OutboxPayload;
}

export interface NoticeContext {
  frameworkName: string;
  version: number;
}

export interface FrameworkLoaded {
  ok: true;
  versionId: string;
  version: number;
  previousVersion: number;
  name: string;
  summary: FrameworkChangeSummary;
  /** Active pathways moved to the new version (keys renamed where needed). */
  pathwaysMoved: number;
  /** Active pathways left on their version whose owner is asked to choose a new goal. */
  pathwaysToChoose: number;
  peopleNotified: number;
  /** Loaded anyway: e.g. texts a translation lacks, shown in the framework's own language. */
  warnings?: FrameworkProblem[];
}

export type FrameworkLoadResult =
  | FrameworkLoaded
  | { ok: false; reason: 'invalid'; problems: FrameworkProblem[] }
  | { ok: false; reason: 'unchanged'; version: number };

export function frameworkChangeDedupeKey(versionId: string, personId: string): string {
  return `framework-change:${versionId}:${personId}`;
}

export async function loadFramework(prisma: PrismaClient, request: FrameworkLoadRequest): Promise<FrameworkLoadResult> {
  const parsed = parseFramework(request.source, request.fileName);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.problems };
  const next = parsed.framework;
  // Make sure the workspace has a version 1 to compare with (first contact installs the default).
  await activeFramework(prisma, request.workspaceId);

  return prisma.$transaction(
    async (tx) => {
      // One load at a time per workspace: the second waits, then compares against the first's result.
      await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${request.workspaceId} FOR UPDATE`;
      const workspace = await tx.workspace.findUniqueOrThrow({
        where: { id: request.workspaceId },
        include: { activeFramework: true },
      });
      const previousRow = workspace.activeFramework;
      if (!previousRow) throw new Error(`workspace ${request.workspaceId} has no active framework`);
      if (previousRow.source === request.source)
        return { ok: false, reason: 'unchanged', version: previousRow.version } as const;
      const previous = frameworkOf(previousRow);

      const latest = await tx.frameworkVersion.findFirstOrThrow({
        where: { workspaceId: workspace.id },
        orderBy: { version: 'desc' },
      });
      const created = await tx.frameworkVersion.create({
        data: {
          workspaceId: workspace.id,
          version: latest.version + 1,
          name: next.name,
          source: request.source,
          definition: next,
          loadedBy: request.loadedBy,
        },
      });
      await tx.workspace.update({ where: { id: workspace.id }, data: { activeFrameworkId: created.id } });

      const people = await tx.person.findMany({
        where: {
          workspaceId: workspace.id,
          OR: [{ currentRoleKey: { not: null } }, { pathways: { some: { status: 'active' } } }],
        },
        include: { pathways: { where: { status: 'active' }, include: { frameworkVersion: true } } },
      });
      const plans = planFrameworkChange(
        previous,
        next,
        people.map((person) => {
          const pathway = person.pathways[0];
          return {
            personId: person.id,
            currentRoleKey: person.currentRoleKey,
            pathway: pathway
              ? {
                  id: pathway.id,
                  fromRoleKey: pathway.fromRoleKey,
                  goalRoleKey: pathway.goalRoleKey,
                  framework: frameworkOf(pathway.frameworkVersion),
                }
              : null,
          };
        }),
      );
      const recipients = new Map(people.map((person) => [person.id, person]));
      let pathwaysMoved = 0;
      let pathwaysToChoose = 0;
      let peopleNotified = 0;
      for (const plan of plans) {
        const person = recipients.get(plan.personId);
        if (!person) continue;
        if (plan.currentRoleKey !== person.currentRoleKey) {
          await tx.person.update({ where: { id: person.id }, data: { currentRoleKey: plan.currentRoleKey } });
        }
        if (plan.pathway?.action === 'follow') {
          pathwaysMoved += 1;
          await tx.pathway.update({
            where: { id: plan.pathway.pathwayId },
            data: {
              frameworkVersionId: created.id,
              fromRoleKey: plan.pathway.fromRoleKey,
              goalRoleKey: plan.pathway.goalRoleKey,
              moveKind: plan.pathway.moveKind,
            },
          });
        } else if (plan.pathway?.action === 'choose') {
          pathwaysToChoose += 1;
        }
        if (plan.notify && person.deactivatedAt === null) {
          peopleNotified += 1;
          await enqueueMessage(tx, {
            workspaceId: workspace.id,
            dedupeKey: frameworkChangeDedupeKey(created.id, person.id),
            kind: 'framework-change',
            recipient: person.slackUserId,
            payload: request.notice(plan, { frameworkName: next.name, version: created.version }),
            notBefore: request.now,
          });
        }
      }

      const summary = summarizeFrameworkChange(previous, next);
      const result: FrameworkLoaded = {
        ok: true,
        versionId: created.id,
        version: created.version,
        previousVersion: previousRow.version,
        name: next.name,
        summary,
        pathwaysMoved,
        pathwaysToChoose,
        peopleNotified,
        warnings: parsed.warnings,
      };
      await recordAudit(tx, {
        workspaceId: workspace.id,
        actorSlackUserId: request.actorSlackUserId,
        action: 'framework.load',
        detail: auditDetail(result, request, previousRow.id),
      });
      return result;
    },
    // Large workspaces have many pathways to move; the default 5 s is tight for that.
    { timeout: 60_000, maxWait: 30_000 },
  );
}

function auditDetail(
  result: FrameworkLoaded,
  request: FrameworkLoadRequest,
  previousVersionId: string,
): Prisma.InputJsonObject {
  const labels = (roles: Array<{ key: string }>): string[] => roles.map((role) => role.key);
  return {
    via: request.actorSlackUserId === null ? 'cli' : 'slack',
    fileName: request.fileName ?? null,
    name: result.name,
    versionId: result.versionId,
    version: result.version,
    previousVersionId,
    previousVersion: result.previousVersion,
    added: labels(result.summary.added),
    renamed: result.summary.renamed.map((change) => `${change.from.key} -> ${change.to.key}`),
    retitled: labels(result.summary.retitled),
    removed: labels(result.summary.removed),
    pathwaysMoved: result.pathwaysMoved,
    pathwaysToChoose: result.pathwaysToChoose,
    peopleNotified: result.peopleNotified,
  };
}
