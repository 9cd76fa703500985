/**
 * Deterministic outbox keys, one per intended message. Planning the same
 * message twice yields the same key, and the outbox's unique index turns the
 * second insert into a no-op. Each key names the person whose facts decide
 * whether the message is still wanted, so the sender can re-check it.
 */
import { z } from 'zod';
import { isoDate } from '../dates.js';
import { NUDGE_STAGES, type NudgeStage } from './nudges.js';

export type ScheduleKey =
  | { kind: 'milestone_nudge'; milestoneId: string; stage: NudgeStage; dueDate: string }
  | { kind: 'checkin_reminder'; personId: string; dueDate: string }
  | { kind: 'manager_reminder'; reportId: string; dueDate: string }
  | { kind: 'manager_digest'; managerId: string; week: string }
  | { kind: 'away_summary'; personId: string; awayFrom: string };

export function keyText(key: ScheduleKey): string {
  switch (key.kind) {
    case 'milestone_nudge':
      return `nudge:${key.milestoneId}:${key.stage}:${key.dueDate}`;
    case 'checkin_reminder':
      return `checkin:${key.personId}:${key.dueDate}`;
    case 'manager_reminder':
      return `manager-checkin:${key.reportId}:${key.dueDate}`;
    case 'manager_digest':
      return `digest:${key.managerId}:${key.week}`;
    case 'away_summary':
      return `away:${key.personId}:${key.awayFrom}`;
  }
}

const id = z.string().regex(/^[\w-]+$/);
const stage = z.enum(NUDGE_STAGES.map((entry) => entry.stage) as [NudgeStage, ...NudgeStage[]]);
const week = z.string().regex(/^\d{4}-W\d{2}$/);

/** The key's parts, or undefined for keys the scheduler did not make (celebrations, notices). */
export function parseKey(text: string): ScheduleKey | undefined {
  const [prefix, ...parts] = text.split(':');
  const parsed = (() => {
    switch (prefix) {
      case 'nudge':
        return z
          .object({ kind: z.literal('milestone_nudge'), milestoneId: id, stage, dueDate: isoDate })
          .safeParse({ kind: 'milestone_nudge', milestoneId: parts[0], stage: parts[1], dueDate: parts[2] });
      case 'checkin':
        return z
          .object({ kind: z.literal('checkin_reminder'), personId: id, dueDate: isoDate })
          .safeParse({ kind: 'checkin_reminder', personId: parts[0], dueDate: parts[1] });
      case 'manager-checkin':
        return z
          .object({ kind: z.literal('manager_reminder'), reportId: id, dueDate: isoDate })
          .safeParse({ kind: 'manager_reminder', reportId: parts[0], dueDate: parts[1] });
      case 'digest':
        return z
          .object({ kind: z.literal('manager_digest'), managerId: id, week })
          .safeParse({ kind: 'manager_digest', managerId: parts[0], week: parts[1] });
      case 'away':
        return z
          .object({ kind: z.literal('away_summary'), personId: id, awayFrom: isoDate })
          .safeParse({ kind: 'away_summary', personId: parts[0], awayFrom: parts[1] });
      default:
        return undefined;
    }
  })();
  return parsed?.success ? parsed.data : undefined;
}
