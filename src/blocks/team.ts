/**
 * The manager's side: `/pathway team`, a report's read-only pathway, and the
 * messages of the manager link (request with accept/decline, answers, notices).
 */
import type { ActionsBlock, Button, KnownBlock, ModalView } from '@slack/types';
import type { Language } from '../domain/language.js';
import { overallTrend } from '../domain/readiness.js';
import { english, type Translator, translator } from '../i18n/index.js';
import type { ManagerNotices, TeamMember } from '../services/managers.js';
import type { OutboxPayload } from '../services/outbox.js';
import { calibrateButton } from './checkin.js';
import { startButton } from './conversations.js';
import { readinessCaseButton, winsOpenButton } from './evidence.js';
import { moveAnswerButtons, proposeMoveButton } from './goals.js';
import { goalLine, milestoneLine } from './overview.js';
import { ratingSpread, readinessBlocks, TREND_EMOJI } from './readiness.js';
import { COMMENT_OPEN_ACTION, SUGGESTION_ACTIONS } from './suggestions.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export const TEAM_OPEN_PATHWAY_ACTION = 'team_open_pathway';
export const MANAGER_ACCEPT_ACTION = 'manager_request_accept';
export const MANAGER_DECLINE_ACTION = 'manager_request_decline';

/** Header, footer and two blocks a report within Slack's 50 blocks a message. */
export const TEAM_SHOWN = 23;

/** In English, for tests and logs; people read noReportsText in their language. */
export const NO_REPORTS_MESSAGE = english.t('team.noReports');

/** `/pathway team` for someone nobody has linked as their manager yet. */
export function noReportsText(t: Translator = english): string {
  return t.t('team.noReports');
}

function daysAgo(days: number | null, t: Translator): string {
  if (days === null) return t.t('team.noCheckIn');
  if (days === 0) return t.t('team.checkedInToday');
  return t.t('team.lastCheckIn', { days });
}

function memberLine(member: TeamMember, t: Translator): string {
  const who = `*${mention(member.person.slackUserId)}*`;
  const pathway = member.pathway;
  if (!pathway) return t.t('team.noPathway', { who });
  const parts = [t.t('team.milestonesDone', { done: pathway.doneCount, total: pathway.milestones.length })];
  if (pathway.overdueCount > 0) parts.push(t.t('team.overdue', { count: pathway.overdueCount }));
  parts.push(daysAgo(member.daysSinceCheckIn, t));
  const trend = member.readiness ? overallTrend(member.readiness) : null;
  if (member.readiness?.latest && trend)
    parts.push(t.t('team.readiness', { spread: ratingSpread(member.readiness), trend: TREND_EMOJI[trend] }));
  if (member.readiness?.suggestConversation) parts.push(t.t('team.readyForConversation'));
  if (pathway.move && !pathway.move.byManager) parts.push(t.t('team.saysMoved'));
  return `${who}\n${goalLine(pathway)}\n${parts.join(' · ')}`;
}

/** Who a row's buttons act on, for screen readers (a mention is not read as a name). */
function nameOf(member: TeamMember, t: Translator): string {
  return member.person.displayName ?? t.t('team.thisReport');
}

function memberActions(member: TeamMember, t: Translator): ActionsBlock {
  const elements: Button[] = [
    {
      type: 'button',
      action_id: TEAM_OPEN_PATHWAY_ACTION,
      text: plain(t.t('team.openPathway'), LIMITS.buttonText),
      accessibility_label: namedLabel((n) => t.t('team.openPathway.label', { name: n }), nameOf(member, t)),
      value: member.person.id,
    },
  ];
  const latest = member.readiness?.latest;
  // Offered only while the latest check-in waits for the manager's view; changing it stays in Open pathway.
  if (latest && !latest.calibrated) elements.push(calibrateButton(latest.id));
  if (member.pathway) elements.push(suggestButton(member.person.id, nameOf(member, t), t));
  elements.push(conversationButton(member.person.id, nameOf(member, t), t));
  return { type: 'actions', block_id: `team:${member.person.id}`, elements };
}

/** Plans (or, when one is planned, moves) the development conversation with the report. */
function conversationButton(personId: string, name: string, t: Translator): Button {
  return startButton(personId, t.t('team.conversation'), name, t);
}

function suggestButton(personId: string, name: string, t: Translator): Button {
  return {
    type: 'button',
    action_id: SUGGESTION_ACTIONS.open,
    text: plain(t.t('team.suggest'), LIMITS.buttonText),
    accessibility_label: namedLabel((n) => t.t('team.suggest.label', { name: n }), name),
    value: personId,
  };
}

/** What a manager can do on a report's pathway: calibrate, suggest, comment, see the evidence. */
function reportActions(member: TeamMember, t: Translator): KnownBlock[] {
  const pathway = member.pathway;
  const latest = member.readiness?.latest;
  const elements: Button[] = latest ? [calibrateButton(latest.id, latest.calibrated)] : [];
  elements.push(startButton(member.person.id, undefined, nameOf(member, t), t));
  if (pathway) {
    elements.push(
      suggestButton(member.person.id, nameOf(member, t), t),
      {
        type: 'button',
        action_id: COMMENT_OPEN_ACTION,
        text: plain(t.t('team.comment'), LIMITS.buttonText),
        accessibility_label: namedLabel((n) => t.t('team.comment.label', { name: n }), nameOf(member, t)),
        value: member.person.id,
      },
      readinessCaseButton(pathway.id),
      winsOpenButton(pathway.id),
    );
  }
  const blocks: KnownBlock[] =
    elements.length > 0 ? [{ type: 'actions', block_id: 'report_actions', elements } satisfies ActionsBlock] : [];
  if (!pathway) return blocks;
  const who = mention(member.person.slackUserId);
  if (pathway.move && !pathway.move.byManager) {
    blocks.push(
      {
        type: 'section',
        text: mrkdwn(
          t.t('team.moveClaimed', { who, goal: userText(pathway.goal.title), date: t.date(pathway.move.proposedOn) }),
        ),
      },
      {
        type: 'actions',
        block_id: 'report_move',
        elements: moveAnswerButtons(pathway.id, t.t('team.confirmMove')),
      } satisfies ActionsBlock,
    );
  } else if (pathway.move) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t.t('team.moveProposed', { who, goal: userText(pathway.goal.title) }))],
    });
  } else {
    blocks.push({
      type: 'actions',
      block_id: 'report_move',
      elements: [proposeMoveButton(member.person.id, pathway.goal.title)],
    } satisfies ActionsBlock);
  }
  return blocks;
}

export function teamBlocks(members: readonly TeamMember[], total: number, t: Translator = english): KnownBlock[] {
  const shown = members.slice(0, TEAM_SHOWN);
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(t.t('team.header'), LIMITS.headerText) }];
  for (const member of shown)
    blocks.push({ type: 'section', text: mrkdwn(memberLine(member, t)) }, memberActions(member, t));
  const footer =
    total > shown.length ? t.t('team.footer.some', { shown: shown.length, total }) : t.t('team.footer.all');
  blocks.push({ type: 'context', elements: [mrkdwn(footer)] });
  return blocks;
}

/** The fallback text of `/pathway team`. */
export function teamText(total: number, t: Translator = english): string {
  return t.t('team.text', { total });
}

/** Reports on a manager's Home tab; `/pathway team` lists them all. Two blocks each, to leave Home room. */
export const HOME_TEAM_SHOWN = 6;

/** What waits for the manager across their reports: check-ins without their view, moves to confirm. */
export function waitingForManager(members: readonly TeamMember[]): { views: number; moves: number } {
  return {
    views: members.filter((member) => member.readiness?.latest && !member.readiness.latest.calibrated).length,
    moves: members.filter((member) => member.pathway?.move && !member.pathway.move.byManager).length,
  };
}

function waitingLine(members: readonly TeamMember[], t: Translator): string {
  const { views, moves } = waitingForManager(members);
  const items = [
    ...(views > 0 ? [t.t('team.waiting.views', { count: views })] : []),
    ...(moves > 0 ? [t.t('team.waiting.moves', { count: moves })] : []),
  ];
  return items.length > 0 ? t.t('team.waiting', { items: items.join(', ') }) : t.t('team.waiting.none');
}

/** The manager's part of Home: each report's progress, and what waits for the manager. */
export function teamHomeBlocks(members: readonly TeamMember[], total: number, t: Translator = english): KnownBlock[] {
  if (total === 0) return [];
  const shown = members.slice(0, HOME_TEAM_SHOWN);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t.t('team.home.header'), LIMITS.headerText) },
    { type: 'section', text: mrkdwn(waitingLine(members, t)) },
  ];
  for (const member of shown)
    blocks.push(
      { type: 'section', text: mrkdwn(truncate(memberLine(member, t), LIMITS.sectionText)) },
      memberActions(member, t),
    );
  const footer =
    total > shown.length ? t.t('team.home.footer.some', { shown: shown.length, total }) : t.t('team.home.footer.all');
  blocks.push({ type: 'context', elements: [mrkdwn(footer)] });
  return blocks;
}

/** A report's pathway as their manager sees it: read-only, with their readiness. */
export function reportPathwayView(member: TeamMember, t: Translator = english): ModalView {
  const who = mention(member.person.slackUserId);
  const blocks: KnownBlock[] = [];
  const pathway = member.pathway;
  if (!pathway) {
    blocks.push({ type: 'section', text: mrkdwn(t.t('team.report.noPathway', { who })) });
  } else {
    const milestones = pathway.milestones.map(milestoneLine).join('\n') || t.t('team.report.noMilestones');
    blocks.push(
      { type: 'section', text: mrkdwn(`${t.t('team.report.heading', { who })}\n${goalLine(pathway)}`) },
      {
        type: 'section',
        text: mrkdwn(truncate(`${t.t('team.report.milestones')}\n${milestones}`, LIMITS.sectionText)),
      },
      ...readinessBlocks(member.readiness, 'manager'),
    );
  }
  blocks.push(...reportActions(member, t));
  return {
    type: 'modal',
    callback_id: 'report_pathway',
    title: plain(t.t('team.report.title'), LIMITS.modalTitle),
    close: plain(t.t('team.report.close'), LIMITS.modalTitle),
    blocks,
  };
}

/** The ephemeral answer to `/pathway manager @name`. */
export function managerRequestedText(
  managerSlackUserId: string,
  replacedPending: boolean,
  t: Translator = english,
): string {
  const text = t.t('manager.requested', { who: mention(managerSlackUserId) });
  return replacedPending ? `${text} ${t.t('manager.requested.replaced')}` : text;
}

/** What replaces the request DM once the manager has answered it. */
export function managerAnsweredText(personSlackUserId: string, accepted: boolean, t: Translator = english): string {
  return t.t(accepted ? 'manager.answered.accepted' : 'manager.answered.declined', { who: mention(personSlackUserId) });
}

/** The manager link's DMs, each in its recipient's language. */
export const managerNotices: ManagerNotices = {
  request: ({ requestId, person }, language?: Language): OutboxPayload => {
    const t = translator(language);
    const who = mention(person.slackUserId);
    return {
      text: t.t('manager.request.text', { who }),
      blocks: [
        { type: 'section', text: mrkdwn(t.t('manager.request.body', { who })) },
        {
          type: 'actions',
          block_id: 'manager_request_actions',
          elements: [
            {
              type: 'button',
              action_id: MANAGER_ACCEPT_ACTION,
              style: 'primary',
              text: plain(t.t('manager.request.accept'), LIMITS.buttonText),
              accessibility_label: t.t('manager.request.accept.label'),
              value: requestId,
            },
            {
              type: 'button',
              action_id: MANAGER_DECLINE_ACTION,
              text: plain(t.t('manager.request.decline'), LIMITS.buttonText),
              accessibility_label: t.t('manager.request.decline.label'),
              value: requestId,
            },
          ],
        },
      ],
    };
  },
  answered: ({ manager, accepted }, language?: Language): OutboxPayload => {
    const t = translator(language);
    const text = t.t(accepted ? 'manager.notice.accepted' : 'manager.notice.declined', {
      who: mention(manager.slackUserId),
    });
    return {
      text,
      blocks: [
        { type: 'section', text: mrkdwn(`${accepted ? ':white_check_mark:' : ':information_source:'} ${text}`) },
      ],
    };
  },
  replaced: ({ person }, language?: Language): OutboxPayload => {
    const text = translator(language).t('manager.notice.replaced', { who: mention(person.slackUserId) });
    return { text, blocks: [{ type: 'section', text: mrkdwn(`:information_source: ${text}`) }] };
  },
};
