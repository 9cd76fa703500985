/**
 * Mentoring in Slack: the offer form, the mentor's accept form (how often to
 * meet), `/pathway mentor` (your offer, your mentorships, suggestions with
 * "Ask"), its Home section, and the DMs (a request, "not available", the
 * introduction in the group DM, "did you meet?", an ended mentorship).
 * Replies take the reader's translator `t`; the DMs are written in the recipient's language.
 */
import type { Button, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import type { Language } from '../domain/language.js';
import {
  DEFAULT_MENTOR_CADENCE_WEEKS,
  MAX_MENTOR_CAPACITY,
  MENTOR_CADENCE_CHOICES,
  type MentorOfferInput,
  mentorMetText,
  readMentoringProblem,
} from '../domain/mentoring.js';
import { english, type MessageKey, type Translator, translator } from '../i18n/index.js';
import type {
  MentoringNotices,
  MentorshipView,
  MetOutcome,
  OfferForm,
  OfferView,
  SuggestionsView,
} from '../services/mentoring.js';
import { problemIn } from './problems.js';
import { selectedValue, selectedValues, type ViewState } from './state.js';
import { LIMITS, labelledButton, mention, mrkdwn, namedLabel, plain, userText } from './text.js';

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

function weeks(count: number, t: Translator): string {
  return t.t('mentoring.weeks', { count });
}

/** Titles and signal names joined as the framework names them. */
function titles(items: readonly string[]): string {
  return items.map(userText).join(', ');
}

// ---------------------------------------------------------------------------------------------
// The offer form
// ---------------------------------------------------------------------------------------------

export function offerModal(form: OfferForm, t: Translator = english): ModalView {
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
    title: plain(t.t('mentoring.offer.title'), LIMITS.modalTitle),
    submit: plain(t.t('mentoring.offer.submit')),
    close: plain(t.t('mentoring.cancel')),
    private_metadata: '{}',
    blocks: [
      { type: 'section', text: mrkdwn(t.t('mentoring.offer.intro')) },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.roles,
        label: plain(t.t('mentoring.offer.roles')),
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
        label: plain(t.t('mentoring.offer.signals')),
        element: {
          type: 'multi_static_select',
          action_id: VALUE,
          options: signals.map(option),
          ...(initialSignals.length > 0 ? { initial_options: initialSignals.map(option) } : {}),
        },
        hint: plain(t.t('mentoring.offer.signalsHint')),
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.capacity,
        label: plain(t.t('mentoring.offer.capacity')),
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

/** A problem of the offer form (mentorOfferSchema) as the sentence shown beside its field, in the person's language. */
export function offerProblemText(problem: string, t: Translator = english): string {
  const text = problemIn(problem, t, [{ read: readMentoringProblem, prefix: 'mentoring.problem' }]);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const OFFER_STATUS_WORDS: Record<OfferView['status'], MessageKey> = {
  active: 'mentoring.offer.status.active',
  paused: 'mentoring.offer.status.paused',
  withdrawn: 'mentoring.offer.status.withdrawn',
};

export function offerText(offer: OfferView, t: Translator = english): string {
  return t.t('mentoring.offer.summary', {
    status: t.t(OFFER_STATUS_WORDS[offer.status]),
    roles: titles(offer.roles.map((role) => role.title)),
    signals: titles(offer.signals.map((signal) => signal.title)),
    mentees: offer.mentees,
    capacity: offer.capacity,
  });
}

export function offerSavedText(offer: OfferView, t: Translator = english): string {
  return t.t('mentoring.offer.saved', { offer: offerText(offer, t) });
}

export function offerStatusChangedText(offer: OfferView, changed: boolean, t: Translator = english): string {
  if (!changed) return t.t('mentoring.offer.unchanged', { offer: offerText(offer, t) });
  switch (offer.status) {
    case 'paused':
      return t.t('mentoring.offer.paused');
    case 'active':
      return t.t('mentoring.offer.resumed', { offer: offerText(offer, t) });
    case 'withdrawn':
      return t.t('mentoring.offer.withdrawn');
  }
}

function offerButtons(offer: OfferView | null, t: Translator): Button[] {
  if (!offer || offer.status === 'withdrawn') {
    const text = t.t('mentoring.offer.button.offer');
    return [
      labelledButton(text, t.t('mentoring.buttonLabel', { text }), MENTOR_ACTIONS.offerOpen, {
        value: OWN_OFFER_VALUE,
      }),
    ];
  }
  return [
    labelledButton(
      t.t('mentoring.offer.button.change'),
      t.t('mentoring.offer.label.change'),
      MENTOR_ACTIONS.offerOpen,
      { value: OWN_OFFER_VALUE },
    ),
    offer.status === 'active'
      ? labelledButton(t.t('mentoring.offer.button.pause'), t.t('mentoring.offer.label.pause'), MENTOR_ACTIONS.pause, {
          value: OWN_OFFER_VALUE,
        })
      : labelledButton(
          t.t('mentoring.offer.button.resume'),
          t.t('mentoring.offer.label.resume'),
          MENTOR_ACTIONS.resume,
          { value: OWN_OFFER_VALUE },
        ),
    labelledButton(
      t.t('mentoring.offer.button.withdraw'),
      t.t('mentoring.offer.label.withdraw'),
      MENTOR_ACTIONS.withdraw,
      { value: OWN_OFFER_VALUE },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The mentor's answer
// ---------------------------------------------------------------------------------------------

export const acceptMetadataSchema = z.object({ mentorshipId: z.string().regex(/^[a-z0-9]{1,64}$/i) });

function cadenceOption(count: number, t: Translator): PlainTextOption {
  return { text: plain(t.t('mentoring.cadence.option', { count })), value: String(count) };
}

export function acceptModal(
  request: { mentorshipId: string; mentee: string | null },
  t: Translator = english,
): ModalView {
  return {
    type: 'modal',
    callback_id: MENTOR_CALLBACKS.accept,
    title: plain(t.t('mentoring.accept.title'), LIMITS.modalTitle),
    submit: plain(t.t('mentoring.accept.submit')),
    close: plain(t.t('mentoring.cancel')),
    private_metadata: JSON.stringify({ mentorshipId: request.mentorshipId }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          t.t('mentoring.accept.intro', {
            mentee: request.mentee ? mention(request.mentee) : t.t('mentoring.accept.yourMentee'),
          }),
        ),
      },
      {
        type: 'input',
        block_id: MENTOR_FIELDS.cadence,
        label: plain(t.t('mentoring.accept.cadence')),
        element: {
          type: 'static_select',
          action_id: VALUE,
          options: MENTOR_CADENCE_CHOICES.map((count) => cadenceOption(count, t)),
          initial_option: cadenceOption(DEFAULT_MENTOR_CADENCE_WEEKS, t),
        },
        hint: plain(t.t('mentoring.accept.cadenceHint')),
      },
    ],
  };
}

export function readCadence(state: ViewState): string | undefined {
  return selectedValue(state, MENTOR_FIELDS.cadence, VALUE);
}

export function acceptedText(view: MentorshipView, t: Translator = english): string {
  const place = t.t(view.groupChannelId ? 'mentoring.accepted.group' : 'mentoring.accepted.fallback');
  return t.t('mentoring.accepted', {
    mentee: view.other ? mention(view.other) : t.t('mentoring.them'),
    goal: userText(view.goalTitle),
    place,
    weeks: weeks(view.cadenceWeeks, t),
  });
}

export function declinedText(mentee: string | null, t: Translator = english): string {
  return mentee ? t.t('mentoring.declined', { mentee: mention(mentee) }) : t.t('mentoring.declined.unknown');
}

// ---------------------------------------------------------------------------------------------
// `/pathway mentor` and Home
// ---------------------------------------------------------------------------------------------

export interface MentoringOverview {
  offer: OfferView | null;
  mentorships: MentorshipView[];
  /** Suggestions for the goal role, or why there are none (no goal), in the reader's language. */
  suggestions: SuggestionsView | { problem: string };
}

function mentorshipLine(view: MentorshipView, t: Translator): string {
  const other = view.other ? mention(view.other) : t.t('mentoring.someoneLeft');
  if (view.status === 'requested')
    return t.t(view.side === 'mentee' ? 'mentoring.line.askedByYou' : 'mentoring.line.askedYou', { other });
  const next = view.nextCheckInOn ? t.t('mentoring.line.next', { date: t.date(view.nextCheckInOn) }) : '';
  return t.t(view.side === 'mentee' ? 'mentoring.line.mentorsYou' : 'mentoring.line.youMentor', {
    other,
    goal: userText(view.goalTitle),
    sessions: view.sessions,
    weeks: weeks(view.cadenceWeeks, t),
    next,
  });
}

function mentorshipAccessory(view: MentorshipView, t: Translator): { accessory: Button } | Record<string, never> {
  if (view.status === 'active') {
    return {
      accessory: labelledButton(
        t.t('mentoring.button.end'),
        namedLabel((goal) => t.t('mentoring.label.end', { goal }), view.goalTitle),
        MENTOR_ACTIONS.end,
        { value: view.id },
      ),
    };
  }
  if (view.status === 'requested' && view.side === 'mentee') {
    return {
      accessory: labelledButton(
        t.t('mentoring.button.cancelRequest'),
        namedLabel((goal) => t.t('mentoring.label.cancelRequest', { goal }), view.goalTitle),
        MENTOR_ACTIONS.cancel,
        { value: view.id },
      ),
    };
  }
  return {};
}

/** Each mentorship on its own line, with its End (or, for your own request, Cancel request) button beside it (so each button says what it acts on). */
function mentorshipBlocks(mentorships: MentorshipView[], t: Translator): KnownBlock[] {
  if (mentorships.length === 0) return [];
  return [
    { type: 'section', text: mrkdwn(t.t('mentoring.yourMentorships')) },
    ...mentorships.slice(0, MAX_MENTORSHIPS_SHOWN).map(
      (view): KnownBlock => ({
        type: 'section',
        text: mrkdwn(mentorshipLine(view, t)),
        ...mentorshipAccessory(view, t),
      }),
    ),
  ];
}

function suggestionBlocks(suggestions: MentoringOverview['suggestions'], t: Translator): KnownBlock[] {
  if ('problem' in suggestions) return [{ type: 'context', elements: [mrkdwn(suggestions.problem)] }];
  const goal = userText(suggestions.goal.title);
  if (suggestions.suggestions.length === 0)
    return [{ type: 'section', text: mrkdwn(t.t('mentoring.suggest.none', { goal })) }];
  return [
    { type: 'section', text: mrkdwn(t.t('mentoring.suggest.lead', { goal })) },
    ...suggestions.suggestions.map((suggestion): KnownBlock => {
      const who = suggestion.holdsRole
        ? mention(suggestion.slackUserId)
        : t.t('mentoring.suggest.recently', { mentor: mention(suggestion.slackUserId) });
      const helps =
        suggestion.signals.length > 0
          ? t.t('mentoring.suggest.helps', { signals: titles(suggestion.signals.map((signal) => signal.title)) })
          : t.t('mentoring.suggest.general');
      return {
        type: 'section',
        text: mrkdwn(`${who}\n${helps}`),
        accessory: labelledButton(
          t.t('mentoring.suggest.button'),
          namedLabel((title) => t.t('mentoring.suggest.label', { goal: title }), suggestions.goal.title),
          MENTOR_ACTIONS.ask,
          { value: suggestion.id, style: 'primary' },
        ),
      };
    }),
  ];
}

/** `/pathway mentor`: your offer, your mentorships, and suggestions. */
export function mentoringBlocks(overview: MentoringOverview, t: Translator = english): KnownBlock[] {
  const blocks: KnownBlock[] = [
    ...mentorshipBlocks(overview.mentorships, t),
    ...suggestionBlocks(overview.suggestions, t),
  ];
  blocks.push({
    type: 'section',
    text: mrkdwn(overview.offer ? offerText(overview.offer, t) : t.t('mentoring.offerInvite')),
  });
  blocks.push({ type: 'actions', elements: offerButtons(overview.offer, t) });
  return blocks;
}

/** The Home section: the same, under a heading. */
export function homeMentoringBlocks(overview: MentoringOverview, t: Translator = english): KnownBlock[] {
  return [{ type: 'header', text: plain(t.t('mentoring.header'), LIMITS.headerText) }, ...mentoringBlocks(overview, t)];
}

/** `/pathway mentor end`: a button for each mentorship (ending is one click away, never typed blind). */
export function endChoiceBlocks(mentorships: MentorshipView[], t: Translator = english): KnownBlock[] {
  const active = mentorships.filter((view) => view.status === 'active');
  if (active.length === 0) return [{ type: 'section', text: mrkdwn(t.t('mentoring.end.none')) }];
  return [{ type: 'section', text: mrkdwn(t.t('mentoring.end.which')) }, ...mentorshipBlocks(active, t)];
}

export function endedText(view: MentorshipView, already: boolean, t: Translator = english): string {
  const other = view.other ? mention(view.other) : t.t('mentoring.them');
  return t.t(already ? 'mentoring.ended.already' : 'mentoring.ended.done', { other });
}

export function requestWithdrawnText(view: MentorshipView, changed: boolean, t: Translator = english): string {
  const other = view.other ? mention(view.other) : t.t('mentoring.them');
  if (changed) return t.t('mentoring.cancelled', { other });
  return t.t(view.status === 'withdrawn' ? 'mentoring.cancelled.already' : 'mentoring.cancelled.answered', { other });
}

export function metAnswerText(outcome: MetOutcome, cadenceWeeks: number, t: Translator = english): string {
  if ('met' in outcome)
    return outcome.nextOn
      ? t.t('mentoring.met.noDated', { weeks: cadenceWeeks, date: t.date(outcome.nextOn) })
      : t.t('mentoring.met.no', { weeks: cadenceWeeks });
  if (!outcome.logged)
    return outcome.already
      ? t.t('mentoring.met.alreadyBy', { who: mention(outcome.already) })
      : t.t('mentoring.met.already');
  if (!outcome.onPathway) return t.t('mentoring.met.noPathway');
  return outcome.milestoneTitle
    ? t.t('mentoring.met.loggedOn', { milestone: userText(outcome.milestoneTitle) })
    : t.t('mentoring.met.logged');
}

// ---------------------------------------------------------------------------------------------
// DMs, each in its recipient's language (the group DM: the mentee's)
// ---------------------------------------------------------------------------------------------

function section(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export const mentoringNotices: MentoringNotices = {
  request({ mentorshipId, mentee, goalTitle, signals }, language: Language) {
    const t = translator(language);
    const text = t.t('mentoring.request.text', { mentee: mention(mentee), goal: userText(goalTitle) });
    const helps = signals.length > 0 ? `\n${t.t('mentoring.request.helps', { signals: titles(signals) })}` : '';
    return {
      text,
      blocks: [
        section(`:wave: ${text}${helps}\n${t.t('mentoring.request.how')}`),
        {
          type: 'actions',
          elements: [
            labelledButton(
              t.t('mentoring.request.accept'),
              t.t('mentoring.request.acceptLabel'),
              MENTOR_ACTIONS.accept,
              { value: mentorshipId, style: 'primary' },
            ),
            labelledButton(
              t.t('mentoring.request.decline'),
              t.t('mentoring.request.declineLabel'),
              MENTOR_ACTIONS.decline,
              { value: mentorshipId },
            ),
          ],
        },
      ],
    };
  },
  unavailable({ mentor }, language: Language) {
    const t = translator(language);
    const text = t.t('mentoring.unavailable.text', { mentor: mention(mentor) });
    return { text, blocks: [section(`${text} ${t.t('mentoring.unavailable.more')}`)] };
  },
  intro({ mentor, mentee, goalTitle, signals, cadenceWeeks }, language: Language) {
    const t = translator(language);
    const text = t.t('mentoring.intro.text', { mentee: mention(mentee), mentor: mention(mentor) });
    const who = { mentee: mention(mentee), mentor: mention(mentor), goal: userText(goalTitle) };
    const goal =
      signals.length > 0
        ? t.t('mentoring.intro.goalFocus', { ...who, signals: titles(signals) })
        : t.t('mentoring.intro.goal', who);
    return {
      text,
      blocks: [
        section(`:handshake: ${text} ${goal}`),
        section(t.t('mentoring.intro.firstSession')),
        { type: 'context', elements: [mrkdwn(t.t('mentoring.intro.footer', { weeks: weeks(cadenceWeeks, t) }))] },
      ],
    };
  },
  checkIn({ mentorshipId, dueOn, other, side }, language: Language) {
    const t = translator(language);
    const text = t.t(side === 'mentee' ? 'mentoring.checkIn.mentor' : 'mentoring.checkIn.mentee', {
      other: mention(other),
    });
    return {
      text,
      blocks: [
        section(`:calendar: ${text}`),
        {
          type: 'actions',
          elements: [
            labelledButton(t.t('mentoring.checkIn.yes'), t.t('mentoring.checkIn.yesLabel'), MENTOR_ACTIONS.metYes, {
              value: mentorMetText(mentorshipId, dueOn, true),
              style: 'primary',
            }),
            labelledButton(t.t('mentoring.checkIn.no'), t.t('mentoring.checkIn.noLabel'), MENTOR_ACTIONS.metNo, {
              value: mentorMetText(mentorshipId, dueOn, false),
            }),
          ],
        },
        { type: 'context', elements: [mrkdwn(t.t('mentoring.checkIn.footer'))] },
      ],
    };
  },
  ended({ by }, language: Language) {
    const t = translator(language);
    const text = t.t('mentoring.endedBy.text', { by: mention(by) });
    return { text, blocks: [section(`${text} ${t.t('mentoring.endedBy.more')}`)] };
  },
};
