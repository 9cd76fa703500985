import { describe, expect, it } from 'vitest';
import { dueDateProblem, positionProblem } from '../../../src/domain/pathways/milestones.js';

describe('dueDateProblem', () => {
  it('accepts today and later', () => {
    expect(dueDateProblem('2027-01-11', '2027-01-11')).toBeNull();
    expect(dueDateProblem('2027-06-01', '2027-01-11')).toBeNull();
  });

  it('refuses the past and names today', () => {
    expect(dueDateProblem('2027-01-10', '2027-01-11')).toBe(
      'Sun 10 Jan 2027 is in the past (today is Mon 11 Jan 2027 where you are): pick today or a later date',
    );
  });
});

describe('positionProblem', () => {
  it('accepts numbers shown in /pathway', () => {
    expect(positionProblem(1, 4)).toBeNull();
    expect(positionProblem(4, 4)).toBeNull();
  });

  it('names the numbers that exist', () => {
    expect(positionProblem(5, 4)).toContain('you have milestones 1–4');
    expect(positionProblem(2, 1)).toContain('you have only milestone 1');
    expect(positionProblem(1, 0)).toContain('/pathway add');
  });
});
