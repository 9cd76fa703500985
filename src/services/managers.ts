/**
 * Manager links. A person has at most one manager (Person.managerId). The person
 * asks with `/pathway manager @name`; the link takes effect only when that manager
 * accepts. An admin import sets links directly (linkManager). Who sees check-ins
 * follows the CURRENT link (privacy.ts), so changing it changes access at once.
 */
import type { PrismaClient } from '../db/client.js';
import { daysBetween } from '../domain/dates.js';
import { type Language, languageFor } from '../domain/language.js';
import type { ManagerRequest, Person, Prisma } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import { type ReadinessView, readinessOfMany, type SubjectReadiness } from './checkins.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import { type PathwayView, pathwayView } from './overview.js';
import { ensurePerson } from './people.js';
import { type CheckInGrant, grantsFor, type PrivacyContext } from './privacy.js';

type Tx = Prisma.TransactionClient;
type PersonRef = Pick<Person, 'id' | 'slackUserId' | 'displayName'>;

/** Reporting lines deeper than this are treated as a loop (and refused). */
const MAX_CHAIN = 50;

/** What the people involved are told; built by src/blocks (services stay Slack-free). */
export interface ManagerNotices {
  /** To the proposed manager, with accept and decline buttons. */
  request(details: { requestId: string; person: PersonRef }, language?: Language): OutboxPayload;
  /** To the person, once the manager answered. */
  answered(details: { manager: PersonRef; accepted: boolean }, language?: Language): OutboxPayload;
  /** To the manager the person had before, when a new link replaces theirs. */
  replaced(details: { person: PersonRef }, language?: Language): OutboxPayload;
}

/** True when making `managerId` the manager of `personId` would close a loop. */
export async function wouldCreateLoop(
  prisma: Pick<PrismaClient, 'person'>,
  personId: string,
  managerId: string,
): Promise<boolean> {
  let current: string | null = managerId;
  for (let step = 0; current !== null && step < MAX_CHAIN; step++) {
    if (current === personId) return true;
    const next: { managerId: string | null } | null = await prisma.person.findUnique({
      where: { id: current },
      select: { managerId: true },
    });
    current = next?.managerId ?? null;
  }
  return current !== null;
}

export interface RequestedLink {
  request: ManagerRequest;
  manager: Person;
  /** True when an earlier unanswered request was replaced. */
  replacedPending: boolean;
}

/** `/pathway manager @name`: records a pending request and queues the manager's DM. */
export async function requestManager(
  prisma: PrismaClient,
  person: Person,
  managerSlackUserId: string,
  now: Date,
  notices: ManagerNotices,
): Promise<RequestedLink> {
  if (managerSlackUserId === person.slackUserId) {
    throw userError('error.managers.yourself');
  }
  const manager = await ensurePerson(prisma, person.workspaceId, managerSlackUserId);
  if (manager.deactivatedAt !== null) throw userError('error.managers.inactive');
  if (person.managerId === manager.id) throw userError('error.managers.already', { manager: managerSlackUserId });
  if (await wouldCreateLoop(prisma, person.id, manager.id)) throw userError('error.managers.loop');
  return prisma.$transaction(async (tx) => {
    const superseded = await supersedePending(tx, person.id, now);
    const request = await tx.managerRequest.create({
      data: { personId: person.id, managerId: manager.id, pendingForPersonId: person.id, createdAt: now },
    });
    await enqueueMessage(tx, {
      workspaceId: person.workspaceId,
      dedupeKey: `manager-request:${request.id}`,
      kind: 'manager-request',
      recipient: manager.slackUserId,
      payload: notices.request({ requestId: request.id, person }, languageFor(manager)),
      notBefore: now,
    });
    return { request, manager, replacedPending: superseded > 0 };
  });
}

async function supersedePending(tx: Tx, personId: string, now: Date): Promise<number> {
  const result = await tx.managerRequest.updateMany({
    where: { pendingForPersonId: personId },
    data: { status: 'superseded', pendingForPersonId: null, decidedAt: now },
  });
  return result.count;
}

export interface AnsweredRequest {
  request: ManagerRequest;
  person: Person;
  accepted: boolean;
}

/** The manager's accept or decline button. Only the named manager may answer, once. */
export async function answerManagerRequest(
  prisma: PrismaClient,
  manager: Pick<Person, 'id' | 'slackUserId' | 'displayName'>,
  requestId: string,
  accept: boolean,
  now: Date,
  notices: ManagerNotices,
): Promise<AnsweredRequest> {
  const request = await prisma.managerRequest.findUnique({ where: { id: requestId }, include: { person: true } });
  if (!request || request.managerId !== manager.id) throw userError('error.managers.notYours');
  if (request.status === 'superseded')
    throw userError('error.managers.superseded', { person: request.person.slackUserId });
  if (request.status !== 'pending') throw userError('error.managers.alreadyAnswered', { status: request.status });

  if (accept && (await wouldCreateLoop(prisma, request.personId, manager.id))) throw userError('error.managers.loop');
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.managerRequest.updateMany({
      where: { id: requestId, status: 'pending' },
      data: { status: accept ? 'accepted' : 'declined', pendingForPersonId: null, decidedAt: now },
    });
    if (claimed.count === 0) throw userError('error.managers.answeredMeanwhile');
    const person = request.person;
    if (accept) await setManager(tx, person, manager.id, now, notices, `manager-request:${requestId}`);
    await enqueueMessage(tx, {
      workspaceId: person.workspaceId,
      dedupeKey: `manager-request:${requestId}:answer`,
      kind: 'manager-answer',
      recipient: person.slackUserId,
      payload: notices.answered({ manager, accepted: accept }, languageFor(person)),
      notBefore: now,
    });
    const updated = await tx.managerRequest.findUniqueOrThrow({ where: { id: requestId } });
    return {
      request: updated,
      person: await tx.person.findUniqueOrThrow({ where: { id: person.id } }),
      accepted: accept,
    };
  });
}

/** Sets the link, telling the previous manager (if any) that they no longer see this person's check-ins. */
async function setManager(
  tx: Tx,
  person: Person,
  managerId: string | null,
  now: Date,
  notices: ManagerNotices,
  cause: string,
): Promise<void> {
  if (person.managerId === managerId) return;
  const previous = person.managerId ? await tx.person.findUnique({ where: { id: person.managerId } }) : null;
  await tx.person.update({ where: { id: person.id }, data: { managerId } });
  if (previous && previous.deactivatedAt === null) {
    await enqueueMessage(tx, {
      workspaceId: person.workspaceId,
      dedupeKey: `${cause}:former-manager`,
      kind: 'manager-replaced',
      recipient: previous.slackUserId,
      payload: notices.replaced({ person }, languageFor(previous)),
      notBefore: now,
    });
  }
}

/**
 * For the admin people import: sets or clears a person's manager at once,
 * replacing any unanswered request. Refuses self-links and loops. Returns whether
 * anything changed.
 */
export async function linkManager(
  prisma: PrismaClient,
  personId: string,
  managerId: string | null,
  now: Date,
  notices: ManagerNotices,
): Promise<boolean> {
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId } });
  if (managerId !== null) {
    const manager = await prisma.person.findUniqueOrThrow({ where: { id: managerId } });
    if (manager.workspaceId !== person.workspaceId) throw userError('error.managers.otherWorkspace');
    if (managerId === personId) throw userError('error.managers.ownManager');
    if (await wouldCreateLoop(prisma, personId, managerId)) throw userError('error.managers.loop');
  }
  if (person.managerId === managerId) return false;
  await prisma.$transaction(async (tx) => {
    await supersedePending(tx, personId, now);
    await setManager(tx, person, managerId, now, notices, `manager-import:${personId}:${now.getTime()}`);
  });
  return true;
}

export interface TeamMember {
  person: Pick<Person, 'id' | 'slackUserId' | 'displayName'>;
  pathway: PathwayView | null;
  readiness: ReadinessView | null;
  /** Days since the latest check-in on the active pathway; null before the first. */
  daysSinceCheckIn: number | null;
}

/**
 * A manager's current reports (the first `limit`, by name), each read through the
 * privacy rule, and how many there are in all.
 */
export async function teamOf(
  ctx: PrivacyContext,
  manager: Pick<Person, 'id' | 'workspaceId' | 'deactivatedAt'>,
  today: string,
  limit: number,
): Promise<{ members: TeamMember[]; total: number }> {
  const where = { managerId: manager.id, workspaceId: manager.workspaceId, deactivatedAt: null };
  const [reports, total] = await Promise.all([
    ctx.prisma.person.findMany({ where, orderBy: [{ displayName: 'asc' }, { slackUserId: 'asc' }], take: limit }),
    ctx.prisma.person.count({ where }),
  ]);
  const grants = grantsFor(ctx, manager, reports, 'team');
  const loaded = await readinessOfMany(ctx.prisma, [...grants.values()]);
  const members = reports
    .filter((report) => grants.has(report.id))
    .map((report) => memberView(report, loaded.get(report.id), today));
  return { members, total };
}

/** A report's pathway and readiness as their manager sees it (read-only). */
export async function reportView(
  prisma: PrismaClient,
  access: CheckInGrant,
  person: TeamMember['person'],
  today: string,
): Promise<TeamMember> {
  return memberView(person, (await readinessOfMany(prisma, [access])).get(access.subjectId), today);
}

function memberView(person: TeamMember['person'], loaded: SubjectReadiness | undefined, today: string): TeamMember {
  if (!loaded) return { person, pathway: null, readiness: null, daysSinceCheckIn: null };
  const { pathway, framework, readiness } = loaded;
  return {
    person,
    pathway: pathwayView(pathway, framework, today),
    readiness,
    daysSinceCheckIn: readiness.latest ? daysBetween(readiness.latest.date, today) : null,
  };
}
