/**
 * Workspaces and people are created on first contact, so a new user's first
 * `/pathway` works with no set-up step.
 */
import type { PrismaClient } from '../db/client.js';
import type { Language } from '../domain/language.js';
import type { Person, Workspace } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { installDefaultFramework } from './frameworks.js';

export interface SlackIdentity {
  teamId: string;
  userId: string;
  enterpriseId?: string | undefined;
}

export interface Member {
  workspace: Workspace;
  person: Person;
  /** True the first time Pathway sees this person. */
  isNew: boolean;
}

export async function ensureWorkspace(prisma: PrismaClient, teamId: string, enterpriseId?: string): Promise<Workspace> {
  // Every request passes here: one indexed read for a workspace already set up (an upsert is a transaction of four statements).
  const existing = await prisma.workspace.findUnique({ where: { slackTeamId: teamId } });
  if (existing?.activeFrameworkId) return existing;
  const workspace = await createdOrExisting(
    () =>
      prisma.workspace.upsert({
        where: { slackTeamId: teamId },
        create: { slackTeamId: teamId, enterpriseId: enterpriseId ?? null },
        update: {},
      }),
    () => prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: teamId } }),
  );
  if (workspace.activeFrameworkId) return workspace;
  try {
    await installDefaultFramework(prisma, workspace.id);
  } catch (error) {
    // Two first requests at once: the other one installed it.
    if (!isUniqueViolation(error)) throw error;
  }
  return prisma.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
}

/** A DateTime column as to_json writes it: an instant (timestamp(3), UTC) or a calendar date (@db.Date). */
type DateColumn = 'instant' | 'date';
type DateFields<T> = { [K in keyof T]-?: Date extends T[K] ? K : never }[keyof T];

// Every DateTime field, or the compiler refuses: a column added later cannot stay a string.
const WORKSPACE_DATES: Record<DateFields<Workspace>, DateColumn> = {
  uninstalledAt: 'instant',
  createdAt: 'instant',
  updatedAt: 'instant',
};
const PERSON_DATES: Record<DateFields<Person>, DateColumn> = {
  deactivatedAt: 'instant',
  profileSyncedAt: 'instant',
  awayFrom: 'date',
  awayUntil: 'date',
  nudgesPausedAt: 'instant',
  nudgeSettingsSavedAt: 'instant',
  nextDueAt: 'instant',
  conversationDueAt: 'instant',
  createdAt: 'instant',
  updatedAt: 'instant',
};

/**
 * A row read with to_json, as Prisma reads it. Both tables hold only text, integers, booleans,
 * enums, arrays of those and DateTimes, which JSON carries as they are, except the DateTimes.
 */
function rowFromJson<T>(row: Record<string, unknown>, dates: Record<string, DateColumn>): T {
  for (const [field, column] of Object.entries(dates)) {
    const value = row[field];
    if (typeof value === 'string') row[field] = new Date(column === 'date' ? `${value}T00:00:00Z` : `${value}Z`);
  }
  return row as T;
}

export async function ensureMember(prisma: PrismaClient, identity: SlackIdentity): Promise<Member> {
  // Every request passes here: a workspace set up and a person already met cost one round trip, not two.
  const [known] = await prisma.$queryRaw<
    Array<{ workspace: Record<string, unknown>; person: Record<string, unknown> | null }>
  >`
    SELECT to_json(w) AS "workspace",
      (SELECT to_json(p) FROM "Person" p WHERE p."workspaceId" = w."id" AND p."slackUserId" = ${identity.userId}) AS "person"
    FROM "Workspace" w WHERE w."slackTeamId" = ${identity.teamId}`;
  if (known?.person && typeof known.workspace.activeFrameworkId === 'string') {
    return {
      workspace: rowFromJson<Workspace>(known.workspace, WORKSPACE_DATES),
      person: rowFromJson<Person>(known.person, PERSON_DATES),
      isNew: false,
    };
  }
  const workspace = await ensureWorkspace(prisma, identity.teamId, identity.enterpriseId);
  const existing = await prisma.person.findUnique({
    where: { workspaceId_slackUserId: { workspaceId: workspace.id, slackUserId: identity.userId } },
  });
  if (existing) return { workspace, person: existing, isNew: false };
  return { workspace, person: await ensurePerson(prisma, workspace.id, identity.userId), isNew: true };
}

/** The person with this Slack id in the workspace, created when Pathway has not met them yet (a lost create race reads the winner's row). */
export async function ensurePerson(prisma: PrismaClient, workspaceId: string, slackUserId: string): Promise<Person> {
  const where = { workspaceId_slackUserId: { workspaceId, slackUserId } };
  return createdOrExisting(
    () => prisma.person.upsert({ where, create: { workspaceId, slackUserId }, update: {} }),
    () => prisma.person.findUniqueOrThrow({ where }),
  );
}

/** The person behind a Slack identity, if Pathway knows them (never creates one). */
export async function findMember(
  prisma: PrismaClient,
  identity: Pick<SlackIdentity, 'teamId' | 'userId'>,
): Promise<Person | null> {
  return prisma.person.findFirst({
    where: { slackUserId: identity.userId, workspace: { slackTeamId: identity.teamId } },
  });
}

/** A person of the workspace by Slack user id, if Pathway knows them. */
export async function findPersonBySlackId(
  prisma: PrismaClient,
  workspaceId: string,
  slackUserId: string,
): Promise<Person | null> {
  return prisma.person.findFirst({ where: { workspaceId, slackUserId } });
}

export async function personById(prisma: PrismaClient, personId: string): Promise<Person> {
  return prisma.person.findUniqueOrThrow({ where: { id: personId } });
}

/** The Slack user id of the person's manager while that manager is active; null without one. */
export async function activeManagerSlackUserId(
  prisma: PrismaClient,
  person: Pick<Person, 'managerId'>,
): Promise<string | null> {
  if (person.managerId === null) return null;
  const manager = await prisma.person.findUnique({
    where: { id: person.managerId },
    select: { slackUserId: true, deactivatedAt: true },
  });
  return manager && manager.deactivatedAt === null ? manager.slackUserId : null;
}

/** Pathway's id for a Slack team, if it was ever used there. */
export async function workspaceIdOfTeam(prisma: PrismaClient, teamId: string): Promise<string | null> {
  return (await prisma.workspace.findUnique({ where: { slackTeamId: teamId }, select: { id: true } }))?.id ?? null;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Prisma's upsert reads, then inserts, unless it can use ON CONFLICT; two first
 * requests of one person at once (a command and Home) then collide on the
 * unique key. The one that loses reads the row the other created.
 */
export async function createdOrExisting<T>(create: () => Promise<T>, existing: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return existing();
  }
}

/** What Slack's users.info says about a person, kept for local-time scheduling and import matching. */
export interface SlackProfile {
  displayName?: string | undefined;
  email?: string | undefined;
  timeZone?: string | undefined;
  /** Slack locale, e.g. en-GB. */
  locale?: string | undefined;
  deleted?: boolean | undefined;
  /** Slack workspace admin or owner. */
  isSlackAdmin?: boolean | undefined;
}

/** `language`: en, es or de; null follows the Slack locale again. */
export async function setLanguage(prisma: PrismaClient, personId: string, language: Language | null): Promise<Person> {
  return prisma.person.update({ where: { id: personId }, data: { language } });
}

export async function updateProfile(
  prisma: PrismaClient,
  personId: string,
  profile: SlackProfile,
  now = new Date(),
): Promise<Person> {
  // The retention countdown runs from the first time Slack said the account was deactivated.
  const { deactivatedAt } = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: { deactivatedAt: true },
  });
  return prisma.person.update({
    where: { id: personId },
    data: {
      ...(profile.displayName !== undefined ? { displayName: profile.displayName } : {}),
      ...(profile.email !== undefined ? { email: profile.email } : {}),
      ...(profile.timeZone !== undefined ? { timeZone: profile.timeZone } : {}),
      ...(profile.locale !== undefined ? { locale: profile.locale } : {}),
      ...(profile.deleted !== undefined ? { deactivatedAt: profile.deleted ? (deactivatedAt ?? now) : null } : {}),
      ...(profile.isSlackAdmin !== undefined ? { isSlackAdmin: profile.isSlackAdmin } : {}),
      profileSyncedAt: now,
    },
  });
}
