/**
 * Every button says what it acts on: a screen reader reads a button's accessibility_label, so rows
 * of identical "Done / Move date / Edit" buttons must each name their milestone. A static scan
 * covers every builder in src/blocks/; rendered surfaces check that the labels really differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/blocks/home.js';
import { renderScheduled } from '../../src/blocks/nudges.js';
import { LIMITS, namedLabel } from '../../src/blocks/text.js';
import type { MilestoneView, Overview } from '../../src/services/overview.js';
import { pathwayView } from '../support/views.js';

const BLOCKS_DIR = new URL('../../src/blocks/', import.meta.url);

/** The object literal around `type: 'button'` at `at`, found by matching braces. */
function enclosingObject(source: string, at: number): string {
  let depth = 0;
  let start = at;
  for (; start >= 0; start--) {
    if (source[start] === '}') depth++;
    if (source[start] === '{') {
      if (depth === 0) break;
      depth--;
    }
  }
  depth = 0;
  let end = start;
  for (; end < source.length; end++) {
    if (source[end] === '{') depth++;
    if (source[end] === '}' && --depth === 0) break;
  }
  return source.slice(start, end + 1);
}

interface ButtonJson {
  type: string;
  text?: { text: string };
  accessibility_label?: string;
  elements?: unknown[];
  accessory?: unknown;
}

function buttonsIn(value: unknown): ButtonJson[] {
  if (Array.isArray(value)) return value.flatMap(buttonsIn);
  if (value === null || typeof value !== 'object') return [];
  const node = value as ButtonJson & Record<string, unknown>;
  const own = node.type === 'button' ? [node] : [];
  return [...own, ...Object.values(node).flatMap(buttonsIn)];
}

function milestone(position: number, title: string): MilestoneView {
  return {
    id: `m${position}`,
    position,
    title,
    kind: 'course',
    dueDate: '2027-03-01',
    link: null,
    done: false,
    doneDate: null,
    daysLeft: 10 + position,
  };
}

function overview(milestones: MilestoneView[]): Overview {
  return {
    today: '2027-01-11',
    lastCheckIn: null,
    readiness: null,
    pathway: pathwayView(milestones, {
      id: 'p1',
      from: { key: 'a', title: 'Instructional Designer', stageTitle: undefined, stageOrder: undefined },
      goal: { key: 'b', title: 'Senior Instructional Designer', stageTitle: undefined, stageOrder: 2 },
      moveKind: 'lattice',
      targetDate: '2027-12-31',
    }),
  };
}

describe('accessibility labels', () => {
  it('every button built in src/blocks/ carries an accessibility_label', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of readdirSync(BLOCKS_DIR).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, BLOCKS_DIR), 'utf8');
      for (const match of source.matchAll(/type: 'button'/g)) {
        seen++;
        const literal = enclosingObject(source, match.index);
        if (!literal.includes('accessibility_label'))
          missing.push(`${file}: ${literal.slice(0, 120).replace(/\s+/g, ' ')}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('names the object and fits Block Kit’s 75 characters, cutting the object rather than the verb', () => {
    expect(namedLabel((t) => `Mark '${t}' done`, 'Course: consulting skills')).toBe(
      "Mark 'Course: consulting skills' done",
    );
    const long = namedLabel((t) => `Mark '${t}' done`, 'x'.repeat(200));
    expect(long.length).toBeLessThanOrEqual(LIMITS.accessibilityLabel);
    expect(long.startsWith("Mark 'x")).toBe(true);
    expect(long.endsWith("…' done")).toBe(true);
  });

  it('Home: each milestone row’s buttons name their own milestone, so identical rows differ for a screen reader', () => {
    const view = homeView(
      overview([
        milestone(1, 'Course: consulting skills'),
        milestone(2, 'Run a workshop'),
        milestone(3, 'y'.repeat(150)),
      ]),
      { page: 1 },
    );
    expectValidView(view);
    const buttons = buttonsIn(view.blocks);
    expect(buttons.length).toBeGreaterThan(6);
    for (const button of buttons) {
      expect(button.accessibility_label, button.text?.text).toBeTruthy();
      expect(button.accessibility_label!.length).toBeLessThanOrEqual(LIMITS.accessibilityLabel);
    }
    // WCAG "label in name": the spoken label contains the visible text, so voice control finds the button.
    for (const button of buttons)
      expect(button.accessibility_label!.toLowerCase(), button.text?.text).toContain(button.text!.text.toLowerCase());
    const labels = buttons.map((button) => button.accessibility_label);
    expect(labels).toContain("Mark 'Course: consulting skills' done");
    expect(labels).toContain("Move date of 'Run a workshop'");
    const doneLabels = buttons
      .filter((button) => button.text?.text === 'Done')
      .map((button) => button.accessibility_label);
    expect(new Set(doneLabels).size).toBe(doneLabels.length);
  });

  it('nudges: the Done / Move / Snooze buttons name the milestone', () => {
    const message = renderScheduled({
      kind: 'milestone_nudge',
      stage: 'due',
      today: '2027-03-01',
      milestone: { id: 'm1', position: 1, title: 'Course: consulting skills', dueDate: '2027-03-01' },
    });
    expectValidBlocks(message.blocks as KnownBlock[], 'message');
    expect(message.text.length).toBeGreaterThan(20);
    expect(buttonsIn(message.blocks).map((button) => button.accessibility_label)).toEqual([
      'Mark ‘Course: consulting skills’ done',
      'Move the date of ‘Course: consulting skills’',
      'Snooze 7 days: ‘Course: consulting skills’',
    ]);
  });
});
