/**
 * The admin's framework upload modal and its outcomes, and the message people
 * get when a new framework renames or removes their roles.
 */
import type { ActionsBlock, KnownBlock, ModalView } from '@slack/types';
import type { FrameworkChangeSummary, PersonPlan, RoleFate, RoleLabel } from '../domain/framework/changes.js';
import { type FrameworkProblem, formatProblem, summarizeWarnings } from '../domain/framework/parse.js';
import { english, type MessageKey, type Translator, translator } from '../i18n/index.js';
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

function modal(title: string, blocks: KnownBlock[], t: Translator, extra: Partial<ModalView> = {}): ModalView {
  return {
    type: 'modal',
    callback_id: FRAMEWORK_UPLOAD_CALLBACK_ID,
    title: plain(title, LIMITS.modalTitle),
    close: plain(t.t('admin.close')),
    blocks,
    ...extra,
  };
}

function loadedByText(loadedBy: string | null, t: Translator): string {
  if (loadedBy === null || loadedBy === 'default') return t.t('frameworkAdmin.loadedBy.default');
  if (/^[UW][A-Z0-9]+$/.test(loadedBy)) return t.t('frameworkAdmin.loadedBy.person', { user: loadedBy });
  return t.t('frameworkAdmin.loadedBy.source', { source: userText(loadedBy) });
}

export function frameworkUploadModal(active: ActiveFrameworkInfo, t: Translator = english): ModalView {
  const current = t.t('frameworkAdmin.active', {
    name: userText(active.name),
    version: active.version,
    loadedBy: loadedByText(active.loadedBy, t),
    date: active.loadedAt.toISOString().slice(0, 10),
    stages: active.stageCount,
    roles: active.roleCount,
  });
  return modal(
    t.t('frameworkAdmin.title.load'),
    [
      { type: 'section', text: mrkdwn(current) },
      {
        type: 'input',
        block_id: FRAMEWORK_FILE_BLOCK_ID,
        optional: true,
        label: plain(t.t('frameworkAdmin.upload.label')),
        element: { type: 'file_input', action_id: FRAMEWORK_FILE_ACTION_ID, filetypes: FILE_TYPES, max_files: 1 },
        hint: plain(t.t('frameworkAdmin.upload.hint')),
      },
      {
        type: 'input',
        block_id: FRAMEWORK_TEXT_BLOCK_ID,
        optional: true,
        label: plain(t.t('frameworkAdmin.paste.label')),
        element: {
          type: 'plain_text_input',
          action_id: FRAMEWORK_TEXT_ACTION_ID,
          multiline: true,
          max_length: PASTE_MAX_LENGTH,
          placeholder: plain(t.t('frameworkAdmin.paste.placeholder')),
        },
        hint: plain(t.t('frameworkAdmin.paste.hint', { max: t.number(PASTE_MAX_LENGTH) })),
      },
      { type: 'context', elements: [mrkdwn(t.t('frameworkAdmin.upload.context'))] },
    ],
    t,
    { submit: plain(t.t('frameworkAdmin.upload.submit')), close: plain(t.t('admin.cancel')) },
  );
}

/** Shown the moment a valid file is submitted, while the pathways are moved. */
export function frameworkLoadingView(t: Translator = english): ModalView {
  return modal(t.t('frameworkAdmin.title.load'), [{ type: 'section', text: mrkdwn(t.t('frameworkAdmin.loading')) }], t);
}

/**
 * One line per problem, in file order, as much as a field error can hold; the rest counted.
 * The problems themselves are the parser's (domain/framework), which writes English.
 */
export function problemsErrorText(problems: readonly FrameworkProblem[], t: Translator = english): string {
  let text = t.t('frameworkAdmin.problems', { count: problems.length });
  for (const [index, problem] of problems.entries()) {
    const line = `\n• ${truncate(formatProblem(problem), 300)}`;
    const rest = problems.length - index;
    if (text.length + line.length > MAX_ERROR_TEXT_LENGTH - 40)
      return `${text}\n${t.t('frameworkAdmin.problems.more', { count: rest })}`;
    text += line;
  }
  return text;
}

function roleList(roles: RoleLabel[]): string {
  return roles.map((role) => `${userText(role.title)} \`${role.key}\``).join(', ');
}

function summaryLines(summary: FrameworkChangeSummary, t: Translator): string[] {
  const lines: string[] = [];
  if (summary.added.length > 0) lines.push(t.t('frameworkAdmin.added', { roles: roleList(summary.added) }));
  for (const change of summary.renamed) {
    lines.push(
      t.t('frameworkAdmin.renamed', {
        from: `${userText(change.from.title)} \`${change.from.key}\``,
        to: `${userText(change.to.title)} \`${change.to.key}\``,
      }),
    );
  }
  for (const change of summary.retitled) {
    lines.push(
      t.t('frameworkAdmin.retitled', {
        from: userText(change.previousTitle),
        to: `${userText(change.title)} \`${change.key}\``,
      }),
    );
  }
  if (summary.removed.length > 0) lines.push(t.t('frameworkAdmin.removed', { roles: roleList(summary.removed) }));
  if (lines.length === 0) lines.push(t.t('frameworkAdmin.noRoleChanges'));
  return lines;
}

function outcomeLine(loaded: FrameworkLoaded, t: Translator): string {
  return [
    t.t('frameworkAdmin.outcome.moved', { count: loaded.pathwaysMoved }),
    t.t('frameworkAdmin.outcome.toChoose', { count: loaded.pathwaysToChoose }),
    t.t('frameworkAdmin.outcome.notified', { count: loaded.peopleNotified }),
  ].join(' · ');
}

export function frameworkLoadedView(loaded: FrameworkLoaded, t: Translator = english): ModalView {
  return modal(
    t.t('frameworkAdmin.title.loaded'),
    [
      {
        type: 'section',
        text: mrkdwn(
          t.t('frameworkAdmin.loaded', {
            name: userText(loaded.name),
            version: loaded.version,
            previous: loaded.previousVersion,
          }),
        ),
      },
      { type: 'section', text: mrkdwn(summaryLines(loaded.summary, t).join('\n')) },
      { type: 'context', elements: [mrkdwn(outcomeLine(loaded, t))] },
      // The parser's own words quote the file, so they are escaped.
      ...(loaded.warnings?.length
        ? [
            {
              type: 'section' as const,
              text: mrkdwn(`:warning: ${userText(summarizeWarnings(loaded.warnings, MAX_ERROR_TEXT_LENGTH))}`),
            },
          ]
        : []),
    ],
    t,
  );
}

/** Nothing was loaded; `message` is Pathway's own mrkdwn (never text from the file). */
export function frameworkNotLoadedView(message: string, t: Translator = english): ModalView {
  return modal(
    t.t('frameworkAdmin.title.notLoaded'),
    [{ type: 'section', text: mrkdwn(`:information_source: ${message}`) }],
    t,
  );
}

/** Problems found only at load time, shown in the modal (they quote the file, so they are escaped). */
export function frameworkProblemsView(problems: readonly FrameworkProblem[], t: Translator = english): ModalView {
  return frameworkNotLoadedView(userText(problemsErrorText(problems, t)), t);
}

// ---------------------------------------------------------------------------
// The direct message to a person whose roles changed.

const FATE_KEYS: Record<'role' | 'goal' | 'from', { renamed: MessageKey; removed: MessageKey }> = {
  role: { renamed: 'frameworkAdmin.notice.roleRenamed', removed: 'frameworkAdmin.notice.roleRemoved' },
  goal: { renamed: 'frameworkAdmin.notice.goalRenamed', removed: 'frameworkAdmin.notice.goalRemoved' },
  from: { renamed: 'frameworkAdmin.notice.fromRenamed', removed: 'frameworkAdmin.notice.fromRemoved' },
};

function fateLine(what: 'role' | 'goal' | 'from', fate: RoleFate, t: Translator): string | null {
  if (fate.kind === 'renamed')
    return t.t(FATE_KEYS[what].renamed, { from: userText(fate.from.title), to: userText(fate.to.title) });
  if (fate.kind === 'removed') return t.t(FATE_KEYS[what].removed, { title: userText(fate.role.title) });
  return null;
}

const WHY_KEYS: Record<'goal-removed' | 'from-removed' | 'move-unavailable', MessageKey> = {
  'goal-removed': 'frameworkAdmin.notice.goalGone',
  'from-removed': 'frameworkAdmin.notice.fromGone',
  'move-unavailable': 'frameworkAdmin.notice.moveGone',
};

/** The DM to one person, in their language (`context.language`: theirs, else the workspace's). */
export function frameworkChangeNotice(plan: PersonPlan, context: NoticeContext): OutboxPayload {
  const t = translator(context.language);
  const lines: string[] = [];
  if (plan.currentRole) {
    const line = fateLine('role', plan.currentRole, t);
    if (line)
      lines.push(plan.currentRole.kind === 'removed' ? `${line} ${t.t('frameworkAdmin.notice.pickAgain')}` : line);
  }
  const pathway = plan.pathway;
  if (pathway?.action === 'follow') {
    const renamed = [fateLine('goal', pathway.goal, t), fateLine('from', pathway.from, t)].filter(
      (line): line is string => line !== null,
    );
    if (renamed.length > 0) lines.push(...renamed, t.t('frameworkAdmin.notice.movedAlong'));
  }
  if (pathway?.action === 'choose') {
    const goal = userText(pathway.goal.kind === 'renamed' ? pathway.goal.to.title : pathway.goal.role.title);
    const from = userText(pathway.from.kind === 'renamed' ? pathway.from.to.title : pathway.from.role.title);
    lines.push(t.t('frameworkAdmin.notice.choose', { why: t.t(WHY_KEYS[pathway.reason], { goal, from }) }));
  }
  const intro = t.t('frameworkAdmin.notice.intro', { name: userText(context.frameworkName), version: context.version });
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`${intro}\n${lines.join('\n')}`) }];
  if (pathway?.action === 'choose') {
    const actions: ActionsBlock = {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: PLAN_OPEN_ACTION,
          style: 'primary',
          text: plain(t.t('frameworkAdmin.notice.button'), LIMITS.buttonText),
          accessibility_label: t.t('frameworkAdmin.notice.buttonLabel'),
        },
      ],
    };
    blocks.push(actions);
  }
  blocks.push({ type: 'context', elements: [mrkdwn(t.t('frameworkAdmin.notice.roles'))] });
  const text =
    pathway?.action === 'choose' ? t.t('frameworkAdmin.notice.textChoose') : t.t('frameworkAdmin.notice.textRenamed');
  return { text, blocks };
}
