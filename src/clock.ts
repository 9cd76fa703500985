/** The source of "now", injected so schedules can be tested across time zones and DST. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
