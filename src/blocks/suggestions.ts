/**
 * The manager shares the plan: suggesting a milestone for a report (modal), the
 * report's DM with accept / edit / decline, the edit modal, the manager's answer
 * notice, pending suggestions on Home, and the manager's comment on a milestone.
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from '../domain/evidence.js';
import { languageFor } from '../domain/language.js';
import { MILESTONE_KIND_CHOICES } from '../domain/pathways/milestones.js';
import { english, type Translator, translator } from '../i18n/index.js';
import type { MilestoneSummary } from '../services/milestones.js';
import type { OutboxPayload } from '../services/outbox.js';
import type { SuggestionAnswer, SuggestionForm, SuggestionNotices, SuggestionView } from '../services/suggestions.js';
import { MILESTONE_FIELDS, milestoneDueInput, milestoneKindInput, milestoneTitleInput } from './milestones.js';
import { formModal } from './modals.js';
import { KIND_EMOJI } from './overview.js';
import { dateValue, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const SUGGESTION_ACTIONS = {
  /** On a report's pathway (value: the report's person id). */
  open: 'suggestion_open',
  accept: 'suggestion_accept',
  edit: 'suggestion_edit',
  decline: 'suggestion_decline',
} as const;
export const COMMENT_OPEN_ACTION = 'milestone_comment_open';

export const SUGGEST_CALLBACK = 'suggestion_submit';
export const SUGGESTION_EDIT_CALLBACK = 'suggestion_edit_submit';
export const COMMENT_CALLBACK = 'milestone_comment_submit';

export const MAX_SUGGESTION_NOTE_LENGTH = 500;

const FIELD = {
  ...MILESTONE_FIELDS,
  signals: 'sg_signals',
  note: 'sg_note',
  milestone: 'cm_milestone',
  comment: 'cm_text',
} as const;
export const SUGGESTION_FIELDS = FIELD;

/** Which report and pathway a manager's form is about. */
export const reportFormMetadataSchema = z.object({
  subjectId: z.string().min(1).max(100),
  pathwayId: z.string().min(1).max(100),
});
/** Which suggestion the edit form answers, and the DM to update afterwards. */
export const suggestionEditMetadataSchema = z.object({
  suggestionId: z.string().min(1).max(100),
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional(),
});

function option(text: string, value: string): PlainTextOption {
  return { text: plain(text, LIMITS.optionText), value };
}

type Kind = (typeof MILESTONE_KIND_CHOICES)[number];

/** A milestone's kind in words ("stretch project"), as the plan's forms name it. */
export function kindWords(kind: Kind, t: Translator = english): string {
  return t.t(`suggestions.kind.${kind}`);
}

/** " _(course)_" after a title; nothing for "other", which says nothing. */
function kindInWords(kind: Kind, t: Translator): string {
  return kind === 'other' ? '' : ` _(${kindWords(kind, t)})_`;
}

function kindOptions(t: Translator): PlainTextOption[] {
  return MILESTONE_KIND_CHOICES.map((kind) => option(`${KIND_EMOJI[kind]} ${kindWords(kind, t)}`, kind));
}

function titleInput(t: Translator, initial?: string): InputBlock {
  return milestoneTitleInput(t.t('suggestions.field.milestone'), {
    initial,
    example: t.t('suggestions.field.titlePlaceholder'),
  });
}

function kindInput(initial: string, t: Translator): InputBlock {
  return milestoneKindInput(t.t('suggestions.field.kind'), kindOptions(t), initial);
}

function dueInput(initial: string, t: Translator): InputBlock {
  return milestoneDueInput(t.t('suggestions.field.due'), initial);
}

/** The manager's form: a milestone for the report, the signals it serves, and why. */
export function suggestModal(
  form: SuggestionForm,
  report: { id: string; slackUserId: string },
  initialDue: string,
  t: Translator = english,
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        t.t('suggestions.suggest.intro', { who: mention(report.slackUserId), goal: userText(form.goalTitle) }),
      ),
    },
    titleInput(t),
    kindInput('project', t),
    dueInput(initialDue, t),
  ];
  if (form.signals.length > 0) {
    blocks.push({
      type: 'input',
      block_id: FIELD.signals,
      optional: true,
      label: plain(t.t('suggestions.field.signals')),
      element: {
        type: 'multi_static_select',
        action_id: FIELD.signals,
        placeholder: plain(t.t('evidence.save.pickSignals')),
        options: form.signals.map((signal) => option(signal.title, signal.key)),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: FIELD.note,
    optional: true,
    label: plain(t.t('suggestions.field.why')),
    element: {
      type: 'plain_text_input',
      action_id: FIELD.note,
      multiline: true,
      max_length: MAX_SUGGESTION_NOTE_LENGTH,
    },
  });
  const metadata = { subjectId: report.id, pathwayId: form.pathwayId } satisfies z.infer<
    typeof reportFormMetadataSchema
  >;
  return formModal(SUGGEST_CALLBACK, metadata, t.t('suggestions.suggest.title'), t.t('suggestions.send'), blocks, t);
}

export function readSuggestForm(state: ViewState) {
  return {
    title: textValue(state, FIELD.title, FIELD.title),
    kind: selectedValue(state, FIELD.kind, FIELD.kind),
    due: dateValue(state, FIELD.due, FIELD.due),
    link: undefined,
    signalKeys: selectedValues(state, FIELD.signals, FIELD.signals),
    note: textValue(state, FIELD.note, FIELD.note),
  };
}

function suggestionText(suggestion: SuggestionView, t: Translator): string {
  const serves =
    suggestion.signalTitles.length > 0
      ? `\n${t.t('suggestions.serves', { signals: suggestion.signalTitles.map(userText).join(', ') })}`
      : '';
  const note = suggestion.note ? `\n“${userText(truncate(suggestion.note, MAX_SUGGESTION_NOTE_LENGTH))}”` : '';
  const by = t.t('suggestions.by', { date: t.date(suggestion.dueDate) });
  return `${KIND_EMOJI[suggestion.kind]} *${userText(suggestion.title)}*${kindInWords(suggestion.kind, t)} ${by}${serves}${note}`;
}

function answerButtons(suggestionId: string, title: string | undefined, t: Translator): Button[] {
  const object = title ?? t.t('suggestions.theSuggestion');
  const label = (key: 'suggestions.label.accept' | 'suggestions.label.edit' | 'suggestions.label.decline') =>
    namedLabel((named) => t.t(key, { title: named }), object);
  return [
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.accept,
      style: 'primary',
      text: plain(t.t('suggestions.accept'), LIMITS.buttonText),
      accessibility_label: label('suggestions.label.accept'),
      value: suggestionId,
    },
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.edit,
      text: plain(t.t('suggestions.edit'), LIMITS.buttonText),
      accessibility_label: label('suggestions.label.edit'),
      value: suggestionId,
    },
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.decline,
      text: plain(t.t('suggestions.decline'), LIMITS.buttonText),
      accessibility_label: label('suggestions.label.decline'),
      value: suggestionId,
    },
  ];
}

/** The report's DM: a suggestion with accept, edit and decline buttons. */
export function suggestedNotice(
  { suggestion, manager }: Parameters<SuggestionNotices['suggested']>[0],
  t: Translator = english,
): OutboxPayload {
  return {
    text: t.t('suggestions.notice.text', { title: suggestion.title }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `${t.t('suggestions.notice.head', { manager: mention(manager.slackUserId) })}\n${suggestionText(suggestion, t)}`,
        ),
      },
      {
        type: 'actions',
        block_id: 'suggestion_actions',
        elements: answerButtons(suggestion.id, suggestion.title, t),
      } satisfies ActionsBlock,
      { type: 'context', elements: [mrkdwn(t.t('suggestions.notice.hint'))] },
    ],
  };
}

/** The manager's DM once the report answered. */
export function answeredNotice(
  { suggestion, report, outcome, milestone }: SuggestionAnswer,
  t: Translator = english,
): OutboxPayload {
  const values = {
    who: mention(report.slackUserId),
    title: userText(suggestion.title),
    position: milestone?.position ?? '',
    newTitle: userText(milestone?.title ?? suggestion.title),
    date: t.date(milestone?.dueDate ?? suggestion.dueDate),
  };
  const text = t.t(`suggestions.answered.${outcome}`, values);
  const emoji = outcome === 'declined' ? ':information_source:' : ':handshake:';
  return { text, blocks: [{ type: 'section', text: mrkdwn(`${emoji} ${text}`) }] };
}

/** The DMs of a suggestion, each in its recipient's language. */
export const suggestionNotices: SuggestionNotices = {
  suggested: (details, recipient) => suggestedNotice(details, translator(languageFor(recipient))),
  answered: (details, recipient) => answeredNotice(details, translator(languageFor(recipient))),
};

/** What replaces the suggestion DM once answered. */
export function suggestionAnsweredText(
  outcome: 'accepted' | 'edited' | 'declined',
  suggestion: SuggestionView,
  milestone: MilestoneSummary | null,
  t: Translator = english,
): string {
  if (outcome === 'declined') return t.t('suggestions.you.declined', { title: userText(suggestion.title) });
  return t.t('suggestions.you.added', {
    position: milestone?.position ?? '',
    title: userText(milestone?.title ?? suggestion.title),
    date: t.date(milestone?.dueDate ?? suggestion.dueDate),
  });
}

/** "Edit, then accept": the suggestion as a milestone form. */
export function suggestionEditModal(
  suggestion: SuggestionView,
  initialDue: string,
  metadata: z.infer<typeof suggestionEditMetadataSchema>,
  t: Translator = english,
): ModalView {
  const by = suggestion.manager ? mention(suggestion.manager.slackUserId) : t.t('suggestions.yourManager');
  return formModal(
    SUGGESTION_EDIT_CALLBACK,
    metadata,
    t.t('suggestions.edit.title'),
    t.t('suggestions.accept'),
    [
      { type: 'context', elements: [mrkdwn(t.t('suggestions.edit.intro', { by }))] },
      titleInput(t, suggestion.title),
      kindInput(suggestion.kind, t),
      dueInput(initialDue, t),
      {
        type: 'input',
        block_id: FIELD.link,
        optional: true,
        label: plain(t.t('suggestions.field.link')),
        element: {
          type: 'url_text_input',
          action_id: FIELD.link,
          placeholder: plain(t.t('suggestions.field.linkPlaceholder')),
        },
      },
    ],
    t,
  );
}

/** Pending suggestions on Home, each with its answer buttons. */
export function pendingSuggestionBlocks(
  suggestions: readonly SuggestionView[],
  shown = 3,
  t: Translator = english,
): KnownBlock[] {
  if (suggestions.length === 0) return [];
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(t.t('suggestions.pending', { count: suggestions.length })) },
  ];
  for (const suggestion of suggestions.slice(0, shown)) {
    blocks.push({ type: 'section', text: mrkdwn(suggestionText(suggestion, t)) }, {
      type: 'actions',
      block_id: `suggestion.${suggestion.id}`,
      elements: answerButtons(suggestion.id, suggestion.title, t),
    } satisfies ActionsBlock);
  }
  if (suggestions.length > shown)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t.t('suggestions.pendingMore', { count: suggestions.length - shown }))],
    });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// The manager's comment on a milestone
// ---------------------------------------------------------------------------------------------

export function commentModal(
  report: { id: string; slackUserId: string },
  pathwayId: string,
  milestones: ReadonlyArray<{ id: string; position: number; title: string }>,
  t: Translator = english,
): ModalView {
  const options = milestones.slice(0, 100).map((m) => option(`${m.position}. ${m.title}`, m.id));
  const metadata = { subjectId: report.id, pathwayId } satisfies z.infer<typeof reportFormMetadataSchema>;
  return formModal(
    COMMENT_CALLBACK,
    metadata,
    t.t('suggestions.comment.title'),
    t.t('suggestions.send'),
    [
      { type: 'section', text: mrkdwn(t.t('suggestions.comment.intro', { who: mention(report.slackUserId) })) },
      {
        type: 'input',
        block_id: FIELD.milestone,
        label: plain(t.t('suggestions.field.milestone')),
        element: {
          type: 'static_select',
          action_id: FIELD.milestone,
          options,
          placeholder: plain(t.t('suggestions.comment.pickMilestone')),
        },
      },
      {
        type: 'input',
        block_id: FIELD.comment,
        label: plain(t.t('suggestions.comment.title')),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.comment,
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: plain(t.t('suggestions.comment.placeholder')),
        },
      },
    ],
    t,
  );
}

export function readCommentForm(state: ViewState) {
  return {
    milestoneId: selectedValue(state, FIELD.milestone, FIELD.milestone),
    text: textValue(state, FIELD.comment, FIELD.comment),
  };
}

export function commentNotice(
  { manager, milestone, text }: { manager: { slackUserId: string }; milestone: MilestoneSummary; text: string },
  t: Translator = english,
) {
  const head = t.t('suggestions.commentNotice.head', {
    manager: mention(manager.slackUserId),
    position: milestone.position,
  });
  const body = `${head} “${userText(truncate(milestone.title, 150))}”\n“${userText(truncate(text, MAX_COMMENT_LENGTH))}”`;
  return {
    text: t.t('suggestions.commentNotice.text', { position: milestone.position }),
    blocks: [
      { type: 'section', text: mrkdwn(body) },
      { type: 'context', elements: [mrkdwn(t.t('suggestions.commentNotice.hint'))] },
    ] satisfies KnownBlock[],
  };
}
