/**
 * A person's controls over proactive messages: away (out of office), pause,
 * snooze one milestone, and which kinds they get. Dates are the person's
 * local calendar dates.
 */
import type { PrismaClient } from '../db/client.js';
import { dateFromDb, dateToDb, daysBetween } from '../domain/dates.js';
import { knownMutableKinds, MUTABLE_KINDS, type MutableKind } from '../domain/schedule/kinds.js';
import { addDays } from '../domain/schedule/local-time.js';
import { SNOOZE_DAYS } from '../domain/schedule/nudges.js';
import { userError } from '../i18n/user-errors.js';

/** The longest out-of-office Pathway accepts in one go. */
export const MAX_AWAY_DAYS = 366;

export interface AwayPeriod {
  from: string;
  until: string;
}

export async function setAway(
  prisma: PrismaClient,
  personId: string,
  today: string,
  until: string,
): Promise<AwayPeriod> {
  if (until < today) throw userError('error.settings.awayPast', { untilDate: until, example: addDays(today, 7) });
  if (daysBetween(today, until) > MAX_AWAY_DAYS) {
    throw userError('error.settings.awayTooFar', { lastDate: addDays(today, MAX_AWAY_DAYS) });
  }
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: { awayFrom: true, awayUntil: true },
  });
  // Extending an absence that is still running keeps its start, so the summary covers all of it.
  const running =
    person.awayFrom &&
    person.awayUntil &&
    dateFromDb(person.awayFrom) <= today &&
    today <= dateFromDb(person.awayUntil);
  const from = running && person.awayFrom ? dateFromDb(person.awayFrom) : today;
  await prisma.person.update({
    where: { id: personId },
    data: { awayFrom: dateToDb(from), awayUntil: dateToDb(until) },
  });
  return { from, until };
}

/** Ends an absence today; returns the period it covered, or undefined when the person was not away. */
export async function comeBack(prisma: PrismaClient, personId: string, today: string): Promise<AwayPeriod | undefined> {
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: { awayFrom: true, awayUntil: true },
  });
  if (!person.awayFrom || !person.awayUntil) return undefined;
  const from = dateFromDb(person.awayFrom);
  if (!(from <= today && today <= dateFromDb(person.awayUntil))) return undefined;
  const until = addDays(today, -1);
  if (until < from) {
    // Away and back on the same day: nothing fell due meanwhile.
    await prisma.person.update({ where: { id: personId }, data: { awayFrom: null, awayUntil: null } });
    return { from, until: from };
  }
  await prisma.person.update({ where: { id: personId }, data: { awayUntil: dateToDb(until) } });
  return { from, until };
}

export async function setPaused(prisma: PrismaClient, personId: string, paused: boolean, now: Date): Promise<boolean> {
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { nudgesPausedAt: true } });
  const changed = (person.nudgesPausedAt !== null) !== paused;
  if (changed) await prisma.person.update({ where: { id: personId }, data: { nudgesPausedAt: paused ? now : null } });
  return changed;
}

/** No nudges for the milestone for a week; only its owner may snooze it. Returns the title and the date nudges resume. */
export async function snoozeMilestone(
  prisma: PrismaClient,
  personId: string,
  milestoneId: string,
  today: string,
): Promise<{ title: string; until: string }> {
  const milestone = await prisma.milestone.findFirst({
    where: { id: milestoneId, pathway: { personId } },
    select: { title: true, doneAt: true, pathway: { select: { status: true } } },
  });
  if (!milestone) throw userError('error.settings.milestoneGone');
  if (milestone.doneAt) throw userError('error.settings.milestoneDone');
  const until = addDays(today, SNOOZE_DAYS);
  await prisma.milestone.update({ where: { id: milestoneId }, data: { nudgesSnoozedUntil: dateToDb(until) } });
  return { title: milestone.title, until };
}

export interface NudgeSettings {
  enabled: MutableKind[];
  isManager: boolean;
  /** Mentoring is on in the workspace (its "did you meet?" is one of the kinds). */
  mentoringOn: boolean;
  paused: boolean;
  away: AwayPeriod | undefined;
}

export async function nudgeSettings(prisma: PrismaClient, personId: string): Promise<NudgeSettings> {
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      mutedKinds: true,
      nudgeSettingsSavedAt: true,
      nudgesPausedAt: true,
      awayFrom: true,
      awayUntil: true,
      workspace: { select: { nudgeKindsOffByDefault: true, mentoringEnabled: true } },
      _count: { select: { reports: true } },
    },
  });
  const muted = knownMutableKinds(
    person.nudgeSettingsSavedAt === null ? person.workspace.nudgeKindsOffByDefault : person.mutedKinds,
  );
  return {
    enabled: MUTABLE_KINDS.filter((kind) => !muted.includes(kind)),
    isManager: person._count.reports > 0,
    mentoringOn: person.workspace.mentoringEnabled,
    paused: person.nudgesPausedAt !== null,
    away:
      person.awayFrom && person.awayUntil
        ? { from: dateFromDb(person.awayFrom), until: dateFromDb(person.awayUntil) }
        : undefined,
  };
}

export async function saveNudgeSettings(
  prisma: PrismaClient,
  personId: string,
  enabled: readonly MutableKind[],
  now: Date,
): Promise<void> {
  await prisma.person.update({
    where: { id: personId },
    data: { mutedKinds: MUTABLE_KINDS.filter((kind) => !enabled.includes(kind)), nudgeSettingsSavedAt: now },
  });
}
