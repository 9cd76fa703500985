/** Every builder of this area (see src/i18n/areas/conversations.ts), rendered with sample data in one language. */
import type { KnownBlock } from '@slack/types';
import {
  addItemModal,
  agendaBlocks,
  agendaText,
  conversationNotices,
  conversationProblemText,
  heldBlocks,
  homeConversationBlocks,
  nothingPlannedBlocks,
  planModal,
  plannedText,
  plannedTitle,
  recordedText,
  recordedTitle,
  recordModal,
  startButton,
} from '../../../src/blocks/conversations.js';
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
import {
  managerAnsweredText,
  managerNotices,
  managerRequestedText,
  noReportsText,
  reportPathwayView,
  teamBlocks,
  teamHomeBlocks,
  teamText,
} from '../../../src/blocks/team.js';
import { thanksModal, thanksNotice, thanksSentText, thanksSentView } from '../../../src/blocks/thanks.js';
import { agendaQuestions, CONVERSATION_PROBLEMS } from '../../../src/domain/conversations.js';
import { fillProblem } from '../../../src/domain/problems.js';
import { english, type Translator } from '../../../src/i18n/index.js';
import type { ConversationAgenda } from '../../../src/services/conversations.js';
import type { TeamMember } from '../../../src/services/managers.js';
import { conversationAgenda } from '../../support/views.js';
import { type Rendered, textBlocks } from './types.js';

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

const TITLE = 'Curso de consultoría';

function agendaSample(): ConversationAgenda {
  const action = (i: number, owner: 'person' | 'manager', done: boolean) => ({
    id: `a${i}`,
    title: TITLE,
    owner,
    due: '2027-02-01',
    done,
    milestonePosition: owner === 'person' && i > 0 ? i : null,
  });
  return conversationAgenda({
    status: 'scheduled',
    person: { id: 'p1', slackUserId: 'U0ANA' },
    goalTitle: TITLE,
    moved: {
      milestonesDone: Array.from({ length: 6 }, (_, i) => ({ position: i + 1, title: TITLE, date: '2027-01-02' })),
      checkIns: 2,
      evidenceAdded: 1,
    },
    overdue: Array.from({ length: 7 }, (_, i) => ({ position: i + 1, title: TITLE, dueDate: '2027-01-01' })),
    weakest: [
      { title: TITLE, rating: 2 as const, signalCase: undefined },
      { title: TITLE, rating: null, signalCase: undefined },
    ],
    calibrationPending: { checkInId: 'k1', date: '2027-01-10' },
    lastActions: [action(0, 'person', true), action(1, 'person', false), action(2, 'manager', false)],
    questions: agendaQuestions(TITLE, 0, 7),
    items: [
      { text: TITLE, authorSlackUserId: 'U0DANA', byManager: true, date: '2027-01-11' },
      { text: TITLE, authorSlackUserId: null, byManager: false, date: '2027-01-11' },
    ],
    notes: TITLE,
    actions: [action(0, 'person', false), action(3, 'person', false), action(4, 'manager', true)],
    heldOn: '2027-01-18',
  });
}

function conversationRenders(t: Translator): Array<[string, Rendered]> {
  const language = t.language;
  const agenda = agendaSample();
  const empty: ConversationAgenda = {
    ...agenda,
    goalTitle: null,
    questions: agendaQuestions(english.t('conversation.nextRole'), 1),
    lastHeldOn: null,
    moved: { milestonesDone: [], checkIns: 0, evidenceAdded: 0 },
    overdue: [],
    weakest: [],
    calibrationPending: null,
    lastActions: [],
    items: [],
    manager: null,
    notes: null,
    actions: [],
  };
  const subject = { id: 'p1', slackUserId: 'U0ANA' };
  const metadata = { conversationId: 'c1' };
  const recorded = { agenda, next: { id: 'c2', scheduledOn: '2027-03-01' }, recordedBy: 'manager' as const };
  const notRecorded = { agenda: empty, next: null, recordedBy: 'person' as const };
  const message = (text: string, blocks: KnownBlock[]): Rendered => ({ text, blocks });
  return [
    [
      'conversation form problems',
      textBlocks(
        Object.values(CONVERSATION_PROBLEMS).map((template) =>
          conversationProblemText(fillProblem(template, { max: 500 }), t),
        ),
      ),
    ],
    [
      'conversation start button',
      message(agendaText('none', t), [
        { type: 'actions', elements: [startButton('p1', undefined, 'Ana', t)] },
        { type: 'actions', elements: [startButton('p1', undefined, undefined, t)] },
      ]),
    ],
    ['conversation plan form', { view: planModal(subject, 'manager', '2027-01-18', undefined, t) }],
    ['conversation move form', { view: planModal(subject, 'person', '2027-01-18', '2027-01-20', t) }],
    [
      'conversation planned',
      { text: plannedTitle(false, t), blocks: [section(plannedText(agenda, 'person', false, t))] },
    ],
    ['conversation moved', { text: plannedTitle(true, t), blocks: [section(plannedText(empty, 'person', true, t))] }],
    ['conversation agenda, person', message(agendaText('next', t), agendaBlocks(agenda, 'person', '2027-01-18', t))],
    [
      'conversation agenda, manager',
      message(agendaText('withItem', t), agendaBlocks(agenda, 'manager', '2027-01-11', t)),
    ],
    ['conversation agenda, empty', message(agendaText('next', t), agendaBlocks(empty, 'person', '2027-01-11', t))],
    [
      'conversation nothing planned, person',
      message(agendaText('none', t), nothingPlannedBlocks(subject, 'person', [agenda], t)),
    ],
    [
      'conversation nothing planned, manager',
      message(agendaText('none', t), nothingPlannedBlocks(subject, 'manager', [], t)),
    ],
    ['conversation held', message(agendaText('none', t), heldBlocks([agenda], 3, t))],
    [
      'conversation on Home',
      message(agendaText('next', t), homeConversationBlocks(agenda, { id: 'p1' }, true, '2027-01-11', t)),
    ],
    [
      'conversation on Home, none',
      message(agendaText('none', t), homeConversationBlocks(null, { id: 'p1' }, true, '2027-01-11', t)),
    ],
    ['conversation add item', { view: addItemModal(agenda, 'manager', metadata, t) }],
    ['conversation notes form, person', { view: recordModal(agenda, 'person', '2027-03-01', metadata, t) }],
    ['conversation notes form, manager', { view: recordModal(agenda, 'manager', '2027-03-01', metadata, t) }],
    ['conversation recorded', { text: recordedTitle(t), blocks: [section(recordedText(recorded, 'manager', t))] }],
    [
      'conversation recorded, nothing agreed',
      { text: recordedTitle(t), blocks: [section(recordedText(notRecorded, 'person', t))] },
    ],
    ['conversation agenda DM', conversationNotices.agenda(agenda, 'manager', language) as Rendered],
    ['conversation reminder DM', conversationNotices.reminder(agenda, 'person', language) as Rendered],
    ['conversation notes DM, person', conversationNotices.recorded(recorded, 'person', language) as Rendered],
    ['conversation notes DM, manager', conversationNotices.recorded(notRecorded, 'manager', language) as Rendered],
    [
      'conversation to-do DM',
      conversationNotices.todo(
        { actionId: 'a1', title: TITLE, due: '2027-01-20', report: subject },
        language,
      ) as Rendered,
    ],
    [
      'conversation overdue DM, manager',
      conversationNotices.overdue(
        { recipient: 'manager', other: subject, actions: agenda.actions },
        language,
      ) as Rendered,
    ],
    [
      'conversation overdue DM, person',
      conversationNotices.overdue(
        { recipient: 'person', other: { id: 'p2', slackUserId: 'U0DANA' }, actions: agenda.actions },
        language,
      ) as Rendered,
    ],
    [
      'conversation due DM',
      conversationNotices.due(
        {
          person: subject,
          manager: { id: 'p2', slackUserId: 'U0DANA' },
          recipient: 'manager',
          lastHeldOn: '2026-11-01',
          cadenceDays: 42,
        },
        language,
      ) as Rendered,
    ],
    [
      'conversation due DM, first',
      conversationNotices.due(
        {
          person: subject,
          manager: { id: 'p2', slackUserId: 'U0DANA' },
          recipient: 'person',
          lastHeldOn: null,
          cadenceDays: 42,
        },
        language,
      ) as Rendered,
    ],
  ];
}

/** Reports without a pathway or check-in: the rows of a pathway come from the plan and readiness builders of other areas. */
function teamRenders(t: Translator): Array<[string, Rendered]> {
  const language = t.language;
  const member = (n: number): TeamMember => ({
    person: { id: `p${n}`, slackUserId: `U0P${n}`, displayName: n === 1 ? null : `Ana ${n}` },
    pathway: null,
    readiness: null,
    daysSinceCheckIn: null,
  });
  const members = [member(1), member(2)];
  return [
    ['team', { text: teamText(30, t), blocks: teamBlocks(members, 30, t) }],
    ['team, all shown', { text: teamText(2, t), blocks: teamBlocks(members, 2, t) }],
    ['team, none', lines([noReportsText(t)])],
    ['team on Home', { text: teamText(9, t), blocks: teamHomeBlocks(members, 9, t) }],
    ['team on Home, all shown', { text: teamText(2, t), blocks: teamHomeBlocks(members, 2, t) }],
    ['report pathway', { view: reportPathwayView(member(2), t) }],
    ['manager requested', lines([managerRequestedText('U0DANA', true, t)])],
    ['manager accepted', lines([managerAnsweredText('U0ANA', true, t)])],
    ['manager declined', lines([managerAnsweredText('U0ANA', false, t)])],
    [
      'manager request DM',
      managerNotices.request(
        { requestId: 'r1', person: { id: 'p1', slackUserId: 'U0ANA', displayName: 'Ana' } },
        language,
      ) as Rendered,
    ],
    [
      'manager accepted DM',
      managerNotices.answered(
        { manager: { id: 'p2', slackUserId: 'U0DANA', displayName: 'Dana' }, accepted: true },
        language,
      ) as Rendered,
    ],
    [
      'manager declined DM',
      managerNotices.answered(
        { manager: { id: 'p2', slackUserId: 'U0DANA', displayName: 'Dana' }, accepted: false },
        language,
      ) as Rendered,
    ],
    [
      'manager replaced DM',
      managerNotices.replaced({ person: { id: 'p1', slackUserId: 'U0ANA', displayName: 'Ana' } }, language) as Rendered,
    ],
  ];
}

export function conversationsRenders(t: Translator): Array<[string, Rendered]> {
  return [...feedbackRenders(t), ...thanksRenders(t), ...conversationRenders(t), ...teamRenders(t)];
}
