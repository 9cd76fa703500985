/**
 * Goal moves: "I moved into this role" asks for a confirmation, and the answers
 * to it. The buttons carry the pathway id; whoever may answer is checked when
 * they click (services/goals.ts).
 */
import type { Button, KnownBlock } from '@slack/types';
import type { MoveAnswer, MoveNotices, MoveProposal } from '../services/goals.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, userText } from './text.js';

export const GOAL_MOVE_ACTIONS = {
  confirm: 'goal_move_confirm',
  notYet: 'goal_move_not_yet',
  /** A manager proposes it from a report's pathway (value: the report's person id). */
  propose: 'goal_move_propose',
} as const;

export function moveAnswerButtons(pathwayId: string, confirmLabel: string): Button[] {
  return [
    {
      type: 'button',
      action_id: GOAL_MOVE_ACTIONS.confirm,
      style: 'primary',
      text: plain(confirmLabel, LIMITS.buttonText),
      accessibility_label: `${confirmLabel}: confirm the move into the goal role`,
      value: pathwayId,
    },
    {
      type: 'button',
      action_id: GOAL_MOVE_ACTIONS.notYet,
      text: plain('Not yet', LIMITS.buttonText),
      accessibility_label: 'Not yet: the move into the goal role has not happened',
      value: pathwayId,
    },
  ];
}

export function proposeMoveButton(personId: string, goalTitle: string): Button {
  return {
    type: 'button',
    action_id: GOAL_MOVE_ACTIONS.propose,
    text: plain('They moved into this role', LIMITS.buttonText),
    accessibility_label: namedLabel((t) => `They moved into this role: ${t}`, goalTitle),
    value: personId,
    confirm: {
      title: plain('Goal reached?', 100),
      text: plain(
        `Have they moved into ${goalTitle}? They are asked to confirm it; open milestones then close as not needed.`,
        300,
      ),
      confirm: plain('Yes, ask them', 30),
      deny: plain('Not yet', 30),
    },
  };
}

function openPart(open: number): string {
  return open === 0
    ? 'Every milestone is done.'
    : `${open} milestone${open === 1 ? ' is' : 's are'} still open and would close as not needed.`;
}

export const moveNotices: MoveNotices = {
  request: ({ pathwayId, person, proposer, goalTitle, openMilestones, confirmer }) => {
    const goal = userText(goalTitle);
    const who = mention(person.slackUserId);
    const sentence =
      confirmer === 'person'
        ? `:raised_hands: *${mention(proposer.slackUserId)} says you have moved into ${goal}.* Confirm it and the goal is reached; it is then counted as a move and, if you like, celebrated.`
        : confirmer === 'admin'
          ? `:raised_hands: *${who} says they have moved into ${goal}.* They have no manager in Pathway, so a Pathway admin confirms moves for them. Confirm it once you know the move is real.`
          : `:raised_hands: *${who} says they have moved into ${goal}.* As their manager, confirm it and it is counted as a move and, with their consent, celebrated.`;
    return {
      text:
        confirmer === 'person'
          ? `Your manager says you have moved into ${goalTitle}.`
          : `${who} says they have moved into ${goalTitle}. Please confirm.`,
      blocks: [
        { type: 'section', text: mrkdwn(`${sentence}\n${openPart(openMilestones)}`) },
        {
          type: 'actions',
          block_id: 'goal_move_actions',
          elements: moveAnswerButtons(pathwayId, confirmer === 'person' ? 'Yes, I moved' : 'Confirm the move'),
        },
      ],
    };
  },
  answered: ({ person, answeredBy, goalTitle, confirmed, recipient }) => {
    const goal = userText(goalTitle);
    const by = mention(answeredBy.slackUserId);
    const text =
      recipient === 'person'
        ? confirmed
          ? `:trophy: ${by} confirmed your move into ${goal}. Congratulations! This pathway is in your history; plan your next step with \`/pathway plan\` when you are ready.`
          : `:speech_balloon: ${by} did not confirm your move into ${goal} yet. Talk with them about what is still missing; your plan stays as it is.`
        : confirmed
          ? `:trophy: ${mention(person.slackUserId)} confirmed their move into ${goal}.`
          : `:speech_balloon: ${mention(person.slackUserId)} says they have not moved into ${goal} yet. Their plan stays as it is.`;
    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  },
};

/** The answer to whoever said "I moved into this role" (or proposed it for a report). */
export function moveProposedText(proposal: MoveProposal, forReport: string | null): string {
  const goal = userText(proposal.goal.title);
  if (forReport)
    return `:hourglass_flowing_sand: I asked ${mention(forReport)} to confirm their move into ${goal}. You will hear back in a DM.`;
  const asked =
    proposal.confirmer === 'manager'
      ? `your manager ${mention(proposal.asked[0] ?? '')}`
      : 'a Pathway admin (you have no manager in Pathway)';
  return `:hourglass_flowing_sand: I asked ${asked} to confirm your move into ${goal}. Once they do, it counts as reached (and can be celebrated); you get a DM either way.`;
}

/** What replaces the request (or answers the click) once someone answered it. */
export function moveAnsweredText(answer: MoveAnswer, byPerson: boolean): string {
  const goal = userText(answer.goal.title);
  const closed =
    answer.closedAsNotNeeded > 0
      ? ` ${answer.closedAsNotNeeded} open milestone${answer.closedAsNotNeeded === 1 ? '' : 's'} closed as not needed.`
      : '';
  if (byPerson) {
    return answer.confirmed
      ? `:trophy: Congratulations on your move to ${goal}!${closed} This pathway is kept in your history. When you are ready, plan your next step with \`/pathway plan\`.`
      : `OK, not yet. Your plan towards ${goal} stays as it is.`;
  }
  const who = mention(answer.person.slackUserId);
  return answer.confirmed
    ? `:white_check_mark: Confirmed: ${who} moved into ${goal}.${closed} They have been told.`
    : `You did not confirm ${who}’s move into ${goal} yet. They have been told.`;
}

export function moveAnsweredBlocks(text: string): KnownBlock[] {
  return [{ type: 'section', text: mrkdwn(text) }];
}
