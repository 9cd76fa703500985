/**
 * Sample inputs for the block builders, as the services hand them over: a pathway, a calibrated
 * check-in, a conversation's agenda and the workspace settings. Tests give what they are about
 * and take the rest as it is here.
 */

import type { AdminSettings } from '../../src/domain/admin-settings.js';
import { MAX_EXAMPLE_LENGTH } from '../../src/domain/readiness.js';
import { MUTABLE_KINDS } from '../../src/domain/schedule/kinds.js';
import type { CheckInDetail } from '../../src/services/checkins.js';
import type { ConversationAgenda } from '../../src/services/conversations.js';
import type { MilestoneView, PathwayView } from '../../src/services/overview.js';

/** A ladder pathway with `milestones`, counting those done and overdue. */
export function pathwayView(milestones: MilestoneView[], fields: Partial<PathwayView> = {}): PathwayView {
  const role = { key: 'r', title: 'Role', stageTitle: 'Stage', stageOrder: 2 };
  return {
    id: 'pw',
    from: role,
    goal: role,
    moveKind: 'ladder',
    targetDate: '2027-09-30',
    milestones,
    doneCount: milestones.filter((m) => m.done).length,
    overdueCount: milestones.filter((m) => (m.daysLeft ?? 0) < 0).length,
    stageCount: 4,
    ...fields,
  };
}

/** Alice's check-in on `signals`, consistent by her rating and strong by her manager's, every example at its limit. */
export function calibratedCheckIn(
  signals: ReadonlyArray<{ key: string; title: string }>,
  fields: Partial<CheckInDetail> = {},
): CheckInDetail {
  return {
    id: 'c1',
    date: '2027-02-01',
    person: { id: 'p1', slackUserId: 'U0ALICE', displayName: 'Alice' },
    goalTitle: 'Senior Instructional Designer',
    ratings: signals.map((signal) => ({
      signalKey: signal.key,
      title: signal.title,
      selfRating: 3,
      example: 'e'.repeat(MAX_EXAMPLE_LENGTH),
      managerRating: 4,
    })),
    managerComment: 'Good progress',
    calibratedAt: new Date(),
    ...fields,
  };
}

type AgendaContent = Omit<ConversationAgenda, 'id' | 'scheduledOn' | 'origin' | 'person' | 'manager' | 'lastHeldOn'>;

/** Alice's conversation with Dana on Monday 18 January 2027, which she planned, holding `content`. */
export function conversationAgenda(content: AgendaContent & Partial<ConversationAgenda>): ConversationAgenda {
  return {
    id: 'c1',
    scheduledOn: '2027-01-18',
    origin: 'person',
    person: { id: 'p1', slackUserId: 'U0ALICE' },
    manager: { id: 'p2', slackUserId: 'U0DANA' },
    lastHeldOn: '2026-12-01',
    ...content,
  };
}

/** The workspace settings as a new workspace starts with them, with celebrations going to #wins. */
export function workspaceSettings(fields: Partial<AdminSettings> = {}): AdminSettings {
  return {
    celebrationChannelId: 'C0WINS',
    checkInCadenceDays: 28,
    workdayStartHour: 9,
    workdayEndHour: 17,
    workingDays: [1, 2, 3, 4, 5],
    nudgeKindsOnByDefault: [...MUTABLE_KINDS],
    minReportGroupSize: 5,
    deactivatedRetentionDays: 30,
    conversationCadenceDays: 42,
    mentoringEnabled: true,
    mentorSuggestionsCrossTeams: true,
    language: 'en',
    ...fields,
  };
}
