/**
 * Check-in, readiness and team surfaces at their largest: the most signals a
 * role may have, titles and descriptions at their length limits, long
 * examples and comments, and more reports than a message can hold.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  calibrationModal,
  calibrationNoticeMessage,
  checkInModal,
  checkInSavedView,
  checkInSummaryMessage,
} from '../../src/blocks/checkin.js';
import { readinessBlocks } from '../../src/blocks/readiness.js';
import { managerNotices, reportPathwayView, teamBlocks } from '../../src/blocks/team.js';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_KEY_LENGTH,
  MAX_SIGNALS_PER_ROLE,
  MAX_TITLE_LENGTH,
} from '../../src/domain/framework/schema.js';
import { assessReadiness, MAX_MANAGER_COMMENT_LENGTH, type Rating } from '../../src/domain/readiness.js';
import type { ReadinessView } from '../../src/services/checkins.js';
import type { TeamMember } from '../../src/services/managers.js';
import type { MilestoneView, PathwayView } from '../../src/services/overview.js';
import { calibratedCheckIn, pathwayView } from '../support/views.js';

const longTitle = (i: number) => `${i} ${'*Long* <!channel> title '.repeat(10)}`.slice(0, MAX_TITLE_LENGTH);
const longKey = (i: number) => `${'k'.repeat(MAX_KEY_LENGTH - 3)}-${String(i).padStart(2, '0')}`;
const signals = Array.from({ length: MAX_SIGNALS_PER_ROLE }, (_, i) => ({
  key: longKey(i),
  title: longTitle(i),
  description: 'd'.repeat(MAX_DESCRIPTION_LENGTH),
  resources: [],
}));

function readiness(): ReadinessView {
  const ratings = (rating: Rating, withRetired: boolean) => [
    ...signals.map((signal) => ({
      signalKey: signal.key,
      title: signal.title,
      selfRating: rating,
      managerRating: 2 as Rating,
    })),
    ...(withRetired
      ? signals.map((signal) => ({
          signalKey: `old-${signal.key}`,
          title: signal.title,
          selfRating: 1 as Rating,
          managerRating: null,
        }))
      : []),
  ];
  const view = assessReadiness(
    signals,
    [
      { id: 'c1', at: 1, date: '2027-01-04', ratings: ratings(2, true), managerComment: null, calibrated: false },
      {
        id: 'c2',
        at: 2,
        date: '2027-02-01',
        ratings: ratings(3, false),
        managerComment: 'c'.repeat(MAX_MANAGER_COMMENT_LENGTH),
        calibrated: true,
      },
    ],
    signals.map((signal, i) => ({
      id: `m${i}`,
      position: i + 1,
      title: longTitle(i),
      signalKeys: [signal.key],
      done: false,
    })),
  );
  return { ...view, goalTitle: longTitle(99) };
}

const detail = calibratedCheckIn(signals, {
  id: 'c2',
  goalTitle: longTitle(99),
  managerComment: 'c'.repeat(MAX_MANAGER_COMMENT_LENGTH),
});

function pathway(): PathwayView {
  const milestones: MilestoneView[] = Array.from({ length: 20 }, (_, i) => ({
    id: `m${i}`,
    position: i + 1,
    title: 't'.repeat(150),
    kind: 'course',
    dueDate: '2027-03-01',
    link: null,
    done: false,
    doneDate: null,
    daysLeft: -3,
  }));
  const role = { key: 'r', title: longTitle(1), stageTitle: 'Stage', stageOrder: 2 };
  return pathwayView(milestones, { from: role, goal: role });
}

describe('check-in surfaces within Block Kit limits', () => {
  it('the check-in modal with the most signals, longest keys, titles and descriptions', () => {
    const view = checkInModal({
      pathwayId: 'cpathway',
      frameworkVersionId: 'v',
      goal: { key: 'g', title: longTitle(0) },
      signals,
    });
    expectValidView(view);
    expect(JSON.stringify(view.blocks)).not.toContain('<!channel>');
  });

  it('the saved view, the readiness section (overview, Home and manager) with retired signals and a long comment', () => {
    expectValidView(checkInSavedView(readiness(), 'U0DANA'));
    expectValidBlocks(readinessBlocks(readiness(), 'self'), 'message');
    expectValidBlocks(readinessBlocks(readiness(), 'manager'), 'home');
  });

  it('the manager’s summary, the calibration modal and the person’s calibration notice', () => {
    expectValidBlocks(
      checkInSummaryMessage({
        checkInId: 'c2',
        person: detail.person,
        goalTitle: longTitle(99),
        date: '2027-02-01',
        signalCount: 12,
        consistentCount: 9,
      }).blocks,
      'message',
    );
    expectValidView(calibrationModal(detail));
    expectValidBlocks(calibrationNoticeMessage(detail, 'U0DANA').blocks, 'message');
  });

  it('the team list with more reports than fit, and a report’s pathway with many long milestones', () => {
    const members: TeamMember[] = Array.from({ length: 40 }, (_, i) => ({
      person: { id: `p${i}`, slackUserId: `U0R${i}`, displayName: null },
      pathway: pathway(),
      readiness: readiness(),
      daysSinceCheckIn: 12,
    }));
    const blocks = teamBlocks(members, 40);
    expectValidBlocks(blocks, 'message');
    expect(JSON.stringify(blocks)).toContain('Showing 23 of your 40 reports');
    expectValidView(reportPathwayView(members[0]!));
  });

  it('the manager-link messages', () => {
    const person = { id: 'p', slackUserId: 'U0ALICE', displayName: 'Alice' };
    expectValidBlocks(managerNotices.request({ requestId: 'r1', person }).blocks, 'message');
    expectValidBlocks(managerNotices.answered({ manager: person, accepted: false }).blocks, 'message');
    expectValidBlocks(managerNotices.replaced({ person }).blocks, 'message');
  });
});
