/**
 * The ask form (colleagues and signals), the colleague's answer form, and the thanks form.
 */

import { celebrationMessagesIn } from '../../blocks/celebrations.js';
import {
  FEEDBACK_FIELDS,
  feedbackAnsweredNotice,
  feedbackAnsweredView,
  feedbackAnswerMetadataSchema,
  feedbackAskedView,
  feedbackAskMetadataSchema,
  feedbackNotices,
  readFeedbackAnswerForm,
  readFeedbackAskForm,
} from '../../blocks/feedback.js';
import {
  readThanksForm,
  THANKS_FIELDS,
  thanksMetadataSchema,
  thanksNotice,
  thanksSentView,
} from '../../blocks/thanks.js';
import { english } from '../../i18n/index.js';
import { answerFeedback, askForFeedback, feedbackToAnswer } from '../../services/feedback.js';
import { authorizeFeedbackAnswer } from '../../services/privacy.js';
import { thank } from '../../services/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { notAPerson } from '../flows/feedback.js';
import { refreshHome } from '../flows/home.js';
import { type FormOutcome, formSubmission } from './form-submission.js';

export function feedbackAskSubmission(deps: ListenerDeps) {
  return formSubmission(
    'feedbackAskSubmission',
    deps,
    feedbackAskMetadataSchema,
    async ({ actor, metadata, state, client }): Promise<FormOutcome> => {
      const form = readFeedbackAskForm(state);
      if (form.colleagues.length === 0)
        return { errors: { [FEEDBACK_FIELDS.colleagues]: actor.t.t('feedback.error.pickColleague') } };
      if (form.signalKeys.length === 0)
        return { errors: { [FEEDBACK_FIELDS.signals]: actor.t.t('feedback.error.pickSignal') } };
      const notPerson = await notAPerson(
        client,
        form.colleagues.filter((id) => id !== actor.person.slackUserId),
      );
      if (notPerson) {
        const key = notPerson.why === 'app' ? 'feedback.error.app' : 'feedback.error.deactivated';
        return { errors: { [FEEDBACK_FIELDS.colleagues]: actor.t.t(key, { who: `<@${notPerson.slackUserId}>` }) } };
      }
      const asked = await askForFeedback(
        deps.prisma,
        actor.person,
        {
          pathwayId: metadata.pathwayId,
          colleagueSlackUserIds: form.colleagues,
          signalKeys: form.signalKeys,
          now: actor.now,
        },
        feedbackNotices,
      );
      deps.logger.info({ handler: 'feedbackAskSubmission', asked: asked.asked.length }, 'feedback requested');
      return { view: feedbackAskedView(asked, actor.t) };
    },
  );
}

export function feedbackAnswerSubmission(deps: ListenerDeps) {
  return formSubmission(
    'feedbackAnswerSubmission',
    deps,
    feedbackAnswerMetadataSchema,
    async ({ actor, metadata, state }): Promise<FormOutcome> => {
      const access = await authorizeFeedbackAnswer(
        { prisma: deps.prisma, logger: deps.logger },
        actor.person,
        metadata.requestId,
        'feedback-answer-submit',
      );
      const request = await feedbackToAnswer(deps.prisma, access, actor.now);
      const form = readFeedbackAnswerForm(
        state,
        request.signals.map((signal) => signal.key),
        actor.t,
      );
      if (!form.ok) return { errors: form.errors };
      const saved = await answerFeedback(
        deps.prisma,
        access,
        { answers: form.answers, named: form.named, now: actor.now },
        feedbackAnsweredNotice,
      );
      return {
        view: feedbackAnsweredView(saved.asker.slackUserId, form.named, saved.first, actor.t),
        afterwards: (client) => refreshHome(deps, client, actor.member.workspace.slackTeamId, saved.asker.slackUserId),
      };
    },
  );
}

export function thanksSubmission(deps: ListenerDeps) {
  return formSubmission(
    'thanksSubmission',
    deps,
    thanksMetadataSchema,
    async ({ actor, metadata, state, client }): Promise<FormOutcome> => {
      const form = readThanksForm(state);
      if (!form.to) return { errors: { [THANKS_FIELDS.to]: actor.t.t('thanks.error.pickPerson') } };
      if (!form.reason) return { errors: { [THANKS_FIELDS.reason]: actor.t.t('thanks.error.reason') } };
      const notPerson = await notAPerson(client, [form.to]);
      if (notPerson)
        return {
          errors: {
            [THANKS_FIELDS.to]: actor.t.t(
              notPerson.why === 'app' ? 'thanks.error.formApp' : 'thanks.error.formDeactivated',
            ),
          },
        };
      const recipient = await thank(
        deps.prisma,
        deps.clock,
        actor.person,
        { recipientSlackUserId: form.to, reason: form.reason, link: metadata.link, signalKeys: form.signalKeys },
        {
          notice: thanksNotice,
          celebration: celebrationMessagesIn(english /* channel posts: the workspace's language */),
        },
      );
      return {
        view: thanksSentView(recipient.slackUserId, actor.t),
        afterwards: (client) => refreshHome(deps, client, actor.member.workspace.slackTeamId, recipient.slackUserId),
      };
    },
  );
}
