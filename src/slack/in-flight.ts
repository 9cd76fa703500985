/**
 * Counts Slack requests still being worked on after their ack, so a replica
 * stopped with SIGTERM finishes them (answers, writes) before it closes the
 * database.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export class InFlight {
  private running = 0;
  private waiters: Array<() => void> = [];

  get count(): number {
    return this.running;
  }

  /** Global Bolt middleware: register it first so it wraps everything else. */
  readonly middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    this.running += 1;
    try {
      await next();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  };

  /** Resolves true once nothing is running, or false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
