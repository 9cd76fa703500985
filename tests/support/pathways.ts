/**
 * Test fixtures for pathways: a person with an active plan of any length, the app the pathway
 * tests run, and a manager opening a report's pathway.
 */

import { beforeEach } from 'vitest';
import { TEAM_OPEN_PATHWAY_ACTION } from '../../src/blocks/team.js';
import { dateToDb } from '../../src/domain/dates.js';
import { ensureMember } from '../../src/services/people.js';
import { type TestApp, useTestApp } from './app-harness.js';
import { ALICE } from './cast.js';
import type { Backend } from './db.js';
import { clickInMessage, modalOpenedBy, type OpenedView } from './slack-ui.js';

export interface SeededMilestone {
  title: string;
  due: string;
  kind?: 'course' | 'project' | 'mentoring' | 'certification' | 'exposure' | 'other';
  doneAt?: Date;
  link?: string;
}

export interface SeededPathway {
  personId: string;
  pathwayId: string;
  /** Milestone ids by position (index 0 is milestone 1). */
  milestoneIds: string[];
}

/** Milestones 1..count, one a week from `firstDue`, all open. */
export function weeklyMilestones(count: number, firstDue: string): SeededMilestone[] {
  const start = dateToDb(firstDue).getTime();
  return Array.from({ length: count }, (_, i) => ({
    title: `Milestone number ${i + 1}`,
    due: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
  }));
}

/** An Instructional Designer aiming at Senior Instructional Designer, with these milestones. */
export async function seedPathway(
  t: TestApp,
  userId: string,
  milestones: SeededMilestone[],
  targetDate = '2027-12-31',
): Promise<SeededPathway> {
  const { person, workspace } = await ensureMember(t.db.prisma, { teamId: t.fake.team.id, userId });
  await t.db.prisma.person.update({
    where: { id: person.id },
    data: { currentRoleKey: 'instructional-designer', timeZone: 'Europe/London', profileSyncedAt: t.clock.now() },
  });
  const pathway = await t.db.prisma.pathway.create({
    data: {
      personId: person.id,
      activeForPersonId: person.id,
      frameworkVersionId: workspace.activeFrameworkId!,
      fromRoleKey: 'instructional-designer',
      goalRoleKey: 'senior-instructional-designer',
      moveKind: 'ladder',
      targetDate: dateToDb(targetDate),
      milestones: {
        create: milestones.map((m, i) => ({
          position: i + 1,
          title: m.title,
          kind: m.kind ?? 'course',
          dueDate: dateToDb(m.due),
          doneAt: m.doneAt ?? null,
          link: m.link ?? null,
        })),
      },
    },
    include: { milestones: { orderBy: { position: 'asc' } } },
  });
  return { personId: person.id, pathwayId: pathway.id, milestoneIds: pathway.milestones.map((m) => m.id) };
}

/** Positions and titles of a pathway's milestones, in order. */
export async function milestoneRows(
  t: TestApp,
  pathwayId: string,
): Promise<{ position: number; title: string; done: boolean; due: string }[]> {
  const rows = await t.db.prisma.milestone.findMany({ where: { pathwayId }, orderBy: { position: 'asc' } });
  return rows.map((m) => ({
    position: m.position,
    title: m.title,
    done: m.doneAt !== null,
    due: m.dueDate.toISOString().slice(0, 10),
  }));
}

/** A manager opens a report's pathway with the button in `/pathway team`'s answer; returns the modal as Slack holds it. */
export function openReportPathway(t: TestApp, managerId: string, personId: string): Promise<OpenedView> {
  return modalOpenedBy(t, () => clickInMessage(t, managerId, TEAM_OPEN_PATHWAY_ACTION, personId));
}

/** Monday 11 January 2027, 10:00 in London: the "now" of the pathway tests. */
export const TEST_NOW = '2027-01-11T10:00:00Z';

export interface PathwayAppOptions {
  /** Slack users (in Europe/London) the fake knows; default Alice. */
  users?: string[];
  /** The database for the file; PGlite unless given. */
  backend?: Backend;
}

/**
 * Starts the app once for the test file and, before each test, empties the
 * database, resets the fake Slack and sets the clock to TEST_NOW. Returns the
 * app, whose members are the running app's: read them inside a test or hook.
 */
export function usePathwayApp(options: PathwayAppOptions = {}): TestApp {
  let running: TestApp | undefined;
  const current = (): TestApp => {
    if (!running) throw new Error('the test app is not running (usePathwayApp registers beforeAll)');
    return running;
  };
  useTestApp(
    (app) => {
      running = app;
    },
    { now: TEST_NOW, ...(options.backend ? { backend: options.backend } : {}) },
  );
  beforeEach(() => {
    for (const id of options.users ?? [ALICE]) current().fake.setUser({ id, tz: 'Europe/London' });
  });
  // Each member is read from the running app when it is used, so a file can hold the app before it starts.
  return new Proxy({} as TestApp, { get: (_target, key) => Reflect.get(current(), key) });
}
