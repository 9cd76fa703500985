/**
 * The competency modal's submission: every competency rated (errors beside the
 * field), one row stored per competency, the modal replaced by a confirmation
 * with the updated readiness, and the Home tab republished.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import {
  COMPETENCY_NOTE_ACTION,
  COMPETENCY_RATING_ACTION,
  competenciesMetadataSchema,
  competenciesSavedView,
  competencyNoteBlockId,
  competencyRatingBlockId,
  pickARating,
} from '../../blocks/competencies.js';
import { metadataSchema, selectedRating, textValue, viewStateSchema } from '../../blocks/state.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { readinessOf } from '../../services/checkins.js';
import { type CompetencyEntry, competencyFormFor, recordCompetencyAssessment } from '../../services/competencies.js';
import { activeManagerSlackUserId, ensureMember } from '../../services/people.js';
import { ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { publishHome } from '../flows/home.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function competenciesSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const context = { handler: 'competenciesSubmit', teamId: body.team?.id, userId: body.user.id };
    try {
      const { pathwayId } = parseSubmitted(metadataSchema(competenciesMetadataSchema), view.private_metadata);
      const values = parseSubmitted(viewStateSchema, view.state.values);
      const member = await ensureMember(deps.prisma, {
        teamId: body.team?.id ?? body.user.team_id ?? '',
        userId: body.user.id,
      });
      const person = member.person;
      const t = translator(languageFor(person));
      const form = await competencyFormFor(deps.prisma, person.id);
      const errors: Record<string, string> = {};
      const entries: CompetencyEntry[] = [];
      for (const item of form.competencies) {
        const rating = selectedRating(values, competencyRatingBlockId(item.key), COMPETENCY_RATING_ACTION);
        if (rating === undefined) errors[competencyRatingBlockId(item.key)] = pickARating(t);
        else
          entries.push({
            competencyKey: item.key,
            rating,
            note: textValue(values, competencyNoteBlockId(item.key), COMPETENCY_NOTE_ACTION),
          });
      }
      if (Object.keys(errors).length > 0) {
        await ack({ response_action: 'errors', errors });
        return;
      }
      await recordCompetencyAssessment(deps.prisma, person.id, { pathwayId, entries, now: deps.clock.now() });
      const readiness = await readinessOf(deps.prisma, ownCheckIns(person.id));
      const manager = await activeManagerSlackUserId(deps.prisma, person);
      await ack({
        response_action: 'update',
        view: competenciesSavedView(readiness, manager, entries.length, t),
      });
      deps.logger.info({ ...context, count: entries.length }, 'competencies assessed');
      await publishHome(deps, client, member.workspace.slackTeamId, person.slackUserId).catch((error: unknown) =>
        deps.logger.error({ ...context, err: error }, 'could not republish the Home tab after a competency assessment'),
      );
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks)));
    }
  };
}
