import type { Clock } from '../clock.js';

/** The sandbox's clock: real time plus an offset the visitor moves forward. */
export class SandboxClock implements Clock {
  private offset = 0;
  /** Real time (ms) at which each offset took effect, so past events can be shown in sandbox time. */
  private readonly history: Array<{ readonly from: number; readonly offset: number }> = [{ from: 0, offset: 0 }];

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realNow() + this.offset);
  }

  get offsetMs(): number {
    return this.offset;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the sandbox clock only moves forward');
    this.offset += ms;
    this.history.push({ from: this.realNow(), offset: this.offset });
  }

  /** Sandbox time of something that happened at real time `realMs`. */
  at(realMs: number): Date {
    let offset = 0;
    for (const entry of this.history) if (entry.from <= realMs) offset = entry.offset;
    return new Date(realMs + offset);
  }
}
