/**
 * The calibration modal's submission: the manager's rating beside each self
 * rating and an optional comment. Access is checked again on submit (the link may
 * have changed while the modal was open); the person gets a DM and an updated Home.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import {
  COMMENT_ACTION,
  COMMENT_BLOCK,
  calibrationMetadataSchema,
  calibrationNoticeMessage,
  calibrationSavedView,
  managerRatingBlockId,
  RATING_ACTION,
} from '../../blocks/checkin.js';
import { pickARating } from '../../blocks/competencies.js';
import { metadataSchema, selectedRating, textValue, viewStateSchema } from '../../blocks/state.js';
import { languageFor } from '../../domain/language.js';
import { MAX_MANAGER_COMMENT_LENGTH, type Rating } from '../../domain/readiness.js';
import { translator } from '../../i18n/index.js';
import { calibrateCheckIn, checkInDetail } from '../../services/checkins.js';
import { ensureMember } from '../../services/people.js';
import { authorizeCheckIn, requireManager } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { publishHome } from '../flows/home.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function calibrationSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const context = { handler: 'calibrationSubmit', teamId, userId: body.user.id };
    try {
      const { checkInId } = parseSubmitted(metadataSchema(calibrationMetadataSchema), view.private_metadata);
      const values = parseSubmitted(viewStateSchema, view.state.values);
      const manager = (await ensureMember(deps.prisma, { teamId, userId: body.user.id })).person;
      const t = translator(languageFor(manager));
      const ctx = { prisma: deps.prisma, logger: deps.logger };
      const access = requireManager(
        ctx,
        await authorizeCheckIn(ctx, manager, checkInId, 'calibration-submit'),
        'calibration-submit',
      );
      const current = await checkInDetail(deps.prisma, access);
      const errors: Record<string, string> = {};
      const ratings: Array<{ signalKey: string; rating: Rating }> = [];
      for (const { signalKey } of current.ratings) {
        const rating = selectedRating(values, managerRatingBlockId(signalKey), RATING_ACTION);
        if (rating === undefined) errors[managerRatingBlockId(signalKey)] = pickARating(t);
        else ratings.push({ signalKey, rating });
      }
      const comment = textValue(values, COMMENT_BLOCK, COMMENT_ACTION)?.trim() ?? '';
      if (comment.length > MAX_MANAGER_COMMENT_LENGTH)
        errors[COMMENT_BLOCK] = t.t('suggestions.error.commentTooLong', { max: MAX_MANAGER_COMMENT_LENGTH });
      if (Object.keys(errors).length > 0) {
        await ack({ response_action: 'errors', errors });
        return;
      }
      const detail = await calibrateCheckIn(
        deps.prisma,
        access,
        { ratings, comment: comment === '' ? null : comment, now: deps.clock.now() },
        (saved) => calibrationNoticeMessage(saved, manager.slackUserId),
      );
      await ack({ response_action: 'update', view: calibrationSavedView(detail, t) });
      deps.logger.info({ ...context, checkInId }, 'check-in calibrated');
      await publishHome(deps, client, teamId, detail.person.slackUserId).catch((error: unknown) =>
        deps.logger.error({ ...context, err: error }, 'could not republish the Home tab after a calibration'),
      );
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks)));
    }
  };
}
