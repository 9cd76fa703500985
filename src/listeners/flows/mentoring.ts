/**
 * Mentoring, shared by `/pathway mentor …`, the Home section and the buttons:
 * the overview (offer, mentorships, suggestions), the offer form, and the
 * answers to pause, resume, withdraw and end.
 */
import type { ModalView } from '@slack/types';
import {
  endChoiceBlocks,
  type MentoringOverview,
  mentoringBlocks,
  offerModal,
  offerStatusChangedText,
} from '../../blocks/mentoring.js';
import { mrkdwn } from '../../blocks/text.js';
import type { MentorAction } from '../../domain/commands.js';
import { UserError } from '../../domain/errors.js';
import type { Person } from '../../generated/prisma/client.js';
import type { Translator } from '../../i18n/index.js';
import { userErrorText } from '../../i18n/user-errors.js';
import {
  mentoringSettings,
  mentorSuggestionsFor,
  mentorshipsOf,
  offerFormFor,
  offerOf,
  requireMentoringOn,
  setOfferStatus,
} from '../../services/mentoring.js';
import { ownMentorships } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

/** The person's mentoring at a glance, in `t`'s language; null when mentoring is off in the workspace. */
export async function mentoringOverview(
  deps: ListenerDeps,
  person: Person,
  today: string,
  t: Translator,
): Promise<MentoringOverview | null> {
  if (!(await mentoringSettings(deps.prisma, person.workspaceId)).enabled) return null;
  const [offer, mentorships, suggestions] = await Promise.all([
    offerOf(deps.prisma, person),
    ownMentorships(deps.prisma, person, ['requested', 'active']).then((grants) => mentorshipsOf(deps.prisma, grants)),
    mentorSuggestionsFor(deps.prisma, person, today).catch((error: unknown) => {
      if (error instanceof UserError) return { problem: userErrorText(error, t) };
      throw error;
    }),
  ]);
  return { offer, mentorships, suggestions };
}

export async function offerForm(deps: ListenerDeps, person: Person, t: Translator): Promise<ModalView> {
  await requireMentoringOn(deps.prisma, person.workspaceId);
  return offerModal(await offerFormFor(deps.prisma, person), t);
}

const STATUS_OF = { pause: 'paused', resume: 'active', withdraw: 'withdrawn' } as const;

/** Pause, resume or withdraw the person's offer. */
export async function changeOffer(
  deps: ListenerDeps,
  person: Person,
  action: keyof typeof STATUS_OF,
  t: Translator,
): Promise<Reply> {
  await requireMentoringOn(deps.prisma, person.workspaceId);
  const { offer, changed } = await setOfferStatus(deps.prisma, person, STATUS_OF[action]);
  const text = offerStatusChangedText(offer, changed, t);
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** `/pathway mentor [offer | pause | resume | withdraw | end]`. */
export async function mentorCommand(
  deps: ListenerDeps,
  person: Person,
  action: MentorAction,
  today: string,
  openModal: (view: ModalView) => Promise<unknown>,
  t: Translator,
): Promise<Reply | undefined> {
  switch (action) {
    case 'offer':
      await openModal(await offerForm(deps, person, t));
      return undefined;
    case 'pause':
    case 'resume':
    case 'withdraw':
      return changeOffer(deps, person, action, t);
    case 'end': {
      // Ending stays possible while mentoring is off, so nobody is held in a mentorship.
      const mentorships = await mentorshipsOf(deps.prisma, await ownMentorships(deps.prisma, person, ['active']));
      return { text: t.t('mentoring.text.end'), blocks: endChoiceBlocks(mentorships, t) };
    }
    case 'suggest': {
      await requireMentoringOn(deps.prisma, person.workspaceId);
      const overview = await mentoringOverview(deps, person, today, t);
      return { text: t.t('mentoring.text.overview'), blocks: mentoringBlocks(overview!, t) };
    }
  }
}
