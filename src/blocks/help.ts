import type { KnownBlock } from '@slack/types';
import { commandSpecs, readCommandProblem, type CommandSpec } from '../domain/commands.js';
import { mrkdwn, plain, userText } from './text.js';
import { english, type Translator } from '../i18n/index.js';

/** One line of help: a command (its usage comes from its spec) and what it does, in a few words. */
export interface HelpEntry {
  /** The spec's name; '' is `/pathway` on its own (the overview). */
  command: string;
  text: string;
}

/** A group of commands by what people do; admin groups are shown to admins only. */
export interface HelpGroup {
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
    title: 'Your plan',
    audience: 'everyone',
    entries: [
      { command: '', text: 'where you are: goal, next milestones, last check-in' },
      { command: 'plan', text: 'pick the role you aim for and get milestones' },
      { command: 'add', text: 'add a milestone' },
      { command: 'done', text: 'mark one done, with a line on what you did' },
      { command: 'move', text: 'change its due date' },
      { command: 'target', text: 'move your target date; open milestones follow' },
      { command: 'wins', text: 'everything you have done and saved, newest first' },
      { command: 'roles', text: 'browse roles and the moves open to you' },
    ],
  },
  {
    title: 'Check-ins',
    audience: 'everyone',
    entries: [
      { command: 'checkin', text: 'rate how ready you are for your goal role, with examples' },
      { command: 'competencies', text: 'rate yourself on your goal role’s competencies; your manager sees it too' },
    ],
  },
  {
    title: 'You and your manager',
    audience: 'everyone',
    entries: [
      { command: 'manager', text: 'ask someone to be your manager in Pathway (they see your check-ins)' },
      { command: 'team', text: 'if you manage people: their goals, progress and readiness' },
      { command: 'conversation', text: 'plan a development conversation: an agenda for both, notes and agreed actions after' },
    ],
  },
  {
    title: 'Colleagues and mentors',
    audience: 'everyone',
    entries: [
      { command: 'feedback', text: 'ask colleagues how they see your readiness signals; answers show beside your ratings' },
      { command: 'thanks', text: 'thank someone for their work: it goes to their wins log (or use *Thank for this* on a message)' },
      { command: 'mentor', text: 'up to three mentors for your goal role, to ask; `offer` to mentor others, `pause`, `resume` or `withdraw` it, `end` a mentorship (*Cancel request* takes back an ask not yet answered)' },
    ],
  },
  {
    title: 'Reminders and celebrations',
    audience: 'everyone',
    entries: [
      { command: 'settings', text: 'choose which reminders you get' },
      { command: 'language', text: 'the language Pathway writes to you in: `en`, `es`, `de`, or `auto` for your Slack language' },
      { command: 'away', text: 'no reminders until then, then one summary' },
      { command: 'back', text: 'end your time away early' },
      { command: 'pause', text: 'stop every reminder' },
      { command: 'resume', text: 'turn them back on' },
      { command: 'celebrate', text: 'whether your wins are celebrated in a channel' },
    ],
  },
  {
    title: 'Your data',
    audience: 'everyone',
    entries: [
      { command: 'export', text: 'everything Pathway holds about you, as a file' },
      { command: 'delete', text: 'erase it all (asks first)' },
    ],
  },
  {
    title: 'Admins',
    audience: 'admin',
    entries: [
      { command: 'admin', text: 'career framework, settings, people import, failed messages' },
      { command: 'report', text: 'progression figures for a period, with a CSV and a chart' },
    ],
  },
];

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

function entryText(command: string, english: string, t: Translator): string {
  return t.lookup(`help.cmd.${command || 'overview'}`, english);
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
      return usage ? [`\`${usage}\` ${entryText(entry.command, entry.text, t)}`] : [];
    });
    return lines.length > 0 ? [groupSection(groupTitle(group.title, t), lines)] : [];
  });
  if (ungrouped.length > 0) sections.push(groupSection(t.t('help.group.more'), ungrouped.map((spec) => `\`${spec.usage}\` ${entryText(spec.name, spec.summary, t)}`)));
  return [{ type: 'header', text: plain(t.t('help.header')) }, ...sections, { type: 'context', elements: [mrkdwn(t.t('help.footer'))] }];
}

/** A near miss gets only the closest command with an example; anything else gets the short help. */
export function unknownCommandBlocks(input: string, suggestion: CommandSpec | undefined, audience: HelpAudience = { admin: false }, t: Translator = english): KnownBlock[] {
  const shown = userText(input.length > 60 ? `${input.slice(0, 59)}…` : input);
  if (suggestion) {
    const example = suggestion.example === suggestion.usage ? '' : `\n${t.t('help.unknown.example', { example: suggestion.example })}`;
    const summary = entryText(suggestion.name, suggestion.summary, t);
    return [
      { type: 'section', text: mrkdwn(`${t.t('help.unknown.suggest', { input: shown, usage: suggestion.usage, summary })}${example}`) },
      { type: 'context', elements: [mrkdwn(t.t('help.unknown.helpHint'))] },
    ];
  }
  return [{ type: 'section', text: mrkdwn(t.t('help.unknown.list', { input: shown })) }, ...helpBlocks(audience, t)];
}

/** One of the parser's problems in the reader's language (one it passed on, such as a date's, as it came). */
function problemText(problem: string, t: Translator): string {
  const known = readCommandProblem(problem);
  return known ? t.lookup(`problem.${known.code}`, problem, known.values) : problem;
}

export function invalidCommandBlocks(spec: CommandSpec, problems: string[], t: Translator = english): KnownBlock[] {
  const explained = problems.map((problem) => userText(problemText(problem, t))).join('; ');
  return [
    {
      type: 'section',
      text: mrkdwn(t.t('help.invalid', { command: spec.name, problems: explained, usage: spec.usage, example: spec.example })),
    },
  ];
}
