/**
 * Evidence people can see: the wins log (everything recorded on a pathway,
 * newest first) and the readiness case of each signal of the goal role (the
 * milestones that serve it with their evidence, other evidence tagged with it,
 * and the examples given for it in earlier check-ins). Pure: the services load
 * rows and hand them here as entries.
 */
import { z } from 'zod';
import { MAX_NOTE_LENGTH } from './commands.js';
import { type FieldProblems, type FormResult, milestoneLink } from './pathways/milestones.js';
import type { Rating } from './readiness.js';

/**
 * What an entry of the wins log records. `done`, `example` and `calibration`
 * are read from milestones and check-ins; the rest are rows of the Evidence table.
 */
export type WinKind = 'done' | 'example' | 'calibration' | 'message' | 'note' | 'comment' | 'thanks' | 'mentoring';

/** Who wrote an entry, as the viewer should read it. */
export type WinAuthor = { role: 'self' } | { role: 'manager' | 'other'; slackUserId: string | null };

export interface WinMilestone {
  id: string;
  position: number;
  title: string;
}

export interface WinEntry {
  /** Stable across reads (paging keeps its place). */
  key: string;
  kind: WinKind;
  /** Epoch ms: orders entries made on the same day. */
  at: number;
  /** ISO calendar date, for display. */
  date: string;
  text: string | null;
  link: string | null;
  milestone: WinMilestone | null;
  /** Signals it shows directly (an example's signal, a message tagged with signals). */
  signalKeys: string[];
  author: WinAuthor;
  /** The self rating an example came with. */
  rating?: Rating | undefined;
}

/** Newest first; on the same instant, by key so the order never shuffles between pages. */
export function newestFirst(entries: readonly WinEntry[]): WinEntry[] {
  return [...entries].sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}

/**
 * An example kept from one check-in to the next ("keep my last example") is the
 * same evidence: only its first giving is listed, under the date it was first given.
 */
export function withoutRepeatedExamples(entries: readonly WinEntry[]): WinEntry[] {
  const seen = new Set<string>();
  const oldestFirst = [...entries].sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
  const kept = oldestFirst.filter((entry) => {
    if (entry.kind !== 'example') return true;
    const same = `${entry.signalKeys.join(',')}\u0000${(entry.text ?? '').trim()}`;
    if (seen.has(same)) return false;
    seen.add(same);
    return true;
  });
  return newestFirst(kept);
}

export interface WinsPage {
  entries: WinEntry[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
}

export function winsPage(entries: readonly WinEntry[], requested: number, size: number): WinsPage {
  const ordered = newestFirst(entries);
  const pages = Math.max(1, Math.ceil(ordered.length / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  return { entries: ordered.slice((page - 1) * size, page * size), page, pages, total: ordered.length };
}

// ---------------------------------------------------------------------------------------------
// Readiness case
// ---------------------------------------------------------------------------------------------

export type MilestoneState = 'done' | 'open' | 'not-needed';

export interface CaseMilestone extends WinMilestone {
  signalKeys: string[];
  state: MilestoneState;
  /** Its done note, comments and saved messages, newest first. */
  evidence: WinEntry[];
}

export interface SignalCase {
  key: string;
  title: string;
  /** Milestones whose signalKeys include this signal, in plan order. */
  milestones: CaseMilestone[];
  /** Evidence tagged with the signal that is not about one of those milestones, newest first. */
  evidence: WinEntry[];
  /** Examples given for the signal in earlier check-ins, newest first. */
  examples: WinEntry[];
}

export interface CaseMilestoneInput extends WinMilestone {
  signalKeys: string[];
  state: MilestoneState;
}

/** The case for each signal, in the order given (the framework's). */
export function readinessCases(
  signals: ReadonlyArray<{ key: string; title: string }>,
  milestones: readonly CaseMilestoneInput[],
  entries: readonly WinEntry[],
): SignalCase[] {
  const ordered = newestFirst(entries);
  const byMilestone = new Map<string, WinEntry[]>();
  for (const entry of ordered) {
    if (entry.milestone === null || entry.kind === 'example') continue;
    byMilestone.set(entry.milestone.id, [...(byMilestone.get(entry.milestone.id) ?? []), entry]);
  }
  const plan = [...milestones].sort((a, b) => a.position - b.position);
  return signals.map((signal) => {
    const serving = plan.filter((milestone) => milestone.signalKeys.includes(signal.key));
    const servingIds = new Set(serving.map((milestone) => milestone.id));
    return {
      key: signal.key,
      title: signal.title,
      milestones: serving.map((milestone) => ({ ...milestone, evidence: byMilestone.get(milestone.id) ?? [] })),
      evidence: ordered.filter(
        (entry) =>
          entry.kind !== 'example' &&
          entry.signalKeys.includes(signal.key) &&
          (entry.milestone === null || !servingIds.has(entry.milestone.id)),
      ),
      examples: ordered.filter((entry) => entry.kind === 'example' && entry.signalKeys.includes(signal.key)),
    };
  });
}

/**
 * How much a case holds, for one-line summaries ("2 of 3 milestones done · 4 pieces of
 * evidence · 2 examples"). Done milestones count once, as done, not again as evidence.
 */
export function caseCounts(signalCase: SignalCase): {
  milestones: number;
  done: number;
  evidence: number;
  examples: number;
} {
  const onMilestones = signalCase.milestones
    .flatMap((milestone) => milestone.evidence)
    .filter((entry) => entry.kind !== 'done');
  return {
    milestones: signalCase.milestones.length,
    done: signalCase.milestones.filter((milestone) => milestone.state === 'done').length,
    evidence: signalCase.evidence.length + onMilestones.length,
    examples: signalCase.examples.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Saving a Slack message as evidence
// ---------------------------------------------------------------------------------------------

export const MAX_EVIDENCE_TEXT_LENGTH = MAX_NOTE_LENGTH;
/** A manager's comment on a milestone. */
export const MAX_COMMENT_LENGTH = 1000;

/**
 * A Slack message's text as a person would read it: mentions, channel links and
 * links unwrapped, so the note they keep names nobody by id and shows no markup.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+\|([^>]+)>/g, '@$1')
    .replace(/<@[UW][A-Z0-9]+>/g, '@someone')
    .replace(/<#C[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#C[A-Z0-9]+>/g, '#a-channel')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Where saved evidence goes: a milestone of the active pathway, or the wins log alone. */
export const WINS_LOG_TARGET = 'log';

export interface SavedEvidenceInput {
  note: string | undefined;
  link: string | undefined;
  /** A milestone id, or WINS_LOG_TARGET. */
  target: string | undefined;
  signalKeys: readonly string[];
}

export interface ValidSavedEvidence {
  text: string;
  link: string | null;
  milestoneId: string | null;
  signalKeys: string[];
}

const savedNote = z
  .string()
  .trim()
  .min(1, 'say in a line what this shows')
  .max(MAX_EVIDENCE_TEXT_LENGTH, `keep the note under ${MAX_EVIDENCE_TEXT_LENGTH} characters`);

function sentence(message: string | undefined): string {
  const text = message ?? 'check this value';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The "Save as evidence" modal: a note, the message's link, and where it goes. */
export function validateSavedEvidence(
  input: SavedEvidenceInput,
  knownMilestoneIds: ReadonlySet<string>,
  knownSignalKeys: ReadonlySet<string>,
): FormResult<ValidSavedEvidence, 'note' | 'link' | 'target'> {
  const problems: FieldProblems<'note' | 'link' | 'target'> = {};
  const note = savedNote.safeParse(input.note ?? '');
  if (!note.success) problems.note = sentence(note.error.issues[0]?.message);
  const link = input.link ? milestoneLink.safeParse(input.link.trim()) : undefined;
  if (link && !link.success) problems.link = sentence(link.error.issues[0]?.message);
  const target = input.target ?? WINS_LOG_TARGET;
  if (target !== WINS_LOG_TARGET && !knownMilestoneIds.has(target)) {
    problems.target = 'That milestone is no longer on your pathway. Pick another one, or the wins log.';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      text: note.data!,
      link: link?.data ?? null,
      milestoneId: target === WINS_LOG_TARGET ? null : target,
      signalKeys: input.signalKeys.filter((key) => knownSignalKeys.has(key)),
    },
  };
}
