/**
 * Milestones one at a time: the row with Done / Move / Edit buttons (Home), the
 * three small modals those buttons open, and the confirmations that follow a
 * change. The buttons carry the milestone id, so they work from any surface
 * (Home, a `/pathway` answer, a nudge DM).
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../domain/commands.js';
import type { EditInput, EvidenceInput } from '../domain/pathways/milestones.js';
import { english, type Translator } from '../i18n/index.js';
import type { MilestoneSummary } from '../services/milestones.js';
import type { MilestoneView } from '../services/overview.js';
import { ASSESS_COMPETENCIES_TEMPLATE_KEY, assessButton } from './competencies.js';
import { formModal } from './modals.js';
import { milestoneLineIn } from './overview.js';
import { kindOptions } from './plan.js';
import { dateValue, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { labelledButton, mrkdwn, namedLabel, plain, resourcesText, truncate, userText } from './text.js';

export const MILESTONE_ACTIONS = {
  done: 'milestone_done',
  move: 'milestone_move',
  edit: 'milestone_edit',
  undoDone: 'milestone_undo_done',
} as const;

export const MILESTONE_CALLBACKS = {
  done: 'milestone_done_modal',
  move: 'milestone_move_modal',
  edit: 'milestone_edit_modal',
  add: 'milestone_add_modal',
} as const;

/** The add form belongs to no milestone yet; only where to confirm. */
export const addModalMetadataSchema = z.object({
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional(),
});
export type AddModalMetadata = z.infer<typeof addModalMetadataSchema>;

/** Where the modal came from: a message's response_url gets the confirmation; Home just refreshes. */
export const milestoneModalMetadataSchema = z.object({
  milestoneId: z.string().min(1).max(100),
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional(),
});
export type MilestoneModalMetadata = z.infer<typeof milestoneModalMetadataSchema>;

const FIELD = {
  note: 'ms_note',
  evidenceLink: 'ms_evidence_link',
  due: 'ms_due',
  title: 'ms_title',
  kind: 'ms_kind',
  link: 'ms_link',
  delete: 'ms_delete',
} as const;

/** Modal block ids, exported so listeners can put errors beside the right field. */
export const MILESTONE_FIELDS = FIELD;

/** Done / Move date / Edit; each label names the milestone, so a screen reader can tell the rows apart. */
export function milestoneButtons(milestoneId: string, title: string, t: Translator = english): Button[] {
  return [
    labelledButton(
      t.t('milestones.button.done'),
      namedLabel((object) => t.t('milestones.label.done', { title: object }), title),
      MILESTONE_ACTIONS.done,
      { value: milestoneId, style: 'primary' },
    ),
    labelledButton(
      t.t('milestones.button.move'),
      namedLabel((object) => t.t('milestones.label.move', { title: object }), title),
      MILESTONE_ACTIONS.move,
      { value: milestoneId },
    ),
    labelledButton(
      t.t('milestones.button.edit'),
      namedLabel((object) => t.t('milestones.label.edit', { title: object }), title),
      MILESTONE_ACTIONS.edit,
      { value: milestoneId },
    ),
  ];
}

/** Room for a template's description under a milestone on Home. */
export const ROW_DESCRIPTION_LENGTH = 200;

/** The milestone's line, then what its template says and the resources for what it builds. */
export function milestoneRowText(milestone: MilestoneView, t: Translator = english): string {
  const lines = [milestoneLineIn(t)(milestone)];
  if (milestone.description) lines.push(`_${userText(truncate(milestone.description, ROW_DESCRIPTION_LENGTH))}_`);
  const resources = resourcesText(milestone.resources ?? [], undefined, t);
  if (resources) lines.push(resources);
  return lines.join('\n');
}

/** The "assess your competencies" step opens the competency modal from its row. */
function assessButtons(milestone: MilestoneView, t: Translator): Button[] {
  return milestone.templateKey === ASSESS_COMPETENCIES_TEMPLATE_KEY && !milestone.done
    ? [assessButton(milestone.id, milestone.title, t)]
    : [];
}

/** One open milestone on Home: its line, then its buttons (2 blocks). */
export function milestoneRowBlocks(milestone: MilestoneView, t: Translator = english): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(milestoneRowText(milestone, t)) },
    {
      type: 'actions',
      block_id: `milestone.${milestone.id}`,
      elements: [...assessButtons(milestone, t), ...milestoneButtons(milestone.id, milestone.title, t)],
    } satisfies ActionsBlock,
  ];
}

function heading(milestone: MilestoneSummary, t: Translator): string {
  return t.t('milestones.heading', {
    position: milestone.position,
    title: userText(milestone.title),
    date: t.date(milestone.dueDate),
  });
}

function linkInput(blockId: string, label: string, initial: string | null, t: Translator): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    element: {
      type: 'url_text_input',
      action_id: blockId,
      placeholder: plain(t.t('milestones.field.linkPlaceholder')),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

/** The due date of a milestone form (this module's and a manager's suggestion). */
export function milestoneDueInput(label: string, initial: string): InputBlock {
  return {
    type: 'input',
    block_id: FIELD.due,
    label: plain(label),
    element: { type: 'datepicker', action_id: FIELD.due, initial_date: initial },
  };
}

/** "Done": optional evidence, kept with the milestone and shown to the person and their manager. */
export function doneModal(
  milestone: MilestoneSummary,
  metadata: MilestoneModalMetadata,
  t: Translator = english,
): ModalView {
  return formModal(
    MILESTONE_CALLBACKS.done,
    metadata,
    t.t('milestones.done.title'),
    t.t('milestones.done.submit'),
    [
      { type: 'section', text: mrkdwn(heading(milestone, t)) },
      {
        type: 'input',
        block_id: FIELD.note,
        optional: true,
        label: plain(t.t('milestones.done.note')),
        hint: plain(t.t('milestones.done.noteHint')),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.note,
          multiline: true,
          max_length: MAX_NOTE_LENGTH,
          placeholder: plain(t.t('milestones.done.notePlaceholder')),
        },
      },
      linkInput(FIELD.evidenceLink, t.t('milestones.done.link'), null, t),
    ],
    t,
  );
}

/** "Move date": a datepicker starting at the current date, or today when overdue. */
export function moveModal(
  milestone: MilestoneSummary,
  today: string,
  metadata: MilestoneModalMetadata,
  t: Translator = english,
): ModalView {
  const initial = milestone.dueDate < today ? today : milestone.dueDate;
  return formModal(
    MILESTONE_CALLBACKS.move,
    metadata,
    t.t('milestones.move.title'),
    t.t('milestones.move.submit'),
    [{ type: 'section', text: mrkdwn(heading(milestone, t)) }, milestoneDueInput(t.t('milestones.move.due'), initial)],
    t,
  );
}

/** The title of a milestone form (this module's and a manager's suggestion): the current title, an example, or both. */
export function milestoneTitleInput(
  label: string,
  start: { initial?: string | undefined; example?: string | undefined },
): InputBlock {
  return {
    type: 'input',
    block_id: FIELD.title,
    label: plain(label),
    element: {
      type: 'plain_text_input',
      action_id: FIELD.title,
      max_length: MAX_TITLE_LENGTH,
      ...(start.initial ? { initial_value: start.initial } : {}),
      ...(start.example ? { placeholder: plain(start.example) } : {}),
    },
  };
}

/** The kind of a milestone form, `initial` chosen when it is one of `options` (each form words the kinds its own way). */
export function milestoneKindInput(label: string, options: PlainTextOption[], initial: string): InputBlock {
  const initialOption = options.find((o) => o.value === initial);
  return {
    type: 'input',
    block_id: FIELD.kind,
    label: plain(label),
    element: {
      type: 'static_select',
      action_id: FIELD.kind,
      options,
      ...(initialOption ? { initial_option: initialOption } : {}),
    },
  };
}

/** "Edit": title, kind, date and link, or delete it. */
export function editModal(
  milestone: MilestoneSummary,
  metadata: MilestoneModalMetadata,
  t: Translator = english,
): ModalView {
  return formModal(
    MILESTONE_CALLBACKS.edit,
    metadata,
    t.t('milestones.edit.title'),
    t.t('milestones.edit.submit'),
    [
      milestoneTitleInput(t.t('milestones.field.title'), { initial: milestone.title }),
      milestoneKindInput(t.t('milestones.field.kind'), kindOptions(t), milestone.kind),
      milestoneDueInput(t.t('milestones.field.due'), milestone.dueDate),
      linkInput(FIELD.link, t.t('milestones.field.link'), milestone.link, t),
      {
        type: 'input',
        block_id: FIELD.delete,
        optional: true,
        label: plain(t.t('milestones.edit.remove')),
        element: {
          type: 'checkboxes',
          action_id: FIELD.delete,
          options: [{ text: plain(t.t('milestones.edit.delete')), value: 'delete' }],
        },
      },
    ],
    t,
  );
}

/** `/pathway add` with nothing after it: title, kind, date and link, nothing else. */
export function addModal(today: string, metadata: AddModalMetadata, t: Translator = english): ModalView {
  return formModal(
    MILESTONE_CALLBACKS.add,
    metadata,
    t.t('milestones.add.title'),
    t.t('milestones.add.submit'),
    [
      milestoneTitleInput(t.t('milestones.field.title'), { example: t.t('milestones.add.placeholder') }),
      milestoneKindInput(t.t('milestones.field.kind'), kindOptions(t), 'other'),
      milestoneDueInput(t.t('milestones.field.due'), today),
      linkInput(FIELD.link, t.t('milestones.field.link'), null, t),
    ],
    t,
  );
}

export function readAddForm(state: ViewState): EditInput {
  return {
    title: textValue(state, FIELD.title, FIELD.title),
    kind: selectedValue(state, FIELD.kind, FIELD.kind),
    due: dateValue(state, FIELD.due, FIELD.due),
    link: textValue(state, FIELD.link, FIELD.link),
  };
}

export function readEvidenceForm(state: ViewState): EvidenceInput {
  return {
    note: textValue(state, FIELD.note, FIELD.note),
    link: textValue(state, FIELD.evidenceLink, FIELD.evidenceLink),
  };
}

export function readMoveForm(state: ViewState): string | undefined {
  return dateValue(state, FIELD.due, FIELD.due);
}

export function readEditForm(state: ViewState): EditInput & { delete: boolean } {
  return {
    title: textValue(state, FIELD.title, FIELD.title),
    kind: selectedValue(state, FIELD.kind, FIELD.kind),
    due: dateValue(state, FIELD.due, FIELD.due),
    link: textValue(state, FIELD.link, FIELD.link),
    delete: selectedValues(state, FIELD.delete, FIELD.delete).includes('delete'),
  };
}

export interface Confirmation {
  text: string;
  blocks: KnownBlock[];
}

function confirmation(text: string, extra: KnownBlock[] = []): Confirmation {
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }, ...extra] };
}

function named(milestone: Pick<MilestoneSummary, 'position' | 'title'>, t: Translator): string {
  return t.t('milestones.named', { position: milestone.position, title: userText(milestone.title) });
}

/** After "done": names the milestone and offers Undo (the button carries its id). */
export function doneConfirmation(milestone: MilestoneSummary, openLeft: number, t: Translator = english): Confirmation {
  return confirmation(t.t('milestones.confirm.done', { milestone: named(milestone, t), open: openLeft }), [
    {
      type: 'actions',
      block_id: 'milestone_done_undo',
      elements: [
        labelledButton(
          t.t('milestones.button.undo'),
          namedLabel((object) => t.t('milestones.label.undo', { title: object }), milestone.title),
          MILESTONE_ACTIONS.undoDone,
          { value: milestone.id },
        ),
      ],
    },
  ]);
}

export function undoneConfirmation(milestone: MilestoneSummary, t: Translator = english): Confirmation {
  return confirmation(
    t.t('milestones.confirm.undone', { milestone: named(milestone, t), date: t.date(milestone.dueDate) }),
  );
}

/** `count`: how many milestones the pathway has now; one added before others moves them up a number. */
export function addedConfirmation(
  milestone: MilestoneSummary,
  count = milestone.position,
  t: Translator = english,
): Confirmation {
  const values = {
    milestone: named(milestone, t),
    date: t.date(milestone.dueDate),
    from: milestone.position + 1,
    to: count,
  };
  return confirmation(
    milestone.position < count
      ? t.t('milestones.confirm.addedRenumbered', values)
      : t.t('milestones.confirm.added', values),
  );
}

export function movedConfirmation(milestone: MilestoneSummary, t: Translator = english): Confirmation {
  return confirmation(
    t.t('milestones.confirm.moved', { milestone: named(milestone, t), date: t.date(milestone.dueDate) }),
  );
}

export function editedConfirmation(milestone: MilestoneSummary, t: Translator = english): Confirmation {
  return confirmation(
    t.t('milestones.confirm.edited', { milestone: named(milestone, t), date: t.date(milestone.dueDate) }),
  );
}

export function deletedConfirmation(milestone: MilestoneSummary, count: number, t: Translator = english): Confirmation {
  return confirmation(t.t('milestones.confirm.deleted', { milestone: named(milestone, t), count }));
}
