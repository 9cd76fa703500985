/**
 * The manager shares the plan: suggesting a milestone for a report (modal), the
 * report's DM with accept / edit / decline, the edit modal, the manager's answer
 * notice, pending suggestions on Home, and the manager's comment on a milestone.
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import { MAX_COMMENT_LENGTH } from '../domain/evidence.js';
import type { MilestoneSummary } from '../services/milestones.js';
import type { SuggestionForm, SuggestionNotices, SuggestionView } from '../services/suggestions.js';
import { MILESTONE_FIELDS } from './milestones.js';
import { formModal } from './modals.js';
import { KIND_EMOJI, kindInWords } from './overview.js';
import { kindOptions } from './plan.js';
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

function titleInput(initial?: string): InputBlock {
  return {
    type: 'input',
    block_id: FIELD.title,
    label: plain('Milestone'),
    element: {
      type: 'plain_text_input',
      action_id: FIELD.title,
      max_length: 150,
      ...(initial ? { initial_value: initial } : {}),
      placeholder: plain('e.g. Present the pilot results to the sales leads'),
    },
  };
}

function kindInput(initial: string): InputBlock {
  const initialOption = kindOptions().find((o) => o.value === initial);
  return {
    type: 'input',
    block_id: FIELD.kind,
    label: plain('Kind'),
    element: {
      type: 'static_select',
      action_id: FIELD.kind,
      options: kindOptions(),
      ...(initialOption ? { initial_option: initialOption } : {}),
    },
  };
}

function dueInput(initial: string): InputBlock {
  return {
    type: 'input',
    block_id: FIELD.due,
    label: plain('By'),
    element: { type: 'datepicker', action_id: FIELD.due, initial_date: initial },
  };
}

/** The manager's form: a milestone for the report, the signals it serves, and why. */
export function suggestModal(
  form: SuggestionForm,
  report: { id: string; slackUserId: string },
  initialDue: string,
): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `Suggest a milestone for ${mention(report.slackUserId)}’s pathway to *${userText(form.goalTitle)}*. They get a DM to accept it, change it or decline it, and you hear back.`,
      ),
    },
    titleInput(),
    kindInput('project'),
    dueInput(initialDue),
  ];
  if (form.signals.length > 0) {
    blocks.push({
      type: 'input',
      block_id: FIELD.signals,
      optional: true,
      label: plain('Signals it serves'),
      element: {
        type: 'multi_static_select',
        action_id: FIELD.signals,
        placeholder: plain('Pick signals'),
        options: form.signals.map((signal) => option(signal.title, signal.key)),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: FIELD.note,
    optional: true,
    label: plain('Why this?'),
    element: {
      type: 'plain_text_input',
      action_id: FIELD.note,
      multiline: true,
      max_length: MAX_SUGGESTION_NOTE_LENGTH,
    },
  });
  return formModal(
    SUGGEST_CALLBACK,
    { subjectId: report.id, pathwayId: form.pathwayId } satisfies z.infer<typeof reportFormMetadataSchema>,
    'Suggest a milestone',
    'Send',
    blocks,
  );
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

function suggestionText(suggestion: SuggestionView): string {
  const serves =
    suggestion.signalTitles.length > 0 ? `\nServes: ${suggestion.signalTitles.map(userText).join(', ')}` : '';
  const note = suggestion.note ? `\n“${userText(truncate(suggestion.note, MAX_SUGGESTION_NOTE_LENGTH))}”` : '';
  return `${KIND_EMOJI[suggestion.kind]} *${userText(suggestion.title)}*${kindInWords(suggestion.kind)} by ${formatDate(suggestion.dueDate)}${serves}${note}`;
}

function answerButtons(suggestionId: string, title = 'the suggestion'): Button[] {
  return [
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.accept,
      style: 'primary',
      text: plain('Accept', LIMITS.buttonText),
      accessibility_label: namedLabel((t) => `Accept '${t}'`, title),
      value: suggestionId,
    },
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.edit,
      text: plain('Edit, then accept', LIMITS.buttonText),
      accessibility_label: namedLabel((t) => `Edit, then accept '${t}'`, title),
      value: suggestionId,
    },
    {
      type: 'button',
      action_id: SUGGESTION_ACTIONS.decline,
      text: plain('Decline', LIMITS.buttonText),
      accessibility_label: namedLabel((t) => `Decline '${t}'`, title),
      value: suggestionId,
    },
  ];
}

export const suggestionNotices: SuggestionNotices = {
  suggested: ({ suggestion, manager }) => ({
    text: `Your manager suggests a milestone: ${suggestion.title}`,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:bulb: *${mention(manager.slackUserId)} suggests a milestone for your pathway*\n${suggestionText(suggestion)}`,
        ),
      },
      {
        type: 'actions',
        block_id: 'suggestion_actions',
        elements: answerButtons(suggestion.id, suggestion.title),
      } satisfies ActionsBlock,
      { type: 'context', elements: [mrkdwn('Accepted milestones join your plan marked as agreed with your manager.')] },
    ],
  }),
  answered: ({ suggestion, report, outcome, milestone }) => {
    const who = mention(report.slackUserId);
    const title = userText(suggestion.title);
    const text =
      outcome === 'declined'
        ? `${who} declined your suggested milestone “${title}”. A word with them may help find a better fit.`
        : outcome === 'edited'
          ? `${who} accepted your suggested milestone “${title}” with changes: it is now milestone ${milestone?.position ?? ''}, “${userText(milestone?.title ?? suggestion.title)}”, due ${formatDate(milestone?.dueDate ?? suggestion.dueDate)}.`
          : `${who} accepted your suggested milestone “${title}”: it is now milestone ${milestone?.position ?? ''} of their plan, agreed between you.`;
    const emoji = outcome === 'declined' ? ':information_source:' : ':handshake:';
    return { text, blocks: [{ type: 'section', text: mrkdwn(`${emoji} ${text}`) }] };
  },
};

/** What replaces the suggestion DM once answered. */
export function suggestionAnsweredText(
  outcome: 'accepted' | 'edited' | 'declined',
  suggestion: SuggestionView,
  milestone: MilestoneSummary | null,
): string {
  if (outcome === 'declined') return `You declined “${userText(suggestion.title)}”. Your manager has been told.`;
  return `:handshake: Added as milestone *${milestone?.position ?? ''}.* “${userText(milestone?.title ?? suggestion.title)}”, due ${formatDate(milestone?.dueDate ?? suggestion.dueDate)}, agreed with your manager. They have been told.`;
}

/** "Edit, then accept": the suggestion as a milestone form. */
export function suggestionEditModal(
  suggestion: SuggestionView,
  initialDue: string,
  metadata: z.infer<typeof suggestionEditMetadataSchema>,
): ModalView {
  return formModal(SUGGESTION_EDIT_CALLBACK, metadata, 'Accept with changes', 'Accept', [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `Suggested by ${suggestion.manager ? mention(suggestion.manager.slackUserId) : 'your manager'}. Change what does not fit, then accept.`,
        ),
      ],
    },
    titleInput(suggestion.title),
    kindInput(suggestion.kind),
    dueInput(initialDue),
    {
      type: 'input',
      block_id: FIELD.link,
      optional: true,
      label: plain('Link'),
      element: { type: 'url_text_input', action_id: FIELD.link, placeholder: plain('https://…') },
    },
  ]);
}

/** Pending suggestions on Home, each with its answer buttons. */
export function pendingSuggestionBlocks(suggestions: readonly SuggestionView[], shown = 3): KnownBlock[] {
  if (suggestions.length === 0) return [];
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`*Suggested by your manager* (${suggestions.length})`) },
  ];
  for (const suggestion of suggestions.slice(0, shown)) {
    blocks.push({ type: 'section', text: mrkdwn(suggestionText(suggestion)) }, {
      type: 'actions',
      block_id: `suggestion.${suggestion.id}`,
      elements: answerButtons(suggestion.id, suggestion.title),
    } satisfies ActionsBlock);
  }
  if (suggestions.length > shown)
    blocks.push({ type: 'context', elements: [mrkdwn(`…and ${suggestions.length - shown} more in your DMs.`)] });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// The manager's comment on a milestone
// ---------------------------------------------------------------------------------------------

export function commentModal(
  report: { id: string; slackUserId: string },
  pathwayId: string,
  milestones: ReadonlyArray<{ id: string; position: number; title: string }>,
): ModalView {
  const options = milestones.slice(0, 100).map((m) => option(`${m.position}. ${m.title}`, m.id));
  return formModal(
    COMMENT_CALLBACK,
    { subjectId: report.id, pathwayId } satisfies z.infer<typeof reportFormMetadataSchema>,
    'Comment',
    'Send',
    [
      {
        type: 'section',
        text: mrkdwn(
          `A comment on one of ${mention(report.slackUserId)}’s milestones. They get it in a DM and it joins their wins log; only they and you (as their current manager) see it.`,
        ),
      },
      {
        type: 'input',
        block_id: FIELD.milestone,
        label: plain('Milestone'),
        element: { type: 'static_select', action_id: FIELD.milestone, options, placeholder: plain('Pick a milestone') },
      },
      {
        type: 'input',
        block_id: FIELD.comment,
        label: plain('Comment'),
        element: {
          type: 'plain_text_input',
          action_id: FIELD.comment,
          multiline: true,
          max_length: MAX_COMMENT_LENGTH,
          placeholder: plain('What you saw, and what would make it even stronger'),
        },
      },
    ],
  );
}

export function readCommentForm(state: ViewState) {
  return {
    milestoneId: selectedValue(state, FIELD.milestone, FIELD.milestone),
    text: textValue(state, FIELD.comment, FIELD.comment),
  };
}

export function commentNotice({
  manager,
  milestone,
  text,
}: {
  manager: { slackUserId: string };
  milestone: MilestoneSummary;
  text: string;
}) {
  const body = `:memo: *${mention(manager.slackUserId)} commented on milestone ${milestone.position}.* “${userText(truncate(milestone.title, 150))}”\n“${userText(truncate(text, MAX_COMMENT_LENGTH))}”`;
  return {
    text: `Your manager commented on milestone ${milestone.position}.`,
    blocks: [
      { type: 'section', text: mrkdwn(body) },
      {
        type: 'context',
        elements: [mrkdwn('It is in your wins log (`/pathway wins`); only you and your manager see it.')],
      },
    ] satisfies KnownBlock[],
  };
}
