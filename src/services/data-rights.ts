/**
 * People-data rights: a person's export (everything held about them, nothing
 * about anyone else) and erasure (on request, or after a deactivated user's
 * retention period). Erasure deletes the Person row, which cascades to
 * pathways, milestones, check-ins and ratings, competency assessments, celebrations, manager
 * requests, evidence about them, suggestions made to them and their development
 * conversations (agenda items, notes, agreed actions), and their mentor offer; mentorships they were
 * a side of end, and the other side keeps them without their id (asks and declines go); outbox rows
 * about the person are deleted; and the remaining links elsewhere (audit
 * actor, calibrations, comments, suggestions and goal confirmations they made
 * for others, framework loads, installs) are cleared. Feedback requests they made go with them; of those
 * they were asked, waiting ones and answers shown with their name are deleted, and answers given without
 * their name stay with the person who asked, no longer linked to them (they were only ever shown counted
 * together). Thanks they gave stay in the recipient's wins log without their name, like comments. Channel posts about them are returned, so the caller can delete
 * them in Slack first (chat.delete): services make no Slack calls.
 */
import type { PrismaClient } from '../db/client.js';
import { colleagueViews, requestState } from '../domain/feedback.js';
import { RatingSchema } from '../domain/readiness.js';
import type { Person } from '../generated/prisma/client.js';
import { CHANNEL_POST_KINDS } from './celebrations.js';
import type { CheckInGrant } from './privacy.js';

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/** Drops internal ids and links to other rows: the export says what, not how it is stored. */
function withoutKeys<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

const mentorshipExportInclude = {
  mentee: { select: { slackUserId: true } },
  mentor: { select: { slackUserId: true } },
  sessions: { include: { loggedBy: { select: { slackUserId: true } } }, orderBy: { dueOn: 'asc' } },
} as const;

/** Everything held about the person whose own grant this is, as plain JSON-ready data. */
export async function exportPersonData(prisma: PrismaClient, access: CheckInGrant, now: Date) {
  if (access.relation !== 'self') throw new Error('An export is only ever of the person’s own data');
  const personId = access.subjectId;
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      workspace: { select: { slackTeamId: true, name: true } },
      manager: { select: { slackUserId: true } },
      pathways: { include: { milestones: { orderBy: { position: 'asc' } } }, orderBy: { startedAt: 'asc' } },
      checkIns: { include: { ratings: true }, orderBy: { createdAt: 'asc' } },
      celebrations: { orderBy: { createdAt: 'asc' } },
      managerRequestsMade: { include: { manager: { select: { slackUserId: true } } }, orderBy: { createdAt: 'asc' } },
      evidence: { include: { author: { select: { slackUserId: true } } }, orderBy: { createdAt: 'asc' } },
      suggestionsReceived: { include: { manager: { select: { slackUserId: true } } }, orderBy: { createdAt: 'asc' } },
      conversations: {
        include: {
          manager: { select: { slackUserId: true } },
          agendaItems: { include: { author: { select: { slackUserId: true } } }, orderBy: { createdAt: 'asc' } },
          actions: { orderBy: { createdAt: 'asc' } },
        },
        orderBy: { scheduledOn: 'asc' },
      },
      competencyAssessments: { orderBy: { createdAt: 'asc' } },
      feedbackAsked: {
        include: { colleague: { select: { slackUserId: true } }, answers: true },
        orderBy: { createdAt: 'asc' },
      },
      feedbackGiven: {
        include: { person: { select: { slackUserId: true } }, answers: true },
        orderBy: { createdAt: 'asc' },
      },
      mentorOffer: true,
      mentorshipsAsMentee: { include: mentorshipExportInclude, orderBy: { createdAt: 'asc' } },
      mentorshipsAsMentor: { include: mentorshipExportInclude, orderBy: { createdAt: 'asc' } },
    },
  });
  const thanksGiven = await prisma.evidence.findMany({
    where: { authorId: personId, kind: 'thanks', personId: { not: personId } },
    select: { text: true, link: true, signalKeys: true, createdAt: true, person: { select: { slackUserId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const [messages, adminActions] = await Promise.all([
    prisma.outboxMessage.findMany({
      where: { workspaceId: person.workspaceId, recipient: person.slackUserId },
      select: { kind: true, status: true, notBefore: true, sentAt: true },
      orderBy: { notBefore: 'asc' },
    }),
    prisma.auditLog.findMany({
      where: { workspaceId: person.workspaceId, actorSlackUserId: person.slackUserId },
      select: { action: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const {
    workspace,
    manager,
    pathways,
    checkIns,
    celebrations,
    managerRequestsMade,
    evidence,
    suggestionsReceived,
    conversations,
    competencyAssessments,
    feedbackAsked,
    feedbackGiven,
    mentorOffer,
    mentorshipsAsMentee,
    mentorshipsAsMentor,
    ...profile
  } = person;
  // Colleagues' answers as the person may see them: by name only with consent, otherwise counted together.
  const received = colleagueViews(
    feedbackAsked.flatMap((request) =>
      request.answers.map((answer) => ({
        signalKey: answer.signalKey,
        rating: answer.rating === null ? null : RatingSchema.parse(answer.rating),
        comment: answer.comment,
        namedSlackUserId: request.named ? (request.colleague?.slackUserId ?? null) : null,
      })),
    ),
  );
  const mentorshipOf = (row: (typeof mentorshipsAsMentee)[number], role: 'mentee' | 'mentor') => ({
    role,
    other: (role === 'mentee' ? row.mentor : row.mentee)?.slackUserId ?? null,
    // A mentee is only ever told a mentor was not available, never that they declined.
    ...withoutKeys(row, ['id', 'menteeId', 'mentorId', 'mentee', 'mentor', 'sessions', 'nextCheckInOn', 'status']),
    status: role === 'mentee' && row.status === 'declined' ? 'not available' : row.status,
    sessions: row.sessions.map((session) => ({
      dueOn: session.dueOn,
      loggedBy: session.loggedById === person.id ? 'you' : (session.loggedBy?.slackUserId ?? null),
      createdAt: session.createdAt,
    })),
  });
  return {
    exportedAt: now.toISOString(),
    about:
      'Everything Pathway holds about you. Check-ins include your manager’s ratings and comments on them; evidence includes your manager’s comments on your milestones; messages list what Pathway sent you, without their text.',
    workspace: { slackTeamId: workspace.slackTeamId, name: workspace.name },
    profile: { ...withoutKeys(profile, ['id', 'workspaceId', 'managerId']), manager: manager?.slackUserId ?? null },
    pathways: pathways.map((pathway) => ({
      ...withoutKeys(pathway, [
        'id',
        'personId',
        'frameworkVersionId',
        'activeForPersonId',
        'goalProposedById',
        'goalConfirmedById',
      ]),
      milestones: pathway.milestones.map((milestone) => withoutKeys(milestone, ['id', 'pathwayId'])),
    })),
    checkIns: checkIns.map((checkIn) => ({
      ...withoutKeys(checkIn, ['id', 'personId', 'pathwayId', 'frameworkVersionId', 'calibratedById']),
      ratings: checkIn.ratings.map((rating) => withoutKeys(rating, ['id', 'checkInId'])),
    })),
    celebrations: celebrations.map((celebration) => withoutKeys(celebration, ['id', 'workspaceId', 'personId'])),
    managerRequests: managerRequestsMade.map((request) => ({
      manager: request.manager.slackUserId,
      ...withoutKeys(request, ['id', 'personId', 'managerId', 'pendingForPersonId', 'manager']),
    })),
    evidence: evidence.map((row) => ({
      ...withoutKeys(row, ['id', 'personId', 'pathwayId', 'milestoneId', 'authorId', 'author']),
      author: row.authorId === person.id ? 'you' : (row.author?.slackUserId ?? null),
    })),
    milestoneSuggestions: suggestionsReceived.map((suggestion) => ({
      manager: suggestion.manager?.slackUserId ?? null,
      ...withoutKeys(suggestion, ['id', 'personId', 'pathwayId', 'managerId', 'milestoneId', 'manager']),
    })),
    developmentConversations: conversations.map((conversation) => ({
      ...withoutKeys(conversation, ['id', 'personId', 'managerId', 'manager', 'agendaItems', 'actions']),
      manager: conversation.manager?.slackUserId ?? null,
      agenda: conversation.agendaItems.map((item) => ({
        text: item.text,
        addedBy: item.authorId === person.id ? 'you' : (item.author?.slackUserId ?? null),
        createdAt: item.createdAt,
      })),
      agreedActions: conversation.actions.map((action) => withoutKeys(action, ['id', 'conversationId', 'milestoneId'])),
    })),
    competencyAssessments: competencyAssessments.map((row) =>
      withoutKeys(row, ['id', 'personId', 'pathwayId', 'frameworkVersionId']),
    ),
    feedbackRequested: feedbackAsked.map((request) => ({
      colleague: request.colleague?.slackUserId ?? null,
      signalKeys: request.signalKeys,
      askedAt: request.createdAt,
      state: requestState(request, now),
    })),
    feedbackReceived: [...received].map(([signalKey, view]) => ({ signalKey, ...view })),
    feedbackGiven: feedbackGiven.map((request) => ({
      askedBy: request.person.slackUserId,
      askedAt: request.createdAt,
      answeredAt: request.answeredAt,
      shownWithYourName: request.named,
      answers: request.answers.map((answer) => withoutKeys(answer, ['id', 'requestId'])),
    })),
    thanksGiven: thanksGiven.map((row) => ({ to: row.person.slackUserId, ...withoutKeys(row, ['person']) })),
    mentorOffer: mentorOffer ? withoutKeys(mentorOffer, ['id', 'personId']) : null,
    mentorships: [
      ...mentorshipsAsMentee.map((row) => mentorshipOf(row, 'mentee')),
      ...mentorshipsAsMentor.map((row) => mentorshipOf(row, 'mentor')),
    ],
    messages,
    adminActions,
  };
}

export type PersonExport = Awaited<ReturnType<typeof exportPersonData>>;

// ---------------------------------------------------------------------------------------------
// Erasure
// ---------------------------------------------------------------------------------------------

export interface PostToDelete {
  channel: string;
  ts: string;
}

interface OutboxRef {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  slackTs: string | null;
}

/** Every id under which something about the person may be named elsewhere (outbox keys, for example). */
async function idsAbout(
  prisma: Pick<PrismaClient, 'person'>,
  personId: string,
): Promise<{ person: Person; ids: string[] }> {
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      pathways: { select: { id: true, milestones: { select: { id: true } } } },
      checkIns: { select: { id: true } },
      celebrations: { select: { id: true, subjectKey: true } },
      managerRequestsMade: { select: { id: true } },
      managerRequestsReceived: { select: { id: true } },
      evidence: { select: { id: true } },
      evidenceAuthored: { select: { id: true } },
      suggestionsReceived: { select: { id: true } },
      suggestionsMade: { select: { id: true } },
      conversations: { select: { id: true, agendaItems: { select: { id: true } }, actions: { select: { id: true } } } },
      feedbackAsked: { select: { id: true } },
      feedbackGiven: { select: { id: true } },
    },
  });
  const ids = [
    person.id,
    person.slackUserId,
    ...person.pathways.flatMap((pathway) => [pathway.id, ...pathway.milestones.map((milestone) => milestone.id)]),
    ...person.checkIns.map((checkIn) => checkIn.id),
    ...person.celebrations.flatMap((celebration) => [celebration.id, celebration.subjectKey]),
    ...person.managerRequestsMade.map((request) => request.id),
    ...person.managerRequestsReceived.map((request) => request.id),
    ...[...person.evidence, ...person.evidenceAuthored].map((row) => row.id),
    ...[...person.suggestionsReceived, ...person.suggestionsMade].map((row) => row.id),
    ...person.conversations.flatMap((row) => [
      row.id,
      ...row.agendaItems.map((item) => item.id),
      ...row.actions.map((action) => action.id),
    ]),
    ...[...person.feedbackAsked, ...person.feedbackGiven].map((row) => row.id),
  ];
  return { person, ids };
}

/** Outbox rows sent to the person, keyed by one of their ids, or whose message mentions them (`<@U…>`). */
async function outboxAbout(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  person: Person,
  ids: string[],
): Promise<OutboxRef[]> {
  const patterns = ids.map((id) => `%${id}%`);
  return prisma.$queryRaw<OutboxRef[]>`
    SELECT id, kind, recipient, status::text AS status, "slackTs"
    FROM "OutboxMessage"
    WHERE "workspaceId" = ${person.workspaceId}
      AND (recipient = ${person.slackUserId}
        OR "dedupeKey" LIKE ANY (${patterns}::text[])
        OR payload::text LIKE ${`%<@${person.slackUserId}>%`}
        OR payload::text LIKE ${`%<@${person.slackUserId}|%`})`;
}

/** The channel posts about the person that are still up (celebrations and digests naming them). */
export async function postsAbout(prisma: PrismaClient, personId: string): Promise<PostToDelete[]> {
  const { person, ids } = await idsAbout(prisma, personId);
  const rows = await outboxAbout(prisma, person, ids);
  return rows
    .filter(
      (row) =>
        CHANNEL_POST_KINDS.has(row.kind) &&
        row.status === 'sent' &&
        row.slackTs !== null &&
        !row.recipient.startsWith('U'),
    )
    .map((row) => ({ channel: row.recipient, ts: row.slackTs! }));
}

/**
 * Erases the person in one transaction. Afterwards no row of any table names
 * them: their own rows are gone, and other rows that pointed at them no longer do.
 */
export async function erasePerson(prisma: PrismaClient, personId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { person, ids } = await idsAbout(tx, personId);
    const outbox = await outboxAbout(tx, person, ids);
    await tx.outboxMessage.deleteMany({ where: { id: { in: outbox.map((row) => row.id) } } });
    await tx.checkIn.updateMany({ where: { calibratedById: person.id }, data: { calibratedById: null } });
    await tx.pathway.updateMany({
      where: { goalProposedById: person.id, personId: { not: person.id } },
      data: { goalProposedById: null },
    });
    await tx.pathway.updateMany({
      where: { goalConfirmedById: person.id, personId: { not: person.id } },
      data: { goalConfirmedById: null },
    });
    // Evidence others kept may quote the person by Slack id; their own rows go with them below.
    await tx.$executeRaw`
      UPDATE "Evidence" e SET text = replace(e.text, ${person.slackUserId}, 'erased-user')
      FROM "Person" p
      WHERE e."personId" = p.id AND p."workspaceId" = ${person.workspaceId} AND e.text LIKE ${`%${person.slackUserId}%`}`;
    // Conversations about others (the person as their manager) may name them in agenda items and notes.
    await tx.$executeRaw`
      UPDATE "ConversationAgendaItem" i SET text = replace(i.text, ${person.slackUserId}, 'erased-user')
      FROM "Conversation" c JOIN "Person" p ON p.id = c."personId"
      WHERE i."conversationId" = c.id AND p."workspaceId" = ${person.workspaceId} AND i.text LIKE ${`%${person.slackUserId}%`}`;
    await tx.$executeRaw`
      UPDATE "Conversation" c SET notes = replace(c.notes, ${person.slackUserId}, 'erased-user')
      FROM "Person" p
      WHERE c."personId" = p.id AND p."workspaceId" = ${person.workspaceId} AND c.notes LIKE ${`%${person.slackUserId}%`}`;
    // Mentorships: asks, withdrawn asks and declines (they only steer suggestions) go; active ones end, and the other side keeps
    // them (and the sessions) without the erased person's id, which the cascade below sets null.
    const sides = [{ menteeId: person.id }, { mentorId: person.id }];
    await tx.mentorship.deleteMany({
      where: {
        OR: [
          { status: { in: ['requested', 'declined', 'withdrawn'] }, OR: sides },
          { menteeId: person.id, mentorId: null },
          { mentorId: person.id, menteeId: null },
        ],
      },
    });
    await tx.mentorship.updateMany({
      where: { status: 'active', OR: sides },
      data: { status: 'ended', nextCheckInOn: null },
    });
    const ownEvidence = await tx.evidence.findMany({ where: { personId: person.id }, select: { id: true } });
    await tx.mentoringSession.updateMany({
      where: { evidenceId: { in: ownEvidence.map((row) => row.id) } },
      data: { evidenceId: null },
    });
    await tx.auditLog.updateMany({
      where: { workspaceId: person.workspaceId, actorSlackUserId: person.slackUserId },
      data: { actorSlackUserId: null },
    });
    await tx.$executeRaw`
      UPDATE "AuditLog" SET detail = replace(detail::text, ${person.slackUserId}, 'erased-user')::jsonb
      WHERE "workspaceId" = ${person.workspaceId} AND detail::text LIKE ${`%${person.slackUserId}%`}`;
    await tx.frameworkVersion.updateMany({
      where: { workspaceId: person.workspaceId, loadedBy: person.slackUserId },
      data: { loadedBy: null },
    });
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: person.workspaceId },
      select: { slackTeamId: true },
    });
    await tx.installation.updateMany({
      where: { teamId: workspace.slackTeamId, installerUserId: person.slackUserId },
      data: { installerUserId: null },
    });
    // Feedback they were asked for: requests still waiting, and answers shown with their name, go; answers
    // given without their name stay with the person who asked, as anonymous as they always were (colleague cleared below).
    await tx.feedbackRequest.deleteMany({
      where: { colleagueId: person.id, OR: [{ answeredAt: null }, { named: true }] },
    });
    // Cascades: pathways, milestones, check-ins, ratings, competency assessments, the mentor offer, celebrations, manager requests, evidence about them,
    // suggestions made to them and their development conversations (agenda, notes, agreed actions); reports' managerId, and authorship of others' evidence and suggestions, are set null.
    await tx.person.delete({ where: { id: person.id } });
  });
}

/** People deactivated in Slack longer ago than their workspace keeps data. */
export async function deactivatedPastRetention(
  prisma: PrismaClient,
  now: Date,
): Promise<Array<{ personId: string; slackTeamId: string }>> {
  const people = await prisma.person.findMany({
    where: { deactivatedAt: { not: null, lte: now } },
    select: {
      id: true,
      deactivatedAt: true,
      workspace: { select: { slackTeamId: true, deactivatedRetentionDays: true } },
    },
  });
  return people
    .filter(
      (person) =>
        person.deactivatedAt!.getTime() + person.workspace.deactivatedRetentionDays * 86_400_000 <= now.getTime(),
    )
    .map((person) => ({ personId: person.id, slackTeamId: person.workspace.slackTeamId }));
}

/** Records that Slack reported the user deactivated (keeps the first time) or active again. */
export async function markDeactivated(
  prisma: PrismaClient,
  workspaceId: string,
  slackUserId: string,
  deleted: boolean,
  now: Date,
): Promise<void> {
  if (deleted) {
    await prisma.person.updateMany({
      where: { workspaceId, slackUserId, deactivatedAt: null },
      data: { deactivatedAt: now },
    });
  } else {
    await prisma.person.updateMany({
      where: { workspaceId, slackUserId, deactivatedAt: { not: null } },
      data: { deactivatedAt: null },
    });
  }
}
