/**
 * Evidence surfaces: the wins log (a `/pathway wins` answer, a modal, a section
 * of Home), the readiness case of each signal (a modal, and one line beside each
 * signal in the check-in and calibration modals), and the "Save as evidence"
 * message shortcut's modal. Ids used by the listeners live here.
 */
import type { ActionsBlock, Button, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import {
  caseCounts,
  MAX_EVIDENCE_TEXT_LENGTH,
  type SignalCase,
  WINS_LOG_TARGET,
  type WinEntry,
  type WinsPage,
} from '../domain/evidence.js';
import type { ColleagueView } from '../domain/feedback.js';
import { english, type Translator } from '../i18n/index.js';
import type { EvidenceTargets, ReadinessCaseView } from '../services/evidence.js';
import { colleagueLines, feedbackAskButton, waitingLine } from './feedback.js';
import { ratingWord } from './readiness.js';
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
export function winLine(
  entry: WinEntry,
  titles: SignalTitles,
  max = ENTRY_TEXT_SHOWN,
  t: Translator = english,
): string {
  const text = quote(entry.text, max);
  const link = entry.link
    ? ` ${linkTo(entry.link, t.t(entry.kind === 'message' ? 'evidence.link.message' : 'evidence.link.other'))}`
    : '';
  const when = t.date(entry.date);
  const tagged =
    entry.signalKeys.length > 0 && entry.kind !== 'example'
      ? `\n${t.t('evidence.win.shows', { signals: signalNames(entry.signalKeys, titles) })}`
      : '';
  const milestone = milestoneName(entry);
  switch (entry.kind) {
    case 'done':
      return `${t.t('evidence.win.done', { milestone })} · ${when}${text ? `\n${text}` : ''}${link}`;
    case 'example': {
      const rating = entry.rating ? ` (${ratingWord(entry.rating, t)})` : '';
      return `${t.t('evidence.win.example', { signals: signalNames(entry.signalKeys, titles) })}${rating} · ${when}\n${text}`;
    }
    case 'calibration':
      return `${t.t('evidence.win.calibration', { author: authorName(entry, t.t('evidence.yourManager')) })} · ${when}\n${text}`;
    case 'comment':
      return `${t.t('evidence.win.comment', { author: authorName(entry, t.t('evidence.yourManager')), milestone: milestone || t.t('evidence.thePlan') })} · ${when}\n${text}${tagged}`;
    case 'message':
      return `${t.t(entry.milestone ? 'evidence.win.messageFor' : 'evidence.win.message', { milestone })} · ${when}\n${text}${link}${tagged}`;
    case 'mentoring':
      // Never names the mentor: the manager reads this log too (src/services/privacy.ts).
      return `${t.t(entry.milestone ? 'evidence.win.mentoringFor' : 'evidence.win.mentoring', { milestone })} · ${when}`;
    case 'note':
      return `${t.t(entry.milestone ? 'evidence.win.noteOn' : 'evidence.win.note', { milestone })} · ${when}\n${text}${link}${tagged}`;
    case 'thanks':
      return `${t.t('evidence.win.thanks', { author: authorName(entry, t.t('evidence.aColleague')) })} · ${when}\n${text}${link}${tagged}`;
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

function pagingButtons(log: WinsLog, t: Translator): Button[] {
  const buttons: Button[] = [];
  const { page } = log.page;
  if (page > 1) {
    buttons.push({
      type: 'button',
      action_id: WINS_ACTIONS.newer,
      text: plain(t.t('evidence.page.newer'), LIMITS.buttonText),
      accessibility_label: t.t('evidence.page.newerLabel', { page: page - 1 }),
      value: winsValue(log.pathwayId, page - 1),
    });
  }
  if (page < log.page.pages) {
    buttons.push({
      type: 'button',
      action_id: WINS_ACTIONS.older,
      text: plain(t.t('evidence.page.older'), LIMITS.buttonText),
      accessibility_label: t.t('evidence.page.olderLabel', { page: page + 1 }),
      value: winsValue(log.pathwayId, page + 1),
    });
  }
  return buttons;
}

/** The wins log, newest first, a page at a time: a message (`/pathway wins`) or a modal's blocks. */
export function winsBlocks(log: WinsLog, self: boolean, t: Translator = english): KnownBlock[] {
  const titles = new Map(log.signals.map((signal) => [signal.key, signal.title]));
  const whose = self
    ? t.t('evidence.wins.yours')
    : t.t('evidence.wins.theirs', { who: mention(log.subjectSlackUserId) });
  const scope = t.t(log.active ? 'evidence.wins.active' : 'evidence.wins.ended', { goal: userText(log.goalTitle) });
  const pages = log.page.pages > 1 ? t.t('evidence.wins.page', { page: log.page.page, pages: log.page.pages }) : '';
  const count = log.page.total === 0 ? '' : ` · ${t.t('evidence.wins.entries', { count: log.page.total })}${pages}`;
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${whose}* ${scope}${count}`) }];
  if (log.page.total === 0)
    blocks.push({ type: 'section', text: mrkdwn(t.t(self ? 'evidence.wins.empty' : 'evidence.wins.emptyTheirs')) });
  for (const entry of log.page.entries)
    blocks.push({ type: 'section', text: mrkdwn(winLine(entry, titles, ENTRY_TEXT_SHOWN, t)) });
  const buttons = pagingButtons(log, t);
  if (buttons.length > 0)
    blocks.push({ type: 'actions', block_id: 'wins_pages', elements: buttons } satisfies ActionsBlock);
  blocks.push({
    type: 'context',
    elements: [mrkdwn(t.t(self ? 'evidence.wins.privacy' : 'evidence.wins.privacyTheirs'))],
  });
  return blocks;
}

export function winsModal(log: WinsLog, self: boolean, t: Translator = english): ModalView {
  return {
    type: 'modal',
    callback_id: 'wins_log',
    title: plain(t.t('evidence.wins.title'), LIMITS.modalTitle),
    close: plain(t.t('evidence.close'), LIMITS.modalTitle),
    blocks: winsBlocks(log, self, t),
  };
}

/** Home: the latest few wins and a button to the whole log. */
export function homeWinsBlocks(log: WinsLog, t: Translator = english): KnownBlock[] {
  const titles = new Map(log.signals.map((signal) => [signal.key, signal.title]));
  const latest = log.page.entries.slice(0, HOME_WINS_SHOWN);
  const lines =
    latest.length === 0
      ? t.t('evidence.wins.empty')
      : latest.map((entry) => winLine(entry, titles, LINE_TEXT_SHOWN, t)).join('\n');
  return [
    { type: 'section', text: mrkdwn(`${t.t('evidence.wins.home', { count: log.page.total })}\n${lines}`) },
    { type: 'actions', block_id: 'home_wins', elements: [winsOpenButton(log.pathwayId, t)] } satisfies ActionsBlock,
  ];
}

export function winsOpenButton(pathwayId: string, t: Translator = english): Button {
  return {
    type: 'button',
    action_id: WINS_ACTIONS.open,
    text: plain(t.t('evidence.wins.title'), LIMITS.buttonText),
    accessibility_label: t.t('evidence.wins.openLabel'),
    value: winsValue(pathwayId, 1),
  };
}

// ---------------------------------------------------------------------------------------------
// Readiness case
// ---------------------------------------------------------------------------------------------

export function readinessCaseButton(pathwayId: string, t: Translator = english): Button {
  return {
    type: 'button',
    action_id: READINESS_CASE_ACTION,
    text: plain(t.t('evidence.case.title'), LIMITS.buttonText),
    accessibility_label: t.t('evidence.case.openLabel'),
    value: pathwayId,
  };
}

const STATE_MARK = { done: ':white_check_mark:', open: ':white_circle:', 'not-needed': ':heavy_minus_sign:' } as const;

/** One line beside a signal in the check-in and calibration modals: what backs it, in short. */
export function caseSummary(signalCase: SignalCase | undefined, t: Translator = english): string {
  if (!signalCase) return '';
  const counts = caseCounts(signalCase);
  if (counts.milestones + counts.evidence + counts.examples === 0) return t.t('evidence.summary.none');
  const parts: string[] = [];
  if (counts.milestones > 0) {
    const named = signalCase.milestones
      .slice(0, 3)
      .map((m) => `${STATE_MARK[m.state]} ${m.position}. ${userText(truncate(m.title, 40))}`)
      .join(', ');
    parts.push(
      t.t('evidence.summary.milestones', {
        done: counts.done,
        count: counts.milestones,
        named: `${named}${counts.milestones > 3 ? ', …' : ''}`,
      }),
    );
  }
  if (counts.evidence > 0) parts.push(t.t('evidence.summary.evidence', { count: counts.evidence }));
  const last = signalCase.examples[0];
  if (last) parts.push(t.t('evidence.summary.lastExample', { date: t.date(last.date), text: quote(last.text, 120) }));
  return `:file_folder: ${parts.join(' · ')}`;
}

function listed<T>(items: readonly T[], line: (item: T) => string, t: Translator): string[] {
  const shown = items.slice(0, CASE_ITEMS_SHOWN).map(line);
  if (items.length > CASE_ITEMS_SHOWN)
    shown.push(t.t('evidence.case.more', { count: items.length - CASE_ITEMS_SHOWN }));
  return shown;
}

function caseSection(
  signalCase: SignalCase,
  titles: SignalTitles,
  colleagues: ColleagueView | undefined,
  t: Translator,
): string {
  const lines = [`*${userText(signalCase.title)}*`];
  if (signalCase.milestones.length > 0) {
    lines.push(t.t('evidence.case.milestones'));
    lines.push(
      ...listed(
        signalCase.milestones,
        (m) => {
          const latest = m.evidence[0];
          const evidence = latest
            ? ` — ${quote(latest.text, LINE_TEXT_SHOWN)}${m.evidence.length > 1 ? ` (+${m.evidence.length - 1})` : ''}`
            : '';
          const state = m.state === 'not-needed' ? ` ${t.t('evidence.case.notNeeded')}` : '';
          return `${STATE_MARK[m.state]} *${m.position}.* ${userText(truncate(m.title, 100))}${state}${evidence}`;
        },
        t,
      ),
    );
  }
  if (signalCase.evidence.length > 0) {
    lines.push(t.t('evidence.case.evidence'));
    lines.push(
      ...listed(
        signalCase.evidence,
        (entry) => `• ${winLine(entry, titles, LINE_TEXT_SHOWN, t).replace(/\n/g, ' ')}`,
        t,
      ),
    );
  }
  if (signalCase.examples.length > 0) {
    lines.push(t.t('evidence.case.examples'));
    lines.push(
      ...listed(
        signalCase.examples,
        (entry) =>
          `• ${t.date(entry.date)}${entry.rating ? ` (${ratingWord(entry.rating, t)})` : ''}: ${quote(entry.text, LINE_TEXT_SHOWN)}`,
        t,
      ),
    );
  }
  lines.push(...colleagueLines(colleagues));
  if (lines.length === 1) lines.push(t.t('evidence.case.nothing'));
  return truncate(lines.join('\n'), LIMITS.sectionText);
}

/** Every signal of the goal role with what backs it. */
export function readinessCaseModal(view: ReadinessCaseView, self: boolean, t: Translator = english): ModalView {
  const titles = new Map(view.cases.map((c) => [c.key, c.title]));
  const goal = userText(view.goalTitle);
  const intro = self
    ? t.t('evidence.case.intro.self', { goal })
    : t.t('evidence.case.intro.other', { goal, who: mention(view.subject.slackUserId) });
  const blocks: KnownBlock[] = [{ type: 'context', elements: [mrkdwn(intro)] }];
  if (view.cases.length === 0) blocks.push({ type: 'section', text: mrkdwn(t.t('evidence.case.noSignals')) });
  for (const signalCase of view.cases)
    blocks.push(
      { type: 'divider' },
      { type: 'section', text: mrkdwn(caseSection(signalCase, titles, view.colleagues?.get(signalCase.key), t)) },
    );
  const waiting = waitingLine(view.waiting ?? []);
  if (waiting) blocks.push({ type: 'context', elements: [mrkdwn(waiting)] });
  if (view.askable && view.cases.length > 0) {
    const ask: Button = {
      ...feedbackAskButton(),
      text: plain(t.t('checkin.askFeedback.button'), LIMITS.buttonText),
      accessibility_label: t.t('checkin.askFeedback.label'),
    };
    blocks.push({ type: 'actions', block_id: 'readiness_case_feedback', elements: [ask] });
  }
  return {
    type: 'modal',
    callback_id: 'readiness_case',
    title: plain(t.t('evidence.case.title'), LIMITS.modalTitle),
    close: plain(t.t('evidence.close'), LIMITS.modalTitle),
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

/** `notice`: a line under the form, such as noPermalinkNotice's. */
export function saveEvidenceModal(
  targets: EvidenceTargets,
  prefill: { note: string; link: string | null },
  notice: string | null,
  t: Translator = english,
): ModalView {
  const logOption = targetOption(t.t('evidence.save.logOnly'), WINS_LOG_TARGET);
  const milestoneOptions = targets.milestones
    .slice(0, MAX_TARGET_MILESTONES)
    .map((m) => targetOption(`${m.done ? '✓ ' : ''}${m.position}. ${m.title}`, m.id));
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(t.t('evidence.save.intro', { goal: userText(targets.goalTitle) })) },
    {
      type: 'input',
      block_id: FIELD.note,
      label: plain(t.t('evidence.save.note')),
      hint: plain(t.t('evidence.save.noteHint')),
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
      label: plain(t.t('evidence.save.link')),
      element: {
        type: 'url_text_input',
        action_id: FIELD.link,
        ...(prefill.link ? { initial_value: prefill.link } : {}),
      },
    } satisfies InputBlock,
    {
      type: 'input',
      block_id: FIELD.target,
      label: plain(t.t('evidence.save.target')),
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
      label: plain(t.t('evidence.save.signals')),
      element: {
        type: 'multi_static_select',
        action_id: FIELD.signals,
        placeholder: plain(t.t('evidence.save.pickSignals')),
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
    title: plain(t.t('evidence.save.title'), LIMITS.modalTitle),
    submit: plain(t.t('checkin.save'), LIMITS.modalTitle),
    close: plain(t.t('checkin.modal.cancel'), LIMITS.modalTitle),
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
export function noPermalinkNotice(t: Translator = english): string {
  return t.t('evidence.save.noPermalink');
}

export function evidenceSavedView(
  milestone: { position: number; title: string } | null,
  t: Translator = english,
): ModalView {
  const body = milestone
    ? t.t('evidence.saved.milestone', { position: milestone.position, title: userText(milestone.title) })
    : t.t('evidence.saved.log');
  return {
    type: 'modal',
    callback_id: 'evidence_saved',
    title: plain(t.t('evidence.saved.title'), LIMITS.modalTitle),
    close: plain(t.t('checkin.done'), LIMITS.modalTitle),
    blocks: [
      { type: 'section', text: mrkdwn(body) },
      { type: 'context', elements: [mrkdwn(t.t('evidence.saved.hint'))] },
    ],
  };
}

/** The English notice, for code and tests that have no reader. */
export const NO_PERMALINK_NOTICE = noPermalinkNotice();
