/**
 * Parses the text after `/pathway`. Pure: no Slack, no database. Each
 * subcommand declares its usage (shown in help and in error messages) and a
 * zod schema for its arguments, so bad input is answered with the exact form
 * to type instead.
 */
import { z } from 'zod';
import { type CelebrateSetting, celebrateInput, celebrateSettingSchema } from './celebrations.js';
import { type DateContext, parseDatePhrase } from './date-phrases.js';
import { MAX_COLLEAGUES_PER_ASK, MAX_THANKS_LENGTH, thanksReason } from './feedback.js';
import { LANGUAGES, type Language } from './language.js';
import { fillProblem, problemReader } from './problems.js';

export const MAX_TITLE_LENGTH = 150;
export const MAX_NOTE_LENGTH = 1000;

/**
 * The parser's problems, by code, in English (tests, logs and English readers see these words).
 * `{name}` marks a value; whoever shows a problem reads its code and values back with
 * readCommandProblem and writes it in the reader's language (blocks/help.ts).
 */
export const COMMAND_PROBLEMS = {
  milestoneNumberMissing: 'give the milestone number shown in `/pathway`, for example 2',
  milestoneNumberWhole: 'give a whole milestone number, for example 2',
  milestoneNumberFromOne: 'milestone numbers start at 1',
  milestoneNumberTooHigh: 'there is no milestone with that number',
  notAMilestoneNumber: '"{typed}" is not a milestone number: give the number shown in `/pathway`, for example 2',
  titleAndDateMissing:
    'give the title, then "by" and the due date, for example `/pathway add Lead a workshop by next friday`',
  titleMissing: 'give the milestone a title',
  titleTooLong: 'keep the title under {max} characters',
  noteTooLong: 'keep the note under {max} characters',
  nothingAfter: 'type just `/pathway {command}`, with nothing after it',
  addDateMissing: 'add the due date after "by", for example by next friday or by 31/03/2027',
  moveDateMissing: 'add the new date after "to", for example to next friday',
  roleQueryTooLong: 'give a role key or a few words of its title',
  adminArea: 'say what to administer: {areas}',
  reportPeriod: 'give a period like 90d, 2026-q3 or 2026-01-01..2026-06-30',
  winsPage: 'give a page number, for example /pathway wins 2',
  managerMention: 'mention your manager with @, for example /pathway manager @Dana',
  awayDateMissing: 'add the last day you are away, for example until 2027-01-10',
  targetDateMissing: 'add the new target date, for example /pathway target 30 June 2027',
  conversationMention: 'mention the report with @, for example /pathway conversation @Priya, or type nothing after it',
  feedbackArguments:
    'mention colleagues with @ and give signal numbers as shown in your check-in, for example /pathway feedback @Sam 1 3',
  tooManyColleagues: 'ask at most {max} colleagues at once',
  signalNumberFromOne: 'signal numbers start at 1',
  thanksMention: 'mention the person with @ first, for example /pathway thanks @Ana for running the Q3 workshop',
  thanksReason: 'say what you thank them for, for example /pathway thanks @Ana for running the Q3 workshop',
  thanksTooLong: 'keep the thanks under {max} characters',
  mentorAction: 'type `/pathway mentor` for suggestions, or add offer, pause, resume, withdraw or end',
  languageChoice: 'give one of en (English), es (Español), de (Deutsch) or auto (your Slack language)',
} as const;

export type CommandProblemCode = keyof typeof COMMAND_PROBLEMS;

/** A problem's English words, its `{values}` filled in. */
export function commandProblem(code: CommandProblemCode, values: Record<string, string | number> = {}): string {
  return fillProblem(COMMAND_PROBLEMS[code], values);
}

/** The code and values of a problem the parser gave (undefined for one it passed on, such as a date's). */
export const readCommandProblem = problemReader(COMMAND_PROBLEMS);

const position = z
  .string({ error: COMMAND_PROBLEMS.milestoneNumberMissing })
  .regex(/^\d+$/, COMMAND_PROBLEMS.milestoneNumberWhole)
  .transform(Number)
  .pipe(z.number().min(1, COMMAND_PROBLEMS.milestoneNumberFromOne).max(999, COMMAND_PROBLEMS.milestoneNumberTooHigh));

/** A date as people type it (see date-phrases.ts); `missing` says where it goes in this subcommand. */
function dateArgument(missing: string, dates: DateContext) {
  return z.string({ error: missing }).transform((text, ctx) => {
    const result = parseDatePhrase(text, dates);
    if (result.ok) return result.date;
    ctx.addIssue({ code: 'custom', message: result.problem });
    return z.NEVER;
  });
}

const title = z
  .string({ error: COMMAND_PROBLEMS.titleAndDateMissing })
  .trim()
  .min(1, COMMAND_PROBLEMS.titleMissing)
  .max(MAX_TITLE_LENGTH, commandProblem('titleTooLong', { max: MAX_TITLE_LENGTH }));

export type Command =
  | { kind: 'overview' }
  | { kind: 'help' }
  | { kind: 'plan' }
  | { kind: 'add'; title: string; due: string }
  /** `/pathway add` with nothing after it: a small form instead of the syntax. */
  | { kind: 'addForm' }
  | { kind: 'done'; position: number; note?: string | undefined }
  | { kind: 'move'; position: number; due: string }
  | { kind: 'checkin' }
  | { kind: 'competencies' }
  | { kind: 'wins'; page: number }
  | { kind: 'team' }
  | { kind: 'manager'; slackUserId: string }
  | { kind: 'roles'; query?: string | undefined }
  | { kind: 'admin'; area: AdminArea }
  | { kind: 'report'; period: string }
  | { kind: 'export' }
  | { kind: 'delete' }
  | { kind: 'celebrate'; setting: CelebrateSetting }
  | { kind: 'away'; until: string }
  /** A new target date for the active plan; `all` also re-dates dates set by hand. */
  | { kind: 'target'; targetDate: string; includeHandSet: boolean }
  | { kind: 'back' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'settings' }
  | { kind: 'conversation'; slackUserId?: string | undefined }
  /** Opens the form to ask colleagues about signals, with these colleagues and signal numbers picked. */
  | { kind: 'feedback'; slackUserIds: string[]; signalNumbers: number[] }
  /** `/pathway thanks @ana for …`; without anything after it, the form. */
  | { kind: 'thanks'; slackUserId: string; reason: string }
  | { kind: 'thanksForm' }
  /** `/pathway mentor`: suggestions and mentorships; with a word, the offer or ending a mentorship. */
  | { kind: 'mentor'; action: MentorAction }
  /** `/pathway language es`; `auto` follows the Slack locale again. */
  | { kind: 'language'; language: Language | 'auto' };

export const MENTOR_ACTIONS = ['offer', 'pause', 'resume', 'withdraw', 'end'] as const;
export type MentorAction = (typeof MENTOR_ACTIONS)[number] | 'suggest';

/** What `/pathway admin <area>` opens. */
export const ADMIN_AREAS = ['framework', 'settings', 'import', 'deliveries'] as const;
export type AdminArea = (typeof ADMIN_AREAS)[number];

/** Role keys are ≤ 60 characters and titles ≤ 75; anything much longer cannot match. */
export const MAX_ROLE_QUERY_LENGTH = 100;

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  example: string;
  /** `dates` carries the person's today so `next friday` can be read; without it only full dates are. */
  parse(args: string, dates: DateContext): z.ZodSafeParseResult<Command>;
}

/** A user mention as Slack escapes it in slash command text: `<@U123|dana>` or `<@U123>`. */
const SLACK_USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

/** Subcommands that take nothing after their name. */
const NO_ARGUMENT_KINDS = ['checkin', 'team', 'plan', 'back', 'pause', 'resume', 'settings', 'competencies'] as const;

function noArguments(kind: (typeof NO_ARGUMENT_KINDS)[number], args: string): z.ZodSafeParseResult<Command> {
  return z
    .object({ kind: z.enum(NO_ARGUMENT_KINDS), rest: z.literal('', commandProblem('nothingAfter', { command: kind })) })
    .transform(({ kind: parsed }): Command => ({ kind: parsed }))
    .safeParse({ kind, rest: args.trim() });
}

/** Straight and curly quotes, as Slack clients often send the latter. */
const QUOTED_TITLE = /^["“”']([\s\S]*)["“”']\s+by\s+([\s\S]+?)\s*$/i;

/**
 * `<title> by <date>`, the title quoted or not. Unquoted, the title may itself contain "by"
 * ("Read Design for How People Learn by Julie Dirksen by 31 March"): the last " by " whose
 * rest reads as a date splits it. When none does, the last one names the date that failed.
 */
export function splitTitleAndDate(
  args: string,
  dates: DateContext,
): { title: string | undefined; date: string | undefined } {
  const text = args.trim();
  const quoted = QUOTED_TITLE.exec(text);
  if (quoted) return { title: quoted[1], date: quoted[2] };
  const splits = [...text.matchAll(/\s+by\s+/gi)].reverse();
  for (const split of splits) {
    const date = text.slice(split.index + split[0].length);
    if (parseDatePhrase(date, dates).ok) return { title: text.slice(0, split.index), date };
  }
  const last = splits[0];
  if (last) return { title: text.slice(0, last.index), date: text.slice(last.index + last[0].length) };
  return { title: text.replace(/^["“”']|["“”']$/g, '') || undefined, date: undefined };
}

const specs: CommandSpec[] = [
  {
    name: 'help',
    usage: '/pathway help',
    summary: 'what you can type',
    example: '/pathway help',
    parse: () => z.object({ kind: z.literal('help') }).safeParse({ kind: 'help' }),
  },
  {
    name: 'plan',
    usage: '/pathway plan',
    summary: 'pick your goal role and target date, and get milestones to get there',
    example: '/pathway plan',
    parse: (args) => noArguments('plan', args),
  },
  {
    name: 'add',
    usage: '/pathway add <title> by <date>',
    summary: 'add a milestone to your pathway (just `/pathway add` opens a form)',
    example: '/pathway add Lead a stakeholder workshop by next friday',
    parse: (args, dates) => {
      if (args.trim() === '') return z.object({ kind: z.literal('addForm') }).safeParse({ kind: 'addForm' });
      const { title: typedTitle, date } = splitTitleAndDate(args, dates);
      return z
        .object({ kind: z.literal('add'), title, due: dateArgument(COMMAND_PROBLEMS.addDateMissing, dates) })
        .safeParse({ kind: 'add', title: typedTitle, due: date });
    },
  },
  {
    name: 'done',
    usage: '/pathway done <number> [what you did]',
    summary: 'mark a milestone done, with an optional note as evidence',
    example: '/pathway done 2 ran the workshop with the sales leads',
    parse: (args) => {
      const [number = '', ...rest] = args.trim().split(/\s+/);
      const note = rest.join(' ').trim();
      return z
        .object({
          kind: z.literal('done'),
          position,
          note: z
            .string()
            .max(MAX_NOTE_LENGTH, commandProblem('noteTooLong', { max: MAX_NOTE_LENGTH }))
            .optional(),
        })
        .safeParse({
          kind: 'done',
          position: number === '' ? undefined : number,
          note: note === '' ? undefined : note,
        });
    },
  },
  {
    name: 'move',
    usage: '/pathway move <number> to <date>',
    summary: 'change a milestone’s due date',
    example: '/pathway move 2 to next friday',
    parse: (args, dates) => {
      const match = /^(\S+)(?:\s+to)?\s+([\s\S]+)$/i.exec(args.trim());
      const number = match?.[1] ?? (args.trim() || undefined);
      return z
        .object({
          kind: z.literal('move'),
          position: z
            .string({ error: COMMAND_PROBLEMS.milestoneNumberMissing })
            .regex(/^\d+$/, commandProblem('notAMilestoneNumber', { typed: (number ?? '').slice(0, 40) }))
            .transform(Number)
            .pipe(
              z
                .number()
                .min(1, COMMAND_PROBLEMS.milestoneNumberFromOne)
                .max(999, COMMAND_PROBLEMS.milestoneNumberTooHigh),
            ),
          due: dateArgument(COMMAND_PROBLEMS.moveDateMissing, dates),
        })
        .safeParse({ kind: 'move', position: number, due: match?.[2] });
    },
  },
  {
    name: 'roles',
    usage: '/pathway roles [role]',
    summary: 'browse the career framework: stages, roles, and the moves open to you',
    example: '/pathway roles senior instructional designer',
    parse: (args) => {
      const query = args.trim();
      return z
        .object({
          kind: z.literal('roles'),
          query: z.string().max(MAX_ROLE_QUERY_LENGTH, COMMAND_PROBLEMS.roleQueryTooLong).optional(),
        })
        .safeParse({ kind: 'roles', query: query === '' ? undefined : query });
    },
  },
  {
    name: 'admin',
    usage: '/pathway admin framework|settings|import|deliveries',
    summary: 'admins: load a new career framework (YAML), change settings, import people (CSV), see failed messages',
    example: '/pathway admin framework',
    parse: (args) =>
      z
        .object({
          kind: z.literal('admin'),
          area: z.enum(ADMIN_AREAS, { error: commandProblem('adminArea', { areas: ADMIN_AREAS.join(', ') }) }),
        })
        .safeParse({ kind: 'admin', area: args.trim().toLowerCase() || undefined }),
  },
  {
    name: 'report',
    usage: '/pathway report [90d | 2026 | 2026-q3 | 2026-11 | 2026-01-01..2026-06-30]',
    summary: 'admins: progression figures for a period (last 90 days if none), with a CSV and a chart',
    example: '/pathway report 2026-q3',
    parse: (args) =>
      z
        .object({ kind: z.literal('report'), period: z.string().max(40, COMMAND_PROBLEMS.reportPeriod) })
        .safeParse({ kind: 'report', period: args.trim() }),
  },
  {
    name: 'export',
    usage: '/pathway export',
    summary: 'get everything Pathway holds about you, as a JSON file in a DM',
    example: '/pathway export',
    parse: () => z.object({ kind: z.literal('export') }).safeParse({ kind: 'export' }),
  },
  {
    name: 'delete',
    usage: '/pathway delete',
    summary: 'erase everything Pathway holds about you (asks to confirm first)',
    example: '/pathway delete',
    parse: () => z.object({ kind: z.literal('delete') }).safeParse({ kind: 'delete' }),
  },
  {
    name: 'checkin',
    usage: '/pathway checkin',
    summary: 'rate your readiness against your goal role’s signals',
    example: '/pathway checkin',
    parse: (args) => noArguments('checkin', args),
  },
  {
    name: 'competencies',
    usage: '/pathway competencies',
    summary: 'rate yourself on your goal role’s competencies',
    example: '/pathway competencies',
    parse: (args) => noArguments('competencies', args),
  },
  {
    name: 'wins',
    usage: '/pathway wins [page]',
    summary: 'your wins log: done notes, check-in examples, saved messages and your manager’s comments, newest first',
    example: '/pathway wins',
    parse: (args) =>
      z
        .object({
          kind: z.literal('wins'),
          page: z
            .string()
            .regex(/^\d{0,4}$/, COMMAND_PROBLEMS.winsPage)
            .transform((page) => (page === '' ? 1 : Math.max(1, Number(page)))),
        })
        .safeParse({ kind: 'wins', page: args.trim() }),
  },
  {
    name: 'manager',
    usage: '/pathway manager @name',
    summary: 'ask someone to confirm they are your manager (they see your check-ins)',
    example: '/pathway manager @Dana',
    parse: (args) => {
      const match = SLACK_USER_MENTION.exec(args.trim());
      return z
        .object({
          kind: z.literal('manager'),
          slackUserId: z.string({ error: COMMAND_PROBLEMS.managerMention }),
        })
        .safeParse({ kind: 'manager', slackUserId: match?.[1] });
    },
  },
  {
    name: 'team',
    usage: '/pathway team',
    summary: 'managers: your reports’ goals, progress and readiness at a glance',
    example: '/pathway team',
    parse: (args) => noArguments('team', args),
  },
  {
    name: 'celebrate',
    usage: '/pathway celebrate [always | ask | never | in #channel]',
    summary: 'whether your wins are celebrated in a team channel, and where',
    example: '/pathway celebrate always',
    parse: (args) =>
      z
        .object({ kind: z.literal('celebrate'), setting: celebrateSettingSchema })
        .safeParse({ kind: 'celebrate', setting: celebrateInput(args) }),
  },
  {
    name: 'away',
    usage: '/pathway away until <date>',
    summary: 'out of office: no nudges until that day, then one summary of what fell due',
    example: '/pathway away until 2027-01-10',
    parse: (args, dates) => {
      const match = /^(?:until\s+)?([\s\S]+)$/i.exec(args.trim());
      return z
        .object({ kind: z.literal('away'), until: dateArgument(COMMAND_PROBLEMS.awayDateMissing, dates) })
        .safeParse({ kind: 'away', until: match?.[1] });
    },
  },
  {
    name: 'target',
    usage: '/pathway target <date> [all]',
    summary:
      'move your plan’s target date; open milestones are re-dated to fit, except dates you set yourself (add `all` to move those too)',
    example: '/pathway target 30 June 2027',
    parse: (args, dates) => {
      const match = /^([\s\S]*?)(?:\s+(all))?$/i.exec(args.trim());
      return z
        .object({
          kind: z.literal('target'),
          targetDate: dateArgument(COMMAND_PROBLEMS.targetDateMissing, dates),
          includeHandSet: z.boolean(),
        })
        .safeParse({ kind: 'target', targetDate: match?.[1] || undefined, includeHandSet: match?.[2] !== undefined });
    },
  },
  {
    name: 'back',
    usage: '/pathway back',
    summary: 'end your time away early',
    example: '/pathway back',
    parse: (args) => noArguments('back', args),
  },
  {
    name: 'pause',
    usage: '/pathway pause',
    summary: 'stop every nudge and reminder until you resume',
    example: '/pathway pause',
    parse: (args) => noArguments('pause', args),
  },
  {
    name: 'resume',
    usage: '/pathway resume',
    summary: 'turn paused nudges back on',
    example: '/pathway resume',
    parse: (args) => noArguments('resume', args),
  },
  {
    name: 'settings',
    usage: '/pathway settings',
    summary: 'choose which nudges and reminders you get',
    example: '/pathway settings',
    parse: (args) => noArguments('settings', args),
  },
  {
    name: 'conversation',
    usage: '/pathway conversation [@report]',
    summary: 'your next development conversation: its agenda, or plan one (managers: name the report)',
    example: '/pathway conversation @Priya',
    parse: (args) => {
      const text = args.trim();
      const match = SLACK_USER_MENTION.exec(text);
      return z
        .object({
          kind: z.literal('conversation'),
          rest: z.string().refine((rest) => rest === '' || match !== null, COMMAND_PROBLEMS.conversationMention),
          slackUserId: z.string().optional(),
        })
        .transform(({ kind, slackUserId }): Command => ({ kind, slackUserId }))
        .safeParse({ kind: 'conversation', rest: text, slackUserId: match?.[1] });
    },
  },
  {
    name: 'feedback',
    usage: '/pathway feedback [@colleague …] [signal numbers]',
    summary: 'ask colleagues how they have seen the signals of your goal role (opens a form)',
    example: '/pathway feedback @Sam 1 3',
    parse: (args) => {
      const words = args
        .trim()
        .split(/\s+/)
        .filter((word) => word !== '');
      const slackUserIds = words.flatMap((word) => SLACK_USER_MENTION.exec(word)?.[1] ?? []);
      const numbers = words.filter((word) => /^\d{1,2}$/.test(word)).map(Number);
      const other = words.filter((word) => !SLACK_USER_MENTION.test(word) && !/^\d{1,2}$/.test(word));
      return z
        .object({
          kind: z.literal('feedback'),
          rest: z.array(z.string()).max(0, COMMAND_PROBLEMS.feedbackArguments),
          slackUserIds: z
            .array(z.string())
            .max(MAX_COLLEAGUES_PER_ASK, commandProblem('tooManyColleagues', { max: MAX_COLLEAGUES_PER_ASK })),
          signalNumbers: z.array(z.number().min(1, COMMAND_PROBLEMS.signalNumberFromOne)),
        })
        .transform(
          ({ kind, slackUserIds: ids, signalNumbers }): Command => ({
            kind,
            slackUserIds: [...new Set(ids)],
            signalNumbers,
          }),
        )
        .safeParse({ kind: 'feedback', rest: other, slackUserIds, signalNumbers: numbers });
    },
  },
  {
    name: 'thanks',
    usage: '/pathway thanks @name for <what they did>',
    summary:
      'thank someone for work that shows a signal: it goes to their wins log (just `/pathway thanks` opens a form)',
    example: '/pathway thanks @Ana for running the Q3 workshop',
    parse: (args) => {
      const text = args.trim();
      if (text === '') return z.object({ kind: z.literal('thanksForm') }).safeParse({ kind: 'thanksForm' });
      const [first = '', ...rest] = text.split(/\s+/);
      const match = SLACK_USER_MENTION.exec(first);
      return z
        .object({
          kind: z.literal('thanks'),
          slackUserId: z.string({ error: COMMAND_PROBLEMS.thanksMention }),
          reason: z
            .string()
            .min(1, COMMAND_PROBLEMS.thanksReason)
            .max(MAX_THANKS_LENGTH, commandProblem('thanksTooLong', { max: MAX_THANKS_LENGTH })),
        })
        .safeParse({ kind: 'thanks', slackUserId: match?.[1], reason: thanksReason(rest.join(' ')) });
    },
  },
  {
    name: 'mentor',
    usage: '/pathway mentor [offer | pause | resume | withdraw | end]',
    summary:
      'find a mentor for your goal role, or offer to mentor others (pause, resume or withdraw the offer; end a mentorship)',
    example: '/pathway mentor offer',
    parse: (args) =>
      z
        .object({
          kind: z.literal('mentor'),
          action: z.enum(['suggest', ...MENTOR_ACTIONS], {
            error: COMMAND_PROBLEMS.mentorAction,
          }),
        })
        .safeParse({ kind: 'mentor', action: args.trim().toLowerCase() || 'suggest' }),
  },
  {
    name: 'language',
    usage: '/pathway language en|es|de|auto',
    summary: 'the language Pathway writes to you in (auto: your Slack language)',
    example: '/pathway language es',
    parse: (args) =>
      z
        .object({
          kind: z.literal('language'),
          language: z.enum([...LANGUAGES, 'auto'], { error: COMMAND_PROBLEMS.languageChoice }),
        })
        .safeParse({ kind: 'language', language: args.trim().toLowerCase() }),
  },
];

export const commandSpecs: readonly CommandSpec[] = specs;

export type ParseResult =
  | { ok: true; command: Command }
  | { ok: false; kind: 'unknown'; input: string; suggestion: CommandSpec | undefined }
  | { ok: false; kind: 'invalid'; spec: CommandSpec; problems: string[] };

/** Parses `/pathway` text; `dates` (the person's today and date order) lets `next friday` be read. */
export function parseCommand(text: string, dates: DateContext = {}): ParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, command: { kind: 'overview' } };
  const word = trimmed.split(/\s+/, 1)[0] ?? '';
  const name = word.toLowerCase();
  const spec = specs.find((candidate) => candidate.name === name);
  if (!spec) return { ok: false, kind: 'unknown', input: trimmed, suggestion: closestSpec(name) };
  const parsed = spec.parse(trimmed.slice(word.length).trim(), dates);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, kind: 'invalid', spec, problems: uniqueMessages(parsed.error) };
}

function uniqueMessages(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}

/** Words people type for a command, mapped to the command that does it. */
const COMMAND_SYNONYMS: Record<string, string> = {
  goal: 'plan',
  milestone: 'add',
  milestones: 'plan',
  calibrate: 'team',
  reports: 'team',
  evidence: 'wins',
  notifications: 'settings',
  reminders: 'settings',
  nudges: 'settings',
  vacation: 'away',
  holiday: 'away',
  ooo: 'away',
  unpause: 'resume',
  erase: 'delete',
  mentors: 'mentor',
  mentoring: 'mentor',
  mentorship: 'mentor',
  framework: 'roles',
  ladder: 'roles',
  thank: 'thanks',
  kudos: 'thanks',
  ask: 'feedback',
};

/**
 * The command a near miss most likely meant: a typo ("dnoe", "chekin"), the start
 * of a name ("sett"), or a word for what it does ("goal"); none when nothing is close.
 */
function closestSpec(word: string): CommandSpec | undefined {
  const byName = (name: string | undefined) => specs.find((spec) => spec.name === name);
  const synonym = byName(COMMAND_SYNONYMS[word.replace(/[^a-z]/g, '')]);
  if (synonym) return synonym;
  // The start of a name ("sett"), or a longer word from the same stem ("celebrations").
  const sameStart = (name: string) =>
    name.startsWith(word) || word.startsWith(name) || commonPrefixLength(word, name) >= 6;
  const prefixed = word.length >= 3 ? specs.filter((spec) => sameStart(spec.name)) : [];
  if (prefixed.length === 1) return prefixed[0];
  const allowed = word.length >= 7 ? 3 : 2;
  let best: { spec: CommandSpec; distance: number } | undefined;
  for (const spec of specs) {
    const distance = editDistance(word, spec.name);
    if (distance <= allowed && (!best || distance < best.distance)) best = { spec, distance };
  }
  return best?.spec;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previousDiagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previousDiagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      previousDiagonal = saved;
    }
  }
  return row[b.length]!;
}
