/**
 * The manager's forms on a report's pathway (suggest a milestone, comment on
 * one), checked again on submit against the CURRENT manager link, and the
 * report's "edit, then accept" form for a suggestion.
 */

import { readEditForm } from '../../blocks/milestones.js';
import { noticeView } from '../../blocks/modals.js';
import {
  commentNotice,
  MAX_SUGGESTION_NOTE_LENGTH,
  readCommentForm,
  readSuggestForm,
  reportFormMetadataSchema,
  SUGGESTION_FIELDS,
  suggestionAnsweredText,
  suggestionEditMetadataSchema,
  suggestionNotices,
} from '../../blocks/suggestions.js';
import { mention, mrkdwn, userText } from '../../blocks/text.js';
import { MAX_COMMENT_LENGTH } from '../../domain/evidence.js';
import { languageFor } from '../../domain/language.js';
import { validateEdit } from '../../domain/pathways/milestones.js';
import { translator } from '../../i18n/index.js';
import { commentOnMilestone } from '../../services/evidence.js';
import {
  authorizeCheckInRead,
  type ManagerGrant,
  OWN_PATHWAY_MESSAGE,
  requireManager,
} from '../../services/privacy.js';
import { answerSuggestion, suggestMilestone } from '../../services/suggestions.js';
import type { Actor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { answerAt } from '../reply.js';
import { errorsAt, formSubmission } from './form-submission.js';

async function managerGrant(
  deps: ListenerDeps,
  actor: Actor,
  subjectId: string,
  readPath: string,
): Promise<ManagerGrant> {
  const ctx = { prisma: deps.prisma, logger: deps.logger };
  return requireManager(
    ctx,
    await authorizeCheckInRead(ctx, actor.person, subjectId, readPath),
    readPath,
    OWN_PATHWAY_MESSAGE,
  );
}

const { title, kind, due } = SUGGESTION_FIELDS;

export function suggestionSubmission(deps: ListenerDeps) {
  return formSubmission('suggestionSubmission', deps, reportFormMetadataSchema, async ({ actor, metadata, state }) => {
    const access = await managerGrant(deps, actor, metadata.subjectId, 'suggestion-submit');
    const form = readSuggestForm(state);
    const edit = validateEdit(form, actor.today, '');
    const noteTooLong = (form.note?.length ?? 0) > MAX_SUGGESTION_NOTE_LENGTH;
    if (!edit.ok || noteTooLong) {
      const errors = edit.ok ? { errors: {} } : errorsAt(edit.problems, { title, kind, due, link: title });
      if (noteTooLong)
        errors.errors[SUGGESTION_FIELDS.note] = actor.t.t('suggestions.error.noteTooLong', {
          max: MAX_SUGGESTION_NOTE_LENGTH,
        });
      return errors;
    }
    const { suggestion, report } = await suggestMilestone(
      deps.prisma,
      access,
      {
        title: edit.value.title,
        kind: edit.value.kind,
        due: edit.value.due,
        signalKeys: form.signalKeys,
        note: form.note ?? null,
        pathwayId: metadata.pathwayId,
        now: actor.now,
      },
      suggestionNotices,
    );
    deps.logger.info({ handler: 'suggestionSubmission', suggestionId: suggestion.id }, 'milestone suggested');
    const { t } = actor;
    return {
      view: noticeView(
        t.t('suggestions.sent.title'),
        t.t('suggestions.sent.body', { who: mention(report.slackUserId), title: userText(suggestion.title) }),
        t,
      ),
    };
  });
}

export function commentSubmission(deps: ListenerDeps) {
  return formSubmission('commentSubmission', deps, reportFormMetadataSchema, async ({ actor, metadata, state }) => {
    const access = await managerGrant(deps, actor, metadata.subjectId, 'milestone-comment-submit');
    const form = readCommentForm(state);
    const { t } = actor;
    const errors: Record<string, string> = {};
    if (!form.milestoneId) errors[SUGGESTION_FIELDS.milestone] = t.t('suggestions.error.pickMilestone');
    if (!form.text) errors[SUGGESTION_FIELDS.comment] = t.t('suggestions.error.writeComment');
    else if (form.text.length > MAX_COMMENT_LENGTH)
      errors[SUGGESTION_FIELDS.comment] = t.t('suggestions.error.commentTooLong', { max: MAX_COMMENT_LENGTH });
    if (Object.keys(errors).length > 0 || !form.milestoneId || !form.text) return { errors };
    const { milestone, report } = await commentOnMilestone(
      deps.prisma,
      access,
      { milestoneId: form.milestoneId, text: form.text, now: actor.now },
      (details, recipient) => commentNotice(details, translator(languageFor(recipient))),
    );
    return {
      view: noticeView(
        t.t('suggestions.commentSent.title'),
        t.t('suggestions.commentSent.body', { who: mention(report.slackUserId), position: milestone.position }),
        t,
      ),
      afterwards: (client) => refreshHome(deps, client, actor.member.workspace.slackTeamId, report.slackUserId),
    };
  });
}

export function suggestionEditSubmission(deps: ListenerDeps) {
  return formSubmission(
    'suggestionEditSubmission',
    deps,
    suggestionEditMetadataSchema,
    async ({ actor, metadata, state }) => {
      const edit = validateEdit(readEditForm(state), actor.today, '');
      if (!edit.ok) {
        const { link } = SUGGESTION_FIELDS;
        return errorsAt(edit.problems, { title, kind, due, link });
      }
      const answer = await answerSuggestion(
        deps.prisma,
        actor.person.id,
        metadata.suggestionId,
        { accept: true, edit: edit.value },
        { now: actor.now, today: actor.today },
        suggestionNotices,
      );
      const text = suggestionAnsweredText(answer.outcome, answer.suggestion, answer.milestone, actor.t);
      return {
        close: true,
        afterwards: async (client) => {
          await refreshHome(deps, client, actor.member.workspace.slackTeamId, actor.person.slackUserId);
          if (metadata.responseUrl)
            await answerAt(
              deps,
              metadata.responseUrl,
              { text, blocks: [{ type: 'section', text: mrkdwn(text) }] },
              true,
            );
        },
      };
    },
  );
}
