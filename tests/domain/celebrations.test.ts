import { describe, expect, it } from 'vitest';
import {
  applyChoice,
  celebrationKeys,
  channelProblemOf,
  channelRefSchema,
  checkInStreak,
  consentDecision,
  type DigestWin,
  groupWinsByChannel,
  isCelebratedStreak,
  latestDigest,
  resolveCelebrationChannel,
  subjectKey,
  subjectOfPostKey,
} from '../../src/domain/celebrations.js';

describe('consent', () => {
  it('posts only for "always", asks for "ask" and does nothing for "never"', () => {
    expect(consentDecision('always')).toBe('post');
    expect(consentDecision('ask')).toBe('ask');
    expect(consentDecision('never')).toBe('skip');
  });

  it('"this time" posts and keeps asking; "always" and "never" change the standing consent', () => {
    expect(applyChoice('once')).toEqual({ post: true, consent: null });
    expect(applyChoice('always')).toEqual({ post: true, consent: 'always' });
    expect(applyChoice('never')).toEqual({ post: false, consent: 'never' });
  });
});

describe('the celebration channel', () => {
  it('prefers the person, then the team, then the workspace', () => {
    expect(resolveCelebrationChannel({ person: 'CP', team: 'CT', workspace: 'CW' })).toEqual({
      channelId: 'CP',
      source: 'person',
    });
    expect(resolveCelebrationChannel({ person: null, team: 'CT', workspace: 'CW' })).toEqual({
      channelId: 'CT',
      source: 'team',
    });
    expect(resolveCelebrationChannel({ person: null, team: null, workspace: 'CW' })).toEqual({
      channelId: 'CW',
      source: 'workspace',
    });
    expect(resolveCelebrationChannel({ person: null, team: null, workspace: null })).toBeNull();
  });

  it('reads channel references as Slack escapes them, and refuses plain words', () => {
    expect(channelRefSchema.parse('<#C0WINS|team-wins>')).toBe('C0WINS');
    expect(channelRefSchema.parse('<#G0PRIV>')).toBe('G0PRIV');
    expect(channelRefSchema.parse(' C0WINS ')).toBe('C0WINS');
    const wrong = channelRefSchema.safeParse('team-wins');
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toContain('pick the channel with #');
  });

  it('tells private and archived channels apart from errors worth retrying', () => {
    expect(channelProblemOf('channel_not_found')).toBe('private');
    expect(channelProblemOf('method_not_supported_for_channel_type')).toBe('private');
    expect(channelProblemOf('is_archived')).toBe('archived');
    expect(channelProblemOf('ratelimited')).toBeNull();
    expect(channelProblemOf('not_in_channel')).toBeNull();
  });
});

describe('wins', () => {
  it('names each win once, and its channel post as celebrate:milestone:<id>', () => {
    expect(subjectKey({ kind: 'milestone', milestoneId: 'm1' })).toBe('milestone:m1');
    expect(subjectKey({ kind: 'goal', pathwayId: 'p1' })).toBe('goal:p1');
    expect(subjectKey({ kind: 'streak', since: 'c1', count: 6 })).toBe('streak:c1:6');
    expect(celebrationKeys('milestone:m1').post).toBe('celebrate:milestone:m1');
    expect(subjectOfPostKey('celebrate:milestone:m1')).toBe('milestone:m1');
    expect(subjectOfPostKey('wins-digest:C1:2027-W02')).toBeNull();
  });

  it('celebrates round streaks only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12, 18, 20].filter(isCelebratedStreak)).toEqual([3, 6, 12, 18]);
  });

  describe('check-in streaks', () => {
    const day = (n: number) => ({ id: `c${n}`, at: new Date(Date.UTC(2027, 0, 1) + n * 86_400_000) });

    it('counts check-ins on a 28-day cadence back from the latest, with a week of grace', () => {
      expect(checkInStreak([day(0), day(28), day(60), day(95)], 28)).toEqual({ count: 4, since: 'c0' });
      expect(checkInStreak([day(0), day(36), day(64)], 28)).toEqual({ count: 2, since: 'c36' });
      expect(checkInStreak([day(5)], 28)).toEqual({ count: 1, since: 'c5' });
      expect(checkInStreak([], 28)).toBeNull();
    });

    it('counts check-ins close together once, so a streak cannot be farmed', () => {
      expect(checkInStreak([day(0), day(1), day(2), day(3)], 28)).toEqual({ count: 1, since: 'c3' });
      expect(checkInStreak([day(0), day(20), day(28), day(30), day(56)], 28)).toEqual({ count: 3, since: 'c0' });
    });
  });
});

describe('the weekly digest moment', () => {
  it('is the latest Friday 15:00 in the workspace zone, with the week before it', () => {
    // Friday 2027-01-15 15:30 in Berlin (14:30 UTC).
    const digest = latestDigest(new Date('2027-01-15T14:30:00Z'), 'Europe/Berlin', 5, 15);
    expect(digest.moment.toISOString()).toBe('2027-01-15T14:00:00.000Z');
    expect(digest.windowStart.toISOString()).toBe('2027-01-08T14:00:00.000Z');
    expect(digest.isoWeek).toBe('2027-W02');
  });

  it('falls back to last week before this week’s moment', () => {
    const digest = latestDigest(new Date('2027-01-15T13:59:00Z'), 'Europe/Berlin', 5, 15);
    expect(digest.moment.toISOString()).toBe('2027-01-08T14:00:00.000Z');
    expect(digest.isoWeek).toBe('2027-W01');
  });

  it('keeps the local hour across a DST change (the window is 167 hours that week)', () => {
    const digest = latestDigest(new Date('2027-04-02T14:00:00Z'), 'Europe/Berlin', 5, 15);
    expect(digest.moment.toISOString()).toBe('2027-04-02T13:00:00.000Z');
    expect(digest.windowStart.toISOString()).toBe('2027-03-26T14:00:00.000Z');
  });
});

describe('grouping the week’s wins', () => {
  const win = (channelId: string, slackUserId: string, at: string): DigestWin => ({
    channelId,
    slackUserId,
    kind: 'milestone',
    achievement: `win of ${slackUserId}`,
    towardRole: null,
    at: new Date(at),
  });

  it('groups by channel in the order the wins happened, and leaves out channels without wins', () => {
    const grouped = groupWinsByChannel([
      win('C2', 'U3', '2027-01-13T10:00:00Z'),
      win('C1', 'U1', '2027-01-12T10:00:00Z'),
      win('C1', 'U2', '2027-01-11T10:00:00Z'),
    ]);
    expect([...grouped.keys()].sort()).toEqual(['C1', 'C2']);
    expect(grouped.get('C1')!.map((w) => w.slackUserId)).toEqual(['U2', 'U1']);
    expect(groupWinsByChannel([]).size).toBe(0);
  });
});
