/**
 * Mentoring in Slack: the offer form, the mentor's accept form (how often to
 * meet), `/pathway mentor` (your offer, your mentorships, suggestions with
 * "Ask"), its Home section, and the DMs (a request, "not available", the
 * introduction in the group DM, "did you meet?", an ended mentorship).
 */
import type { Button, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import {
  DEFAULT_MENTOR_CADENCE_WEEKS,
  MAX_MENTOR_CAPACITY,
  MENTOR_CADENCE_CHOICES,
  type MentorOfferInput,
  mentorMetText,
} from '../domain/mentoring.js';
import type {
  MentoringNotices,
  MentorshipView,
  MetOutcome,
  OfferForm,
  OfferView,
  SuggestionsView,
} from '../services/mentoring.js';
import { selectedValue, selectedValues, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, userText } from './text.js';

export const MENTOR_ACTIONS = {
  offerOpen: 'mentor_offer_open',
  pause: 'mentor_offer_pause',
  resume: 'mentor_offer_resume',
  withdraw: 'mentor_offer_withdraw',
  ask: 'mentor_ask',
  accept: 'mentor_accept',
  decline: 'mentor_decline',
  end: 'mentor_end',
  cancel: 'mentor_cancel_request',
  metYes: 'mentor_met_yes',
  metNo: 'mentor_met_no',
} as const;

export const MENTOR_CALLBACKS = { offer: 'mentor_offer', accept: 'mentor_accept' } as const;
export const MENTOR_FIELDS = {
  roles: 'mentor_roles',
  signals: 'mentor_signals',
  capacity: 'mentor_capacity',
  cadence: 'mentor_cadence',
} as const;
/** Every input's action id. */
const VALUE = 'value';
/** What the offer buttons carry (they act on the clicker's own offer). */
export const OWN_OFFER_VALUE = 'own';

const SELECT_MAX = 100;
/** A mentor takes at most five mentees; with their own mentors and requests, ten lines cover anyone. */
const MAX_MENTORSHIPS_SHOWN = 10;

function option(item: { key: string; title: string }): PlainTextOption {
  return { text: plain(item.title, LIMITS.optionText), value: item.key };
}

/** `label`: what the button acts on, for screen readers; without it, the text plus "mentoring". */
function button(
  text: string,
  actionId: string,
  value: string,
  style?: 'primary' | 'danger',
  label = `${text}: mentoring`,
): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    accessibility_label: label,
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

function weeks(count: number): string {
  return count === 1 ? 'every week' : `every ${count} weeks`;
}

// ---------------------------------------------------------------------------------------------
// The offer form
// ---------------------------------------------------------------------------------------------

export function offerModal(form: OfferForm): ModalView {
  const roles = form.roles.slice(0, SELECT_MAX);
  const signals = form.signals.slice(0, SELECT_MAX);
  const initialRoles = roles.filter((role) => form.current.roleKeys.includes(role.key));
  const initialSignals = signals.filter((signal) => form.current.signalKeys.includes(signal.key));
  const capacities = Array.from({ length: MAX_MENTOR_CAPACITY }, (_, index) => ({
    key: String(index + 1),
    title: String(index + 1),
  }));
  return {
    type: 'modal',
    callback_id: MENTOR_CALLBACKS.offer,
    title: plain('Offer to mentor', LIMITS.modalTitle),
    submit: plain('Save my offer'),
    close: plain('Cancel'),
    private_metadata: '{}',
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          'You may be suggested as a mentor to people aiming for a role you hold (or reached in the last year), outside their own reporting line. You answer each request yourself, and you can pause or withdraw this offer at any time.',
        ),
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.roles,
        label: plain('Roles you can help people reach'),
        element: {
          type: 'multi_static_select',
          action_id: VALUE,
          options: roles.map(option),
          ...(initialRoles.length > 0 ? { initial_options: initialRoles.map(option) } : {}),
        },
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.signals,
        label: plain('Readiness signals you can help with'),
        element: {
          type: 'multi_static_select',
          action_id: VALUE,
          options: signals.map(option),
          ...(initialSignals.length > 0 ? { initial_options: initialSignals.map(option) } : {}),
        },
        hint: plain('Suggestions rank you higher for people whose goal role asks for these.'),
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.capacity,
        label: plain('How many people at once'),
        element: {
          type: 'static_select',
          action_id: VALUE,
          options: capacities.map(option),
          initial_option: option({ key: String(form.current.capacity), title: String(form.current.capacity) }),
        },
      },
    ],
  };
}

export function readOfferForm(state: ViewState): MentorOfferInput {
  return {
    roleKeys: selectedValues(state, MENTOR_FIELDS.roles, VALUE),
    signalKeys: selectedValues(state, MENTOR_FIELDS.signals, VALUE),
    capacity: selectedValue(state, MENTOR_FIELDS.capacity, VALUE) ?? '',
  };
}

/** Offer problems (by field) as the modal's errors (by block id). */
export const OFFER_ERROR_BLOCKS: Record<'roleKeys' | 'signalKeys' | 'capacity', string> = {
  roleKeys: MENTOR_FIELDS.roles,
  signalKeys: MENTOR_FIELDS.signals,
  capacity: MENTOR_FIELDS.capacity,
};

const OFFER_STATUS_WORDS: Record<OfferView['status'], string> = {
  active: 'open',
  paused: 'paused: no new requests until you resume',
  withdrawn: 'withdrawn',
};

export function offerText(offer: OfferView): string {
  const roles = offer.roles.map((role) => userText(role.title)).join(', ');
  const signals = offer.signals.map((signal) => userText(signal.title)).join(', ');
  return `*Your mentor offer* is ${OFFER_STATUS_WORDS[offer.status]}. Roles: ${roles}. Signals: ${signals}. ${offer.mentees} of ${offer.capacity} mentee${offer.capacity === 1 ? '' : 's'} now.`;
}

export function offerSavedText(offer: OfferView): string {
  return `:white_check_mark: Saved. ${offerText(offer)}\nYou are suggested only while the offer is open and you have room; \`/pathway mentor pause\` stops new requests.`;
}

export function offerStatusChangedText(offer: OfferView, changed: boolean): string {
  if (!changed) return `Nothing changed. ${offerText(offer)}`;
  switch (offer.status) {
    case 'paused':
      return `:double_vertical_bar: Offer paused: you are not suggested to anyone, and nobody can ask you, until you type \`/pathway mentor resume\`. Your current mentorships go on.`;
    case 'active':
      return `:white_check_mark: Offer open again. ${offerText(offer)}`;
    case 'withdrawn':
      return 'Offer withdrawn: you are no longer suggested as a mentor. Your current mentorships go on until one of you ends them. `/pathway mentor offer` makes a new offer.';
  }
}

function offerButtons(offer: OfferView | null): Button[] {
  if (!offer || offer.status === 'withdrawn')
    return [button('Offer to mentor', MENTOR_ACTIONS.offerOpen, OWN_OFFER_VALUE)];
  return [
    button('Change your offer', MENTOR_ACTIONS.offerOpen, OWN_OFFER_VALUE, undefined, 'Change your offer to mentor'),
    offer.status === 'active'
      ? button('Pause', MENTOR_ACTIONS.pause, OWN_OFFER_VALUE, undefined, 'Pause your mentoring offer')
      : button('Resume', MENTOR_ACTIONS.resume, OWN_OFFER_VALUE, undefined, 'Resume your mentoring offer'),
    button('Withdraw', MENTOR_ACTIONS.withdraw, OWN_OFFER_VALUE, undefined, 'Withdraw your mentoring offer'),
  ];
}

// ---------------------------------------------------------------------------------------------
// The mentor's answer
// ---------------------------------------------------------------------------------------------

export const acceptMetadataSchema = z.object({ mentorshipId: z.string().regex(/^[a-z0-9]{1,64}$/i) });

function cadenceOption(count: number): PlainTextOption {
  return { text: plain(`Every ${count === 1 ? 'week' : `${count} weeks`}`), value: String(count) };
}

export function acceptModal(request: { mentorshipId: string; mentee: string | null }): ModalView {
  return {
    type: 'modal',
    callback_id: MENTOR_CALLBACKS.accept,
    title: plain('Accept mentoring', LIMITS.modalTitle),
    submit: plain('Accept'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify({ mentorshipId: request.mentorshipId }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `Pathway opens a group DM for you and ${request.mentee ? mention(request.mentee) : 'your mentee'}, with a short introduction and what a good first session covers.`,
        ),
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.cadence,
        label: plain('How often you plan to meet'),
        element: {
          type: 'static_select',
          action_id: VALUE,
          options: MENTOR_CADENCE_CHOICES.map(cadenceOption),
          initial_option: cadenceOption(DEFAULT_MENTOR_CADENCE_WEEKS),
        },
        hint: plain('Pathway asks you both “did you meet?” this often; a yes counts as a session on their pathway.'),
      },
    ],
  };
}

export function readCadence(state: ViewState): string | undefined {
  return selectedValue(state, MENTOR_FIELDS.cadence, VALUE);
}

export function acceptedText(view: MentorshipView): string {
  const place = view.groupChannelId
    ? 'a group DM for the two of you'
    : 'a group DM for the two of you (or a DM each, if Slack does not let it open)';
  return `:handshake: You are mentoring ${view.other ? mention(view.other) : 'them'} towards *${userText(view.goalTitle)}*. Pathway opens ${place} with an introduction, and asks you both “did you meet?” ${weeks(view.cadenceWeeks)}.`;
}

export function declinedText(mentee: string | null): string {
  return `Declined. ${mentee ? mention(mentee) : 'They'} ${mentee ? 'is' : 'are'} told only that you are not available right now, and you will not be suggested to them again.`;
}

// ---------------------------------------------------------------------------------------------
// `/pathway mentor` and Home
// ---------------------------------------------------------------------------------------------

export interface MentoringOverview {
  offer: OfferView | null;
  mentorships: MentorshipView[];
  /** Suggestions for the goal role, or why there are none (no goal). */
  suggestions: SuggestionsView | { problem: string };
}

function mentorshipLine(view: MentorshipView): string {
  const other = view.other ? mention(view.other) : 'someone who left Pathway';
  if (view.status === 'requested')
    return view.side === 'mentee'
      ? `• Asked ${other} to mentor you: waiting for their answer.`
      : `• ${other} asked you to mentor them: answer in your DM with Pathway.`;
  const role = view.side === 'mentee' ? `${other} mentors you` : `You mentor ${other}`;
  const next = view.nextCheckInOn ? `, next “did you meet?” ${formatDate(view.nextCheckInOn)}` : '';
  return `• ${role} towards ${userText(view.goalTitle)}: ${view.sessions} session${view.sessions === 1 ? '' : 's'} logged, meeting ${weeks(view.cadenceWeeks)}${next}.`;
}

function mentorshipAccessory(view: MentorshipView): { accessory: Button } | Record<string, never> {
  if (view.status === 'active')
    return {
      accessory: button(
        'End',
        MENTOR_ACTIONS.end,
        view.id,
        undefined,
        namedLabel((t) => `End the mentorship towards ${t}`, view.goalTitle),
      ),
    };
  if (view.status === 'requested' && view.side === 'mentee') {
    return {
      accessory: button(
        'Cancel request',
        MENTOR_ACTIONS.cancel,
        view.id,
        undefined,
        namedLabel((t) => `Cancel your mentoring request towards ${t}`, view.goalTitle),
      ),
    };
  }
  return {};
}

/** Each mentorship on its own line, with its End (or, for your own request, Cancel request) button beside it (so each button says what it acts on). */
function mentorshipBlocks(mentorships: MentorshipView[]): KnownBlock[] {
  if (mentorships.length === 0) return [];
  return [
    { type: 'section', text: mrkdwn('*Your mentorships*') },
    ...mentorships.slice(0, MAX_MENTORSHIPS_SHOWN).map(
      (view): KnownBlock => ({
        type: 'section',
        text: mrkdwn(mentorshipLine(view)),
        ...mentorshipAccessory(view),
      }),
    ),
  ];
}

function suggestionBlocks(suggestions: MentoringOverview['suggestions']): KnownBlock[] {
  if ('problem' in suggestions) return [{ type: 'context', elements: [mrkdwn(suggestions.problem)] }];
  if (suggestions.suggestions.length === 0) {
    return [
      {
        type: 'section',
        text: mrkdwn(
          `*Mentors for ${userText(suggestions.goal.title)}*\nNobody who offered to mentor fits right now. Ask again later: offers change as people join and finish mentorships.`,
        ),
      },
    ];
  }
  return [
    {
      type: 'section',
      text: mrkdwn(
        `*Mentors for ${userText(suggestions.goal.title)}*: people who hold the role or reached it recently and offered to mentor.`,
      ),
    },
    ...suggestions.suggestions.map(
      (suggestion): KnownBlock => ({
        type: 'section',
        text: mrkdwn(
          `${mention(suggestion.slackUserId)}${suggestion.holdsRole ? '' : ' (reached it recently)'}\n${
            suggestion.signals.length > 0
              ? `Can help with: ${suggestion.signals.map((signal) => userText(signal.title)).join(', ')}`
              : 'Offers general help with the role'
          }`,
        ),
        accessory: button(
          'Ask',
          MENTOR_ACTIONS.ask,
          suggestion.id,
          'primary',
          namedLabel((t) => `Ask this person to mentor you towards ${t}`, suggestions.goal.title),
        ),
      }),
    ),
  ];
}

/** `/pathway mentor`: your offer, your mentorships, and suggestions. */
export function mentoringBlocks(overview: MentoringOverview): KnownBlock[] {
  const blocks: KnownBlock[] = [...mentorshipBlocks(overview.mentorships), ...suggestionBlocks(overview.suggestions)];
  blocks.push({
    type: 'section',
    text: mrkdwn(
      overview.offer ? offerText(overview.offer) : '*Mentor others?* Offer to help people aiming for a role you hold.',
    ),
  });
  blocks.push({ type: 'actions', elements: offerButtons(overview.offer) });
  return blocks;
}

/** The Home section: the same, under a heading. */
export function homeMentoringBlocks(overview: MentoringOverview): KnownBlock[] {
  return [{ type: 'header', text: plain('Mentoring', LIMITS.headerText) }, ...mentoringBlocks(overview)];
}

/** `/pathway mentor end`: a button for each mentorship (ending is one click away, never typed blind). */
export function endChoiceBlocks(mentorships: MentorshipView[]): KnownBlock[] {
  const active = mentorships.filter((view) => view.status === 'active');
  if (active.length === 0)
    return [
      {
        type: 'section',
        text: mrkdwn('You have no mentorship to end. Type `/pathway mentor` to find a mentor or offer to mentor.'),
      },
    ];
  return [
    { type: 'section', text: mrkdwn('Which mentorship do you want to end? The other person is told it ended.') },
    ...mentorshipBlocks(active),
  ];
}

export function endedText(view: MentorshipView, already: boolean): string {
  const other = view.other ? mention(view.other) : 'them';
  return already
    ? `This mentorship with ${other} had already ended.`
    : `Ended your mentorship with ${other}. They are told; no more “did you meet?” questions. Thank you for the time you gave it.`;
}

export function requestWithdrawnText(view: MentorshipView, changed: boolean): string {
  const other = view.other ? mention(view.other) : 'them';
  if (changed)
    return `Cancelled your request to ${other}. They are not messaged about it: a request they have not received yet is not sent, and if they answer one they have, they are told you withdrew it. Type \`/pathway mentor\` for other suggestions.`;
  return view.status === 'withdrawn'
    ? `You had already cancelled this request to ${other}.`
    : `${other} answered this request already, so there is nothing to cancel. Type \`/pathway mentor\` to see your mentorships.`;
}

export function metAnswerText(outcome: MetOutcome, cadenceWeeks: number): string {
  if ('met' in outcome)
    return `Thanks for saying. Pathway asks again in ${cadenceWeeks === 1 ? 'a week' : `${cadenceWeeks} weeks`}${outcome.nextOn ? ` (${formatDate(outcome.nextOn)})` : ''}.`;
  if (!outcome.logged)
    return `Already logged${outcome.already ? ` by ${mention(outcome.already)}` : ''}: one session per question.`;
  if (!outcome.onPathway)
    return ':white_check_mark: Session logged. (The mentee has no plan right now, so it is not on a pathway.)';
  const where = outcome.milestoneTitle ? ` on *${userText(outcome.milestoneTitle)}*` : '';
  return `:white_check_mark: Session logged. It counts as evidence${where} in the mentee’s wins log.`;
}

// ---------------------------------------------------------------------------------------------
// DMs
// ---------------------------------------------------------------------------------------------

function section(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export const mentoringNotices: MentoringNotices = {
  request({ mentorshipId, mentee, goalTitle, signals }) {
    const text = `${mention(mentee)} would like you to mentor them towards ${userText(goalTitle)}.`;
    const helps = signals.length > 0 ? `\nYou offered help with: ${signals.map(userText).join(', ')}.` : '';
    return {
      text,
      blocks: [
        section(
          `:wave: ${text}${helps}\nIf you accept, Pathway opens a group DM for the two of you. If you decline, they are told only that you are not available right now.`,
        ),
        {
          type: 'actions',
          elements: [
            button('Accept', MENTOR_ACTIONS.accept, mentorshipId, 'primary', 'Accept the mentoring request'),
            button('Decline', MENTOR_ACTIONS.decline, mentorshipId, undefined, 'Decline the mentoring request'),
          ],
        },
      ],
    };
  },
  unavailable({ mentor }) {
    const text = `${mention(mentor)} is not available as a mentor right now.`;
    return { text, blocks: [section(`${text} Type \`/pathway mentor\` for other suggestions.`)] };
  },
  intro({ mentor, mentee, goalTitle, signals, cadenceWeeks }) {
    const text = `${mention(mentee)}, meet your mentor ${mention(mentor)}.`;
    const focus = signals.length > 0 ? `, especially ${signals.map(userText).join(', ')}` : '';
    return {
      text,
      blocks: [
        section(
          `:handshake: ${text} ${mention(mentee)} is working towards *${userText(goalTitle)}*; ${mention(mentor)} offered to help${focus}.`,
        ),
        section(
          '*A good first session*\n• Where you are now and what the next role asks for\n• Which readiness signal to work on first, and what would show it\n• How you will meet, and what each of you brings next time',
        ),
        {
          type: 'context',
          elements: [
            mrkdwn(
              `Pathway asks you both “did you meet?” ${weeks(cadenceWeeks)}; a yes counts as a session on the pathway. Either of you can end the mentorship with \`/pathway mentor end\`.`,
            ),
          ],
        },
      ],
    };
  },
  checkIn({ mentorshipId, dueOn, other, side }) {
    const text = `Did you meet ${side === 'mentee' ? 'your mentor' : 'your mentee'} ${mention(other)} recently?`;
    return {
      text,
      blocks: [
        section(`:calendar: ${text}`),
        {
          type: 'actions',
          elements: [
            button(
              'Yes, we met',
              MENTOR_ACTIONS.metYes,
              mentorMetText(mentorshipId, dueOn, true),
              'primary',
              'Yes, we met for a mentoring session',
            ),
            button(
              'Not yet',
              MENTOR_ACTIONS.metNo,
              mentorMetText(mentorshipId, dueOn, false),
              undefined,
              'Not yet: no mentoring session since last time',
            ),
          ],
        },
        {
          type: 'context',
          elements: [
            mrkdwn('A yes logs a session on the mentee’s pathway. `/pathway mentor end` ends the mentorship.'),
          ],
        },
      ],
    };
  },
  ended({ by }) {
    const text = `${mention(by)} ended your mentorship in Pathway.`;
    return {
      text,
      blocks: [
        section(
          `${text} No more “did you meet?” questions. Type \`/pathway mentor\` to see your mentorships and suggestions.`,
        ),
      ],
    };
  },
};
