import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  colleagueLines,
  FEEDBACK_FIELDS,
  feedbackAnswerModal,
  feedbackAskModal,
  feedbackNotices,
} from '../../src/blocks/feedback.js';
import { thanksModal, thanksNotice } from '../../src/blocks/thanks.js';
import { colleagueViews } from '../../src/domain/feedback.js';

const signal = (n: number) => ({
  key: `signal-${n}`,
  title: `Signal number ${n} with a long enough title`,
  description: `What signal ${n} looks like in practice, in a sentence or two. `.repeat(3),
});

describe('feedback and thanks blocks', () => {
  it('ask with checkboxes (each signal’s words) up to ten signals, and a multi-select of titles beyond', () => {
    const few = feedbackAskModal(
      { pathwayId: 'p1', goalTitle: 'Learning Strategist', signals: [1, 2, 3].map(signal), waiting: 2 },
      { slackUserIds: ['U0SAM'], signalKeys: ['signal-2'] },
    );
    expectValidView(few);
    const many = feedbackAskModal(
      {
        pathwayId: 'p1',
        goalTitle: 'Learning Strategist',
        signals: Array.from({ length: 12 }, (_, i) => signal(i + 1)),
        waiting: 0,
      },
      { slackUserIds: [], signalKeys: ['signal-11'] },
    );
    expectValidView(many);
    const element = (view: typeof few) =>
      (
        view.blocks.find((block) => block.block_id === FEEDBACK_FIELDS.signals) as {
          element: { type: string; options: unknown[] };
        }
      ).element;
    expect(element(few).type).toBe('checkboxes');
    expect(element(many)).toMatchObject({ type: 'multi_static_select' });
    expect(element(many).options).toHaveLength(12);
    expect(JSON.stringify(few)).toContain('you can ask 3 more now');
  });

  it('the colleague’s DM, answer form and the person’s view are valid Block Kit, with a long signal list', () => {
    const signals = Array.from({ length: 12 }, (_, i) => signal(i + 1));
    const ask = feedbackNotices.ask({
      requestId: 'r1',
      asker: { slackUserId: 'U0ALICE' },
      signals,
      expiresAt: new Date('2027-01-25T10:00:00Z'),
    });
    expectValidBlocks(ask.blocks ?? [], 'message');
    expectValidView(
      feedbackAnswerModal({
        requestId: 'r1',
        asker: { slackUserId: 'U0ALICE' },
        signals,
        own: new Map([['signal-1', { rating: null, comment: 'Not seen it' }]]),
        named: true,
        state: 'answered',
      }),
    );
    const view = colleagueViews([
      { signalKey: 'signal-1', rating: 3, comment: '*bold* <!channel>', namedSlackUserId: 'U0SAM' },
      { signalKey: 'signal-1', rating: 2, comment: null, namedSlackUserId: null },
    ]).get('signal-1');
    const lines = colleagueLines(view).join('\n');
    expect(lines).toContain('<@U0SAM>: consistent');
    expect(lines).not.toContain('<!channel>');
    expect(lines).toContain('1 answer kept back');
    expectValidBlocks(
      thanksNotice({
        thanker: { slackUserId: 'U0BOB' },
        reason: 'the <!here> deck',
        link: 'https://x.slack.com/archives/C1/p1',
        signalTitles: ['Impact'],
        kept: true,
      }).blocks ?? [],
      'message',
    );
    expectValidView(
      thanksModal(
        { to: 'U0ANA', reason: 'x'.repeat(900), link: null },
        Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, title: `Signal ${i}` })),
      ),
    );
  });
});
