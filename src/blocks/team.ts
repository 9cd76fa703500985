/**
 * The manager's side: `/pathway team`, a report's read-only pathway, and the
 * messages of the manager link (request with accept/decline, answers, notices).
 */
import type { ActionsBlock, Button, KnownBlock, ModalView } from '@slack/types';
import { formatDate } from '../domain/dates.js';
import { overallTrend } from '../domain/readiness.js';
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

export const NO_REPORTS_MESSAGE =
  'You have no reports in Pathway yet. People link you as their manager with `/pathway manager @you` (you confirm with a button), or a Pathway admin imports manager links.';

function daysAgo(days: number | null): string {
  if (days === null) return 'no check-in yet';
  if (days === 0) return 'checked in today';
  return `last check-in ${days} day${days === 1 ? '' : 's'} ago`;
}

function memberLine(member: TeamMember): string {
  const who = `*${mention(member.person.slackUserId)}*`;
  const pathway = member.pathway;
  if (!pathway) return `${who} — no active pathway yet`;
  const parts = [`${pathway.doneCount} of ${pathway.milestones.length} milestones done`];
  if (pathway.overdueCount > 0) parts.push(`:warning: ${pathway.overdueCount} overdue`);
  parts.push(daysAgo(member.daysSinceCheckIn));
  const trend = member.readiness ? overallTrend(member.readiness) : null;
  if (member.readiness?.latest && trend)
    parts.push(`readiness: ${ratingSpread(member.readiness)} ${TREND_EMOJI[trend]}`);
  if (member.readiness?.suggestConversation) parts.push(':speech_balloon: ready for a readiness conversation');
  if (pathway.move && !pathway.move.byManager)
    parts.push(':raised_hands: says they moved into their goal role: confirm it in *Open pathway*');
  return `${who}\n${goalLine(pathway)}\n${parts.join(' · ')}`;
}

/** Who a row's buttons act on, for screen readers (a mention is not read as a name). */
function nameOf(member: TeamMember): string {
  return member.person.displayName ?? 'this report';
}

function memberActions(member: TeamMember): ActionsBlock {
  const elements: Button[] = [
    {
      type: 'button',
      action_id: TEAM_OPEN_PATHWAY_ACTION,
      text: plain('Open pathway', LIMITS.buttonText),
      accessibility_label: namedLabel((n) => `Open pathway of ${n}`, nameOf(member)),
      value: member.person.id,
    },
  ];
  const latest = member.readiness?.latest;
  // Offered only while the latest check-in waits for the manager's view; changing it stays in Open pathway.
  if (latest && !latest.calibrated) elements.push(calibrateButton(latest.id));
  if (member.pathway) elements.push(suggestButton(member.person.id, nameOf(member)));
  elements.push(conversationButton(member.person.id, nameOf(member)));
  return { type: 'actions', block_id: `team:${member.person.id}`, elements };
}

/** Plans (or, when one is planned, moves) the development conversation with the report. */
function conversationButton(personId: string, name: string): Button {
  return startButton(personId, 'Conversation', name);
}

function suggestButton(personId: string, name: string): Button {
  return {
    type: 'button',
    action_id: SUGGESTION_ACTIONS.open,
    text: plain('Suggest a milestone', LIMITS.buttonText),
    accessibility_label: namedLabel((n) => `Suggest a milestone to ${n}`, name),
    value: personId,
  };
}

/** What a manager can do on a report's pathway: calibrate, suggest, comment, see the evidence. */
function reportActions(member: TeamMember): KnownBlock[] {
  const pathway = member.pathway;
  const latest = member.readiness?.latest;
  const elements: Button[] = latest ? [calibrateButton(latest.id, latest.calibrated)] : [];
  elements.push(startButton(member.person.id, undefined, nameOf(member)));
  if (pathway) {
    elements.push(
      suggestButton(member.person.id, nameOf(member)),
      {
        type: 'button',
        action_id: COMMENT_OPEN_ACTION,
        text: plain('Comment on a milestone', LIMITS.buttonText),
        accessibility_label: namedLabel((n) => `Comment on a milestone of ${n}`, nameOf(member)),
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
          `:raised_hands: *${who} says they have moved into ${userText(pathway.goal.title)}* (${formatDate(pathway.move.proposedOn)}). As their manager, confirm it and it counts as a move.`,
        ),
      },
      {
        type: 'actions',
        block_id: 'report_move',
        elements: moveAnswerButtons(pathway.id, 'Confirm the move'),
      } satisfies ActionsBlock,
    );
  } else if (pathway.move) {
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(
          `:hourglass_flowing_sand: You proposed that ${who} has moved into ${userText(pathway.goal.title)}; waiting for them to confirm.`,
        ),
      ],
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

export function teamBlocks(members: readonly TeamMember[], total: number): KnownBlock[] {
  const shown = members.slice(0, TEAM_SHOWN);
  const blocks: KnownBlock[] = [{ type: 'header', text: plain('Your reports', LIMITS.headerText) }];
  for (const member of shown) blocks.push({ type: 'section', text: mrkdwn(memberLine(member)) }, memberActions(member));
  const footer =
    total > shown.length
      ? `Showing ${shown.length} of your ${total} reports. Their check-ins are visible to you as their current manager only.`
      : 'Check-ins are visible to each person and their current manager only.';
  blocks.push({ type: 'context', elements: [mrkdwn(footer)] });
  return blocks;
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

function waitingLine(members: readonly TeamMember[]): string {
  const { views, moves } = waitingForManager(members);
  const items = [
    ...(views > 0 ? [`${views} check-in${views === 1 ? '' : 's'} to add your view to`] : []),
    ...(moves > 0 ? [`${moves} move${moves === 1 ? '' : 's'} into a new role to confirm`] : []),
  ];
  return items.length > 0
    ? `:inbox_tray: *Waiting for you:* ${items.join(', ')}.`
    : ':white_check_mark: Nothing is waiting for you.';
}

/** The manager's part of Home: each report's progress, and what waits for the manager. */
export function teamHomeBlocks(members: readonly TeamMember[], total: number): KnownBlock[] {
  if (total === 0) return [];
  const shown = members.slice(0, HOME_TEAM_SHOWN);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('Your team', LIMITS.headerText) },
    { type: 'section', text: mrkdwn(waitingLine(members)) },
  ];
  for (const member of shown)
    blocks.push(
      { type: 'section', text: mrkdwn(truncate(memberLine(member), LIMITS.sectionText)) },
      memberActions(member),
    );
  const more =
    total > shown.length ? `Showing ${shown.length} of your ${total} reports: \`/pathway team\` lists them all. ` : '';
  blocks.push({
    type: 'context',
    elements: [mrkdwn(`${more}Their check-ins are visible to them and to you as their current manager only.`)],
  });
  return blocks;
}

/** A report's pathway as their manager sees it: read-only, with their readiness. */
export function reportPathwayView(member: TeamMember): ModalView {
  const who = mention(member.person.slackUserId);
  const blocks: KnownBlock[] = [];
  const pathway = member.pathway;
  if (!pathway) {
    blocks.push({ type: 'section', text: mrkdwn(`${who} has no active pathway yet.`) });
  } else {
    const milestones = pathway.milestones.map(milestoneLine).join('\n') || '_No milestones yet._';
    blocks.push(
      { type: 'section', text: mrkdwn(`*${who}’s pathway* (read-only)\n${goalLine(pathway)}`) },
      { type: 'section', text: mrkdwn(truncate(`*Milestones*\n${milestones}`, LIMITS.sectionText)) },
      ...readinessBlocks(member.readiness, 'manager'),
    );
  }
  blocks.push(...reportActions(member));
  return {
    type: 'modal',
    callback_id: 'report_pathway',
    title: plain('Report’s pathway', LIMITS.modalTitle),
    close: plain('Close', LIMITS.modalTitle),
    blocks,
  };
}

/** The ephemeral answer to `/pathway manager @name`. */
export function managerRequestedText(managerSlackUserId: string, replacedPending: boolean): string {
  const replaced = replacedPending ? ' Your earlier unanswered request is withdrawn.' : '';
  return `:hourglass_flowing_sand: I asked ${mention(managerSlackUserId)} to confirm they are your manager. The link takes effect once they accept, and you get a DM either way.${replaced}`;
}

/** What replaces the request DM once the manager has answered it. */
export function managerAnsweredText(personSlackUserId: string, accepted: boolean): string {
  return accepted
    ? `:white_check_mark: You are now ${mention(personSlackUserId)}’s manager in Pathway. You will get a summary after each of their check-ins; \`/pathway team\` shows your reports.`
    : `You declined to be ${mention(personSlackUserId)}’s manager in Pathway. They have been told.`;
}

export const managerNotices: ManagerNotices = {
  request: ({ requestId, person }): OutboxPayload => {
    const who = mention(person.slackUserId);
    return {
      text: `${who} asked you to confirm that you are their manager in Pathway.`,
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            `:wave: *${who} asked you to confirm that you are their manager* in Pathway.\n` +
              'As their manager you see their readiness check-ins (ratings and examples), can add your own rating beside theirs, and see their pathway in `/pathway team`.',
          ),
        },
        {
          type: 'actions',
          block_id: 'manager_request_actions',
          elements: [
            {
              type: 'button',
              action_id: MANAGER_ACCEPT_ACTION,
              style: 'primary',
              text: plain('Yes, I am their manager', LIMITS.buttonText),
              accessibility_label: 'Yes, I am their manager: confirm the request',
              value: requestId,
            },
            {
              type: 'button',
              action_id: MANAGER_DECLINE_ACTION,
              text: plain('No, decline', LIMITS.buttonText),
              accessibility_label: 'No, decline the manager request',
              value: requestId,
            },
          ],
        },
      ],
    };
  },
  answered: ({ manager, accepted }): OutboxPayload => {
    const who = mention(manager.slackUserId);
    const text = accepted
      ? `${who} confirmed they are your manager in Pathway. They will see your check-ins from now on.`
      : `${who} declined to be your manager in Pathway. If that was a mistake, talk to them, or mention someone else with \`/pathway manager @name\`.`;
    return {
      text,
      blocks: [
        { type: 'section', text: mrkdwn(`${accepted ? ':white_check_mark:' : ':information_source:'} ${text}`) },
      ],
    };
  },
  replaced: ({ person }): OutboxPayload => {
    const text = `${mention(person.slackUserId)} has a new manager in Pathway, so you no longer see their check-ins.`;
    return { text, blocks: [{ type: 'section', text: mrkdwn(`:information_source: ${text}`) }] };
  },
};
