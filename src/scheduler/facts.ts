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
  | 'id'
  | 'slackTeamId'
  | 'checkInCadenceDays'
  | 'workdayStartHour'
  | 'workdayEndHour'
  | 'workingDays'
  | 'nudgeKindsOffByDefault'
> &
  Partial<Pick<Workspace, 'conversationCadenceDays'>>;

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
    hours: workingHoursOrDefault({
      startHour: workspace.workdayStartHour,
      endHour: workspace.workdayEndHour,
      workingDays: workspace.workingDays,
    }),
    checkInCadenceDays: workspace.checkInCadenceDays > 0 ? workspace.checkInCadenceDays : 28,
    ...(workspace.conversationCadenceDays !== undefined && workspace.conversationCadenceDays > 0
      ? { conversationCadenceDays: workspace.conversationCadenceDays }
      : {}),
  };
}

/** The columns of a person the rules read as a recipient (raw SQL: column names as in the schema). */
const RECIPIENT_COLUMNS = Prisma.sql`"id", "slackUserId", "displayName", "timeZone", "deactivatedAt", "awayFrom", "awayUntil", "nudgesPausedAt", "mutedKinds", "nudgeSettingsSavedAt"`;

interface RecipientRow {
  id: string;
  slackUserId: string;
  displayName: string | null;
  timeZone: string | null;
  deactivatedAt: Date | null;
  awayFrom: Date | null;
  awayUntil: Date | null;
  nudgesPausedAt: Date | null;
  mutedKinds: string[];
  nudgeSettingsSavedAt: Date | null;
}

interface PersonRow extends RecipientRow {
  managerId: string | null;
}

interface ReportRow {
  id: string;
  slackUserId: string;
  displayName: string | null;
  timeZone: string | null;
  managerId: string;
}

interface PathwayRow {
  id: string;
  personId: string;
  goalRoleKey: string;
  startedAt: Date;
  frameworkVersionId: string;
}

interface MilestoneRow {
  id: string;
  pathwayId: string;
  position: number;
  title: string;
  dueDate: Date;
  doneAt: Date | null;
  nudgesSnoozedUntil: Date | null;
  signalKeys: string[];
  templateKey: string | null;
}

interface CheckInRow {
  personId: string;
  createdAt: Date;
  calibratedAt: Date | null;
}

interface ConversationRow {
  personId: string;
  status: string;
  heldAt: Date | null;
}

/** A batch's rows, grouped by person. */
interface Loaded {
  people: PersonRow[];
  managers: Map<string, RecipientRow>;
  reports: Map<string, ReportRow[]>;
  pathways: Map<string, PathwayRow>;
  milestones: Map<string, MilestoneRow[]>;
  checkIns: Map<string, CheckInRow>;
  conversations: Map<string, ConversationRow>;
}

function groupBy<Row, Key>(rows: readonly Row[], key: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Person.nextDueAt for "nothing can come due until their facts change" (null means "look at the next tick"). */
export const NOTHING_DUE = new Date('9999-12-31T00:00:00.000Z');

export interface DueCandidate {
  id: string;
  /** Person.dueVersion when chosen: the next-due instant is stored only if no change came in between. */
  dueVersion: number;
  /** null: never looked at, or a fact changed since. */
  nextDueAt: Date | null;
}

/** Where a tick has got to among a workspace's due people (keyset: the last of each kind it took). */
export interface DueCursor {
  /** Last person taken whose next-due instant is unknown (by id). */
  unknownAfter: string;
  /** Last person taken whose instant has come (by instant as UTC text, then id). */
  dueAfter: { at: string; id: string };
}

export const DUE_START: DueCursor = { unknownAfter: '', dueAfter: { at: '-infinity', id: '' } };

/**
 * A page of the people of a workspace whose next-due instant has come (or is
 * unknown), after `cursor`: those never looked at first (by id), then those
 * due (by instant, then id), both in the order of the (workspaceId,
 * nextDueAt, id) index, so a page reads at most twice `limit` index entries
 * however many are due, and a tick holds one page of them at a time. People
 * planned earlier in the tick are behind the cursor (and their instant has
 * moved on). Both halves order by the index's own columns, so the index is
 * the only plan that needs no sort (ordered by id alone, with statistics from
 * before a big first look, the server preferred to walk the primary key past
 * everybody). Exported as SQL so a test can EXPLAIN exactly this statement.
 */
export function dueCandidatesSql(workspaceId: string, now: Date, cursor: DueCursor, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (
      (SELECT "id", "dueVersion", "nextDueAt" FROM "Person"
       WHERE "workspaceId" = ${workspaceId} AND "nextDueAt" IS NULL AND "id" > ${cursor.unknownAfter} AND "deactivatedAt" IS NULL
       ORDER BY "nextDueAt", "id" LIMIT ${limit})
      UNION ALL
      (SELECT "id", "dueVersion", "nextDueAt" FROM "Person"
       WHERE "workspaceId" = ${workspaceId} AND "nextDueAt" <= ${now.toISOString()}::timestamp
         AND ("nextDueAt", "id") > (${cursor.dueAfter.at}::timestamp, ${cursor.dueAfter.id}) AND "deactivatedAt" IS NULL
       ORDER BY "nextDueAt", "id" LIMIT ${limit})
    ) AS due
    ORDER BY "nextDueAt" NULLS FIRST, "id" LIMIT ${limit}`;
}

/** The page of due people after `cursor`, and the cursor after it (undefined when this page was the last). */
export async function dueCandidates(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  workspaceId: string,
  now: Date,
  cursor: DueCursor,
  limit: number,
): Promise<{ page: DueCandidate[]; after: DueCursor | undefined }> {
  const page = await prisma.$queryRaw<DueCandidate[]>(dueCandidatesSql(workspaceId, now, cursor, limit));
  if (page.length < limit) return { page, after: undefined };
  const after = { unknownAfter: cursor.unknownAfter, dueAfter: cursor.dueAfter };
  for (const row of page) {
    if (row.nextDueAt === null) after.unknownAfter = row.id;
    else after.dueAfter = { at: row.nextDueAt.toISOString(), id: row.id };
  }
  return { page, after };
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
export async function storeNextDue(
  prisma: Pick<PrismaClient, '$executeRaw'>,
  rows: readonly NextDue[],
): Promise<number> {
  if (rows.length === 0) return 0;
  // Three array parameters whatever the count (a VALUES list would take three per person).
  return prisma.$executeRaw`
    UPDATE "Person" AS p SET "nextDueAt" = v."at"::timestamp
    FROM unnest(${rows.map((row) => row.id)}::text[], ${rows.map((row) => row.dueVersion)}::int[], ${rows.map((row) => (row.at ?? NOTHING_DUE).toISOString())}::text[])
      AS v("id", "dueVersion", "at")
    WHERE p."id" = v."id" AND p."dueVersion" = v."dueVersion"`;
}

/**
 * Turns database rows into schedule facts; frameworks are parsed once per
 * version and run. A batch is read with a few flat statements (people, their
 * managers and reports, active pathways, milestones, last check-ins, planned or
 * held conversations): no nested ORM reads, whose per-row cost and garbage
 * dominated planning at scale.
 */
export class FactsReader {
  private readonly frameworks = new Map<string, Framework>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly workspace: ScheduleWorkspace,
    private readonly defaultTimeZone: string,
  ) {}

  /** These people's facts (those still active in the workspace), by id. */
  async people(personIds: readonly string[], now: Date): Promise<Map<string, PersonFacts>> {
    const loaded = await this.load(personIds, false);
    return new Map(loaded.people.map((row) => [row.id, this.toFacts(row, loaded, now)]));
  }

  /** One person's facts, or undefined when they are gone. */
  async person(personId: string, now: Date): Promise<PersonFacts | undefined> {
    const loaded = await this.load([personId], true);
    const row = loaded.people[0];
    return row && this.toFacts(row, loaded, now);
  }

  private async load(personIds: readonly string[], withDeactivated: boolean): Promise<Loaded> {
    const ids = [...personIds];
    const people = await this.prisma.$queryRaw<PersonRow[]>`
      SELECT ${RECIPIENT_COLUMNS}, "managerId" FROM "Person"
      WHERE "id" = ANY(${ids}::text[]) AND "workspaceId" = ${this.workspace.id} ${withDeactivated ? Prisma.empty : Prisma.sql`AND "deactivatedAt" IS NULL`}`;
    const loaded: Loaded = {
      people,
      managers: new Map(),
      reports: new Map(),
      pathways: new Map(),
      milestones: new Map(),
      checkIns: new Map(),
      conversations: new Map(),
    };
    if (people.length === 0) return loaded;
    const found = people.map((row) => row.id);
    const managerIds = [...new Set(people.flatMap((row) => (row.managerId ? [row.managerId] : [])))];
    const [managers, reports] = await Promise.all([
      managerIds.length === 0
        ? []
        : this.prisma.$queryRaw<
            RecipientRow[]
          >`SELECT ${RECIPIENT_COLUMNS} FROM "Person" WHERE "id" = ANY(${managerIds}::text[])`,
      this.prisma.$queryRaw<ReportRow[]>`
        SELECT "id", "slackUserId", "displayName", "timeZone", "managerId" FROM "Person"
        WHERE "managerId" = ANY(${found}::text[]) AND "deactivatedAt" IS NULL ORDER BY "id"`,
    ]);
    loaded.managers = new Map(managers.map((row) => [row.id, row]));
    loaded.reports = groupBy(reports, (row) => row.managerId);
    const everyone = [...found, ...reports.map((row) => row.id)];
    const reportIds = reports.map((row) => row.id);
    const [pathways, checkIns, conversations] = await Promise.all([
      this.prisma.$queryRaw<PathwayRow[]>`
        SELECT "id", "personId", "goalRoleKey", "startedAt", "frameworkVersionId" FROM "Pathway"
        WHERE "personId" = ANY(${everyone}::text[]) AND "status" = 'active' ORDER BY "createdAt"`,
      this.prisma.$queryRaw<CheckInRow[]>`
        SELECT DISTINCT ON ("personId") "personId", "createdAt", "calibratedAt" FROM "CheckIn"
        WHERE "personId" = ANY(${everyone}::text[]) ORDER BY "personId", "createdAt" DESC`,
      // The planned conversation (heldAt null) sorts first, else the last one held.
      reportIds.length === 0
        ? []
        : this.prisma.$queryRaw<ConversationRow[]>`
            SELECT DISTINCT ON ("personId") "personId", "status"::text AS "status", "heldAt" FROM "Conversation"
            WHERE "personId" = ANY(${reportIds}::text[]) AND "status" IN ('scheduled', 'held') ORDER BY "personId", "heldAt" DESC NULLS FIRST`,
    ]);
    for (const pathway of pathways)
      if (!loaded.pathways.has(pathway.personId)) loaded.pathways.set(pathway.personId, pathway);
    loaded.checkIns = new Map(checkIns.map((row) => [row.personId, row]));
    loaded.conversations = new Map(conversations.map((row) => [row.personId, row]));
    const pathwayIds = [...loaded.pathways.values()].map((pathway) => pathway.id);
    const [milestones] = await Promise.all([
      pathwayIds.length === 0
        ? []
        : this.prisma.$queryRaw<MilestoneRow[]>`
            SELECT "id", "pathwayId", "position", "title", "dueDate", "doneAt", "nudgesSnoozedUntil", "signalKeys", "templateKey" FROM "Milestone"
            WHERE "pathwayId" = ANY(${pathwayIds}::text[]) ORDER BY "pathwayId", "position"`,
      this.loadFrameworks([...loaded.pathways.values()]),
    ]);
    loaded.milestones = groupBy(milestones, (row) => row.pathwayId);
    return loaded;
  }

  private async loadFrameworks(pathways: readonly PathwayRow[]): Promise<void> {
    const missing = [...new Set(pathways.map((pathway) => pathway.frameworkVersionId))].filter(
      (id) => !this.frameworks.has(id),
    );
    if (missing.length === 0) return;
    const versions = await this.prisma.frameworkVersion.findMany({
      where: { id: { in: missing } },
      select: { id: true, definition: true },
    });
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

  private toFacts(row: PersonRow, loaded: Loaded, now: Date): PersonFacts {
    const recipient = this.recipient(row);
    const pathway = loaded.pathways.get(row.id);
    const checkIn = loaded.checkIns.get(row.id);
    const framework = pathway ? this.frameworks.get(pathway.frameworkVersionId) : undefined;
    const manager = row.managerId ? loaded.managers.get(row.managerId) : undefined;
    return {
      ...recipient,
      pathway: pathway && {
        goalTitle: (framework && findRole(framework, pathway.goalRoleKey)?.title) ?? pathway.goalRoleKey,
        startedOn: localDate(pathway.startedAt, recipient.timeZone),
        milestones: (loaded.milestones.get(pathway.id) ?? [])
          .filter((milestone) => milestone.doneAt === null)
          .map((milestone) => ({
            id: milestone.id,
            position: milestone.position,
            title: milestone.title,
            dueDate: dateFromDb(milestone.dueDate),
            snoozedUntil: milestone.nudgesSnoozedUntil ? dateFromDb(milestone.nudgesSnoozedUntil) : undefined,
            resources:
              framework && milestone.signalKeys.length > 0
                ? resourcesForSignals(framework, pathway.goalRoleKey, milestone.signalKeys)
                : undefined,
            templateKey: milestone.templateKey ?? undefined,
          })),
      },
      lastCheckInOn: checkIn ? localDate(checkIn.createdAt, recipient.timeZone) : undefined,
      manager: manager ? this.recipient(manager) : undefined,
      reports: (loaded.reports.get(row.id) ?? []).map((report) => this.report(report, loaded, now)),
    };
  }

  private report(report: ReportRow, loaded: Loaded, now: Date): ReportFacts {
    const zone = zoneOrFallback(report.timeZone, this.defaultTimeZone);
    const today = localDate(now, zone);
    const pathway = loaded.pathways.get(report.id);
    const milestones = pathway ? (loaded.milestones.get(pathway.id) ?? []) : [];
    const checkIn = loaded.checkIns.get(report.id);
    const conversation = loaded.conversations.get(report.id);
    const moments = [pathway?.startedAt, checkIn?.createdAt, ...milestones.map((milestone) => milestone.doneAt)];
    const latest = Math.max(...moments.map((moment) => moment?.getTime() ?? Number.NEGATIVE_INFINITY));
    return {
      personId: report.id,
      slackUserId: report.slackUserId,
      displayName: report.displayName ?? undefined,
      hasPathway: pathway !== undefined,
      overdueMilestones: pathway
        ? milestones.filter((milestone) => milestone.doneAt === null && dateFromDb(milestone.dueDate) < today).length
        : 0,
      lastProgressOn: Number.isFinite(latest) ? localDate(new Date(latest), zone) : undefined,
      awaitingCalibration: checkIn !== undefined && checkIn.calibratedAt === null,
      conversationPlanned: conversation?.status === 'scheduled',
      lastConversationOn: conversation?.heldAt ? localDate(conversation.heldAt, zone) : undefined,
      startedOn: pathway ? localDate(pathway.startedAt, zone) : undefined,
    };
  }
}
