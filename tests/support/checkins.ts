/**
 * Fixtures for check-in and manager tests: people (optionally linked to a
 * manager) with a pathway towards Senior Instructional Designer, check-ins made
 * directly in the database, and the modal answers Slack would send.
 */

import type { StateValues } from '@pathway/fake-slack';
import {
  EXAMPLE_ACTION,
  exampleBlockId,
  managerRatingBlockId,
  RATING_ACTION,
  ratingBlockId,
} from '../../src/blocks/checkin.js';
import { dateToDb } from '../../src/domain/dates.js';
import { signalsFor } from '../../src/domain/framework/queries.js';
import type { Rating } from '../../src/domain/readiness.js';
import type { Person } from '../../src/generated/prisma/client.js';
import { activeFramework } from '../../src/services/frameworks.js';
import { ensureWorkspace } from '../../src/services/people.js';
import type { TestApp } from './app-harness.js';
import { ALICE, DANA, EVE } from './cast.js';
import { ladderPathway } from './ladder.js';

export const GOAL = 'senior-instructional-designer';
export const GOAL_TITLE = 'Senior Instructional Designer';

/** The goal role's signal keys in the shipped framework, in order. */
export async function goalSignalKeys(t: TestApp): Promise<string[]> {
  const workspace = await ensureWorkspace(t.db.prisma, t.fake.team.id);
  const { framework } = await activeFramework(t.db.prisma, workspace.id);
  return signalsFor(framework, GOAL).map((signal) => signal.key);
}

export interface PersonOptions {
  manager?: Person;
  isSlackAdmin?: boolean;
  /** Give the person an active pathway towards GOAL (default true). */
  pathway?: boolean;
  milestones?: Array<{
    title: string;
    signalKeys?: string[];
    dueDate?: string;
    /** Done at this instant, with what the person wrote then. */
    done?: { at: Date; evidence?: string; evidenceLink?: string };
  }>;
}

export async function seedPerson(t: TestApp, slackUserId: string, options: PersonOptions = {}): Promise<Person> {
  const prisma = t.db.prisma;
  const workspace = await ensureWorkspace(prisma, t.fake.team.id);
  t.fake.setUser({ id: slackUserId, tz: 'Europe/London', isAdmin: options.isSlackAdmin ?? false });
  const person = await prisma.person.create({
    data: {
      workspaceId: workspace.id,
      slackUserId,
      managerId: options.manager?.id ?? null,
      isSlackAdmin: options.isSlackAdmin ?? false,
      timeZone: 'Europe/London',
      profileSyncedAt: t.clock.now(),
    },
  });
  if (options.pathway ?? true) {
    const milestones = (options.milestones ?? []).map((milestone, index) => ({
      position: index + 1,
      title: milestone.title,
      signalKeys: milestone.signalKeys ?? [],
      dueDate: dateToDb(milestone.dueDate ?? '2027-06-30'),
      doneAt: milestone.done?.at ?? null,
      evidence: milestone.done?.evidence ?? null,
      evidenceLink: milestone.done?.evidenceLink ?? null,
    }));
    await prisma.pathway.create({ data: ladderPathway(person.id, workspace.activeFrameworkId!, milestones) });
  }
  return person;
}

/** The id of `person`'s active pathway. */
export async function activePathwayId(t: TestApp, person: Person): Promise<string> {
  return (await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: person.id } })).id;
}

/** A check-in stored directly, as the submission would store it. */
export async function seedCheckIn(
  t: TestApp,
  person: Person,
  ratings: Record<string, Rating>,
  options: { at?: Date; manager?: Record<string, Rating>; comment?: string } = {},
): Promise<string> {
  const pathway = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: person.id } });
  const checkIn = await t.db.prisma.checkIn.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      frameworkVersionId: pathway.frameworkVersionId,
      goalRoleKey: pathway.goalRoleKey,
      createdAt: options.at ?? t.clock.now(),
      managerComment: options.comment ?? null,
      calibratedAt: options.manager ? t.clock.now() : null,
      ratings: {
        create: Object.entries(ratings).map(([signalKey, selfRating]) => ({
          signalKey,
          selfRating,
          example: selfRating > 1 ? `Example for ${signalKey}` : null,
          managerRating: options.manager?.[signalKey] ?? null,
        })),
      },
    },
  });
  return checkIn.id;
}

function radio(rating: Rating | undefined): Record<string, unknown> {
  return {
    type: 'radio_buttons',
    selected_option:
      rating === undefined ? null : { value: String(rating), text: { type: 'plain_text', text: String(rating) } },
  };
}

/** view.state.values of the check-in modal. */
export function checkInValues(answers: Record<string, { rating?: Rating; example?: string }>): StateValues {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [key, answer] of Object.entries(answers)) {
    values[ratingBlockId(key)] = { [RATING_ACTION]: radio(answer.rating) };
    values[exampleBlockId(key)] = { [EXAMPLE_ACTION]: { type: 'plain_text_input', value: answer.example ?? null } };
  }
  return values;
}

/** view.state.values of the calibration modal. */
export function calibrationValues(ratings: Record<string, Rating | undefined>, comment: string | null): StateValues {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [key, rating] of Object.entries(ratings))
    values[managerRatingBlockId(key)] = { [RATING_ACTION]: radio(rating) };
  values.comment = { comment: { type: 'plain_text_input', value: comment } };
  return values;
}

/** The rows queued of `kind`, soonest first (or by recipient). */
export async function queuedOfKind(t: TestApp, kind: string, order: 'notBefore' | 'recipient' = 'notBefore') {
  return t.db.prisma.outboxMessage.findMany({ where: { kind }, orderBy: { [order]: 'asc' } });
}

/** The rows queued for `recipient`, with their payloads. */
export async function outboxFor(t: TestApp, recipient: string) {
  return t.db.prisma.outboxMessage.findMany({ where: { recipient }, orderBy: { createdAt: 'asc' } });
}

/** Dana (a manager, no pathway of her own), Eve (a colleague on a pathway) and Alice, on a pathway with `milestones`, reporting to Dana. */
export async function seedManagerAndReport(
  t: TestApp,
  milestones: PersonOptions['milestones'] = [],
): Promise<{ dana: Person; alice: Person }> {
  const dana = await seedPerson(t, DANA, { pathway: false });
  await seedPerson(t, EVE);
  const alice = await seedPerson(t, ALICE, { manager: dana, milestones });
  return { dana, alice };
}

/**
 * Dana manages Alice, whose check-in rates each goal signal (in order) by `rate`; Dana has rated
 * the signals `managerRatings` gives, if any.
 */
export async function seedManagedCheckIn(
  t: TestApp,
  rate: (index: number) => Rating,
  managerRatings?: (keys: string[]) => Record<string, Rating>,
): Promise<{ dana: Person; alice: Person; keys: string[]; checkInId: string }> {
  const dana = await seedPerson(t, DANA, { pathway: false });
  const alice = await seedPerson(t, ALICE, { manager: dana });
  const keys = await goalSignalKeys(t);
  const ratings = Object.fromEntries(keys.map((key, index) => [key, rate(index)]));
  const checkInId = await seedCheckIn(t, alice, ratings, managerRatings ? { manager: managerRatings(keys) } : {});
  return { dana, alice, keys, checkInId };
}
