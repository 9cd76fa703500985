/**
 * Development conversations, shared by `/pathway conversation [@report]`, the
 * buttons (team view, agenda, DMs, Home) and the forms: who the conversation is
 * about and whether the viewer may see it (the person and their CURRENT
 * manager only, through the privacy rule), and what `/pathway conversation` answers.
 */
import type { ModalView } from '@slack/types';
import { agendaBlocks, agendaText, nothingPlannedBlocks, planModal } from '../../blocks/conversations.js';
import { DEFAULT_CONVERSATION_LEAD_DAYS } from '../../domain/conversations.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { addDays } from '../../domain/schedule/local-time.js';
import type { Person } from '../../generated/prisma/client.js';
import { english, type Translator, translator } from '../../i18n/index.js';
import {
  conversationSubject,
  heldConversations,
  type Party,
  upcomingConversation,
} from '../../services/conversations.js';
import { findPersonBySlackId, personById } from '../../services/people.js';
import { authorizeCheckInRead, type CheckInGrant, ownCheckIns, requireManager } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

/** In English, for tests; the person reads it in their language. */
export const START_FOR_OTHERS_MESSAGE = english.t('conversation.error.onlyManager');

export function partyOf(access: CheckInGrant): Party {
  return access.relation === 'self' ? 'person' : 'manager';
}

/** The viewer's grant on `subjectId`'s conversations: themselves, or their current manager. */
export async function conversationAccess(
  deps: ListenerDeps,
  viewer: Person,
  subjectId: string,
  readPath: string,
): Promise<CheckInGrant> {
  if (subjectId === viewer.id) return ownCheckIns(viewer.id);
  return authorizeCheckInRead({ prisma: deps.prisma, logger: deps.logger }, viewer, subjectId, readPath);
}

/** The viewer's grant on the person a conversation is about. */
export async function accessToConversation(
  deps: ListenerDeps,
  viewer: Person,
  conversationId: string,
  readPath: string,
): Promise<CheckInGrant> {
  const subjectId = await conversationSubject(deps.prisma, conversationId);
  if (subjectId === null) throw new UserError(translator(languageFor(viewer)).t('conversation.error.notFound'));
  return conversationAccess(deps, viewer, subjectId, readPath);
}

/** A conversation takes a manager: the person's own needs one linked. */
export async function requireLinkedManager(
  deps: ListenerDeps,
  subjectId: string,
  t: Translator,
): Promise<{ id: string; slackUserId: string }> {
  const subject = await personById(deps.prisma, subjectId);
  if (subject.managerId === null) throw new UserError(t.t('conversation.error.noManager'));
  return subject;
}

/** The plan form for `subjectId`: a new conversation, or moving the one planned. */
export async function planFormFor(
  deps: ListenerDeps,
  access: CheckInGrant,
  today: string,
  t: Translator,
): Promise<ModalView> {
  const subject = await requireLinkedManager(deps, access.subjectId, t);
  const upcoming = await upcomingConversation(deps.prisma, access, today);
  const initial = upcoming?.scheduledOn ?? addDays(today, DEFAULT_CONVERSATION_LEAD_DAYS);
  return planModal(subject, partyOf(access), initial < today ? today : initial, upcoming?.scheduledOn, t);
}

/**
 * `/pathway conversation [@report]`: the agenda of the conversation planned,
 * or (nothing planned) the form to plan one.
 */
export async function conversationCommand(
  deps: ListenerDeps,
  viewer: Person,
  reportSlackUserId: string | undefined,
  today: string,
  openModal: (view: ModalView) => Promise<unknown>,
): Promise<Reply | undefined> {
  const t = translator(languageFor(viewer));
  let access: CheckInGrant = ownCheckIns(viewer.id);
  if (reportSlackUserId !== undefined && reportSlackUserId !== viewer.slackUserId) {
    const report = await findPersonBySlackId(deps.prisma, viewer.workspaceId, reportSlackUserId);
    if (!report) throw new UserError(t.t('conversation.error.notLinked', { who: `<@${reportSlackUserId}>` }));
    const ctx = { prisma: deps.prisma, logger: deps.logger };
    access = requireManager(
      ctx,
      await authorizeCheckInRead(ctx, viewer, report.id, 'conversation-command'),
      'conversation-command',
      t.t('conversation.error.onlyManager'),
    );
  }
  const subject = await requireLinkedManager(deps, access.subjectId, t);
  const upcoming = await upcomingConversation(deps.prisma, access, today);
  if (upcoming) return { text: agendaText('next', t), blocks: agendaBlocks(upcoming, partyOf(access), today, t) };
  const held = await heldConversations(deps.prisma, access, today, 3);
  if (held.length > 0)
    return { text: agendaText('none', t), blocks: nothingPlannedBlocks(subject, partyOf(access), held, t) };
  await openModal(await planFormFor(deps, access, today, t));
  return undefined;
}
