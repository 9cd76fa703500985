import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/commands.js';
import {
  type ColleagueAnswer,
  colleagueSpread,
  colleagueViews,
  feedbackTimes,
  parseFeedbackKey,
  requestState,
  signalsByNumber,
  thanksReason,
} from '../../src/domain/feedback.js';

const answer = (
  rating: 1 | 2 | 3 | 4 | null,
  named: string | null = null,
  comment: string | null = null,
  signalKey = 'impact',
): ColleagueAnswer => ({ signalKey, rating, comment, namedSlackUserId: named });

describe('what the person sees of colleagues’ answers', () => {
  it('keeps one unnamed answer back, and counts two or more together (never an average)', () => {
    expect(colleagueViews([answer(3, null, 'Good')]).get('impact')).toEqual({
      named: [],
      together: [],
      togetherComments: [],
      heldBack: 1,
    });
    const two = colleagueViews([answer(3, null, 'Zed says yes'), answer(2, null, 'Also good'), answer(null)]).get(
      'impact',
    )!;
    expect(two.together).toEqual([
      { rating: 3, count: 1 },
      { rating: 2, count: 1 },
      { rating: null, count: 1 },
    ]);
    // Comments without names come in a fixed order that says nothing about who wrote which.
    expect(two.togetherComments).toEqual(['Also good', 'Zed says yes']);
    expect(colleagueSpread(two)).toBe('1 consistent, 1 emerging, 1 haven’t seen it');
  });

  it('shows a named answer on its own, and never lets it uncover an unnamed one', () => {
    const view = colleagueViews([answer(4, 'U0SAM', 'Led it'), answer(2)]).get('impact')!;
    expect(view.named).toEqual([{ slackUserId: 'U0SAM', rating: 4, comment: 'Led it' }]);
    expect(view.together).toEqual([]);
    expect(view.heldBack).toBe(1);
    expect(colleagueSpread(view)).toBe('1 role model');
  });

  it('keeps signals apart', () => {
    const views = colleagueViews([answer(3, 'U0SAM'), answer(1, null, null, 'systems')]);
    expect([...views.keys()]).toEqual(['impact', 'systems']);
    expect(views.get('systems')!.heldBack).toBe(1);
  });
});

describe('feedback requests', () => {
  it('are answered, waiting, or closed once they expire, never refused', () => {
    const now = new Date('2027-01-10T00:00:00Z');
    expect(requestState({ answeredAt: null, expiresAt: new Date('2027-01-11T00:00:00Z') }, now)).toBe('waiting');
    expect(requestState({ answeredAt: null, expiresAt: new Date('2027-01-09T00:00:00Z') }, now)).toBe('closed');
    expect(requestState({ answeredAt: now, expiresAt: new Date('2027-01-09T00:00:00Z') }, now)).toBe('answered');
  });

  it('remind once, a few days on, inside the colleague’s working hours', () => {
    const hours = { startHour: 9, endHour: 17, workingDays: [1, 2, 3, 4, 5] };
    // Asked on Friday evening in London: three days on is Monday 18:00, so Tuesday 09:00.
    const times = feedbackTimes(new Date('2027-01-15T18:00:00Z'), { zone: 'Europe/London', hours });
    expect(times.remindAt.toISOString()).toBe('2027-01-19T09:00:00.000Z');
    expect(times.expiresAt.toISOString()).toBe('2027-01-29T18:00:00.000Z');
  });

  it('name their outbox messages, and signals by the numbers people type', () => {
    expect(parseFeedbackKey('feedback-reminder:cabc123')).toEqual({ kind: 'reminder', requestId: 'cabc123' });
    expect(parseFeedbackKey('conversation:cabc:agenda:U1:2027-01-01')).toBeUndefined();
    expect(signalsByNumber([3, 1, 3, 9], ['a', 'b', 'c'])).toEqual({ keys: ['c', 'a'], unknown: [9] });
  });
});

describe('/pathway feedback and /pathway thanks', () => {
  it('reads colleagues and signal numbers, and says what to type otherwise', () => {
    expect(parseCommand('feedback <@U0SAM|sam> <@U0TOM> 1 3')).toEqual({
      ok: true,
      command: { kind: 'feedback', slackUserIds: ['U0SAM', 'U0TOM'], signalNumbers: [1, 3] },
    });
    expect(parseCommand('feedback')).toEqual({
      ok: true,
      command: { kind: 'feedback', slackUserIds: [], signalNumbers: [] },
    });
    const wrong = parseCommand('feedback sam please');
    expect(wrong.ok === false && wrong.kind === 'invalid' && wrong.problems[0]).toContain('mention colleagues with @');
  });

  it('reads who to thank and what for', () => {
    expect(parseCommand('thanks <@U0ANA|ana> for running the Q3 workshop')).toEqual({
      ok: true,
      command: { kind: 'thanks', slackUserId: 'U0ANA', reason: 'running the Q3 workshop' },
    });
    expect(parseCommand('thanks')).toEqual({ ok: true, command: { kind: 'thanksForm' } });
    const noReason = parseCommand('thanks <@U0ANA>');
    expect(noReason.ok === false && noReason.kind === 'invalid' && noReason.problems[0]).toContain(
      'say what you thank them for',
    );
    expect(parseCommand('thank <@U0ANA> for it')).toMatchObject({
      ok: false,
      kind: 'unknown',
      suggestion: { name: 'thanks' },
    });
    expect(thanksReason('  For the deck ')).toBe('the deck');
  });
});
