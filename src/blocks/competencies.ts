/**
 * The "Assess your competencies" modal: one select per competency of the goal
 * role on the check-in scale, prefilled from the last assessment, each with an
 * optional short note; and the confirmation that replaces it. Ids used by the
 * listeners are defined here, beside the blocks.
 */
import type { Button, InputBlock, KnownBlock, ModalView } from '@slack/types';
import { z } from 'zod';
import { RATINGS } from '../domain/readiness.js';
import { english, type Translator } from '../i18n/index.js';
import type { ReadinessView } from '../services/checkins.js';
import {
  type CompetencyForm,
  type LastCompetencyAnswer,
  MAX_COMPETENCY_NOTE_LENGTH,
} from '../services/competencies.js';
import { ratingOption } from './checkin.js';
import { formModal } from './modals.js';
import { readinessBlocks } from './readiness.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const COMPETENCIES_OPEN_ACTION = 'competencies_open';
/** The framework's milestone template for self-assessment: its row gets an "Assess" button. */
export const ASSESS_COMPETENCIES_TEMPLATE_KEY = 'assess-competencies';

/** Opens the competency modal; carries the milestone id (any id: the modal is for the current goal). */
export function assessButton(milestoneId: string, title?: string, t: Translator = english): Button {
  return {
    type: 'button',
    text: plain(t.t('competencies.assess'), LIMITS.buttonText),
    accessibility_label: namedLabel(
      (object) => t.t('competencies.assessLabel', { title: object }),
      title ?? t.t('competencies.yours'),
    ),
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
  t: Translator = english,
): KnownBlock[] {
  const competencies = readiness?.competencies ?? [];
  if (competencies.length === 0) return [];
  const rated = competencies.some((competency) => competency.rating !== null);
  const text = t.t(rated ? 'competencies.next.update' : 'competencies.next.rate', { count: competencies.length });
  return [
    {
      type: 'section',
      text: mrkdwn(text),
      accessory: {
        ...assessButton(pathwayId, undefined, t),
        text: plain(t.t('competencies.assessAll'), LIMITS.buttonText),
      },
    },
  ];
}
export const COMPETENCIES_CALLBACK = 'competencies_submit';
export const COMPETENCY_RATING_ACTION = 'competency_rating';
export const COMPETENCY_NOTE_ACTION = 'competency_note';

export const competencyRatingBlockId = (competencyKey: string): string => `competency:${competencyKey}`;
export const competencyNoteBlockId = (competencyKey: string): string => `competency_note:${competencyKey}`;

export const competenciesMetadataSchema = z.object({ pathwayId: z.string().min(1) });

/** The field error when a rating is missing. */
export function pickARating(t: Translator = english): string {
  return t.t('competencies.pickARating');
}

function ratingInput(
  key: string,
  title: string,
  description: string,
  last: LastCompetencyAnswer | undefined,
  t: Translator,
): InputBlock {
  return {
    type: 'input',
    block_id: competencyRatingBlockId(key),
    label: plain(title, 2000),
    hint: plain(description, 2000),
    element: {
      type: 'static_select',
      action_id: COMPETENCY_RATING_ACTION,
      placeholder: plain(t.t('checkin.yourRating'), 150),
      options: RATINGS.map((rating) => ratingOption(rating, t)),
      ...(last ? { initial_option: ratingOption(last.rating, t) } : {}),
    },
  };
}

function noteInput(key: string, last: LastCompetencyAnswer | undefined, t: Translator): InputBlock {
  return {
    type: 'input',
    block_id: competencyNoteBlockId(key),
    optional: true,
    label: plain(t.t('competencies.note'), 2000),
    element: {
      type: 'plain_text_input',
      action_id: COMPETENCY_NOTE_ACTION,
      max_length: MAX_COMPETENCY_NOTE_LENGTH,
      placeholder: plain(t.t('competencies.notePlaceholder'), 150),
      ...(last?.note ? { initial_value: truncate(last.note, MAX_COMPETENCY_NOTE_LENGTH) } : {}),
    },
  };
}

/** Every competency of the goal role, ratings starting from the last assessment. */
export function competenciesModal(
  form: CompetencyForm,
  last: ReadonlyMap<string, LastCompetencyAnswer> = new Map(),
  t: Translator = english,
): ModalView {
  const dates = [...last.values()].map((answer) => answer.date).sort();
  const since = dates.length > 0 ? ` ${t.t('competencies.since', { date: t.date(dates.at(-1)!) })}` : '';
  const intro: KnownBlock = {
    type: 'section',
    text: mrkdwn(`${t.t('competencies.intro', { goal: userText(form.goal.title) })}${since}`),
  };
  const inputs = form.competencies.flatMap((item) => {
    const answer = last.get(item.key);
    return [ratingInput(item.key, item.title, item.description, answer, t), noteInput(item.key, answer, t)];
  });
  return formModal(
    COMPETENCIES_CALLBACK,
    { pathwayId: form.pathwayId },
    t.t('competencies.modal.title'),
    t.t('checkin.save'),
    [intro, ...inputs],
    t,
  );
}

/** What replaces the modal once the ratings are stored. */
export function competenciesSavedView(
  readiness: ReadinessView | null,
  managerSlackUserId: string | null,
  count: number,
  t: Translator = english,
): ModalView {
  const shared = managerSlackUserId
    ? t.t('competencies.saved.manager', { manager: mention(managerSlackUserId) })
    : t.t('competencies.saved.noManager');
  return {
    type: 'modal',
    callback_id: 'competencies_saved',
    title: plain(t.t('competencies.saved.title'), LIMITS.modalTitle),
    close: plain(t.t('checkin.done'), LIMITS.modalTitle),
    blocks: [
      { type: 'section', text: mrkdwn(t.t('competencies.saved.body', { count, shared })) },
      ...readinessBlocks(readiness, 'self', t),
    ],
  };
}

/** The English field error, for tests that look for it. */
export const PICK_A_RATING = pickARating();
