/**
 * Mentoring buttons: the offer (open the form, pause, resume, withdraw; they act
 * on the clicker's own offer), "Ask" on a suggestion (value: the mentor's person
 * id), the mentor's Accept / Decline, "End" and the asker's "Cancel request" (value: the mentorship id), and
 * "did you meet?" (value: mentorship, date, answer). Each mentorship button
 * checks the privacy rule again: the mentee and the mentor only.
 */
import { z } from 'zod';
import {
  acceptModal,
  declinedText,
  endedText,
  mentoringNotices,
  metAnswerText,
  OWN_OFFER_VALUE,
  requestWithdrawnText,
} from '../../blocks/mentoring.js';
import { mrkdwn } from '../../blocks/text.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { mentorMetValue } from '../../domain/mentoring.js';
import { type Translator, translator } from '../../i18n/index.js';
import {
  answerMentorRequest,
  answerMet,
  askMentor,
  endMentorship,
  type MentorshipView,
  mentorshipView,
  requireMentoringOn,
  withdrawMentorRequest,
} from '../../services/mentoring.js';
import { authorizeMentorship } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { changeOffer, offerForm } from '../flows/mentoring.js';
import type { Reply } from '../safely.js';
import { type ButtonArgs, type ButtonContext, idButton, valueButton } from './button.js';

const ownOffer = z.literal(OWN_OFFER_VALUE);

/** The clicker's language. */
function readerOf(context: ButtonContext<unknown>): Translator {
  return translator(languageFor(context.member.person));
}

function replyOf(text: string): Reply {
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** In a DM the answered message is replaced (its buttons are spent); elsewhere the answer is a reply. */
async function answerInPlace(context: ButtonContext<unknown>, args: ButtonArgs, reply: Reply): Promise<void> {
  if (context.source.kind === 'message')
    await args.respond({ response_type: 'ephemeral', replace_original: true, ...reply });
  else await context.reply(reply);
}

function refreshOwnHome(deps: ListenerDeps, context: ButtonContext<unknown>, args: ButtonArgs): Promise<void> {
  return refreshHome(deps, args.client, context.member.workspace.slackTeamId, context.member.person.slackUserId);
}

export function mentorOfferOpen(deps: ListenerDeps) {
  return valueButton('mentorOfferOpen', deps, ownOffer, async (context) => {
    await context.openModal(await offerForm(deps, context.member.person, readerOf(context)));
  });
}

export function mentorOfferStatus(deps: ListenerDeps, action: 'pause' | 'resume' | 'withdraw') {
  return valueButton(`mentorOffer:${action}`, deps, ownOffer, async (context, args) => {
    await context.reply(await changeOffer(deps, context.member.person, action, readerOf(context)));
    await refreshOwnHome(deps, context, args);
  });
}

export function mentorAsk(deps: ListenerDeps) {
  return idButton('mentorAsk', deps, async (context, args) => {
    const { mentorSlackUserId } = await askMentor(
      deps.prisma,
      context.member.person,
      context.value,
      { now: context.now, today: context.today },
      mentoringNotices,
    );
    await context.reply(replyOf(readerOf(context).t('mentoring.asked', { mentor: `<@${mentorSlackUserId}>` })));
    await refreshOwnHome(deps, context, args);
  });
}

/** A request the asker cancelled: the mentor's DM is replaced by that news when they press Accept or Decline. */
async function answeredWithdrawn(
  context: ButtonContext<unknown>,
  args: ButtonArgs,
  view: MentorshipView,
): Promise<boolean> {
  if (view.side !== 'mentor' || view.status !== 'withdrawn') return false;
  const t = readerOf(context);
  await answerInPlace(
    context,
    args,
    replyOf(t.t('mentoring.withdrawnRequest', { asker: view.other ? `<@${view.other}>` : t.t('mentoring.theAsker') })),
  );
  return true;
}

/** The mentor's Accept: the form for how often to meet (the accept itself is its submission). */
export function mentorAccept(deps: ListenerDeps) {
  return idButton('mentorAccept', deps, async (context, args) => {
    await requireMentoringOn(deps.prisma, context.member.workspace.id);
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value,
      'mentor-accept',
    );
    const view = await mentorshipView(deps.prisma, grant);
    const t = readerOf(context);
    if (grant.side !== 'mentor') throw new UserError(t.t('mentoring.onlyMentorAnswers'));
    if (await answeredWithdrawn(context, args, view)) return;
    if (view.status !== 'requested') throw new UserError(t.t('mentoring.alreadyAnswered'));
    await context.openModal(acceptModal({ mentorshipId: view.id, mentee: view.other }, t));
  });
}

export function mentorDecline(deps: ListenerDeps) {
  return idButton('mentorDecline', deps, async (context, args) => {
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value,
      'mentor-decline',
    );
    if (await answeredWithdrawn(context, args, await mentorshipView(deps.prisma, grant))) return;
    const view = await answerMentorRequest(
      deps.prisma,
      grant,
      { accept: false },
      { now: context.now, today: context.today },
      mentoringNotices,
    );
    await answerInPlace(context, args, replyOf(declinedText(view.other, readerOf(context))));
  });
}

export function mentorEnd(deps: ListenerDeps) {
  return idButton('mentorEnd', deps, async (context, args) => {
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value,
      'mentor-end',
    );
    const { view, already } = await endMentorship(deps.prisma, grant, context.now, mentoringNotices);
    await answerInPlace(context, args, replyOf(endedText(view, already, readerOf(context))));
    await refreshOwnHome(deps, context, args);
    if (view.other) await refreshHome(deps, args.client, context.member.workspace.slackTeamId, view.other);
  });
}

/** The asker's "Cancel request" (Home or `/pathway mentor`), while the mentor has not answered. */
export function mentorCancelRequest(deps: ListenerDeps) {
  return idButton('mentorCancelRequest', deps, async (context, args) => {
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value,
      'mentor-cancel',
    );
    const { view, changed } = await withdrawMentorRequest(deps.prisma, grant, context.now);
    await context.reply(replyOf(requestWithdrawnText(view, changed, readerOf(context))));
    await refreshOwnHome(deps, context, args);
  });
}

export function mentorMet(deps: ListenerDeps) {
  return valueButton('mentorMet', deps, mentorMetValue, async (context, args) => {
    const grant = await authorizeMentorship(
      { prisma: deps.prisma, logger: deps.logger },
      context.member.person,
      context.value.mentorshipId,
      'mentor-met',
    );
    const outcome = await answerMet(deps.prisma, grant, context.value.dueOn, context.value.met, context.now);
    const view = await mentorshipView(deps.prisma, grant);
    await answerInPlace(context, args, replyOf(metAnswerText(outcome, view.cadenceWeeks, readerOf(context))));
  });
}
