/**
 * Bulk seeding for the benchmarks: PEOPLE people in six time zones, each with
 * an active pathway of four milestones, written with set-based SQL (a few
 * statements whatever the count) on PostgreSQL or PGlite.
 *
 * Two shapes:
 * - `planning` (bench/plan.ts): every eighth person manages the next seven,
 *   milestones due around 13 January 2027 and half with a check-in, so ticks
 *   around that date have plenty due;
 * - `quiet` (bench/ack-latency.ts): nobody manages anybody, milestones fall
 *   due two to four months from today and everyone checked in within the last
 *   ten days, so after the planner's first look (see `firstLook`) nothing is
 *   due for weeks and the app under load plans and sends nothing.
 */
import type { Clock } from '../src/clock.js';
import type { PrismaClient } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { type PlanStats, planAll } from '../src/scheduler/planner.js';
import { ensureWorkspace } from '../src/services/people.js';

/** Runs one statement with positional parameters ($1, $2…): a pg client's query, or Prisma's $executeRawUnsafe. */
export type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

export type SeedShape = 'planning' | 'quiet';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Sydney',
];

/** Slack user id of the n-th seeded person (1-based), e.g. U0000042. */
export function seededUserId(n: number): string {
  return `U${String(n).padStart(7, '0')}`;
}

/** The workspace to seed into (created with its framework if new). */
export async function benchWorkspace(
  prisma: PrismaClient,
  teamId: string,
): Promise<{ id: string; frameworkId: string }> {
  const workspace = await ensureWorkspace(prisma, teamId);
  return { id: workspace.id, frameworkId: workspace.activeFrameworkId! };
}

export async function seedPeople(
  execute: Execute,
  workspace: { id: string; frameworkId: string },
  people: number,
  shape: SeedShape,
): Promise<void> {
  const zones = `ARRAY[${ZONES.map((zone) => `'${zone}'`).join(', ')}]`;
  const manager =
    shape === 'planning' ? `CASE WHEN g < 8 OR g % 8 = 0 THEN NULL ELSE 'person' || (g - g % 8) END` : 'NULL';
  await execute(
    `INSERT INTO "Person" (id, "workspaceId", "slackUserId", "displayName", "timeZone", "managerId", "profileSyncedAt", "updatedAt")
     SELECT 'person' || g, $1, 'U' || lpad(g::text, 7, '0'), 'Person ' || g, (${zones})[1 + g % 6], ${manager}, now(), now()
     FROM generate_series(1, $2::int) g`,
    [workspace.id, people],
  );
  const startedAt =
    shape === 'planning'
      ? `TIMESTAMP '2026-11-01' + (g % 60) * INTERVAL '1 day'`
      : `now() - (g % 20) * INTERVAL '1 day'`;
  await execute(
    `INSERT INTO "Pathway" (id, "personId", "frameworkVersionId", "fromRoleKey", "goalRoleKey", "moveKind", "targetDate", "activeForPersonId", "startedAt", "updatedAt")
     SELECT 'pathway' || g, 'person' || g, $1, 'instructional-designer', 'senior-instructional-designer', 'ladder',
            DATE '2027-06-30', 'person' || g, ${startedAt}, now()
     FROM generate_series(1, $2::int) g`,
    [workspace.frameworkId, people],
  );
  const dueDate =
    shape === 'planning'
      ? `DATE '2027-01-13' + ((g * 7 + p * 11) % 60 - 30)`
      : `CURRENT_DATE + 60 + ((g * 7 + p * 11) % 60)`;
  await execute(
    `INSERT INTO "Milestone" (id, "pathwayId", position, title, kind, "dueDate", "updatedAt")
     SELECT 'm' || g || '_' || p, 'pathway' || g, p, 'Milestone ' || p, 'course', ${dueDate}, now()
     FROM generate_series(1, $1::int) g, generate_series(1, 4) p`,
    [people],
  );
  const checkIns =
    shape === 'planning'
      ? `TIMESTAMP '2026-11-20' + (g % 50) * INTERVAL '1 day' FROM generate_series(1, $2::int, 2) g`
      : `now() - (g % 10) * INTERVAL '1 day' FROM generate_series(1, $2::int) g`;
  await execute(
    `INSERT INTO "CheckIn" (id, "personId", "pathwayId", "frameworkVersionId", "goalRoleKey", "createdAt")
     SELECT 'c' || g, 'person' || g, 'pathway' || g, $1, 'senior-instructional-designer', ${checkIns}`,
    [workspace.frameworkId, people],
  );
  await execute('ANALYZE', []);
}

/** The planner's one look at everybody (as after an upgrade), so each person has a next-due instant. */
export function firstLook(prisma: PrismaClient, now: Date): Promise<PlanStats> {
  const clock: Clock = { now: () => now };
  return planAll({ prisma, clock, logger: createLogger('silent'), defaultTimeZone: 'UTC' });
}
