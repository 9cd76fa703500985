/**
 * Evidence, suggestion and goal-move surfaces at their largest: the most
 * signals a role may have, a pathway with many milestones, evidence and
 * examples at their length limits, and text that tries to break out of mrkdwn.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { calibrationModal, checkInModal } from '../../src/blocks/checkin.js';
import {
  caseSummary,
  evidenceSavedView,
  readinessCaseModal,
  saveEvidenceModal,
  WINS_PAGE_SIZE,
  type WinsLog,
  winsBlocks,
  winsModal,
} from '../../src/blocks/evidence.js';
import { moveNotices } from '../../src/blocks/goals.js';
import { homeView } from '../../src/blocks/home.js';
import { renderScheduled } from '../../src/blocks/nudges.js';
import { overviewBlocks } from '../../src/blocks/overview.js';
import {
  commentModal,
  commentNotice,
  pendingSuggestionBlocks,
  suggestionEditModal,
  suggestionNotices,
  suggestModal,
} from '../../src/blocks/suggestions.js';
import { reportPathwayView } from '../../src/blocks/team.js';
import {
  MAX_COMMENT_LENGTH,
  MAX_EVIDENCE_TEXT_LENGTH,
  readinessCases,
  type WinEntry,
  winsPage,
} from '../../src/domain/evidence.js';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_KEY_LENGTH,
  MAX_SIGNALS_PER_ROLE,
  MAX_TITLE_LENGTH,
} from '../../src/domain/framework/schema.js';
import { MAX_EXAMPLE_LENGTH } from '../../src/domain/readiness.js';
import type { LastAnswer } from '../../src/services/checkins.js';
import type { MilestoneView, Overview, PathwayView } from '../../src/services/overview.js';
import type { SuggestionView } from '../../src/services/suggestions.js';
import { calibratedCheckIn } from '../support/views.js';

const hostile = '*Bold* <!channel> <@U0EVIL> <https://evil.test|click> ~x~ _y_ `z` ';
const long = (n: number) => hostile.repeat(Math.ceil(n / hostile.length)).slice(0, n);
const longTitle = (i: number) => `${i} ${long(200)}`.slice(0, MAX_TITLE_LENGTH);
const signals = Array.from({ length: MAX_SIGNALS_PER_ROLE }, (_, i) => ({
  key: `${'k'.repeat(MAX_KEY_LENGTH - 3)}-${String(i).padStart(2, '0')}`,
  title: longTitle(i),
  description: 'd'.repeat(MAX_DESCRIPTION_LENGTH),
  resources: [],
}));
const MILESTONES = 150;
const caseMilestones = Array.from({ length: MILESTONES }, (_, i) => ({
  id: `m${i}`,
  position: i + 1,
  title: `${i} ${long(150)}`.slice(0, 150),
  signalKeys: signals.map((s) => s.key),
  state: (['done', 'open', 'not-needed'] as const)[i % 3]!,
}));
const link = 'https://example.slack.com/archives/C0123/p1700000000000100?x=|>';

function entries(): WinEntry[] {
  const list: WinEntry[] = [];
  caseMilestones.forEach((m, i) => {
    const milestone = { id: m.id, position: m.position, title: m.title };
    list.push({
      key: `done:${i}`,
      kind: 'done',
      at: i,
      date: '2027-01-04',
      text: long(MAX_EVIDENCE_TEXT_LENGTH),
      link,
      milestone,
      signalKeys: [],
      author: { role: 'self' },
    });
    list.push({
      key: `c:${i}`,
      kind: 'comment',
      at: i,
      date: '2027-01-04',
      text: long(MAX_COMMENT_LENGTH),
      link: null,
      milestone,
      signalKeys: [],
      author: { role: 'manager', slackUserId: 'U0DANA' },
    });
    list.push({
      key: `m:${i}`,
      kind: 'message',
      at: i,
      date: '2027-01-04',
      text: long(MAX_EVIDENCE_TEXT_LENGTH),
      link,
      milestone: null,
      signalKeys: signals.map((s) => s.key),
      author: { role: 'self' },
    });
  });
  signals.forEach((s, i) => {
    for (let n = 0; n < 20; n++) {
      list.push({
        key: `e:${i}:${n}`,
        kind: 'example',
        at: n,
        date: '2027-01-04',
        text: long(MAX_EXAMPLE_LENGTH),
        link: null,
        milestone: null,
        signalKeys: [s.key],
        author: { role: 'self' },
        rating: 3,
      });
    }
  });
  list.push({
    key: 'cal',
    kind: 'calibration',
    at: 1,
    date: '2027-01-04',
    text: long(1000),
    link: null,
    milestone: null,
    signalKeys: [],
    author: { role: 'manager', slackUserId: null },
  });
  return list;
}

function log(page = 1): WinsLog {
  return {
    pathwayId: 'cpathway',
    goalTitle: longTitle(99),
    active: true,
    subjectSlackUserId: 'U0ALICE',
    signals,
    page: winsPage(entries(), page, WINS_PAGE_SIZE),
  };
}

const cases = readinessCases(signals, caseMilestones, entries());
const caseMap = new Map(cases.map((c) => [c.key, c]));

function milestoneViews(): MilestoneView[] {
  return caseMilestones.map((m, i) => ({
    id: m.id,
    position: m.position,
    title: m.title,
    kind: 'project',
    dueDate: '2027-03-01',
    link: null,
    done: i % 2 === 0,
    doneDate: i % 2 === 0 ? '2027-01-01' : null,
    daysLeft: i % 2 === 0 ? null : -3,
    agreed: i % 5 === 0,
  }));
}

function pathway(move: PathwayView['move'] = null): PathwayView {
  const role = { key: 'r', title: longTitle(1), stageTitle: 'Stage', stageOrder: 2 };
  const milestones = milestoneViews();
  return {
    id: 'cpathway',
    from: role,
    goal: role,
    moveKind: 'ladder',
    targetDate: '2027-09-30',
    milestones,
    doneCount: 75,
    overdueCount: 75,
    stageCount: 4,
    move,
  };
}

const suggestion = (i: number): SuggestionView => ({
  id: `s${i}`,
  title: long(150),
  kind: 'project',
  dueDate: '2027-03-01',
  signalTitles: signals.map((s) => s.title),
  note: long(500),
  manager: { slackUserId: 'U0DANA' },
});

describe('evidence surfaces within Block Kit limits', () => {
  it('a page of the wins log, as a message and as a modal, with mrkdwn and links escaped', () => {
    for (const page of [1, 2, log().page.pages]) {
      const blocks = winsBlocks(log(page), true);
      expectValidBlocks(blocks, 'message');
      expectValidView(winsModal(log(page), false));
      const text = JSON.stringify(blocks);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<@U0EVIL>');
      expect(text).toContain('p1700000000000100?x=%7C%3E|');
    }
    expect(log().page.pages).toBeGreaterThan(40);
  });

  it('the readiness case modal with every signal served by 150 milestones and long evidence', () => {
    const view = readinessCaseModal(
      { goalTitle: longTitle(5), subject: { id: 'p', slackUserId: 'U0ALICE' }, cases },
      true,
    );
    expectValidView(view);
    expect(JSON.stringify(view)).toContain('more in the wins log');
  });

  it('the check-in modal starting from long last examples, with each signal’s case', () => {
    const last = new Map<string, LastAnswer>(
      signals.map((s) => [s.key, { rating: 3, example: 'e'.repeat(MAX_EXAMPLE_LENGTH), date: '2027-01-04' }]),
    );
    const view = checkInModal(
      { pathwayId: 'cpathway', frameworkVersionId: 'v', goal: { key: 'g', title: longTitle(0) }, signals },
      { last, cases: caseMap },
    );
    expectValidView(view);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const first = view.blocks.find((b) => b.type === 'input' && b.block_id === `rating:${signals[0]!.key}`) as {
      element: { initial_option?: { value: string } };
    };
    expect(first.element.initial_option?.value).toBe('3');
  });

  it('the calibration modal with each signal’s case', () => {
    const detail = calibratedCheckIn(signals, {
      pathwayId: 'cpathway',
      goalTitle: longTitle(9),
      managerComment: 'c'.repeat(1000),
    });
    expectValidView(calibrationModal(detail, caseMap));
    expect(caseSummary(undefined)).toBe('');
  });

  it('Save as evidence with 150 milestones (options capped), a long message and no permalink', () => {
    const targets = {
      pathwayId: 'cpathway',
      goalTitle: longTitle(3),
      milestones: caseMilestones.map((m, i) => ({ id: m.id, position: m.position, title: m.title, done: i % 2 === 0 })),
      signals,
    };
    expectValidView(saveEvidenceModal(targets, { note: long(5000), link: null }, 'notice'));
    expectValidView(saveEvidenceModal({ ...targets, milestones: [], signals: [] }, { note: '', link }, null));
    expectValidView(evidenceSavedView({ position: 3, title: long(150) }));
  });

  it('Home with a long plan, pending suggestions, wins and a pending move stays under 100 blocks', () => {
    const overview: Overview = {
      today: '2027-01-11',
      pathway: pathway({ proposedOn: '2027-01-10', byManager: true }),
      lastCheckIn: null,
      readiness: null,
    };
    const view = homeView(overview, {
      wins: log(),
      suggestions: [suggestion(1), suggestion(2), suggestion(3), suggestion(4)],
      history: [],
      admin: true,
    });
    expectValidView(view);
    expectValidBlocks(overviewBlocks(overview), 'message');
  });

  it('the manager’s suggestion and comment forms, DMs and notices', () => {
    const form = { pathwayId: 'cpathway', goalTitle: longTitle(2), signals };
    expectValidView(suggestModal(form, { id: 'p', slackUserId: 'U0ALICE' }, '2027-02-08'));
    expectValidView(
      suggestionEditModal(suggestion(1), '2027-03-01', {
        suggestionId: 's1',
        responseUrl: 'https://hooks.slack.com/x',
      }),
    );
    expectValidView(commentModal({ id: 'p', slackUserId: 'U0ALICE' }, 'cpathway', caseMilestones));
    expectValidBlocks(
      suggestionNotices.suggested(
        { suggestion: suggestion(1), manager: { slackUserId: 'U0DANA' } },
        { language: null, locale: null },
      ).blocks,
      'message',
    );
    for (const outcome of ['accepted', 'edited', 'declined'] as const) {
      const milestone = {
        id: 'm',
        pathwayId: 'p',
        position: 12,
        title: long(150),
        kind: 'project' as const,
        dueDate: '2027-03-01',
        link: null,
        doneDate: null,
      };
      expectValidBlocks(
        suggestionNotices.answered(
          { suggestion: suggestion(1), report: { slackUserId: 'U0ALICE' }, outcome, milestone },
          { language: null, locale: null },
        ).blocks,
        'message',
      );
    }
    expectValidBlocks(pendingSuggestionBlocks([suggestion(1)]), 'message');
    const milestone = {
      id: 'm',
      pathwayId: 'p',
      position: 1,
      title: long(150),
      kind: 'course' as const,
      dueDate: '2027-03-01',
      link: null,
      doneDate: null,
    };
    const notice = commentNotice({ manager: { slackUserId: 'U0DANA' }, milestone, text: long(MAX_COMMENT_LENGTH) });
    expectValidBlocks(notice.blocks, 'message');
    expect(JSON.stringify(notice.blocks)).not.toContain('<!channel>');
  });

  it('a report’s pathway with every manager action, in each state of a move', () => {
    for (const move of [
      null,
      { proposedOn: '2027-01-10', byManager: false },
      { proposedOn: '2027-01-10', byManager: true },
    ]) {
      const view = reportPathwayView({
        person: { id: 'p', slackUserId: 'U0ALICE', displayName: 'Alice' },
        pathway: pathway(move),
        readiness: null,
        daysSinceCheckIn: null,
      });
      expectValidView(view);
      const text = JSON.stringify(view);
      expect(text).toContain('suggestion_open');
      expect(text).toContain(
        move === null ? 'goal_move_propose' : move.byManager ? 'waiting for them to confirm' : 'goal_move_confirm',
      );
    }
  });

  it('goal move requests and answers', () => {
    for (const confirmer of ['manager', 'admin', 'person'] as const) {
      expectValidBlocks(
        moveNotices.request({
          pathwayId: 'p',
          person: { slackUserId: 'U0ALICE' },
          proposer: { slackUserId: 'U0DANA' },
          goalTitle: longTitle(1),
          openMilestones: 3,
          confirmer,
        }).blocks,
        'message',
      );
    }
    for (const recipient of ['person', 'proposer'] as const) {
      for (const confirmed of [true, false]) {
        expectValidBlocks(
          moveNotices.answered({
            person: { slackUserId: 'U0ALICE' },
            answeredBy: { slackUserId: 'U0DANA' },
            goalTitle: longTitle(1),
            confirmed,
            recipient,
          }).blocks,
          'message',
        );
      }
    }
  });
});

describe('reminder copy', () => {
  it('invites to a check-in without saying it was due, and offers the check-in button', () => {
    const message = renderScheduled({
      kind: 'checkin_reminder',
      dueDate: '2027-01-11',
      goalTitle: 'Senior Instructional Designer',
    });
    const text = JSON.stringify(message);
    expect(text).not.toMatch(/was due|overdue|late|missed/i);
    expect(message.text).toBe('Pathway: a good moment for your readiness check-in');
    expect(text).toContain('your ratings start from last time');
    expect(text).toContain('"action_id":"checkin_open"');
    expectValidBlocks(message.blocks, 'message');
  });

  it('asks the manager to start a conversation rather than reporting a failure', () => {
    const message = renderScheduled({
      kind: 'manager_reminder',
      dueDate: '2027-01-04',
      report: { slackUserId: 'U0ALICE', displayName: 'Alice' },
    });
    const text = JSON.stringify(message);
    expect(text).not.toMatch(/was due|overdue|has not happened/i);
    expect(text).toContain('A good moment to ask how it is going');
    expectValidBlocks(message.blocks, 'message');
  });
});
