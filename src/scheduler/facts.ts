/**
 * Loads what the pure schedule rules (src/domain/schedule/plan.ts) need about
 * people: for the people a tick found due (in batches), and for a single
 * person when the sender re-checks a message before posting it. Also reads
 * and writes Person.nextDueAt, which decides who is due.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb } from '../domain/dates.js';
import { findRole, resourcesForSignals } from '../domain/framework/queries.js';
import type { Framework } from '../domain/framework/schema.js';
import { knownMutableKinds } from '../domain/schedule/kinds.js';
import { localDate, workingHoursOrDefault, zoneOrFallback } from '../domain/schedule/local-time.js';
import type { PersonFacts, Recipient, ReportFacts, ScheduleSettings } from '../domain/schedule/plan.js';
import { Prisma, type Workspace } from '../generated/prisma/client.js';
import { frameworkOf } from '../services/frameworks.js';

export type ScheduleWorkspace = Pick<
  Workspace,
  'id' | 'slackTeamId' | 'checkInCadenceDays' | 'workdayStartHour' | 'workdayEndHour' | 'workingDays' | 'nudgeKindsOffByDefault'
> & Partial<Pick<Workspace, 'conversationCadenceDays'>>;

export const scheduleWorkspaceSelect = {
  id: true,
  slackTeamId: true,
  checkInCadenceDays: true,
  workdayStartHour: true,
  workdayEndHour: true,
  workingDays: true,
  nudgeKindsOffByDefault: true,
  conversationCadenceDays: true,
} satisfies Prisma.WorkspaceSelect;

export function settingsOf(workspace: ScheduleWorkspace): ScheduleSettings {
  return {
    hours: workingHoursOrDefault({ startHour: workspace.workdayStartHour, endHour: workspace.workdayEndHour, workingDays: workspace.workingDays }),
    checkInCadenceDays: workspace.checkInCadenceDays > 0 ? workspace.checkInCadenceDays : 28,
    ...(workspace.conversationCadenceDays !== undefined && workspace.conversationCadenceDays > 0 ? { conversationCadenceDays: workspace.conversationCadenceDays } : {}),
  };
}

const recipientSelect = {
  id: true,
  slackUserId: true,
  displayName: true,
  timeZone: true,
  deactivatedAt: true,
  awayFrom: true,
  awayUntil: true,
  nudgesPausedAt: true,
  mutedKinds: true,
  nudgeSettingsSavedAt: true,
} satisfies Prisma.PersonSelect;

const lastCheckIn = { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true, calibratedAt: true } } satisfies Prisma.Person$checkInsArgs;

const factsSelect = {
  ...recipientSelect,
  pathways: {
    where: { status: 'active' },
    select: {
      goalRoleKey: true,
      startedAt: true,
      frameworkVersionId: true,
      milestones: {
        where: { doneAt: null },
        orderBy: { position: 'asc' },
        select: { id: true, position: true, title: true, dueDate: true, nudgesSnoozedUntil: true, signalKeys: true },
      },
    },
  },
  checkIns: lastCheckIn,
  manager: { select: recipientSelect },
  reports: {
    where: { deactivatedAt: null },
    select: {
      id: true,
      slackUserId: true,
      displayName: true,
      timeZone: true,
      pathways: { where: { status: 'active' }, select: { startedAt: true, milestones: { select: { dueDate: true, doneAt: true } } } },
      checkIns: lastCheckIn,
      // The planned conversation (heldAt null) sorts first, else the last one held.
      conversations: { where: { status: { in: ['scheduled', 'held'] } }, orderBy: { heldAt: { sort: 'desc', nulls: 'first' } }, take: 1, select: { status: true, heldAt: true } },
    },
  },
} satisfies Prisma.PersonSelect;

type RecipientRow = Prisma.PersonGetPayload<{ select: typeof recipientSelect }>;

/** Person.nextDueAt for "nothing can come due until their facts change" (null means "look at the next tick"). */
export const NOTHING_DUE = new Date('9999-12-31T00:00:00.000Z');

export interface DueCandidate {
  id: string;
  /** Person.dueVersion when chosen: the next-due instant is stored only if no change came in between. */
  dueVersion: number;
}

/**
 * The people of a workspace whose next-due instant has come (or is unknown):
 * one read of the (workspaceId, nextDueAt) index, whatever the headcount.
 * Exported as SQL so a test can EXPLAIN exactly this statement.
 */
export function dueCandidatesSql(workspaceId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", "dueVersion" FROM "Person"
    WHERE "workspaceId" = ${workspaceId} AND ("nextDueAt" IS NULL OR "nextDueAt" <= ${now.toISOString()}::timestamp)
      AND "deactivatedAt" IS NULL`;
}

export function dueCandidates(prisma: Pick<PrismaClient, '$queryRaw'>, workspaceId: string, now: Date): Promise<DueCandidate[]> {
  return prisma.$queryRaw<DueCandidate[]>(dueCandidatesSql(workspaceId, now));
}

export interface NextDue {
  id: string;
  dueVersion: number;
  /** undefined: nothing can come due until the person's facts change. */
  at: Date | undefined;
}

/**
 * Stores each person's next-due instant in one statement, skipping anyone
 * whose facts changed since they were chosen (their null stays, so the next
 * tick looks again). Times travel as UTC text, like the outbox's.
 */
export async function storeNextDue(prisma: Pick<PrismaClient, '$executeRaw'>, rows: readonly NextDue[]): Promise<number> {
  if (rows.length === 0) return 0;
  const values = rows.map((row) => Prisma.sql`(${row.id}::text, ${row.dueVersion}::int, ${(row.at ?? NOTHING_DUE).toISOString()}::timestamp)`);
  return prisma.$executeRaw`
    UPDATE "Person" AS p SET "nextDueAt" = v."at"
    FROM (VALUES ${Prisma.join(values)}) AS v("id", "dueVersion", "at")
    WHERE p."id" = v."id" AND p."dueVersion" = v."dueVersion"`;
}
type FactsRow = Prisma.PersonGetPayload<{ select: typeof factsSelect }>;

/** Turns database rows into schedule facts; frameworks are parsed once per version and run. */
export class FactsReader {
  private readonly frameworks = new Map<string, Framework>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly workspace: ScheduleWorkspace,
    private readonly defaultTimeZone: string,
  ) {}

  /** These people's facts (those still active in the workspace), by id. */
  async people(personIds: readonly string[], now: Date): Promise<Map<string, PersonFacts>> {
    const rows = await this.prisma.person.findMany({
      where: { id: { in: [...personIds] }, workspaceId: this.workspace.id, deactivatedAt: null },
      select: factsSelect,
    });
    await this.loadFrameworks(rows);
    return new Map(rows.map((row) => [row.id, this.toFacts(row, now)]));
  }

  /** One person's facts, or undefined when they are gone. */
  async person(personId: string, now: Date): Promise<PersonFacts | undefined> {
    const row = await this.prisma.person.findFirst({ where: { id: personId, workspaceId: this.workspace.id }, select: factsSelect });
    if (row === null) return undefined;
    await this.loadFrameworks([row]);
    return this.toFacts(row, now);
  }

  private async loadFrameworks(rows: readonly FactsRow[]): Promise<void> {
    const missing = [...new Set(rows.flatMap((row) => row.pathways.map((pathway) => pathway.frameworkVersionId)))].filter(
      (id) => !this.frameworks.has(id),
    );
    if (missing.length === 0) return;
    const versions = await this.prisma.frameworkVersion.findMany({ where: { id: { in: missing } }, select: { id: true, definition: true } });
    for (const version of versions) this.frameworks.set(version.id, frameworkOf(version));
  }

  private recipient(row: RecipientRow): Recipient {
    const muted = row.nudgeSettingsSavedAt === null ? this.workspace.nudgeKindsOffByDefault : row.mutedKinds;
    return {
      personId: row.id,
      slackUserId: row.slackUserId,
      timeZone: zoneOrFallback(row.timeZone, this.defaultTimeZone),
      displayName: row.displayName ?? undefined,
      deactivated: row.deactivatedAt !== null,
      awayFrom: row.awayFrom ? dateFromDb(row.awayFrom) : undefined,
      awayUntil: row.awayUntil ? dateFromDb(row.awayUntil) : undefined,
      paused: row.nudgesPausedAt !== null,
      mutedKinds: knownMutableKinds(muted),
    };
  }

  private toFacts(row: FactsRow, now: Date): PersonFacts {
    const recipient = this.recipient(row);
    const pathway = row.pathways[0];
    const checkIn = row.checkIns[0];
    const framework = pathway ? this.frameworks.get(pathway.frameworkVersionId) : undefined;
    return {
      ...recipient,
      pathway: pathway && {
        goalTitle: (framework && findRole(framework, pathway.goalRoleKey)?.title) ?? pathway.goalRoleKey,
        startedOn: localDate(pathway.startedAt, recipient.timeZone),
        milestones: pathway.milestones.map((milestone) => ({
          id: milestone.id,
          position: milestone.position,
          title: milestone.title,
          dueDate: dateFromDb(milestone.dueDate),
          snoozedUntil: milestone.nudgesSnoozedUntil ? dateFromDb(milestone.nudgesSnoozedUntil) : undefined,
          resources: framework && milestone.signalKeys.length > 0 ? resourcesForSignals(framework, pathway.goalRoleKey, milestone.signalKeys) : undefined,
        })),
      },
      lastCheckInOn: checkIn ? localDate(checkIn.createdAt, recipient.timeZone) : undefined,
      manager: row.manager ? this.recipient(row.manager) : undefined,
      reports: row.reports.map((report) => this.report(report, now)),
    };
  }

  private report(report: FactsRow['reports'][number], now: Date): ReportFacts {
    const zone = zoneOrFallback(report.timeZone, this.defaultTimeZone);
    const today = localDate(now, zone);
    const pathway = report.pathways[0];
    const checkIn = report.checkIns[0];
    const moments = [pathway?.startedAt, checkIn?.createdAt, ...(pathway?.milestones.map((milestone) => milestone.doneAt) ?? [])];
    const latest = Math.max(...moments.map((moment) => moment?.getTime() ?? Number.NEGATIVE_INFINITY));
    return {
      personId: report.id,
      slackUserId: report.slackUserId,
      displayName: report.displayName ?? undefined,
      hasPathway: pathway !== undefined,
      overdueMilestones: pathway?.milestones.filter((milestone) => milestone.doneAt === null && dateFromDb(milestone.dueDate) < today).length ?? 0,
      lastProgressOn: Number.isFinite(latest) ? localDate(new Date(latest), zone) : undefined,
      awaitingCalibration: checkIn !== undefined && checkIn.calibratedAt === null,
      conversationPlanned: report.conversations[0]?.status === 'scheduled',
      lastConversationOn: report.conversations[0]?.heldAt ? localDate(report.conversations[0].heldAt, zone) : undefined,
      startedOn: pathway ? localDate(pathway.startedAt, zone) : undefined,
    };
  }
}
