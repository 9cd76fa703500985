/**
 * What the scheduler wants to send about one person right now. Pure: given
 * the person's facts, the workspace's settings and the instant, it returns
 * the messages that are due (with their keys and earliest delivery instants)
 * and the ones it held back, with the reason. The planner runs it to fill the
 * outbox; the sender runs it again just before posting, so a message that no
 * longer makes sense (milestone done, person away, date moved) is dropped.
 */
import { conversationOverdue } from '../conversations.js';
import { daysBetween } from '../dates.js';
import { keyText, type ScheduleKey } from './keys.js';
import type { MutableKind } from './kinds.js';
import { addDays, deliveryFor, isoWeekOf, localDate, type WorkingHours } from './local-time.js';
import { currentNudgeStage, NUDGE_STAGES, type NudgeStage } from './nudges.js';

/** Someone who may receive a message, with their controls. Dates are local ISO dates. */
export interface Recipient {
  personId: string;
  slackUserId: string;
  /** A valid IANA zone (the person's own, or the fallback). */
  timeZone: string;
  displayName?: string | undefined;
  deactivated: boolean;
  awayFrom?: string | undefined;
  awayUntil?: string | undefined;
  paused: boolean;
  /** Kinds this person does not want (their own choice, or the workspace default until they choose). */
  mutedKinds: readonly MutableKind[];
}

export interface MilestoneFacts {
  id: string;
  position: number;
  title: string;
  dueDate: string;
  snoozedUntil?: string | undefined;
  /** The framework's resources for the signals this milestone serves (shown in its nudges). */
  resources?: readonly { title: string; url: string }[] | undefined;
  /** The framework template the milestone came from; the self-assessment one gets an "Assess" button in its nudges. */
  templateKey?: string | undefined;
}

export interface PathwayFacts {
  goalTitle: string;
  startedOn: string;
  /** Open milestones only (done ones are never nudged). */
  milestones: readonly MilestoneFacts[];
}

export interface ReportFacts {
  personId: string;
  slackUserId: string;
  displayName?: string | undefined;
  hasPathway: boolean;
  overdueMilestones: number;
  /** The last local date something moved: a milestone done, a check-in, or the pathway started. */
  lastProgressOn?: string | undefined;
  awaitingCalibration: boolean;
  /** Development conversations: one is planned, the last held (local date), and when the pathway started. */
  conversationPlanned?: boolean | undefined;
  lastConversationOn?: string | undefined;
  startedOn?: string | undefined;
}

export interface PersonFacts extends Recipient {
  pathway?: PathwayFacts | undefined;
  lastCheckInOn?: string | undefined;
  manager?: Recipient | undefined;
  reports: readonly ReportFacts[];
}

export interface ScheduleSettings {
  hours: WorkingHours;
  checkInCadenceDays: number;
  /** Days between development conversations; reports past it (none planned) are listed in the digest. */
  conversationCadenceDays?: number | undefined;
}

/** Days after a missed check-in before the manager is reminded. */
export const MANAGER_GRACE_DAYS = 7;
/** A report with no progress for this long counts as stalled in the digest. */
export const STALLED_AFTER_DAYS = 30;
/** An away summary is still worth sending this many days after the return. */
export const AWAY_SUMMARY_WINDOW_DAYS = 14;

export interface DigestEntry {
  slackUserId: string;
  displayName?: string | undefined;
}

export interface Digest {
  onTrack: DigestEntry[];
  overdue: DigestEntry[];
  stalled: DigestEntry[];
  awaitingCalibration: DigestEntry[];
  /** Reports with no development conversation within the cadence and none planned (when a cadence is given). */
  noConversation?: DigestEntry[];
}

export type MessageContent =
  | { kind: 'milestone_nudge'; stage: NudgeStage; milestone: MilestoneFacts; today: string }
  | { kind: 'checkin_reminder'; dueDate: string; goalTitle: string }
  | { kind: 'manager_reminder'; report: DigestEntry; dueDate: string }
  | { kind: 'manager_digest'; week: string; digest: Digest }
  | {
      kind: 'away_summary';
      awayFrom: string;
      awayUntil: string;
      fellDue: MilestoneFacts[];
      checkInDue?: string | undefined;
    };

export interface PlannedMessage {
  key: ScheduleKey;
  keyText: string;
  recipient: Recipient;
  notBefore: Date;
  content: MessageContent;
}

export interface HeldBack {
  keyText: string;
  reason: string;
}

export interface Plan {
  planned: PlannedMessage[];
  heldBack: HeldBack[];
}

function isAwayOn(person: Recipient, date: string): boolean {
  return (
    person.awayFrom !== undefined &&
    person.awayUntil !== undefined &&
    person.awayFrom <= date &&
    date <= person.awayUntil
  );
}

/** Why `recipient` must not get a message of `kind` today, if they must not. */
function blockedFor(recipient: Recipient, kind: MutableKind | 'away_summary', now: Date): string | undefined {
  if (recipient.deactivated) return 'recipient deactivated';
  if (recipient.paused) return 'nudges paused';
  if (isAwayOn(recipient, localDate(now, recipient.timeZone))) return 'recipient away';
  if (kind !== 'away_summary' && recipient.mutedKinds.includes(kind)) return 'turned off in settings';
  return undefined;
}

export function checkInDueDate(person: PersonFacts, cadenceDays: number): string | undefined {
  const base = person.lastCheckInOn ?? person.pathway?.startedOn;
  return base === undefined ? undefined : addDays(base, cadenceDays);
}

export function digestOf(reports: readonly ReportFacts[], today: string, conversationCadenceDays?: number): Digest {
  const digest: Digest = { onTrack: [], overdue: [], stalled: [], awaitingCalibration: [] };
  const noConversation: DigestEntry[] = [];
  if (conversationCadenceDays !== undefined) digest.noConversation = noConversation;
  for (const report of reports) {
    const entry = { slackUserId: report.slackUserId, displayName: report.displayName };
    if (report.awaitingCalibration) digest.awaitingCalibration.push(entry);
    if (!report.hasPathway) continue;
    if (
      conversationCadenceDays !== undefined &&
      report.startedOn !== undefined &&
      report.conversationPlanned !== true &&
      conversationOverdue(report.lastConversationOn, report.startedOn, conversationCadenceDays, today)
    ) {
      noConversation.push(entry);
    }
    if (report.overdueMilestones > 0) digest.overdue.push(entry);
    else if (report.lastProgressOn === undefined || daysBetween(report.lastProgressOn, today) >= STALLED_AFTER_DAYS)
      digest.stalled.push(entry);
    else digest.onTrack.push(entry);
  }
  return digest;
}

export function planFor(person: PersonFacts, settings: ScheduleSettings, now: Date): Plan {
  const plan: Plan = { planned: [], heldBack: [] };
  const today = localDate(now, person.timeZone);
  const offer = (
    key: ScheduleKey,
    recipient: Recipient,
    onDate: string,
    content: MessageContent,
    holdReason?: string,
  ): void => {
    const text = keyText(key);
    const reason = holdReason ?? blockedFor(recipient, content.kind, now);
    if (reason !== undefined) {
      plan.heldBack.push({ keyText: text, reason });
      return;
    }
    plan.planned.push({
      key,
      keyText: text,
      recipient,
      notBefore: deliveryFor(onDate, now, recipient.timeZone, settings.hours),
      content,
    });
  };
  const coveredByAwaySummary = (date: string): string | undefined =>
    isAwayOn(person, date) && !isAwayOn(person, today) ? 'fell due while away (in the away summary)' : undefined;

  for (const milestone of person.pathway?.milestones ?? []) {
    const current = currentNudgeStage(milestone.dueDate, today);
    if (current === undefined) continue;
    const snoozed = milestone.snoozedUntil !== undefined && today < milestone.snoozedUntil ? 'snoozed' : undefined;
    offer(
      { kind: 'milestone_nudge', milestoneId: milestone.id, stage: current.stage, dueDate: milestone.dueDate },
      person,
      current.date,
      { kind: 'milestone_nudge', stage: current.stage, milestone, today },
      snoozed ?? coveredByAwaySummary(current.date),
    );
  }

  const checkInDue = person.pathway ? checkInDueDate(person, settings.checkInCadenceDays) : undefined;
  if (person.pathway && checkInDue !== undefined && today >= checkInDue) {
    offer(
      { kind: 'checkin_reminder', personId: person.personId, dueDate: checkInDue },
      person,
      checkInDue,
      { kind: 'checkin_reminder', dueDate: checkInDue, goalTitle: person.pathway.goalTitle },
      coveredByAwaySummary(checkInDue),
    );
    const remindOn = addDays(checkInDue, MANAGER_GRACE_DAYS);
    if (person.manager && today >= remindOn) {
      const reportAway = isAwayOn(person, today) || person.paused ? 'report is away or paused' : undefined;
      offer(
        { kind: 'manager_reminder', reportId: person.personId, dueDate: checkInDue },
        person.manager,
        remindOn,
        {
          kind: 'manager_reminder',
          report: { slackUserId: person.slackUserId, displayName: person.displayName },
          dueDate: checkInDue,
        },
        reportAway,
      );
    }
  }

  if (person.reports.some((report) => report.hasPathway || report.awaitingCalibration)) {
    const { week, weekday } = isoWeekOf(today);
    const firstWorkingDay = Math.min(...settings.hours.workingDays);
    if (weekday >= firstWorkingDay) {
      offer({ kind: 'manager_digest', managerId: person.personId, week }, person, today, {
        kind: 'manager_digest',
        week,
        digest: digestOf(person.reports, today, settings.conversationCadenceDays),
      });
    }
  }

  const { awayFrom, awayUntil } = person;
  if (
    awayFrom !== undefined &&
    awayUntil !== undefined &&
    today > awayUntil &&
    daysBetween(awayUntil, today) <= AWAY_SUMMARY_WINDOW_DAYS
  ) {
    // Every open milestone whose nudges the absence held back: due by the return, or due within the "before" lead.
    const horizon = addDays(awayUntil, -NUDGE_STAGES[0].offsetDays);
    const fellDue = (person.pathway?.milestones ?? []).filter((milestone) => milestone.dueDate <= horizon);
    const checkInFellDue = checkInDue !== undefined && checkInDue <= awayUntil ? checkInDue : undefined;
    const nothing = fellDue.length === 0 && checkInFellDue === undefined ? 'nothing fell due while away' : undefined;
    offer(
      { kind: 'away_summary', personId: person.personId, awayFrom },
      person,
      today,
      { kind: 'away_summary', awayFrom, awayUntil, fellDue, checkInDue: checkInFellDue },
      nothing,
    );
  }
  return plan;
}

/**
 * Why a message with this key is no longer in the plan, for the sender's
 * `dropped` rows. Only asked about keys that are neither planned nor held back.
 */
export function whyNotPlanned(key: ScheduleKey, person: PersonFacts): string {
  switch (key.kind) {
    case 'milestone_nudge': {
      const milestone = person.pathway?.milestones.find((candidate) => candidate.id === key.milestoneId);
      if (milestone === undefined) return 'milestone done, removed, or its pathway ended';
      if (milestone.dueDate !== key.dueDate) return 'due date moved';
      return 'a later nudge replaced it';
    }
    case 'checkin_reminder':
    case 'manager_reminder':
      return person.pathway ? 'check-in done since' : 'pathway ended';
    case 'manager_digest':
      return 'a newer digest replaced it';
    case 'away_summary':
      return 'the return is too long ago';
  }
}
