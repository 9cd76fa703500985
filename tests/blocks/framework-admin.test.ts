import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  frameworkChangeNotice,
  frameworkLoadedView,
  frameworkProblemsView,
  frameworkUploadModal,
  MAX_ERROR_TEXT_LENGTH,
  problemsErrorText,
} from '../../src/blocks/framework-admin.js';
import { PLAN_OPEN_ACTION } from '../../src/blocks/overview.js';
import type { PersonPlan, RoleLabel } from '../../src/domain/framework/changes.js';
import type { FrameworkProblem } from '../../src/domain/framework/parse.js';

const LONG_TITLE = 'Principal *Learning* Experience Architect <!channel> & Enablement'.padEnd(75, 'x');
const label = (i: number): RoleLabel => ({ key: `role-${i}-${'k'.repeat(50)}`, title: LONG_TITLE });

describe('framework admin blocks', () => {
  it('opens an upload modal with a file input, a paste field capped at 3000 characters and a hint saying so', () => {
    const view = frameworkUploadModal({
      name: LONG_TITLE,
      version: 12,
      loadedBy: 'U0ADMIN',
      loadedAt: new Date('2027-01-02T10:00:00Z'),
      stageCount: 50,
      roleCount: 100,
    });
    expectValidView(view);
    const shown = JSON.stringify(view);
    expect(shown).toContain('"type":"file_input"');
    expect(shown).toContain('"max_length":3000');
    expect(shown).toContain('limits this field to 3,000 characters');
    expect(shown).toContain('loaded by <@U0ADMIN>');
    expect(shown).not.toContain('<!channel>');
  });

  it('lists problems by line and path, and counts those that do not fit in a field error', () => {
    const problems: FrameworkProblem[] = Array.from({ length: 200 }, (_, i) => ({
      path: `stages[${i}].roles[0].title`,
      line: i * 10 + 1,
      message: 'Too long: 90 characters, at most 75',
    }));
    const text = problemsErrorText(problems);
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_TEXT_LENGTH);
    expect(text).toMatch(/^200 problems; nothing was changed/);
    expect(text).toContain('• line 1 stages[0].roles[0].title: Too long: 90 characters, at most 75');
    expect(text).toMatch(/…and \d+ more after these\.$/);
    expect(problemsErrorText(problems.slice(0, 1))).toBe(
      '1 problem; nothing was changed. Fix it and load again:\n• line 1 stages[0].roles[0].title: Too long: 90 characters, at most 75',
    );
  });

  it('escapes what a problem quotes from the file when it is shown in the modal', () => {
    const view = frameworkProblemsView([
      { path: 'stages[0].track', line: 8, message: 'Unknown track "<!channel> *x*"; tracks are: eng' },
    ]);
    expectValidView(view);
    const shown = JSON.stringify(view);
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).not.toContain('<!channel>');
  });

  it('summarises a load with a hundred changed roles within the limits', () => {
    const view = frameworkLoadedView({
      ok: true,
      versionId: 'v',
      version: 3,
      previousVersion: 2,
      name: LONG_TITLE,
      summary: {
        added: Array.from({ length: 100 }, (_, i) => label(i)),
        renamed: Array.from({ length: 40 }, (_, i) => ({ from: label(i), to: label(i + 1) })),
        retitled: [],
        removed: Array.from({ length: 100 }, (_, i) => label(i)),
      },
      pathwaysMoved: 1200,
      pathwaysToChoose: 3,
      peopleNotified: 40,
    });
    expectValidView(view);
    expect(JSON.stringify(view)).not.toContain('<!channel>');
  });

  it('tells a person whose goal was removed to choose a new one, with the plan button', () => {
    const removed: PersonPlan = {
      personId: 'p',
      currentRole: { kind: 'renamed', from: label(1), to: { key: 'new', title: 'Senior Learning Designer' } },
      currentRoleKey: 'new',
      pathway: {
        action: 'choose',
        pathwayId: 'pw',
        reason: 'goal-removed',
        from: { kind: 'kept', role: label(2) },
        goal: { kind: 'removed', role: { key: 'learning-consultant', title: 'Learning Consultant' } },
      },
      notify: true,
    };
    const notice = frameworkChangeNotice(removed, { frameworkName: LONG_TITLE, version: 4, language: 'en' });
    expectValidBlocks(notice.blocks, 'message');
    const shown = JSON.stringify(notice.blocks);
    expect(notice.text).toBe('The career framework changed: please choose a new goal');
    expect(shown).toContain('Your goal *Learning Consultant* is no longer in the framework');
    expect(shown).toContain('is now called *Senior Learning Designer*');
    expect(shown).toContain(`"action_id":"${PLAN_OPEN_ACTION}"`);
    expect(shown).not.toContain('<!channel>');
  });

  it('tells a person whose goal was renamed, without a button', () => {
    const renamed: PersonPlan = {
      personId: 'p',
      currentRole: null,
      currentRoleKey: null,
      pathway: {
        action: 'follow',
        pathwayId: 'pw',
        fromRoleKey: 'a',
        goalRoleKey: 'b',
        moveKind: 'ladder',
        from: { kind: 'kept', role: { key: 'a', title: 'A' } },
        goal: { kind: 'renamed', from: { key: 'old', title: 'Old Goal' }, to: { key: 'b', title: 'New Goal' } },
      },
      notify: true,
    };
    const notice = frameworkChangeNotice(renamed, { frameworkName: 'L&D', version: 2, language: 'en' });
    const shown = JSON.stringify(notice.blocks);
    expect(shown).toContain('Your goal *Old Goal* is now called *New Goal*');
    expect(shown).toContain('moved along with it');
    expect(shown).not.toContain(PLAN_OPEN_ACTION);
  });
});
