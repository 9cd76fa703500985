/**
 * Check-in surfaces: the check-in modal, the manager's DM summary, the
 * calibration modal and the person's calibration notice. Ids used by the
 * listeners (callback, block and action ids) are defined here, beside the blocks.
 */
import type {
  ActionsBlock,
  Button,
  InputBlock,
  KnownBlock,
  ModalView,
  PlainTextOption,
  RadioButtons,
} from '@slack/types';
import { z } from 'zod';
import type { SignalCase } from '../domain/evidence.js';
import type { ColleagueView } from '../domain/feedback.js';
import { MAX_EXAMPLE_LENGTH, MAX_MANAGER_COMMENT_LENGTH, RATINGS, type Rating } from '../domain/readiness.js';
import { english, type Translator } from '../i18n/index.js';
import type { CheckInDetail, CheckInForm, CheckInSummary, LastAnswer, ReadinessView } from '../services/checkins.js';
import type { OutboxPayload } from '../services/outbox.js';
import { caseSummary } from './evidence.js';
import { colleagueLines, feedbackAskButton } from './feedback.js';
import { formModal, noticeView } from './modals.js';
import { ratingLabel, ratingWord, readinessBlocks } from './readiness.js';
import { LIMITS, mention, mrkdwn, plain, truncate, userText } from './text.js';

export const CHECKIN_OPEN_ACTION = 'checkin_open';
export const CALIBRATE_OPEN_ACTION = 'checkin_calibrate_open';
export const CHECKIN_CALLBACK = 'checkin_submit';
export const CALIBRATION_CALLBACK = 'checkin_calibration_submit';
export const RATING_ACTION = 'rating';
export const EXAMPLE_ACTION = 'example';
export const COMMENT_ACTION = 'comment';
export const COMMENT_BLOCK = 'comment';
export const KEEP_EXAMPLE_ACTION = 'keep_example';
export const KEEP_EXAMPLE_VALUE = 'keep';

export const ratingBlockId = (signalKey: string): string => `rating:${signalKey}`;
export const exampleBlockId = (signalKey: string): string => `example:${signalKey}`;
export const managerRatingBlockId = (signalKey: string): string => `manager:${signalKey}`;
export const keepExampleBlockId = (signalKey: string): string => `keep:${signalKey}`;

export const checkInMetadataSchema = z.object({ pathwayId: z.string().min(1) });
export const calibrationMetadataSchema = z.object({ checkInId: z.string().min(1) });

/** A rating as a choice in a form: "Not yet", "Emerging"… */
export function ratingOption(rating: Rating, t: Translator = english): PlainTextOption {
  return { text: plain(t.t(`checkin.ratingOption.${rating}`), LIMITS.optionText), value: String(rating) };
}

function ratingButtons(initial: Rating | null, t: Translator): RadioButtons {
  return {
    type: 'radio_buttons',
    action_id: RATING_ACTION,
    options: RATINGS.map((rating) => ratingOption(rating, t)),
    ...(initial === null ? {} : { initial_option: ratingOption(initial, t) }),
  };
}

/** Where a check-in starts from: the last answers on this goal, and each signal's readiness case. */
export interface CheckInStart {
  last: ReadonlyMap<string, LastAnswer>;
  cases: ReadonlyMap<string, SignalCase>;
}

const NO_START: CheckInStart = { last: new Map(), cases: new Map() };

function signalSection(
  index: number,
  title: string,
  description: string,
  signalCase: SignalCase | undefined,
  t: Translator,
): KnownBlock {
  const summary = caseSummary(signalCase, t);
  return {
    type: 'section',
    text: mrkdwn(`*${index + 1}. ${userText(title)}*\n${userText(description)}${summary ? `\n${summary}` : ''}`),
  };
}

function keepExampleInput(signalKey: string, last: LastAnswer & { example: string }, t: Translator): InputBlock {
  return {
    type: 'input',
    block_id: keepExampleBlockId(signalKey),
    optional: true,
    label: plain(t.t('checkin.keep.label', { date: t.date(last.date) }), 2000),
    hint: plain(`“${truncate(last.example, MAX_EXAMPLE_LENGTH)}”`, 2000),
    element: {
      type: 'checkboxes',
      action_id: KEEP_EXAMPLE_ACTION,
      options: [{ text: plain(t.t('checkin.keep.option'), LIMITS.optionText), value: KEEP_EXAMPLE_VALUE }],
    },
  };
}

/**
 * Ratings start from the last check-in on the same goal; beside each signal, the
 * short form of its readiness case; an earlier example is kept with one tick.
 */
export function checkInModal(form: CheckInForm, start: CheckInStart = NO_START, t: Translator = english): ModalView {
  const resumed = start.last.size > 0;
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [mrkdwn(t.t(resumed ? 'checkin.intro.resumed' : 'checkin.intro', { goal: userText(form.goal.title) }))],
    },
  ];
  form.signals.forEach((signal, index) => {
    const last = start.last.get(signal.key);
    blocks.push(signalSection(index, signal.title, signal.description, start.cases.get(signal.key), t), {
      type: 'input',
      block_id: ratingBlockId(signal.key),
      label: plain(t.t('checkin.yourRating'), 2000),
      ...(last
        ? {
            hint: plain(t.t('checkin.lastTime', { rating: ratingWord(last.rating, t), date: t.date(last.date) }), 2000),
          }
        : {}),
      element: ratingButtons(last?.rating ?? null, t),
    } satisfies InputBlock);
    if (last?.example) blocks.push(keepExampleInput(signal.key, { ...last, example: last.example }, t));
    blocks.push({
      type: 'input',
      block_id: exampleBlockId(signal.key),
      optional: true,
      // Slack marks the field optional (a "not yet" needs no example), so the hint says when it is not.
      label: plain(t.t(last?.example ? 'checkin.example.newLabel' : 'checkin.example.label'), 2000),
      hint: plain(t.t(last?.example ? 'checkin.example.newHint' : 'checkin.example.hint'), 2000),
      element: { type: 'plain_text_input', action_id: EXAMPLE_ACTION, multiline: true, max_length: MAX_EXAMPLE_LENGTH },
    } satisfies InputBlock);
  });
  const metadata: z.infer<typeof checkInMetadataSchema> = { pathwayId: form.pathwayId };
  return formModal(CHECKIN_CALLBACK, metadata, t.t('checkin.modal.title'), t.t('checkin.modal.submit'), blocks, t);
}

/** Ask colleagues for feedback, worded in the reader's language. */
function askFeedbackButton(t: Translator): Button {
  return {
    ...feedbackAskButton(t),
    text: plain(t.t('checkin.askFeedback.button'), LIMITS.buttonText),
    accessibility_label: t.t('checkin.askFeedback.label'),
  };
}

/** What replaces the modal after a successful check-in; `next` offers the step after it (the competencies). */
export function checkInSavedView(
  readiness: ReadinessView | null,
  managerSlackUserId: string | null,
  next: KnownBlock[] = [],
  t: Translator = english,
): ModalView {
  const shared = managerSlackUserId
    ? t.t('checkin.saved.manager', { manager: mention(managerSlackUserId) })
    : t.t('checkin.saved.noManager');
  return {
    type: 'modal',
    callback_id: 'checkin_saved',
    title: plain(t.t('checkin.saved.title'), LIMITS.modalTitle),
    close: plain(t.t('checkin.done'), LIMITS.modalTitle),
    blocks: [
      { type: 'section', text: mrkdwn(t.t('checkin.saved.body', { shared })) },
      ...next,
      ...readinessBlocks(readiness, 'self', t),
      { type: 'section', text: mrkdwn(t.t('checkin.saved.askColleagues')) },
      { type: 'actions', block_id: 'checkin_feedback', elements: [askFeedbackButton(t)] },
    ],
  };
}

/**
 * The manager's DM after a check-in. It carries no ratings or examples: those are
 * read through the button, which checks the person's CURRENT manager each time.
 */
export function checkInSummaryMessage(summary: CheckInSummary, t: Translator = english): OutboxPayload {
  const who = mention(summary.person.slackUserId);
  const goal = userText(summary.goalTitle);
  return {
    text: t.t('checkin.summary.text', { who, goal }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          t.t('checkin.summary.body', {
            who,
            goal,
            date: t.date(summary.date),
            consistent: summary.consistentCount,
            count: summary.signalCount,
          }),
        ),
      },
      { type: 'context', elements: [mrkdwn(t.t('checkin.summary.hint'))] },
      {
        type: 'actions',
        block_id: 'checkin_summary_actions',
        elements: [
          {
            type: 'button',
            action_id: CALIBRATE_OPEN_ACTION,
            text: plain(t.t('checkin.summary.button'), LIMITS.buttonText),
            accessibility_label: t.t('checkin.summary.buttonLabel'),
            style: 'primary',
            value: summary.checkInId,
          },
        ],
      } satisfies ActionsBlock,
    ],
  };
}

/** The button that opens a check-in for the manager's own ratings ("calibration", in plain words); once given, to change them. */
export function calibrateButton(checkInId: string, calibrated = false, t: Translator = english): Button {
  const text = t.t(calibrated ? 'checkin.calibrate.change' : 'checkin.calibrate.add');
  return {
    type: 'button',
    action_id: CALIBRATE_OPEN_ACTION,
    text: plain(text, LIMITS.buttonText),
    accessibility_label: text,
    value: checkInId,
  };
}

function selfLine(rating: CheckInDetail['ratings'][number], t: Translator): string {
  const example = rating.example ? ` — “${userText(truncate(rating.example, MAX_EXAMPLE_LENGTH))}”` : '';
  return `${t.t('checkin.calibration.self', { rating: ratingWord(rating.selfRating, t) })}${example}`;
}

export function calibrationModal(
  detail: CheckInDetail,
  cases: ReadonlyMap<string, SignalCase> = new Map(),
  colleagues: ReadonlyMap<string, ColleagueView> = new Map(),
  t: Translator = english,
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          t.t('checkin.calibration.intro', {
            who: mention(detail.person.slackUserId),
            date: t.date(detail.date),
            goal: userText(detail.goalTitle),
          }),
        ),
      ],
    },
  ];
  for (const rating of detail.ratings) {
    const summary = caseSummary(cases.get(rating.signalKey), t);
    const others = colleagueLines(colleagues.get(rating.signalKey), t);
    blocks.push(
      {
        type: 'section',
        text: mrkdwn(
          `*${userText(rating.title)}*\n${selfLine(rating, t)}${summary ? `\n${summary}` : ''}${others.length > 0 ? `\n${others.join('\n')}` : ''}`,
        ),
      },
      {
        type: 'input',
        block_id: managerRatingBlockId(rating.signalKey),
        label: plain(t.t('checkin.yourRating'), 2000),
        element: ratingButtons(rating.managerRating, t),
      } satisfies InputBlock,
    );
  }
  blocks.push({
    type: 'input',
    block_id: COMMENT_BLOCK,
    optional: true,
    label: plain(t.t('checkin.calibration.comment'), 2000),
    hint: plain(t.t('checkin.calibration.commentHint'), 2000),
    element: {
      type: 'plain_text_input',
      action_id: COMMENT_ACTION,
      multiline: true,
      max_length: MAX_MANAGER_COMMENT_LENGTH,
      ...(detail.managerComment ? { initial_value: detail.managerComment } : {}),
    },
  } satisfies InputBlock);
  const metadata: z.infer<typeof calibrationMetadataSchema> = { checkInId: detail.id };
  return formModal(CALIBRATION_CALLBACK, metadata, t.t('checkin.calibration.title'), t.t('checkin.save'), blocks, t);
}

/** Self and manager rating per signal, worded for who reads it: the person ("you") or the manager ("you" is the manager). */
function comparisonLines(detail: CheckInDetail, reader: 'person' | 'manager', t: Translator): string {
  return detail.ratings
    .map((rating) => {
      const values = {
        title: userText(rating.title),
        self: ratingWord(rating.selfRating, t),
        manager: ratingLabel(rating.managerRating, t),
        who: mention(detail.person.slackUserId),
      };
      return t.t(reader === 'person' ? 'checkin.compare.person' : 'checkin.compare.manager', values);
    })
    .join('\n');
}

/** The person's DM once their manager calibrated a check-in. */
export function calibrationNoticeMessage(
  detail: CheckInDetail,
  managerSlackUserId: string,
  t: Translator = english,
): OutboxPayload {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `${t.t('checkin.notice.head', { manager: mention(managerSlackUserId), date: t.date(detail.date) })}\n${comparisonLines(detail, 'person', t)}`,
      ),
    },
  ];
  if (detail.managerComment)
    blocks.push({
      type: 'section',
      text: mrkdwn(
        t.t('checkin.notice.comment', {
          comment: userText(truncate(detail.managerComment, MAX_MANAGER_COMMENT_LENGTH)),
        }),
      ),
    });
  blocks.push({ type: 'context', elements: [mrkdwn(t.t('checkin.notice.hint'))] });
  return { text: t.t('checkin.notice.text'), blocks };
}

/** What replaces the calibration modal once saved. */
export function calibrationSavedView(detail: CheckInDetail, t: Translator = english): ModalView {
  return noticeView(
    t.t('checkin.calibrationSaved.title'),
    `${t.t('checkin.calibrationSaved.body', { who: mention(detail.person.slackUserId) })}\n${comparisonLines(detail, 'manager', t)}`,
    t,
  );
}
