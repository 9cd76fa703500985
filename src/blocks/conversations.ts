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
  readConversationProblem,
  TRANSITION_QUESTIONS,
} from '../domain/conversations.js';
import type { Language } from '../domain/language.js';
import { english, type Translator, translator } from '../i18n/index.js';
import type {
  AgreedActionView,
  ConversationAgenda,
  ConversationNotices,
  Party,
  RecordedConversation,
} from '../services/conversations.js';
import { caseSummary } from './evidence.js';
import { levelWord } from './feedback.js';
import { formModal } from './modals.js';
import { problemIn } from './problems.js';
import { dateValue, selectedValue, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const CONVERSATION_ACTIONS = {
  /** Plan a conversation (value: the person's id; in the team view and on a "due" DM). */
  start: 'conversation_start',
  /** Value: the conversation id. */
  addItem: 'conversation_agenda_add',
  record: 'conversation_record',
  reschedule: 'conversation_reschedule',
  /** Value: the agreed action id of a manager to-do (`conversation_todo_done:2` in a list of several). */
  todoDone: 'conversation_todo_done',
} as const;

/** Every "Done" of a manager to-do: the single one, and each in a list of several. */
export const TODO_DONE_ACTION_PATTERN = new RegExp(`^${CONVERSATION_ACTIONS.todoDone}(:\\d+)?$`);

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

function privateNote(t: Translator): string {
  return t.t('conversation.private');
}

function otherSide(agenda: ConversationAgenda, viewer: Party, t: Translator): string {
  if (viewer === 'manager') return mention(agenda.person.slackUserId);
  return agenda.manager ? mention(agenda.manager.slackUserId) : t.t('conversation.yourManager');
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

/** `withName`: who the conversation is with, for screen readers. `text` defaults to "Plan a conversation". */
export function startButton(personId: string, text?: string, withName?: string, t: Translator = english): Button {
  const shown = text ?? t.t('conversation.plan');
  const label = withName
    ? namedLabel((n) => t.t('conversation.start.labelWith', { action: shown, name: n }), withName)
    : t.t('conversation.start.label', { action: shown });
  return button(CONVERSATION_ACTIONS.start, shown, personId, false, label);
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
  t: Translator = english,
): ModalView {
  const withWhom =
    viewer === 'manager'
      ? t.t('conversation.withMention', { who: mention(subject.slackUserId) })
      : t.t('conversation.withManager');
  const intro = current
    ? t.t('conversation.planIntro.move', { withWhom, date: t.date(current) })
    : t.t('conversation.planIntro.new', { withWhom });
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(intro) },
    {
      type: 'input',
      block_id: FIELD.date,
      label: plain(t.t('conversation.field.date')),
      element: { type: 'datepicker', action_id: FIELD.date, initial_date: initialDate },
    },
    {
      type: 'input',
      block_id: FIELD.item,
      optional: true,
      label: plain(t.t('conversation.field.topic')),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.item,
        multiline: true,
        max_length: MAX_AGENDA_ITEM_LENGTH,
        placeholder: plain(t.t('conversation.field.topicExample')),
      },
    },
    { type: 'context', elements: [mrkdwn(privateNote(t))] },
  ];
  return formModal(
    CONVERSATION_CALLBACKS.plan,
    { subjectId: subject.id } satisfies z.infer<typeof planMetadataSchema>,
    current ? t.t('conversation.move.title') : t.t('conversation.plan.title'),
    current ? t.t('conversation.move.submit') : t.t('conversation.plan.submit'),
    blocks,
    t,
  );
}

export function readPlanForm(state: ViewState): { date: string | undefined; item: string | undefined } {
  return { date: dateValue(state, FIELD.date, FIELD.date), item: textValue(state, FIELD.item, FIELD.item) };
}

export function plannedText(
  agenda: ConversationAgenda,
  viewer: Party,
  moved: boolean,
  t: Translator = english,
): string {
  return t.t(moved ? 'conversation.moved' : 'conversation.planned', {
    other: otherSide(agenda, viewer, t),
    date: t.date(agenda.scheduledOn),
  });
}

/** The title of the notice after planning: planned, or moved. */
export function plannedTitle(moved: boolean, t: Translator = english): string {
  return t.t(moved ? 'conversation.moved.title' : 'conversation.planned.title');
}

// ---------------------------------------------------------------------------------------------
// The agenda
// ---------------------------------------------------------------------------------------------

function actionLine(action: AgreedActionView, t: Translator): string {
  const mark = action.done ? ':white_check_mark:' : ':white_circle:';
  const owner =
    action.owner === 'person'
      ? action.milestonePosition
        ? t.t('conversation.owner.milestone', { position: action.milestonePosition })
        : t.t('conversation.owner.person')
      : t.t('conversation.owner.manager');
  return t.t('conversation.actionLine', {
    mark,
    title: userText(truncate(action.title, 120)),
    owner,
    date: t.date(action.due),
  });
}

function bulletSection(title: string, lines: readonly string[], empty?: string): KnownBlock[] {
  if (lines.length === 0 && empty === undefined) return [];
  const body = lines.length === 0 ? `_${empty}_` : lines.join('\n');
  return [{ type: 'section', text: mrkdwn(truncate(`*${title}*\n${body}`, LIMITS.sectionText)) }];
}

/** The questions come as English text from the domain: each is read back as its catalog entry, for this goal. */
function question(text: string, goalTitle: string | null, t: Translator): string {
  // Without a goal the domain writes "the next role" in its place.
  const asWritten = goalTitle ?? english.t('conversation.nextRole');
  const index = TRANSITION_QUESTIONS.findIndex((template) => template.replaceAll('{goal}', asWritten) === text);
  return index < 0
    ? text
    : t.lookup(`conversation.question.${index}`, text, { goal: goalTitle ?? t.t('conversation.nextRole') });
}

/** What the agenda holds, built from the data (without the header and buttons). */
export function agendaBody(agenda: ConversationAgenda, viewer: Party, t: Translator = english): KnownBlock[] {
  const since = agenda.lastHeldOn
    ? t.t('conversation.since.last', { date: t.date(agenda.lastHeldOn) })
    : t.t('conversation.since.start');
  const moved: string[] = [];
  const done = agenda.moved.milestonesDone;
  if (done.length > 0) {
    const named = done.slice(0, 5).map((m) => `${m.position}. ${userText(truncate(m.title, 60))} (${t.date(m.date)})`);
    moved.push(
      `${t.t('conversation.moved.done', { count: done.length, named: named.join(', ') })}${done.length > 5 ? ', …' : ''}`,
    );
  }
  if (agenda.moved.checkIns > 0) moved.push(t.t('conversation.moved.checkIns', { count: agenda.moved.checkIns }));
  if (agenda.moved.evidenceAdded > 0)
    moved.push(t.t('conversation.moved.evidence', { count: agenda.moved.evidenceAdded }));
  const overdue = agenda.overdue.slice(0, 5).map((m) =>
    t.t('conversation.overdueLine', {
      position: m.position,
      title: userText(truncate(m.title, 80)),
      date: t.date(m.dueDate),
    }),
  );
  if (agenda.overdue.length > 5) overdue.push(t.t('conversation.overdueMore', { count: agenda.overdue.length - 5 }));
  const weakest = agenda.weakest.map((signal) => {
    const rating = signal.rating ? levelWord(signal.rating, t) : t.t('conversation.notRated');
    const summary = caseSummary(signal.signalCase, t);
    return `• *${userText(signal.title)}* (${rating})${summary ? `\n   ${summary}` : ''}`;
  });
  const calibration = agenda.calibrationPending
    ? [
        t.t(viewer === 'manager' ? 'conversation.calibration.manager' : 'conversation.calibration.person', {
          date: t.date(agenda.calibrationPending.date),
        }),
      ]
    : [];
  const items = agenda.items.map(
    (item) =>
      `• ${userText(truncate(item.text, 300))} — ${item.authorSlackUserId ? mention(item.authorSlackUserId) : t.t('conversation.someoneWhoLeft')}`,
  );
  return [
    ...(agenda.goalTitle
      ? [
          {
            type: 'context',
            elements: [mrkdwn(t.t('conversation.goal', { goal: userText(agenda.goalTitle) }))],
          } satisfies KnownBlock,
        ]
      : []),
    ...bulletSection(since, moved, t.t('conversation.nothingRecorded')),
    ...bulletSection(t.t('conversation.section.overdue'), overdue),
    ...bulletSection(t.t('conversation.section.weakest'), weakest),
    ...bulletSection(t.t('conversation.section.calibration'), calibration),
    ...bulletSection(
      t.t('conversation.section.agreed'),
      agenda.lastActions.map((action) => actionLine(action, t)),
    ),
    ...bulletSection(
      t.t('conversation.section.questions'),
      agenda.questions.map((text) => `• ${userText(question(text, agenda.goalTitle, t))}`),
    ),
    ...bulletSection(t.t('conversation.section.added'), items, t.t('conversation.nothingAdded')),
  ];
}

function agendaButtons(agenda: ConversationAgenda, today: string | undefined, t: Translator): ActionsBlock {
  const date = t.date(agenda.scheduledOn);
  const elements: Button[] = [
    button(
      CONVERSATION_ACTIONS.addItem,
      t.t('conversation.button.add'),
      agenda.id,
      false,
      t.t('conversation.button.add.label', { date }),
    ),
  ];
  const phase = today ? conversationPhase(agenda.scheduledOn, today) : 'upcoming';
  elements.push(
    button(
      CONVERSATION_ACTIONS.record,
      t.t('conversation.button.record'),
      agenda.id,
      phase !== 'upcoming',
      t.t('conversation.button.record.label', { date }),
    ),
  );
  elements.push(
    button(
      CONVERSATION_ACTIONS.reschedule,
      t.t('conversation.button.reschedule'),
      agenda.id,
      false,
      t.t('conversation.button.reschedule.label', { date }),
    ),
  );
  return { type: 'actions', block_id: `conversation_${agenda.id}`.slice(0, 255), elements };
}

function headline(agenda: ConversationAgenda, viewer: Party, t: Translator): string {
  return t.t('conversation.headline', { other: otherSide(agenda, viewer, t), date: t.date(agenda.scheduledOn) });
}

/** The agenda with its buttons (the `/pathway conversation` answer and the DM). */
export function agendaBlocks(
  agenda: ConversationAgenda,
  viewer: Party,
  today?: string,
  t: Translator = english,
): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(headline(agenda, viewer, t)) },
    ...agendaBody(agenda, viewer, t),
    agendaButtons(agenda, today, t),
    { type: 'context', elements: [mrkdwn(`${privateNote(t)} ${t.t('conversation.afterIt')}`)] },
  ];
}

/** The fallback text of an agenda answer: the next conversation, none planned, or the agenda with a new item. */
export function agendaText(kind: 'next' | 'none' | 'withItem', t: Translator = english): string {
  return t.t(
    kind === 'next'
      ? 'conversation.text.next'
      : kind === 'none'
        ? 'conversation.text.none'
        : 'conversation.text.withItem',
  );
}

/** `/pathway conversation` with nothing planned: who to plan it with. */
export function nothingPlannedBlocks(
  subject: { id: string; slackUserId: string },
  viewer: Party,
  held: readonly ConversationAgenda[],
  t: Translator = english,
): KnownBlock[] {
  const text =
    viewer === 'manager'
      ? t.t('conversation.nonePlanned.with', { who: mention(subject.slackUserId) })
      : t.t('conversation.nonePlanned.manager');
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(text) },
    { type: 'actions', block_id: 'conversation_start', elements: [startButton(subject.id, undefined, undefined, t)] },
  ];
  if (held.length > 0) blocks.push(...heldBlocks(held, 3, t));
  return blocks;
}

/** The last conversations held: date, notes and agreed actions. */
export function heldBlocks(held: readonly ConversationAgenda[], shown = 3, t: Translator = english): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const conversation of held.slice(0, shown)) {
    const lines = [t.t('conversation.held', { date: t.date(conversation.heldOn ?? conversation.scheduledOn) })];
    if (conversation.notes)
      lines.push(t.t('conversation.notes', { notes: userText(truncate(conversation.notes, 800)) }));
    lines.push(...conversation.actions.map((action) => actionLine(action, t)));
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
  t: Translator = english,
): KnownBlock[] {
  if (!hasManager) return [];
  if (!agenda) {
    return [
      { type: 'section', text: mrkdwn(t.t('conversation.home.none')) },
      {
        type: 'actions',
        block_id: 'home_conversation_start',
        elements: [startButton(subject.id, undefined, undefined, t)],
      },
    ];
  }
  return [
    {
      type: 'section',
      text: mrkdwn(
        t.t('conversation.home.planned', {
          other: otherSide(agenda, 'person', t),
          date: t.date(agenda.scheduledOn),
          items: agenda.items.length,
          overdue: agenda.overdue.length,
          questions: agenda.questions.length,
        }),
      ),
    },
    agendaButtons(agenda, today, t),
  ];
}

// ---------------------------------------------------------------------------------------------
// Adding to the agenda
// ---------------------------------------------------------------------------------------------

export function addItemModal(
  agenda: ConversationAgenda,
  viewer: Party,
  metadata: z.infer<typeof conversationMetadataSchema>,
  t: Translator = english,
): ModalView {
  return formModal(
    CONVERSATION_CALLBACKS.addItem,
    metadata,
    t.t('conversation.add.title'),
    t.t('conversation.add.submit'),
    [
      {
        type: 'section',
        text: mrkdwn(
          t.t('conversation.add.intro', { other: otherSide(agenda, viewer, t), date: t.date(agenda.scheduledOn) }),
        ),
      },
      {
        type: 'input',
        block_id: FIELD.item,
        label: plain(t.t('conversation.add.label')),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.item,
          multiline: true,
          max_length: MAX_AGENDA_ITEM_LENGTH,
          placeholder: plain(t.t('conversation.add.example')),
        },
      },
    ],
    t,
  );
}

export function readItemForm(state: ViewState): string | undefined {
  return textValue(state, FIELD.item, FIELD.item);
}

// ---------------------------------------------------------------------------------------------
// After it: notes, agreed actions, the next date
// ---------------------------------------------------------------------------------------------

function ownerOption(owner: Party, viewer: Party, t: Translator): PlainTextOption {
  const key =
    owner === 'person'
      ? viewer === 'person'
        ? 'conversation.ownerOption.me'
        : 'conversation.ownerOption.them'
      : viewer === 'manager'
        ? 'conversation.ownerOption.meManager'
        : 'conversation.ownerOption.myManager';
  return { text: plain(t.t(key), LIMITS.optionText), value: owner };
}

export function recordModal(
  agenda: ConversationAgenda,
  viewer: Party,
  initialNext: string,
  metadata: z.infer<typeof conversationMetadataSchema>,
  t: Translator = english,
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `${t.t('conversation.record.intro', { other: otherSide(agenda, viewer, t), date: t.date(agenda.scheduledOn) })} ${privateNote(t)}`,
      ),
    },
    {
      type: 'input',
      block_id: FIELD.notes,
      optional: true,
      label: plain(t.t('conversation.record.notes')),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.notes,
        multiline: true,
        max_length: MAX_NOTES_LENGTH,
        placeholder: plain(t.t('conversation.record.notesExample')),
      },
    },
    { type: 'section', text: mrkdwn(t.t('conversation.record.actions')) },
  ];
  const options = (['person', 'manager'] as const).map((owner) => ownerOption(owner, viewer, t));
  for (let index = 0; index < MAX_AGREED_ACTIONS; index += 1) {
    blocks.push(
      {
        type: 'input',
        block_id: FIELD.actionTitle(index),
        optional: true,
        label: plain(t.t('conversation.record.action', { number: index + 1 })),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.actionTitle(index),
          max_length: MAX_ACTION_TITLE_LENGTH,
          placeholder: plain(t.t('conversation.record.actionExample')),
        },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: FIELD.actionOwner(index),
        optional: true,
        label: plain(t.t('conversation.record.owner')),
        element: { type: 'static_select', action_id: FIELD.actionOwner(index), options, initial_option: options[0]! },
      } satisfies InputBlock,
      {
        type: 'input',
        block_id: FIELD.actionDue(index),
        optional: true,
        label: plain(t.t('conversation.record.by')),
        element: { type: 'datepicker', action_id: FIELD.actionDue(index) },
      } satisfies InputBlock,
    );
  }
  blocks.push({
    type: 'input',
    block_id: FIELD.next,
    optional: true,
    label: plain(t.t('conversation.record.next')),
    element: { type: 'datepicker', action_id: FIELD.next, initial_date: initialNext },
    hint: plain(t.t('conversation.record.nextHint')),
  });
  return formModal(
    CONVERSATION_CALLBACKS.record,
    metadata,
    t.t('conversation.record.title'),
    t.t('conversation.record.submit'),
    blocks,
    t,
  );
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

/** A problem of the conversation forms (conversationDateProblem, validateRecord) in the person's language. */
export function conversationProblemText(problem: string, t: Translator = english): string {
  return problemIn(problem, t, [{ read: readConversationProblem, prefix: 'conversation.problem' }]);
}

/** Field problems of validateRecord (`action0.title` …) as Slack's errors by block id, in the person's language. */
export function recordErrors(problems: Record<string, string>, t: Translator = english): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) {
    const message = conversationProblemText(problem, t);
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

function recordedLines(recorded: RecordedConversation, t: Translator): string[] {
  const lines = recorded.agenda.actions.map((action) => actionLine(action, t));
  if (lines.length === 0) lines.push(t.t('conversation.recorded.noActions'));
  lines.push(
    recorded.next
      ? t.t('conversation.recorded.next', { date: t.date(recorded.next.scheduledOn) })
      : t.t('conversation.recorded.noNext'),
  );
  return lines;
}

/** What the one who recorded the notes sees. */
export function recordedText(recorded: RecordedConversation, viewer: Party, t: Translator = english): string {
  return `${t.t('conversation.recorded.saved', { other: otherSide(recorded.agenda, viewer, t) })}\n${recordedLines(recorded, t).join('\n')}`;
}

/** The title of the notice after recording. */
export function recordedTitle(t: Translator = english): string {
  return t.t('conversation.recorded.title');
}

// ---------------------------------------------------------------------------------------------
// DMs, each in its recipient's language
// ---------------------------------------------------------------------------------------------

export const conversationNotices: ConversationNotices = {
  agenda: (agenda, recipient, language?: Language) => {
    const t = translator(language);
    return {
      text: t.t('conversation.dm.agenda.text', { date: t.date(agenda.scheduledOn) }),
      blocks: [
        { type: 'header', text: plain(t.t('conversation.dm.agenda.header'), LIMITS.headerText) },
        ...agendaBlocks(agenda, recipient, undefined, t),
      ],
    };
  },
  reminder: (agenda, recipient, language?: Language) => {
    const t = translator(language);
    return {
      text: t.t('conversation.dm.reminder.text', { date: t.date(agenda.scheduledOn) }),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            t.t('conversation.dm.reminder.body', {
              other: otherSide(agenda, recipient, t),
              date: t.date(agenda.scheduledOn),
            }),
          ),
        },
        ...agendaBody(agenda, recipient, t),
        agendaButtons(agenda, undefined, t),
        { type: 'context', elements: [mrkdwn(privateNote(t))] },
      ],
    };
  },
  recorded: (recorded, recipient, language?: Language) => {
    const t = translator(language);
    const who =
      recorded.recordedBy === 'manager'
        ? otherSide(recorded.agenda, 'person', t)
        : mention(recorded.agenda.person.slackUserId);
    const notes = recorded.agenda.notes
      ? `\n${t.t('conversation.notes', { notes: userText(truncate(recorded.agenda.notes, 1500)) })}`
      : '';
    const date = t.date(recorded.agenda.scheduledOn);
    return {
      text: t.t('conversation.dm.recorded.text', { date }),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(truncate(`${t.t('conversation.dm.recorded.body', { who, date })}${notes}`, LIMITS.sectionText)),
        },
        { type: 'section', text: mrkdwn(truncate(recordedLines(recorded, t).join('\n'), LIMITS.sectionText)) },
        {
          type: 'context',
          elements: [
            mrkdwn(
              `${privateNote(t)} ${t.t(recipient === 'person' ? 'conversation.dm.recorded.person' : 'conversation.dm.recorded.manager')}`,
            ),
          ],
        },
      ],
    };
  },
  todo: ({ actionId, title, due, report }, language?: Language) => {
    const t = translator(language);
    return {
      text: t.t('conversation.dm.todo.text', { date: t.date(due) }),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            t.t('conversation.dm.todo.body', {
              who: mention(report.slackUserId),
              title: userText(truncate(title, 300)),
              date: t.date(due),
            }),
          ),
        },
        {
          type: 'actions',
          block_id: 'conversation_todo',
          elements: [
            button(
              CONVERSATION_ACTIONS.todoDone,
              t.t('conversation.dm.todo.done'),
              actionId,
              true,
              namedLabel((object) => t.t('conversation.dm.todo.label', { title: object }), title),
            ),
          ],
        },
      ],
    };
  },
  overdue: ({ recipient, other, actions }, language?: Language) => {
    const t = translator(language);
    const lines = actions.slice(0, 10).map((action) => actionLine(action, t));
    const todoButtons =
      recipient === 'manager'
        ? actions
            .filter((action) => !action.done)
            .slice(0, 5)
            .map((action, index) =>
              button(
                // Slack refuses two buttons with one action_id in a block; the listener takes the suffixed ids too.
                `${CONVERSATION_ACTIONS.todoDone}:${index}`,
                truncate(t.t('conversation.dm.overdue.done', { title: action.title }), 70),
                action.id,
                false,
                namedLabel((object) => t.t('conversation.dm.overdue.label', { title: object }), action.title),
              ),
            )
        : [];
    return {
      text: t.t('conversation.dm.overdue.text'),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            truncate(
              `${t.t('conversation.dm.overdue.body', { who: mention(other.slackUserId) })}\n${lines.join('\n')}`,
              LIMITS.sectionText,
            ),
          ),
        },
        ...(todoButtons.length > 0
          ? [{ type: 'actions', block_id: 'conversation_overdue', elements: todoButtons } satisfies ActionsBlock]
          : []),
        {
          type: 'context',
          elements: [
            mrkdwn(
              t.t(recipient === 'person' ? 'conversation.dm.overdue.howPerson' : 'conversation.dm.overdue.howManager'),
            ),
          ],
        },
      ],
    };
  },
  due: ({ person, manager, recipient, lastHeldOn, cadenceDays }, language?: Language) => {
    const t = translator(language);
    const weeks = Math.round(cadenceDays / 7);
    const withWhom = recipient === 'manager' ? mention(person.slackUserId) : mention(manager.slackUserId);
    const body = lastHeldOn
      ? t.t('conversation.dm.due.bodySince', { who: withWhom, weeks, date: t.date(lastHeldOn) })
      : t.t('conversation.dm.due.bodyStart', { who: withWhom, weeks });
    return {
      text: t.t('conversation.dm.due.text'),
      blocks: [
        { type: 'section', text: mrkdwn(body) },
        {
          type: 'actions',
          block_id: 'conversation_due',
          elements: [startButton(person.id, t.t('conversation.plan.submit'), undefined, t)],
        },
      ],
    };
  },
};
