import type { ActionsBlock, Button, HomeView, KnownBlock } from '@slack/types';
import type { CelebrationConsent } from '../domain/celebrations.js';
import { formatDate } from '../domain/dates.js';
import type { ConversationAgenda } from '../services/conversations.js';
import type { TeamMember } from '../services/managers.js';
import type { MilestoneView, Overview, PathwayView } from '../services/overview.js';
import type { PastPathway } from '../services/pathways.js';
import type { NudgeSettings } from '../services/settings.js';
import type { SuggestionView } from '../services/suggestions.js';
import { adminHomeBlocks } from './admin.js';
import { homeConversationBlocks } from './conversations.js';
import { homeWinsBlocks, type WinsLog } from './evidence.js';
import { feedbackAskButton } from './feedback.js';
import { homeMentoringBlocks, type MentoringOverview } from './mentoring.js';
import { milestoneRowBlocks } from './milestones.js';
import { nothingOpenText, overviewActions, pathwaySummaryBlocks, welcomeBlocks } from './overview.js';
import { readinessBlocks } from './readiness.js';
import { pendingSuggestionBlocks } from './suggestions.js';
import { teamHomeBlocks } from './team.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

/** Each open milestone takes 2 blocks (line + buttons); these keep Home well under Slack's 100. */
export const HOME_OVERDUE_SHOWN = 10;
export const HOME_NEXT_SHOWN = 5;
export const HOME_PAGE_SIZE = 10;
const DONE_NAMED = 3;
export const HOME_PAGE_ACTIONS = {
  all: 'home_page_all',
  previous: 'home_page_previous',
  next: 'home_page_next',
  summary: 'home_page_summary',
} as const;
export const HOME_PAGE_ACTION_PATTERN = /^home_page_/;

export interface HomeOptions {
  /** 0: overdue and next milestones; 1..n: every open milestone, a page at a time. */
  page?: number;
  history?: PastPathway[];
  /** Pathway admins also get the admin section (issue 8). */
  admin?: boolean;
  /** The latest wins of the active pathway. */
  wins?: WinsLog | null;
  /** Milestones the manager suggested, waiting for an answer. */
  suggestions?: SuggestionView[];
  /** Managers: their current reports (the first few) and how many in all. */
  team?: { members: TeamMember[]; total: number } | null;
  /** The person's reminder and celebration settings. */
  settings?: HomeSettings | null;
  /** The development conversation with the manager: the one planned, or a button to plan one. */
  conversation?: { agenda: ConversationAgenda | null; personId: string; hasManager: boolean; today: string };
  /** Mentoring: the person's offer, mentorships and suggestions; null when mentoring is off in the workspace. */
  mentoring?: MentoringOverview | null;
}

export interface HomeSettings {
  nudges: NudgeSettings;
  celebrate: CelebrationConsent;
}

function pageButton(text: string, actionId: string, page: number, label: string): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    accessibility_label: label,
    action_id: actionId,
    value: String(page),
  };
}

function openMilestones(pathway: PathwayView): MilestoneView[] {
  return pathway.milestones
    .filter((m) => !m.done)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position);
}

function rows(title: string, milestones: MilestoneView[]): KnownBlock[] {
  if (milestones.length === 0) return [];
  return [{ type: 'section', text: mrkdwn(title) }, ...milestones.flatMap(milestoneRowBlocks)];
}

/** Overdue ones first (up to HOME_OVERDUE_SHOWN), then the next few, and "Show all" when there are more. */
function summaryRows(open: MilestoneView[]): KnownBlock[] {
  const allOverdue = open.filter((m) => (m.daysLeft ?? 0) < 0);
  const overdue = allOverdue.slice(0, HOME_OVERDUE_SHOWN);
  const next = open.filter((m) => (m.daysLeft ?? 0) >= 0).slice(0, HOME_NEXT_SHOWN);
  const blocks = [...rows(`*Overdue* (${allOverdue.length})`, overdue), ...rows('*Next*', next)];
  if (overdue.length + next.length < open.length) {
    blocks.push({
      type: 'actions',
      block_id: 'home_pages',
      elements: [
        pageButton(
          `Show all open milestones (${open.length})`,
          HOME_PAGE_ACTIONS.all,
          1,
          `Show all open milestones (${open.length}) on Home`,
        ),
      ],
    });
  }
  return blocks;
}

function pagedRows(open: MilestoneView[], requested: number): KnownBlock[] {
  const pages = Math.max(1, Math.ceil(open.length / HOME_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const shown = open.slice((page - 1) * HOME_PAGE_SIZE, page * HOME_PAGE_SIZE);
  const navigation: Button[] = [];
  if (page > 1)
    navigation.push(
      pageButton(
        'Previous',
        HOME_PAGE_ACTIONS.previous,
        page - 1,
        `Previous page of open milestones: ${page - 1} of ${pages}`,
      ),
    );
  if (page < pages)
    navigation.push(
      pageButton('Next', HOME_PAGE_ACTIONS.next, page + 1, `Next page of open milestones: ${page + 1} of ${pages}`),
    );
  navigation.push(pageButton('Back to summary', HOME_PAGE_ACTIONS.summary, 0, 'Back to summary of your pathway'));
  return [
    ...rows(`*Open milestones* · page ${page} of ${pages}`, shown),
    { type: 'actions', block_id: 'home_pages', elements: navigation } satisfies ActionsBlock,
  ];
}

function doneSummary(pathway: PathwayView): KnownBlock[] {
  const done = pathway.milestones
    .filter((m) => m.done)
    .sort((a, b) => (b.doneDate ?? '').localeCompare(a.doneDate ?? ''));
  if (done.length === 0) return [];
  const latest = done
    .slice(0, DONE_NAMED)
    .map((m) => `${userText(truncate(m.title, 60))}${m.doneDate ? ` (${formatDate(m.doneDate)})` : ''}`);
  const more = done.length > DONE_NAMED ? ` and ${done.length - DONE_NAMED} more` : '';
  return [
    {
      type: 'context',
      elements: [mrkdwn(`:white_check_mark: *${done.length} done*, latest: ${latest.join(', ')}${more}`)],
    },
  ];
}

const STATUS_WORDS: Record<PastPathway['status'], string> = {
  reached: 'reached',
  changed: 'changed plan',
  abandoned: 'stopped',
};

function historyBlocks(history: PastPathway[]): KnownBlock[] {
  if (history.length === 0) return [];
  const lines = history.map((past) => {
    const when = past.endedOn ? ` on ${formatDate(past.endedOn)}` : '';
    return `• ${userText(past.goal.title)} (from ${userText(past.from.title)}): ${STATUS_WORDS[past.status]}${when}, ${past.doneCount} of ${past.milestoneCount} milestones done`;
  });
  return [{ type: 'section', text: mrkdwn(`*Your earlier pathways*\n${lines.join('\n')}`) }];
}

function pathwayBlocks(overview: Overview, pathway: PathwayView, page: number, options: HomeOptions): KnownBlock[] {
  const open = openMilestones(pathway);
  const suggestions = pendingSuggestionBlocks(options.suggestions ?? []);
  const wins = options.wins ? homeWinsBlocks(options.wins) : [];
  const actions: ActionsBlock = { type: 'actions', block_id: 'home_actions', elements: overviewActions(overview) };
  const milestones =
    open.length === 0
      ? [{ type: 'section', text: mrkdwn(nothingOpenText(pathway)) } satisfies KnownBlock]
      : page > 0
        ? pagedRows(open, page)
        : summaryRows(open);
  const readiness = readinessBlocks(overview.readiness, 'self');
  // Colleagues' view sits beside the person's ratings: asking for it starts here too.
  const feedbackActions: ActionsBlock = { type: 'actions', block_id: 'home_feedback', elements: [feedbackAskButton()] };
  return [
    ...pathwaySummaryBlocks(overview, pathway),
    actions,
    { type: 'divider' },
    ...(suggestions.length > 0 ? [...suggestions, { type: 'divider' } satisfies KnownBlock] : []),
    ...milestones,
    ...doneSummary(pathway),
    ...(readiness.length > 0 ? [{ type: 'divider' } satisfies KnownBlock, ...readiness, feedbackActions] : []),
    ...(wins.length > 0 ? [{ type: 'divider' } satisfies KnownBlock, ...wins] : []),
  ];
}

function conversationBlocks(options: HomeOptions): KnownBlock[] {
  const conversation = options.conversation;
  if (!conversation) return [];
  return homeConversationBlocks(
    conversation.agenda,
    { id: conversation.personId },
    conversation.hasManager,
    conversation.today,
  );
}

export const HOME_SETTINGS_OPEN_ACTION = 'home_settings_open';
export const HOME_SETTINGS_VALUE = 'reminders';

const CONSENT_WORDS: Record<CelebrationConsent, string> = {
  ask: 'Pathway asks you each time before celebrating a win in a channel',
  always: 'your wins are posted in the celebration channel without asking',
  never: 'your wins are never posted in a channel',
};

/** Reminders, away and celebrations at a glance, with what to type to change them. */
function settingsBlocks(settings: HomeSettings): KnownBlock[] {
  const { nudges } = settings;
  const reminders = nudges.paused
    ? ':double_vertical_bar: Reminders are *paused*: `/pathway resume` turns them back on.'
    : nudges.away
      ? `:palm_tree: You are *away* until ${formatDate(nudges.away.until)}: no reminders until then. \`/pathway back\` ends it early.`
      : `:bell: Reminders are on (${nudges.enabled.length} kind${nudges.enabled.length === 1 ? '' : 's'}), in your working hours. \`/pathway away until <YYYY-MM-DD>\` for time off, \`/pathway pause\` to stop them.`;
  const celebrations = `:tada: Celebrations: ${CONSENT_WORDS[settings.celebrate]}. \`/pathway celebrate always|ask|never\` changes it.`;
  return [
    { type: 'section', text: mrkdwn(`*Your settings*\n${reminders}\n${celebrations}`) },
    {
      type: 'actions',
      block_id: 'home_settings',
      elements: [
        {
          type: 'button',
          action_id: HOME_SETTINGS_OPEN_ACTION,
          value: HOME_SETTINGS_VALUE,
          text: plain('Choose your reminders', LIMITS.buttonText),
          accessibility_label: 'Choose your reminders and celebration settings',
        },
      ],
    },
  ];
}

function dataBlocks(): KnownBlock[] {
  return [
    {
      type: 'section',
      text: mrkdwn(
        '*Your data*\nYour plan and check-ins are seen by you and your current manager only. `/pathway export` sends you everything Pathway holds about you; `/pathway delete` erases it (it asks first).',
      ),
    },
  ];
}

/** One part of Home, shown when it has something to show. */
export interface HomeSection {
  key: string;
  blocks(overview: Overview, options: HomeOptions): KnownBlock[];
}

/**
 * Home, top to bottom, for everyone: the plan, the team (managers), earlier
 * pathways, settings, data, and the admin part (admins). A new part of Home is
 * one entry here; sections are separated by dividers.
 */
export const HOME_SECTIONS: HomeSection[] = [
  {
    key: 'plan',
    blocks: (overview, options) =>
      overview.pathway
        ? pathwayBlocks(overview, overview.pathway, options.page ?? 0, options)
        : welcomeBlocks(overviewActions(overview)),
  },
  { key: 'conversation', blocks: (_overview, options) => conversationBlocks(options) },
  {
    key: 'mentoring',
    blocks: (_overview, options) => (options.mentoring ? homeMentoringBlocks(options.mentoring) : []),
  },
  {
    key: 'team',
    blocks: (_overview, options) => (options.team ? teamHomeBlocks(options.team.members, options.team.total) : []),
  },
  { key: 'history', blocks: (_overview, options) => historyBlocks(options.history ?? []) },
  { key: 'settings', blocks: (_overview, options) => (options.settings ? settingsBlocks(options.settings) : []) },
  { key: 'data', blocks: () => dataBlocks() },
  { key: 'admin', blocks: (_overview, options) => (options.admin ? adminHomeBlocks() : []) },
];

/** The App Home tab: every section with something to show, and what can be typed. */
export function homeView(overview: Overview, options: HomeOptions = {}): HomeView {
  const sections = HOME_SECTIONS.map((section) => section.blocks(overview, options)).filter(
    (blocks) => blocks.length > 0,
  );
  const blocks: KnownBlock[] = [
    ...sections.flatMap((section, index) =>
      index === 0 ? section : [{ type: 'divider' } satisfies KnownBlock, ...section],
    ),
    { type: 'divider' },
    {
      type: 'context',
      elements: [mrkdwn('Type `/pathway help` in any channel to see what you can type. Only you see this tab.')],
    },
  ];
  return { type: 'home', callback_id: 'home', blocks: blocks.slice(0, LIMITS.viewBlocks) };
}
