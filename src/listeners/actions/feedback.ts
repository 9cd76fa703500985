/**
 * "Ask colleagues for feedback" (check-in, readiness case, Home) opens the ask form; "Answer" in a
 * colleague's DM opens their answer form, for that colleague only (privacy.authorizeFeedbackAnswer).
 */
import { z } from 'zod';
import { feedbackAnswerModal } from '../../blocks/feedback.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { feedbackToAnswer } from '../../services/feedback.js';
import { authorizeFeedbackAnswer } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { feedbackAskView } from '../flows/feedback.js';
import { idButton, valueButton } from './button.js';

export function feedbackAskOpen(deps: ListenerDeps) {
  return valueButton('feedbackAskOpen', deps, z.literal('ask'), async ({ member, openModal }) => {
    await openModal(await feedbackAskView(deps, member.person, { slackUserIds: [], signalNumbers: [] }));
  });
}

export function feedbackAnswerOpen(deps: ListenerDeps) {
  return idButton('feedbackAnswerOpen', deps, async ({ member, value: requestId, now, openModal }) => {
    const access = await authorizeFeedbackAnswer(
      { prisma: deps.prisma, logger: deps.logger },
      member.person,
      requestId,
      'feedback-answer',
    );
    const request = await feedbackToAnswer(deps.prisma, access, now);
    const t = translator(languageFor(member.person));
    if (request.state === 'closed') throw new UserError(t.t('feedback.closed'));
    await openModal(feedbackAnswerModal(request, t));
  });
}
