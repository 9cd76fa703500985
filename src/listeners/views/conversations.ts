/**
 * Development conversation forms: plan (or move) one, add an agenda item, and
 * the notes after it (notes, agreed actions, the next date). Each checks the
 * privacy rule again on submit, against the CURRENT manager link.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import {
  agendaBlocks,
  agendaText,
  CONVERSATION_FIELDS,
  conversationMetadataSchema,
  conversationNotices,
  conversationProblemText,
  planMetadataSchema,
  plannedText,
  plannedTitle,
  readItemForm,
  readPlanForm,
  readRecordForm,
  recordErrors,
  recordedText,
  recordedTitle,
} from '../../blocks/conversations.js';
import { noticeView } from '../../blocks/modals.js';
import { conversationDateProblem, validateRecord } from '../../domain/conversations.js';
import {
  addAgendaItem,
  type ConversationAgenda,
  planConversation,
  recordConversation,
} from '../../services/conversations.js';
import type { ListenerDeps } from '../deps.js';
import { accessToConversation, conversationAccess, partyOf } from '../flows/conversations.js';
import { refreshHome } from '../flows/home.js';
import { answerAt } from '../reply.js';
import { formSubmission } from './form-submission.js';

type Client = AllMiddlewareArgs['client'];

/** Both sides' Home shows the conversation as it is now. */
async function refreshBoth(
  deps: ListenerDeps,
  client: Client,
  teamId: string,
  agenda: ConversationAgenda,
): Promise<void> {
  await refreshHome(deps, client, teamId, agenda.person.slackUserId);
  if (agenda.manager) await refreshHome(deps, client, teamId, agenda.manager.slackUserId);
}

export function conversationPlanSubmission(deps: ListenerDeps) {
  return formSubmission('conversationPlanSubmission', deps, planMetadataSchema, async ({ actor, metadata, state }) => {
    const access = await conversationAccess(deps, actor.person, metadata.subjectId, 'conversation-plan-submit');
    const form = readPlanForm(state);
    const problem = conversationDateProblem(form.date, actor.today);
    if (problem || form.date === undefined)
      return {
        errors: {
          [CONVERSATION_FIELDS.date]:
            problem === undefined
              ? actor.t.t('conversation.error.pickDate')
              : conversationProblemText(problem, actor.t),
        },
      };
    const { agenda, moved } = await planConversation(
      deps.prisma,
      access,
      {
        scheduledOn: form.date,
        origin: access.relation === 'self' ? 'person' : 'manager',
        item: form.item,
        now: actor.now,
        today: actor.today,
      },
      { defaultTimeZone: deps.config.defaultTimeZone },
      conversationNotices,
    );
    deps.logger.info(
      { handler: 'conversationPlanSubmission', conversationId: agenda.id, moved },
      'conversation planned',
    );
    return {
      view: noticeView(plannedTitle(moved, actor.t), plannedText(agenda, partyOf(access), moved, actor.t), actor.t),
      afterwards: (client) => refreshBoth(deps, client, actor.member.workspace.slackTeamId, agenda),
    };
  });
}

export function conversationItemSubmission(deps: ListenerDeps) {
  return formSubmission(
    'conversationItemSubmission',
    deps,
    conversationMetadataSchema,
    async ({ actor, metadata, state }) => {
      const access = await accessToConversation(
        deps,
        actor.person,
        metadata.conversationId,
        'conversation-agenda-submit',
      );
      const text = readItemForm(state);
      if (!text) return { errors: { [CONVERSATION_FIELDS.item]: actor.t.t('conversation.error.writeItem') } };
      // A full agenda or a held conversation is a UserError: formSubmission shows it beside the item, the form's one field.
      const agenda = await addAgendaItem(deps.prisma, access, metadata.conversationId, text, {
        now: actor.now,
        today: actor.today,
      });
      return {
        close: true,
        afterwards: async (client) => {
          if (metadata.responseUrl)
            await answerAt(deps, metadata.responseUrl, {
              text: agendaText('withItem', actor.t),
              blocks: agendaBlocks(agenda, partyOf(access), actor.today, actor.t),
            });
          await refreshBoth(deps, client, actor.member.workspace.slackTeamId, agenda);
        },
      };
    },
  );
}

export function conversationRecordSubmission(deps: ListenerDeps) {
  return formSubmission(
    'conversationRecordSubmission',
    deps,
    conversationMetadataSchema,
    async ({ actor, metadata, state }) => {
      const access = await accessToConversation(
        deps,
        actor.person,
        metadata.conversationId,
        'conversation-record-submit',
      );
      const checked = validateRecord(readRecordForm(state), actor.today);
      if (!checked.ok) return { errors: recordErrors(checked.problems, actor.t) };
      const recorded = await recordConversation(
        deps.prisma,
        access,
        metadata.conversationId,
        checked.value,
        { now: actor.now, today: actor.today },
        { defaultTimeZone: deps.config.defaultTimeZone },
        conversationNotices,
      );
      deps.logger.info(
        {
          handler: 'conversationRecordSubmission',
          conversationId: metadata.conversationId,
          actions: checked.value.actions.length,
        },
        'conversation recorded',
      );
      return {
        view: noticeView(recordedTitle(actor.t), recordedText(recorded, partyOf(access), actor.t), actor.t),
        afterwards: (client) => refreshBoth(deps, client, actor.member.workspace.slackTeamId, recorded.agenda),
      };
    },
  );
}
