import { describe, expect, it } from 'vitest';
import {
  agendaQuestions,
  type ConversationKey,
  conversationKeyText,
  conversationOverdue,
  dayBeforeReminder,
  parseConversationKey,
  validateRecord,
  workingDayBefore,
} from '../../src/domain/conversations.js';
import { DEFAULT_WORKING_HOURS } from '../../src/domain/schedule/local-time.js';

describe('conversation rules', () => {
  it('the working day before skips the weekend', () => {
    expect(workingDayBefore('2027-01-18', [1, 2, 3, 4, 5])).toBe('2027-01-15'); // Monday → Friday
    expect(workingDayBefore('2027-01-20', [1, 2, 3, 4, 5])).toBe('2027-01-19');
    expect(workingDayBefore('2027-01-17', [7])).toBe('2027-01-10');
  });

  it('reminds as each side’s working day before opens, in their own zone', () => {
    const now = new Date('2027-01-11T10:00:00Z');
    expect(dayBeforeReminder('2027-01-18', now, 'Europe/London', DEFAULT_WORKING_HOURS)?.at.toISOString()).toBe(
      '2027-01-15T09:00:00.000Z',
    );
    expect(dayBeforeReminder('2027-01-18', now, 'America/New_York', DEFAULT_WORKING_HOURS)?.at.toISOString()).toBe(
      '2027-01-15T14:00:00.000Z',
    );
    expect(dayBeforeReminder('2027-01-18', now, 'Asia/Tokyo', DEFAULT_WORKING_HOURS)?.at.toISOString()).toBe(
      '2027-01-15T00:00:00.000Z',
    );
  });

  it('planned late: the reminder goes at once within working hours, never on the day itself', () => {
    const friday = new Date('2027-01-15T12:00:00Z');
    expect(dayBeforeReminder('2027-01-18', friday, 'Europe/London', DEFAULT_WORKING_HOURS)?.at.toISOString()).toBe(
      '2027-01-15T12:00:00.000Z',
    );
    const fridayEvening = new Date('2027-01-15T18:00:00Z');
    expect(dayBeforeReminder('2027-01-18', fridayEvening, 'Europe/London', DEFAULT_WORKING_HOURS)).toBeUndefined();
    expect(
      dayBeforeReminder('2027-01-12', new Date('2027-01-12T08:00:00Z'), 'Europe/London', DEFAULT_WORKING_HOURS),
    ).toBeUndefined();
  });

  it('a conversation is due when none was held within the cadence', () => {
    expect(conversationOverdue(undefined, '2027-01-01', 42, '2027-02-11')).toBe(false);
    expect(conversationOverdue(undefined, '2027-01-01', 42, '2027-02-12')).toBe(true);
    expect(conversationOverdue('2027-02-01', '2027-01-01', 42, '2027-02-12')).toBe(false);
  });

  it('questions come from the leadership-transition steps and rotate', () => {
    const first = agendaQuestions('Learning Strategist', 0);
    const second = agendaQuestions('Learning Strategist', 1);
    expect(first[0]).toContain('How would readiness for Learning Strategist look to the manager');
    expect(first[1]).toContain('What support is needed next');
    expect(first[2]).not.toBe(second[2]);
  });

  it('the notes form: empty rows are skipped, titled rows need an owner and a date', () => {
    const ok = validateRecord(
      {
        notes: ' Good talk ',
        actions: [{ title: 'Lead the pilot', owner: 'person', due: '2027-02-01' }, { title: '' }],
        nextOn: '2027-03-01',
      },
      '2027-01-18',
    );
    expect(ok).toEqual({
      ok: true,
      value: {
        notes: 'Good talk',
        actions: [{ title: 'Lead the pilot', owner: 'person', due: '2027-02-01' }],
        nextOn: '2027-03-01',
      },
    });
    const bad = validateRecord(
      { actions: [{ title: 'Lead the pilot', owner: 'nobody', due: '2027-01-01' }], nextOn: '2027-01-18' },
      '2027-01-18',
    );
    expect(bad).toEqual({
      ok: false,
      problems: {
        'action0.owner': 'Say who owns it.',
        'action0.due': 'Pick today or a later date.',
        nextOn: 'Pick a later date for the next conversation.',
      },
    });
  });

  it('outbox keys round-trip', () => {
    const keys: ConversationKey[] = [
      { kind: 'agenda', conversationId: 'c1', slackUserId: 'U1', scheduledOn: '2027-01-18' },
      { kind: 'reminder', conversationId: 'c1', slackUserId: 'U2', scheduledOn: '2027-01-18' },
      { kind: 'todo', actionId: 'a1', due: '2027-01-22' },
      { kind: 'due', personId: 'p1', slackUserId: 'U1', dueOn: '2027-02-12' },
      { kind: 'overdue', conversationId: 'c1', slackUserId: 'U1' },
    ];
    for (const key of keys) expect(parseConversationKey(conversationKeyText(key))).toEqual(key);
    expect(parseConversationKey('nudge:m1:before:2027-01-01')).toBeUndefined();
  });
});
