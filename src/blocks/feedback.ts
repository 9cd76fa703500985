/**
 * Feedback on readiness signals: the form to ask colleagues, the colleague's DM and reminder, the
 * answer form (the check-in scale with what each level looks like, or "I haven't seen this"), and
 * how answers read beside the person's and the manager's ratings. Ids used by listeners live here.
 */
import type { Button, InputBlock, KnownBlock, ModalView, Option, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import {
  type ColleagueView,
  FEEDBACK_OPEN_DAYS,
  feedbackChoiceSchema,
  MAX_COLLEAGUES_PER_ASK,
  MAX_FEEDBACK_COMMENT_LENGTH,
  MAX_OPEN_FEEDBACK_REQUESTS,
  MIN_ANONYMOUS_ANSWERS,
  NOT_SEEN,
} from '../domain/feedback.js';
import type { Language } from '../domain/language.js';
import { RATINGS, type Rating } from '../domain/readiness.js';
import { english, type Translator, translator } from '../i18n/index.js';
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

type LevelKey = 'feedback.level.1' | 'feedback.level.2' | 'feedback.level.3' | 'feedback.level.4';

/** "consistent", "haven’t seen it": a colleague's answer in a word, in the reader's language. */
export function levelWord(rating: Rating | null, t: Translator = english): string {
  return rating === null ? t.t('feedback.level.unseen') : t.t(`feedback.level.${rating}` as LevelKey);
}

/** The button that opens the ask form (check-in, readiness case, Home). */
export function feedbackAskButton(t: Translator = english): Button {
  return {
    type: 'button',
    action_id: FEEDBACK_OPEN_ACTION,
    value: 'ask',
    text: plain(t.t('feedback.askButton'), LIMITS.buttonText),
    accessibility_label: t.t('feedback.askButton.label'),
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
  t: Translator = english,
): ModalView {
  const options = form.signals.map(signalOption);
  const initial = options.filter((option) => prefill.signalKeys.includes(option.value ?? ''));
  const room = Math.max(0, MAX_OPEN_FEEDBACK_REQUESTS - form.waiting);
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [mrkdwn(t.t('feedback.ask.intro', { goal: userText(form.goalTitle), min: MIN_ANONYMOUS_ANSWERS }))],
    },
    {
      type: 'input',
      block_id: FEEDBACK_FIELDS.colleagues,
      label: plain(t.t('feedback.ask.colleagues'), 2000),
      hint: plain(
        t.t('feedback.ask.colleaguesHint', {
          waiting: form.waiting,
          max: MAX_OPEN_FEEDBACK_REQUESTS,
          room,
          days: FEEDBACK_OPEN_DAYS,
        }),
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
      label: plain(t.t('feedback.ask.signals'), 2000),
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
  return formModal(
    FEEDBACK_ASK_CALLBACK,
    { pathwayId: form.pathwayId },
    t.t('feedback.ask.title'),
    t.t('feedback.send'),
    blocks,
    t,
  );
}

export function readFeedbackAskForm(state: ViewState): { colleagues: string[]; signalKeys: string[] } {
  return {
    colleagues: selectedUsers(state, FEEDBACK_FIELDS.colleagues, FEEDBACK_FIELDS.colleagues),
    signalKeys: selectedValues(state, FEEDBACK_FIELDS.signals, FEEDBACK_FIELDS.signals),
  };
}

export function feedbackAskedView(asked: Asked, t: Translator = english): ModalView {
  const lines: string[] = [];
  if (asked.asked.length > 0) lines.push(t.t('feedback.asked.asked', { names: asked.asked.map(mention).join(', ') }));
  if (asked.alreadyWaiting.length > 0)
    lines.push(
      t.t('feedback.asked.alreadyWaiting', {
        names: asked.alreadyWaiting.map(mention).join(', '),
        count: asked.alreadyWaiting.length,
      }),
    );
  return noticeView(t.t('feedback.asked.title'), lines.join('\n'), t);
}

function askText(details: FeedbackAsk, reminder: boolean, t: Translator): { text: string; blocks: KnownBlock[] } {
  const who = mention(details.asker.slackUserId);
  const signals = details.signals
    .map((signal) => `*${userText(signal.title)}*: ${userText(truncate(signal.description, 400))}`)
    .join('\n');
  // The signals' own words only: the role they belong to is the person's own business (their pathway is private).
  const intro = t.t(reminder ? 'feedback.dm.introReminder' : 'feedback.dm.intro', { who });
  return {
    text: t.t(reminder ? 'feedback.dm.textReminder' : 'feedback.dm.text', { who, count: details.signals.length }),
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
            text: plain(t.t('feedback.dm.answer'), LIMITS.buttonText),
            accessibility_label: t.t('feedback.dm.answerLabel'),
          },
        ],
      },
      {
        type: 'context',
        elements: [mrkdwn(t.t('feedback.dm.context', { date: t.date(details.expiresAt.toISOString().slice(0, 10)) }))],
      },
    ],
  };
}

/** The colleague's DM and its reminder, in the colleague's language. */
export const feedbackNotices: FeedbackNotices = {
  ask: (details, language?: Language) => askText(details, false, translator(language)),
  reminder: (details, language?: Language) => askText(details, true, translator(language)),
};

function choices(t: Translator): PlainTextOption[] {
  const option = (value: string, text: string, description: string): PlainTextOption => ({
    text: plain(text, LIMITS.optionText),
    value,
    description: plain(description, LIMITS.optionText),
  });
  return [
    ...RATINGS.map((rating) =>
      option(String(rating), t.t(`feedback.choice.${rating}`), t.t(`feedback.scale.${rating}`)),
    ),
    option(NOT_SEEN, t.t('feedback.choice.unseen'), t.t('feedback.scale.unseen')),
  ];
}

/** The colleague's form: each signal in its own words, the scale with what each level looks like, a comment, and consent to be named. */
export function feedbackAnswerModal(request: FeedbackToAnswer, t: Translator = english): ModalView {
  const options = choices(t);
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [mrkdwn(t.t('feedback.answer.intro', { who: mention(request.asker.slackUserId) }))] },
  ];
  for (const signal of request.signals) {
    const own = request.own.get(signal.key);
    const initial =
      own === undefined
        ? undefined
        : options.find((choice) => choice.value === (own.rating === null ? NOT_SEEN : String(own.rating)));
    blocks.push(
      { type: 'section', text: mrkdwn(`*${userText(signal.title)}*\n${userText(signal.description)}`) },
      {
        type: 'input',
        block_id: feedbackChoiceBlockId(signal.key),
        label: plain(t.t('feedback.answer.seen'), 2000),
        element: {
          type: 'radio_buttons',
          action_id: FEEDBACK_FIELDS.choice,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: feedbackCommentBlockId(signal.key),
        optional: true,
        label: plain(t.t('feedback.answer.moment'), 2000),
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
  const namedOption: Option = { text: plain(t.t('feedback.answer.named'), LIMITS.optionText), value: NAMED_VALUE };
  blocks.push({
    type: 'input',
    block_id: FEEDBACK_FIELDS.named,
    optional: true,
    label: plain(t.t('feedback.answer.nameLabel'), 2000),
    hint: plain(t.t('feedback.answer.nameHint', { min: MIN_ANONYMOUS_ANSWERS }), 2000),
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
    t.t('feedback.answer.title'),
    request.own.size > 0 ? t.t('feedback.answer.saveChanges') : t.t('feedback.send'),
    blocks,
    t,
  );
}

export type FeedbackAnswerForm =
  | { ok: true; answers: Array<{ signalKey: string; rating: Rating | null; comment: string | null }>; named: boolean }
  | { ok: false; errors: Record<string, string> };

export function readFeedbackAnswerForm(
  state: ViewState,
  signalKeys: readonly string[],
  t: Translator = english,
): FeedbackAnswerForm {
  const errors: Record<string, string> = {};
  const answers: Array<{ signalKey: string; rating: Rating | null; comment: string | null }> = [];
  for (const signalKey of signalKeys) {
    const choice = feedbackChoiceSchema.safeParse(
      selectedValue(state, feedbackChoiceBlockId(signalKey), FEEDBACK_FIELDS.choice),
    );
    if (!choice.success) {
      errors[feedbackChoiceBlockId(signalKey)] = t.t('feedback.answer.pickLevel');
      continue;
    }
    const comment = textValue(state, feedbackCommentBlockId(signalKey), FEEDBACK_FIELDS.comment) ?? null;
    if (comment && comment.length > MAX_FEEDBACK_COMMENT_LENGTH)
      errors[feedbackCommentBlockId(signalKey)] = t.t('feedback.answer.tooLong', { max: MAX_FEEDBACK_COMMENT_LENGTH });
    answers.push({ signalKey, rating: choice.data, comment });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    answers,
    named: selectedValues(state, FEEDBACK_FIELDS.named, FEEDBACK_FIELDS.named).includes(NAMED_VALUE),
  };
}

export function feedbackAnsweredView(
  asker: string,
  named: boolean,
  first: boolean,
  t: Translator = english,
): ModalView {
  const shown = named
    ? t.t('feedback.answered.named')
    : t.t('feedback.answered.together', { min: MIN_ANONYMOUS_ANSWERS });
  const body = t.t(first ? 'feedback.answered.sent' : 'feedback.answered.saved', { who: mention(asker), shown });
  return noticeView(first ? t.t('feedback.answered.thanks') : t.t('feedback.answered.changed'), body, t);
}

/** To the person who asked, on a colleague's first answer (in the asker's language): never what they said, only where to look. */
export function feedbackAnsweredNotice(details: AnswerNotice, language?: Language): OutboxPayload {
  const t = translator(language);
  const text = details.named
    ? t.t('feedback.answeredNotice.named', { who: mention(details.colleague.slackUserId) })
    : t.t('feedback.answeredNotice.anonymous', { min: MIN_ANONYMOUS_ANSWERS });
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

// ---------------------------------------------------------------------------------------------
// How answers read
// ---------------------------------------------------------------------------------------------

/** "2 consistent, 1 emerging": what colleagues said, counted over everything the viewer may see; never an average. */
function colleagueSpread(view: ColleagueView, t: Translator): string {
  const ratings: Array<Rating | null> = [
    ...view.named.map((answer) => answer.rating),
    ...view.together.flatMap((level) => Array.from({ length: level.count }, () => level.rating)),
  ];
  const levels: Array<Rating | null> = [...[...RATINGS].reverse(), null];
  return levels
    .flatMap((rating) => {
      const count = ratings.filter((answer) => answer === rating).length;
      return count > 0 ? [t.t('feedback.levelCount', { count, level: levelWord(rating, t) })] : [];
    })
    .join(', ');
}

/** Beside a signal's ratings: " · colleagues: 2 consistent, 1 emerging" (counts, never an average). */
export function colleagueSummary(view: ColleagueView | undefined, t: Translator = english): string {
  if (!view) return '';
  const spread = colleagueSpread(view, t);
  return spread ? t.t('feedback.summary', { spread }) : '';
}

/** The colleagues' part of a signal in the readiness case and calibration views. */
export function colleagueLines(view: ColleagueView | undefined, t: Translator = english): string[] {
  if (!view) return [];
  const lines: string[] = [];
  for (const answer of view.named) {
    lines.push(
      `• ${mention(answer.slackUserId)}: ${levelWord(answer.rating, t)}${answer.comment ? ` — “${userText(truncate(answer.comment, 200))}”` : ''}`,
    );
  }
  if (view.together.length > 0) {
    lines.push(
      t.t('feedback.lines.together', {
        levels: view.together
          .map((level) => t.t('feedback.levelCount', { count: level.count, level: levelWord(level.rating, t) }))
          .join(', '),
      }),
    );
    lines.push(...view.togetherComments.map((comment) => `  “${userText(truncate(comment, 200))}”`));
  }
  if (view.heldBack > 0) lines.push(t.t('feedback.lines.heldBack', { count: view.heldBack }));
  return lines.length > 0 ? [t.t('feedback.lines.header'), ...lines] : [];
}

/** The person's requests still waiting: "no answer yet", never a refusal. */
export function waitingLine(waiting: readonly WaitingRequest[], t: Translator = english): string | null {
  if (waiting.length === 0) return null;
  const list = waiting
    .map(
      (request) => `${mention(request.colleagueSlackUserId)} (${t.date(request.askedAt.toISOString().slice(0, 10))})`,
    )
    .join(', ');
  return t.t('feedback.waiting', { list });
}
