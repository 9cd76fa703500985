/**
 * Celebrating wins in team channels, with consent. One entry point per
 * trigger — celebrateMilestone, celebrateGoalReached, celebrateCheckInStreak —
 * called by the features where the win happens. Every message goes through
 * the outbox: the private question or confirmation to the person, the channel
 * post (dedupeKey `celebrate:<subject>`), notices when the bot cannot post,
 * and the weekly wins digest. Only titles reach a channel: never evidence,
 * ratings, examples or anything else from a check-in.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import {
  applyChoice,
  type CelebrationConsent,
  type ChannelProblem,
  type ConsentChoice,
  celebrationKeys,
  checkInStreak,
  consentDecision,
  DIGEST_GRACE_MS,
  type DigestWin,
  groupWinsByChannel,
  isCelebratedStreak,
  latestDigest,
  type NoticeAudience,
  type ResolvedChannel,
  resolveCelebrationChannel,
  streakAchievement,
  subjectKey,
  subjectOfPostKey,
  type WinCard,
  winsDigestKey,
} from '../domain/celebrations.js';
import { dateFromDb } from '../domain/dates.js';
import { UserError } from '../domain/errors.js';
import { type Language, languageFor } from '../domain/language.js';
import type { Celebration, CelebrationKind, OutboxMessage, Person, Prisma } from '../generated/prisma/client.js';
import { frameworkFor } from './frameworks.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import { roleRef } from './overview.js';

/** Outbox kinds of celebration messages; the sender's delivery step for channel posts keys on these. */
/** What celebrations send; built by src/blocks (services stay Slack-free). A message to a person is in their `language`. */
export interface CelebrationMessages {
  /** The post in the team channel. */
  post(win: WinCard): OutboxPayload;
  /** The private question before a first post. */
  consentQuestion(win: WinCard, channelId: string, celebrationId: string, language: Language): OutboxPayload;
  /** The private note that a post is on its way, with a button to remove it. */
  confirmation(
    win: WinCard,
    channelId: string,
    celebrationId: string,
    standing: 'always' | 'this-time',
    language: Language,
  ): OutboxPayload;
  /** Why a post could not go to a channel, and how to fix it. */
  channelProblem(channelId: string, problem: ChannelProblem, to: NoticeAudience, language: Language): OutboxPayload;
  /** A channel's weekly wins digest. */
  winsDigest(wins: readonly DigestWin[]): OutboxPayload;
}

export const CELEBRATION_OUTBOX_KINDS = {
  post: 'celebration',
  ask: 'celebration-ask',
  confirm: 'celebration-confirm',
  notice: 'celebration-notice',
  digest: 'wins-digest',
} as const;

/** Outbox kinds that post in a channel (the bot may have to join it first). */
export const CHANNEL_POST_KINDS: ReadonlySet<string> = new Set([
  CELEBRATION_OUTBOX_KINDS.post,
  CELEBRATION_OUTBOX_KINDS.digest,
]);

export type CelebrateOutcome =
  /** The person was asked privately (consent "ask"). */
  | 'asked'
  /** Consent "always": the channel post and the person's confirmation are queued. */
  | 'queued'
  /** Consent "never": nothing is posted or asked. */
  | 'not-consented'
  /** No channel is set for the person, their team or the workspace. */
  | 'no-channel'
  /** This win was already handled. */
  | 'already'
  /** Not a win (milestone not done, pathway not reached, streak not a round one, person deactivated). */
  | 'not-eligible';

interface NewWin {
  personId: string;
  kind: CelebrationKind;
  subject: string;
  achievement: string;
  towardRole: string | null;
}

type Db = Prisma.TransactionClient;

const cardOf = (
  celebration: Pick<Celebration, 'kind' | 'achievement' | 'towardRole'>,
  person: Pick<Person, 'slackUserId'>,
): WinCard => ({
  slackUserId: person.slackUserId,
  kind: celebration.kind,
  achievement: celebration.achievement,
  towardRole: celebration.towardRole,
});

/** Call when a milestone has just been marked done (Milestone.doneAt set). */
export async function celebrateMilestone(
  prisma: PrismaClient,
  clock: Clock,
  milestoneId: string,
  messages: CelebrationMessages,
): Promise<CelebrateOutcome> {
  const milestone = await prisma.milestone.findUnique({
    where: { id: milestoneId },
    include: { pathway: true },
  });
  if (!milestone?.doneAt) return 'not-eligible';
  const { pathway } = milestone;
  return celebrate(
    prisma,
    clock,
    {
      personId: pathway.personId,
      kind: 'milestone',
      subject: subjectKey({ kind: 'milestone', milestoneId }),
      achievement: milestone.title,
      towardRole: roleRef(await frameworkFor(prisma, pathway.frameworkVersionId), pathway.goalRoleKey).title,
    },
    messages,
  );
}

/** Call when a pathway has just been marked `reached`. */
export async function celebrateGoalReached(
  prisma: PrismaClient,
  clock: Clock,
  pathwayId: string,
  messages: CelebrationMessages,
): Promise<CelebrateOutcome> {
  const pathway = await prisma.pathway.findUnique({ where: { id: pathwayId } });
  if (pathway?.status !== 'reached') return 'not-eligible';
  return celebrate(
    prisma,
    clock,
    {
      personId: pathway.personId,
      kind: 'goal',
      subject: subjectKey({ kind: 'goal', pathwayId }),
      achievement: roleRef(await frameworkFor(prisma, pathway.frameworkVersionId), pathway.goalRoleKey).title,
      towardRole: null,
    },
    messages,
  );
}

/**
 * Call when a colleague's thanks was kept as evidence. Only what the thanks is for may reach the
 * channel (never who thanked, the signal or the goal role), and only with the recipient's consent.
 */
export async function celebrateThanks(
  prisma: PrismaClient,
  clock: Clock,
  evidenceId: string,
  messages: CelebrationMessages,
): Promise<CelebrateOutcome> {
  const evidence = await prisma.evidence.findUnique({ where: { id: evidenceId } });
  if (evidence?.kind !== 'thanks') return 'not-eligible';
  return celebrate(
    prisma,
    clock,
    {
      personId: evidence.personId,
      kind: 'thanks',
      subject: subjectKey({ kind: 'thanks', evidenceId }),
      achievement: evidence.text,
      towardRole: null,
    },
    messages,
  );
}

/**
 * Call after a check-in is recorded. Counts the person's check-ins kept on
 * the workspace's cadence in a row (from their times only) and celebrates
 * round streaks; only the count is shared — nothing from the check-ins.
 */
export async function celebrateCheckInStreak(
  prisma: PrismaClient,
  clock: Clock,
  personId: string,
  messages: CelebrationMessages,
): Promise<CelebrateOutcome> {
  const [person, checkIns] = await Promise.all([
    prisma.person.findUniqueOrThrow({
      where: { id: personId },
      select: { workspace: { select: { checkInCadenceDays: true } } },
    }),
    prisma.checkIn.findMany({
      where: { personId },
      select: { id: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
      take: 200,
    }),
  ]);
  const streak = checkInStreak(
    checkIns.map((checkIn) => ({ id: checkIn.id, at: checkIn.createdAt })),
    person.workspace.checkInCadenceDays,
  );
  if (!streak || !isCelebratedStreak(streak.count)) return 'not-eligible';
  const pathway = await prisma.pathway.findUnique({ where: { activeForPersonId: personId } });
  return celebrate(
    prisma,
    clock,
    {
      personId,
      kind: 'streak',
      subject: subjectKey({ kind: 'streak', since: streak.since, count: streak.count }),
      achievement: streakAchievement(streak.count),
      towardRole: pathway
        ? roleRef(await frameworkFor(prisma, pathway.frameworkVersionId), pathway.goalRoleKey).title
        : null,
    },
    messages,
  );
}

async function celebrate(
  prisma: PrismaClient,
  clock: Clock,
  win: NewWin,
  messages: CelebrationMessages,
): Promise<CelebrateOutcome> {
  const person = await prisma.person.findUniqueOrThrow({ where: { id: win.personId }, include: { workspace: true } });
  if (person.deactivatedAt) return 'not-eligible';
  const decision = consentDecision(person.celebrationConsent);
  if (decision === 'skip') return 'not-consented';
  const channelId = (await channelFor(prisma, person))?.channelId;
  if (!channelId) return 'no-channel';
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const created = await tx.celebration.createMany({
      data: [
        {
          workspaceId: person.workspaceId,
          personId: person.id,
          kind: win.kind,
          subjectKey: win.subject,
          achievement: win.achievement,
          towardRole: win.towardRole,
          channelId,
          status: decision === 'post' ? 'queued' : 'awaiting_consent',
          queuedAt: decision === 'post' ? now : null,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0) return 'already';
    const celebration = await tx.celebration.findUniqueOrThrow({ where: { subjectKey: win.subject } });
    const card = cardOf(celebration, person);
    const dm = (kind: string, dedupeKey: string, payload: OutboxPayload) =>
      enqueueMessage(tx, {
        workspaceId: person.workspaceId,
        dedupeKey,
        kind,
        recipient: person.slackUserId,
        payload,
        notBefore: now,
      });
    const keys = celebrationKeys(win.subject);
    if (decision === 'ask') {
      await dm(
        CELEBRATION_OUTBOX_KINDS.ask,
        keys.ask,
        messages.consentQuestion(card, channelId, celebration.id, languageFor(person)),
      );
      return 'asked';
    }
    await queuePost(tx, celebration, card, now, messages);
    await dm(
      CELEBRATION_OUTBOX_KINDS.confirm,
      keys.confirm,
      messages.confirmation(card, channelId, celebration.id, 'always', languageFor(person)),
    );
    return 'queued';
  });
}

/**
 * Call when a milestone is reopened ("Undo"). Until anything about it reached
 * the channel, the celebration is withdrawn — unsent messages deleted, the
 * question's buttons answered "no longer there" — so marking it done again
 * starts afresh. A post already in the channel stays: the person has its
 * Remove button.
 */
export async function withdrawMilestoneCelebration(
  prisma: PrismaClient,
  milestoneId: string,
): Promise<'withdrawn' | 'kept' | 'none'> {
  const subject = subjectKey({ kind: 'milestone', milestoneId });
  const keys = celebrationKeys(subject);
  return prisma.$transaction(async (tx) => {
    const celebration = await tx.celebration.findUnique({ where: { subjectKey: subject } });
    if (!celebration) return 'none';
    const rows = await tx.outboxMessage.findMany({ where: { dedupeKey: { in: [keys.post, keys.ask, keys.confirm] } } });
    const inFlight = rows.some(
      (row) => row.status === 'sending' || (row.dedupeKey === keys.post && row.status === 'sent'),
    );
    if (inFlight) return 'kept';
    await tx.outboxMessage.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    await tx.celebration.delete({ where: { id: celebration.id } });
    return 'withdrawn';
  });
}

async function queuePost(
  tx: Db,
  celebration: Celebration,
  card: WinCard,
  now: Date,
  messages: CelebrationMessages,
): Promise<void> {
  if (!celebration.channelId) throw new Error(`celebration ${celebration.id} has no channel`);
  await enqueueMessage(tx, {
    workspaceId: celebration.workspaceId,
    dedupeKey: celebrationKeys(celebration.subjectKey).post,
    kind: CELEBRATION_OUTBOX_KINDS.post,
    recipient: celebration.channelId,
    payload: messages.post(card),
    notBefore: now,
  });
}

/** The channel a person's wins go to: their own, else their team's, else the workspace's. */
export async function channelFor(
  prisma: Pick<PrismaClient, 'teamCelebrationChannel'>,
  person: Pick<Person, 'workspaceId' | 'team' | 'celebrationChannelId'> & {
    workspace: { celebrationChannelId: string | null };
  },
): Promise<ResolvedChannel | null> {
  const team = person.team
    ? await prisma.teamCelebrationChannel.findUnique({
        where: { workspaceId_team: { workspaceId: person.workspaceId, team: person.team } },
      })
    : null;
  return resolveCelebrationChannel({
    person: person.celebrationChannelId,
    team: team?.channelId ?? null,
    workspace: person.workspace.celebrationChannelId,
  });
}

/** Who pressed a button, as Slack says. */
export interface Actor {
  teamId: string;
  slackUserId: string;
}

export interface CelebrationState {
  id: string;
  status: Celebration['status'];
  channelId: string | null;
  card: WinCard;
  consent: CelebrationConsent;
}

async function ownCelebration(prisma: Pick<PrismaClient, 'celebration'>, actor: Actor, celebrationId: string) {
  const celebration = await prisma.celebration.findUnique({
    where: { id: celebrationId },
    include: { person: { include: { workspace: true } } },
  });
  if (!celebration)
    throw new UserError(
      'That celebration is no longer there (its data may have been erased). Type `/pathway celebrate` to see your settings.',
    );
  if (
    celebration.person.slackUserId !== actor.slackUserId ||
    celebration.person.workspace.slackTeamId !== actor.teamId
  ) {
    throw new UserError(
      'That button belongs to someone else’s celebration. Type `/pathway celebrate` to see your own settings.',
    );
  }
  return celebration;
}

function stateOf(celebration: Celebration & { person: Person }): CelebrationState {
  return {
    id: celebration.id,
    status: celebration.status,
    channelId: celebration.channelId,
    card: cardOf(celebration, celebration.person),
    consent: celebration.person.celebrationConsent,
  };
}

/**
 * The person's answer to the consent question. "Post this time" and "Always"
 * queue the post ("Always" also for later wins); "Never" keeps it private and
 * stops later questions. Answering twice changes nothing.
 */
export async function answerConsent(
  prisma: PrismaClient,
  clock: Clock,
  actor: Actor,
  celebrationId: string,
  choice: ConsentChoice,
  messages: CelebrationMessages,
): Promise<CelebrationState> {
  const celebration = await ownCelebration(prisma, actor, celebrationId);
  if (celebration.status !== 'awaiting_consent') return stateOf(celebration);
  const effect = applyChoice(choice);
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const person = effect.consent
      ? await tx.person.update({ where: { id: celebration.personId }, data: { celebrationConsent: effect.consent } })
      : celebration.person;
    const decided = await tx.celebration.updateMany({
      where: { id: celebration.id, status: 'awaiting_consent' },
      data: effect.post ? { status: 'queued', queuedAt: now } : { status: 'declined' },
    });
    const updated = await tx.celebration.findUniqueOrThrow({ where: { id: celebration.id } });
    if (decided.count === 1 && effect.post) await queuePost(tx, updated, cardOf(updated, person), now, messages);
    return stateOf({ ...updated, person });
  });
}

export type Removal =
  /** Not sent yet (or never posted): the outbox row was dropped; nothing to delete in Slack. */
  | { kind: 'dropped'; state: CelebrationState }
  /** Posted: delete this message with chat.delete, then call markCelebrationRemoved. */
  | { kind: 'delete'; channel: string; ts: string; state: CelebrationState }
  | { kind: 'already'; state: CelebrationState };

/** The first half of "Remove the post": drops the unsent post, or says which message to delete. */
export async function removeCelebration(
  prisma: PrismaClient,
  clock: Clock,
  actor: Actor,
  celebrationId: string,
): Promise<Removal> {
  const celebration = await ownCelebration(prisma, actor, celebrationId);
  if (celebration.status === 'removed') return { kind: 'already', state: stateOf(celebration) };
  const postKey = celebrationKeys(celebration.subjectKey).post;
  const dropped = await prisma.outboxMessage.updateMany({
    where: { dedupeKey: postKey, status: { in: ['pending', 'failed'] } },
    data: { status: 'dropped', dropReason: 'removed by the person celebrated' },
  });
  const row = await prisma.outboxMessage.findUnique({ where: { dedupeKey: postKey } });
  if (row?.status === 'sending') {
    throw new UserError(
      'The post is being delivered right now. Press *Remove the post* again in a minute and it will be deleted.',
    );
  }
  if (dropped.count === 0 && row?.status === 'sent' && row.slackTs) {
    return { kind: 'delete', channel: row.recipient, ts: row.slackTs, state: stateOf(celebration) };
  }
  return { kind: 'dropped', state: await markCelebrationRemoved(prisma, clock, celebration.id) };
}

/** The second half of "Remove the post", once the channel message is gone. */
export async function markCelebrationRemoved(
  prisma: PrismaClient,
  clock: Clock,
  celebrationId: string,
): Promise<CelebrationState> {
  const updated = await prisma.celebration.update({
    where: { id: celebrationId },
    data: { status: 'removed', removedAt: clock.now() },
    include: { person: true },
  });
  return stateOf(updated);
}

/** The workspace admins to tell about a channel problem (Slack admins and owners, and PATHWAY_ADMINS), each with their language. */
async function adminsToTell(
  prisma: PrismaClient,
  workspaceId: string,
  listed: readonly string[],
): Promise<Array<{ slackUserId: string; language: Language }>> {
  const known = await prisma.person.findMany({
    where: { workspaceId, deactivatedAt: null, OR: [{ isSlackAdmin: true }, { slackUserId: { in: [...listed] } }] },
    select: { slackUserId: true, isSlackAdmin: true, language: true, locale: true },
  });
  const languages = new Map(known.map((admin) => [admin.slackUserId, languageFor(admin)]));
  const ids = [
    ...new Set([...known.filter((admin) => admin.isSlackAdmin).map((admin) => admin.slackUserId), ...listed]),
  ];
  // A listed admin Pathway has not met yet reads English.
  return ids.map((slackUserId) => ({ slackUserId, language: languages.get(slackUserId) ?? 'en' }));
}

/**
 * A channel post could not be delivered (a private channel the bot is not in,
 * an archived one): tells the person (for their own win) and the admins how to
 * fix it. Nothing fails silently. Admins hear once a day per channel.
 */
export async function reportChannelProblem(
  prisma: PrismaClient,
  clock: Clock,
  row: Pick<OutboxMessage, 'workspaceId' | 'kind' | 'dedupeKey' | 'recipient'>,
  problem: ChannelProblem,
  listedAdmins: readonly string[],
  messages: CelebrationMessages,
): Promise<void> {
  const now = clock.now();
  const channelId = row.recipient;
  const notice = (dedupeKey: string, recipient: string, payload: OutboxPayload) =>
    enqueueMessage(prisma, {
      workspaceId: row.workspaceId,
      dedupeKey,
      kind: CELEBRATION_OUTBOX_KINDS.notice,
      recipient,
      payload,
      notBefore: now,
    });
  let aboutUserId: string | null = null;
  const subject = subjectOfPostKey(row.dedupeKey);
  if (row.kind === CELEBRATION_OUTBOX_KINDS.post && subject) {
    const celebration = await prisma.celebration.update({
      where: { subjectKey: subject },
      data: { status: 'undeliverable' },
      include: { person: true },
    });
    aboutUserId = celebration.person.slackUserId;
    await notice(
      celebrationKeys(subject).notice,
      aboutUserId,
      messages.channelProblem(channelId, problem, { audience: 'person' }, languageFor(celebration.person)),
    );
  }
  const day = dateFromDb(now);
  for (const admin of await adminsToTell(prisma, row.workspaceId, listedAdmins)) {
    await notice(
      `celebrate-notice:${channelId}:${day}:${admin.slackUserId}`,
      admin.slackUserId,
      messages.channelProblem(channelId, problem, { audience: 'admin', aboutUserId }, admin.language),
    );
  }
}

/**
 * Plans the weekly wins digest of every channel that had wins this week, at
 * the workspace's digest time (weekday and hour in `timeZone`). Idempotent:
 * run it on every scheduler tick; each channel's digest is planned once a week
 * (`wins-digest:<channel>:<isoWeek>`), and not at all when there is nothing to
 * celebrate. Returns how many digests were newly queued.
 */
export async function planWinsDigests(
  prisma: PrismaClient,
  clock: Clock,
  timeZone: string,
  messages: CelebrationMessages,
): Promise<number> {
  const now = clock.now();
  const workspaces = await prisma.workspace.findMany({ where: { uninstalledAt: null } });
  let queued = 0;
  for (const workspace of workspaces) {
    const digest = latestDigest(now, timeZone, workspace.winsDigestWeekday, workspace.winsDigestHour);
    if (now.getTime() - digest.moment.getTime() > DIGEST_GRACE_MS) continue;
    const celebrations = await prisma.celebration.findMany({
      where: {
        workspaceId: workspace.id,
        status: 'queued',
        channelId: { not: null },
        queuedAt: { gte: digest.windowStart, lt: digest.moment },
        person: { deactivatedAt: null, celebrationConsent: { not: 'never' } },
      },
      include: { person: { select: { slackUserId: true } } },
    });
    const wins = celebrations.map((celebration) => ({
      ...cardOf(celebration, celebration.person),
      channelId: celebration.channelId!,
      at: celebration.queuedAt!,
    }));
    for (const [channelId, channelWins] of groupWinsByChannel(wins)) {
      const created = await enqueueMessage(prisma, {
        workspaceId: workspace.id,
        dedupeKey: winsDigestKey(channelId, digest.isoWeek),
        kind: CELEBRATION_OUTBOX_KINDS.digest,
        recipient: channelId,
        payload: messages.winsDigest(channelWins),
        notBefore: now,
      });
      if (created) queued += 1;
    }
  }
  return queued;
}

export interface CelebrationSettings {
  consent: CelebrationConsent;
  /** Where the person's wins would be posted, and whose setting that is; null when no channel is set. */
  channel: ResolvedChannel | null;
  /** When the workspace's weekly wins digest goes out: ISO weekday and local hour. */
  digest: { weekday: number; hour: number };
}

export async function celebrationSettings(prisma: PrismaClient, personId: string): Promise<CelebrationSettings> {
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, include: { workspace: true } });
  return {
    consent: person.celebrationConsent,
    channel: await channelFor(prisma, person),
    digest: { weekday: person.workspace.winsDigestWeekday, hour: person.workspace.winsDigestHour },
  };
}

/** When the weekly wins digest goes out, in the workspace's zone. */
export async function setWinsDigestTime(
  prisma: PrismaClient,
  workspaceId: string,
  weekday: number,
  hour: number,
): Promise<void> {
  await prisma.workspace.update({
    where: { id: workspaceId },
    data: { winsDigestWeekday: weekday, winsDigestHour: hour },
  });
}

export async function setCelebrationConsent(
  prisma: PrismaClient,
  personId: string,
  consent: CelebrationConsent,
): Promise<void> {
  await prisma.person.update({ where: { id: personId }, data: { celebrationConsent: consent } });
}

export type ChannelScope =
  | { scope: 'workspace' }
  | { scope: 'team'; team: string }
  | { scope: 'person'; personId: string };

/** Sets (or, with null, clears) the celebration channel of the workspace, a team or one person. */
export async function setCelebrationChannel(
  prisma: PrismaClient,
  workspaceId: string,
  target: ChannelScope,
  channelId: string | null,
): Promise<void> {
  switch (target.scope) {
    case 'workspace':
      await prisma.workspace.update({ where: { id: workspaceId }, data: { celebrationChannelId: channelId } });
      return;
    case 'person':
      await prisma.person.update({ where: { id: target.personId }, data: { celebrationChannelId: channelId } });
      return;
    case 'team':
      if (channelId === null) {
        await prisma.teamCelebrationChannel.deleteMany({ where: { workspaceId, team: target.team } });
        return;
      }
      await prisma.teamCelebrationChannel.upsert({
        where: { workspaceId_team: { workspaceId, team: target.team } },
        create: { workspaceId, team: target.team, channelId },
        update: { channelId },
      });
  }
}
