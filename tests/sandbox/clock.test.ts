import { describe, expect, it } from 'vitest';
import { SandboxClock } from '../../src/sandbox/clock.js';

describe('SandboxClock', () => {
  it('is real time plus what the visitor added, and dates past events by the offset of their moment', () => {
    let real = Date.parse('2027-01-11T10:00:00Z');
    const clock = new SandboxClock(() => real);
    expect(clock.now().toISOString()).toBe('2027-01-11T10:00:00.000Z');
    const beforeMove = real;
    real += 1000;
    clock.advance(24 * 3600_000);
    expect(clock.now().toISOString()).toBe('2027-01-12T10:00:01.000Z');
    expect(clock.offsetMs).toBe(24 * 3600_000);
    expect(clock.at(beforeMove).toISOString()).toBe('2027-01-11T10:00:00.000Z');
    expect(clock.at(real).toISOString()).toBe('2027-01-12T10:00:01.000Z');
  });

  it('only moves forward', () => {
    const clock = new SandboxClock();
    expect(() => clock.advance(-1)).toThrow('only moves forward');
    expect(() => clock.advance(Number.NaN)).toThrow('only moves forward');
  });
});
