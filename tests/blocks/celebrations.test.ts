import { expectValidBlocks } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  celebrationConfirmation,
  celebrationPost,
  celebrationRemoved,
  channelProblemNotice,
  consentDeclined,
  consentQuestion,
  type WinCard,
  winsDigest,
} from '../../src/blocks/celebrations.js';
import type { DigestWin } from '../../src/domain/celebrations.js';

const LONG =
  'Lead a cross-functional stakeholder workshop on *learning strategy* with <!channel> & the sales leads '.repeat(40);

const milestone: WinCard = {
  slackUserId: 'U0ALICE',
  kind: 'milestone',
  achievement: 'Run the onboarding *redesign* <!here>',
  towardRole: 'Senior Instructional Designer',
};
const longWin: WinCard = { slackUserId: 'U0ALICE', kind: 'milestone', achievement: LONG, towardRole: LONG };

describe('celebration blocks', () => {
  it('says who, what and the step it leads toward, escaping what people typed', () => {
    const post = celebrationPost(milestone);
    expectValidBlocks(post.blocks, 'message');
    const text = JSON.stringify(post.blocks);
    expect(text).toContain('<@U0ALICE> completed');
    expect(text).toContain('Senior Instructional Designer');
    expect(text).toContain('&lt;!here&gt;');
    expect(text).not.toContain('<!here>');
    expect(post.text).not.toContain('<!here>');
    expect(post.blocks[0]).toMatchObject({ type: 'header' });
    expect(post.blocks.at(-1)).toMatchObject({ type: 'context' });
  });

  it('headlines goals and streaks differently and leaves out the "toward" line for a reached goal', () => {
    const goal = celebrationPost({
      slackUserId: 'U1',
      kind: 'goal',
      achievement: 'Learning Strategist',
      towardRole: null,
    });
    expect(JSON.stringify(goal.blocks)).toContain('reached their goal role');
    expect(JSON.stringify(goal.blocks)).not.toContain('A step toward');
    const streak = celebrationPost({
      slackUserId: 'U1',
      kind: 'streak',
      achievement: '6 check-ins in a row, on cadence',
      towardRole: 'Learning Strategist',
    });
    expect(JSON.stringify(streak.blocks)).toContain('6 check-ins in a row');
  });

  it('stays within Block Kit limits with very long names and titles', () => {
    for (const message of [
      celebrationPost(longWin),
      celebrationPost({ ...longWin, kind: 'goal' }),
      consentQuestion(longWin, 'C0WINS', 'c'.repeat(30)),
      celebrationConfirmation(longWin, 'C0WINS', 'c'.repeat(30), 'always'),
      celebrationRemoved(longWin, 'C0WINS'),
      consentDeclined(),
      channelProblemNotice('G0PRIVATE', 'private', { audience: 'admin', aboutUserId: 'U0ALICE' }),
      channelProblemNotice('C0OLD', 'archived', { audience: 'person' }),
    ]) {
      expectValidBlocks(message.blocks, 'message');
      expect(message.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('asks with three choices that carry the celebration id', () => {
    const question = consentQuestion(milestone, 'C0WINS', 'cel1');
    const actions = question.blocks.find((block) => block.type === 'actions');
    expect(actions).toMatchObject({
      elements: [
        { action_id: 'celebration_consent_once', value: 'cel1' },
        { action_id: 'celebration_consent_always', value: 'cel1' },
        { action_id: 'celebration_consent_never', value: 'cel1' },
      ],
    });
    expect(JSON.stringify(question.blocks)).toContain('<#C0WINS>');
  });

  it('tells how to invite the bot to a private channel', () => {
    const notice = channelProblemNotice('G0PRIVATE', 'private', { audience: 'person' });
    expect(JSON.stringify(notice.blocks)).toContain('/invite @Pathway');
    expect(JSON.stringify(notice.blocks)).toContain('<#G0PRIVATE>');
  });
});

describe('the weekly wins digest', () => {
  const win = (i: number, achievement = `Milestone ${i}`): DigestWin => ({
    slackUserId: `U${String(i).padStart(4, '0')}`,
    kind: 'milestone',
    achievement,
    towardRole: 'Learning Strategist',
    channelId: 'C0WINS',
    at: new Date(Date.UTC(2027, 0, 11, 0, i)),
  });

  it('lists every win in order, with no ranking or per-person count', () => {
    const wins = [win(1), win(2), { ...win(1), achievement: 'A second win' }];
    const digest = winsDigest(wins);
    expectValidBlocks(digest.blocks, 'message');
    const text = JSON.stringify(digest.blocks);
    expect(text.indexOf('Milestone 1')).toBeLessThan(text.indexOf('Milestone 2'));
    expect(text.indexOf('Milestone 2')).toBeLessThan(text.indexOf('A second win'));
    expect(text).not.toMatch(/\btop\b|\brank|leader|#1|most wins|\b\d+ wins\b/i);
  });

  it('stays within limits with hundreds of long wins', () => {
    const digest = winsDigest(Array.from({ length: 400 }, (_, i) => win(i, LONG)));
    expectValidBlocks(digest.blocks, 'message');
    expect(JSON.stringify(digest.blocks.at(-1))).toContain('More wins were shared this week');
  });
});
