/**
 * Goal moves: "I moved into this role" asks for a confirmation, and the answers
 * to it. The buttons carry the pathway id; whoever may answer is checked when
 * they click (services/goals.ts).
 */
import type { Button, KnownBlock } from '@slack/types';
import { english, type Translator, translator } from '../i18n/index.js';
import type { MoveAnswer, MoveAnswered, MoveNotices, MoveProposal, MoveRequest } from '../services/goals.js';
import type { OutboxPayload } from '../services/outbox.js';
import { LIMITS, mention, mrkdwn, namedLabel, plain, userText } from './text.js';

export const GOAL_MOVE_ACTIONS = {
  confirm: 'goal_move_confirm',
  notYet: 'goal_move_not_yet',
  /** A manager proposes it from a report's pathway (value: the report's person id). */
  propose: 'goal_move_propose',
} as const;

export function moveAnswerButtons(pathwayId: string, confirmLabel: string, t: Translator = english): Button[] {
  return [
    {
      type: 'button',
      action_id: GOAL_MOVE_ACTIONS.confirm,
      style: 'primary',
      text: plain(confirmLabel, LIMITS.buttonText),
      accessibility_label: t.t('goals.confirmLabel', { label: confirmLabel }),
      value: pathwayId,
    },
    {
      type: 'button',
      action_id: GOAL_MOVE_ACTIONS.notYet,
      text: plain(t.t('goals.notYet'), LIMITS.buttonText),
      accessibility_label: t.t('goals.notYetLabel'),
      value: pathwayId,
    },
  ];
}

export function proposeMoveButton(personId: string, goalTitle: string, t: Translator = english): Button {
  return {
    type: 'button',
    action_id: GOAL_MOVE_ACTIONS.propose,
    text: plain(t.t('goals.propose.button'), LIMITS.buttonText),
    accessibility_label: namedLabel((title) => t.t('goals.propose.label', { title }), goalTitle),
    value: personId,
    confirm: {
      title: plain(t.t('goals.propose.confirmTitle'), 100),
      text: plain(t.t('goals.propose.confirmText', { goal: goalTitle }), 300),
      confirm: plain(t.t('goals.propose.confirm'), 30),
      deny: plain(t.t('goals.notYet'), 30),
    },
  };
}

/** To whoever must confirm a move, in their language `t`: what was said, and confirm and "not yet" buttons. */
export function moveRequestMessage(
  { pathwayId, person, proposer, goalTitle, openMilestones, confirmer }: MoveRequest,
  t: Translator = english,
): OutboxPayload {
  const values = {
    goal: userText(goalTitle),
    who: mention(person.slackUserId),
    proposer: mention(proposer.slackUserId),
  };
  const sentence = t.t('goals.request.sentence', { ...values, confirmer });
  return {
    text:
      confirmer === 'person'
        ? t.t('goals.request.textPerson', { goal: goalTitle })
        : t.t('goals.request.text', { who: values.who, goal: goalTitle }),
    blocks: [
      { type: 'section', text: mrkdwn(`${sentence}\n${t.t('goals.request.open', { count: openMilestones })}`) },
      {
        type: 'actions',
        block_id: 'goal_move_actions',
        elements: moveAnswerButtons(
          pathwayId,
          confirmer === 'person' ? t.t('overview.action.yesMoved') : t.t('goals.confirmMove'),
          t,
        ),
      },
    ],
  };
}

/** To the other side once a move is confirmed or not, in their language `t`. */
export function moveAnsweredMessage(
  { person, answeredBy, goalTitle, confirmed, recipient }: MoveAnswered,
  t: Translator = english,
): OutboxPayload {
  const values = {
    goal: userText(goalTitle),
    by: mention(answeredBy.slackUserId),
    who: mention(person.slackUserId),
  };
  const text =
    recipient === 'person'
      ? confirmed
        ? t.t('goals.answered.confirmedToPerson', values)
        : t.t('goals.answered.notYetToPerson', values)
      : confirmed
        ? t.t('goals.answered.confirmedToProposer', values)
        : t.t('goals.answered.notYetToProposer', values);
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** The notices services queue, each in its recipient's language. */
export const moveNotices: MoveNotices = {
  request: (details, language) => moveRequestMessage(details, translator(language)),
  answered: (details, language) => moveAnsweredMessage(details, translator(language)),
};

/** The answer to whoever said "I moved into this role" (or proposed it for a report). */
export function moveProposedText(proposal: MoveProposal, forReport: string | null, t: Translator = english): string {
  const goal = userText(proposal.goal.title);
  if (forReport) return t.t('goals.proposed.forReport', { who: mention(forReport), goal });
  return proposal.confirmer === 'manager'
    ? t.t('goals.proposed.manager', { manager: mention(proposal.asked[0] ?? ''), goal })
    : t.t('goals.proposed.admin', { goal });
}

/** What replaces the request (or answers the click) once someone answered it. */
export function moveAnsweredText(answer: MoveAnswer, byPerson: boolean, t: Translator = english): string {
  const values = {
    goal: userText(answer.goal.title),
    who: mention(answer.person.slackUserId),
    closed: answer.closedAsNotNeeded,
  };
  if (byPerson)
    return answer.confirmed
      ? t.t('goals.answer.confirmedByPerson', values)
      : t.t('goals.answer.notYetByPerson', values);
  return answer.confirmed ? t.t('goals.answer.confirmed', values) : t.t('goals.answer.notYet', values);
}

export function moveAnsweredBlocks(text: string): KnownBlock[] {
  return [{ type: 'section', text: mrkdwn(text) }];
}
