/**
 * Development conversations between a person and their manager: planned by
 * either side (or due by the workspace cadence), an agenda built from the plan
 * and its evidence that both can add to, and after it private notes, agreed
 * actions (milestones for the person, to-dos for the manager) and the next date.
 *
 * Messages go through the outbox when a conversation is planned or moved: the
 * agenda DM to both sides at once, and a reminder to each on their working day
 * before, in their own zone and hours. The sender asks `conversationDelivery`
 * again just before posting, drops what went stale (moved, held, the manager
 * link changed) and renders the agenda from the data as it is then.
 *
 * Everything here follows the check-in rule (src/services/privacy.ts): the
 * person and their CURRENT manager only. Services stay Slack-free: message
 * builders are passed in (ConversationNotices).
 */
import type { PrismaClient } from '../db/client.js';
import {
  agendaQuestions,
  type ConversationKey,
  conversationDateProblem,
  conversationKeyText,
  dayBeforeReminder,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGENDA_ITEMS,
  type ValidRecord,
} from '../domain/conversations.js';
import { dateFromDb, dateToDb } from '../domain/dates.js';
import { UserError } from '../domain/errors.js';
import type { SignalCase } from '../domain/evidence.js';
import { type Language, languageFor } from '../domain/language.js';
import { NO_ACTIVE_PATHWAY } from '../domain/pathways/milestones.js';
import type { Rating } from '../domain/readiness.js';
import {
  addDays,
  deliveryFor,
  localDate,
  type WorkingHours,
  workingHoursOrDefault,
  zoneOrFallback,
} from '../domain/schedule/local-time.js';
import { type Conversation, type ConversationOrigin, type Person, Prisma } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { readinessOf } from './checkins.js';
import { casesOf, evidenceOf } from './evidence.js';
import { enqueueBulk, enqueueMessages, type OutboxEntry, type OutboxPayload } from './outbox.js';
import { authorizeCheckInRead, type CheckInGrant, ownCheckIns, type PrivacyContext } from './privacy.js';

type Tx = Prisma.TransactionClient;
type PersonRef = Pick<Person, 'id' | 'slackUserId'>;
export type Party = 'person' | 'manager';

export interface AgendaItemView {
  text: string;
  authorSlackUserId: string | null;
  byManager: boolean;
  date: string;
}

export interface AgreedActionView {
  id: string;
  title: string;
  owner: Party;
  due: string;
  done: boolean;
  /** The milestone number it became (person-owned), while it is on the plan. */
  milestonePosition: number | null;
}

/** The agenda of one conversation, built from the data as it is now. */
export interface ConversationAgenda {
  id: string;
  scheduledOn: string;
  status: Conversation['status'];
  origin: ConversationOrigin;
  person: PersonRef;
  /** The person's CURRENT manager (null when they have none). */
  manager: PersonRef | null;
  goalTitle: string | null;
  /** The date of the last conversation held before this one, if any. */
  lastHeldOn: string | null;
  moved: {
    milestonesDone: Array<{ position: number; title: string; date: string }>;
    checkIns: number;
    evidenceAdded: number;
  };
  overdue: Array<{ position: number; title: string; dueDate: string }>;
  weakest: Array<{ title: string; rating: Rating | null; signalCase: SignalCase | undefined }>;
  /** The latest check-in, when the manager has not calibrated it yet. */
  calibrationPending: { checkInId: string; date: string } | null;
  /** Actions agreed in the last conversation held, and whether they are done. */
  lastActions: AgreedActionView[];
  questions: string[];
  items: AgendaItemView[];
  notes: string | null;
  actions: AgreedActionView[];
  heldOn: string | null;
}

export interface RecordedConversation {
  agenda: ConversationAgenda;
  next: { id: string; scheduledOn: string } | null;
  recordedBy: Party;
}

/** What the people involved are told, each in their own language; built by src/blocks/conversations.ts. */
export interface ConversationNotices {
  /** The agenda DM when a conversation is planned or moved. */
  agenda(agenda: ConversationAgenda, recipient: Party, language?: Language): OutboxPayload;
  /** The working day before. */
  reminder(agenda: ConversationAgenda, recipient: Party, language?: Language): OutboxPayload;
  /** To the other side once notes are recorded. */
  recorded(recorded: RecordedConversation, recipient: Party, language?: Language): OutboxPayload;
  /** A manager to-do on its due date. */
  todo(
    details: { actionId: string; title: string; due: string; report: PersonRef },
    language?: Language,
  ): OutboxPayload;
  /** Once per side, when actions they agreed are overdue. */
  overdue(
    details: { recipient: Party; other: PersonRef; actions: AgreedActionView[] },
    language?: Language,
  ): OutboxPayload;
  /** A conversation is due by the cadence and none is planned. */
  due(
    details: {
      person: PersonRef;
      manager: PersonRef;
      recipient: Party;
      lastHeldOn: string | null;
      cadenceDays: number;
    },
    language?: Language,
  ): OutboxPayload;
}

/** How times are worked out: the workspace's hours, and the zone for people Slack has not told us about. */
export interface ConversationTiming {
  defaultTimeZone: string;
}

export const NO_MANAGER_MESSAGE =
  'A development conversation is between you and your manager, and you have no manager linked in Pathway yet. Ask yours with `/pathway manager @name`, then type `/pathway conversation` again. For a conversation with one of your reports, name them: `/pathway conversation @name`.';
export const NOT_FOUND_MESSAGE =
  'That conversation no longer exists. Type `/pathway conversation` to see the one coming up.';
export const ALREADY_HELD_MESSAGE =
  'The notes of this conversation are already recorded. Type `/pathway conversation` to see the next one.';

const HELD_HISTORY = 10;

function hoursOf(workspace: { workdayStartHour: number; workdayEndHour: number; workingDays: number[] }): WorkingHours {
  return workingHoursOrDefault({
    startHour: workspace.workdayStartHour,
    endHour: workspace.workdayEndHour,
    workingDays: workspace.workingDays,
  });
}

const partySelect = {
  id: true,
  slackUserId: true,
  timeZone: true,
  deactivatedAt: true,
  workspaceId: true,
  managerId: true,
  language: true,
  locale: true,
} as const;

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** The subject's conversation still to be held (the latest planned), or null. */
export async function upcomingConversation(
  prisma: PrismaClient,
  access: CheckInGrant,
  today: string,
): Promise<ConversationAgenda | null> {
  const row = await prisma.conversation.findFirst({
    where: { personId: access.subjectId, status: 'scheduled' },
    orderBy: { scheduledOn: 'desc' },
  });
  return row ? agendaOf(prisma, access, row, today) : null;
}

/** One of the subject's conversations, checked to be theirs. */
export async function conversationAgenda(
  prisma: PrismaClient,
  access: CheckInGrant,
  conversationId: string,
  today: string,
): Promise<ConversationAgenda> {
  return agendaOf(prisma, access, await ownConversation(prisma, access, conversationId), today);
}

/** The conversations held, newest first (the person's history). */
export async function heldConversations(
  prisma: PrismaClient,
  access: CheckInGrant,
  today: string,
  take = HELD_HISTORY,
): Promise<ConversationAgenda[]> {
  const rows = await prisma.conversation.findMany({
    where: { personId: access.subjectId, status: 'held' },
    orderBy: { heldAt: 'desc' },
    take,
  });
  return Promise.all(rows.map((row) => agendaOf(prisma, access, row, today)));
}

/** Whose conversation it is (a button carries the conversation id; the privacy rule needs the person). */
export async function conversationSubject(prisma: PrismaClient, conversationId: string): Promise<string | null> {
  return (
    (await prisma.conversation.findUnique({ where: { id: conversationId }, select: { personId: true } }))?.personId ??
    null
  );
}

async function ownConversation(
  prisma: Pick<PrismaClient, 'conversation'>,
  access: CheckInGrant,
  conversationId: string,
): Promise<Conversation> {
  const row = await prisma.conversation.findUnique({ where: { id: conversationId } });
  if (!row || row.personId !== access.subjectId) throw new UserError(NOT_FOUND_MESSAGE);
  return row;
}

function actionView(row: {
  id: string;
  title: string;
  owner: Party;
  dueDate: Date;
  doneAt: Date | null;
  milestone: { position: number; doneAt: Date | null; pathway: { status: string } } | null;
}): AgreedActionView {
  const onPlan = row.milestone && row.milestone.pathway.status === 'active' ? row.milestone : null;
  return {
    id: row.id,
    title: row.title,
    owner: row.owner,
    due: dateFromDb(row.dueDate),
    done: row.owner === 'manager' ? row.doneAt !== null : row.milestone?.doneAt != null,
    milestonePosition: onPlan?.position ?? null,
  };
}

const actionInclude = {
  milestone: { select: { position: true, doneAt: true, pathway: { select: { status: true } } } },
} as const;

/** Builds the agenda from the data; `access` is the viewer's grant on the conversation's person. */
async function agendaOf(
  prisma: PrismaClient,
  access: CheckInGrant,
  row: Conversation,
  today: string,
): Promise<ConversationAgenda> {
  const [person, items, actions, lastHeld, heldCount] = await Promise.all([
    prisma.person.findUniqueOrThrow({
      where: { id: row.personId },
      select: { id: true, slackUserId: true, manager: { select: { id: true, slackUserId: true } } },
    }),
    prisma.conversationAgendaItem.findMany({
      where: { conversationId: row.id },
      orderBy: { createdAt: 'asc' },
      include: { author: { select: { id: true, slackUserId: true } } },
    }),
    prisma.conversationAction.findMany({
      where: { conversationId: row.id },
      orderBy: { createdAt: 'asc' },
      include: actionInclude,
    }),
    prisma.conversation.findFirst({
      where: {
        personId: row.personId,
        status: 'held',
        id: { not: row.id },
        ...(row.heldAt ? { heldAt: { lt: row.heldAt } } : {}),
      },
      orderBy: { heldAt: 'desc' },
      include: { actions: { orderBy: { createdAt: 'asc' }, include: actionInclude } },
    }),
    prisma.conversation.count({ where: { personId: row.personId, status: 'held' } }),
  ]);
  const since = lastHeld?.heldAt ?? null;
  const evidence = await evidenceOf(prisma, access);
  const active = evidence?.active ? evidence : null;
  const readiness = active ? await readinessOf(prisma, access) : null;
  const cases = active ? new Map(casesOf(active).cases.map((c) => [c.key, c])) : new Map<string, SignalCase>();
  const pathway = active
    ? await prisma.pathway.findUnique({
        where: { id: active.pathwayId },
        include: { milestones: { orderBy: { position: 'asc' } } },
      })
    : null;
  const checkIns = active
    ? await prisma.checkIn.count({
        where: { pathwayId: active.pathwayId, ...(since ? { createdAt: { gt: since } } : {}) },
      })
    : 0;
  const latest = readiness?.latest ?? null;
  return {
    id: row.id,
    scheduledOn: dateFromDb(row.scheduledOn),
    status: row.status,
    origin: row.origin,
    person: { id: person.id, slackUserId: person.slackUserId },
    manager: person.manager,
    goalTitle: active?.goalTitle ?? null,
    lastHeldOn: since ? dateFromDb(since) : null,
    moved: {
      milestonesDone: (pathway?.milestones ?? [])
        .filter((m) => m.doneAt !== null && (since === null || m.doneAt > since))
        .map((m) => ({ position: m.position, title: m.title, date: dateFromDb(m.doneAt!) })),
      checkIns,
      evidenceAdded: (active?.entries ?? []).filter(
        (entry) => entry.kind !== 'done' && entry.kind !== 'example' && (since === null || entry.at > since.getTime()),
      ).length,
    },
    overdue: (pathway?.milestones ?? [])
      .filter((m) => m.doneAt === null && m.notNeededAt === null && dateFromDb(m.dueDate) < today)
      .map((m) => ({ position: m.position, title: m.title, dueDate: dateFromDb(m.dueDate) })),
    weakest: (readiness?.weakest ?? [])
      .slice(0, 3)
      .map((signal) => ({ title: signal.title, rating: signal.last, signalCase: cases.get(signal.key) })),
    calibrationPending: latest && !latest.calibrated ? { checkInId: latest.id, date: latest.date } : null,
    lastActions: (lastHeld?.actions ?? []).map(actionView),
    questions: agendaQuestions(active?.goalTitle ?? 'the next role', heldCount),
    items: items.map((item) => ({
      text: item.text,
      authorSlackUserId: item.author?.slackUserId ?? null,
      byManager: item.authorId !== null && item.authorId !== row.personId,
      date: dateFromDb(item.createdAt),
    })),
    notes: row.notes,
    actions: actions.map(actionView),
    heldOn: row.heldAt ? dateFromDb(row.heldAt) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Planning, moving, adding to the agenda
// ---------------------------------------------------------------------------------------------

interface Parties {
  person: Pick<
    Person,
    'id' | 'slackUserId' | 'timeZone' | 'deactivatedAt' | 'workspaceId' | 'managerId' | 'language' | 'locale'
  >;
  manager: Pick<
    Person,
    'id' | 'slackUserId' | 'timeZone' | 'deactivatedAt' | 'workspaceId' | 'managerId' | 'language' | 'locale'
  >;
}

async function partiesOf(tx: Pick<PrismaClient, 'person'>, personId: string): Promise<Parties> {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { ...partySelect, manager: { select: partySelect } },
  });
  if (!person.manager) throw new UserError(NO_MANAGER_MESSAGE);
  const { manager, ...rest } = person;
  return { person: rest, manager };
}

/** The agenda DMs now and the day-before reminders, for both sides (keys carry the date, so a move queues fresh ones). */
async function queueMessages(
  tx: Tx,
  conversation: Conversation,
  parties: Parties,
  now: Date,
  timing: ConversationTiming,
  render: (recipient: Party, kind: 'agenda' | 'reminder') => Promise<OutboxPayload>,
): Promise<void> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: parties.person.workspaceId } });
  const hours = hoursOf(workspace);
  const scheduledOn = dateFromDb(conversation.scheduledOn);
  const entries: OutboxEntry[] = [];
  for (const recipient of ['person', 'manager'] as const) {
    const who = parties[recipient];
    if (who.deactivatedAt !== null) continue;
    const zone = zoneOrFallback(who.timeZone, timing.defaultTimeZone);
    const agendaKey: ConversationKey = {
      kind: 'agenda',
      conversationId: conversation.id,
      slackUserId: who.slackUserId,
      scheduledOn,
    };
    entries.push({
      workspaceId: workspace.id,
      dedupeKey: conversationKeyText(agendaKey),
      kind: 'conversation-agenda',
      recipient: who.slackUserId,
      payload: await render(recipient, 'agenda'),
      notBefore: deliveryFor(localDate(now, zone), now, zone, hours),
    });
    const reminder = dayBeforeReminder(scheduledOn, now, zone, hours);
    if (reminder) {
      entries.push({
        workspaceId: workspace.id,
        dedupeKey: conversationKeyText({
          kind: 'reminder',
          conversationId: conversation.id,
          slackUserId: who.slackUserId,
          scheduledOn,
        }),
        kind: 'conversation-reminder',
        recipient: who.slackUserId,
        payload: await render(recipient, 'reminder'),
        notBefore: reminder.at,
      });
    }
  }
  await enqueueMessages(tx, entries);
}

export interface PlanInput {
  scheduledOn: string;
  origin: ConversationOrigin;
  /** A first agenda item from whoever plans it. */
  item?: string | undefined;
  now: Date;
  today: string;
}

/**
 * Plans the subject's next conversation with their current manager, or moves
 * the one already planned to the new date. Either side may (`access` is the
 * viewer's grant: the person, or their current manager).
 */
export async function planConversation(
  prisma: PrismaClient,
  access: CheckInGrant,
  input: PlanInput,
  timing: ConversationTiming,
  notices: ConversationNotices,
): Promise<{ agenda: ConversationAgenda; moved: boolean }> {
  const problem = conversationDateProblem(input.scheduledOn, input.today);
  if (problem) throw new UserError(problem);
  const item = input.item?.trim();
  if (item && item.length > MAX_AGENDA_ITEM_LENGTH)
    throw new UserError(`Keep the agenda item under ${MAX_AGENDA_ITEM_LENGTH} characters.`);
  const parties = await partiesOf(prisma, access.subjectId);
  const { conversation, moved } = await prisma.$transaction(async (tx) => {
    const existing = await tx.conversation.findFirst({
      where: { personId: access.subjectId, status: 'scheduled' },
      orderBy: { scheduledOn: 'desc' },
    });
    const conversation = existing
      ? await tx.conversation.update({
          where: { id: existing.id },
          data: { scheduledOn: dateToDb(input.scheduledOn), managerId: parties.manager.id },
        })
      : await tx.conversation.create({
          data: {
            personId: access.subjectId,
            managerId: parties.manager.id,
            origin: input.origin,
            scheduledOn: dateToDb(input.scheduledOn),
            createdAt: input.now,
          },
        });
    if (item)
      await tx.conversationAgendaItem.create({
        data: { conversationId: conversation.id, authorId: access.viewerId, text: item, createdAt: input.now },
      });
    return { conversation, moved: existing !== null && dateFromDb(existing.scheduledOn) !== input.scheduledOn };
  });
  const agenda = await agendaOf(prisma, access, conversation, input.today);
  await prisma.$transaction((tx) =>
    queueMessages(tx, conversation, parties, input.now, timing, async (recipient, kind) => {
      const language = languageFor(parties[recipient]);
      return kind === 'agenda'
        ? notices.agenda(agenda, recipient, language)
        : notices.reminder(agenda, recipient, language);
    }),
  );
  return { agenda, moved };
}

/** Either side adds an item to a conversation still to be held. */
export async function addAgendaItem(
  prisma: PrismaClient,
  access: CheckInGrant,
  conversationId: string,
  text: string,
  clock: { now: Date; today: string },
): Promise<ConversationAgenda> {
  const trimmed = text.trim();
  if (trimmed === '') throw new UserError('Write the item you want to talk about.');
  if (trimmed.length > MAX_AGENDA_ITEM_LENGTH)
    throw new UserError(`Keep the agenda item under ${MAX_AGENDA_ITEM_LENGTH} characters.`);
  const row = await ownConversation(prisma, access, conversationId);
  if (row.status !== 'scheduled') throw new UserError(ALREADY_HELD_MESSAGE);
  if ((await prisma.conversationAgendaItem.count({ where: { conversationId } })) >= MAX_AGENDA_ITEMS) {
    throw new UserError(
      `The agenda already has ${MAX_AGENDA_ITEMS} items: enough for one conversation. Keep the rest for the next one.`,
    );
  }
  await prisma.conversationAgendaItem.create({
    data: { conversationId, authorId: access.viewerId, text: trimmed, createdAt: clock.now },
  });
  return agendaOf(prisma, access, row, clock.today);
}

// ---------------------------------------------------------------------------------------------
// After the conversation
// ---------------------------------------------------------------------------------------------

/**
 * Records the conversation as held: the private notes, the agreed actions
 * (the person's become milestones on their active pathway, marked as agreed;
 * the manager's become to-dos, reminded on their date) and the next date,
 * which plans the next conversation. The other side is told.
 */
export async function recordConversation(
  prisma: PrismaClient,
  access: CheckInGrant,
  conversationId: string,
  record: ValidRecord,
  clock: { now: Date; today: string },
  timing: ConversationTiming,
  notices: ConversationNotices,
): Promise<RecordedConversation> {
  const parties = await partiesOf(prisma, access.subjectId);
  const todoRows: Array<{ id: string; title: string; due: string }> = [];
  const next = await prisma.$transaction(async (tx) => {
    const row = await ownConversation(tx, access, conversationId);
    if (row.status !== 'scheduled') throw new UserError(ALREADY_HELD_MESSAGE);
    const claimed = await tx.conversation.updateMany({
      where: { id: row.id, status: 'scheduled' },
      data: { status: 'held', heldAt: clock.now, notes: record.notes, managerId: parties.manager.id },
    });
    if (claimed.count === 0) throw new UserError(ALREADY_HELD_MESSAGE);
    const personActions = record.actions.filter((action) => action.owner === 'person');
    const pathway =
      personActions.length > 0 ? await tx.pathway.findUnique({ where: { activeForPersonId: access.subjectId } }) : null;
    if (personActions.length > 0 && !pathway) {
      throw new UserError(
        access.relation === 'self'
          ? `${NO_ACTIVE_PATHWAY}, so your actions cannot become milestones yet. Make them your manager’s, or leave them out for now.`
          : 'They have no active pathway, so their actions cannot become milestones yet. Make them your to-dos, or leave them out for now.',
      );
    }
    let position = pathway
      ? ((
          await tx.milestone.findFirst({
            where: { pathwayId: pathway.id },
            orderBy: { position: 'desc' },
            select: { position: true },
          })
        )?.position ?? 0)
      : 0;
    for (const action of record.actions) {
      let milestoneId: string | null = null;
      if (action.owner === 'person' && pathway) {
        position += 1;
        const milestone = await tx.milestone.create({
          data: {
            pathwayId: pathway.id,
            position,
            title: action.title,
            kind: 'other',
            dueDate: dateToDb(action.due),
            agreedAt: clock.now,
          },
        });
        milestoneId = milestone.id;
      }
      const created = await tx.conversationAction.create({
        data: {
          conversationId: row.id,
          owner: action.owner,
          title: action.title,
          dueDate: dateToDb(action.due),
          milestoneId,
          createdAt: clock.now,
        },
      });
      if (action.owner === 'manager') todoRows.push({ id: created.id, title: action.title, due: action.due });
    }
    if (!record.nextOn) return null;
    return tx.conversation.create({
      data: {
        personId: access.subjectId,
        managerId: parties.manager.id,
        origin: access.relation === 'self' ? 'person' : 'manager',
        scheduledOn: dateToDb(record.nextOn),
        createdAt: clock.now,
      },
    });
  });
  const agenda = await conversationAgenda(prisma, access, conversationId, clock.today);
  const recordedBy: Party = access.relation === 'self' ? 'person' : 'manager';
  const recorded: RecordedConversation = {
    agenda,
    next: next ? { id: next.id, scheduledOn: dateFromDb(next.scheduledOn) } : null,
    recordedBy,
  };
  const other: Party = recordedBy === 'person' ? 'manager' : 'person';
  const nextAgenda = next ? await agendaOf(prisma, access, next, clock.today) : null;
  await prisma.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: parties.person.workspaceId } });
    const hours = hoursOf(workspace);
    const entries: OutboxEntry[] = [];
    if (parties[other].deactivatedAt === null) {
      entries.push({
        workspaceId: workspace.id,
        dedupeKey: `conversation-notes:${conversationId}`,
        kind: 'conversation-notes',
        recipient: parties[other].slackUserId,
        payload: notices.recorded(recorded, other, languageFor(parties[other])),
        notBefore: clock.now,
      });
    }
    const managerZone = zoneOrFallback(parties.manager.timeZone, timing.defaultTimeZone);
    // One nudge per side, the day after their earliest agreed action falls due; dropped at send time if all are done.
    for (const owner of ['person', 'manager'] as const) {
      const dues = record.actions
        .filter((action) => action.owner === owner)
        .map((action) => action.due)
        .sort();
      const who = parties[owner];
      if (dues.length === 0 || who.deactivatedAt !== null) continue;
      const zone = zoneOrFallback(who.timeZone, timing.defaultTimeZone);
      const otherParty = owner === 'person' ? parties.manager : parties.person;
      entries.push({
        workspaceId: workspace.id,
        dedupeKey: conversationKeyText({ kind: 'overdue', conversationId, slackUserId: who.slackUserId }),
        kind: 'conversation-overdue',
        recipient: who.slackUserId,
        payload: notices.overdue(
          {
            recipient: owner,
            other: otherParty,
            actions: recorded.agenda.actions.filter((action) => action.owner === owner),
          },
          languageFor(who),
        ),
        notBefore: deliveryFor(addDays(dues[0]!, 1), clock.now, zone, hours),
      });
    }
    for (const todo of todoRows) {
      entries.push({
        workspaceId: workspace.id,
        dedupeKey: conversationKeyText({ kind: 'todo', actionId: todo.id, due: todo.due }),
        kind: 'conversation-todo',
        recipient: parties.manager.slackUserId,
        payload: notices.todo(
          { actionId: todo.id, title: todo.title, due: todo.due, report: parties.person },
          languageFor(parties.manager),
        ),
        notBefore: deliveryFor(todo.due, clock.now, managerZone, hours),
      });
    }
    await enqueueMessages(tx, entries);
    if (next && nextAgenda) {
      await queueMessages(tx, next, parties, clock.now, timing, async (recipient, kind) => {
        const language = languageFor(parties[recipient]);
        return kind === 'agenda'
          ? notices.agenda(nextAgenda, recipient, language)
          : notices.reminder(nextAgenda, recipient, language);
      });
    }
  });
  return recorded;
}

/** The manager marks one of their to-dos done (from its reminder or the agenda). */
export async function completeTodo(
  prisma: PrismaClient,
  ctx: PrivacyContext,
  viewer: Pick<Person, 'id' | 'workspaceId' | 'deactivatedAt'>,
  actionId: string,
  now: Date,
): Promise<{ title: string; already: boolean }> {
  const action = await prisma.conversationAction.findUnique({
    where: { id: actionId },
    include: { conversation: { select: { personId: true } } },
  });
  if (action?.owner !== 'manager')
    throw new UserError('That to-do no longer exists. Type `/pathway team` to see your reports.');
  const access = await authorizeCheckInRead(ctx, viewer, action.conversation.personId, 'conversation-todo-done');
  if (access.relation !== 'manager') throw new UserError('This to-do is your manager’s: they mark it done.');
  if (action.doneAt) return { title: action.title, already: true };
  await prisma.conversationAction.update({ where: { id: actionId }, data: { doneAt: now } });
  return { title: action.title, already: false };
}

// ---------------------------------------------------------------------------------------------
// Delivery: the sender's re-check of conversation messages
// ---------------------------------------------------------------------------------------------

export type ConversationDelivery = { action: 'send'; payload?: OutboxPayload } | { action: 'drop'; reason: string };

/**
 * Whether a queued conversation message still makes sense now, and its text
 * rendered from the current data. Messages go only to the person and their
 * CURRENT manager: a former manager's copy is dropped.
 */
export async function conversationDelivery(
  prisma: PrismaClient,
  logger: Logger,
  key: ConversationKey,
  now: Date,
  notices: ConversationNotices,
): Promise<ConversationDelivery> {
  const ctx: PrivacyContext = { prisma, logger };
  switch (key.kind) {
    case 'agenda':
    case 'reminder': {
      const row = await prisma.conversation.findUnique({ where: { id: key.conversationId } });
      if (!row) return { action: 'drop', reason: 'conversation removed' };
      if (row.status !== 'scheduled') return { action: 'drop', reason: `conversation ${row.status}` };
      if (dateFromDb(row.scheduledOn) !== key.scheduledOn)
        return { action: 'drop', reason: 'conversation moved to another date' };
      const recipient = await prisma.person.findFirst({
        where: {
          slackUserId: key.slackUserId,
          OR: [{ id: row.personId }, { reports: { some: { id: row.personId } } }],
        },
      });
      if (!recipient || recipient.deactivatedAt !== null)
        return { action: 'drop', reason: 'no longer the person or their manager' };
      const access =
        recipient.id === row.personId
          ? ownCheckIns(row.personId)
          : await authorizeCheckInRead(ctx, recipient, row.personId, `conversation-${key.kind}-dm`);
      const agenda = await agendaOf(prisma, access, row, now.toISOString().slice(0, 10));
      const party: Party = access.relation === 'self' ? 'person' : 'manager';
      const language = languageFor(recipient);
      return {
        action: 'send',
        payload:
          key.kind === 'agenda' ? notices.agenda(agenda, party, language) : notices.reminder(agenda, party, language),
      };
    }
    case 'todo': {
      const action = await prisma.conversationAction.findUnique({
        where: { id: key.actionId },
        include: { conversation: { select: { personId: true } } },
      });
      if (!action) return { action: 'drop', reason: 'to-do removed' };
      if (action.doneAt) return { action: 'drop', reason: 'to-do done' };
      return { action: 'send' };
    }
    case 'overdue': {
      const row = await prisma.conversation.findUnique({
        where: { id: key.conversationId },
        include: { person: { include: { manager: true } } },
      });
      if (!row) return { action: 'drop', reason: 'conversation removed' };
      const { person } = row;
      const owner: Party | null =
        key.slackUserId === person.slackUserId
          ? 'person'
          : person.manager?.slackUserId === key.slackUserId
            ? 'manager'
            : null;
      if (owner === null || !person.manager) return { action: 'drop', reason: 'no longer the person or their manager' };
      const actions = (
        await prisma.conversationAction.findMany({
          where: { conversationId: row.id, owner },
          orderBy: { createdAt: 'asc' },
          include: actionInclude,
        })
      ).map(actionView);
      const today = now.toISOString().slice(0, 10);
      const late = actions.filter(
        (action) => !action.done && action.due < today && (owner === 'manager' || action.milestonePosition !== null),
      );
      if (late.length === 0) return { action: 'drop', reason: 'agreed actions done or not due yet' };
      const other = owner === 'person' ? person.manager : person;
      const language = languageFor(owner === 'person' ? person : person.manager);
      return {
        action: 'send',
        payload: notices.overdue(
          { recipient: owner, other: { id: other.id, slackUserId: other.slackUserId }, actions: late },
          language,
        ),
      };
    }
    case 'due': {
      const person = await prisma.person.findUnique({ where: { id: key.personId }, include: { manager: true } });
      if (!person || person.deactivatedAt !== null || !person.manager)
        return { action: 'drop', reason: 'no longer a person with a manager' };
      if (key.slackUserId !== person.slackUserId && key.slackUserId !== person.manager.slackUserId)
        return { action: 'drop', reason: 'no longer their manager' };
      const planned = await prisma.conversation.count({
        where: {
          personId: person.id,
          OR: [{ status: 'scheduled' }, { status: 'held', heldAt: { gte: dateToDb(key.dueOn) } }],
        },
      });
      return planned > 0 ? { action: 'drop', reason: 'a conversation is planned or held since' } : { action: 'send' };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Due by cadence
// ---------------------------------------------------------------------------------------------

interface DueRow {
  workspaceId: string;
  personId: string;
  personSlackUserId: string;
  personTimeZone: string | null;
  personLanguage: string | null;
  personLocale: string | null;
  managerId: string;
  managerSlackUserId: string;
  managerTimeZone: string | null;
  managerLanguage: string | null;
  managerLocale: string | null;
  cadenceDays: number;
  workdayStartHour: number;
  workdayEndHour: number;
  workingDays: number[];
  lastHeldAt: Date | null;
  startedAt: Date;
}

/**
 * People with an active pathway and a manager, no conversation planned, and
 * none held within the workspace's cadence (counted from the pathway's start
 * when none was ever held): both sides get one DM inviting them to plan it.
 * Reads only the people whose Person.conversationDueAt has come (indexed, kept
 * current by database triggers), checks each against the facts, queues the
 * invitations (keys carry the due date, so each is sent once) and clears the
 * instant, so a tick's work grows with who is due, not with headcount.
 */
export async function queueDueConversations(
  prisma: PrismaClient,
  now: Date,
  timing: ConversationTiming,
  notices: ConversationNotices,
): Promise<number> {
  const candidates = await prisma.$queryRaw<Array<{ id: string; at: Date }>>(conversationCandidatesSql(now));
  if (candidates.length === 0) return 0;
  const rows = await prisma.$queryRaw<DueRow[]>`
    SELECT p."workspaceId", p.id AS "personId", p."slackUserId" AS "personSlackUserId", p."timeZone" AS "personTimeZone",
           p."language" AS "personLanguage", p."locale" AS "personLocale",
           m.id AS "managerId", m."slackUserId" AS "managerSlackUserId", m."timeZone" AS "managerTimeZone",
           m."language" AS "managerLanguage", m."locale" AS "managerLocale",
           w."conversationCadenceDays" AS "cadenceDays", w."workdayStartHour", w."workdayEndHour", w."workingDays",
           (SELECT max(c."heldAt") FROM "Conversation" c WHERE c."personId" = p.id AND c.status = 'held') AS "lastHeldAt",
           pw."startedAt"
    FROM "Person" p
    JOIN "Person" m ON m.id = p."managerId" AND m."deactivatedAt" IS NULL
    JOIN "Workspace" w ON w.id = p."workspaceId" AND w."uninstalledAt" IS NULL
    JOIN "Pathway" pw ON pw."activeForPersonId" = p.id
    WHERE p.id = ANY(${candidates.map((candidate) => candidate.id)}::text[]) AND p."deactivatedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Conversation" c WHERE c."personId" = p.id AND c.status = 'scheduled')
      AND COALESCE((SELECT max(c."heldAt") FROM "Conversation" c WHERE c."personId" = p.id AND c.status = 'held'), pw."startedAt")
          + make_interval(days => w."conversationCadenceDays") <= ${now.toISOString()}::timestamp`;
  const entries: OutboxEntry[] = [];
  for (const row of rows) {
    const hours = workingHoursOrDefault({
      startHour: row.workdayStartHour,
      endHour: row.workdayEndHour,
      workingDays: row.workingDays,
    });
    const dueOn = dateFromDb(new Date((row.lastHeldAt ?? row.startedAt).getTime() + row.cadenceDays * 86_400_000));
    const person = { id: row.personId, slackUserId: row.personSlackUserId };
    const manager = { id: row.managerId, slackUserId: row.managerSlackUserId };
    for (const recipient of ['person', 'manager'] as const) {
      const who = recipient === 'person' ? person : manager;
      const zone = zoneOrFallback(
        recipient === 'person' ? row.personTimeZone : row.managerTimeZone,
        timing.defaultTimeZone,
      );
      entries.push({
        workspaceId: row.workspaceId,
        dedupeKey: conversationKeyText({ kind: 'due', personId: row.personId, slackUserId: who.slackUserId, dueOn }),
        kind: 'conversation-due',
        recipient: who.slackUserId,
        payload: notices.due(
          {
            person,
            manager,
            recipient,
            lastHeldOn: row.lastHeldAt ? dateFromDb(row.lastHeldAt) : null,
            cadenceDays: row.cadenceDays,
          },
          languageFor(
            recipient === 'person'
              ? { language: row.personLanguage, locale: row.personLocale }
              : { language: row.managerLanguage, locale: row.managerLocale },
          ),
        ),
        notBefore: deliveryFor(localDate(now, zone), now, zone, hours),
      });
    }
  }
  // Rows first (keys already there are skipped): a crash in between leaves the people due, and the next tick adds nothing twice.
  const queued = await enqueueBulk(prisma, entries);
  await clearConversationDue(prisma, candidates);
  return queued;
}

/** The people whose conversation instant has come: one range read of the conversationDueAt index. Exported for EXPLAIN in a test. */
export function conversationCandidatesSql(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT "id", "conversationDueAt" AS "at" FROM "Person" WHERE "conversationDueAt" <= ${now.toISOString()}::timestamp`;
}

/** Clears the instants just handled, unless a change recomputed one meanwhile (then the next tick looks again). */
async function clearConversationDue(
  prisma: PrismaClient,
  handled: ReadonlyArray<{ id: string; at: Date }>,
): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "Person" AS p SET "conversationDueAt" = NULL
    FROM unnest(${handled.map((row) => row.id)}::text[], ${handled.map((row) => row.at.toISOString())}::text[]) AS v("id", "at")
    WHERE p."id" = v."id" AND p."conversationDueAt" = v."at"::timestamp`;
}

/** For the manager digest: which of these reports had no conversation within the cadence (by person id). */
export async function reportsWithoutConversation(
  prisma: Pick<PrismaClient, 'conversation'>,
  reports: ReadonlyArray<{ personId: string; startedAt: Date }>,
  cadenceDays: number,
  now: Date,
): Promise<Set<string>> {
  if (reports.length === 0) return new Set();
  const cutoff = new Date(now.getTime() - cadenceDays * 86_400_000);
  const recent = await prisma.conversation.findMany({
    where: {
      personId: { in: reports.map((r) => r.personId) },
      OR: [{ status: 'scheduled' }, { status: 'held', heldAt: { gt: cutoff } }],
    },
    select: { personId: true },
  });
  const covered = new Set(recent.map((row) => row.personId));
  return new Set(reports.filter((r) => !covered.has(r.personId) && r.startedAt <= cutoff).map((r) => r.personId));
}
