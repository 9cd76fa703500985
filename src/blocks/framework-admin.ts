/**
 * The admin's framework upload modal and its outcomes, and the message people
 * get when a new framework renames or removes their roles.
 */
import type { ActionsBlock, KnownBlock, ModalView } from '@slack/types';
import type { FrameworkChangeSummary, PersonPlan, RoleFate, RoleLabel } from '../domain/framework/changes.js';
import { type FrameworkProblem, formatProblem, summarizeWarnings } from '../domain/framework/parse.js';
import type { ActiveFrameworkInfo, FrameworkLoaded, NoticeContext } from '../services/framework-admin.js';
import type { OutboxPayload } from '../services/outbox.js';
import { PLAN_OPEN_ACTION } from './overview.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const FRAMEWORK_UPLOAD_CALLBACK_ID = 'framework_upload';
export const FRAMEWORK_FILE_BLOCK_ID = 'framework_file';
export const FRAMEWORK_FILE_ACTION_ID = 'file';
export const FRAMEWORK_TEXT_BLOCK_ID = 'framework_text';
export const FRAMEWORK_TEXT_ACTION_ID = 'text';
/** Slack caps a plain_text_input at 3000 characters. */
export const PASTE_MAX_LENGTH = 3000;
/**
 * A field error is shown under the field; a few dozen lines is what stays readable. The
 * parser's own order (file order) puts the first problems first; the rest are counted.
 */
export const MAX_ERROR_TEXT_LENGTH = 2000;

const FILE_TYPES = ['yaml', 'yml', 'txt'];

function modal(title: string, blocks: KnownBlock[], extra: Partial<ModalView> = {}): ModalView {
  return {
    type: 'modal',
    callback_id: FRAMEWORK_UPLOAD_CALLBACK_ID,
    title: plain(title, LIMITS.modalTitle),
    close: plain('Close'),
    blocks,
    ...extra,
  };
}

function loadedByText(loadedBy: string | null): string {
  if (loadedBy === null || loadedBy === 'default') return 'shipped with Pathway';
  if (/^[UW][A-Z0-9]+$/.test(loadedBy)) return `loaded by <@${loadedBy}>`;
  return `loaded from the ${userText(loadedBy)}`;
}

export function frameworkUploadModal(active: ActiveFrameworkInfo): ModalView {
  const current =
    `*Active framework:* ${userText(active.name)} (version ${active.version}, ${loadedByText(active.loadedBy)} ` +
    `on ${active.loadedAt.toISOString().slice(0, 10)}): ${active.stageCount} stages, ${active.roleCount} roles.`;
  return modal(
    'Load a framework',
    [
      { type: 'section', text: mrkdwn(current) },
      {
        type: 'input',
        block_id: FRAMEWORK_FILE_BLOCK_ID,
        optional: true,
        label: plain('Upload a YAML file'),
        element: { type: 'file_input', action_id: FRAMEWORK_FILE_ACTION_ID, filetypes: FILE_TYPES, max_files: 1 },
        hint: plain(
          'Start from a copy of the file your organisation loaded last. If anything is wrong, nothing changes and each problem is listed with its line.',
        ),
      },
      {
        type: 'input',
        block_id: FRAMEWORK_TEXT_BLOCK_ID,
        optional: true,
        label: plain('…or paste it here'),
        element: {
          type: 'plain_text_input',
          action_id: FRAMEWORK_TEXT_ACTION_ID,
          multiline: true,
          max_length: PASTE_MAX_LENGTH,
          placeholder: plain('version: 1\nname: …'),
        },
        hint: plain(
          `Slack limits this field to ${PASTE_MAX_LENGTH.toLocaleString('en')} characters: upload a file for anything longer.`,
        ),
      },
      {
        type: 'context',
        elements: [
          mrkdwn(
            'Nothing changes if the file has problems: each one is listed with its line. On success the file becomes the next version; people whose role or goal was renamed or removed are told by DM.',
          ),
        ],
      },
    ],
    { submit: plain('Load'), close: plain('Cancel') },
  );
}

/** Shown the moment a valid file is submitted, while the pathways are moved. */
export function frameworkLoadingView(): ModalView {
  return modal('Load a framework', [
    { type: 'section', text: mrkdwn(':hourglass_flowing_sand: The file is valid. Loading it…') },
  ]);
}

/** One line per problem, in file order, as much as a field error can hold; the rest counted. */
export function problemsErrorText(problems: readonly FrameworkProblem[]): string {
  const header = `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was changed. Fix ${problems.length === 1 ? 'it' : 'them'} and load again:`;
  let text = header;
  for (const [index, problem] of problems.entries()) {
    const line = `\n• ${truncate(formatProblem(problem), 300)}`;
    const rest = problems.length - index;
    if (text.length + line.length > MAX_ERROR_TEXT_LENGTH - 40) return `${text}\n…and ${rest} more after these.`;
    text += line;
  }
  return text;
}

function roleList(roles: RoleLabel[]): string {
  return roles.map((role) => `${userText(role.title)} \`${role.key}\``).join(', ');
}

function summaryLines(summary: FrameworkChangeSummary): string[] {
  const lines: string[] = [];
  if (summary.added.length > 0) lines.push(`:new: *Added:* ${roleList(summary.added)}`);
  for (const change of summary.renamed) {
    lines.push(
      `:label: *Renamed:* ${userText(change.from.title)} \`${change.from.key}\` → ${userText(change.to.title)} \`${change.to.key}\``,
    );
  }
  for (const change of summary.retitled) {
    lines.push(`:label: *Retitled:* ${userText(change.previousTitle)} → ${userText(change.title)} \`${change.key}\``);
  }
  if (summary.removed.length > 0) lines.push(`:wastebasket: *Removed:* ${roleList(summary.removed)}`);
  if (lines.length === 0) lines.push('No roles were added, renamed or removed.');
  return lines;
}

function outcomeLine(loaded: FrameworkLoaded): string {
  const parts = [
    `${loaded.pathwaysMoved} active pathway${loaded.pathwaysMoved === 1 ? '' : 's'} moved to this version`,
    `${loaded.pathwaysToChoose} left as they were, their owners asked to choose a new goal`,
    `${loaded.peopleNotified} ${loaded.peopleNotified === 1 ? 'person' : 'people'} told by DM`,
  ];
  return parts.join(' · ');
}

export function frameworkLoadedView(loaded: FrameworkLoaded): ModalView {
  return modal('Framework loaded', [
    {
      type: 'section',
      text: mrkdwn(
        `:white_check_mark: *${userText(loaded.name)}* is now active as version ${loaded.version} (was version ${loaded.previousVersion}).`,
      ),
    },
    { type: 'section', text: mrkdwn(summaryLines(loaded.summary).join('\n')) },
    { type: 'context', elements: [mrkdwn(outcomeLine(loaded))] },
    // The parser's own words quote the file, so they are escaped.
    ...(loaded.warnings?.length
      ? [
          {
            type: 'section' as const,
            text: mrkdwn(`:warning: ${userText(summarizeWarnings(loaded.warnings, MAX_ERROR_TEXT_LENGTH))}`),
          },
        ]
      : []),
  ]);
}

/** Nothing was loaded; `message` is Pathway's own mrkdwn (never text from the file). */
export function frameworkNotLoadedView(message: string): ModalView {
  return modal('Framework not loaded', [{ type: 'section', text: mrkdwn(`:information_source: ${message}`) }]);
}

/** Problems found only at load time, shown in the modal (they quote the file, so they are escaped). */
export function frameworkProblemsView(problems: readonly FrameworkProblem[]): ModalView {
  return frameworkNotLoadedView(userText(problemsErrorText(problems)));
}

// ---------------------------------------------------------------------------
// The direct message to a person whose roles changed.

function fateLine(what: string, fate: RoleFate): string | null {
  if (fate.kind === 'renamed')
    return `• ${what} *${userText(fate.from.title)}* is now called *${userText(fate.to.title)}*.`;
  if (fate.kind === 'removed') return `• ${what} *${userText(fate.role.title)}* is no longer in the framework.`;
  return null;
}

export function frameworkChangeNotice(plan: PersonPlan, context: NoticeContext): OutboxPayload {
  const lines: string[] = [];
  if (plan.currentRole) {
    const line = fateLine('Your role', plan.currentRole);
    if (line)
      lines.push(
        plan.currentRole.kind === 'removed' ? `${line} Pick your current role again when you next plan.` : line,
      );
  }
  const pathway = plan.pathway;
  if (pathway?.action === 'follow') {
    const renamed = [
      fateLine('Your goal', pathway.goal),
      fateLine('The role your pathway starts from,', pathway.from),
    ].filter((line): line is string => line !== null);
    if (renamed.length > 0)
      lines.push(...renamed, 'Your pathway and milestones moved along with it; nothing else changes.');
  }
  if (pathway?.action === 'choose') {
    const goalTitle = userText(pathway.goal.kind === 'renamed' ? pathway.goal.to.title : pathway.goal.role.title);
    const fromTitle = userText(pathway.from.kind === 'renamed' ? pathway.from.to.title : pathway.from.role.title);
    const why = {
      'goal-removed': `Your goal *${goalTitle}* is no longer in the framework.`,
      'from-removed': `The role your pathway starts from, *${fromTitle}*, is no longer in the framework.`,
      'move-unavailable': `The framework no longer offers a move from *${fromTitle}* to *${goalTitle}*.`,
    }[pathway.reason];
    lines.push(`• ${why} Your pathway and milestones stay as they are; please choose a new goal when you are ready.`);
  }
  const intro = `:compass: Your organisation updated its career framework (*${userText(context.frameworkName)}*, version ${context.version}).`;
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`${intro}\n${lines.join('\n')}`) }];
  if (pathway?.action === 'choose') {
    const actions: ActionsBlock = {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: PLAN_OPEN_ACTION,
          style: 'primary',
          text: plain('Choose a new goal', LIMITS.buttonText),
          accessibility_label: 'Choose a new goal role in the changed framework',
        },
      ],
    };
    blocks.push(actions);
  }
  blocks.push({ type: 'context', elements: [mrkdwn('See every role and the moves open to you: `/pathway roles`')] });
  const text =
    pathway?.action === 'choose'
      ? 'The career framework changed: please choose a new goal'
      : 'The career framework changed: your roles were renamed';
  return { text, blocks };
}
