/**
 * Mentoring forms: the offer (roles, signals, how many at once) and the mentor's
 * accept (how often to meet). Accepting opens a group DM for the two
 * (conversations.open with both users) and queues the introduction there.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import {
  acceptedText,
  acceptMetadataSchema,
  MENTOR_FIELDS,
  mentoringNotices,
  OFFER_ERROR_BLOCKS,
  offerProblemText,
  offerSavedText,
  readCadence,
  readOfferForm,
} from '../../blocks/mentoring.js';
import { noticeView } from '../../blocks/modals.js';
import { mentorCadenceSchema, mentorOfferSchema } from '../../domain/mentoring.js';
import { answerMentorRequest, introduceMentorship, requireMentoringOn, saveOffer } from '../../services/mentoring.js';
import { authorizeMentorship, type MentorshipGrant } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { errorsAt, formSubmission } from './form-submission.js';

type Client = AllMiddlewareArgs['client'];

export function mentorOfferSubmission(deps: ListenerDeps) {
  return formSubmission('mentorOfferSubmission', deps, z.object({}), async ({ actor, state }) => {
    await requireMentoringOn(deps.prisma, actor.person.workspaceId);
    const parsed = mentorOfferSchema.safeParse(readOfferForm(state));
    if (!parsed.success) {
      const problems: Partial<Record<keyof typeof OFFER_ERROR_BLOCKS, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof typeof OFFER_ERROR_BLOCKS;
        problems[field] ??= offerProblemText(issue.message, actor.t);
      }
      return errorsAt(problems, OFFER_ERROR_BLOCKS);
    }
    const offer = await saveOffer(deps.prisma, actor.person, parsed.data);
    return {
      view: noticeView(actor.t.t('mentoring.offer.savedTitle'), offerSavedText(offer, actor.t), actor.t),
      afterwards: (client) => refreshHome(deps, client, actor.member.workspace.slackTeamId, actor.person.slackUserId),
    };
  });
}

/** The group DM for the two, and the introduction in it (to each side's DM when Slack would not open one). */
async function introduce(deps: ListenerDeps, client: Client, grant: MentorshipGrant, users: string[]): Promise<void> {
  let channelId: string | null = null;
  try {
    const opened = await client.conversations.open({ users: users.join(',') });
    channelId = opened.channel?.id ?? null;
  } catch (error) {
    deps.logger.warn(
      { err: error, mentorshipId: grant.mentorshipId },
      'could not open the group DM; the introduction goes to each side instead',
    );
  }
  await introduceMentorship(deps.prisma, grant, channelId, deps.clock.now(), mentoringNotices);
}

export function mentorAcceptSubmission(deps: ListenerDeps) {
  return formSubmission('mentorAcceptSubmission', deps, acceptMetadataSchema, async ({ actor, metadata, state }) => {
    const cadence = mentorCadenceSchema.safeParse(readCadence(state));
    if (!cadence.success) return { errors: { [MENTOR_FIELDS.cadence]: actor.t.t('mentoring.accept.pickCadence') } };
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      actor.person,
      metadata.mentorshipId,
      'mentor-accept-submit',
    );
    const view = await answerMentorRequest(
      deps.prisma,
      grant,
      { accept: true, cadenceWeeks: cadence.data },
      { now: actor.now, today: actor.today },
      mentoringNotices,
    );
    const teamId = actor.member.workspace.slackTeamId;
    return {
      view: noticeView(actor.t.t('mentoring.accepted.title'), acceptedText(view, actor.t), actor.t),
      afterwards: async (client) => {
        if (view.other) await introduce(deps, client, grant, [view.other, actor.person.slackUserId]);
        await refreshHome(deps, client, teamId, actor.person.slackUserId);
        if (view.other) await refreshHome(deps, client, teamId, view.other);
      },
    };
  });
}
