/**
 * Development conversation buttons. "Plan a conversation" (value: the person's
 * id; in the team view, Home and the DM when one is due), and on an agenda
 * (value: the conversation id) "Add to the agenda", "Record notes" and "Change
 * the date"; "Done" on a manager's to-do (value: the agreed action id). Each
 * checks the privacy rule again: the person and their CURRENT manager only.
 */
import { z } from 'zod';
import { addItemModal, agendaBlocks, agendaText, recordModal } from '../../blocks/conversations.js';
import { mrkdwn, userText } from '../../blocks/text.js';
import { DEFAULT_CONVERSATION_CADENCE_DAYS } from '../../domain/conversations.js';
import { languageFor } from '../../domain/language.js';
import { addDays } from '../../domain/schedule/local-time.js';
import type { Person } from '../../generated/prisma/client.js';
import { type Translator, translator } from '../../i18n/index.js';
import { completeTodo, conversationAgenda, upcomingConversation } from '../../services/conversations.js';
import type { ListenerDeps } from '../deps.js';
import { accessToConversation, conversationAccess, partyOf, planFormFor } from '../flows/conversations.js';
import { type ButtonArgs, idButton } from './button.js';

const messageSource = z.object({ response_url: z.url().optional() });

function responseUrlOf(args: ButtonArgs): { responseUrl?: string } {
  const { response_url: responseUrl } = messageSource.parse(args.body);
  return responseUrl ? { responseUrl } : {};
}

/** The clicker's language. */
function readerOf(person: Person): Translator {
  return translator(languageFor(person));
}

export function conversationStart(deps: ListenerDeps) {
  return idButton('conversationStart', deps, async (context) => {
    const access = await conversationAccess(deps, context.member.person, context.value, 'conversation-start');
    // In a message (the team list, a "due" DM) a conversation already planned answers with its agenda; elsewhere the form moves it.
    const upcoming =
      context.source.kind === 'message' ? await upcomingConversation(deps.prisma, access, context.today) : null;
    const t = readerOf(context.member.person);
    if (upcoming)
      await context.reply({
        text: agendaText('next', t),
        blocks: agendaBlocks(upcoming, partyOf(access), context.today, t),
      });
    else await context.openModal(await planFormFor(deps, access, context.today, t));
  });
}

export function conversationReschedule(deps: ListenerDeps) {
  return idButton('conversationReschedule', deps, async (context) => {
    const access = await accessToConversation(deps, context.member.person, context.value, 'conversation-reschedule');
    await context.openModal(await planFormFor(deps, access, context.today, readerOf(context.member.person)));
  });
}

export function conversationAddItem(deps: ListenerDeps) {
  return idButton('conversationAddItem', deps, async (context, args) => {
    const access = await accessToConversation(deps, context.member.person, context.value, 'conversation-agenda-add');
    const agenda = await conversationAgenda(deps.prisma, access, context.value, context.today);
    await context.openModal(
      addItemModal(
        agenda,
        partyOf(access),
        { conversationId: agenda.id, ...responseUrlOf(args) },
        readerOf(context.member.person),
      ),
    );
  });
}

export function conversationRecord(deps: ListenerDeps) {
  return idButton('conversationRecord', deps, async (context, args) => {
    const access = await accessToConversation(deps, context.member.person, context.value, 'conversation-record');
    const agenda = await conversationAgenda(deps.prisma, access, context.value, context.today);
    const cadence =
      context.member.workspace.conversationCadenceDays > 0
        ? context.member.workspace.conversationCadenceDays
        : DEFAULT_CONVERSATION_CADENCE_DAYS;
    await context.openModal(
      recordModal(
        agenda,
        partyOf(access),
        addDays(context.today, cadence),
        { conversationId: agenda.id, ...responseUrlOf(args) },
        readerOf(context.member.person),
      ),
    );
  });
}

export function conversationTodoDone(deps: ListenerDeps) {
  return idButton('conversationTodoDone', deps, async (context, args) => {
    const done = await completeTodo(
      deps.prisma,
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value,
      context.now,
    );
    const text = readerOf(context.member.person).t(
      done.already ? 'conversation.todo.already' : 'conversation.todo.done',
      { title: userText(done.title) },
    );
    const blocks = [{ type: 'section' as const, text: mrkdwn(text) }];
    if (context.source.kind === 'message')
      await args.respond({ response_type: 'ephemeral', replace_original: true, text, blocks });
    else await context.reply({ text, blocks });
  });
}
