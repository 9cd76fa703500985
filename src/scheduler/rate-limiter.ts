/**
 * Spaces posts out in real time: at most one per `channelIntervalMs` into the
 * same conversation (Slack's ~1 message a second a channel) and one per
 * `workspaceIntervalMs` in a workspace. A 429 pauses the whole workspace for
 * its Retry-After. Turns are reserved when asked for, so concurrent callers
 * in one process queue up instead of bursting.
 */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RateLimits {
  channelIntervalMs: number;
  workspaceIntervalMs: number;
}

const PRUNE_ABOVE = 10_000;

export class RateLimiter {
  private readonly channelNext = new Map<string, number>();
  private readonly workspaceNext = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly sleep: Sleep = realSleep,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  /** Waits until a post to `channel` in `workspace` is allowed, and takes that turn. */
  async take(workspace: string, channel: string): Promise<void> {
    const now = this.monotonicNow();
    const channelKey = `${workspace}/${channel}`;
    const at = Math.max(now, this.channelNext.get(channelKey) ?? 0, this.workspaceNext.get(workspace) ?? 0);
    this.channelNext.set(channelKey, at + this.limits.channelIntervalMs);
    this.workspaceNext.set(workspace, at + this.limits.workspaceIntervalMs);
    this.prune(now);
    if (at > now) await this.sleep(at - now);
  }

  /** Slack answered 429: nothing more to this workspace for `ms`. */
  pause(workspace: string, ms: number): void {
    const until = this.monotonicNow() + ms;
    this.workspaceNext.set(workspace, Math.max(this.workspaceNext.get(workspace) ?? 0, until));
  }

  private prune(now: number): void {
    if (this.channelNext.size <= PRUNE_ABOVE) return;
    for (const [key, next] of this.channelNext) if (next < now) this.channelNext.delete(key);
  }
}
