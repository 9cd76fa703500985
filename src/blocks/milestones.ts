/**
 * Milestones one at a time: the row with Done / Move / Edit buttons (Home), the
 * three small modals those buttons open, and the confirmations that follow a
 * change. The buttons carry the milestone id, so they work from any surface
 * (Home, a `/pathway` answer, a nudge DM).
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../domain/commands.js';
import { formatDate } from '../domain/dates.js';
import type { EditInput, EvidenceInput } from '../domain/pathways/milestones.js';
import type { MilestoneSummary } from '../services/milestones.js';
import type { MilestoneView } from '../services/overview.js';
import { ASSESS_COMPETENCIES_TEMPLATE_KEY, assessButton } from './competencies.js';
import { resourcesText } from './nudges.js';
import { milestoneLine } from './overview.js';
import { kindOptions } from './plan.js';
import { dateValue, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

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

function button(text: string, label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    accessibility_label: label,
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/** Done / Move date / Edit; each label names the milestone, so a screen reader can tell the rows apart. */
export function milestoneButtons(milestoneId: string, title: string): Button[] {
  return [
    button(
      'Done',
      namedLabel((t) => `Mark '${t}' done`, title),
      MILESTONE_ACTIONS.done,
      milestoneId,
      'primary',
    ),
    button(
      'Move date',
      namedLabel((t) => `Move date of '${t}'`, title),
      MILESTONE_ACTIONS.move,
      milestoneId,
    ),
    button(
      'Edit',
      namedLabel((t) => `Edit '${t}'`, title),
      MILESTONE_ACTIONS.edit,
      milestoneId,
    ),
  ];
}

/** Room for a template's description under a milestone on Home. */
export const ROW_DESCRIPTION_LENGTH = 200;

/** The milestone's line, then what its template says and the resources for what it builds. */
export function milestoneRowText(milestone: MilestoneView): string {
  const lines = [milestoneLine(milestone)];
  if (milestone.description) lines.push(`_${userText(truncate(milestone.description, ROW_DESCRIPTION_LENGTH))}_`);
  const resources = resourcesText(milestone.resources ?? []);
  if (resources) lines.push(resources);
  return lines.join('\n');
}

/** The "assess your competencies" step opens the competency modal from its row. */
function assessButtons(milestone: MilestoneView): Button[] {
  return milestone.templateKey === ASSESS_COMPETENCIES_TEMPLATE_KEY && !milestone.done
    ? [assessButton(milestone.id, milestone.title)]
    : [];
}

/** One open milestone on Home: its line, then its buttons (2 blocks). */
export function milestoneRowBlocks(milestone: MilestoneView): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(milestoneRowText(milestone)) },
    {
      type: 'actions',
      block_id: `milestone.${milestone.id}`,
      elements: [...assessButtons(milestone), ...milestoneButtons(milestone.id, milestone.title)],
    } satisfies ActionsBlock,
  ];
}

function heading(milestone: MilestoneSummary): string {
  return `*${milestone.position}. ${userText(milestone.title)}*\nDue ${formatDate(milestone.dueDate)}`;
}

function modal(
  callbackId: string,
  title: string,
  submit: string,
  metadata: MilestoneModalMetadata,
  blocks: KnownBlock[],
): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title, LIMITS.modalTitle),
    submit: plain(submit, LIMITS.modalTitle),
    close: plain('Cancel', LIMITS.modalTitle),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

function linkInput(blockId: string, label: string, initial: string | null): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    element: {
      type: 'url_text_input',
      action_id: blockId,
      placeholder: plain('https://…'),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

function dueInput(initial: string, label: string): InputBlock {
  return {
    type: 'input',
    block_id: FIELD.due,
    label: plain(label),
    element: { type: 'datepicker', action_id: FIELD.due, initial_date: initial },
  };
}

/** "Done": optional evidence, kept with the milestone and shown to the person and their manager. */
export function doneModal(milestone: MilestoneSummary, metadata: MilestoneModalMetadata): ModalView {
  return modal(MILESTONE_CALLBACKS.done, 'Mark it done', 'Mark done', metadata, [
    { type: 'section', text: mrkdwn(heading(milestone)) },
    {
      type: 'input',
      block_id: FIELD.note,
      optional: true,
      label: plain('What did you do?'),
      hint: plain('Kept as evidence in your wins log and readiness case, which you and your manager see.'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.note,
        multiline: true,
        max_length: MAX_NOTE_LENGTH,
        placeholder: plain('e.g. ran the workshop with the sales leads'),
      },
    },
    linkInput(FIELD.evidenceLink, 'Link to the evidence', null),
  ]);
}

/** "Move date": a datepicker starting at the current date, or today when overdue. */
export function moveModal(milestone: MilestoneSummary, today: string, metadata: MilestoneModalMetadata): ModalView {
  const initial = milestone.dueDate < today ? today : milestone.dueDate;
  return modal(MILESTONE_CALLBACKS.move, 'Move a date', 'Move', metadata, [
    { type: 'section', text: mrkdwn(heading(milestone)) },
    dueInput(initial, 'New due date'),
  ]);
}

function kindOption(kind: MilestoneSummary['kind']): PlainTextOption | undefined {
  return kindOptions().find((o) => o.value === kind);
}

/** "Edit": title, kind, date and link, or delete it. */
export function editModal(milestone: MilestoneSummary, metadata: MilestoneModalMetadata): ModalView {
  const initialKind = kindOption(milestone.kind);
  return modal(MILESTONE_CALLBACKS.edit, 'Edit milestone', 'Save', metadata, [
    {
      type: 'input',
      block_id: FIELD.title,
      label: plain('Title'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.title,
        max_length: MAX_TITLE_LENGTH,
        initial_value: milestone.title,
      },
    },
    {
      type: 'input',
      block_id: FIELD.kind,
      label: plain('Kind'),
      element: {
        type: 'static_select',
        action_id: FIELD.kind,
        options: kindOptions(),
        ...(initialKind ? { initial_option: initialKind } : {}),
      },
    },
    dueInput(milestone.dueDate, 'Due date'),
    linkInput(FIELD.link, 'Link', milestone.link),
    {
      type: 'input',
      block_id: FIELD.delete,
      optional: true,
      label: plain('Remove'),
      element: {
        type: 'checkboxes',
        action_id: FIELD.delete,
        options: [{ text: plain('Delete this milestone (the ones after it move up a number)'), value: 'delete' }],
      },
    },
  ]);
}

/** `/pathway add` with nothing after it: title, kind, date and link, nothing else. */
export function addModal(today: string, metadata: AddModalMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: MILESTONE_CALLBACKS.add,
    title: plain('Add a milestone', LIMITS.modalTitle),
    submit: plain('Add', LIMITS.modalTitle),
    close: plain('Cancel', LIMITS.modalTitle),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      {
        type: 'input',
        block_id: FIELD.title,
        label: plain('Title'),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.title,
          max_length: MAX_TITLE_LENGTH,
          placeholder: plain('Lead a stakeholder workshop'),
        },
      },
      {
        type: 'input',
        block_id: FIELD.kind,
        label: plain('Kind'),
        element: {
          type: 'static_select',
          action_id: FIELD.kind,
          options: kindOptions(),
          initial_option: kindOption('other') ?? kindOptions()[0]!,
        },
      },
      dueInput(today, 'Due date'),
      linkInput(FIELD.link, 'Link', null),
    ],
  };
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

function named(milestone: Pick<MilestoneSummary, 'position' | 'title'>): string {
  return `${milestone.position}. “${userText(milestone.title)}”`;
}

/** After "done": names the milestone and offers Undo (the button carries its id). */
export function doneConfirmation(milestone: MilestoneSummary, openLeft: number): Confirmation {
  const rest = openLeft === 0 ? ' That was the last one: every milestone is done. :tada:' : ` ${openLeft} to go.`;
  return confirmation(`:white_check_mark: Marked ${named(milestone)} done.${rest}`, [
    {
      type: 'actions',
      block_id: 'milestone_done_undo',
      elements: [
        button(
          'Undo',
          namedLabel((t) => `Undo: mark '${t}' open again`, milestone.title),
          MILESTONE_ACTIONS.undoDone,
          milestone.id,
        ),
      ],
    },
  ]);
}

export function undoneConfirmation(milestone: MilestoneSummary): Confirmation {
  return confirmation(
    `:leftwards_arrow_with_hook: ${named(milestone)} is open again, due ${formatDate(milestone.dueDate)}.`,
  );
}

/** `count`: how many milestones the pathway has now; one added before others moves them up a number. */
export function addedConfirmation(milestone: MilestoneSummary, count = milestone.position): Confirmation {
  const renumbered =
    milestone.position < count
      ? ` It goes in date order: the ones due later are now ${milestone.position + 1} to ${count}.`
      : '';
  return confirmation(
    `:heavy_plus_sign: Added ${named(milestone)}, due ${formatDate(milestone.dueDate)}.${renumbered}`,
  );
}

export function movedConfirmation(milestone: MilestoneSummary): Confirmation {
  return confirmation(`:date: Moved ${named(milestone)} to ${formatDate(milestone.dueDate)}.`);
}

export function editedConfirmation(milestone: MilestoneSummary): Confirmation {
  return confirmation(`:pencil2: Saved ${named(milestone)}, due ${formatDate(milestone.dueDate)}.`);
}

export function deletedConfirmation(milestone: MilestoneSummary, count: number): Confirmation {
  const left =
    count === 0
      ? 'Your pathway has no milestones now: add one with `/pathway add`.'
      : `You have ${count} milestone${count === 1 ? '' : 's'} now, numbered 1–${count}.`;
  return confirmation(`:wastebasket: Deleted ${named(milestone)}. ${left}`);
}
