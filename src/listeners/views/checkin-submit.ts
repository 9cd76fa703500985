/**
 * The check-in modal's submission: every signal rated, an example for each
 * rating above "not yet" (a new one, or the last one kept with its checkbox;
 * errors shown beside the field), then the check-in is
 * stored, the manager's summary queued, the modal replaced by the updated
 * readiness and the Home tab republished.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { celebrationMessagesIn } from '../../blocks/celebrations.js';
import {
  checkInMetadataSchema,
  checkInSavedView,
  checkInSummaryMessage,
  EXAMPLE_ACTION,
  exampleBlockId,
  KEEP_EXAMPLE_ACTION,
  KEEP_EXAMPLE_VALUE,
  keepExampleBlockId,
  RATING_ACTION,
  ratingBlockId,
} from '../../blocks/checkin.js';
import { competenciesStepBlocks } from '../../blocks/competencies.js';
import {
  isChecked,
  metadataSchema,
  selectedRating,
  textValue,
  type ViewState,
  viewStateSchema,
} from '../../blocks/state.js';
import { todayIn } from '../../domain/dates.js';
import { languageFor } from '../../domain/language.js';
import { checkRatings, type RatingEntry } from '../../domain/readiness.js';
import { english, translator } from '../../i18n/index.js';
import { celebrateCheckInStreak } from '../../services/celebrations.js';
import { checkInFormFor, type LastAnswer, lastAnswers, readinessOf, recordCheckIn } from '../../services/checkins.js';
import { ensureMember } from '../../services/people.js';
import { ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { publishHome } from '../flows/home.js';
import { firstInputBlockId, parseSubmitted, submissionFailure } from './submission.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A new example wins; without one, a ticked "keep" brings the last example along. */
function entriesFrom(
  values: ViewState,
  signalKeys: readonly string[],
  last: ReadonlyMap<string, LastAnswer>,
): RatingEntry[] {
  return signalKeys.map((signalKey) => {
    const typed = textValue(values, exampleBlockId(signalKey), EXAMPLE_ACTION)?.trim() || undefined;
    const kept = isChecked(values, keepExampleBlockId(signalKey), KEEP_EXAMPLE_ACTION, KEEP_EXAMPLE_VALUE)
      ? (last.get(signalKey)?.example ?? undefined)
      : undefined;
    return {
      signalKey,
      rating: selectedRating(values, ratingBlockId(signalKey), RATING_ACTION),
      example: typed ?? kept,
    };
  });
}

export function checkInSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const context = { handler: 'checkInSubmit', teamId: body.team?.id, userId: body.user.id };
    try {
      const { pathwayId } = parseSubmitted(metadataSchema(checkInMetadataSchema), view.private_metadata);
      const values = parseSubmitted(viewStateSchema, view.state.values);
      const member = await ensureMember(deps.prisma, {
        teamId: body.team?.id ?? body.user.team_id ?? '',
        userId: body.user.id,
      });
      const person = member.person;
      const t = translator(languageFor(person));
      const form = await checkInFormFor(deps.prisma, person.id);
      const signalKeys = form.signals.map((signal) => signal.key);
      const last = await lastAnswers(deps.prisma, ownCheckIns(person.id), form.goal.key);
      const checked = checkRatings(signalKeys, entriesFrom(values, signalKeys, last));
      if (!checked.ok) {
        const errors = Object.fromEntries(
          checked.problems.map((problem) => [
            problem.field === 'rating' ? ratingBlockId(problem.signalKey) : exampleBlockId(problem.signalKey),
            problem.message,
          ]),
        );
        await ack({ response_action: 'errors', errors });
        return;
      }
      const now = deps.clock.now();
      const today = todayIn(person.timeZone ?? deps.config.defaultTimeZone, now);
      const recorded = await recordCheckIn(
        deps.prisma,
        person,
        { pathwayId, ratings: checked.ratings, now, today },
        checkInSummaryMessage,
      );
      const readiness = await readinessOf(deps.prisma, ownCheckIns(person.id), languageFor(person));
      await ack({
        response_action: 'update',
        view: checkInSavedView(
          readiness,
          recorded.managerSlackUserId,
          competenciesStepBlocks(readiness, pathwayId, t),
          t,
        ),
      });
      deps.logger.info({ ...context, checkInId: recorded.checkInId }, 'check-in recorded');
      await publishHome(deps, client, member.workspace.slackTeamId, person.slackUserId).catch((error: unknown) =>
        deps.logger.error({ ...context, err: error }, 'could not republish the Home tab after a check-in'),
      );
      // A round streak of check-ins on cadence may be celebrated (with consent); only the count is shared.
      await celebrateCheckInStreak(
        deps.prisma,
        deps.clock,
        person.id,
        celebrationMessagesIn(english /* channel posts: the workspace's language */),
      ).catch((error: unknown) =>
        deps.logger.warn({ ...context, err: error }, 'could not offer the check-in streak celebration'),
      );
    } catch (error) {
      await ack(submissionFailure(deps, context, error, firstInputBlockId(view.blocks)));
    }
  };
}
