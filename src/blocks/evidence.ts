/**
 * Evidence surfaces: the wins log (a `/pathway wins` answer, a modal, a section
 * of Home), the readiness case of each signal (a modal, and one line beside each
 * signal in the check-in and calibration modals), and the "Save as evidence"
 * message shortcut's modal. Ids used by the listeners live here.
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import {
  caseCounts,
  MAX_EVIDENCE_TEXT_LENGTH,
  type SignalCase,
  WINS_LOG_TARGET,
  type WinEntry,
  type WinsPage,
} from '../domain/evidence.js';
import type { ColleagueView } from '../domain/feedback.js';
import { RATING_LABELS } from '../domain/readiness.js';
import type { EvidenceTargets, ReadinessCaseView } from '../services/evidence.js';
import { colleagueLines, feedbackAskButton, waitingLine } from './feedback.js';
import { selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mention, mrkdwn, plain, truncate, userText } from './text.js';

/** Open the log (Home, a report's pathway), and page through it. */
export const WINS_ACTIONS = { open: 'wins_open', newer: 'wins_newer', older: 'wins_older' } as const;
export const WINS_ACTION_PATTERN = /^wins_(open|newer|older)$/;
export const READINESS_CASE_ACTION = 'readiness_case_open';
/** The message shortcut's callback id, as declared in manifest.json. */
export const SAVE_EVIDENCE_SHORTCUT = 'save_as_evidence';
export const SAVE_EVIDENCE_CALLBACK = 'save_evidence_submit';

/** Entries a page of the wins log shows; each is one section block. */
export const WINS_PAGE_SIZE = 10;
/** Entries named in Home's wins section. */
export const HOME_WINS_SHOWN = 3;
/** Items listed per kind under a signal in the readiness case modal; the rest are counted. */
const CASE_ITEMS_SHOWN = 5;
const ENTRY_TEXT_SHOWN = 600;
const LINE_TEXT_SHOWN = 160;

/** "pathwayId:page": what the paging buttons carry. */
export const winsValueSchema = z
  .string()
  .regex(/^[a-z0-9]{1,64}:\d{1,4}$/i)
  .transform((value) => {
    const [pathwayId = '', page = '1'] = value.split(':');
    return { pathwayId, page: Number(page) };
  });

export function winsValue(pathwayId: string, page: number): string {
  return `${pathwayId}:${page}`;
}

/** A validated http(s) link, with the characters that would end Slack's `<url|label>` escaped. */
function linkTo(url: string, label: string): string {
  const safe = url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  return `<${safe}|${userText(label)}>`;
}

function quote(text: string | null, max = ENTRY_TEXT_SHOWN): string {
  return text ? `“${userText(truncate(text.replace(/\s+/g, ' ').trim(), max))}”` : '';
}

function milestoneName(entry: WinEntry): string {
  return entry.milestone ? `*${entry.milestone.position}.* ${userText(truncate(entry.milestone.title, 150))}` : '';
}

type SignalTitles = ReadonlyMap<string, string>;

function signalNames(keys: readonly string[], titles: SignalTitles): string {
  return keys.map((key) => userText(titles.get(key) ?? key)).join(', ');
}

function authorName(entry: WinEntry, fallback: string): string {
  return entry.author.role !== 'self' && entry.author.slackUserId ? mention(entry.author.slackUserId) : fallback;
}

/** One entry of the wins log, as one mrkdwn paragraph. */
export function winLine(entry: WinEntry, titles: SignalTitles, max = ENTRY_TEXT_SHOWN): string {
  const text = quote(entry.text, max);
  const link = entry.link ? ` ${linkTo(entry.link, entry.kind === 'message' ? 'open the message' : 'link')}` : '';
  const when = formatDate(entry.date);
  const tagged =
    entry.signalKeys.length > 0 && entry.kind !== 'example'
      ? `\n_Shows: ${signalNames(entry.signalKeys, titles)}_`
      : '';
  switch (entry.kind) {
    case 'done':
      return `:white_check_mark: *Done* ${milestoneName(entry)} · ${when}${text ? `\n${text}` : ''}${link}`;
    case 'example': {
      const rating = entry.rating ? ` (${RATING_LABELS[entry.rating]})` : '';
      return `:speech_balloon: *Check-in example* for ${signalNames(entry.signalKeys, titles)}${rating} · ${when}\n${text}`;
    }
    case 'calibration':
      return `:handshake: *${authorName(entry, 'Your manager')}’s comment on a check-in* · ${when}\n${text}`;
    case 'comment':
      return `:memo: *${authorName(entry, 'Your manager')} commented* on ${milestoneName(entry) || 'the plan'} · ${when}\n${text}${tagged}`;
    case 'message':
      return `:pushpin: *Saved message*${entry.milestone ? ` for ${milestoneName(entry)}` : ''} · ${when}\n${text}${link}${tagged}`;
    case 'mentoring':
      // Never names the mentor: the manager reads this log too (src/services/privacy.ts).
      return `:handshake: *Mentoring session*${entry.milestone ? ` for ${milestoneName(entry)}` : ''} · ${when}`;
    case 'note':
      return `:pencil: *Note*${entry.milestone ? ` on ${milestoneName(entry)}` : ''} · ${when}\n${text}${link}${tagged}`;
    case 'thanks':
      return `:pray: *Thanks from ${authorName(entry, 'a colleague')}* · ${when}\n${text}${link}${tagged}`;
  }
}

export interface WinsLog {
  pathwayId: string;
  goalTitle: string;
  active: boolean;
  subjectSlackUserId: string;
  signals: ReadonlyArray<{ key: string; title: string }>;
  page: WinsPage;
}

function pagingButtons(log: WinsLog): Button[] {
  const buttons: Button[] = [];
  if (log.page.page > 1)
    buttons.push({
      type: 'button',
      action_id: WINS_ACTIONS.newer,
      text: plain('Newer', LIMITS.buttonText),
      accessibility_label: `Newer wins: page ${log.page.page - 1} of the wins log`,
      value: winsValue(log.pathwayId, log.page.page - 1),
    });
  if (log.page.page < log.page.pages)
    buttons.push({
      type: 'button',
      action_id: WINS_ACTIONS.older,
      text: plain('Older', LIMITS.buttonText),
      accessibility_label: `Older wins: page ${log.page.page + 1} of the wins log`,
      value: winsValue(log.pathwayId, log.page.page + 1),
    });
  return buttons;
}

const EMPTY_LOG =
  'Nothing here yet. Mark a milestone done with a note, give examples in `/pathway checkin`, or save a Slack message with the *Save as evidence* shortcut (the ⋮ menu on any message).';

/** The wins log, newest first, a page at a time: a message (`/pathway wins`) or a modal's blocks. */
export function winsBlocks(log: WinsLog, self: boolean): KnownBlock[] {
  const titles = new Map(log.signals.map((signal) => [signal.key, signal.title]));
  const whose = self ? 'Your wins' : `${mention(log.subjectSlackUserId)}’s wins`;
  const scope = log.active
    ? `on the way to *${userText(log.goalTitle)}*`
    : `from the pathway to *${userText(log.goalTitle)}* (ended)`;
  const count =
    log.page.total === 0
      ? ''
      : ` · ${log.page.total} entr${log.page.total === 1 ? 'y' : 'ies'}${log.page.pages > 1 ? `, page ${log.page.page} of ${log.page.pages}` : ''}`;
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${whose}* ${scope}${count}`) }];
  if (log.page.total === 0)
    blocks.push({ type: 'section', text: mrkdwn(self ? EMPTY_LOG : 'Nothing recorded on this pathway yet.') });
  for (const entry of log.page.entries) blocks.push({ type: 'section', text: mrkdwn(winLine(entry, titles)) });
  const buttons = pagingButtons(log);
  if (buttons.length > 0)
    blocks.push({ type: 'actions', block_id: 'wins_pages', elements: buttons } satisfies ActionsBlock);
  const who = self
    ? 'Only you and your current manager see this log.'
    : 'Only they and you, as their current manager, see this log.';
  blocks.push({ type: 'context', elements: [mrkdwn(`${who} Channels never do.`)] });
  return blocks;
}

export function winsModal(log: WinsLog, self: boolean): ModalView {
  return {
    type: 'modal',
    callback_id: 'wins_log',
    title: plain('Wins log', LIMITS.modalTitle),
    close: plain('Close', LIMITS.modalTitle),
    blocks: winsBlocks(log, self),
  };
}

/** Home: the latest few wins and a button to the whole log. */
export function homeWinsBlocks(log: WinsLog): KnownBlock[] {
  const titles = new Map(log.signals.map((signal) => [signal.key, signal.title]));
  const latest = log.page.entries.slice(0, HOME_WINS_SHOWN);
  const lines =
    latest.length === 0 ? EMPTY_LOG : latest.map((entry) => winLine(entry, titles, LINE_TEXT_SHOWN)).join('\n');
  return [
    { type: 'section', text: mrkdwn(`*Wins log* (${log.page.total})\n${lines}`) },
    {
      type: 'actions',
      block_id: 'home_wins',
      elements: [winsOpenButton(log.pathwayId)],
    } satisfies ActionsBlock,
  ];
}

export function winsOpenButton(pathwayId: string): Button {
  return {
    type: 'button',
    action_id: WINS_ACTIONS.open,
    text: plain('Wins log', LIMITS.buttonText),
    accessibility_label: 'Open the wins log of this pathway',
    value: winsValue(pathwayId, 1),
  };
}

// ---------------------------------------------------------------------------------------------
// Readiness case
// ---------------------------------------------------------------------------------------------

export function readinessCaseButton(pathwayId: string): Button {
  return {
    type: 'button',
    action_id: READINESS_CASE_ACTION,
    text: plain('Readiness case', LIMITS.buttonText),
    accessibility_label: 'Open the readiness case of this pathway',
    value: pathwayId,
  };
}

const STATE_MARK = { done: ':white_check_mark:', open: ':white_circle:', 'not-needed': ':heavy_minus_sign:' } as const;

/** One line beside a signal in the check-in and calibration modals: what backs it, in short. */
export function caseSummary(signalCase: SignalCase | undefined): string {
  if (!signalCase) return '';
  const counts = caseCounts(signalCase);
  if (counts.milestones + counts.evidence + counts.examples === 0)
    return ':file_folder: _No evidence for this signal yet._';
  const parts: string[] = [];
  if (counts.milestones > 0) {
    const named = signalCase.milestones
      .slice(0, 3)
      .map((m) => `${STATE_MARK[m.state]} ${m.position}. ${userText(truncate(m.title, 40))}`)
      .join(', ');
    parts.push(
      `${counts.done} of ${counts.milestones} milestone${counts.milestones === 1 ? '' : 's'} done (${named}${counts.milestones > 3 ? ', …' : ''})`,
    );
  }
  if (counts.evidence > 0) parts.push(`${counts.evidence} piece${counts.evidence === 1 ? '' : 's'} of evidence`);
  const last = signalCase.examples[0];
  if (last) parts.push(`last example ${formatDate(last.date)}: ${quote(last.text, 120)}`);
  return `:file_folder: ${parts.join(' · ')}`;
}

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, CASE_ITEMS_SHOWN).map(line);
  if (items.length > CASE_ITEMS_SHOWN) shown.push(`…and ${items.length - CASE_ITEMS_SHOWN} more in the wins log`);
  return shown;
}

function caseSection(signalCase: SignalCase, titles: SignalTitles, colleagues: ColleagueView | undefined): string {
  const lines = [`*${userText(signalCase.title)}*`];
  if (signalCase.milestones.length > 0) {
    lines.push('_Milestones that serve it_');
    lines.push(
      ...listed(signalCase.milestones, (m) => {
        const latest = m.evidence[0];
        const evidence = latest
          ? ` — ${quote(latest.text, LINE_TEXT_SHOWN)}${m.evidence.length > 1 ? ` (+${m.evidence.length - 1})` : ''}`
          : '';
        const state = m.state === 'not-needed' ? ' _not needed_' : '';
        return `${STATE_MARK[m.state]} *${m.position}.* ${userText(truncate(m.title, 100))}${state}${evidence}`;
      }),
    );
  }
  if (signalCase.evidence.length > 0) {
    lines.push('_Evidence_');
    lines.push(
      ...listed(signalCase.evidence, (entry) => `• ${winLine(entry, titles, LINE_TEXT_SHOWN).replace(/\n/g, ' ')}`),
    );
  }
  if (signalCase.examples.length > 0) {
    lines.push('_Examples from check-ins_');
    lines.push(
      ...listed(
        signalCase.examples,
        (entry) =>
          `• ${formatDate(entry.date)}${entry.rating ? ` (${RATING_LABELS[entry.rating]})` : ''}: ${quote(entry.text, LINE_TEXT_SHOWN)}`,
      ),
    );
  }
  lines.push(...colleagueLines(colleagues));
  if (lines.length === 1) lines.push('_Nothing yet: no milestone serves it and no evidence or example names it._');
  return truncate(lines.join('\n'), LIMITS.sectionText);
}

/** Every signal of the goal role with what backs it. */
export function readinessCaseModal(view: ReadinessCaseView, self: boolean): ModalView {
  const titles = new Map(view.cases.map((c) => [c.key, c.title]));
  const whose = self ? 'your' : `${mention(view.subject.slackUserId)}’s`;
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        mrkdwn(
          `What backs ${whose} readiness for *${userText(view.goalTitle)}*, signal by signal: the milestones that serve it, evidence saved for it, examples from check-ins and colleagues’ view. Only the person and their current manager see it.`,
        ),
      ],
    },
  ];
  if (view.cases.length === 0)
    blocks.push({ type: 'section', text: mrkdwn('This goal role lists no readiness signals in the framework.') });
  for (const signalCase of view.cases)
    blocks.push(
      { type: 'divider' },
      { type: 'section', text: mrkdwn(caseSection(signalCase, titles, view.colleagues?.get(signalCase.key))) },
    );
  const waiting = waitingLine(view.waiting ?? []);
  if (waiting) blocks.push({ type: 'context', elements: [mrkdwn(waiting)] });
  if (view.askable && view.cases.length > 0)
    blocks.push({ type: 'actions', block_id: 'readiness_case_feedback', elements: [feedbackAskButton()] });
  return {
    type: 'modal',
    callback_id: 'readiness_case',
    title: plain('Readiness case', LIMITS.modalTitle),
    close: plain('Close', LIMITS.modalTitle),
    blocks,
  };
}

// ---------------------------------------------------------------------------------------------
// "Save as evidence"
// ---------------------------------------------------------------------------------------------

const FIELD = { note: 'ev_note', link: 'ev_link', target: 'ev_target', signals: 'ev_signals' } as const;
export const SAVE_EVIDENCE_FIELDS = FIELD;

export const saveEvidenceMetadataSchema = z.object({ pathwayId: z.string().min(1).max(100) });

function targetOption(text: string, value: string): PlainTextOption {
  return { text: plain(text, LIMITS.optionText), value };
}

/** Slack allows 100 options in a select; the wins log takes one. */
const MAX_TARGET_MILESTONES = 99;

export function saveEvidenceModal(
  targets: EvidenceTargets,
  prefill: { note: string; link: string | null },
  notice: string | null,
): ModalView {
  const logOption = targetOption('The wins log only', WINS_LOG_TARGET);
  const milestoneOptions = targets.milestones
    .slice(0, MAX_TARGET_MILESTONES)
    .map((m) => targetOption(`${m.done ? '✓ ' : ''}${m.position}. ${m.title}`, m.id));
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `Keep this message as evidence on your way to *${userText(targets.goalTitle)}*. Only you and your manager see it.`,
      ),
    },
    {
      type: 'input',
      block_id: FIELD.note,
      label: plain('What does it show?'),
      hint: plain('Starts as the message’s text: trim it to what matters.'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD.note,
        multiline: true,
        max_length: MAX_EVIDENCE_TEXT_LENGTH,
        ...(prefill.note ? { initial_value: truncate(prefill.note, MAX_EVIDENCE_TEXT_LENGTH) } : {}),
      },
    } satisfies InputBlock,
    {
      type: 'input',
      block_id: FIELD.link,
      optional: true,
      label: plain('Link to the message'),
      element: {
        type: 'url_text_input',
        action_id: FIELD.link,
        ...(prefill.link ? { initial_value: prefill.link } : {}),
      },
    } satisfies InputBlock,
    {
      type: 'input',
      block_id: FIELD.target,
      label: plain('Where does it go?'),
      element: {
        type: 'static_select',
        action_id: FIELD.target,
        options: [logOption, ...milestoneOptions],
        initial_option: logOption,
      },
    } satisfies InputBlock,
  ];
  if (targets.signals.length > 0) {
    blocks.push({
      type: 'input',
      block_id: FIELD.signals,
      optional: true,
      label: plain('Which signals does it show?'),
      element: {
        type: 'multi_static_select',
        action_id: FIELD.signals,
        placeholder: plain('Pick signals'),
        options: targets.signals.map((signal) => targetOption(signal.title, signal.key)),
      },
    } satisfies InputBlock);
  }
  if (notice) blocks.push({ type: 'context', elements: [mrkdwn(notice)] });
  return {
    type: 'modal',
    callback_id: SAVE_EVIDENCE_CALLBACK,
    private_metadata: JSON.stringify({ pathwayId: targets.pathwayId } satisfies z.infer<
      typeof saveEvidenceMetadataSchema
    >),
    title: plain('Save as evidence', LIMITS.modalTitle),
    submit: plain('Save', LIMITS.modalTitle),
    close: plain('Cancel', LIMITS.modalTitle),
    blocks,
  };
}

export function readSaveEvidenceForm(state: ViewState) {
  return {
    note: textValue(state, FIELD.note, FIELD.note),
    link: textValue(state, FIELD.link, FIELD.link),
    target: selectedValue(state, FIELD.target, FIELD.target),
    signalKeys: selectedValues(state, FIELD.signals, FIELD.signals),
  };
}

/** Shown when Slack would not give a link to the message (Pathway is not in that conversation). */
export const NO_PERMALINK_NOTICE =
  ':information_source: Pathway cannot see that conversation, so it could not fetch a link to the message. Paste one above (⋮ → *Copy link*) if you want it kept.';

export function evidenceSavedView(milestone: { position: number; title: string } | null): ModalView {
  const where = milestone
    ? `to your wins log and to milestone *${milestone.position}.* ${userText(milestone.title)}`
    : 'to your wins log';
  return {
    type: 'modal',
    callback_id: 'evidence_saved',
    title: plain('Evidence saved', LIMITS.modalTitle),
    close: plain('Done', LIMITS.modalTitle),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:white_check_mark: Saved ${where}. It also counts in the readiness case of the signals it shows.`,
        ),
      },
      { type: 'context', elements: [mrkdwn('See everything with `/pathway wins`, or on your Home tab.')] },
    ],
  };
}
