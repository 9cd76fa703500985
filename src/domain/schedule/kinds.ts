/**
 * The kinds of proactive message the scheduler plans. The mutable ones can be
 * turned off by each person in `/pathway settings` (mentoring's "did you meet?"
 * is queued by src/services/mentoring.ts and dropped at send when muted); the
 * away summary is the answer to the person's own `/pathway away` and is always sent.
 */
import { z } from 'zod';

export const MUTABLE_KINDS = [
  'milestone_nudge',
  'checkin_reminder',
  'manager_reminder',
  'manager_digest',
  'mentor_checkin',
] as const;
export const mutableKind = z.enum(MUTABLE_KINDS);
export type MutableKind = z.infer<typeof mutableKind>;

export type ScheduleKind = MutableKind | 'away_summary';

export const KIND_LABELS: Readonly<Record<MutableKind, { label: string; description: string }>> = {
  milestone_nudge: {
    label: 'Milestone nudges',
    description: 'before a milestone is due, on the day, and if it is overdue',
  },
  checkin_reminder: { label: 'Check-in reminders', description: 'when your next readiness check-in is due' },
  manager_reminder: {
    label: 'Report check-in reminders',
    description: 'managers: when a report’s check-in is overdue',
  },
  manager_digest: {
    label: 'Weekly team digest',
    description: 'managers: who is on track, overdue, stalled or waiting for you',
  },
  mentor_checkin: {
    label: 'Mentoring “did you meet?”',
    description: 'every few weeks, while you mentor or are mentored',
  },
};

/** Keeps only known kinds (stored lists may hold kinds a later version removed). */
export function knownMutableKinds(kinds: readonly string[]): MutableKind[] {
  return MUTABLE_KINDS.filter((kind) => kinds.includes(kind));
}
