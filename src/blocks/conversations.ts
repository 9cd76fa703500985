/**
 * Development conversation surfaces: the modal to plan (or move) one, the
 * agenda (ephemeral answer, DM, Home), adding an agenda item, the notes modal
 * after it (notes, agreed actions, the next date), and the DMs: agenda,
 * reminder the working day before, notes recorded, a manager to-do, and a
 * conversation due by the cadence.
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import {
  conversationPhase,
  MAX_ACTION_TITLE_LENGTH,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGREED_ACTIONS,
  MAX_NOTES_LENGTH,
  type RecordInput,
} from '../domain/conversations.js';
import { formatDate } from '../domain/dates.js';
import { RATING_LABELS } from '../domain/readiness.js';
import type {
  AgreedActionView,
  ConversationAgenda,
  ConversationNotices,
  Party,
  RecordedConversation,
} from '../services/conversations.js';
import { caseSummary } from './evidence.js';
import { formModal } from './modals.js';
import { dateValue, selectedValue, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const CONVERSATION_ACTIONS = {
  /** Plan a conversation (value: the person's id; in the team view and on a "due" DM). */
  start: 'conversation_start',
  /** Value: the conversation id. */
  addItem: 'conversation_agenda_add',
  record: 'conversation_record',
  reschedule: 'conversation_reschedule',
  /** Value: the agreed action id of a manager to-do. */
  todoDone: 'conversation_todo_done',
} as const;

export const CONVERSATION_CALLBACKS = {
  plan: 'conversation_plan_submit',
  addItem: 'conversation_agenda_submit',
  record: 'conversation_record_submit',
} as const;

const FIELD = {
  date: 'cv_date',
  item: 'cv_item',
  notes: 'cv_notes',
  next: 'cv_next',
  actionTitle: (index: number) => `cv_action_${index}_title`,
  actionOwner: (index: number) => `cv_action_${index}_owner`,
  actionDue: (index: number) => `cv_action_${index}_due`,
} as const;
export const CONVERSATION_FIELDS = FIELD;

/** Whose conversation a plan form is about. */
export const planMetadataSchema = z.object({ subjectId: z.string().min(1).max(100) });
/** Which conversation a form is about, and the message to answer in afterwards. */
export const conversationMetadataSchema = z.object({
  conversationId: z.string().min(1).max(100),
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional(),
});

const PRIVATE_NOTE = 'Only the two of you see this: never admins, former managers or channels.';

function otherSide(agenda: ConversationAgenda, viewer: Party): string {
  if (viewer === 'manager') return mention(agenda.person.slackUserId);
  return agenda.manager ? mention(agenda.manager.slackUserId) : 'your manager';
}

function button(actionId: string, text: string, value: string, primary: boolean, label: string): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(text, LIMITS.buttonText),
    accessibility_label: label,
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** `withName`: who the conversation is with, for screen readers. */
export function startButton(personId: string, text = 'Plan a conversation', withName?: string): Button {
  const label = withName
    ? namedLabel((n) => `${text}: development conversation with ${n}`, withName)
    : `${text}: development conversation`;
  return button(CONVERSATION_ACTIONS.start, text, personId, false, label);
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/** Plan a conversation, or move the one planned (`current` is its date). */
export function planModal(
  subject: { id: string; slackUserId: string },
  viewer: Party,
  initialDate: string,
  current?: string,
): ModalView {
  const withWhom = viewer === 'manager' ? `with ${mention(subject.slackUserId)}` : 'with your manager';
  const intro = current
    ? `Your development conversation ${withWhom} is planned for *${formatDate(current)}*. Pick the new date: both of you get the agenda again and a reminder the working day before.`
    : `A development conversation ${withWhom}. Both of you get an agenda built from the plan and its evidence, and a reminder the working day before, each in your own time zone.`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(intro) },
    {
      type: 'input',
      block_id: FIELD.date,
      label: plain('Date'),
      element: { type: 'datepicker', action_id: FIELD.date, initial_date: initialDate },
    },
    {
      type: 'input',
      block_id: FIELD.item,
      optional: true,
      label: plain('Something to talk about'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.item,
        multiline: true,
        max_length: MAX_AGENDA_ITEM_LENGTH,
        placeholder: plain('e.g. Which project could show impact beyond my team?'),
      },
    },
    { type: 'context', elements: [mrkdwn(PRIVATE_NOTE)] },
  ];
  return formModal(
    CONVERSATION_CALLBACKS.plan,
    { subjectId: subject.id } satisfies z.infer<typeof planMetadataSchema>,
    current ? 'Move the conversation' : 'Plan a conversation',
    current ? 'Move' : 'Plan it',
    blocks,
  );
}

export function readPlanForm(state: ViewState): { date: string | undefined; item: string | undefined } {
  return { date: dateValue(state, FIELD.date, FIELD.date), item: textValue(state, FIELD.item, FIELD.item) };
}

export function plannedText(agenda: ConversationAgenda, viewer: Party, moved: boolean): string {
  const verb = moved ? 'moved to' : 'planned for';
  return `:calendar: Your development conversation with ${otherSide(agenda, viewer)} is ${verb} *${formatDate(agenda.scheduledOn)}*. You both get the agenda in a DM now, and a reminder the working day before.`;
}

// ---------------------------------------------------------------------------------------------
// The agenda
// ---------------------------------------------------------------------------------------------

function actionLine(action: AgreedActionView): string {
  const mark = action.done ? ':white_check_mark:' : ':white_circle:';
  const owner =
    action.owner === 'person'
      ? action.milestonePosition
        ? `milestone ${action.milestonePosition}`
        : 'the person'
      : 'the manager';
  return `${mark} ${userText(truncate(action.title, 120))} — ${owner}, by ${formatDate(action.due)}`;
}

function bulletSection(title: string, lines: readonly string[], empty?: string): KnownBlock[] {
  if (lines.length === 0 && empty === undefined) return [];
  const body = lines.length === 0 ? `_${empty}_` : lines.join('\n');
  return [{ type: 'section', text: mrkdwn(truncate(`*${title}*\n${body}`, LIMITS.sectionText)) }];
}

/** What the agenda holds, built from the data (without the header and buttons). */
export function agendaBody(agenda: ConversationAgenda, viewer: Party): KnownBlock[] {
  const since = agenda.lastHeldOn
    ? `Since your last conversation (${formatDate(agenda.lastHeldOn)})`
    : 'Since the pathway started';
  const moved: string[] = [];
  const done = agenda.moved.milestonesDone;
  if (done.length > 0) {
    const named = done
      .slice(0, 5)
      .map((m) => `${m.position}. ${userText(truncate(m.title, 60))} (${formatDate(m.date)})`);
    moved.push(
      `• ${done.length} milestone${done.length === 1 ? '' : 's'} done: ${named.join(', ')}${done.length > 5 ? ', …' : ''}`,
    );
  }
  if (agenda.moved.checkIns > 0)
    moved.push(`• ${agenda.moved.checkIns} readiness check-in${agenda.moved.checkIns === 1 ? '' : 's'}`);
  if (agenda.moved.evidenceAdded > 0)
    moved.push(
      `• ${agenda.moved.evidenceAdded} piece${agenda.moved.evidenceAdded === 1 ? '' : 's'} of evidence added to the wins log`,
    );
  const overdue = agenda.overdue
    .slice(0, 5)
    .map((m) => `• ${m.position}. ${userText(truncate(m.title, 80))} — was due ${formatDate(m.dueDate)}`);
  if (agenda.overdue.length > 5) overdue.push(`…and ${agenda.overdue.length - 5} more`);
  const weakest = agenda.weakest.map((signal) => {
    const rating = signal.rating ? RATING_LABELS[signal.rating] : 'not rated yet';
    const summary = caseSummary(signal.signalCase);
    return `• *${userText(signal.title)}* (${rating})${summary ? `\n   ${summary}` : ''}`;
  });
  const calibration = agenda.calibrationPending
    ? [
        viewer === 'manager'
          ? `• Their check-in of ${formatDate(agenda.calibrationPending.date)} waits for your ratings: calibrate it before you meet (\`/pathway team\`).`
          : `• Your check-in of ${formatDate(agenda.calibrationPending.date)} waits for your manager’s ratings: a good moment to go through it together.`,
      ]
    : [];
  const items = agenda.items.map(
    (item) =>
      `• ${userText(truncate(item.text, 300))} — ${item.authorSlackUserId ? mention(item.authorSlackUserId) : 'someone who left'}`,
  );
  return [
    ...(agenda.goalTitle
      ? [{ type: 'context', elements: [mrkdwn(`Goal: *${userText(agenda.goalTitle)}*`)] } satisfies KnownBlock]
      : []),
    ...bulletSection(since, moved, 'Nothing recorded yet: no milestone done, no check-in, no new evidence.'),
    ...bulletSection('Overdue milestones', overdue),
    ...bulletSection('Weakest signals and their readiness case', weakest),
    ...bulletSection('Calibration still pending', calibration),
    ...bulletSection('Agreed last time', agenda.lastActions.map(actionLine)),
    ...bulletSection(
      'Questions for this conversation',
      agenda.questions.map((question) => `• ${userText(question)}`),
    ),
    ...bulletSection('Added to the agenda', items, 'Nothing yet: either of you can add an item.'),
  ];
}

function agendaButtons(agenda: ConversationAgenda, today: string | undefined): ActionsBlock {
  const on = formatDate(agenda.scheduledOn);
  const elements: Button[] = [
    button(
      CONVERSATION_ACTIONS.addItem,
      'Add to the agenda',
      agenda.id,
      false,
      `Add to the agenda of the conversation on ${on}`,
    ),
  ];
  const phase = today ? conversationPhase(agenda.scheduledOn, today) : 'upcoming';
  elements.push(
    button(
      CONVERSATION_ACTIONS.record,
      'Record notes',
      agenda.id,
      phase !== 'upcoming',
      `Record notes of the conversation on ${on}`,
    ),
  );
  elements.push(
    button(
      CONVERSATION_ACTIONS.reschedule,
      'Change the date',
      agenda.id,
      false,
      `Change the date of the conversation on ${on}`,
    ),
  );
  return { type: 'actions', block_id: `conversation_${agenda.id}`.slice(0, 255), elements };
}

function headline(agenda: ConversationAgenda, viewer: Party): string {
  return `:speech_balloon: *Development conversation with ${otherSide(agenda, viewer)}* on *${formatDate(agenda.scheduledOn)}*`;
}

/** The agenda with its buttons (the `/pathway conversation` answer and the DM). */
export function agendaBlocks(agenda: ConversationAgenda, viewer: Party, today?: string): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(headline(agenda, viewer)) },
    ...agendaBody(agenda, viewer),
    agendaButtons(agenda, today),
    { type: 'context', elements: [mrkdwn(`${PRIVATE_NOTE} After it, *Record notes* keeps what you agreed.`)] },
  ];
}

/** `/pathway conversation` with nothing planned: who to plan it with. */
export function nothingPlannedBlocks(
  subject: { id: string; slackUserId: string },
  viewer: Party,
  held: readonly ConversationAgenda[],
): KnownBlock[] {
  const withWhom = viewer === 'manager' ? mention(subject.slackUserId) : 'your manager';
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`:speech_balloon: No development conversation with ${withWhom} is planned.`) },
    { type: 'actions', block_id: 'conversation_start', elements: [startButton(subject.id)] },
  ];
  if (held.length > 0) blocks.push(...heldBlocks(held));
  return blocks;
}

/** The last conversations held: date, notes and agreed actions. */
export function heldBlocks(held: readonly ConversationAgenda[], shown = 3): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const conversation of held.slice(0, shown)) {
    const lines = [`*Held ${formatDate(conversation.heldOn ?? conversation.scheduledOn)}*`];
    if (conversation.notes) lines.push(`Notes: ${userText(truncate(conversation.notes, 800))}`);
    lines.push(...conversation.actions.map(actionLine));
    blocks.push({ type: 'section', text: mrkdwn(truncate(lines.join('\n'), LIMITS.sectionText)) });
  }
  return blocks;
}

/** Home: the conversation coming up (short), or the button to plan one. */
export function homeConversationBlocks(
  agenda: ConversationAgenda | null,
  subject: { id: string },
  hasManager: boolean,
  today: string,
): KnownBlock[] {
  if (!hasManager) return [];
  if (!agenda) {
    return [
      {
        type: 'section',
        text: mrkdwn(
          '*Development conversation*\nNone planned with your manager. Plan one and you both get an agenda built from your plan.',
        ),
      },
      { type: 'actions', block_id: 'home_conversation_start', elements: [startButton(subject.id)] },
    ];
  }
  const count = agenda.items.length;
  return [
    {
      type: 'section',
      text: mrkdwn(
        `*Development conversation* with ${otherSide(agenda, 'person')} on *${formatDate(agenda.scheduledOn)}*\n` +
          `${count} item${count === 1 ? '' : 's'} added to the agenda · ${agenda.overdue.length} overdue milestone${agenda.overdue.length === 1 ? '' : 's'} · ${agenda.questions.length} questions`,
      ),
    },
    agendaButtons(agenda, today),
  ];
}

// ---------------------------------------------------------------------------------------------
// Adding to the agenda
// ---------------------------------------------------------------------------------------------

export function addItemModal(
  agenda: ConversationAgenda,
  viewer: Party,
  metadata: z.infer<typeof conversationMetadataSchema>,
): ModalView {
  return formModal(CONVERSATION_CALLBACKS.addItem, metadata, 'Add to the agenda', 'Add', [
    {
      type: 'section',
      text: mrkdwn(
        `For your conversation with ${otherSide(agenda, viewer)} on *${formatDate(agenda.scheduledOn)}*. They see it in the agenda.`,
      ),
    },
    {
      type: 'input',
      block_id: FIELD.item,
      label: plain('What to talk about'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.item,
        multiline: true,
        max_length: MAX_AGENDA_ITEM_LENGTH,
        placeholder: plain('e.g. Could I lead the onboarding redesign?'),
      },
    },
  ]);
}

export function readItemForm(state: ViewState): string | undefined {
  return textValue(state, FIELD.item, FIELD.item);
}

// ---------------------------------------------------------------------------------------------
// After it: notes, agreed actions, the next date
// ---------------------------------------------------------------------------------------------

function ownerOption(owner: Party, viewer: Party): PlainTextOption {
  const text =
    owner === 'person'
      ? viewer === 'person'
        ? 'Me: a milestone on my plan'
        : 'Them: a milestone on their plan'
      : viewer === 'manager'
        ? 'Me: a to-do for me'
        : 'My manager: a to-do for them';
  return { text: plain(text, LIMITS.optionText), value: owner };
}

export function recordModal(
  agenda: ConversationAgenda,
  viewer: Party,
  initialNext: string,
  metadata: z.infer<typeof conversationMetadataSchema>,
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `Your conversation with ${otherSide(agenda, viewer)} (${formatDate(agenda.scheduledOn)}). ${PRIVATE_NOTE}`,
      ),
    },
    {
      type: 'input',
      block_id: FIELD.notes,
      optional: true,
      label: plain('Notes'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.notes,
        multiline: true,
        max_length: MAX_NOTES_LENGTH,
        placeholder: plain('What you talked about and what you noticed'),
      },
    },
    {
      type: 'section',
      text: mrkdwn(
        '*Agreed actions* (leave a row empty to skip it). Yours or theirs become milestones marked as agreed; the manager’s become to-dos with a reminder on their date.',
      ),
    },
  ];
  const options = (['person', 'manager'] as const).map((owner) => ownerOption(owner, viewer));
  for (let index = 0; index < MAX_AGREED_ACTIONS; index += 1) {
    blocks.push(
      {
        type: 'input',
        block_id: FIELD.actionTitle(index),
        optional: true,
        label: plain(`Action ${index + 1}`),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.actionTitle(index),
          max_length: MAX_ACTION_TITLE_LENGTH,
          placeholder: plain('e.g. Lead the onboarding redesign pilot'),
        },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: FIELD.actionOwner(index),
        optional: true,
        label: plain('Owner'),
        element: { type: 'static_select', action_id: FIELD.actionOwner(index), options, initial_option: options[0]! },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: FIELD.actionDue(index),
        optional: true,
        label: plain('By'),
        element: { type: 'datepicker', action_id: FIELD.actionDue(index) },
      } satisfies InputBlock,
    );
  }
  blocks.push({
    type: 'input',
    block_id: FIELD.next,
    optional: true,
    label: plain('Next conversation'),
    element: { type: 'datepicker', action_id: FIELD.next, initial_date: initialNext },
    hint: plain('Both of you get its agenda and a reminder the working day before. Clear it to plan later.'),
  });
  return formModal(CONVERSATION_CALLBACKS.record, metadata, 'Conversation notes', 'Save', blocks);
}

export function readRecordForm(state: ViewState): RecordInput {
  const actions = Array.from({ length: MAX_AGREED_ACTIONS }, (_, index) => ({
    title: textValue(state, FIELD.actionTitle(index), FIELD.actionTitle(index)),
    owner: selectedValue(state, FIELD.actionOwner(index), FIELD.actionOwner(index)),
    due: dateValue(state, FIELD.actionDue(index), FIELD.actionDue(index)),
  }));
  return {
    notes: textValue(state, FIELD.notes, FIELD.notes),
    actions,
    nextOn: dateValue(state, FIELD.next, FIELD.next),
  };
}

/** Field problems of validateRecord (`action0.title` …) as Slack's errors by block id. */
export function recordErrors(problems: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems)) {
    const match = /^action(\d+)\.(title|owner|due)$/.exec(field);
    if (match) {
      const index = Number(match[1]);
      const blockId =
        match[2] === 'title'
          ? FIELD.actionTitle(index)
          : match[2] === 'owner'
            ? FIELD.actionOwner(index)
            : FIELD.actionDue(index);
      errors[blockId] = message;
    } else if (field === 'notes') errors[FIELD.notes] = message;
    else if (field === 'nextOn') errors[FIELD.next] = message;
  }
  return errors;
}

function recordedLines(recorded: RecordedConversation): string[] {
  const lines = recorded.agenda.actions.map(actionLine);
  if (lines.length === 0) lines.push('_No actions agreed._');
  lines.push(
    recorded.next
      ? `:calendar: Next conversation: *${formatDate(recorded.next.scheduledOn)}*.`
      : 'No next date yet: plan it with `/pathway conversation`.',
  );
  return lines;
}

/** What the one who recorded the notes sees. */
export function recordedText(recorded: RecordedConversation, viewer: Party): string {
  return `:white_check_mark: Notes saved for your conversation with ${otherSide(recorded.agenda, viewer)}; they have been told.\n${recordedLines(recorded).join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// DMs
// ---------------------------------------------------------------------------------------------

export const conversationNotices: ConversationNotices = {
  agenda: (agenda, recipient) => ({
    text: `Pathway: the agenda for your development conversation on ${formatDate(agenda.scheduledOn)}`,
    blocks: [
      { type: 'header', text: plain('Agenda for your conversation', LIMITS.headerText) },
      ...agendaBlocks(agenda, recipient),
    ],
  }),
  reminder: (agenda, recipient) => ({
    text: `Pathway: your development conversation is on ${formatDate(agenda.scheduledOn)}`,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:alarm_clock: *Your development conversation with ${otherSide(agenda, recipient)} is next working day, ${formatDate(agenda.scheduledOn)}.* Here is the agenda as it stands; add anything you want to talk about.`,
        ),
      },
      ...agendaBody(agenda, recipient),
      agendaButtons(agenda, undefined),
      { type: 'context', elements: [mrkdwn(PRIVATE_NOTE)] },
    ],
  }),
  recorded: (recorded, recipient) => {
    const who =
      recorded.recordedBy === 'manager'
        ? otherSide(recorded.agenda, 'person')
        : mention(recorded.agenda.person.slackUserId);
    const notes = recorded.agenda.notes ? `\nNotes: ${userText(truncate(recorded.agenda.notes, 1500))}` : '';
    return {
      text: `Pathway: notes of your development conversation (${formatDate(recorded.agenda.scheduledOn)})`,
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            truncate(
              `:memo: *${who} recorded the notes of your conversation* (${formatDate(recorded.agenda.scheduledOn)}).${notes}`,
              LIMITS.sectionText,
            ),
          ),
        },
        { type: 'section', text: mrkdwn(truncate(recordedLines(recorded).join('\n'), LIMITS.sectionText)) },
        {
          type: 'context',
          elements: [
            mrkdwn(
              `${PRIVATE_NOTE} ${recipient === 'person' ? 'Agreed milestones are on your plan (`/pathway`).' : 'Your to-dos get a reminder on their date.'}`,
            ),
          ],
        },
      ],
    };
  },
  todo: ({ actionId, title, due, report }) => ({
    text: `Pathway: a to-do you agreed with a report is due ${formatDate(due)}`,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:ballot_box_with_check: *Agreed with ${mention(report.slackUserId)}:* ${userText(truncate(title, 300))} — due ${formatDate(due)}.`,
        ),
      },
      {
        type: 'actions',
        block_id: 'conversation_todo',
        elements: [
          button(
            CONVERSATION_ACTIONS.todoDone,
            'Done',
            actionId,
            true,
            namedLabel((t) => `Mark the to-do '${t}' done`, title),
          ),
        ],
      },
    ],
  }),
  overdue: ({ recipient, other, actions }) => {
    const lines = actions.slice(0, 10).map(actionLine);
    const todoButtons =
      recipient === 'manager'
        ? actions
            .filter((action) => !action.done)
            .slice(0, 5)
            .map((action) =>
              button(
                CONVERSATION_ACTIONS.todoDone,
                truncate(`Done: ${action.title}`, 70),
                action.id,
                false,
                namedLabel((t) => `Mark to-do done: ${t}`, action.title),
              ),
            )
        : [];
    const how =
      recipient === 'person' ? 'Mark them done or move their dates in `/pathway`.' : 'Mark your to-dos done here.';
    return {
      text: 'Pathway: actions you agreed in your development conversation are overdue',
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            truncate(
              `:hourglass: *Agreed with ${mention(other.slackUserId)} and now overdue:*\n${lines.join('\n')}`,
              LIMITS.sectionText,
            ),
          ),
        },
        ...(todoButtons.length > 0
          ? [{ type: 'actions', block_id: 'conversation_overdue', elements: todoButtons } satisfies ActionsBlock]
          : []),
        { type: 'context', elements: [mrkdwn(`${how} This is the only reminder about them.`)] },
      ],
    };
  },
  due: ({ person, manager, recipient, lastHeldOn, cadenceDays }) => {
    const weeks = Math.round(cadenceDays / 7);
    const since = lastHeldOn ? `since your last one on ${formatDate(lastHeldOn)}` : 'since the pathway started';
    const withWhom = recipient === 'manager' ? mention(person.slackUserId) : mention(manager.slackUserId);
    return {
      text: 'Pathway: a good moment for a development conversation',
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            `:seedling: *A good moment for a development conversation with ${withWhom}.* It has been ${weeks} weeks or more ${since}. Plan it and you both get an agenda built from the plan and its evidence.`,
          ),
        },
        { type: 'actions', block_id: 'conversation_due', elements: [startButton(person.id, 'Plan it')] },
      ],
    };
  },
};
