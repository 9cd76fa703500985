/**
 * Feedback on readiness signals: a person asks colleagues how they have seen some signals of their
 * goal role; each colleague gets a DM (and one reminder) through the outbox and answers in a form.
 * The person and their CURRENT manager read the answers with a CheckInGrant (privacy.ts), shaped by
 * domain/feedback.ts (named only with consent, otherwise counted together once two answered); the
 * colleague reads and changes only their own answer, with a FeedbackAnswerGrant.
 */
import type { PrismaClient } from '../db/client.js';
import type { UserError } from '../domain/errors.js';
import {
  type ColleagueAnswer,
  type ColleagueView,
  colleagueViews,
  feedbackKeys,
  feedbackTimes,
  MAX_OPEN_FEEDBACK_REQUESTS,
  type RequestState,
  requestState,
} from '../domain/feedback.js';
import { findRole, signalsFor } from '../domain/framework/queries.js';
import { type Language, languageFor } from '../domain/language.js';
import { type Rating, RatingSchema } from '../domain/readiness.js';
import { workingHoursOrDefault, zoneOrFallback } from '../domain/schedule/local-time.js';
import type { Person } from '../generated/prisma/client.js';
import { english } from '../i18n/index.js';
import { userError } from '../i18n/user-errors.js';
import { frameworkFor } from './frameworks.js';
import { enqueueMessage, enqueueMessages, type OutboxPayload } from './outbox.js';
import { ensurePerson } from './people.js';
import type { CheckInGrant, FeedbackAnswerGrant } from './privacy.js';

export interface SignalText {
  key: string;
  title: string;
  description: string;
}

export interface FeedbackForm {
  pathwayId: string;
  goalTitle: string;
  signals: SignalText[];
  /** Requests still waiting for an answer (the limit is MAX_OPEN_FEEDBACK_REQUESTS). */
  waiting: number;
}

async function waitingCount(
  prisma: Pick<PrismaClient, 'feedbackRequest'>,
  personId: string,
  now: Date,
): Promise<number> {
  return prisma.feedbackRequest.count({ where: { personId, answeredAt: null, expiresAt: { gt: now } } });
}

/** What the person can ask about: the signals of their active pathway's goal role. */
export async function feedbackFormFor(prisma: PrismaClient, personId: string, now: Date): Promise<FeedbackForm> {
  const pathway = await prisma.pathway.findUnique({ where: { activeForPersonId: personId } });
  if (!pathway) throw userError('error.feedback.noPathway');
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId);
  const signals = signalsFor(framework, pathway.goalRoleKey).map(({ key, title, description }) => ({
    key,
    title,
    description,
  }));
  if (signals.length === 0) throw userError('error.feedback.noSignals');
  return {
    pathwayId: pathway.id,
    goalTitle: findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey,
    signals,
    waiting: await waitingCount(prisma, personId, now),
  };
}

/** What the colleague's DM (and its reminder) says: built from the signals' own words. */
export interface FeedbackAsk {
  requestId: string;
  asker: Pick<Person, 'slackUserId'>;
  signals: SignalText[];
  expiresAt: Date;
}

export interface FeedbackNotices {
  /** In the colleague's language (English when not given). */
  ask(details: FeedbackAsk, language?: Language): OutboxPayload;
  reminder(details: FeedbackAsk, language?: Language): OutboxPayload;
}

export interface Asked {
  asked: string[];
  /** Colleagues who already have a request from the person waiting (not asked twice). */
  alreadyWaiting: string[];
}

export function tooManyOpenError(waiting: number, wanted: number): UserError {
  return userError('error.feedback.tooMany', {
    waiting,
    wanted,
    max: MAX_OPEN_FEEDBACK_REQUESTS,
    room: Math.max(0, MAX_OPEN_FEEDBACK_REQUESTS - waiting),
  });
}

/**
 * Asks each colleague about `signalKeys` of the person's active pathway (opened as `pathwayId`): one
 * request each, its DM now and its one reminder later, all in the outbox. The person's row is locked
 * while the waiting requests are counted, so two forms sent at once cannot pass the limit together.
 */
export async function askForFeedback(
  prisma: PrismaClient,
  asker: Person,
  input: { pathwayId: string; colleagueSlackUserIds: readonly string[]; signalKeys: readonly string[]; now: Date },
  notices: FeedbackNotices,
): Promise<Asked> {
  const colleagueIds = [...new Set(input.colleagueSlackUserIds)];
  if (colleagueIds.includes(asker.slackUserId)) {
    throw userError('error.feedback.pickedYourself');
  }
  if (colleagueIds.length === 0) throw userError('error.feedback.pickColleague');
  const colleagues = await Promise.all(
    colleagueIds.map((slackUserId) => ensurePerson(prisma, asker.workspaceId, slackUserId)),
  );
  const gone = colleagues.find((colleague) => colleague.deactivatedAt !== null);
  if (gone) throw userError('error.feedback.inactive', { person: gone.slackUserId });
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${asker.id} FOR UPDATE`;
    const pathway = await tx.pathway.findUnique({ where: { activeForPersonId: asker.id } });
    if (!pathway || pathway.id !== input.pathwayId) throw userError('error.feedback.changed');
    const framework = await frameworkFor(tx, pathway.frameworkVersionId);
    const signals = signalsFor(framework, pathway.goalRoleKey)
      .filter((signal) => input.signalKeys.includes(signal.key))
      .map(({ key, title, description }) => ({ key, title, description }));
    if (signals.length === 0) throw userError('error.feedback.pickSignal');
    const waiting = await tx.feedbackRequest.findMany({
      where: { personId: asker.id, answeredAt: null, expiresAt: { gt: input.now } },
      select: { colleagueId: true },
    });
    const waitingFor = new Set(waiting.map((request) => request.colleagueId));
    const fresh = colleagues.filter((colleague) => !waitingFor.has(colleague.id));
    if (waiting.length + fresh.length > MAX_OPEN_FEEDBACK_REQUESTS)
      throw tooManyOpenError(waiting.length, fresh.length);
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: asker.workspaceId } });
    const hours = workingHoursOrDefault({
      startHour: workspace.workdayStartHour,
      endHour: workspace.workdayEndHour,
      workingDays: workspace.workingDays,
    });
    for (const colleague of fresh) {
      const zone = zoneOrFallback(colleague.timeZone, zoneOrFallback(asker.timeZone, 'UTC'));
      const { remindAt, expiresAt } = feedbackTimes(input.now, { zone, hours });
      const request = await tx.feedbackRequest.create({
        data: {
          personId: asker.id,
          pathwayId: pathway.id,
          colleagueId: colleague.id,
          signalKeys: signals.map((signal) => signal.key),
          expiresAt,
          createdAt: input.now,
        },
      });
      const details: FeedbackAsk = { requestId: request.id, asker, signals, expiresAt };
      const keys = feedbackKeys(request.id);
      await enqueueMessages(tx, [
        {
          workspaceId: asker.workspaceId,
          dedupeKey: keys.ask,
          kind: 'feedback-ask',
          recipient: colleague.slackUserId,
          payload: notices.ask(details, languageFor(colleague)),
          notBefore: input.now,
        },
        {
          workspaceId: asker.workspaceId,
          dedupeKey: keys.reminder,
          kind: 'feedback-reminder',
          recipient: colleague.slackUserId,
          payload: notices.reminder(details, languageFor(colleague)),
          notBefore: remindAt,
        },
      ]);
    }
    return {
      asked: fresh.map((colleague) => colleague.slackUserId),
      alreadyWaiting: colleagues
        .filter((colleague) => waitingFor.has(colleague.id))
        .map((colleague) => colleague.slackUserId),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The colleague's side
// ---------------------------------------------------------------------------------------------

export interface FeedbackToAnswer {
  requestId: string;
  asker: Pick<Person, 'slackUserId'>;
  signals: SignalText[];
  /** The colleague's own earlier answer, by signal (to change it). */
  own: Map<string, { rating: Rating | null; comment: string | null }>;
  named: boolean;
  state: RequestState;
}

/** The request as its colleague sees it: the signals asked about and their own answer, nothing else. */
export async function feedbackToAnswer(
  prisma: PrismaClient,
  access: FeedbackAnswerGrant,
  now: Date,
): Promise<FeedbackToAnswer> {
  const request = await prisma.feedbackRequest.findUniqueOrThrow({
    where: { id: access.requestId },
    include: {
      answers: true,
      person: { select: { slackUserId: true } },
      pathway: { select: { frameworkVersionId: true, goalRoleKey: true } },
    },
  });
  const framework = await frameworkFor(prisma, request.pathway.frameworkVersionId);
  const signals = signalsFor(framework, request.pathway.goalRoleKey)
    .filter((signal) => request.signalKeys.includes(signal.key))
    .map(({ key, title, description }) => ({ key, title, description }));
  return {
    requestId: request.id,
    asker: request.person,
    signals,
    own: new Map(
      request.answers.map((answer) => [
        answer.signalKey,
        { rating: answer.rating === null ? null : RatingSchema.parse(answer.rating), comment: answer.comment },
      ]),
    ),
    named: request.named,
    state: requestState(request, now),
  };
}

export const FEEDBACK_CLOSED_MESSAGE = english.t('error.feedback.closed');

export interface AnswerNotice {
  colleague: Pick<Person, 'slackUserId'>;
  /** Named answers say who answered; anonymous ones do not. */
  named: boolean;
}

/**
 * Stores the colleague's answer (changing an earlier one replaces it). The first answer tells the
 * person who asked, through the outbox; the reminder is no longer needed (the sender drops it).
 */
export async function answerFeedback(
  prisma: PrismaClient,
  access: FeedbackAnswerGrant,
  input: {
    answers: ReadonlyArray<{ signalKey: string; rating: Rating | null; comment: string | null }>;
    named: boolean;
    now: Date;
  },
  notice: (details: AnswerNotice, language?: Language) => OutboxPayload,
): Promise<{ asker: Pick<Person, 'slackUserId'>; first: boolean }> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.feedbackRequest.findUniqueOrThrow({
      where: { id: access.requestId },
      include: { person: true, colleague: { select: { slackUserId: true } } },
    });
    if (requestState(request, input.now) === 'closed') throw userError('error.feedback.closed');
    const asked = new Set(request.signalKeys);
    for (const answer of input.answers.filter((entry) => asked.has(entry.signalKey))) {
      await tx.feedbackAnswer.upsert({
        where: { requestId_signalKey: { requestId: request.id, signalKey: answer.signalKey } },
        create: { requestId: request.id, signalKey: answer.signalKey, rating: answer.rating, comment: answer.comment },
        update: { rating: answer.rating, comment: answer.comment },
      });
    }
    const first = request.answeredAt === null;
    await tx.feedbackRequest.update({
      where: { id: request.id },
      data: { named: input.named, ...(first ? { answeredAt: input.now } : {}) },
    });
    if (first && request.colleague) {
      await enqueueMessage(tx, {
        workspaceId: request.person.workspaceId,
        dedupeKey: feedbackKeys(request.id).answered,
        kind: 'feedback-answered',
        recipient: request.person.slackUserId,
        payload: notice({ colleague: request.colleague, named: input.named }, languageFor(request.person)),
        notBefore: input.now,
      });
    }
    return { asker: request.person, first };
  });
}

/** Whether a queued feedback message is still wanted when the sender is about to post it. */
export async function feedbackDelivery(
  prisma: Pick<PrismaClient, 'feedbackRequest'>,
  key: { kind: 'ask' | 'reminder' | 'answered'; requestId: string },
  now: Date,
): Promise<{ action: 'send' } | { action: 'drop'; reason: string }> {
  const request = await prisma.feedbackRequest.findUnique({
    where: { id: key.requestId },
    include: { colleague: { select: { deactivatedAt: true } }, pathway: { select: { activeForPersonId: true } } },
  });
  if (!request) return { action: 'drop', reason: 'feedback request removed' };
  if (key.kind === 'answered') return { action: 'send' };
  if (request.pathway.activeForPersonId === null)
    return { action: 'drop', reason: 'the pathway it was about has ended' };
  const state = requestState(request, now);
  if (state !== 'waiting') return { action: 'drop', reason: `feedback request ${state}` };
  if (!request.colleague || request.colleague.deactivatedAt !== null)
    return { action: 'drop', reason: 'colleague no longer in Pathway' };
  return { action: 'send' };
}

// ---------------------------------------------------------------------------------------------
// The person's and their manager's side
// ---------------------------------------------------------------------------------------------

/**
 * Colleagues' answers on each subject's pathway (`pathwayIds` by subject), shaped for display: per
 * colleague only with their consent, otherwise counted together (domain/feedback.ts). One query.
 */
export async function colleagueFeedbackOf(
  prisma: Pick<PrismaClient, 'feedbackRequest'>,
  pathways: ReadonlyArray<{ access: CheckInGrant; pathwayId: string }>,
): Promise<Map<string, Map<string, ColleagueView>>> {
  const result = new Map<string, Map<string, ColleagueView>>();
  if (pathways.length === 0) return result;
  const rows = await prisma.feedbackRequest.findMany({
    where: {
      OR: pathways.map(({ access, pathwayId }) => ({ personId: access.subjectId, pathwayId })),
      answeredAt: { not: null },
    },
    include: { answers: true, colleague: { select: { slackUserId: true } } },
    orderBy: { answeredAt: 'asc' },
  });
  for (const { access } of pathways) {
    const answers = answersOf(
      rows
        .filter((row) => row.personId === access.subjectId)
        .map((row) => ({
          named: row.named,
          colleagueSlackUserId: row.colleague?.slackUserId ?? null,
          answers: row.answers,
        })),
    );
    if (answers.length > 0) result.set(access.subjectId, colleagueViews(answers));
  }
  return result;
}

/** An answered request as read for the person's view: its answers, and who gave them. */
export interface AnsweredRequest {
  named: boolean;
  colleagueSlackUserId: string | null;
  answers: ReadonlyArray<{ signalKey: string; rating: number | null; comment: string | null }>;
}

/** The answers of answered requests (oldest answered first), named only with the colleague's consent. */
export function answersOf(requests: readonly AnsweredRequest[]): ColleagueAnswer[] {
  return requests.flatMap((request) =>
    request.answers.map((answer) => ({
      signalKey: answer.signalKey,
      rating: answer.rating === null ? null : RatingSchema.parse(answer.rating),
      comment: answer.comment,
      namedSlackUserId: request.named ? request.colleagueSlackUserId : null,
    })),
  );
}

export interface WaitingRequest {
  colleagueSlackUserId: string;
  signalKeys: string[];
  askedAt: Date;
}

/** The person's own requests still waiting for an answer ("no answer yet", never "declined"). */
export async function waitingRequestsOf(
  prisma: Pick<PrismaClient, 'feedbackRequest'>,
  access: CheckInGrant,
  now: Date,
): Promise<WaitingRequest[]> {
  if (access.relation !== 'self') return [];
  const rows = await prisma.feedbackRequest.findMany({
    where: { personId: access.subjectId, answeredAt: null, expiresAt: { gt: now }, colleagueId: { not: null } },
    include: { colleague: { select: { slackUserId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    colleagueSlackUserId: row.colleague!.slackUserId,
    signalKeys: row.signalKeys,
    askedAt: row.createdAt,
  }));
}
