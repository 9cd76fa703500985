/**
 * When the scheduler next needs to look at a person. `planFor` depends on the
 * instant only through local calendar dates (the person's, and their
 * manager's for the manager's own controls), so what it plans can change only
 * when one of those dates turns. This lists the local dates on which a new
 * message could become due — the next nudge stage of each open milestone, the
 * end of a snooze, the check-in cadence and the manager's grace after it, the
 * next week's digest, the return from an absence (the person's or their
 * manager's) — and answers the earliest local midnight among them. A date
 * that brings nothing new only costs one look; a missing one would lose a
 * message, so when in doubt a date is listed.
 *
 * Facts change between those dates only through people's actions, and every
 * such change makes the person due at once (see Person.nextDueAt).
 */

import { dateOfEpochDay, epochDay } from '../dates.js';
import { addDays, isoWeekOf, localDate, localMidnight } from './local-time.js';
import { NUDGE_STAGES } from './nudges.js';
import { checkInDueDate, MANAGER_GRACE_DAYS, type PersonFacts, type Recipient, type ScheduleSettings } from './plan.js';

/** A local date in a zone: the message rules look at it from its midnight. */
interface LocalDay {
  date: string;
  zone: string;
}

function nothingEverDue(recipient: Recipient): boolean {
  return recipient.deactivated || recipient.paused;
}

/** The first date after `today` that falls on ISO weekday `weekday`. */
function nextWeekday(today: string, weekday: number): string {
  const current = isoWeekOf(today).weekday;
  const ahead = (weekday - current + 7) % 7;
  return addDays(today, ahead === 0 ? 7 : ahead);
}

/**
 * The local dates after today on which `planFor` could plan something new for
 * this person (of each milestone's nudge stages, only the next one).
 */
export function upcomingDays(person: PersonFacts, settings: ScheduleSettings, now: Date): LocalDay[] {
  if (nothingEverDue(person)) return [];
  const today = localDate(now, person.timeZone);
  const days: LocalDay[] = [];
  const add = (date: string | undefined, zone = person.timeZone): void => {
    if (date !== undefined) days.push({ date, zone });
  };

  const todayNumber = epochDay(today);
  for (const milestone of person.pathway?.milestones ?? []) {
    // Stages run in date order: only the first one after today can be the earliest this milestone brings.
    const due = epochDay(milestone.dueDate);
    const next = NUDGE_STAGES.find((stage) => due + stage.offsetDays > todayNumber);
    if (next !== undefined) add(dateOfEpochDay(due + next.offsetDays));
    add(milestone.snoozedUntil);
  }

  const checkInDue = person.pathway ? checkInDueDate(person, settings.checkInCadenceDays) : undefined;
  if (checkInDue !== undefined) {
    add(checkInDue);
    if (person.manager && !nothingEverDue(person.manager)) {
      add(addDays(checkInDue, MANAGER_GRACE_DAYS));
      // A reminder held back while the manager is away goes out on their return.
      if (person.manager.awayUntil !== undefined) add(addDays(person.manager.awayUntil, 1), person.manager.timeZone);
    }
  }

  if (person.reports.some((report) => report.hasPathway || report.awaitingCalibration)) {
    add(nextWeekday(today, Math.min(...settings.hours.workingDays)));
  }

  // Back from an absence: the welcome-back summary, and whatever the absence held back.
  if (person.awayUntil !== undefined) add(addDays(person.awayUntil, 1));

  return days.filter((day) => day.date > (day.zone === person.timeZone ? today : localDate(now, day.zone)));
}

/**
 * The next instant (a local midnight) after `now` at which the person may
 * have something new due, or undefined when nothing can come due until their
 * facts change.
 */
export function nextDueAt(person: PersonFacts, settings: ScheduleSettings, now: Date): Date | undefined {
  // Dates compare as text: keep the earliest per zone, then turn at most two of them into instants.
  const earliestByZone = new Map<string, string>();
  for (const day of upcomingDays(person, settings, now)) {
    const known = earliestByZone.get(day.zone);
    if (known === undefined || day.date < known) earliestByZone.set(day.zone, day.date);
  }
  let earliest: number | undefined;
  for (const [zone, date] of earliestByZone) {
    const at = localMidnight(date, zone).getTime();
    if (earliest === undefined || at < earliest) earliest = at;
  }
  return earliest === undefined ? undefined : new Date(earliest);
}
