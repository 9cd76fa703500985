/**
 * A tick's cost grows with what is due, not with headcount: over 5,000
 * people with nothing due (and a few with something), a tick runs a fixed
 * number of statements, gets back rows for the due people only, and the
 * statement that chooses them reads index entries for the due people only.
 * The same for the development-conversation cadence check, which runs beside
 * the planner every tick.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationNotices } from '../../src/blocks/conversations.js';
import { mentoringNotices } from '../../src/blocks/mentoring.js';
import type { Database, PrismaClient } from '../../src/db/client.js';
import { dateToDb } from '../../src/domain/dates.js';
import { DUE_START, dueCandidatesSql } from '../../src/scheduler/facts.js';
import { planAll } from '../../src/scheduler/planner.js';
import { conversationCandidatesSql, queueDueConversations } from '../../src/services/conversations.js';
import { queueDueMentorCheckIns } from '../../src/services/mentoring.js';
import { ensureMember } from '../../src/services/people.js';
import { backends } from '../support/db.js';
import { quietLogger } from '../support/schedule.js';

const IDLE = 5000;
/** People who arrive in one statement in the bulk-change case (with the idle, 6,001 change at once). */
const NEWCOMERS = 1000;

interface Work {
  statements: number;
  rows: number;
}

/** The same client, counting statements and the rows they return. */
function counting(prisma: PrismaClient, work: Work): PrismaClient {
  const extended = prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        work.statements += 1;
        const result: unknown = await query(args);
        work.rows += Array.isArray(result) ? result.length : 1;
        return result;
      },
    },
  });
  return extended as unknown as PrismaClient;
}

/**
 * Table rows a run reads (sequential scans and index fetches, every table),
 * counted by the server inside one transaction: the difference across the run,
 * since the counters can still hold the connection's earlier, unflushed work.
 */
async function rowsRead(prisma: PrismaClient, run: (client: PrismaClient) => Promise<unknown>): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const read = async () =>
      (
        await tx.$queryRaw<Array<{ rows: number }>>`
        SELECT coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0)::int AS rows FROM pg_stat_xact_user_tables`
      )[0]!.rows;
    const before = await read();
    await run(tx as unknown as PrismaClient);
    return (await read()) - before;
  });
}

interface PlanNode {
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** Rows each node of an EXPLAIN ANALYZE plan produced or threw away: what the statement read. */
function rowsTouched(node: PlanNode): number {
  const own =
    ((node['Actual Rows'] ?? 0) +
      (node['Rows Removed by Filter'] ?? 0) +
      (node['Rows Removed by Index Recheck'] ?? 0)) *
    (node['Actual Loops'] ?? 1);
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsTouched(child), 0);
}

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`planner cost on ${backend.name}`, () => {
    let opened: { db: Database; close(): Promise<void> };
    let prisma: PrismaClient;
    let workspaceId: string;

    beforeAll(async () => {
      opened = await backend.open();
      prisma = opened.db.prisma;
      const { workspace } = await ensureMember(prisma, { teamId: 'T0COST', userId: 'U0FIRST' });
      workspaceId = workspace.id;
      const people = Array.from({ length: IDLE }, (_, index) => ({
        id: `idle${String(index).padStart(5, '0')}`,
        workspaceId,
        slackUserId: `UIDLE${index}`,
        timeZone: 'Europe/London',
      }));
      await prisma.person.createMany({ data: people });
      await prisma.pathway.createMany({
        data: people.map((person) => ({
          id: `path-${person.id}`,
          personId: person.id,
          activeForPersonId: person.id,
          frameworkVersionId: workspace.activeFrameworkId!,
          fromRoleKey: 'instructional-designer',
          goalRoleKey: 'senior-instructional-designer',
          moveKind: 'ladder' as const,
          targetDate: dateToDb('2027-12-31'),
          startedAt: new Date('2027-01-04T10:00:00Z'),
        })),
      });
      // Milestones far ahead: after the first look nobody has anything due for weeks. Three people have one due soon.
      await prisma.milestone.createMany({
        data: people.map((person, index) => ({
          pathwayId: `path-${person.id}`,
          position: 1,
          title: 'Later',
          dueDate: dateToDb(index < 3 ? '2027-01-14' : '2027-06-30'),
        })),
      });
      await prisma.$executeRawUnsafe('ANALYZE');
    }, 300_000);

    afterAll(async () => {
      await opened?.close();
    });

    it('reads only the people whose next-due instant has come', async () => {
      const logger = quietLogger;
      const first = await planAll({
        prisma,
        clock: { now: () => new Date('2027-01-08T10:00:00Z') },
        logger,
        defaultTimeZone: 'Europe/London',
      });
      expect(first.people).toBe(IDLE + 1); // everyone is new, so everyone is looked at once
      await prisma.$executeRawUnsafe('VACUUM ANALYZE "Person"'); // what autovacuum does after a change this large

      const work: Work = { statements: 0, rows: 0 };
      const quiet = await planAll({
        prisma: counting(prisma, work),
        clock: { now: () => new Date('2027-01-08T11:00:00Z') },
        logger,
        defaultTimeZone: 'Europe/London',
      });
      expect(quiet).toEqual({ people: 0, planned: 0, queued: 0 });
      expect(work).toEqual({ statements: 2, rows: 1 }); // the workspaces, and nobody due

      // 11 January: the "before" nudge of the three soon milestones. Nobody else is read.
      const busy: Work = { statements: 0, rows: 0 };
      const monday = new Date('2027-01-11T00:30:00Z');
      const stats = await planAll({
        prisma: counting(prisma, busy),
        clock: { now: () => monday },
        logger,
        defaultTimeZone: 'Europe/London',
      });
      expect(stats).toEqual({ people: 3, planned: 3, queued: 3 });
      expect(busy.statements).toBeLessThanOrEqual(20);
      expect(busy.rows).toBeLessThanOrEqual(40);

      // The choosing statement reads index entries for the due, not the table.
      await prisma.person.updateMany({
        where: { id: { in: ['idle00000', 'idle00001'] } },
        data: { nextDueAt: new Date('2027-01-01T00:00:00Z') },
      });
      const [explained] = await prisma.$queryRaw<
        Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>
      >`EXPLAIN (ANALYZE, FORMAT JSON) ${dueCandidatesSql(workspaceId, monday, DUE_START, 500)}`;
      const plan = explained!['QUERY PLAN'][0]!.Plan;
      expect(rowsTouched(plan), JSON.stringify(plan)).toBeLessThanOrEqual(20);
    });

    it('the conversation cadence check reads only the people whose conversation is due', async () => {
      const timing = { defaultTimeZone: 'Europe/London' };
      // Everyone gets a manager: each is now owed a conversation 42 days after their pathway started (15 February).
      await prisma.$executeRawUnsafe(
        `UPDATE "Person" SET "managerId" = 'idle00000' WHERE "id" LIKE 'idle%' AND "id" <> 'idle00000'`,
      );
      await prisma.$executeRawUnsafe('VACUUM ANALYZE "Person"');
      const january = new Date('2027-01-08T11:00:00Z');

      const quiet: Work = { statements: 0, rows: 0 };
      expect(await queueDueConversations(counting(prisma, quiet), january, timing, conversationNotices)).toBe(0);
      expect(quiet).toEqual({ statements: 1, rows: 0 });
      expect(
        await rowsRead(prisma, (client) => queueDueConversations(client, january, timing, conversationNotices)),
      ).toBeLessThanOrEqual(5);

      // Three pathways started in October: their conversation is due, nobody else's.
      await prisma.pathway.updateMany({
        where: { personId: { in: ['idle00001', 'idle00002', 'idle00003'] } },
        data: { startedAt: new Date('2026-10-01T10:00:00Z') },
      });
      const busy: Work = { statements: 0, rows: 0 };
      expect(await queueDueConversations(counting(prisma, busy), january, timing, conversationNotices)).toBe(6); // each person and their manager
      expect(busy.statements).toBeLessThanOrEqual(4);
      expect(busy.rows).toBeLessThanOrEqual(10);
      await prisma.outboxMessage.deleteMany({ where: { kind: 'conversation-due' } });
      await prisma.pathway.updateMany({
        where: { personId: { in: ['idle00001', 'idle00002', 'idle00003'] } },
        data: { startedAt: new Date('2026-10-01T09:00:00Z') },
      });
      // Reading the three, their manager, pathways and conversations (and the triggers' lookups): a bounded few, not the 20,000 of a scan.
      expect(
        await rowsRead(prisma, (client) => queueDueConversations(client, january, timing, conversationNotices)),
      ).toBeLessThanOrEqual(200);

      // Invited once: the next tick finds nobody, and reads nothing but the empty index range.
      const after: Work = { statements: 0, rows: 0 };
      expect(
        await queueDueConversations(
          counting(prisma, after),
          new Date('2027-01-08T11:01:00Z'),
          timing,
          conversationNotices,
        ),
      ).toBe(0);
      expect(after).toEqual({ statements: 1, rows: 0 });
      expect(await prisma.outboxMessage.count({ where: { kind: 'conversation-due' } })).toBe(6);

      // Two more due: the choosing statement reads their index entries, not the table.
      await prisma.pathway.updateMany({
        where: { personId: { in: ['idle00004', 'idle00005'] } },
        data: { startedAt: new Date('2026-10-02T10:00:00Z') },
      });
      const [explained] = await prisma.$queryRaw<
        Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>
      >`EXPLAIN (ANALYZE, FORMAT JSON) ${conversationCandidatesSql(january)}`;
      const plan = explained!['QUERY PLAN'][0]!.Plan;
      expect(rowsTouched(plan), JSON.stringify(plan)).toBeLessThanOrEqual(20);
      // The idle are not forgotten, only not read early: all but the manager and the three invited come due by 15 February.
      expect(
        await prisma.person.count({ where: { conversationDueAt: { lte: new Date('2027-02-15T10:00:00Z') } } }),
      ).toBe(IDLE - 1 - 3);
    });

    it('asks "did you meet?" of due mentorships only: thousands not due cost one statement and no rows', async () => {
      const pairs = IDLE / 2;
      const mentorCheckInsQueuedAt = (iso: string, work: Work) =>
        queueDueMentorCheckIns(
          counting(prisma, work),
          new Date(iso),
          { defaultTimeZone: 'Europe/London' },
          mentoringNotices,
        );
      await prisma.mentorship.createMany({
        data: Array.from({ length: pairs }, (_, index) => ({
          menteeId: `idle${String(index).padStart(5, '0')}`,
          mentorId: `idle${String(index + pairs).padStart(5, '0')}`,
          goalRoleKey: 'senior-instructional-designer',
          status: 'active' as const,
          nextCheckInOn: dateToDb(index < 2 ? '2027-01-11' : '2027-06-01'),
        })),
      });
      await prisma.$executeRawUnsafe('ANALYZE "Mentorship"');
      const quiet: Work = { statements: 0, rows: 0 };
      expect(await mentorCheckInsQueuedAt('2027-01-08T10:00:00Z', quiet)).toBe(0);
      expect(quiet).toEqual({ statements: 1, rows: 0 });

      const due: Work = { statements: 0, rows: 0 };
      expect(await mentorCheckInsQueuedAt('2027-01-11T06:00:00Z', due)).toBe(4);
      expect(due.statements).toBeLessThanOrEqual(10);
      expect(due.rows).toBeLessThanOrEqual(10);
    });

    // The triggers that keep the due instants current look at the changed people once each. They used to
    // pair every old row with every new one: 5,000 people changed at once took 6 s on PostgreSQL, past the
    // app's 4 s statement limit, so the admin's save failed (100,000 would take most of an hour).
    it('a change to everyone at once (the workspace hours, a re-org) makes them all due in one statement', async () => {
      const everyone = { workspaceId };
      // A bulk import: 1,000 newcomers, then their pathways, one statement each.
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Person" (id, "workspaceId", "slackUserId", "timeZone", "updatedAt")
         SELECT 'new' || g, $1, 'UNEW' || g, 'Europe/Berlin', now() FROM generate_series(1, ${NEWCOMERS}) g`,
        workspaceId,
      );
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Pathway" (id, "personId", "activeForPersonId", "frameworkVersionId", "fromRoleKey", "goalRoleKey", "moveKind", "targetDate", "updatedAt")
         SELECT 'path-new' || g, 'new' || g, 'new' || g, v."frameworkVersionId", 'instructional-designer', 'senior-instructional-designer', 'ladder', DATE '2027-12-31', now()
         FROM generate_series(1, ${NEWCOMERS}) g, (SELECT "frameworkVersionId" FROM "Pathway" LIMIT 1) v`,
      );
      const dueVersions = async () =>
        (await prisma.person.aggregate({ where: everyone, _sum: { dueVersion: true } }))._sum.dueVersion!;
      const beforeHours = await dueVersions();
      await prisma.workspace.update({ where: { id: workspaceId }, data: { workdayStartHour: 8 } });
      expect(await prisma.person.count({ where: { ...everyone, nextDueAt: { not: null } } })).toBe(0);
      expect((await dueVersions()) - beforeHours).toBe(IDLE + NEWCOMERS + 1);

      // The re-org: the newcomers get a manager at once. Each is owed a conversation now, and due again.
      const beforeReorg = await dueVersions();
      await prisma.person.updateMany({ where: { id: { startsWith: 'new' } }, data: { managerId: 'idle00000' } });
      expect((await dueVersions()) - beforeReorg).toBeGreaterThanOrEqual(NEWCOMERS + 1);
      expect(
        await prisma.person.count({ where: { id: { startsWith: 'new' }, conversationDueAt: { not: null } } }),
      ).toBe(NEWCOMERS);
    });
  });
}
