import { describe, expect, it } from 'vitest';
import {
  caseCounts,
  newestFirst,
  plainFromSlack,
  readinessCases,
  validateSavedEvidence,
  WINS_LOG_TARGET,
  type WinEntry,
  winsPage,
  withoutRepeatedExamples,
} from '../../src/domain/evidence.js';

function entry(key: string, at: number, patch: Partial<WinEntry> = {}): WinEntry {
  return {
    key,
    kind: 'note',
    at,
    date: '2027-01-01',
    text: key,
    link: null,
    milestone: null,
    signalKeys: [],
    author: { role: 'self' },
    ...patch,
  };
}

describe('the wins log', () => {
  it('lists newest first, ties in a stable order, and pages with the page clamped', () => {
    const entries = [entry('b', 2), entry('a', 2), entry('c', 3), entry('d', 1)];
    expect(newestFirst(entries).map((e) => e.key)).toEqual(['c', 'a', 'b', 'd']);
    expect(winsPage(entries, 2, 3)).toMatchObject({ page: 2, pages: 2, total: 4, entries: [{ key: 'd' }] });
    expect(winsPage(entries, 99, 3).page).toBe(2);
    expect(winsPage(entries, 0, 3).page).toBe(1);
    expect(winsPage([], 1, 3)).toMatchObject({ page: 1, pages: 1, total: 0, entries: [] });
  });

  it('keeps a kept example once, under the date it was first given', () => {
    const first = entry('e1', 1, { kind: 'example', signalKeys: ['s'], text: 'Ran the workshop' });
    const kept = entry('e2', 5, { kind: 'example', signalKeys: ['s'], text: 'Ran the workshop ' });
    const other = entry('e3', 6, { kind: 'example', signalKeys: ['t'], text: 'Ran the workshop' });
    expect(withoutRepeatedExamples([kept, first, other]).map((e) => e.key)).toEqual(['e3', 'e1']);
  });
});

describe('the readiness case', () => {
  const signals = [
    { key: 'impact', title: 'Impact' },
    { key: 'systems', title: 'Systems thinking' },
  ];
  const milestones = [
    { id: 'm2', position: 2, title: 'Course', signalKeys: ['impact'], state: 'open' as const },
    { id: 'm1', position: 1, title: 'Workshop', signalKeys: ['impact', 'systems'], state: 'done' as const },
  ];

  it('gathers, per signal, the milestones serving it with their evidence, tagged evidence and earlier examples', () => {
    const done = entry('done:m1', 3, { kind: 'done', milestone: { id: 'm1', position: 1, title: 'Workshop' } });
    const comment = entry('comment', 4, {
      kind: 'comment',
      milestone: { id: 'm1', position: 1, title: 'Workshop' },
      author: { role: 'manager', slackUserId: 'U0DANA' },
    });
    const tagged = entry('msg', 5, { kind: 'message', signalKeys: ['systems'] });
    const taggedOnServing = entry('msg2', 6, {
      kind: 'message',
      signalKeys: ['impact'],
      milestone: { id: 'm2', position: 2, title: 'Course' },
    });
    const example = entry('ex', 2, { kind: 'example', signalKeys: ['impact'], rating: 3 });
    const cases = readinessCases(signals, milestones, [done, comment, tagged, taggedOnServing, example]);

    const [impact, systems] = cases;
    expect(impact!.milestones.map((m) => [m.position, m.evidence.map((e) => e.key)])).toEqual([
      [1, ['comment', 'done:m1']],
      [2, ['msg2']],
    ]);
    // Evidence about a milestone that serves the signal is shown under that milestone, not twice.
    expect(impact!.evidence).toEqual([]);
    expect(impact!.examples.map((e) => e.key)).toEqual(['ex']);
    expect(systems!.milestones.map((m) => m.position)).toEqual([1]);
    expect(systems!.evidence.map((e) => e.key)).toEqual(['msg']);
    expect(systems!.examples).toEqual([]);
    expect(caseCounts(impact!)).toEqual({ milestones: 2, done: 1, evidence: 2, examples: 1 });
  });
});

describe('saving a Slack message as evidence', () => {
  it('turns Slack markup into text that names nobody by id', () => {
    expect(
      plainFromSlack(
        'Thanks <@U0ALICE|alice> and <@U0BOB> in <#C0WINS|wins>: <https://example.com/deck|the deck>, <https://x.test> &amp; <!here>',
      ),
    ).toBe('Thanks @alice and @someone in #wins: the deck (https://example.com/deck), https://x.test & @here');
  });

  it('needs a note, takes an http(s) link, and a milestone of the pathway or the wins log', () => {
    const milestones = new Set(['m1']);
    const signals = new Set(['impact']);
    expect(
      validateSavedEvidence(
        { note: ' Ran it ', link: 'https://slack.test/p1', target: 'm1', signalKeys: ['impact', 'gone'] },
        milestones,
        signals,
      ),
    ).toEqual({
      ok: true,
      value: { text: 'Ran it', link: 'https://slack.test/p1', milestoneId: 'm1', signalKeys: ['impact'] },
    });
    expect(
      validateSavedEvidence(
        { note: 'x', link: undefined, target: WINS_LOG_TARGET, signalKeys: [] },
        milestones,
        signals,
      ),
    ).toMatchObject({ ok: true, value: { milestoneId: null } });
    const bad = validateSavedEvidence(
      { note: '  ', link: 'javascript:alert(1)', target: 'm9', signalKeys: [] },
      milestones,
      signals,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.problems).sort()).toEqual(['link', 'note', 'target']);
  });
});
