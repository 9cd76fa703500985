/**
 * Sender pacing shared by every replica through the database (SendPace), so
 * two senders together keep to SENDER_RATE_PER_WORKSPACE and to one message
 * a second per conversation. Each post takes its turn with one statement:
 * the workspace's next turn (no earlier than the conversation's) and the
 * conversation's next turn move forward atomically, and the caller sleeps
 * until its turn. A turn missed by a sender that was busy for a moment may
 * still be used within CATCH_UP_MS, so the long-run rate reaches the
 * configured one instead of losing every late millisecond; a conversation's
 * spacing has no such allowance. Only one sender works on a conversation at
 * a time (the outbox claim sees to it), so its row is never raced.
 *
 * Wall-clock milliseconds (Date.now), not the injected clock: pacing is about
 * real time, like Slack's own limits.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../db/client.js';
import type { RateLimits, Sleep } from './rate-limiter.js';

/** How late a workspace turn may still be taken. */
export const CATCH_UP_MS = 1000;
/** Conversations quiet for this long lose their row. */
const PRUNE_AFTER_MS = 3_600_000;
const PRUNE_EVERY_MS = 600_000;

/** The key of a conversation's row: a hash, so the table holds no Slack ids. */
function conversationKey(team: string, channel: string): string {
  return `ch:${createHash('sha256').update(`${team}/${channel}`).digest('base64url').slice(0, 22)}`;
}

export class SharedPacer {
  private lastPrune = 0;

  constructor(
    private readonly prisma: Pick<PrismaClient, '$queryRaw' | '$executeRaw'>,
    private readonly limits: RateLimits,
    private readonly sleep: Sleep,
    private readonly wallNow: () => number = () => Date.now(),
  ) {}

  /** Waits until a post to `channel` in `team` is allowed, and takes that turn. */
  async take(team: string, channel: string): Promise<void> {
    const now = this.wallNow();
    const workspace = `ws:${team}`;
    const conversation = conversationKey(team, channel);
    const { workspaceIntervalMs: every, channelIntervalMs: channelEvery } = this.limits;
    const [turn] = await this.prisma.$queryRaw<Array<{ at: bigint }>>`
      WITH "turn" AS (
        INSERT INTO "SendPace" AS p ("key", "nextAt")
        VALUES (${workspace}, GREATEST(${now - CATCH_UP_MS}::bigint, COALESCE((SELECT "nextAt" FROM "SendPace" WHERE "key" = ${conversation}), 0)) + ${every}::bigint)
        ON CONFLICT ("key") DO UPDATE SET "nextAt" = GREATEST(p."nextAt", EXCLUDED."nextAt" - ${every}::bigint) + ${every}::bigint
        RETURNING p."nextAt" - ${every}::bigint AS "at"
      )
      INSERT INTO "SendPace" ("key", "nextAt") SELECT ${conversation}, GREATEST("at", ${now}::bigint) + ${channelEvery}::bigint FROM "turn"
      ON CONFLICT ("key") DO UPDATE SET "nextAt" = EXCLUDED."nextAt"
      RETURNING "nextAt" - ${channelEvery}::bigint AS "at"`;
    await this.prune(now);
    const wait = Number(turn?.at ?? now) - this.wallNow();
    if (wait > 0) await this.sleep(wait);
  }

  /**
   * The post into `channel` is done: its conversation's next turn counts from
   * now, since the request may have left later than its turn (this process
   * was busy) and two posts must never land closer than the interval.
   */
  async posted(team: string, channel: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "SendPace" SET "nextAt" = GREATEST("nextAt", ${this.wallNow() + this.limits.channelIntervalMs}::bigint)
      WHERE "key" = ${conversationKey(team, channel)}`;
  }

  /** Slack answered 429: no replica posts to this workspace for `ms`. */
  async pause(team: string, ms: number): Promise<void> {
    const until = this.wallNow() + ms;
    await this.prisma.$executeRaw`
      INSERT INTO "SendPace" AS p ("key", "nextAt") VALUES (${`ws:${team}`}, ${until}::bigint)
      ON CONFLICT ("key") DO UPDATE SET "nextAt" = GREATEST(p."nextAt", EXCLUDED."nextAt")`;
  }

  private async prune(now: number): Promise<void> {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.prisma
      .$executeRaw`DELETE FROM "SendPace" WHERE "key" LIKE 'ch:%' AND "nextAt" < ${now - PRUNE_AFTER_MS}::bigint`;
  }
}
