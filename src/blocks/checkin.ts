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
import { formatDate } from '../domain/dates.js';
import type { SignalCase } from '../domain/evidence.js';
import type { ColleagueView } from '../domain/feedback.js';
import {
  MAX_EXAMPLE_LENGTH,
  MAX_MANAGER_COMMENT_LENGTH,
  RATING_LABELS,
  RATINGS,
  type Rating,
} from '../domain/readiness.js';
import type { CheckInDetail, CheckInForm, CheckInSummary, LastAnswer, ReadinessView } from '../services/checkins.js';
import type { OutboxPayload } from '../services/outbox.js';
import { caseSummary } from './evidence.js';
import { colleagueLines, feedbackAskButton } from './feedback.js';
import { formModal, noticeView } from './modals.js';
import { ratingLabel, readinessBlocks } from './readiness.js';
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

const CAPITALISED: Record<Rating, string> = { 1: 'Not yet', 2: 'Emerging', 3: 'Consistent', 4: 'Role model' };

function ratingOption(rating: Rating): PlainTextOption {
  return { text: plain(CAPITALISED[rating], LIMITS.optionText), value: String(rating) };
}

function ratingButtons(initial: Rating | null): RadioButtons {
  return {
    type: 'radio_buttons',
    action_id: RATING_ACTION,
    options: RATINGS.map(ratingOption),
    ...(initial === null ? {} : { initial_option: ratingOption(initial) }),
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
): KnownBlock {
  const summary = caseSummary(signalCase);
  return {
    type: 'section',
    text: mrkdwn(`*${index + 1}. ${userText(title)}*\n${userText(description)}${summary ? `\n${summary}` : ''}`),
  };
}

function keepExampleInput(signalKey: string, last: LastAnswer & { example: string }): InputBlock {
  return {
    type: 'input',
    block_id: keepExampleBlockId(signalKey),
    optional: true,
    label: plain(`Your example from ${formatDate(last.date)}`, 2000),
    hint: plain(`“${truncate(last.example, MAX_EXAMPLE_LENGTH)}”`, 2000),
    element: {
      type: 'checkboxes',
      action_id: KEEP_EXAMPLE_ACTION,
      options: [{ text: plain('Keep it for this check-in', LIMITS.optionText), value: KEEP_EXAMPLE_VALUE }],
    },
  };
}

/**
 * Ratings start from the last check-in on the same goal; beside each signal, the
 * short form of its readiness case; an earlier example is kept with one tick.
 */
export function checkInModal(form: CheckInForm, start: CheckInStart = NO_START): ModalView {
  const resumed = start.last.size > 0;
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `Rate yourself against the signals of *${userText(form.goal.title)}*: the things people do that show they are ready for it. Give a short example for each rating above “not yet”.` +
            (resumed ? ' Your ratings start from your last check-in: change what moved.' : '') +
            ' Only you and your manager see your check-ins.',
        ),
      ],
    },
  ];
  form.signals.forEach((signal, index) => {
    const last = start.last.get(signal.key);
    blocks.push(signalSection(index, signal.title, signal.description, start.cases.get(signal.key)), {
      type: 'input',
      block_id: ratingBlockId(signal.key),
      label: plain('Your rating', 2000),
      ...(last ? { hint: plain(`Last time: ${RATING_LABELS[last.rating]} (${formatDate(last.date)}).`, 2000) } : {}),
      element: ratingButtons(last?.rating ?? null),
    } satisfies InputBlock);
    if (last?.example) blocks.push(keepExampleInput(signal.key, { ...last, example: last.example }));
    blocks.push({
      type: 'input',
      block_id: exampleBlockId(signal.key),
      optional: true,
      // Slack marks the field optional (a "not yet" needs no example), so the hint says when it is not.
      label: plain(last?.example ? 'Or a new example' : 'When did you show this?', 2000),
      hint: plain(
        last?.example
          ? 'A new example replaces the kept one. Leave both empty only for “not yet”.'
          : 'A moment or piece of work that shows it. Leave it empty only for “not yet”.',
        2000,
      ),
      element: { type: 'plain_text_input', action_id: EXAMPLE_ACTION, multiline: true, max_length: MAX_EXAMPLE_LENGTH },
    } satisfies InputBlock);
  });
  const metadata: z.infer<typeof checkInMetadataSchema> = { pathwayId: form.pathwayId };
  return formModal(CHECKIN_CALLBACK, metadata, 'Readiness check-in', 'Save check-in', blocks);
}

/** What replaces the modal after a successful check-in; `next` offers the step after it (the competencies). */
export function checkInSavedView(
  readiness: ReadinessView | null,
  managerSlackUserId: string | null,
  next: KnownBlock[] = [],
): ModalView {
  const shared = managerSlackUserId
    ? `${mention(managerSlackUserId)} gets a summary and can add their view beside yours.`
    : 'Link your manager with `/pathway manager @name` so they can see your check-ins and add their view.';
  return {
    type: 'modal',
    callback_id: 'checkin_saved',
    title: plain('Check-in saved', LIMITS.modalTitle),
    close: plain('Done', LIMITS.modalTitle),
    blocks: [
      { type: 'section', text: mrkdwn(`:white_check_mark: *Check-in saved.* ${shared}`) },
      ...next,
      ...readinessBlocks(readiness, 'self'),
      {
        type: 'section',
        text: mrkdwn(
          'How do colleagues see these signals? Ask a few who have seen your work: their answers show beside yours.',
        ),
      },
      { type: 'actions', block_id: 'checkin_feedback', elements: [feedbackAskButton()] },
    ],
  };
}

/**
 * The manager's DM after a check-in. It carries no ratings or examples: those are
 * read through the button, which checks the person's CURRENT manager each time.
 */
export function checkInSummaryMessage(summary: CheckInSummary): OutboxPayload {
  const who = mention(summary.person.slackUserId);
  const text = `${who} made a readiness check-in against ${userText(summary.goalTitle)}.`;
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:clipboard: *${who} made a readiness check-in* against the signals of *${userText(summary.goalTitle)}* on ${formatDate(summary.date)}: ` +
            `${summary.consistentCount} of ${summary.signalCount} signals at consistent or above in their own view.`,
        ),
      },
      {
        type: 'context',
        elements: [mrkdwn('Open it to read their ratings and examples, and add your rating beside each one.')],
      },
      {
        type: 'actions',
        block_id: 'checkin_summary_actions',
        elements: [
          {
            type: 'button',
            action_id: CALIBRATE_OPEN_ACTION,
            text: plain('Open and add your view', LIMITS.buttonText),
            accessibility_label: 'Open and add your view to the check-in',
            style: 'primary',
            value: summary.checkInId,
          },
        ],
      } satisfies ActionsBlock,
    ],
  };
}

/** The button that opens a check-in for the manager's own ratings ("calibration", in plain words); once given, to change them. */
export function calibrateButton(checkInId: string, calibrated = false): Button {
  const text = calibrated ? 'Change your view of the check-in' : 'Add your view to the check-in';
  return {
    type: 'button',
    action_id: CALIBRATE_OPEN_ACTION,
    text: plain(text, LIMITS.buttonText),
    accessibility_label: text,
    value: checkInId,
  };
}

function selfLine(rating: CheckInDetail['ratings'][number]): string {
  const example = rating.example ? ` — “${userText(truncate(rating.example, MAX_EXAMPLE_LENGTH))}”` : '';
  return `Self: *${RATING_LABELS[rating.selfRating]}*${example}`;
}

export function calibrationModal(
  detail: CheckInDetail,
  cases: ReadonlyMap<string, SignalCase> = new Map(),
  colleagues: ReadonlyMap<string, ColleagueView> = new Map(),
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `${mention(detail.person.slackUserId)}’s check-in of ${formatDate(detail.date)} against *${userText(detail.goalTitle)}*. ` +
            'Add your rating beside each self rating; they see your ratings and comment.',
        ),
      ],
    },
  ];
  for (const rating of detail.ratings) {
    const summary = caseSummary(cases.get(rating.signalKey));
    const others = colleagueLines(colleagues.get(rating.signalKey));
    blocks.push(
      {
        type: 'section',
        text: mrkdwn(
          `*${userText(rating.title)}*\n${selfLine(rating)}${summary ? `\n${summary}` : ''}${others.length > 0 ? `\n${others.join('\n')}` : ''}`,
        ),
      },
      {
        type: 'input',
        block_id: managerRatingBlockId(rating.signalKey),
        label: plain('Your rating', 2000),
        element: ratingButtons(rating.managerRating),
      } satisfies InputBlock,
    );
  }
  blocks.push({
    type: 'input',
    block_id: COMMENT_BLOCK,
    optional: true,
    label: plain('Comment', 2000),
    hint: plain('What you saw, and what would show the next level.', 2000),
    element: {
      type: 'plain_text_input',
      action_id: COMMENT_ACTION,
      multiline: true,
      max_length: MAX_MANAGER_COMMENT_LENGTH,
      ...(detail.managerComment ? { initial_value: detail.managerComment } : {}),
    },
  } satisfies InputBlock);
  const metadata: z.infer<typeof calibrationMetadataSchema> = { checkInId: detail.id };
  return formModal(CALIBRATION_CALLBACK, metadata, 'Your view', 'Save', blocks);
}

/** Self and manager rating per signal, worded for who reads it: the person ("you") or the manager ("you" is the manager). */
function comparisonLines(detail: CheckInDetail, reader: 'person' | 'manager'): string {
  return detail.ratings
    .map((rating) => {
      const self = RATING_LABELS[rating.selfRating];
      const manager = ratingLabel(rating.managerRating);
      return reader === 'person'
        ? `• ${userText(rating.title)}: you *${self}* · your manager *${manager}*`
        : `• ${userText(rating.title)}: ${mention(detail.person.slackUserId)} *${self}* · you *${manager}*`;
    })
    .join('\n');
}

/** The person's DM once their manager calibrated a check-in. */
export function calibrationNoticeMessage(detail: CheckInDetail, managerSlackUserId: string): OutboxPayload {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `:handshake: *${mention(managerSlackUserId)} added their view to your check-in of ${formatDate(detail.date)}*\n${comparisonLines(detail, 'person')}`,
      ),
    },
  ];
  if (detail.managerComment)
    blocks.push({
      type: 'section',
      text: mrkdwn(`*Comment:* ${userText(truncate(detail.managerComment, MAX_MANAGER_COMMENT_LENGTH))}`),
    });
  blocks.push({ type: 'context', elements: [mrkdwn('Your trend and both views are in `/pathway` and the Home tab.')] });
  return { text: 'Your manager added their view to your check-in.', blocks };
}

/** What replaces the calibration modal once saved. */
export function calibrationSavedView(detail: CheckInDetail): ModalView {
  return noticeView(
    'Your view is saved',
    `:white_check_mark: Saved. ${mention(detail.person.slackUserId)} gets your ratings and comment in a DM.\n${comparisonLines(detail, 'manager')}`,
  );
}
