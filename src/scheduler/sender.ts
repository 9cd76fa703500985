/**
 * The sender drains the outbox. It claims due rows (FOR UPDATE SKIP LOCKED,
 * with a lease, so replicas share the work and a crashed claimer's rows come
 * back), re-checks each scheduler message against the current facts (drops
 * what no longer makes sense, waits for working hours), keeps to Slack's rate
 * limits, renders scheduler messages from the facts of the moment (the row
 * only names what to render), posts with chat.postMessage, and settles the row: sent, retried
 * with backoff, failed after `maxAttempts`, or dropped with a reason.
 *
 * Crash safety: a row is marked sent only after Slack accepted it, and only
 * one post is in flight per sender at a time, so a kill loses nothing and can
 * at worst repeat that one message when the lease runs out.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { WebClient } from '@slack/web-api';
import { celebrationMessages } from '../blocks/celebrations.js';
import { conversationNotices } from '../blocks/conversations.js';
import { mentoringNotices } from '../blocks/mentoring.js';
import { renderScheduled } from '../blocks/nudges.js';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { parseConversationKey } from '../domain/conversations.js';
import { parseFeedbackKey } from '../domain/feedback.js';
import { languageFor } from '../domain/language.js';
import { parseMentorCheckInKey } from '../domain/mentoring.js';
import { parseKey, type ScheduleKey } from '../domain/schedule/keys.js';
import type { MessageContent } from '../domain/schedule/plan.js';
import { planFor, whyNotPlanned } from '../domain/schedule/plan.js';
import { translator } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { countDelivery } from '../metrics.js';
import { CHANNEL_POST_KINDS } from '../services/celebrations.js';
import { deliverChannelPost } from '../services/channel-posts.js';
import { conversationDelivery } from '../services/conversations.js';
import { feedbackDelivery } from '../services/feedback.js';
import { mentorCheckInDelivery } from '../services/mentoring.js';
import {
  type ClaimedMessage,
  type ClaimOutcome,
  claimDue,
  type OutboxPayload,
  settleClaim,
  storedPayloadSchema,
} from '../services/outbox.js';
import type { SlackClients } from '../slack/clients.js';
import { classifyPostError } from '../slack/platform-error.js';
import { FactsReader, type ScheduleWorkspace, scheduleWorkspaceSelect, settingsOf } from './facts.js';
import { RateLimiter, realSleep, type Sleep } from './rate-limiter.js';
import { SharedPacer } from './shared-pace.js';

export interface SenderOptions {
  /** Names this process in claimedBy; unique per sender. */
  workerId: string;
  batchSize: number;
  /** How long a claim lasts before another sender may take the row over. */
  leaseMs: number;
  /** Failed posts before a row is marked failed. */
  maxAttempts: number;
  channelIntervalMs: number;
  workspaceIntervalMs: number;
  /** A Retry-After up to this long is waited out in place; longer ones put the row back with a later notBefore. */
  maxInlineWaitMs: number;
  /** Idle wait between polls when nothing is due. */
  pollMs: number;
  /** Delay before retry number `attempts` (1-based). */
  backoffMs(attempts: number): number;
  sleep: Sleep;
}

export interface SenderDeps {
  prisma: PrismaClient;
  clients: SlackClients;
  clock: Clock;
  logger: Logger;
  defaultTimeZone: string;
  /** PATHWAY_ADMINS, told when a celebration channel cannot be posted in. */
  adminUserIds: readonly string[];
}

export interface DrainStats {
  claimed: number;
  sent: number;
  dropped: number;
  retried: number;
  failed: number;
  postponed: number;
  rateLimited: number;
}

/** Doubling from 30 s, at most an hour. */
export function defaultBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export function defaultSenderOptions(messagesPerSecond = 5): SenderOptions {
  return {
    workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    batchSize: 25,
    leaseMs: 120_000,
    maxAttempts: 5,
    channelIntervalMs: 1000,
    workspaceIntervalMs: Math.ceil(1000 / messagesPerSecond),
    maxInlineWaitMs: 30_000,
    pollMs: 2000,
    backoffMs: defaultBackoffMs,
    sleep: realSleep,
  };
}

/** A planned message that is due but outside the recipient's working hours is put back until they start. */
const POSTPONE_SLACK_MS = 60_000;
/** Retry-After answers waited out in place for one row before it is put back. */
const MAX_INLINE_RATE_LIMIT_WAITS = 3;

/** `content`: what the schedule rules want said now, for rows rendered at send time. */
type Verdict =
  | { action: 'send'; content?: MessageContent | undefined }
  | { action: 'drop'; reason: string }
  | { action: 'postpone'; until: Date };

interface WorkspaceRow extends ScheduleWorkspace {
  uninstalledAt: Date | null;
  language: string;
}

/** A row ready to post, or already decided. */
type Prepared =
  | { outcome: ClaimOutcome }
  | { client: WebClient; teamId: string; payload: OutboxPayload }
  | { error: unknown };

/** The promise never rejects: an error is handed over as a value, so a row prepared ahead cannot go unhandled. */
function settledOrThrown(work: Promise<Prepared>): Promise<Prepared> {
  return work.catch((error: unknown) => ({ error }));
}

function emptyStats(): DrainStats {
  return { claimed: 0, sent: 0, dropped: 0, retried: 0, failed: 0, postponed: 0, rateLimited: 0 };
}

export class Sender {
  readonly options: SenderOptions;
  private readonly limiter: RateLimiter;
  /** Pacing shared with other replicas; undefined when no pacing is asked for (tests). */
  private readonly shared: SharedPacer | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly deps: SenderDeps,
    options: Partial<SenderOptions> = {},
  ) {
    this.options = { ...defaultSenderOptions(), ...options };
    // Pacing is shared through the database; this process's limiter only keeps its own 429 pauses.
    this.limiter = new RateLimiter({ channelIntervalMs: 0, workspaceIntervalMs: 0 }, this.options.sleep);
    const paced = this.options.channelIntervalMs > 0 || this.options.workspaceIntervalMs > 0;
    this.shared = paced ? new SharedPacer(deps.prisma, this.options, this.options.sleep) : undefined;
  }

  /** Claims one batch and settles every row in it. */
  async drainOnce(): Promise<DrainStats> {
    const stats = emptyStats();
    const leaseStart = this.deps.clock.now();
    const claimed = await claimDue(this.deps.prisma, {
      workerId: this.options.workerId,
      now: leaseStart,
      leaseMs: this.options.leaseMs,
      limit: this.options.batchSize,
    });
    stats.claimed = claimed.length;
    const context = new BatchContext(this.deps);
    // The next row is checked and rendered (database reads) while this one waits for its turn and posts,
    // so the pace is set by the rate limit rather than by that work. Posts stay one at a time.
    const prepare = (index: number): Promise<Prepared> | undefined => {
      const row = claimed[index];
      return row === undefined ? undefined : settledOrThrown(this.prepare(row, context));
    };
    let next = prepare(0);
    for (const [index, row] of claimed.entries()) {
      const prepared = await next!;
      next = prepare(index + 1);
      if ('error' in prepared) {
        await next; // nothing left running when the error ends the batch
        throw prepared.error;
      }
      // Whatever is left when the lease is nearly over goes back for the next claim, so no two senders hold a row.
      const leaseLeft = leaseStart.getTime() + this.options.leaseMs - this.deps.clock.now().getTime();
      const outcome: ClaimOutcome =
        leaseLeft < this.options.leaseMs / 4
          ? { status: 'pending', notBefore: this.deps.clock.now(), attempts: row.attempts }
          : 'outcome' in prepared
            ? prepared.outcome
            : await this.post(prepared.client, row, prepared.teamId, prepared.payload, stats);
      this.count(stats, outcome);
      countDelivery(row.kind, outcome);
      const kept = await settleClaim(this.deps.prisma, { id: row.id, workerId: this.options.workerId }, outcome);
      if (!kept) this.deps.logger.warn({ outboxId: row.id }, 'outbox claim expired before the row was settled');
    }
    return stats;
  }

  /** Drains until nothing is due now. */
  async drain(): Promise<DrainStats> {
    const total = emptyStats();
    for (;;) {
      const stats = await this.drainOnce();
      for (const key of Object.keys(total) as Array<keyof DrainStats>) total[key] += stats[key];
      if (stats.claimed === 0 || this.stopping) return total;
    }
  }

  /** Runs in the background until stop(): drain, wait `pollMs` (or a wake()), repeat. */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = (async () => {
      while (!this.stopping) {
        try {
          await this.drain();
        } catch (error) {
          this.deps.logger.error({ err: error }, 'outbox sender failed; retrying after the poll interval');
        }
        if (this.stopping) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    })();
  }

  /** Ends the idle wait early (the planner just queued something). */
  wake(): void {
    this.wakeUp?.();
  }

  /** Finishes the row in hand and stops; the rest of a claimed batch is settled first. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    this.running = undefined;
  }

  private count(stats: DrainStats, outcome: ClaimOutcome): void {
    if (outcome.status === 'sent') stats.sent += 1;
    else if (outcome.status === 'dropped') stats.dropped += 1;
    else if (outcome.status === 'failed') stats.failed += 1;
    else if (outcome.error !== undefined) stats.retried += 1;
    else stats.postponed += 1;
  }

  /** Everything before the post: is the message still wanted, now, and what does it say. */
  private async prepare(row: ClaimedMessage, context: BatchContext): Promise<Prepared> {
    const stored = storedPayloadSchema.safeParse(row.payload);
    if (!stored.success)
      return {
        outcome: {
          status: 'failed',
          error: `invalid payload: ${stored.error.issues[0]?.message ?? 'unknown'}`,
          attempts: row.attempts,
        },
      };
    const workspace = await context.workspace(row.workspaceId);
    if (workspace === undefined || workspace.uninstalledAt !== null)
      return { outcome: { status: 'dropped', reason: 'workspace uninstalled Pathway' } };
    const conversation = parseConversationKey(row.dedupeKey);
    const feedback = parseFeedbackKey(row.dedupeKey);
    const mentorCheckIn = parseMentorCheckInKey(row.dedupeKey);
    // Feedback requests go only while the request still waits for an answer; "did you meet?" only while the
    // mentorship is active, neither side has logged the session and the recipient is not paused or away.
    const ownRule: { action: 'send'; payload?: OutboxPayload } | { action: 'drop'; reason: string } | undefined =
      feedback !== undefined
        ? await feedbackDelivery(this.deps.prisma, feedback, this.deps.clock.now())
        : mentorCheckIn !== undefined
          ? await mentorCheckInDelivery(
              this.deps.prisma,
              mentorCheckIn,
              this.deps.clock.now(),
              { defaultTimeZone: this.deps.defaultTimeZone },
              mentoringNotices,
            )
          : undefined;
    let payload: OutboxPayload;
    if (ownRule !== undefined) {
      const delivery = ownRule;
      if (delivery.action === 'drop') return { outcome: { status: 'dropped', reason: delivery.reason } };
      // "Did you meet?" is written now, in the recipient's language as it is now; a feedback request as it was queued.
      if (delivery.payload !== undefined) payload = delivery.payload;
      else if ('render' in stored.data)
        return {
          outcome: { status: 'failed', error: `nothing to render for ${stored.data.render}`, attempts: row.attempts },
        };
      else payload = stored.data;
    } else if (conversation !== undefined) {
      // Conversation messages: dropped when stale (moved, held, another manager), rendered from the data as it is now.
      const delivery = await conversationDelivery(
        this.deps.prisma,
        this.deps.logger,
        conversation,
        this.deps.clock.now(),
        conversationNotices,
      );
      if (delivery.action === 'drop') return { outcome: { status: 'dropped', reason: delivery.reason } };
      if (delivery.payload) payload = delivery.payload;
      else if ('render' in stored.data)
        return {
          outcome: { status: 'failed', error: `nothing to render for ${stored.data.render}`, attempts: row.attempts },
        };
      else payload = stored.data;
    } else {
      const verdict = await context.verdict(row, workspace, this.deps.clock.now());
      if (verdict.action === 'drop') return { outcome: { status: 'dropped', reason: verdict.reason } };
      if (verdict.action === 'postpone')
        return { outcome: { status: 'pending', notBefore: verdict.until, attempts: row.attempts } };
      if ('render' in stored.data) {
        if (verdict.content === undefined)
          return {
            outcome: { status: 'failed', error: `nothing to render for ${stored.data.render}`, attempts: row.attempts },
          };
        // Rendered now, in the recipient's language as it is now (they may have changed it since it was queued).
        payload = renderScheduled(verdict.content, translator(await context.languageOf(workspace, row.recipient)));
      } else {
        payload = stored.data; // rendered when queued (celebrations, notices, rows queued before rendering moved here)
      }
    }
    const client = await this.deps.clients.forTeam(workspace.slackTeamId);
    if (client === null) return { outcome: { status: 'dropped', reason: 'no Slack token for this workspace' } };
    return { client, teamId: workspace.slackTeamId, payload };
  }

  private async pace(teamId: string, channel: string): Promise<void> {
    if (this.shared) await this.shared.take(teamId, channel);
    await this.limiter.take(teamId, channel); // a 429 this process saw, before the database knew of it
  }

  private async post(
    client: WebClient,
    row: ClaimedMessage,
    teamId: string,
    payload: OutboxPayload,
    stats: DrainStats,
  ): Promise<ClaimOutcome> {
    let reconnected = false;
    for (let waits = 0; ; waits += 1) {
      await this.pace(teamId, row.recipient);
      try {
        if (CHANNEL_POST_KINDS.has(row.kind)) {
          // Celebrations: joins a public channel when needed, tells people how to fix a private one; never retried.
          const result = await deliverChannelPost(this.deps, client, row, celebrationMessages);
          return result.ok
            ? { status: 'sent', slackTs: result.ts, at: this.deps.clock.now() }
            : { status: 'failed', error: result.error, attempts: row.attempts + 1 };
        }
        const result = await client.chat.postMessage({
          channel: row.recipient,
          text: payload.text,
          ...(payload.blocks === undefined ? {} : { blocks: payload.blocks }),
        });
        return { status: 'sent', slackTs: result.ts ?? '', at: this.deps.clock.now() };
      } catch (error) {
        const failure = classifyPostError(error);
        const now = this.deps.clock.now();
        if (failure.kind === 'rate_limited') {
          stats.rateLimited += 1;
          this.limiter.pause(teamId, failure.retryAfterMs);
          await this.shared?.pause(teamId, failure.retryAfterMs);
          this.deps.logger.warn(
            { outboxId: row.id, retryAfterMs: failure.retryAfterMs },
            'Slack rate limit: waiting for Retry-After',
          );
          if (failure.retryAfterMs <= this.options.maxInlineWaitMs && waits < MAX_INLINE_RATE_LIMIT_WAITS) continue;
          return {
            status: 'pending',
            notBefore: new Date(now.getTime() + failure.retryAfterMs),
            attempts: row.attempts,
          };
        }
        if (failure.kind === 'transient' && failure.staleConnection && !reconnected) {
          reconnected = true;
          continue;
        }
        const attempts = row.attempts + 1;
        this.deps.logger.warn(
          { outboxId: row.id, attempts, error: failure.error, kind: failure.kind },
          'chat.postMessage failed',
        );
        if (failure.kind === 'permanent' || attempts >= this.options.maxAttempts)
          return { status: 'failed', error: failure.error, attempts };
        return {
          status: 'pending',
          notBefore: new Date(now.getTime() + this.options.backoffMs(attempts)),
          attempts,
          error: failure.error,
        };
      } finally {
        await this.shared?.posted(teamId, row.recipient); // the conversation's next turn counts from here
      }
    }
  }
}

/** Lookups shared by the rows of one claimed batch. */
class BatchContext {
  private readonly workspaces = new Map<string, WorkspaceRow | undefined>();
  private readonly readers = new Map<string, FactsReader>();

  constructor(private readonly deps: SenderDeps) {}

  async workspace(id: string): Promise<WorkspaceRow | undefined> {
    if (!this.workspaces.has(id)) {
      const row = await this.deps.prisma.workspace.findUnique({
        where: { id },
        select: { ...scheduleWorkspaceSelect, uninstalledAt: true, language: true },
      });
      this.workspaces.set(id, row ?? undefined);
    }
    return this.workspaces.get(id);
  }

  /** The recipient's language: their choice, else their Slack locale's, else the workspace's. */
  async languageOf(workspace: WorkspaceRow, slackUserId: string): Promise<ReturnType<typeof languageFor>> {
    const person = await this.deps.prisma.person.findFirst({
      where: { workspaceId: workspace.id, slackUserId },
      select: { language: true, locale: true },
    });
    return languageFor(person ?? {}, workspace.language);
  }

  /** Scheduler messages are re-planned for now: sent only if still planned, and inside working hours. */
  async verdict(row: ClaimedMessage, workspace: WorkspaceRow, now: Date): Promise<Verdict> {
    const key = parseKey(row.dedupeKey);
    if (key === undefined) return { action: 'send' }; // not a scheduler message: its producer decided
    const ownerId = await this.ownerOf(key);
    if (ownerId === undefined) return { action: 'drop', reason: 'milestone removed' };
    const facts = await this.reader(workspace).person(ownerId, now);
    if (facts === undefined || facts.deactivated) return { action: 'drop', reason: 'person no longer in Pathway' };
    const plan = planFor(facts, settingsOf(workspace), now);
    const planned = plan.planned.find((message) => message.keyText === row.dedupeKey);
    if (planned !== undefined) {
      return planned.notBefore.getTime() > now.getTime() + POSTPONE_SLACK_MS
        ? { action: 'postpone', until: planned.notBefore }
        : { action: 'send', content: planned.content };
    }
    const held = plan.heldBack.find((message) => message.keyText === row.dedupeKey);
    return { action: 'drop', reason: held?.reason ?? whyNotPlanned(key, facts) };
  }

  private reader(workspace: WorkspaceRow): FactsReader {
    let reader = this.readers.get(workspace.id);
    if (reader === undefined) {
      reader = new FactsReader(this.deps.prisma, workspace, this.deps.defaultTimeZone);
      this.readers.set(workspace.id, reader);
    }
    return reader;
  }

  private async ownerOf(key: ScheduleKey): Promise<string | undefined> {
    switch (key.kind) {
      case 'milestone_nudge': {
        const milestone = await this.deps.prisma.milestone.findUnique({
          where: { id: key.milestoneId },
          select: { pathway: { select: { personId: true } } },
        });
        return milestone?.pathway.personId;
      }
      case 'checkin_reminder':
      case 'away_summary':
        return key.personId;
      case 'manager_reminder':
        return key.reportId;
      case 'manager_digest':
        return key.managerId;
    }
  }
}
