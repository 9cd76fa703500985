import type { ActionsBlock, Button, HomeView, KnownBlock } from '@slack/types';
import type { CelebrationConsent } from '../domain/celebrations.js';
import { english, type Translator } from '../i18n/index.js';
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
  /** Pathway admins also get the admin section. */
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

function rows(title: string, milestones: MilestoneView[], t: Translator): KnownBlock[] {
  if (milestones.length === 0) return [];
  return [
    { type: 'section', text: mrkdwn(title) },
    ...milestones.flatMap((milestone) => milestoneRowBlocks(milestone, t)),
  ];
}

/** Overdue ones first (up to HOME_OVERDUE_SHOWN), then the next few, and "Show all" when there are more. */
function summaryRows(open: MilestoneView[], t: Translator): KnownBlock[] {
  const allOverdue = open.filter((m) => (m.daysLeft ?? 0) < 0);
  const overdue = allOverdue.slice(0, HOME_OVERDUE_SHOWN);
  const next = open.filter((m) => (m.daysLeft ?? 0) >= 0).slice(0, HOME_NEXT_SHOWN);
  const blocks = [
    ...rows(t.t('home.overdue', { count: allOverdue.length }), overdue, t),
    ...rows(t.t('home.next'), next, t),
  ];
  if (overdue.length + next.length < open.length) {
    const all = pageButton(
      t.t('home.page.all', { count: open.length }),
      HOME_PAGE_ACTIONS.all,
      1,
      t.t('home.page.allLabel', { count: open.length }),
    );
    blocks.push({ type: 'actions', block_id: 'home_pages', elements: [all] });
  }
  return blocks;
}

function pagedRows(open: MilestoneView[], requested: number, t: Translator): KnownBlock[] {
  const pages = Math.max(1, Math.ceil(open.length / HOME_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const shown = open.slice((page - 1) * HOME_PAGE_SIZE, page * HOME_PAGE_SIZE);
  const navigation: Button[] = [];
  if (page > 1)
    navigation.push(
      pageButton(
        t.t('home.page.previous'),
        HOME_PAGE_ACTIONS.previous,
        page - 1,
        t.t('home.page.previousLabel', { page: page - 1, pages }),
      ),
    );
  if (page < pages)
    navigation.push(
      pageButton(
        t.t('home.page.next'),
        HOME_PAGE_ACTIONS.next,
        page + 1,
        t.t('home.page.nextLabel', { page: page + 1, pages }),
      ),
    );
  navigation.push(pageButton(t.t('home.page.summary'), HOME_PAGE_ACTIONS.summary, 0, t.t('home.page.summaryLabel')));
  return [
    ...rows(t.t('home.page.heading', { page, pages }), shown, t),
    { type: 'actions', block_id: 'home_pages', elements: navigation } satisfies ActionsBlock,
  ];
}

function doneSummary(pathway: PathwayView, t: Translator): KnownBlock[] {
  const done = pathway.milestones
    .filter((m) => m.done)
    .sort((a, b) => (b.doneDate ?? '').localeCompare(a.doneDate ?? ''));
  if (done.length === 0) return [];
  const latest = done
    .slice(0, DONE_NAMED)
    .map((m) => `${userText(truncate(m.title, 60))}${m.doneDate ? ` (${t.date(m.doneDate)})` : ''}`);
  const values = { count: done.length, latest: latest.join(', '), more: done.length - DONE_NAMED };
  return [
    {
      type: 'context',
      elements: [
        mrkdwn(done.length > DONE_NAMED ? t.t('home.done.summaryMore', values) : t.t('home.done.summary', values)),
      ],
    },
  ];
}

function historyBlocks(history: PastPathway[], t: Translator): KnownBlock[] {
  if (history.length === 0) return [];
  const lines = history.map((past) => {
    const values = {
      goal: userText(past.goal.title),
      from: userText(past.from.title),
      status: t.t(`home.history.status.${past.status}`),
      done: past.doneCount,
      total: past.milestoneCount,
    };
    return past.endedOn
      ? t.t('home.history.lineOn', { ...values, date: t.date(past.endedOn) })
      : t.t('home.history.line', values);
  });
  return [{ type: 'section', text: mrkdwn(`${t.t('home.history.heading')}\n${lines.join('\n')}`) }];
}

function pathwayBlocks(
  overview: Overview,
  pathway: PathwayView,
  page: number,
  options: HomeOptions,
  t: Translator,
): KnownBlock[] {
  const open = openMilestones(pathway);
  const suggestions = pendingSuggestionBlocks(options.suggestions ?? [], undefined, t);
  const wins = options.wins ? homeWinsBlocks(options.wins, t) : [];
  const actions: ActionsBlock = { type: 'actions', block_id: 'home_actions', elements: overviewActions(overview, t) };
  const milestones =
    open.length === 0
      ? [{ type: 'section', text: mrkdwn(nothingOpenText(pathway, t)) } satisfies KnownBlock]
      : page > 0
        ? pagedRows(open, page, t)
        : summaryRows(open, t);
  const readiness = readinessBlocks(overview.readiness, 'self', t);
  // Colleagues' view sits beside the person's ratings: asking for it starts here too.
  const feedbackActions: ActionsBlock = {
    type: 'actions',
    block_id: 'home_feedback',
    elements: [feedbackAskButton(t)],
  };
  return [
    ...pathwaySummaryBlocks(overview, pathway, t),
    actions,
    { type: 'divider' },
    ...(suggestions.length > 0 ? [...suggestions, { type: 'divider' } satisfies KnownBlock] : []),
    ...milestones,
    ...doneSummary(pathway, t),
    ...(readiness.length > 0 ? [{ type: 'divider' } satisfies KnownBlock, ...readiness, feedbackActions] : []),
    ...(wins.length > 0 ? [{ type: 'divider' } satisfies KnownBlock, ...wins] : []),
  ];
}

function conversationBlocks(options: HomeOptions, t: Translator): KnownBlock[] {
  const conversation = options.conversation;
  if (!conversation) return [];
  return homeConversationBlocks(
    conversation.agenda,
    { id: conversation.personId },
    conversation.hasManager,
    conversation.today,
    t,
  );
}

export const HOME_SETTINGS_OPEN_ACTION = 'home_settings_open';
export const HOME_SETTINGS_VALUE = 'reminders';

/** Reminders, away and celebrations at a glance, with what to type to change them. */
function settingsBlocks(settings: HomeSettings, t: Translator): KnownBlock[] {
  const { nudges } = settings;
  const reminders = nudges.paused
    ? t.t('home.settings.paused')
    : nudges.away
      ? t.t('home.settings.away', { date: t.date(nudges.away.until) })
      : t.t('home.settings.on', { count: nudges.enabled.length });
  const celebrations = t.t('home.settings.celebrations', { consent: settings.celebrate });
  const button = {
    type: 'button' as const,
    action_id: HOME_SETTINGS_OPEN_ACTION,
    value: HOME_SETTINGS_VALUE,
    text: plain(t.t('home.settings.button'), LIMITS.buttonText),
    accessibility_label: t.t('home.settings.buttonLabel'),
  };
  return [
    { type: 'section', text: mrkdwn(`${t.t('home.settings.heading')}\n${reminders}\n${celebrations}`) },
    { type: 'actions', block_id: 'home_settings', elements: [button] },
  ];
}

function dataBlocks(t: Translator): KnownBlock[] {
  return [{ type: 'section', text: mrkdwn(t.t('home.data')) }];
}

/** One part of Home, shown when it has something to show. */
export interface HomeSection {
  key: string;
  blocks(overview: Overview, options: HomeOptions, t: Translator): KnownBlock[];
}

/**
 * Home, top to bottom, for everyone: the plan, the team (managers), earlier
 * pathways, settings, data, and the admin part (admins). A new part of Home is
 * one entry here; sections are separated by dividers.
 */
export const HOME_SECTIONS: HomeSection[] = [
  {
    key: 'plan',
    blocks: (overview, options, t) =>
      overview.pathway
        ? pathwayBlocks(overview, overview.pathway, options.page ?? 0, options, t)
        : welcomeBlocks(overviewActions(overview, t), t),
  },
  { key: 'conversation', blocks: (_overview, options, t) => conversationBlocks(options, t) },
  {
    key: 'mentoring',
    blocks: (_overview, options, t) => (options.mentoring ? homeMentoringBlocks(options.mentoring, t) : []),
  },
  {
    key: 'team',
    blocks: (_overview, options, t) =>
      options.team ? teamHomeBlocks(options.team.members, options.team.total, t) : [],
  },
  { key: 'history', blocks: (_overview, options, t) => historyBlocks(options.history ?? [], t) },
  { key: 'settings', blocks: (_overview, options, t) => (options.settings ? settingsBlocks(options.settings, t) : []) },
  { key: 'data', blocks: (_overview, _options, t) => dataBlocks(t) },
  { key: 'admin', blocks: (_overview, options, t) => (options.admin ? adminHomeBlocks(t) : []) },
];

/** The App Home tab in the reader's language: every section with something to show, and what can be typed. */
export function homeView(overview: Overview, options: HomeOptions = {}, t: Translator = english): HomeView {
  const sections = HOME_SECTIONS.map((section) => section.blocks(overview, options, t)).filter(
    (blocks) => blocks.length > 0,
  );
  const blocks: KnownBlock[] = [
    ...sections.flatMap((section, index) =>
      index === 0 ? section : [{ type: 'divider' } satisfies KnownBlock, ...section],
    ),
    { type: 'divider' },
    { type: 'context', elements: [mrkdwn(t.t('home.footer'))] },
  ];
  return { type: 'home', callback_id: 'home', blocks: blocks.slice(0, LIMITS.viewBlocks) };
}
