/**
 * Feedback on readiness signals: the form to ask colleagues, the colleague's DM and reminder, the
 * answer form (the check-in scale with what each level looks like, or "I haven't seen this"), and
 * how answers read beside the person's and the manager's ratings. Ids used by listeners live here.
 */
import type { Button, InputBlock, KnownBlock, ModalView, Option, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import {
  type ColleagueView,
  colleagueSpread,
  FEEDBACK_OPEN_DAYS,
  feedbackChoiceSchema,
  levelWord,
  MAX_COLLEAGUES_PER_ASK,
  MAX_FEEDBACK_COMMENT_LENGTH,
  MAX_OPEN_FEEDBACK_REQUESTS,
  MIN_ANONYMOUS_ANSWERS,
  NOT_SEEN,
  NOT_SEEN_TEXT,
  OBSERVER_SCALE,
} from '../domain/feedback.js';
import { RATINGS, type Rating } from '../domain/readiness.js';
import type {
  AnswerNotice,
  Asked,
  FeedbackAsk,
  FeedbackForm,
  FeedbackNotices,
  FeedbackToAnswer,
  WaitingRequest,
} from '../services/feedback.js';
import type { OutboxPayload } from '../services/outbox.js';
import { formModal, noticeView } from './modals.js';
import { selectedUsers, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, plain, truncate, userText } from './text.js';

export const FEEDBACK_OPEN_ACTION = 'feedback_ask_open';
export const FEEDBACK_ASK_CALLBACK = 'feedback_ask_submit';
export const FEEDBACK_ANSWER_ACTION = 'feedback_answer_open';
export const FEEDBACK_ANSWER_CALLBACK = 'feedback_answer_submit';
export const FEEDBACK_FIELDS = {
  colleagues: 'fb_colleagues',
  signals: 'fb_signals',
  named: 'fb_named',
  choice: 'fb_choice',
  comment: 'fb_comment',
} as const;
export const feedbackChoiceBlockId = (signalKey: string): string => `fb_choice:${signalKey}`;
export const feedbackCommentBlockId = (signalKey: string): string => `fb_comment:${signalKey}`;
const NAMED_VALUE = 'named';
const MAX_CHECKBOXES = 10;

export const feedbackAskMetadataSchema = z.object({ pathwayId: z.string().min(1).max(100) });
export const feedbackAnswerMetadataSchema = z.object({ requestId: z.string().min(1).max(100) });

const CAPITALISED: Record<Rating, string> = { 1: 'Not yet', 2: 'Emerging', 3: 'Consistent', 4: 'Role model' };

/** The button that opens the ask form (check-in, readiness case, Home). */
export function feedbackAskButton(): Button {
  return {
    type: 'button',
    action_id: FEEDBACK_OPEN_ACTION,
    value: 'ask',
    text: plain('Ask colleagues for feedback', LIMITS.buttonText),
    accessibility_label: 'Ask colleagues for feedback on your readiness signals',
  };
}

function signalOption(signal: { key: string; title: string; description: string }, index: number): PlainTextOption {
  return {
    text: plain(`${index + 1}. ${signal.title}`, LIMITS.optionText),
    description: plain(signal.description, LIMITS.optionText),
    value: signal.key,
  };
}

/** Selects show no descriptions. */
const titleOnly = ({ text, value }: PlainTextOption): PlainTextOption => ({
  text,
  ...(value === undefined ? {} : { value }),
});

/** Pick colleagues (users select) and signals (checkboxes); `prefill` from `/pathway feedback @sam 1 3`. */
export function feedbackAskModal(
  form: FeedbackForm,
  prefill: { slackUserIds: readonly string[]; signalKeys: readonly string[] },
): ModalView {
  const options = form.signals.map(signalOption);
  const initial = options.filter((option) => prefill.signalKeys.includes(option.value ?? ''));
  const room = Math.max(0, MAX_OPEN_FEEDBACK_REQUESTS - form.waiting);
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `Ask colleagues who have seen your work how they see the signals of *${userText(form.goalTitle)}*. Each gets a short DM with the signals you tick (not your goal role) and answers on the same scale as your check-in, or says they haven’t seen it. Only you and your manager see the answers: by name only if the colleague agrees, otherwise counted together once ${MIN_ANONYMOUS_ANSWERS} colleagues answered a signal.`,
        ),
      ],
    },
    {
      type: 'input',
      block_id: FEEDBACK_FIELDS.colleagues,
      label: plain('Colleagues to ask', 2000),
      hint: plain(
        `${form.waiting} of your requests wait for an answer; up to ${MAX_OPEN_FEEDBACK_REQUESTS} can wait at once, so you can ask ${room} more now. Unanswered requests close quietly after ${FEEDBACK_OPEN_DAYS} days.`,
        2000,
      ),
      element: {
        type: 'multi_users_select',
        action_id: FEEDBACK_FIELDS.colleagues,
        max_selected_items: MAX_COLLEAGUES_PER_ASK,
        ...(prefill.slackUserIds.length > 0 ? { initial_users: [...prefill.slackUserIds] } : {}),
      },
    },
    {
      type: 'input',
      block_id: FEEDBACK_FIELDS.signals,
      label: plain('Signals to ask about', 2000),
      // Checkboxes (with each signal's words) hold ten options; a role with more gets a multi-select of titles.
      element:
        options.length <= MAX_CHECKBOXES
          ? {
              type: 'checkboxes',
              action_id: FEEDBACK_FIELDS.signals,
              options,
              ...(initial.length > 0 ? { initial_options: initial } : {}),
            }
          : {
              type: 'multi_static_select',
              action_id: FEEDBACK_FIELDS.signals,
              options: options.map(titleOnly),
              ...(initial.length > 0 ? { initial_options: initial.map(titleOnly) } : {}),
            },
    },
  ];
  return formModal(FEEDBACK_ASK_CALLBACK, { pathwayId: form.pathwayId }, 'Ask for feedback', 'Send', blocks);
}

export function readFeedbackAskForm(state: ViewState): { colleagues: string[]; signalKeys: string[] } {
  return {
    colleagues: selectedUsers(state, FEEDBACK_FIELDS.colleagues, FEEDBACK_FIELDS.colleagues),
    signalKeys: selectedValues(state, FEEDBACK_FIELDS.signals, FEEDBACK_FIELDS.signals),
  };
}

export function feedbackAskedView(asked: Asked): ModalView {
  const lines: string[] = [];
  if (asked.asked.length > 0) {
    lines.push(
      `:incoming_envelope: Asked ${asked.asked.map(mention).join(', ')}. Each gets a DM now and one reminder in a few days if they haven’t answered. Their answers show beside your ratings in \`/pathway\` and on Home.`,
    );
  }
  if (asked.alreadyWaiting.length > 0)
    lines.push(
      `${asked.alreadyWaiting.map(mention).join(', ')} already ha${asked.alreadyWaiting.length === 1 ? 's' : 've'} a request from you waiting, so they were not asked again.`,
    );
  return noticeView('Feedback requested', lines.join('\n'));
}

function askText(details: FeedbackAsk, reminder: boolean): { text: string; blocks: KnownBlock[] } {
  const who = mention(details.asker.slackUserId);
  const signals = details.signals
    .map((signal) => `*${userText(signal.title)}*: ${userText(truncate(signal.description, 400))}`)
    .join('\n');
  // The signals' own words only: the role they belong to is the person's own business (their pathway is private).
  const intro = reminder
    ? `:wave: A reminder: ${who} would value your view on how they show these signals:`
    : `:wave: ${who} would value your view on how they show these signals:`;
  return {
    text: `${reminder ? 'A reminder: ' : ''}<@${details.asker.slackUserId}> asks for your view on ${details.signals.length} readiness signal${details.signals.length === 1 ? '' : 's'}`,
    blocks: [
      { type: 'section', text: mrkdwn(`${intro}\n${signals}`) },
      {
        type: 'actions',
        block_id: 'feedback_answer',
        elements: [
          {
            type: 'button',
            action_id: FEEDBACK_ANSWER_ACTION,
            value: details.requestId,
            style: 'primary',
            text: plain('Answer', LIMITS.buttonText),
            accessibility_label: 'Answer the feedback request',
          },
        ],
      },
      {
        type: 'context',
        elements: [
          mrkdwn(
            `It takes a minute; “I haven’t seen this” is a fine answer. Only they and their manager see your answer, with your name only if you tick the box. Open until ${formatDate(details.expiresAt.toISOString().slice(0, 10))}; no answer is fine too.`,
          ),
        ],
      },
    ],
  };
}

export const feedbackNotices: FeedbackNotices = {
  ask: (details) => askText(details, false),
  reminder: (details) => askText(details, true),
};

function choiceOption(value: string, text: string, description: string): PlainTextOption {
  return { text: plain(text, LIMITS.optionText), value, description: plain(description, LIMITS.optionText) };
}

const CHOICES: PlainTextOption[] = [
  ...RATINGS.map((rating) => choiceOption(String(rating), CAPITALISED[rating], OBSERVER_SCALE[rating])),
  choiceOption(NOT_SEEN, 'I haven’t seen this', NOT_SEEN_TEXT),
];

/** The colleague's form: each signal in its own words, the scale with what each level looks like, a comment, and consent to be named. */
export function feedbackAnswerModal(request: FeedbackToAnswer): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `How do you see ${mention(request.asker.slackUserId)} show these signals? Answer from what you have seen yourself.`,
        ),
      ],
    },
  ];
  for (const signal of request.signals) {
    const own = request.own.get(signal.key);
    const initial =
      own === undefined
        ? undefined
        : CHOICES.find((choice) => choice.value === (own.rating === null ? NOT_SEEN : String(own.rating)));
    blocks.push(
      { type: 'section', text: mrkdwn(`*${userText(signal.title)}*\n${userText(signal.description)}`) },
      {
        type: 'input',
        block_id: feedbackChoiceBlockId(signal.key),
        label: plain('What you have seen', 2000),
        element: {
          type: 'radio_buttons',
          action_id: FEEDBACK_FIELDS.choice,
          options: CHOICES,
          ...(initial ? { initial_option: initial } : {}),
        },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: feedbackCommentBlockId(signal.key),
        optional: true,
        label: plain('A moment that shows it', 2000),
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_FIELDS.comment,
          multiline: true,
          max_length: MAX_FEEDBACK_COMMENT_LENGTH,
          ...(own?.comment ? { initial_value: own.comment } : {}),
        },
      } satisfies InputBlock,
    );
  }
  const namedOption: Option = { text: plain('Show my name with my answer', LIMITS.optionText), value: NAMED_VALUE };
  blocks.push({
    type: 'input',
    block_id: FEEDBACK_FIELDS.named,
    optional: true,
    label: plain('Your name', 2000),
    hint: plain(
      `Ticked: they and their manager see your name, rating and comment. Not ticked: your answer is counted together with other colleagues’ (comments without names), shown once ${MIN_ANONYMOUS_ANSWERS} or more answered a signal. That is not full anonymity: someone who compares the counts before and after your answer may tell yours apart. You only ever see your own answer.`,
      2000,
    ),
    element: {
      type: 'checkboxes',
      action_id: FEEDBACK_FIELDS.named,
      options: [namedOption],
      ...(request.named ? { initial_options: [namedOption] } : {}),
    },
  });
  return formModal(
    FEEDBACK_ANSWER_CALLBACK,
    { requestId: request.requestId },
    'Your view',
    request.own.size > 0 ? 'Save changes' : 'Send',
    blocks,
  );
}

export type FeedbackAnswerForm =
  | { ok: true; answers: Array<{ signalKey: string; rating: Rating | null; comment: string | null }>; named: boolean }
  | { ok: false; errors: Record<string, string> };

export function readFeedbackAnswerForm(state: ViewState, signalKeys: readonly string[]): FeedbackAnswerForm {
  const errors: Record<string, string> = {};
  const answers: Array<{ signalKey: string; rating: Rating | null; comment: string | null }> = [];
  for (const signalKey of signalKeys) {
    const choice = feedbackChoiceSchema.safeParse(
      selectedValue(state, feedbackChoiceBlockId(signalKey), FEEDBACK_FIELDS.choice),
    );
    if (!choice.success) {
      errors[feedbackChoiceBlockId(signalKey)] = 'Pick a level, or “I haven’t seen this”.';
      continue;
    }
    const comment = textValue(state, feedbackCommentBlockId(signalKey), FEEDBACK_FIELDS.comment) ?? null;
    if (comment && comment.length > MAX_FEEDBACK_COMMENT_LENGTH)
      errors[feedbackCommentBlockId(signalKey)] = `Keep it under ${MAX_FEEDBACK_COMMENT_LENGTH} characters.`;
    answers.push({ signalKey, rating: choice.data, comment });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    answers,
    named: selectedValues(state, FEEDBACK_FIELDS.named, FEEDBACK_FIELDS.named).includes(NAMED_VALUE),
  };
}

export function feedbackAnsweredView(asker: string, named: boolean, first: boolean): ModalView {
  const shown = named
    ? 'with your name'
    : `counted together with other colleagues’ answers (shown once ${MIN_ANONYMOUS_ANSWERS} answered a signal)`;
  return noticeView(
    first ? 'Thank you' : 'Answer changed',
    `:white_check_mark: ${first ? 'Sent' : 'Saved'}. ${mention(asker)} and their manager see your answer ${shown}. Press *Answer* in the DM again to change it.`,
  );
}

/** To the person who asked, on a colleague's first answer: never what they said, only where to look. */
export function feedbackAnsweredNotice(details: AnswerNotice): OutboxPayload {
  const who = details.named ? mention(details.colleague.slackUserId) : 'A colleague you asked';
  const text = `:speech_balloon: ${who} answered your feedback request. ${
    details.named
      ? 'Their answer shows beside your ratings'
      : `Anonymous answers show beside your ratings once ${MIN_ANONYMOUS_ANSWERS} colleagues answered a signal`
  }: type \`/pathway\` or open Home.`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

// ---------------------------------------------------------------------------------------------
// How answers read
// ---------------------------------------------------------------------------------------------

/** Beside a signal's ratings: " · colleagues: 2 consistent, 1 emerging" (counts, never an average). */
export function colleagueSummary(view: ColleagueView | undefined): string {
  if (!view) return '';
  const spread = colleagueSpread(view);
  return spread ? ` · colleagues: ${spread}` : '';
}

/** The colleagues' part of a signal in the readiness case and calibration views. */
export function colleagueLines(view: ColleagueView | undefined): string[] {
  if (!view) return [];
  const lines: string[] = [];
  for (const answer of view.named) {
    lines.push(
      `• ${mention(answer.slackUserId)}: ${levelWord(answer.rating)}${answer.comment ? ` — “${userText(truncate(answer.comment, 200))}”` : ''}`,
    );
  }
  if (view.together.length > 0) {
    lines.push(`• Together: ${view.together.map((level) => `${level.count} ${levelWord(level.rating)}`).join(', ')}`);
    lines.push(...view.togetherComments.map((comment) => `  “${userText(truncate(comment, 200))}”`));
  }
  if (view.heldBack > 0)
    lines.push(
      `• ${view.heldBack} answer kept back until another colleague answers this signal (answers without names are only shown together)`,
    );
  return lines.length > 0 ? ['_Colleagues’ view_', ...lines] : [];
}

/** The person's requests still waiting: "no answer yet", never a refusal. */
export function waitingLine(waiting: readonly WaitingRequest[]): string | null {
  if (waiting.length === 0) return null;
  return `:hourglass_flowing_sand: Feedback asked, no answer yet: ${waiting.map((request) => `${mention(request.colleagueSlackUserId)} (${formatDate(request.askedAt.toISOString().slice(0, 10))})`).join(', ')}`;
}
