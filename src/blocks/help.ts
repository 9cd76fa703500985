import type { KnownBlock } from '@slack/types';
import { type CommandSpec, commandSpecs, readCommandProblem } from '../domain/commands.js';
import { english, type MessageKey, type Translator } from '../i18n/index.js';
import { DATE_PROBLEM_SOURCE, problemIn } from './problems.js';
import { mrkdwn, plain, userText } from './text.js';

/** One line of help: a command (its usage comes from its spec; what it does from `help.cmd.<command>`). */
export interface HelpEntry {
  /** The spec's name; '' is `/pathway` on its own (the overview). */
  command: string;
}

/** A group of commands by what people do; admin groups are shown to admins only. */
export interface HelpGroup {
  /** In English; the reader's words come from `help.group.<title as a slug>`. */
  title: string;
  audience: 'everyone' | 'admin';
  entries: HelpEntry[];
}

/**
 * `/pathway help`, grouped by what people do. A new command is one entry in its
 * group (a new group one element here); a command left out still appears under
 * "More", so nothing typed is ever hidden from help.
 */
export const HELP_GROUPS: HelpGroup[] = [
  {
    title: english.t('help.group.your-plan'),
    audience: 'everyone',
    entries: [
      { command: '' },
      { command: 'plan' },
      { command: 'add' },
      { command: 'done' },
      { command: 'move' },
      { command: 'target' },
      { command: 'wins' },
      { command: 'roles' },
    ],
  },
  {
    title: english.t('help.group.check-ins'),
    audience: 'everyone',
    entries: [{ command: 'checkin' }, { command: 'competencies' }],
  },
  {
    title: english.t('help.group.you-and-your-manager'),
    audience: 'everyone',
    entries: [{ command: 'manager' }, { command: 'team' }, { command: 'conversation' }],
  },
  {
    title: english.t('help.group.colleagues-and-mentors'),
    audience: 'everyone',
    entries: [{ command: 'feedback' }, { command: 'thanks' }, { command: 'mentor' }],
  },
  {
    title: english.t('help.group.reminders-and-celebrations'),
    audience: 'everyone',
    entries: [
      { command: 'settings' },
      { command: 'language' },
      { command: 'away' },
      { command: 'back' },
      { command: 'pause' },
      { command: 'resume' },
      { command: 'celebrate' },
    ],
  },
  {
    title: english.t('help.group.your-data'),
    audience: 'everyone',
    entries: [{ command: 'export' }, { command: 'delete' }],
  },
  {
    title: english.t('help.group.admins'),
    audience: 'admin',
    entries: [{ command: 'admin' }, { command: 'report' }],
  },
];

/** The placeholders of commands' forms (`<title>`, `[signal numbers]`), by their English words. */
const USAGE_HINTS: Readonly<Record<string, MessageKey>> = {
  title: 'usage.title',
  date: 'usage.date',
  number: 'usage.number',
  'what you did': 'usage.whatYouDid',
  role: 'usage.role',
  page: 'usage.page',
  '@report': 'usage.report',
  '@colleague …': 'usage.colleague',
  'signal numbers': 'usage.signalNumbers',
  'what they did': 'usage.whatTheyDid',
};

/** A command's form with its placeholders in the reader's language; command words and choices (`[all]`, `[offer | end]`) stay as typed. */
function usageText(usage: string, t: Translator): string {
  return usage.replace(/([<[])([^<>[\]|]+)([>\]])/g, (form, open: string, words: string, close: string) => {
    const key = USAGE_HINTS[words];
    return key ? `${open}${t.t(key)}${close}` : form;
  });
}

/** Commands help never lists on a line of their own. */
const NOT_LISTED = new Set(['help']);

function usageOf(command: string): string | undefined {
  if (command === '') return '/pathway';
  return commandSpecs.find((spec) => spec.name === command)?.usage;
}

/**
 * Help in the reader's language: group titles and explanations come from the catalogs
 * (`help.group.<title as a slug>`, `help.cmd.<command>`), the English here when a catalog lacks
 * them; the command words themselves stay English.
 */
function groupTitle(title: string, t: Translator): string {
  return t.lookup(`help.group.${title.toLowerCase().replace(/[^a-z]+/g, '-')}`, title);
}

function entryText(command: string, t: Translator): string {
  const summary = commandSpecs.find((spec) => spec.name === command)?.summary ?? '';
  return t.lookup(`help.cmd.${command || 'overview'}`, summary);
}

function groupSection(title: string, lines: string[]): KnownBlock {
  return { type: 'section', text: mrkdwn(`*${title}*\n${lines.join('\n')}`) };
}

export interface HelpAudience {
  admin: boolean;
}

/** `/pathway help` and the answer to text Pathway cannot place: short, grouped, admin commands only to admins. */
export function helpBlocks(audience: HelpAudience = { admin: false }, t: Translator = english): KnownBlock[] {
  const grouped = new Set(HELP_GROUPS.flatMap((group) => group.entries.map((entry) => entry.command)));
  const ungrouped = commandSpecs.filter((spec) => !grouped.has(spec.name) && !NOT_LISTED.has(spec.name));
  const sections = HELP_GROUPS.filter((group) => group.audience === 'everyone' || audience.admin).flatMap((group) => {
    const lines = group.entries.flatMap((entry) => {
      const usage = usageOf(entry.command);
      return usage ? [`\`${usageText(usage, t)}\` ${entryText(entry.command, t)}`] : [];
    });
    return lines.length > 0 ? [groupSection(groupTitle(group.title, t), lines)] : [];
  });
  if (ungrouped.length > 0)
    sections.push(
      groupSection(
        t.t('help.group.more'),
        ungrouped.map((spec) => `\`${usageText(spec.usage, t)}\` ${entryText(spec.name, t)}`),
      ),
    );
  return [
    { type: 'header', text: plain(t.t('help.header')) },
    ...sections,
    { type: 'context', elements: [mrkdwn(t.t('help.footer'))] },
  ];
}

/** A near miss gets only the closest command with an example; anything else gets the short help. */
export function unknownCommandBlocks(
  input: string,
  suggestion: CommandSpec | undefined,
  audience: HelpAudience = { admin: false },
  t: Translator = english,
): KnownBlock[] {
  const shown = userText(input.length > 60 ? `${input.slice(0, 59)}…` : input);
  if (suggestion) {
    const example =
      suggestion.example === suggestion.usage
        ? ''
        : `\n${t.t('help.unknown.example', { example: suggestion.example })}`;
    const summary = entryText(suggestion.name, t);
    return [
      {
        type: 'section',
        text: mrkdwn(
          `${t.t('help.unknown.suggest', { input: shown, usage: usageText(suggestion.usage, t), summary })}${example}`,
        ),
      },
      { type: 'context', elements: [mrkdwn(t.t('help.unknown.helpHint'))] },
    ];
  }
  return [{ type: 'section', text: mrkdwn(t.t('help.unknown.list', { input: shown })) }, ...helpBlocks(audience, t)];
}

/** One of the parser's problems, or a date's it passed on, in the reader's language (any other text as it came). */
function problemText(problem: string, t: Translator): string {
  return problemIn(problem, t, [{ read: readCommandProblem, prefix: 'problem' }, DATE_PROBLEM_SOURCE]);
}

export function invalidCommandBlocks(spec: CommandSpec, problems: string[], t: Translator = english): KnownBlock[] {
  const explained = problems.map((problem) => userText(problemText(problem, t))).join('; ');
  return [
    {
      type: 'section',
      text: mrkdwn(
        t.t('help.invalid', {
          command: spec.name,
          problems: explained,
          usage: usageText(spec.usage, t),
          example: spec.example,
        }),
      ),
    },
  ];
}
