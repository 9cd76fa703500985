/**
 * Mentoring: offers (roles and signals someone can help with, how many mentees
 * at once; paused or withdrawn), suggestions for someone with a goal role (the
 * rules are in src/domain/mentoring.ts), asking, the mentor's answer, the
 * "did you meet?" questions every few weeks and the sessions they log (evidence
 * on the mentee's mentoring milestone), and ending a mentorship.
 *
 * A mentorship is read and changed with a MentorshipGrant (src/services/privacy.ts):
 * the mentee and the mentor only. Every message goes through the outbox; the
 * builders come in as MentoringNotices, so this module stays Slack-free.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import { findRole, rolesInStageOrder, signalsFor } from '../domain/framework/queries.js';
import { type Language, languageFor } from '../domain/language.js';
import {
  MAX_OPEN_MENTOR_REQUESTS,
  type MentorAsker,
  type MentorCandidate,
  type MentorCheckInKey,
  type MentorContext,
  mentorCheckInKeyText,
  nextCheckInOn,
  RECENTLY_REACHED_DAYS,
  suggestMentors,
  type ValidMentorOffer,
  whyNotSuggested,
} from '../domain/mentoring.js';
import { knownMutableKinds } from '../domain/schedule/kinds.js';
import {
  addDays,
  deliveryFor,
  localDate,
  workingHoursOrDefault,
  zoneOrFallback,
} from '../domain/schedule/local-time.js';
import type { MentorOfferStatus, MentorshipStatus, Person } from '../generated/prisma/client.js';
import { english } from '../i18n/index.js';
import { userError } from '../i18n/user-errors.js';
import { activeFramework } from './frameworks.js';
import { enqueueMessages, type OutboxEntry, type OutboxPayload } from './outbox.js';
import type { MentorshipGrant, MentorshipSide } from './privacy.js';

type Named = { key: string; title: string };

/** What the people involved are told; built by src/blocks/mentoring.ts, in the recipient's `language`. */
export interface MentoringNotices {
  /** To the mentor: someone asks; Accept / Decline. */
  request(
    details: { mentorshipId: string; mentee: string; goalTitle: string; signals: string[] },
    language: Language,
  ): OutboxPayload;
  /** To the asker when the mentor declined: never worded as a refusal. */
  unavailable(details: { mentor: string }, language: Language): OutboxPayload;
  /** In the group DM (in the mentee's language; or to each side in their own when it could not be opened): who is who, and a good first session. */
  intro(
    details: { mentor: string; mentee: string; goalTitle: string; signals: string[]; cadenceWeeks: number },
    language: Language,
  ): OutboxPayload;
  /** To each side every few weeks. */
  checkIn(
    details: { mentorshipId: string; dueOn: string; other: string; side: MentorshipSide },
    language: Language,
  ): OutboxPayload;
  /** To the other side when one ends it. */
  ended(details: { by: string; other: string }, language: Language): OutboxPayload;
}

export const MENTORING_OFF_MESSAGE = english.t('error.mentoring.off');
export const ALREADY_ANSWERED_MESSAGE = english.t('error.mentoring.alreadyAnswered');
/** To the mentor who answers a request the asker cancelled (it replaces the request in their DM). */
export const WITHDRAWN_REQUEST_MESSAGE =
  'withdrew this request before you answered, so there is nothing to accept or decline. Thank you for offering to mentor.';

export interface MentoringSettings {
  enabled: boolean;
  crossTeams: boolean;
}

export async function mentoringSettings(
  prisma: Pick<PrismaClient, 'workspace'>,
  workspaceId: string,
): Promise<MentoringSettings> {
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { mentoringEnabled: true, mentorSuggestionsCrossTeams: true },
  });
  return { enabled: workspace.mentoringEnabled, crossTeams: workspace.mentorSuggestionsCrossTeams };
}

export async function requireMentoringOn(
  prisma: Pick<PrismaClient, 'workspace'>,
  workspaceId: string,
): Promise<MentoringSettings> {
  const settings = await mentoringSettings(prisma, workspaceId);
  if (!settings.enabled) throw userError('error.mentoring.off');
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Offers
// ---------------------------------------------------------------------------------------------

export interface OfferView {
  status: MentorOfferStatus;
  roles: Named[];
  signals: Named[];
  capacity: number;
  /** Mentees now (active or waiting for an answer). */
  mentees: number;
}

export interface OfferForm {
  roles: Named[];
  signals: Named[];
  current: { roleKeys: string[]; signalKeys: string[]; capacity: number };
}

/** Every signal of the framework once, by key, in role order. */
function allSignals(framework: Parameters<typeof rolesInStageOrder>[0]): Named[] {
  const seen = new Map<string, string>();
  for (const role of rolesInStageOrder(framework))
    for (const signal of role.signals) if (!seen.has(signal.key)) seen.set(signal.key, signal.title);
  return [...seen].map(([key, title]) => ({ key, title }));
}

/** The offer form: the framework's roles and signals, and the offer as it is (or a start from the role they hold). */
export async function offerFormFor(
  prisma: PrismaClient,
  person: Pick<Person, 'id' | 'workspaceId' | 'currentRoleKey'>,
): Promise<OfferForm> {
  const { framework } = await activeFramework(prisma, person.workspaceId);
  const offer = await prisma.mentorOffer.findUnique({ where: { personId: person.id } });
  const roles = rolesInStageOrder(framework).map((role) => ({ key: role.key, title: role.title }));
  const held = person.currentRoleKey ? findRole(framework, person.currentRoleKey) : undefined;
  return {
    roles,
    signals: allSignals(framework),
    current: offer
      ? { roleKeys: offer.roleKeys, signalKeys: offer.signalKeys, capacity: offer.capacity }
      : {
          roleKeys: held ? [held.key] : [],
          signalKeys: held ? held.signals.map((signal) => signal.key) : [],
          capacity: 1,
        },
  };
}

/** Saves the offer (active again if it was paused or withdrawn); keys the framework does not know are left out. */
export async function saveOffer(
  prisma: PrismaClient,
  person: Pick<Person, 'id' | 'workspaceId'>,
  offer: ValidMentorOffer,
): Promise<OfferView> {
  const { framework } = await activeFramework(prisma, person.workspaceId);
  const roleKeys = offer.roleKeys.filter((key) => findRole(framework, key) !== undefined);
  const known = new Set(allSignals(framework).map((signal) => signal.key));
  const signalKeys = offer.signalKeys.filter((key) => known.has(key));
  if (roleKeys.length === 0 || signalKeys.length === 0) throw userError('error.mentoring.offerGone');
  const data = { roleKeys, signalKeys, capacity: offer.capacity, status: 'active' as const };
  await prisma.mentorOffer.upsert({
    where: { personId: person.id },
    create: { personId: person.id, ...data },
    update: data,
  });
  return (await offerOf(prisma, person))!;
}

/** The person's own offer, with names from the framework. */
export async function offerOf(
  prisma: PrismaClient,
  person: Pick<Person, 'id' | 'workspaceId'>,
): Promise<OfferView | null> {
  const offer = await prisma.mentorOffer.findUnique({ where: { personId: person.id } });
  if (!offer) return null;
  const { framework } = await activeFramework(prisma, person.workspaceId);
  const signalTitles = new Map(allSignals(framework).map((signal) => [signal.key, signal.title]));
  const mentees = await prisma.mentorship.count({
    where: { mentorId: person.id, status: { in: ['requested', 'active'] } },
  });
  return {
    status: offer.status,
    roles: offer.roleKeys.map((key) => ({ key, title: findRole(framework, key)?.title ?? key })),
    signals: offer.signalKeys.map((key) => ({ key, title: signalTitles.get(key) ?? key })),
    capacity: offer.capacity,
    mentees,
  };
}

/** Pause, resume or withdraw the offer; says whether anything changed. */
export async function setOfferStatus(
  prisma: PrismaClient,
  person: Pick<Person, 'id' | 'workspaceId'>,
  status: MentorOfferStatus,
): Promise<{ offer: OfferView; changed: boolean }> {
  const offer = await prisma.mentorOffer.findUnique({ where: { personId: person.id } });
  if (!offer) throw userError('error.mentoring.noOffer');
  if (offer.status !== status) await prisma.mentorOffer.update({ where: { id: offer.id }, data: { status } });
  return { offer: (await offerOf(prisma, person))!, changed: offer.status !== status };
}

// ---------------------------------------------------------------------------------------------
// Suggestions and asking
// ---------------------------------------------------------------------------------------------

export interface SuggestionsView {
  goal: Named;
  suggestions: Array<{ id: string; slackUserId: string; signals: Named[]; spare: number; holdsRole: boolean }>;
}

type Asking = Pick<Person, 'id' | 'workspaceId' | 'team' | 'managerId'>;

/** The asker, the goal's signals, and every offer of the workspace as candidates (offers are few beside people). */
async function candidatesFor(prisma: PrismaClient, asker: Asking, today: string, onlyId?: string) {
  const settings = await requireMentoringOn(prisma, asker.workspaceId);
  const pathway = await prisma.pathway.findUnique({
    where: { activeForPersonId: asker.id },
    select: { goalRoleKey: true },
  });
  if (!pathway) throw userError('error.mentoring.noGoal');
  const { framework } = await activeFramework(prisma, asker.workspaceId);
  const goal = {
    key: pathway.goalRoleKey,
    title: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
  };
  const signals = signalsFor(framework, pathway.goalRoleKey).map((signal) => ({
    key: signal.key,
    title: signal.title,
  }));
  const since = dateToDb(addDays(today, -RECENTLY_REACHED_DAYS));
  const offers = await prisma.mentorOffer.findMany({
    where: {
      status: 'active',
      person: { workspaceId: asker.workspaceId, deactivatedAt: null },
      ...(onlyId ? { personId: onlyId } : {}),
    },
    include: {
      person: {
        select: {
          id: true,
          slackUserId: true,
          team: true,
          managerId: true,
          currentRoleKey: true,
          pathways: {
            where: { status: 'reached', goalRoleKey: goal.key, endedAt: { gte: since } },
            select: { endedAt: true },
            orderBy: { endedAt: 'desc' },
            take: 1,
          },
          _count: { select: { mentorshipsAsMentor: { where: { status: { in: ['requested', 'active'] } } } } },
        },
      },
    },
  });
  const candidates: MentorCandidate[] = offers.map((offer) => ({
    id: offer.person.id,
    slackUserId: offer.person.slackUserId,
    team: offer.person.team,
    managerId: offer.person.managerId,
    currentRoleKey: offer.person.currentRoleKey,
    reachedGoalOn: offer.person.pathways[0]?.endedAt ? dateFromDb(offer.person.pathways[0].endedAt) : null,
    offer: { status: offer.status, roleKeys: offer.roleKeys, signalKeys: offer.signalKeys, capacity: offer.capacity },
    menteesNow: offer.person._count.mentorshipsAsMentor,
  }));
  const history = await prisma.mentorship.findMany({
    where: { menteeId: asker.id, status: { in: ['requested', 'active', 'declined'] } },
    select: { mentorId: true, status: true },
  });
  const context: MentorContext = {
    today,
    crossTeams: settings.crossTeams,
    declinedBy: new Set(
      history.filter((row) => row.status === 'declined').flatMap((row) => (row.mentorId ? [row.mentorId] : [])),
    ),
    alreadyAsked: new Set(
      history.filter((row) => row.status !== 'declined').flatMap((row) => (row.mentorId ? [row.mentorId] : [])),
    ),
  };
  const mentorAsker: MentorAsker = {
    id: asker.id,
    team: asker.team,
    managerId: asker.managerId,
    goalRoleKey: goal.key,
    goalSignalKeys: signals.map((signal) => signal.key),
  };
  return { goal, signals, candidates, context, mentorAsker };
}

/** Up to three people who could mentor the person towards their goal role. */
export async function mentorSuggestionsFor(
  prisma: PrismaClient,
  asker: Asking,
  today: string,
): Promise<SuggestionsView> {
  const { goal, signals, candidates, context, mentorAsker } = await candidatesFor(prisma, asker, today);
  const titles = new Map(signals.map((signal) => [signal.key, signal.title]));
  return {
    goal,
    suggestions: suggestMentors(mentorAsker, candidates, context).map((suggestion) => ({
      ...suggestion,
      signals: suggestion.signalKeys.map((key) => ({ key, title: titles.get(key) ?? key })),
    })),
  };
}

/** Asks a suggested mentor: a request they accept or decline in a DM. Anyone no longer suggestable is "not available". */
export async function askMentor(
  prisma: PrismaClient,
  asker: Asking & Pick<Person, 'slackUserId'>,
  mentorId: string,
  clock: { now: Date; today: string },
  notices: MentoringNotices,
): Promise<{ mentorSlackUserId: string }> {
  const { goal, signals, candidates, context, mentorAsker } = await candidatesFor(prisma, asker, clock.today, mentorId);
  const candidate = candidates[0];
  const mentor = await prisma.person.findUnique({
    where: { id: mentorId },
    select: { slackUserId: true, workspaceId: true, language: true, locale: true },
  });
  if (!mentor || mentor.workspaceId !== asker.workspaceId) throw userError('error.mentoring.personUnavailable');
  if (context.alreadyAsked.has(mentorId))
    throw userError('error.mentoring.alreadyAsked', { mentor: mentor.slackUserId });
  if (!candidate || whyNotSuggested(mentorAsker, candidate, context) !== undefined)
    throw userError('error.mentoring.mentorUnavailable', { mentor: mentor.slackUserId });
  const waiting = await prisma.mentorship.count({ where: { menteeId: asker.id, status: 'requested' } });
  if (waiting >= MAX_OPEN_MENTOR_REQUESTS) {
    throw userError('error.mentoring.tooManyWaiting', { count: waiting });
  }
  const helps = signals
    .filter((signal) => candidate.offer.signalKeys.includes(signal.key))
    .map((signal) => signal.title);
  await prisma.$transaction(async (tx) => {
    const mentorship = await tx.mentorship.create({ data: { menteeId: asker.id, mentorId, goalRoleKey: goal.key } });
    await enqueueMessages(tx, [
      {
        workspaceId: asker.workspaceId,
        dedupeKey: `mentor-request:${mentorship.id}`,
        kind: 'mentor-request',
        recipient: mentor.slackUserId,
        payload: notices.request(
          { mentorshipId: mentorship.id, mentee: asker.slackUserId, goalTitle: goal.title, signals: helps },
          languageFor(mentor),
        ),
        notBefore: clock.now,
      },
    ]);
  });
  return { mentorSlackUserId: mentor.slackUserId };
}

// ---------------------------------------------------------------------------------------------
// One mentorship (with a grant: the mentee or the mentor)
// ---------------------------------------------------------------------------------------------

export interface MentorshipView {
  id: string;
  status: MentorshipStatus;
  side: MentorshipSide;
  /** The other side's Slack id (null once they erased their data). */
  other: string | null;
  goalTitle: string;
  cadenceWeeks: number;
  nextCheckInOn: string | null;
  sessions: number;
  groupChannelId: string | null;
}

export async function mentorshipView(prisma: PrismaClient, grant: MentorshipGrant): Promise<MentorshipView> {
  const row = await prisma.mentorship.findUniqueOrThrow({
    where: { id: grant.mentorshipId },
    include: {
      mentee: { select: { slackUserId: true, workspaceId: true } },
      mentor: { select: { slackUserId: true, workspaceId: true } },
      _count: { select: { sessions: true } },
    },
  });
  const workspaceId = row.mentee?.workspaceId ?? row.mentor?.workspaceId;
  const framework = workspaceId ? (await activeFramework(prisma, workspaceId)).framework : undefined;
  return {
    id: row.id,
    status: row.status,
    side: grant.side,
    other: (grant.side === 'mentee' ? row.mentor : row.mentee)?.slackUserId ?? null,
    goalTitle: (framework && findRole(framework, row.goalRoleKey)?.title) ?? row.goalRoleKey,
    cadenceWeeks: row.cadenceWeeks,
    nextCheckInOn: row.nextCheckInOn ? dateFromDb(row.nextCheckInOn) : null,
    sessions: row._count.sessions,
    groupChannelId: row.groupChannelId,
  };
}

/** The mentor's answer. Accepting plans the first "did you meet?" `cadenceWeeks` from today. */
export async function answerMentorRequest(
  prisma: PrismaClient,
  grant: MentorshipGrant,
  answer: { accept: true; cadenceWeeks: number } | { accept: false },
  clock: { now: Date; today: string },
  notices: MentoringNotices,
): Promise<MentorshipView> {
  if (grant.side !== 'mentor') throw userError('error.mentoring.onlyMentorAnswers');
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.mentorship.updateMany({
      where: { id: grant.mentorshipId, status: 'requested' },
      data: answer.accept
        ? {
            status: 'active',
            cadenceWeeks: answer.cadenceWeeks,
            decidedAt: clock.now,
            nextCheckInOn: dateToDb(nextCheckInOn(clock.today, answer.cadenceWeeks)),
          }
        : { status: 'declined', decidedAt: clock.now },
    });
    if (claimed.count === 0) {
      const current = await tx.mentorship.findUnique({ where: { id: grant.mentorshipId }, select: { status: true } });
      throw userError(
        current?.status === 'withdrawn' ? 'error.mentoring.withdrawn' : 'error.mentoring.alreadyAnswered',
      );
    }
    if (answer.accept) return;
    const row = await tx.mentorship.findUniqueOrThrow({
      where: { id: grant.mentorshipId },
      include: { mentee: true, mentor: true },
    });
    if (!row.mentee || !row.mentor) return;
    await enqueueMessages(tx, [
      {
        workspaceId: row.mentee.workspaceId,
        dedupeKey: `mentor-unavailable:${row.id}`,
        kind: 'mentor-unavailable',
        recipient: row.mentee.slackUserId,
        payload: notices.unavailable({ mentor: row.mentor.slackUserId }, languageFor(row.mentee)),
        notBefore: clock.now,
      },
    ]);
  });
  return mentorshipView(prisma, grant);
}

/** After accepting: the introduction in the group DM Pathway opened (or, when none could be opened, to each side). */
export async function introduceMentorship(
  prisma: PrismaClient,
  grant: MentorshipGrant,
  groupChannelId: string | null,
  now: Date,
  notices: MentoringNotices,
): Promise<void> {
  const row = await prisma.mentorship.findUniqueOrThrow({
    where: { id: grant.mentorshipId },
    include: { mentee: true, mentor: true },
  });
  if (row.status !== 'active' || !row.mentee || !row.mentor) return;
  const { framework } = await activeFramework(prisma, row.mentee.workspaceId);
  const offer = await prisma.mentorOffer.findUnique({
    where: { personId: row.mentor.id },
    select: { signalKeys: true },
  });
  const signals = signalsFor(framework, row.goalRoleKey)
    .filter((signal) => offer?.signalKeys.includes(signal.key))
    .map((signal) => signal.title);
  const details = {
    mentor: row.mentor.slackUserId,
    mentee: row.mentee.slackUserId,
    goalTitle: findRole(framework, row.goalRoleKey)?.title ?? row.goalRoleKey,
    signals,
    cadenceWeeks: row.cadenceWeeks,
  };
  // The group DM speaks the mentee's language (the introduction is for them); a DM each speaks its reader's.
  const recipients: Array<[string, Language]> = groupChannelId
    ? [[groupChannelId, languageFor(row.mentee)]]
    : [
        [row.mentee.slackUserId, languageFor(row.mentee)],
        [row.mentor.slackUserId, languageFor(row.mentor)],
      ];
  await prisma.$transaction(async (tx) => {
    if (groupChannelId) await tx.mentorship.update({ where: { id: row.id }, data: { groupChannelId } });
    await enqueueMessages(
      tx,
      recipients.map(([recipient, language]) => ({
        workspaceId: row.mentee!.workspaceId,
        dedupeKey: `mentor-intro:${row.id}:${recipient}`,
        kind: 'mentor-intro',
        recipient,
        payload: notices.intro(details, language),
        notBefore: now,
      })),
    );
  });
}

/**
 * The mentee cancels a request the mentor has not answered. The mentor is not messaged: a request DM not yet
 * sent is dropped, and one already sent answers "withdrawn" when they press Accept or Decline.
 */
export async function withdrawMentorRequest(
  prisma: PrismaClient,
  grant: MentorshipGrant,
  now: Date,
): Promise<{ view: MentorshipView; changed: boolean }> {
  if (grant.side !== 'mentee') throw userError('error.mentoring.onlyAskerCancels');
  const changed = await prisma.$transaction(async (tx) => {
    const withdrawn = await tx.mentorship.updateMany({
      where: { id: grant.mentorshipId, status: 'requested' },
      data: { status: 'withdrawn', endedAt: now },
    });
    if (withdrawn.count === 0) return false;
    await tx.outboxMessage.updateMany({
      where: { dedupeKey: `mentor-request:${grant.mentorshipId}`, status: 'pending' },
      data: { status: 'dropped', dropReason: 'request withdrawn' },
    });
    return true;
  });
  return { view: await mentorshipView(prisma, grant), changed };
}

/** Either side ends it; the other is told. */
export async function endMentorship(
  prisma: PrismaClient,
  grant: MentorshipGrant,
  now: Date,
  notices: MentoringNotices,
): Promise<{ view: MentorshipView; already: boolean }> {
  const already = await prisma.$transaction(async (tx) => {
    const ended = await tx.mentorship.updateMany({
      where: { id: grant.mentorshipId, status: { in: ['requested', 'active'] } },
      data: { status: 'ended', endedAt: now, nextCheckInOn: null },
    });
    if (ended.count === 0) return true;
    const row = await tx.mentorship.findUniqueOrThrow({
      where: { id: grant.mentorshipId },
      include: { mentee: true, mentor: true },
    });
    const [me, other] = grant.side === 'mentee' ? [row.mentee, row.mentor] : [row.mentor, row.mentee];
    if (me && other && other.deactivatedAt === null) {
      await enqueueMessages(tx, [
        {
          workspaceId: other.workspaceId,
          dedupeKey: `mentor-ended:${row.id}`,
          kind: 'mentor-ended',
          recipient: other.slackUserId,
          payload: notices.ended({ by: me.slackUserId, other: other.slackUserId }, languageFor(other)),
          notBefore: now,
        },
      ]);
    }
    return false;
  });
  return { view: await mentorshipView(prisma, grant), already };
}

export type MetOutcome =
  | { logged: true; onPathway: boolean; milestoneTitle: string | null }
  | { logged: false; already: string | null }
  | { met: false; nextOn: string | null };

/**
 * The answer to "did you meet?". Yes logs one session for that question (the first
 * yes of the two counts), as evidence on the mentee's mentoring milestone.
 */
export async function answerMet(
  prisma: PrismaClient,
  grant: MentorshipGrant,
  dueOn: string,
  met: boolean,
  now: Date,
): Promise<MetOutcome> {
  const row = await prisma.mentorship.findUniqueOrThrow({
    where: { id: grant.mentorshipId },
    include: { mentor: { select: { slackUserId: true } } },
  });
  if (row.status !== 'active') throw userError('error.mentoring.ended');
  if (!met) return { met: false, nextOn: row.nextCheckInOn ? dateFromDb(row.nextCheckInOn) : null };
  const existing = await prisma.mentoringSession.findUnique({
    where: { mentorshipId_dueOn: { mentorshipId: row.id, dueOn: dateToDb(dueOn) } },
    include: { loggedBy: { select: { slackUserId: true } } },
  });
  if (existing) return { logged: false, already: existing.loggedBy?.slackUserId ?? null };
  return prisma.$transaction(async (tx) => {
    const pathway = row.menteeId
      ? await tx.pathway.findUnique({
          where: { activeForPersonId: row.menteeId },
          include: { milestones: { where: { kind: 'mentoring' }, orderBy: { position: 'asc' } } },
        })
      : null;
    // The mentoring milestone still open, else the first one; without one the session still counts on the pathway.
    const milestone = pathway
      ? (pathway.milestones.find((m) => m.doneAt === null && m.notNeededAt === null) ?? pathway.milestones[0] ?? null)
      : null;
    const evidence = pathway
      ? await tx.evidence.create({
          // Worded without the mentor's name: the mentee's manager sees evidence, not who mentors them.
          data: {
            personId: pathway.personId,
            pathwayId: pathway.id,
            milestoneId: milestone?.id ?? null,
            kind: 'mentoring',
            text: 'Met my mentor',
            authorId: grant.viewerId,
            createdAt: now,
          },
        })
      : null;
    await tx.mentoringSession.create({
      data: {
        mentorshipId: row.id,
        dueOn: dateToDb(dueOn),
        loggedById: grant.viewerId,
        evidenceId: evidence?.id ?? null,
        createdAt: now,
      },
    });
    return { logged: true as const, onPathway: evidence !== null, milestoneTitle: milestone?.title ?? null };
  });
}

/** The viewer's mentorships (asked, active), for `/pathway mentor` and Home. */
export async function mentorshipsOf(
  prisma: PrismaClient,
  grants: readonly MentorshipGrant[],
): Promise<MentorshipView[]> {
  return Promise.all(grants.map((grant) => mentorshipView(prisma, grant)));
}

// ---------------------------------------------------------------------------------------------
// Counts for `/pathway report`
// ---------------------------------------------------------------------------------------------

/** Workspace-wide counts for admins: never who mentors whom, never per person or team. */
export interface MentoringCounts {
  /** Mentorships accepted by the end of the period and not ended before it. */
  activeMentorships: number;
  /** "Did you meet?" yeses logged within the period. */
  sessionsLogged: number;
  /** Offers open now (offers keep no history, so this is today's figure). */
  openOffers: number;
}

/** Null while mentoring is off in the workspace (the report then says nothing about it). */
export async function mentoringCounts(
  prisma: PrismaClient,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<MentoringCounts | null> {
  if (!(await mentoringSettings(prisma, workspaceId)).enabled) return null;
  const from = new Date(`${period.from}T00:00:00Z`);
  const end = new Date(`${addDays(period.to, 1)}T00:00:00Z`);
  // Either side may have erased their data; the row still counts through the side that remains.
  const inWorkspace = { OR: [{ mentee: { workspaceId } }, { mentor: { workspaceId } }] };
  const [activeMentorships, sessionsLogged, openOffers] = await Promise.all([
    prisma.mentorship.count({
      where: {
        ...inWorkspace,
        status: { in: ['active', 'ended'] },
        decidedAt: { lt: end },
        OR: [{ endedAt: null }, { endedAt: { gte: end } }],
      },
    }),
    prisma.mentoringSession.count({ where: { mentorship: inWorkspace, createdAt: { gte: from, lt: end } } }),
    prisma.mentorOffer.count({ where: { status: 'active', person: { workspaceId, deactivatedAt: null } } }),
  ]);
  return { activeMentorships, sessionsLogged, openOffers };
}

// ---------------------------------------------------------------------------------------------
// "Did you meet?" every few weeks
// ---------------------------------------------------------------------------------------------

export interface MentoringTiming {
  defaultTimeZone: string;
}

/**
 * Active mentorships whose next question date has come (read through the
 * (status, nextCheckInOn) index, so a tick's work grows with what is due, not
 * with headcount): each side gets "did you meet?" as their working day opens on
 * that date in their own zone, and the date moves one cadence on. The UTC date
 * plus one covers zones already on the next day.
 */
export async function queueDueMentorCheckIns(
  prisma: PrismaClient,
  now: Date,
  timing: MentoringTiming,
  notices: MentoringNotices,
): Promise<number> {
  const horizon = dateToDb(addDays(now.toISOString().slice(0, 10), 1));
  const due = await prisma.mentorship.findMany({
    where: {
      status: 'active',
      nextCheckInOn: { lte: horizon },
      mentee: { deactivatedAt: null, workspace: { mentoringEnabled: true, uninstalledAt: null } },
      mentor: { deactivatedAt: null },
    },
    include: { mentee: { include: { workspace: true } }, mentor: true },
    take: 1000,
  });
  let queued = 0;
  for (const row of due) {
    const { mentee, mentor } = row;
    if (!mentee || !mentor || !row.nextCheckInOn) continue;
    const dueOn = dateFromDb(row.nextCheckInOn);
    const hours = workingHoursOrDefault({
      startHour: mentee.workspace.workdayStartHour,
      endHour: mentee.workspace.workdayEndHour,
      workingDays: mentee.workspace.workingDays,
    });
    // Not yet that date anywhere the two are: wait for a later tick.
    const zones = [mentee, mentor].map((who) => zoneOrFallback(who.timeZone, timing.defaultTimeZone));
    if (zones.every((zone) => localDate(now, zone) < dueOn)) continue;
    const entries: OutboxEntry[] = [];
    for (const [side, who, other] of [
      ['mentee', mentee, mentor],
      ['mentor', mentor, mentee],
    ] as const) {
      const zone = zoneOrFallback(who.timeZone, timing.defaultTimeZone);
      const key: MentorCheckInKey = { mentorshipId: row.id, slackUserId: who.slackUserId, dueOn };
      entries.push({
        workspaceId: mentee.workspaceId,
        dedupeKey: mentorCheckInKeyText(key),
        kind: 'mentor-checkin',
        recipient: who.slackUserId,
        payload: notices.checkIn({ mentorshipId: row.id, dueOn, other: other.slackUserId, side }, languageFor(who)),
        notBefore: deliveryFor(dueOn, now, zone, hours),
      });
    }
    await prisma.$transaction(async (tx) => {
      // Only the tick that moves the date queues (another replica's tick finds it moved).
      const moved = await tx.mentorship.updateMany({
        where: { id: row.id, nextCheckInOn: row.nextCheckInOn },
        data: { nextCheckInOn: dateToDb(nextCheckInOn(dueOn, row.cadenceWeeks)) },
      });
      if (moved.count === 1) queued += await enqueueMessages(tx, entries);
    });
  }
  return queued;
}

/**
 * The sender's re-check just before posting "did you meet?": dropped once the mentorship ended or the
 * session is logged, and while the recipient paused their reminders, turned this kind off in
 * `/pathway settings` or is away (the next one still comes; the other side is still asked). Otherwise it
 * is written now, in the recipient's language as it is now (they may have changed it since it was queued).
 */
export async function mentorCheckInDelivery(
  prisma: PrismaClient,
  key: MentorCheckInKey,
  now: Date,
  timing: MentoringTiming,
  notices: Pick<MentoringNotices, 'checkIn'>,
): Promise<{ action: 'send'; payload: OutboxPayload } | { action: 'drop'; reason: string }> {
  const party = {
    select: {
      slackUserId: true,
      language: true,
      locale: true,
      timeZone: true,
      nudgesPausedAt: true,
      awayFrom: true,
      awayUntil: true,
      mutedKinds: true,
      nudgeSettingsSavedAt: true,
      workspace: { select: { nudgeKindsOffByDefault: true, language: true } },
    },
  } as const;
  const row = await prisma.mentorship.findUnique({
    where: { id: key.mentorshipId },
    include: { mentee: party, mentor: party },
  });
  if (row?.status !== 'active') return { action: 'drop', reason: 'mentorship ended' };
  const side: MentorshipSide | undefined =
    row.mentee?.slackUserId === key.slackUserId
      ? 'mentee'
      : row.mentor?.slackUserId === key.slackUserId
        ? 'mentor'
        : undefined;
  const recipient = side === 'mentee' ? row.mentee : side === 'mentor' ? row.mentor : null;
  const other = side === 'mentee' ? row.mentor : row.mentee;
  if (!side || !recipient || !other) return { action: 'drop', reason: 'no longer in the mentorship' };
  if (recipient.nudgesPausedAt !== null) return { action: 'drop', reason: 'reminders paused' };
  // Until they save their own settings, the workspace's defaults decide (as for every other nudge).
  const muted = knownMutableKinds(
    recipient.nudgeSettingsSavedAt === null ? recipient.workspace.nudgeKindsOffByDefault : recipient.mutedKinds,
  );
  if (muted.includes('mentor_checkin')) return { action: 'drop', reason: 'turned off in settings' };
  const today = localDate(now, zoneOrFallback(recipient.timeZone, timing.defaultTimeZone));
  if (
    recipient.awayFrom &&
    recipient.awayUntil &&
    dateFromDb(recipient.awayFrom) <= today &&
    today <= dateFromDb(recipient.awayUntil)
  )
    return { action: 'drop', reason: 'away' };
  const logged = await prisma.mentoringSession.count({ where: { mentorshipId: row.id, dueOn: dateToDb(key.dueOn) } });
  if (logged > 0) return { action: 'drop', reason: 'session already logged' };
  const language = languageFor(recipient, recipient.workspace.language);
  return {
    action: 'send',
    payload: notices.checkIn({ mentorshipId: row.id, dueOn: key.dueOn, other: other.slackUserId, side }, language),
  };
}
