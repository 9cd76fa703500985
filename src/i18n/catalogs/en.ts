/**
 * English, the source catalog: every key starts here, and the other catalogs must have the same
 * keys (the type says so) with the same {placeholders} (a test says so). Messages are ICU
 * MessageFormat: `{count, plural, one {# day} other {# days}}`. Slack's `*bold*` and `code`
 * markers stay as they are; command words stay English in every language.
 */

import { adminMessages } from '../areas/admin.js';
import { checkinMessages } from '../areas/checkin.js';
import { conversationsMessages } from '../areas/conversations.js';
import { errorsMessages } from '../areas/errors.js';
import { homeMessages } from '../areas/home.js';
import { mentoringMessages } from '../areas/mentoring.js';
import { planMessages } from '../areas/plan.js';
import { sandboxMessages } from '../areas/sandbox.js';

const core = {
  // Help
  'help.header': 'Pathway: what you can type',
  'help.footer':
    'Dates as you would say them: `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` (day or month first, as your Slack language writes dates) or `2027-03-31`. Your plan, check-ins and wins are also on the app’s *Home* tab. To keep any Slack message in your wins log, use *Save as evidence* in its ⋮ menu.',
  'help.group.more': 'More',
  'help.group.your-plan': 'Your plan',
  'help.group.check-ins': 'Check-ins',
  'help.group.you-and-your-manager': 'You and your manager',
  'help.group.colleagues-and-mentors': 'Colleagues and mentors',
  'help.group.reminders-and-celebrations': 'Reminders and celebrations',
  'help.group.your-data': 'Your data',
  'help.group.admins': 'Admins',
  'help.cmd.overview': 'where you are: goal, next milestones, last check-in',
  'help.cmd.plan': 'pick the role you aim for and get milestones',
  'help.cmd.add': 'add a milestone',
  'help.cmd.done': 'mark one done, with a line on what you did',
  'help.cmd.move': 'change its due date',
  'help.cmd.target': 'move your target date; open milestones follow',
  'help.cmd.wins': 'everything you have done and saved, newest first',
  'help.cmd.roles': 'browse roles and the moves open to you',
  'help.cmd.checkin': 'rate how ready you are for your goal role, with examples',
  'help.cmd.competencies': 'rate yourself on your goal role’s competencies; your manager sees it too',
  'help.cmd.manager': 'ask someone to be your manager in Pathway (they see your check-ins)',
  'help.cmd.team': 'if you manage people: their goals, progress and readiness',
  'help.cmd.conversation': 'plan a development conversation: an agenda for both, notes and agreed actions after',
  'help.cmd.feedback': 'ask colleagues how they see your readiness signals; answers show beside your ratings',
  'help.cmd.thanks': 'thank someone for their work: it goes to their wins log (or use *Thank for this* on a message)',
  'help.cmd.mentor':
    'up to three mentors for your goal role, to ask; `offer` to mentor others, `pause`, `resume` or `withdraw` it, `end` a mentorship',
  'help.cmd.settings': 'choose which reminders you get',
  'help.cmd.language': 'the language Pathway writes to you in: `en`, `es`, `de`, or `auto` for your Slack language',
  'help.cmd.away': 'no reminders until then, then one summary',
  'help.cmd.back': 'end your time away early',
  'help.cmd.pause': 'stop every reminder',
  'help.cmd.resume': 'turn them back on',
  'help.cmd.celebrate': 'whether your wins are celebrated in a channel',
  'help.cmd.export': 'everything Pathway holds about you, as a file',
  'help.cmd.delete': 'erase it all (asks first)',
  'help.cmd.admin': 'career framework, settings, people import, failed messages',
  'help.cmd.report': 'progression figures for a period, with a CSV and a chart',
  'help.unknown.suggest': ':grey_question: I don’t know `{input}`. Did you mean `{usage}` ({summary})?',
  'help.unknown.example': 'For example: `{example}`',
  'help.unknown.helpHint': '`/pathway help` lists everything you can type.',
  'help.unknown.list': ':grey_question: I don’t know `{input}`. Here is what you can type:',
  'help.invalid':
    ':warning: `{command}` needs a different form: {problems}.\nType it like this: `{usage}`\nFor example: `{example}`',

  // Language
  'language.set': 'Pathway now writes to you in English. `/pathway language auto` follows your Slack language again.',
  'language.auto': 'Pathway now follows your Slack language: {name}.',
  'language.autoUnsupported':
    'Pathway now follows your Slack language; it does not speak that one yet, so it writes in {name}.',

  // Nudges and reminders
  'nudge.hint': 'Not now? `/pathway pause` stops every nudge, `/pathway settings` chooses which ones you get.',
  'nudge.before':
    ':hourglass_flowing_sand: Coming up: {title} is due {date} ({days, plural, one {in # day} other {in # days}}).',
  'nudge.due': ':calendar: Today is the day: {title} is due today.',
  'nudge.overdue':
    ':warning: {title} was due {date}, {days, plural, one {# day} other {# days}} ago. Done already, or does it need a new date?',
  'nudge.text.before': 'Pathway: milestone {position} is coming up',
  'nudge.text.due': 'Pathway: milestone {position} is due today',
  'nudge.text.overdue': 'Pathway: milestone {position} is overdue',
  'nudge.button.done': 'Done',
  'nudge.button.move': 'Move the date',
  'nudge.button.snooze': 'Snooze {days} days',
  'nudge.label.done': 'Mark ‘{title}’ done',
  'nudge.label.move': 'Move the date of ‘{title}’',
  'nudge.label.snooze': 'Snooze {days} days: ‘{title}’',
  'checkinReminder.text': 'Pathway: a good moment for your readiness check-in',
  'checkinReminder.body':
    ':compass: *A good moment for a readiness check-in.* Five minutes against the signals of *{goal}*: your ratings start from last time, so you only change what moved, and each signal shows the evidence you have gathered for it.',
  'checkinReminder.button': 'Check in now',
  'checkinReminder.label': 'Check in now on your readiness',
  'managerReminder.text': 'Pathway: a good moment to ask {name} about their readiness',
  'managerReminder.someone': 'your report',
  'managerReminder.body':
    ':seedling: {mention} could check in on their readiness again: their next check-in came round on {date}. A good moment to ask how it is going and what would help; `/pathway team` shows their plan and evidence.',
  'digest.text': 'Pathway: your team this week ({week})',
  'digest.header': 'Your team this week',
  'digest.onTrack': ':large_green_circle: *On track*',
  'digest.overdue': ':red_circle: *Overdue milestones*',
  'digest.stalled': ':double_vertical_bar: *Stalled* (nothing moved in 30 days)',
  'digest.awaitingCalibration': ':scales: *Check-ins waiting for your view*',
  'digest.noConversation':
    ':speech_balloon: *No development conversation within the cadence* (none planned: `/pathway conversation @name`)',
  'digest.line': '{label} ({count}): {names}',
  'digest.more': '{names} and {count} more',
  'digest.empty': 'Nobody in your team has a pathway yet.',
  'digest.footer': 'Details: `/pathway team`. Mute this digest in `/pathway settings`.',
  'away.text': 'Pathway: welcome back, here is what fell due',
  'away.intro': ':wave: Welcome back. While you were away ({from} to {until}) this fell due:',
  'away.milestone': '• {title}: due {date}',
  'away.more': '…and {count} more in `/pathway`.',
  'away.checkin': '• Your readiness check-in (due {date}): `/pathway checkin`',
  'away.footer': 'Mark them done or move their dates in `/pathway`.',
} as const;

export type CoreKey = keyof typeof core;

/** The core messages and every area's (see ../areas/). */
export const en = {
  ...core,
  ...homeMessages.en,
  ...planMessages.en,
  ...checkinMessages.en,
  ...conversationsMessages.en,
  ...adminMessages.en,
  ...errorsMessages.en,
  ...mentoringMessages.en,
  ...sandboxMessages.en,
};

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
