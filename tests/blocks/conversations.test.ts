/**
 * Conversation surfaces at their largest: a full agenda (every item at its
 * length limit, many overdue milestones, long signal cases), the notes modal,
 * and text that tries to break out of mrkdwn.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  addItemModal,
  agendaBlocks,
  CONVERSATION_ACTIONS,
  conversationNotices,
  heldBlocks,
  homeConversationBlocks,
  planModal,
  recordModal,
  TODO_DONE_ACTION_PATTERN,
} from '../../src/blocks/conversations.js';
import {
  MAX_ACTION_TITLE_LENGTH,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGENDA_ITEMS,
  MAX_NOTES_LENGTH,
} from '../../src/domain/conversations.js';
import type { ConversationAgenda } from '../../src/services/conversations.js';
import { conversationAgenda } from '../support/views.js';

const HOSTILE = '<!channel> *bold* <https://evil.example|click> ';

function bigAgenda(): ConversationAgenda {
  const action = (i: number, owner: 'person' | 'manager') => ({
    id: `a${i}`,
    title: `${HOSTILE}${'t'.repeat(MAX_ACTION_TITLE_LENGTH)}`,
    owner,
    due: '2027-02-01',
    done: i % 2 === 0,
    milestonePosition: owner === 'person' ? i : null,
  });
  return conversationAgenda({
    status: 'held',
    goalTitle: `${HOSTILE}${'g'.repeat(75)}`,
    moved: {
      milestonesDone: Array.from({ length: 40 }, (_, i) => ({
        position: i + 1,
        title: `${HOSTILE}${'m'.repeat(150)}`,
        date: '2027-01-02',
      })),
      checkIns: 3,
      evidenceAdded: 12,
    },
    overdue: Array.from({ length: 60 }, (_, i) => ({
      position: i + 1,
      title: `${HOSTILE}${'o'.repeat(150)}`,
      dueDate: '2027-01-01',
    })),
    weakest: Array.from({ length: 3 }, () => ({
      title: `${HOSTILE}${'s'.repeat(75)}`,
      rating: 1 as const,
      signalCase: undefined,
    })),
    calibrationPending: { checkInId: 'k1', date: '2027-01-10' },
    lastActions: Array.from({ length: 3 }, (_, i) => action(i, i === 0 ? 'manager' : 'person')),
    questions: ['How would readiness look?', 'What support is needed?', 'Who could be a mentor?'],
    items: Array.from({ length: MAX_AGENDA_ITEMS }, (_, i) => ({
      text: `${HOSTILE}${'i'.repeat(MAX_AGENDA_ITEM_LENGTH)}`,
      authorSlackUserId: i % 2 ? 'U0DANA' : null,
      byManager: i % 2 === 1,
      date: '2027-01-11',
    })),
    notes: `${HOSTILE}${'n'.repeat(MAX_NOTES_LENGTH)}`,
    actions: Array.from({ length: 3 }, (_, i) => action(i, i === 2 ? 'manager' : 'person')),
    heldOn: '2027-01-18',
  });
}

describe('conversation blocks stay within Slack’s limits', () => {
  it('renders the fullest agenda as a message, a DM, a reminder, Home and history', () => {
    const agenda = bigAgenda();
    for (const viewer of ['person', 'manager'] as const) {
      expectValidBlocks(agendaBlocks(agenda, viewer, '2027-01-18'), 'message');
      expectValidBlocks(conversationNotices.agenda(agenda, viewer).blocks, 'message');
      expectValidBlocks(conversationNotices.reminder(agenda, viewer).blocks, 'message');
      expectValidBlocks(
        conversationNotices.recorded(
          { agenda, next: { id: 'c2', scheduledOn: '2027-03-01' }, recordedBy: viewer },
          viewer,
        ).blocks,
        'message',
      );
      expectValidBlocks(
        conversationNotices.overdue({
          recipient: viewer,
          other: { id: 'p2', slackUserId: 'U0DANA' },
          actions: agenda.actions,
        }).blocks,
        'message',
      );
    }
    expectValidBlocks(homeConversationBlocks(agenda, { id: 'p1' }, true, '2027-01-11'), 'home');
    expectValidBlocks(heldBlocks([agenda, agenda, agenda]), 'message');
    expectValidBlocks(
      conversationNotices.todo({
        actionId: 'a1',
        title: 'x'.repeat(MAX_ACTION_TITLE_LENGTH),
        due: '2027-01-20',
        report: { id: 'p1', slackUserId: 'U0ALICE' },
      }).blocks,
      'message',
    );
    expectValidBlocks(
      conversationNotices.due({
        person: { id: 'p1', slackUserId: 'U0ALICE' },
        manager: { id: 'p2', slackUserId: 'U0DANA' },
        recipient: 'manager',
        lastHeldOn: null,
        cadenceDays: 42,
      }).blocks,
      'message',
    );
    const text = JSON.stringify(agendaBlocks(agenda, 'person'));
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil.example');
  });

  it('a manager with several overdue to-dos gets one Done button each, with ids Slack accepts and the listener takes', () => {
    const todo = (i: number) => ({
      id: `a${i}`,
      title: `To-do ${i}`,
      owner: 'manager' as const,
      due: '2027-01-01',
      done: false,
      milestonePosition: null,
    });
    const blocks =
      conversationNotices.overdue({
        recipient: 'manager',
        other: { id: 'p1', slackUserId: 'U0ALICE' },
        actions: [todo(1), todo(2), todo(3)],
      }).blocks ?? [];
    expectValidBlocks(blocks, 'message');
    const ids = (
      blocks.find((block) => block.type === 'actions') as { elements: Array<{ action_id: string; value: string }> }
    ).elements.map((element) => element.action_id);
    expect(new Set(ids).size).toBe(3);
    for (const id of [...ids, CONVERSATION_ACTIONS.todoDone]) expect(id).toMatch(TODO_DONE_ACTION_PATTERN);
    expect('conversation_todo_done_other').not.toMatch(TODO_DONE_ACTION_PATTERN);
  });

  it('renders the plan, add-item and notes modals', () => {
    const agenda = bigAgenda();
    expectValidView(planModal({ id: 'p1', slackUserId: 'U0ALICE' }, 'manager', '2027-01-18', '2027-01-20'));
    expectValidView(
      addItemModal(agenda, 'person', { conversationId: 'c1', responseUrl: 'https://hooks.slack.com/actions/T/1/x' }),
    );
    expectValidView(recordModal(agenda, 'manager', '2027-03-01', { conversationId: 'c1' }));
  });
});
