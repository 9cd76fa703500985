/** Every builder of this area (see src/i18n/areas/conversations.ts), rendered with sample data in one language. */
import type { KnownBlock } from '@slack/types';
import {
  colleagueLines,
  colleagueSummary,
  feedbackAnsweredNotice,
  feedbackAnsweredView,
  feedbackAnswerModal,
  feedbackAskButton,
  feedbackAskedView,
  feedbackAskModal,
  feedbackNotices,
  waitingLine,
} from '../../../src/blocks/feedback.js';
import { thanksModal, thanksNotice, thanksSentText, thanksSentView } from '../../../src/blocks/thanks.js';
import type { Translator } from '../../../src/i18n/index.js';
import type { Rendered } from './types.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
/** Lines a builder returns for another surface, shown as a message so their words are checked too. */
const lines = (text: string[]): Rendered => ({ text: text.join(' '), blocks: [section(text.join('\n'))] });

const signal = { key: 's1', title: 'Curso de consultoría', description: 'Curso de consultoría' };
const signals = [signal, { ...signal, key: 's2' }];

function feedbackRenders(t: Translator): Array<[string, Rendered]> {
  const language = t.language;
  const ask = {
    requestId: 'r1',
    asker: { slackUserId: 'U0ANA' },
    signals,
    expiresAt: new Date('2027-01-25T10:00:00Z'),
  };
  const toAnswer = {
    requestId: 'r1',
    asker: { slackUserId: 'U0ANA' },
    signals,
    own: new Map([['s1', { rating: 3 as const, comment: 'Curso de consultoría' }]]),
    named: true,
    state: 'answered' as const,
  };
  const view = {
    named: [{ slackUserId: 'U0SAM', rating: 3 as const, comment: 'Curso de consultoría' }],
    together: [
      { rating: 2 as const, count: 2 },
      { rating: null, count: 1 },
    ],
    togetherComments: ['Curso de consultoría'],
    heldBack: 1,
  };
  return [
    [
      'feedback ask button',
      { text: t.t('feedback.askButton.label'), blocks: [{ type: 'actions', elements: [feedbackAskButton(t)] }] },
    ],
    [
      'feedback ask form',
      {
        view: feedbackAskModal(
          { pathwayId: 'p1', goalTitle: 'Curso de consultoría', signals, waiting: 2 },
          { slackUserIds: ['U0SAM'], signalKeys: ['s1'] },
          t,
        ),
      },
    ],
    ['feedback asked', { view: feedbackAskedView({ asked: ['U0SAM', 'U0LEA'], alreadyWaiting: ['U0MAX'] }, t) }],
    [
      'feedback asked, several waiting',
      { view: feedbackAskedView({ asked: [], alreadyWaiting: ['U0MAX', 'U0LEA'] }, t) },
    ],
    ['feedback ask DM', feedbackNotices.ask(ask, language) as Rendered],
    ['feedback reminder DM', feedbackNotices.reminder({ ...ask, signals: [signal] }, language) as Rendered],
    ['feedback answer form', { view: feedbackAnswerModal(toAnswer, t) }],
    [
      'feedback answer form, first time',
      { view: feedbackAnswerModal({ ...toAnswer, own: new Map(), named: false }, t) },
    ],
    ['feedback answered, named', { view: feedbackAnsweredView('U0ANA', true, true, t) }],
    ['feedback answered, changed', { view: feedbackAnsweredView('U0ANA', false, false, t) }],
    [
      'feedback answered notice, named',
      feedbackAnsweredNotice({ colleague: { slackUserId: 'U0SAM' }, named: true }, language) as Rendered,
    ],
    [
      'feedback answered notice, anonymous',
      feedbackAnsweredNotice({ colleague: { slackUserId: 'U0SAM' }, named: false }, language) as Rendered,
    ],
    [
      'feedback colleague lines',
      lines([...colleagueLines(view, t), `Curso de consultoría${colleagueSummary(view, t)}`]),
    ],
    [
      'feedback waiting',
      lines([
        waitingLine(
          [{ colleagueSlackUserId: 'U0SAM', signalKeys: ['s1'], askedAt: new Date('2027-01-11T09:00:00Z') }],
          t,
        ) ?? '',
      ]),
    ],
  ];
}

function thanksRenders(t: Translator): Array<[string, Rendered]> {
  const notice = {
    thanker: { slackUserId: 'U0ANA' },
    reason: 'Curso de consultoría',
    link: 'https://example.slack.com/archives/C1/p1',
    signalTitles: ['Curso de consultoría'],
    kept: true,
  };
  return [
    [
      'thanks form',
      {
        view: thanksModal(
          { to: 'U0SAM', reason: 'Curso de consultoría', link: null },
          [{ key: 's1', title: 'Curso de consultoría' }],
          t,
        ),
      },
    ],
    ['thanks DM, kept', thanksNotice(notice, t.language) as Rendered],
    [
      'thanks DM, not kept',
      thanksNotice({ ...notice, link: null, signalTitles: [], kept: false }, t.language) as Rendered,
    ],
    ['thanks sent', lines([thanksSentText('U0SAM', t)])],
    ['thanks sent view', { view: thanksSentView('U0SAM', t) }],
  ];
}

export function conversationsRenders(t: Translator): Array<[string, Rendered]> {
  return [...feedbackRenders(t), ...thanksRenders(t)];
}
