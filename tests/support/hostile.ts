/**
 * Text and frameworks at the schema's limits, full of what mrkdwn and Slack would interpret if
 * Pathway did not escape it, for the tests that hold blocks to Block Kit's limits.
 */

import type { FrameworkInput } from '../../src/domain/framework/schema.js';

type RoleInput = FrameworkInput['stages'][number]['roles'][number];

/** Text of `length` characters starting with `seed`, with bold, italics, an @channel and an ampersand. */
export const hostile = (length: number, seed: string): string =>
  `${seed} *bold* <!channel> & _it_ `
    .repeat(Math.ceil(length / 30))
    .slice(0, length)
    .trim();

/** Every mrkdwn text in `value`: what Slack would parse for mentions and links (plain_text is shown as typed). */
export function mrkdwnTexts(value: unknown): string {
  if (Array.isArray(value)) return value.map(mrkdwnTexts).join('\n');
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  if (record.type === 'mrkdwn' && typeof record.text === 'string') return record.text;
  return Object.values(record).map(mrkdwnTexts).join('\n');
}

/**
 * A framework of `stageCount` stages on one track, its name, track and stage titles and focus at their
 * limits; `rolesOf(s)` gives stage s's roles, and `rest` anything else the framework holds.
 */
export function hostileFramework(
  stageCount: number,
  rolesOf: (stage: number) => RoleInput[],
  rest: Partial<FrameworkInput> = {},
): FrameworkInput {
  return {
    version: 1,
    name: hostile(75, 'Framework'),
    ...rest,
    tracks: [{ key: 'main', title: hostile(75, 'Track') }],
    stages: Array.from({ length: stageCount }, (_, s) => ({
      key: `stage-${s}`,
      track: 'main',
      order: s + 1,
      title: hostile(75, `Stage ${s}`),
      focus: hostile(500, 'focus'),
      roles: rolesOf(s),
    })),
  };
}
