/**
 * Rules for celebrating wins in team channels. Pure: no Slack, no database.
 * Consent comes first (nothing is posted for a person who has not said yes),
 * the channel is the most specific one configured, and the weekly digest
 * lists wins in the order they happened: never a ranking or a per-person count.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

export type CelebrationConsent = 'ask' | 'always' | 'never';
export type CelebrationKind = 'milestone' | 'goal' | 'streak' | 'thanks';

/** The three answers to "shall we celebrate this in the channel?". */
export const consentChoiceSchema = z.enum(['once', 'always', 'never']);
export type ConsentChoice = z.infer<typeof consentChoiceSchema>;

/** What to do with a new win, given the person's standing consent. */
export function consentDecision(consent: CelebrationConsent): 'post' | 'ask' | 'skip' {
  switch (consent) {
    case 'always':
      return 'post';
    case 'never':
      return 'skip';
    case 'ask':
      return 'ask';
  }
}

/** What an answer does: whether this win is posted, and the standing consent it leaves (null: unchanged, ask again next time). */
export function applyChoice(choice: ConsentChoice): { post: boolean; consent: CelebrationConsent | null } {
  switch (choice) {
    case 'once':
      return { post: true, consent: null };
    case 'always':
      return { post: true, consent: 'always' };
    case 'never':
      return { post: false, consent: 'never' };
  }
}

export interface ChannelChoices {
  person: string | null;
  team: string | null;
  workspace: string | null;
}

export interface ResolvedChannel {
  channelId: string;
  source: keyof ChannelChoices;
}

/** The person's own channel, else their team's, else the workspace's; null when none is set. */
export function resolveCelebrationChannel(choices: ChannelChoices): ResolvedChannel | null {
  for (const source of ['person', 'team', 'workspace'] as const) {
    const channelId = choices[source];
    if (channelId) return { channelId, source };
  }
  return null;
}

/** Names the win, so each is celebrated (and asked about) once. */
export function subjectKey(
  win:
    | { kind: 'milestone'; milestoneId: string }
    | { kind: 'goal'; pathwayId: string }
    | { kind: 'streak'; since: string; count: number }
    | { kind: 'thanks'; evidenceId: string },
): string {
  switch (win.kind) {
    case 'thanks':
      return `thanks:${win.evidenceId}`;
    case 'milestone':
      return `milestone:${win.milestoneId}`;
    case 'goal':
      return `goal:${win.pathwayId}`;
    case 'streak':
      return `streak:${win.since}:${win.count}`;
  }
}

const POST_KEY_PREFIX = 'celebrate:';

/** Outbox keys of the messages about one win. The channel post's key is `celebrate:milestone:<id>`. */
export const celebrationKeys = (subject: string) => ({
  post: `${POST_KEY_PREFIX}${subject}`,
  ask: `celebrate-ask:${subject}`,
  confirm: `celebrate-confirm:${subject}`,
  notice: `celebrate-notice:${subject}`,
});

/** The win a channel post's outbox key names (the inverse of celebrationKeys(subject).post). */
export function subjectOfPostKey(dedupeKey: string): string | null {
  return dedupeKey.startsWith(POST_KEY_PREFIX) ? dedupeKey.slice(POST_KEY_PREFIX.length) : null;
}

/** Streaks worth a post: 3 and 6 check-ins on cadence, then every 6th. Others pass quietly. */
export function isCelebratedStreak(count: number): boolean {
  return Number.isInteger(count) && (count === 3 || (count >= 6 && count % 6 === 0));
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A check-in up to a week late still keeps the streak. */
export const STREAK_GRACE_DAYS = 7;

export interface CheckInTime {
  id: string;
  at: Date;
}

/**
 * Check-ins kept on cadence in a row, counting back from the latest: each one
 * at most cadence + a week of grace after the one before. Check-ins closer
 * together than half the cadence count once (a streak is kept, not farmed).
 * `since` is the first check-in of the streak, so a new streak after a break
 * is a new win. Only times are read — never what a check-in says.
 */
export function checkInStreak(
  checkIns: readonly CheckInTime[],
  cadenceDays: number,
): { count: number; since: string } | null {
  const newestFirst = [...checkIns].sort((a, b) => b.at.getTime() - a.at.getTime());
  const [latest] = newestFirst;
  if (!latest) return null;
  const maxGap = (cadenceDays + STREAK_GRACE_DAYS) * DAY_MS;
  const minGap = (cadenceDays / 2) * DAY_MS;
  let count = 1;
  let since = latest;
  let newer = latest;
  for (const checkIn of newestFirst.slice(1)) {
    if (newer.at.getTime() - checkIn.at.getTime() > maxGap) break;
    if (since.at.getTime() - checkIn.at.getTime() >= minGap) {
      count += 1;
      since = checkIn;
    }
    newer = checkIn;
  }
  return { count, since: since.id };
}

export function streakAchievement(count: number): string {
  return `${count} check-ins in a row, on cadence`;
}

/** A Slack channel reference as typed after a slash command: `<#C123|name>` (escaped), `<#C123>` or a bare id. */
export const channelRefSchema = z
  .string({ error: 'name the channel, for example #team-wins' })
  .trim()
  .transform(
    (text) =>
      /^<#([CG][A-Z0-9]{2,})(?:\|[^>]*)?>$/.exec(text)?.[1] ?? (/^[CG][A-Z0-9]{2,}$/.test(text) ? text : undefined),
  )
  .pipe(z.string({ error: 'pick the channel with # so Slack links it, for example #team-wins' }));

export interface DigestSchedule {
  /** The latest digest moment at or before now. */
  moment: Date;
  /** A week before `moment`: wins from here up to `moment` belong to this digest. */
  windowStart: Date;
  /** ISO week of `moment` in the workspace's zone, e.g. "2027-W02". */
  isoWeek: string;
}

/**
 * The most recent weekly digest moment (ISO weekday `weekday` at `hour`:00 in
 * `timeZone`) at or before `now`, and the week of wins it gathers. Computed in
 * local time, so a DST change does not shift the hour.
 */
export function latestDigest(now: Date, timeZone: string, weekday: number, hour: number): DigestSchedule {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let moment = local.set({ weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, hour, minute: 0, second: 0, millisecond: 0 });
  if (moment > local) moment = moment.minus({ weeks: 1 });
  return {
    moment: moment.toJSDate(),
    windowStart: moment.minus({ weeks: 1 }).toJSDate(),
    isoWeek: `${moment.weekYear}-W${String(moment.weekNumber).padStart(2, '0')}`,
  };
}

/** A digest is planned for at most this long after its moment (a planner that was down sends late, not a week late). */
export const DIGEST_GRACE_MS = 2 * 24 * 60 * 60 * 1000;

export const winsDigestKey = (channelId: string, isoWeek: string) => `wins-digest:${channelId}:${isoWeek}`;

export interface DigestWin {
  slackUserId: string;
  kind: CelebrationKind;
  achievement: string;
  towardRole: string | null;
  channelId: string;
  at: Date;
}

/** A win as a channel may see it. */
export type WinCard = Pick<DigestWin, 'slackUserId' | 'kind' | 'achievement' | 'towardRole'>;

/** Who a notice about an undeliverable channel post is for. */
export type NoticeAudience = { audience: 'person' } | { audience: 'admin'; aboutUserId: string | null };

/** The week's wins per channel, oldest first; channels without wins do not appear (no empty digest). */
export function groupWinsByChannel(wins: readonly DigestWin[]): Map<string, DigestWin[]> {
  const byChannel = new Map<string, DigestWin[]>();
  for (const win of [...wins].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const list = byChannel.get(win.channelId) ?? [];
    list.push(win);
    byChannel.set(win.channelId, list);
  }
  return byChannel;
}

/** Why the bot cannot post in a channel, from chat.postMessage / conversations.join errors. */
export type ChannelProblem = 'private' | 'archived';

/** Errors after which posting cannot succeed until someone acts (invite the bot, pick another channel). */
export function channelProblemOf(error: string): ChannelProblem | null {
  switch (error) {
    case 'channel_not_found':
    case 'method_not_supported_for_channel_type':
      // A private channel the bot is not in looks like a missing one to it.
      return 'private';
    case 'is_archived':
    case 'channel_is_archived':
      return 'archived';
    default:
      return null;
  }
}

/** What `/pathway celebrate …` asks for. */
export type CelebrateSetting =
  | { action: 'show' }
  | { action: 'consent'; consent: CelebrationConsent }
  /** The person's own channel; null goes back to the team's or workspace's. */
  | { action: 'channel'; channelId: string | null }
  /** Admins: a team's channel; null goes back to the workspace's. */
  | { action: 'team-channel'; team: string; channelId: string | null }
  /** Admins: when the weekly wins digest goes out (ISO weekday, local hour). */
  | { action: 'digest-time'; weekday: number; hour: number };

/** Settings only admins may change (the rest are the person's own). */
export function isAdminSetting(setting: CelebrateSetting): boolean {
  return setting.action === 'team-channel' || setting.action === 'digest-time';
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "fri", "Friday" → 5 (ISO weekday). */
const weekdaySchema = z
  .string({ error: 'name the day, for example friday' })
  .transform(
    (text) => WEEKDAYS.findIndex((day) => text.length >= 3 && day.toLowerCase().startsWith(text.toLowerCase())) + 1,
  )
  .pipe(z.number().min(1, 'name the day, for example friday'));

const hourSchema = z
  .string({ error: 'give the hour, for example 15:00' })
  .regex(/^\d{1,2}(:00)?$/, 'give a whole hour, for example 15:00')
  .transform((text) => Number.parseInt(text, 10))
  .pipe(z.number().max(23, 'give an hour from 0:00 to 23:00'));

const channelOrDefault = z.union(
  [
    z
      .string()
      .trim()
      .regex(/^default$/i)
      .transform(() => null),
    channelRefSchema,
  ],
  { error: 'pick the channel with # so Slack links it, for example `in #team-wins` (or `in default`)' },
);

const CELEBRATE_FORMS = 'say `always`, `ask` or `never`, or `in #channel` (or `in default`)';

export const celebrateSettingSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('show') }),
    z.object({ action: z.literal('consent'), consent: z.enum(['ask', 'always', 'never']) }),
    z.object({ action: z.literal('channel'), channelId: channelOrDefault }),
    z.object({
      action: z.literal('team-channel'),
      team: z.string().trim().min(1).max(100, 'keep the team name under 100 characters'),
      channelId: channelOrDefault,
    }),
    z.object({ action: z.literal('digest-time'), weekday: weekdaySchema, hour: hourSchema }),
  ],
  { error: CELEBRATE_FORMS },
);

/** Shapes the words after `/pathway celebrate` for celebrateSettingSchema. */
export function celebrateInput(args: string): Record<string, unknown> {
  const text = args.trim();
  const consent = /^(always|ask|never)$/i.exec(text);
  const own = /^in\s+(\S+)$/i.exec(text);
  const team = /^team\s+["“”']?(.+?)["“”']?\s+in\s+(\S+)$/i.exec(text);
  const digest = /^digest(?:\s+(\S+))?(?:\s+(?:at\s+)?(\S+))?$/i.exec(text);
  if (text === '') return { action: 'show' };
  if (consent) return { action: 'consent', consent: consent[1]!.toLowerCase() };
  if (own) return { action: 'channel', channelId: own[1] };
  if (team) return { action: 'team-channel', team: team[1], channelId: team[2] };
  if (digest) return { action: 'digest-time', weekday: digest[1], hour: digest[2] };
  return {};
}
