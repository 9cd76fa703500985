/**
 * The "Assess your competencies" modal: one select per competency of the goal
 * role on the check-in scale, prefilled from the last assessment, each with an
 * optional short note; and the confirmation that replaces it. Ids used by the
 * listeners are defined here, beside the blocks.
 */
import type { Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import { RATINGS, type Rating } from '../domain/readiness.js';
import type { ReadinessView } from '../services/checkins.js';
import {
  type CompetencyForm,
  type LastCompetencyAnswer,
  MAX_COMPETENCY_NOTE_LENGTH,
} from '../services/competencies.js';
import { formModal } from './modals.js';
import { readinessBlocks } from './readiness.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const COMPETENCIES_OPEN_ACTION = 'competencies_open';
/** The framework's milestone template for self-assessment: its row gets an "Assess" button. */
export const ASSESS_COMPETENCIES_TEMPLATE_KEY = 'assess-competencies';

/** Opens the competency modal; carries the milestone id (any id: the modal is for the current goal). */
export function assessButton(milestoneId: string, title = 'your competencies'): Button {
  return {
    type: 'button',
    text: plain('Assess', LIMITS.buttonText),
    accessibility_label: namedLabel((t) => `Assess: '${t}'`, title),
    action_id: COMPETENCIES_OPEN_ACTION,
    value: milestoneId,
  };
}

/**
 * Under a saved check-in: the competencies as its next, optional step (the modal is pushed
 * over the confirmation). Nothing when the goal role lists no competencies.
 */
export function competenciesStepBlocks(
  readiness: Pick<ReadinessView, 'competencies'> | null,
  pathwayId: string,
): KnownBlock[] {
  const competencies = readiness?.competencies ?? [];
  if (competencies.length === 0) return [];
  const rated = competencies.some((competency) => competency.rating !== null);
  const text = `*Next, if you have a minute:* ${rated ? 'update your' : 'rate yourself on the'} ${competencies.length} competenc${competencies.length === 1 ? 'y' : 'ies'} of your goal role, in one short form.`;
  return [
    {
      type: 'section',
      text: mrkdwn(text),
      accessory: { ...assessButton(pathwayId), text: plain('Assess competencies', LIMITS.buttonText) },
    },
  ];
}
export const COMPETENCIES_CALLBACK = 'competencies_submit';
export const COMPETENCY_RATING_ACTION = 'competency_rating';
export const COMPETENCY_NOTE_ACTION = 'competency_note';

export const competencyRatingBlockId = (competencyKey: string): string => `competency:${competencyKey}`;
export const competencyNoteBlockId = (competencyKey: string): string => `competency_note:${competencyKey}`;

export const competenciesMetadataSchema = z.object({ pathwayId: z.string().min(1) });

export const PICK_A_RATING = 'Pick your rating: not yet, emerging, consistent or role model.';

const CAPITALISED: Record<Rating, string> = { 1: 'Not yet', 2: 'Emerging', 3: 'Consistent', 4: 'Role model' };

function ratingOption(rating: Rating): PlainTextOption {
  return { text: plain(CAPITALISED[rating], LIMITS.optionText), value: String(rating) };
}

function ratingInput(
  key: string,
  title: string,
  description: string,
  last: LastCompetencyAnswer | undefined,
): InputBlock {
  return {
    type: 'input',
    block_id: competencyRatingBlockId(key),
    label: plain(title, 2000),
    hint: plain(description, 2000),
    element: {
      type: 'static_select',
      action_id: COMPETENCY_RATING_ACTION,
      placeholder: plain('Your rating', 150),
      options: RATINGS.map(ratingOption),
      ...(last ? { initial_option: ratingOption(last.rating) } : {}),
    },
  };
}

function noteInput(key: string, last: LastCompetencyAnswer | undefined): InputBlock {
  return {
    type: 'input',
    block_id: competencyNoteBlockId(key),
    optional: true,
    label: plain('A short note', 2000),
    element: {
      type: 'plain_text_input',
      action_id: COMPETENCY_NOTE_ACTION,
      max_length: MAX_COMPETENCY_NOTE_LENGTH,
      placeholder: plain('What makes you say so', 150),
      ...(last?.note ? { initial_value: truncate(last.note, MAX_COMPETENCY_NOTE_LENGTH) } : {}),
    },
  };
}

/** Every competency of the goal role, ratings starting from the last assessment. */
export function competenciesModal(
  form: CompetencyForm,
  last: ReadonlyMap<string, LastCompetencyAnswer> = new Map(),
): ModalView {
  const dates = [...last.values()].map((answer) => answer.date).sort();
  const since =
    dates.length > 0 ? ` Your ratings from ${formatDate(dates.at(-1)!)} are filled in: change what has moved.` : '';
  const intro: KnownBlock = {
    type: 'section',
    text: mrkdwn(
      `Rate yourself on the competencies of *${userText(form.goal.title)}*, as each looks at that level: not yet, emerging, consistent or role model. Your manager sees your ratings too.${since}`,
    ),
  };
  const inputs = form.competencies.flatMap((item) => {
    const answer = last.get(item.key);
    return [ratingInput(item.key, item.title, item.description, answer), noteInput(item.key, answer)];
  });
  return formModal(COMPETENCIES_CALLBACK, { pathwayId: form.pathwayId }, 'Assess your competencies', 'Save', [
    intro,
    ...inputs,
  ]);
}

/** What replaces the modal once the ratings are stored. */
export function competenciesSavedView(
  readiness: ReadinessView | null,
  managerSlackUserId: string | null,
  count: number,
): ModalView {
  const shared = managerSlackUserId
    ? `${mention(managerSlackUserId)} sees them beside your readiness.`
    : 'Link your manager with `/pathway manager @name` so they can see them too.';
  return {
    type: 'modal',
    callback_id: 'competencies_saved',
    title: plain('Competencies saved', LIMITS.modalTitle),
    close: plain('Done', LIMITS.modalTitle),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`:white_check_mark: *${count} competenc${count === 1 ? 'y' : 'ies'} assessed.* ${shared}`),
      },
      ...readinessBlocks(readiness, 'self'),
    ],
  };
}
