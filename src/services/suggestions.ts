/**
 * The manager shares the plan: a manager suggests a milestone for a report's
 * active pathway (title, kind, date, the signals it serves); the report accepts
 * it as it is or edited, and it joins their plan marked as agreed, or declines
 * it. The manager hears back while they are still the report's manager.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import { findRole, signalsFor } from '../domain/framework/queries.js';
import { dueDateProblem, type ValidEdit } from '../domain/pathways/milestones.js';
import type { MilestoneSuggestion, Person } from '../generated/prisma/client.js';
import { userError } from '../i18n/user-errors.js';
import { frameworkFor } from './frameworks.js';
import { lockActivePathway, type MilestoneSummary, summarise } from './milestones.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import type { ManagerGrant } from './privacy.js';

type PersonRef = Pick<Person, 'slackUserId'>;

export interface SuggestionView {
  id: string;
  title: string;
  kind: MilestoneSuggestion['kind'];
  dueDate: string;
  signalTitles: string[];
  note: string | null;
  manager: PersonRef | null;
}

export interface SuggestionAnswer {
  suggestion: SuggestionView;
  report: PersonRef;
  outcome: 'accepted' | 'edited' | 'declined';
  milestone: MilestoneSummary | null;
}

/** What the people involved are told; built by src/blocks (services stay Slack-free). */
export interface SuggestionNotices {
  /** To the report, with accept, edit and decline buttons. */
  suggested(
    details: { suggestion: SuggestionView; manager: PersonRef },
    recipient: Pick<Person, 'language' | 'locale'>,
  ): OutboxPayload;
  /** To the manager, once the report answered. */
  answered(details: SuggestionAnswer, recipient: Pick<Person, 'language' | 'locale'>): OutboxPayload;
}

export interface NewSuggestion {
  title: string;
  kind: MilestoneSuggestion['kind'];
  due: string;
  signalKeys: string[];
  note: string | null;
}

export interface SuggestionForm {
  pathwayId: string;
  goalTitle: string;
  signals: Array<{ key: string; title: string }>;
}

/** What a manager may suggest for: the report's active pathway and its goal's signals. */
export async function suggestionFormFor(prisma: PrismaClient, access: ManagerGrant): Promise<SuggestionForm> {
  const pathway = await prisma.pathway.findUnique({ where: { activeForPersonId: access.subjectId } });
  if (!pathway) throw userError('error.suggestions.noReportPathway');
  const framework = await frameworkFor(prisma, pathway.frameworkVersionId);
  const signals = signalsFor(framework, pathway.goalRoleKey).map((signal) => ({
    key: signal.key,
    title: signal.title,
  }));
  const goalTitle = findRole(framework, pathway.goalRoleKey)?.title ?? pathway.goalRoleKey;
  return { pathwayId: pathway.id, goalTitle, signals };
}

async function viewOf(
  prisma: Pick<PrismaClient, 'frameworkVersion' | 'pathway' | 'person'>,
  row: MilestoneSuggestion,
): Promise<SuggestionView> {
  const pathway = await prisma.pathway.findUniqueOrThrow({
    where: { id: row.pathwayId },
    select: { frameworkVersionId: true, goalRoleKey: true },
  });
  const titles = new Map(
    signalsFor(await frameworkFor(prisma, pathway.frameworkVersionId), pathway.goalRoleKey).map((s) => [
      s.key,
      s.title,
    ]),
  );
  const manager = row.managerId
    ? await prisma.person.findUnique({ where: { id: row.managerId }, select: { slackUserId: true } })
    : null;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    dueDate: dateFromDb(row.dueDate),
    signalTitles: row.signalKeys.map((key) => titles.get(key) ?? key),
    note: row.note,
    manager,
  };
}

/** Records the suggestion on the report's active pathway (opened as `pathwayId`) and queues their DM. */
export async function suggestMilestone(
  prisma: PrismaClient,
  access: ManagerGrant,
  input: NewSuggestion & { pathwayId: string; now: Date },
  notices: SuggestionNotices,
): Promise<{ suggestion: SuggestionView; report: PersonRef }> {
  const form = await suggestionFormFor(prisma, access);
  if (form.pathwayId !== input.pathwayId) throw userError('error.suggestions.formChanged');
  const known = new Set(form.signals.map((signal) => signal.key));
  return prisma.$transaction(async (tx) => {
    const [report, manager] = await Promise.all([
      tx.person.findUniqueOrThrow({ where: { id: access.subjectId } }),
      tx.person.findUniqueOrThrow({ where: { id: access.viewerId } }),
    ]);
    const row = await tx.milestoneSuggestion.create({
      data: {
        personId: report.id,
        pathwayId: form.pathwayId,
        managerId: manager.id,
        title: input.title,
        kind: input.kind,
        dueDate: dateToDb(input.due),
        signalKeys: input.signalKeys.filter((key) => known.has(key)),
        note: input.note,
        createdAt: input.now,
      },
    });
    const suggestion = await viewOf(tx, row);
    await enqueueMessage(tx, {
      workspaceId: report.workspaceId,
      dedupeKey: `suggestion:${row.id}`,
      kind: 'milestone-suggestion',
      recipient: report.slackUserId,
      payload: notices.suggested({ suggestion, manager }, report),
      notBefore: input.now,
    });
    return { suggestion, report };
  });
}

/** The person's suggestions still waiting for an answer on their active pathway, oldest first. */
export async function pendingSuggestions(prisma: PrismaClient, personId: string): Promise<SuggestionView[]> {
  const rows = await prisma.milestoneSuggestion.findMany({
    where: { personId, status: 'pending', pathway: { activeForPersonId: personId } },
    orderBy: { createdAt: 'asc' },
  });
  return Promise.all(rows.map((row) => viewOf(prisma, row)));
}

async function ownPending(
  prisma: Pick<PrismaClient, 'milestoneSuggestion'>,
  personId: string,
  suggestionId: string,
): Promise<MilestoneSuggestion> {
  const row = await prisma.milestoneSuggestion.findUnique({ where: { id: suggestionId } });
  if (!row || row.personId !== personId) throw userError('error.suggestions.notYours');
  if (row.status !== 'pending') throw userError('error.suggestions.alreadyAnswered', { status: row.status });
  return row;
}

/** One of the person's own pending suggestions (to fill in the edit form). */
export async function ownSuggestion(
  prisma: PrismaClient,
  personId: string,
  suggestionId: string,
): Promise<SuggestionView> {
  return viewOf(prisma, await ownPending(prisma, personId, suggestionId));
}

/**
 * The person's answer: accept (as suggested, or with `edit`), or decline. An accepted
 * suggestion becomes a milestone after the last one, marked as agreed.
 */
export async function answerSuggestion(
  prisma: PrismaClient,
  personId: string,
  suggestionId: string,
  answer: { accept: true; edit?: ValidEdit | undefined } | { accept: false },
  clock: { now: Date; today: string },
  notices: SuggestionNotices,
): Promise<SuggestionAnswer> {
  return prisma.$transaction(async (tx) => {
    // Positions are read then written: take turns with the person's own changes to the plan.
    await lockActivePathway(tx, personId);
    const row = await ownPending(tx, personId, suggestionId);
    const pathway = await tx.pathway.findUnique({ where: { activeForPersonId: personId } });
    if (!pathway || pathway.id !== row.pathwayId) throw userError('error.suggestions.pathwayGone');
    let milestone: MilestoneSummary | null = null;
    if (answer.accept) {
      const due = answer.edit?.due ?? dateFromDb(row.dueDate);
      if (dueDateProblem(due, clock.today))
        throw userError('error.suggestions.datePassed', { dueDate: due, todayDate: clock.today });
      const last = await tx.milestone.findFirst({
        where: { pathwayId: pathway.id },
        orderBy: { position: 'desc' },
        select: { position: true },
      });
      const created = await tx.milestone.create({
        data: {
          pathwayId: pathway.id,
          position: (last?.position ?? 0) + 1,
          title: answer.edit?.title ?? row.title,
          kind: answer.edit?.kind ?? row.kind,
          dueDate: dateToDb(due),
          link: answer.edit?.link ?? null,
          signalKeys: row.signalKeys,
          agreedAt: clock.now,
        },
      });
      milestone = summarise(created);
    }
    const claimed = await tx.milestoneSuggestion.updateMany({
      where: { id: row.id, status: 'pending' },
      data: {
        status: answer.accept ? 'accepted' : 'declined',
        decidedAt: clock.now,
        milestoneId: milestone?.id ?? null,
      },
    });
    if (claimed.count === 0) throw userError('error.suggestions.answeredMeanwhile');
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId } });
    const edited = answer.accept && answer.edit !== undefined;
    const result: SuggestionAnswer = {
      suggestion: await viewOf(tx, row),
      report: person,
      outcome: !answer.accept ? 'declined' : edited ? 'edited' : 'accepted',
      milestone,
    };
    // The manager hears back only while they are still this person's manager.
    const manager =
      row.managerId && row.managerId === person.managerId
        ? await tx.person.findUnique({ where: { id: row.managerId } })
        : null;
    if (manager && manager.deactivatedAt === null) {
      await enqueueMessage(tx, {
        workspaceId: person.workspaceId,
        dedupeKey: `suggestion:${row.id}:answer`,
        kind: 'milestone-suggestion-answer',
        recipient: manager.slackUserId,
        payload: notices.answered(result, manager),
        notBefore: clock.now,
      });
    }
    return result;
  });
}
