/**
 * The privacy rule for readiness check-ins, in one place: a check-in, its examples
 * and its ratings are visible to the person who made it and to their CURRENT
 * manager, and to nobody else. Admins are not an exception: they see aggregates
 * only, and there is no admin read path for individual check-ins.
 *
 * The same rule covers what a development conversation draws on: evidence (done
 * notes, saved messages, comments), the wins log, readiness cases, and the
 * manager's suggestions and comments. Writing them for someone else (suggest,
 * comment, propose a move) takes a manager's grant (requireManager).
 *
 * Development conversations too (services/conversations.ts): their agenda, items,
 * private notes and agreed actions are read with a grant on the person they are
 * about, so only that person and their current manager see them; the sender
 * drops a conversation DM queued for someone who is no longer either.
 *
 * Feedback on readiness signals (services/feedback.ts): colleagues' answers are check-in data of the person
 * who asked, read with a CheckInGrant (the person and their current manager; per colleague only with the
 * colleague's consent, otherwise counted together). The colleague reads and changes only their own answer,
 * with a FeedbackAnswerGrant made below for the colleague the request was sent to, and nobody else.
 * Mentorships have a rule of their own (authorizeMentorship): a mentorship, its
 * group DM and its sessions belong to the mentee and the mentor, and to nobody
 * else; not the mentee's manager, not admins. The sessions a mentorship logs
 * become evidence on the mentee's pathway (the check-in rule above), worded
 * without the mentor's name.
 *
 * Every read of check-in data goes through here. The read functions of
 * services/checkins.ts and services/evidence.ts take a CheckInGrant, which only
 * this module can make, so a read path that skipped the check would not compile. Each denial answers with a
 * clear message (AccessDenied is a UserError) and is logged with both ids.
 */
import type { PrismaClient } from '../db/client.js';
import { UserError } from '../domain/errors.js';
import type { MentorshipStatus, Person } from '../generated/prisma/client.js';
import { english } from '../i18n/index.js';
import type { UserErrorKey } from '../i18n/user-errors.js';
import type { Logger } from '../logger.js';

export type Relation = 'self' | 'manager';
export type Viewer = Pick<Person, 'id' | 'workspaceId' | 'deactivatedAt'>;
export type Subject = Pick<Person, 'id' | 'workspaceId' | 'managerId'>;

export type DenialReason =
  | 'not-their-manager'
  | 'other-workspace'
  | 'viewer-deactivated'
  | 'not-found'
  | 'not-the-colleague'
  | 'not-in-mentorship';

export type AccessDecision = { allowed: true; relation: Relation } | { allowed: false; reason: DenialReason };

/** The rule itself, pure. */
export function canViewCheckIn(viewer: Viewer, subject: Subject): AccessDecision {
  if (viewer.workspaceId !== subject.workspaceId) return { allowed: false, reason: 'other-workspace' };
  if (viewer.id === subject.id) return { allowed: true, relation: 'self' };
  if (viewer.deactivatedAt !== null) return { allowed: false, reason: 'viewer-deactivated' };
  if (subject.managerId !== null && subject.managerId === viewer.id) return { allowed: true, relation: 'manager' };
  return { allowed: false, reason: 'not-their-manager' };
}

const issued: unique symbol = Symbol('CheckInGrant');

/** Proof that `viewerId` may read `subjectId`'s check-ins. Only this module makes them. */
export interface CheckInGrant {
  readonly [issued]: true;
  readonly viewerId: string;
  readonly subjectId: string;
  readonly relation: Relation;
}

function grant(viewerId: string, subjectId: string, relation: Relation): CheckInGrant {
  return { [issued]: true, viewerId, subjectId, relation };
}

export const DENIED_MESSAGE = english.t('error.privacy.denied');
export const NOT_FOUND_MESSAGE = english.t('error.privacy.checkinGone');
export const CALIBRATE_OWN_MESSAGE = english.t('error.privacy.calibrateOwn');

export class AccessDenied extends UserError {
  constructor(
    message: string,
    readonly reason: DenialReason | 'not-manager',
    key?: UserErrorKey,
  ) {
    super(message, key === undefined ? undefined : { key });
    this.name = 'AccessDenied';
  }
}

export interface PrivacyContext {
  prisma: PrismaClient;
  logger: Logger;
}

/** The catalog key of each denial message, so the person reads it in their language (one a listener wrote itself stays as it is). */
const DENIAL_KEYS = new Map<string, UserErrorKey>(
  (
    [
      'error.privacy.denied',
      'error.privacy.checkinGone',
      'error.privacy.calibrateOwn',
      'error.privacy.ownPathway',
      'error.privacy.feedbackGone',
      'error.privacy.feedbackNotYours',
      'error.privacy.mentorshipDenied',
      'error.privacy.mentorshipGone',
    ] as const
  ).map((key) => [english.t(key), key]),
);

/** What a denial logs: who asked, about whom, through which read path, and why. */
function deny(
  ctx: PrivacyContext,
  details: { viewerId: string; subjectId: string | null; readPath: string; checkInId?: string },
  reason: DenialReason | 'not-manager',
  message: string,
): never {
  ctx.logger.warn({ ...details, reason }, 'check-in access denied');
  throw new AccessDenied(message, reason, DENIAL_KEYS.get(message));
}

/** The person's own check-ins (their overview and Home tab). */
export function ownCheckIns(personId: string): CheckInGrant {
  return grant(personId, personId, 'self');
}

/** The person a grant was given for (after authorizeCheckInRead): the report a manager acts on. */
export async function grantedSubject(prisma: Pick<PrismaClient, 'person'>, access: CheckInGrant): Promise<Person> {
  return prisma.person.findUniqueOrThrow({ where: { id: access.subjectId } });
}

/** May `viewer` read `subjectId`'s check-ins? Throws AccessDenied (logged) when not. */
export async function authorizeCheckInRead(
  ctx: PrivacyContext,
  viewer: Viewer,
  subjectId: string,
  readPath: string,
): Promise<CheckInGrant> {
  const subject = await ctx.prisma.person.findUnique({
    where: { id: subjectId },
    select: { id: true, workspaceId: true, managerId: true },
  });
  if (!subject) deny(ctx, { viewerId: viewer.id, subjectId, readPath }, 'not-found', DENIED_MESSAGE);
  return decide(ctx, viewer, subject, readPath);
}

/** The grant for the person who made `checkInId`, if `viewer` may read it. */
export async function authorizeCheckIn(
  ctx: PrivacyContext,
  viewer: Viewer,
  checkInId: string,
  readPath: string,
): Promise<CheckInGrant & { checkInId: string }> {
  const checkIn = await ctx.prisma.checkIn.findUnique({
    where: { id: checkInId },
    select: { person: { select: { id: true, workspaceId: true, managerId: true } } },
  });
  if (!checkIn)
    deny(ctx, { viewerId: viewer.id, subjectId: null, readPath, checkInId }, 'not-found', NOT_FOUND_MESSAGE);
  return { ...decide(ctx, viewer, checkIn.person, readPath, checkInId), checkInId };
}

export type ManagerGrant = CheckInGrant & { readonly relation: 'manager' };

export const OWN_PATHWAY_MESSAGE = english.t('error.privacy.ownPathway');

/**
 * Calibrating, suggesting, commenting and proposing a move are the manager's: the
 * person may read their own data but not act for their manager (`ownMessage` says so).
 */
export function requireManager<G extends CheckInGrant>(
  ctx: PrivacyContext,
  access: G,
  readPath: string,
  ownMessage = CALIBRATE_OWN_MESSAGE,
): G & ManagerGrant {
  if (access.relation === 'manager') return { ...access, relation: 'manager' };
  return deny(ctx, { viewerId: access.viewerId, subjectId: access.subjectId, readPath }, 'not-manager', ownMessage);
}

/** Grants for a manager's listed reports; anyone the rule rejects is left out (and logged). */
export function grantsFor(
  ctx: PrivacyContext,
  viewer: Viewer,
  subjects: readonly Subject[],
  readPath: string,
): Map<string, CheckInGrant> {
  const grants = new Map<string, CheckInGrant>();
  for (const subject of subjects) {
    const decision = canViewCheckIn(viewer, subject);
    if (decision.allowed) grants.set(subject.id, grant(viewer.id, subject.id, decision.relation));
    else
      ctx.logger.warn(
        { viewerId: viewer.id, subjectId: subject.id, readPath, reason: decision.reason },
        'check-in access denied',
      );
  }
  return grants;
}

function decide(
  ctx: PrivacyContext,
  viewer: Viewer,
  subject: Subject,
  readPath: string,
  checkInId?: string,
): CheckInGrant {
  const decision = canViewCheckIn(viewer, subject);
  if (!decision.allowed) {
    deny(
      ctx,
      { viewerId: viewer.id, subjectId: subject.id, readPath, ...(checkInId ? { checkInId } : {}) },
      decision.reason,
      DENIED_MESSAGE,
    );
  }
  return grant(viewer.id, subject.id, decision.relation);
}

const issuedFeedback: unique symbol = Symbol('FeedbackAnswerGrant');

/** Proof that `viewerId` is the colleague feedback request `requestId` was sent to. Only this module makes them. */
export interface FeedbackAnswerGrant {
  readonly [issuedFeedback]: true;
  readonly viewerId: string;
  readonly requestId: string;
}

export const FEEDBACK_GONE_MESSAGE = english.t('error.privacy.feedbackGone');
export const FEEDBACK_NOT_YOURS_MESSAGE = english.t('error.privacy.feedbackNotYours');

/** May `viewer` read and answer feedback request `requestId`? Only the colleague it was sent to. */
export async function authorizeFeedbackAnswer(
  ctx: PrivacyContext,
  viewer: Viewer,
  requestId: string,
  readPath: string,
): Promise<FeedbackAnswerGrant> {
  const request = await ctx.prisma.feedbackRequest.findUnique({
    where: { id: requestId },
    select: { personId: true, colleagueId: true },
  });
  if (!request) deny(ctx, { viewerId: viewer.id, subjectId: null, readPath }, 'not-found', FEEDBACK_GONE_MESSAGE);
  if (request.colleagueId !== viewer.id || viewer.deactivatedAt !== null) {
    deny(
      ctx,
      { viewerId: viewer.id, subjectId: request.personId, readPath },
      'not-the-colleague',
      FEEDBACK_NOT_YOURS_MESSAGE,
    );
  }
  return { [issuedFeedback]: true, viewerId: viewer.id, requestId };
}

// ---------------------------------------------------------------------------------------------
// Mentorships: the mentee and the mentor only
// ---------------------------------------------------------------------------------------------

export type MentorshipSide = 'mentee' | 'mentor';

export const MENTORSHIP_DENIED_MESSAGE = english.t('error.privacy.mentorshipDenied');
export const MENTORSHIP_NOT_FOUND_MESSAGE = english.t('error.privacy.mentorshipGone');

/** The rule itself, pure: which side of the mentorship the viewer is on, if any. */
export function mentorshipSideOf(
  viewer: Pick<Person, 'id' | 'deactivatedAt'>,
  mentorship: { menteeId: string | null; mentorId: string | null },
): MentorshipSide | undefined {
  if (viewer.deactivatedAt !== null) return undefined;
  if (mentorship.menteeId === viewer.id) return 'mentee';
  if (mentorship.mentorId === viewer.id) return 'mentor';
  return undefined;
}

const mentorshipIssued: unique symbol = Symbol('MentorshipGrant');

/** Proof that `viewerId` is one side of `mentorshipId`. Only this module makes them. */
export interface MentorshipGrant {
  readonly [mentorshipIssued]: true;
  readonly viewerId: string;
  readonly mentorshipId: string;
  readonly side: MentorshipSide;
}

/** May `viewer` read or act on `mentorshipId`? Throws AccessDenied (logged) when not. */
export async function authorizeMentorship(
  ctx: PrivacyContext,
  viewer: Viewer,
  mentorshipId: string,
  readPath: string,
): Promise<MentorshipGrant> {
  const mentorship = await ctx.prisma.mentorship.findUnique({
    where: { id: mentorshipId },
    select: { menteeId: true, mentorId: true },
  });
  if (!mentorship)
    deny(ctx, { viewerId: viewer.id, subjectId: null, readPath }, 'not-found', MENTORSHIP_NOT_FOUND_MESSAGE);
  const side = mentorshipSideOf(viewer, mentorship);
  if (side === undefined) {
    const reason: DenialReason = viewer.deactivatedAt !== null ? 'viewer-deactivated' : 'not-in-mentorship';
    deny(ctx, { viewerId: viewer.id, subjectId: mentorship.menteeId, readPath }, reason, MENTORSHIP_DENIED_MESSAGE);
  }
  return { [mentorshipIssued]: true, viewerId: viewer.id, mentorshipId, side };
}

/** The viewer's grants on every mentorship they are a side of (their own list). */
export async function ownMentorships(
  prisma: PrismaClient,
  viewer: Pick<Person, 'id'>,
  statuses: ReadonlyArray<MentorshipStatus>,
): Promise<MentorshipGrant[]> {
  const rows = await prisma.mentorship.findMany({
    where: { status: { in: [...statuses] }, OR: [{ menteeId: viewer.id }, { mentorId: viewer.id }] },
    select: { id: true, menteeId: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    [mentorshipIssued]: true,
    viewerId: viewer.id,
    mentorshipId: row.id,
    side: row.menteeId === viewer.id ? 'mentee' : 'mentor',
  }));
}
