/**
 * Test fixtures for pathways: a person with an active plan of any length, and
 * small readers for what the pathway listeners put in Slack.
 */

import type { DriverResult, RecordedCall } from '@pathway/fake-slack';
import { beforeEach, expect } from 'vitest';
import { TEAM_OPEN_PATHWAY_ACTION } from '../../src/blocks/team.js';
import { dateToDb } from '../../src/domain/dates.js';
import { ensureMember } from '../../src/services/people.js';
import { type TestApp, useTestApp } from './app-harness.js';
import type { Backend } from './db.js';

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

export function textOf(value: unknown): string {
  return JSON.stringify(value);
}

/** The values of the buttons with `actionId` in a JSON answer, whatever the order of their keys. */
export function buttonValues(json: string, actionId: string): string[] {
  const values: string[] = [];
  JSON.parse(json, (_key, node: unknown) => {
    const element = node as { action_id?: unknown; value?: unknown } | null;
    if (element?.action_id === actionId && typeof element.value === 'string') values.push(element.value);
    return node;
  });
  return values;
}

/** The view argument of a views.open / views.update / views.publish call. */
export function viewOf(
  call: RecordedCall,
): { callback_id?: string; private_metadata?: string; blocks: { type: string; block_id?: string }[] } & Record<
  string,
  unknown
> {
  const view = call.args.view as { blocks: { type: string; block_id?: string }[] } & Record<string, unknown>;
  expect(Array.isArray(view.blocks)).toBe(true);
  return view;
}

/** Checks the fake saw only spec-conforming Web API calls and valid Block Kit. */
export function expectCleanSlackTraffic(t: TestApp): void {
  expect(t.fake.specViolations).toEqual([]);
  expect(t.fake.blockKitViolations).toEqual([]);
}

type Element = Record<string, unknown> & { type: string; action_id: string };
type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** Elements that hold a value when they are a section's accessory (buttons and overflows hold none). */
const STATEFUL_ACCESSORIES = new Set(['static_select', 'datepicker', 'checkboxes', 'radio_buttons']);

/**
 * view.state.values as Slack would send them for a modal nobody has touched:
 * each input, and each stateful section accessory, holds its initial value. Tests
 * then change the fields they need.
 */
export function formValues(view: { blocks: { type: string; block_id?: string }[] }): StateValues {
  const values: StateValues = {};
  for (const block of view.blocks) {
    if (!block.block_id) continue;
    const holder = block as unknown as { element?: Element; accessory?: Element };
    const element =
      block.type === 'input'
        ? holder.element
        : block.type === 'section' && holder.accessory && STATEFUL_ACCESSORIES.has(holder.accessory.type)
          ? holder.accessory
          : undefined;
    if (!element) continue;
    const state: Record<string, unknown> = { type: element.type };
    switch (element.type) {
      case 'static_select':
        state.selected_option = element.initial_option ?? null;
        break;
      case 'datepicker':
        state.selected_date = element.initial_date ?? null;
        break;
      case 'checkboxes':
        state.selected_options = element.initial_options ?? [];
        break;
      default:
        state.value = element.initial_value ?? null;
    }
    values[block.block_id] = { [element.action_id]: state };
  }
  return values;
}

/** Sets one field of `values` (block id → the element's only action). */
export function setField(values: StateValues, blockId: string, patch: Record<string, unknown>): void {
  const actions = values[blockId];
  if (!actions) throw new Error(`no field ${blockId} in the form`);
  const actionId = Object.keys(actions)[0]!;
  actions[actionId] = { ...actions[actionId], ...patch };
}

export interface OpenedView {
  id: string;
  hash: string;
  view: ReturnType<typeof viewOf>;
}

/** The modal as Slack holds it after a views.open / views.update call (id and hash from the answer). */
export function openedView(call: RecordedCall): OpenedView {
  const answer = call.response?.view as { id?: string; hash?: string } | undefined;
  if (!answer?.id || !answer.hash) throw new Error(`${call.method} did not answer with a view`);
  return { id: answer.id, hash: answer.hash, view: viewOf(call) };
}

/** Clicks a button in an ephemeral message (a command's answer), as `userId`. */
export function clickInMessage(t: TestApp, userId: string, actionId: string, value: string): Promise<DriverResult> {
  return t.driver.blockAction({ userId, actionId, value, container: { isEphemeral: true } });
}

/** Submits `modal`, as Slack holds it, with `values`, as `userId`. */
export function submitModal(
  t: TestApp,
  userId: string,
  callbackId: string,
  modal: OpenedView,
  values: StateValues,
): Promise<DriverResult> {
  return t.driver.viewSubmission({
    userId,
    callbackId,
    viewId: modal.id,
    values,
    privateMetadata: String(modal.view.private_metadata),
    blocks: modal.view.blocks,
  });
}

/** A manager opens a report's pathway with the button in `/pathway team`'s answer; returns the modal as Slack holds it. */
export async function openReportPathway(t: TestApp, managerId: string, personId: string): Promise<OpenedView> {
  const opened = nextCall(t, 'views.open');
  await clickInMessage(t, managerId, TEAM_OPEN_PATHWAY_ACTION, personId);
  return openedView(await opened);
}

/** The next `method` call after the ones already recorded (waitForCall alone would return an earlier one). */
export function nextCall(t: TestApp, method: string, timeoutMs = 10_000): Promise<RecordedCall> {
  const before = t.fake.callsTo(method).length;
  return t.fake.waitForCall(method, (call) => t.fake.callsTo(method).indexOf(call) >= before, timeoutMs);
}

export const ALICE = 'U0ALICE';

/** Monday 11 January 2027, 10:00 in London: the "now" of the pathway tests. */
export const TEST_NOW = '2027-01-11T10:00:00Z';

export interface PathwayAppOptions {
  /** Slack users (in Europe/London) the fake knows; default Alice. */
  users?: string[];
  /** The database for the file; PGlite unless given. */
  backend?: Backend;
  /** Receives the running app once it has started, as with useTestApp. */
  use?: (app: TestApp) => void;
}

/**
 * Starts the app once for the test file and, before each test, empties the
 * database, resets the fake Slack and sets the clock to TEST_NOW. Returns the
 * running app (call it inside a test or hook).
 */
export function usePathwayApp(options: PathwayAppOptions = {}): () => TestApp {
  let running: TestApp | undefined;
  const current = (): TestApp => {
    if (!running) throw new Error('the test app is not running (usePathwayApp registers beforeAll)');
    return running;
  };
  useTestApp(
    (app) => {
      running = app;
      options.use?.(app);
    },
    { now: TEST_NOW, ...(options.backend ? { backend: options.backend } : {}) },
  );
  beforeEach(() => {
    const t = current();
    for (const id of options.users ?? [ALICE]) t.fake.setUser({ id, tz: 'Europe/London' });
  });
  return current;
}
