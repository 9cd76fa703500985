/**
 * The competency modal and the competency lines beside readiness at their largest:
 * the most competencies a role may have, titles and descriptions at their length
 * limits, notes at theirs; and the words they show (counted, never averaged).
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  assessButton,
  COMPETENCIES_OPEN_ACTION,
  competenciesModal,
  competenciesSavedView,
  competencyRatingBlockId,
} from '../../src/blocks/competencies.js';
import { competencyBlocks, readinessBlocks } from '../../src/blocks/readiness.js';
import { MAX_DESCRIPTION_LENGTH, MAX_KEY_LENGTH, MAX_TITLE_LENGTH } from '../../src/domain/framework/schema.js';
import { assessReadiness, type Rating } from '../../src/domain/readiness.js';
import type { ReadinessView } from '../../src/services/checkins.js';
import {
  type CompetencyForm,
  type LastCompetencyAnswer,
  MAX_COMPETENCY_NOTE_LENGTH,
} from '../../src/services/competencies.js';

/** The schema's limit on competencies per role. */
const MAX_COMPETENCIES_PER_ROLE = 20;
const key = (i: number) => `${'k'.repeat(MAX_KEY_LENGTH - 3)}-${String(i).padStart(2, '0')}`;
const competencies = Array.from({ length: MAX_COMPETENCIES_PER_ROLE }, (_, i) => ({
  key: key(i),
  title: `${i} ${'*Long* <!channel> & title '.repeat(10)}`.slice(0, MAX_TITLE_LENGTH),
  description: 'd'.repeat(MAX_DESCRIPTION_LENGTH),
  resources: [{ title: `Course ${i} <!channel>`, url: `https://example.com/${i}/${'p'.repeat(200)}` }],
}));
const form: CompetencyForm = {
  pathwayId: 'p1',
  frameworkVersionId: 'f1',
  goal: { key: 'goal', title: 'G'.repeat(MAX_TITLE_LENGTH) },
  competencies,
};

function readinessWith(ratings: Array<Rating | null>): ReadinessView {
  return {
    ...assessReadiness([{ key: 's1', title: 'Signal' }], [], []),
    goalTitle: 'Senior Instructional Designer',
    competencies: competencies.map((item, i) => ({
      key: item.key,
      title: item.title,
      rating: ratings[i] ?? null,
      date: ratings[i] ? '2027-01-11' : null,
      resources: item.resources,
    })),
  };
}

describe('competency surfaces', () => {
  it('the modal at its largest fits Slack’s limits, one select and one optional note per competency', () => {
    const view = competenciesModal(form);
    expectValidView(view);
    expect(view.title.text).toBe('Assess your competencies');
    const inputs = view.blocks.filter((block) => block.type === 'input');
    expect(inputs).toHaveLength(MAX_COMPETENCIES_PER_ROLE * 2);
  });

  it('prefills each select and note from the last assessment and says when it was', () => {
    const last = new Map<string, LastCompetencyAnswer>(
      competencies.map((item, i) => [
        item.key,
        { rating: ((i % 4) + 1) as Rating, note: 'n'.repeat(MAX_COMPETENCY_NOTE_LENGTH), date: '2027-01-04' },
      ]),
    );
    const view = competenciesModal(form, last);
    expectValidView(view);
    const first = view.blocks.find((block) => block.block_id === competencyRatingBlockId(key(0)));
    expect(JSON.stringify(first)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Not yet","emoji":true},"value":"1"}',
    );
    expect(JSON.stringify(view.blocks[0])).toContain('Your ratings from Mon 4 Jan 2027 are filled in');
  });

  it('the confirmation with every competency rated fits, with the manager named', () => {
    const view = competenciesSavedView(
      readinessWith(competencies.map((_, i) => ((i % 4) + 1) as Rating)),
      'U0DANA',
      MAX_COMPETENCIES_PER_ROLE,
    );
    expectValidView(view);
    expect(JSON.stringify(view.blocks)).toContain('20 competencies assessed.* <@U0DANA> sees them');
  });

  it('beside readiness: each competency in words and the spread as counts, never an average', () => {
    const ratings: Array<Rating | null> = [4, 3, 3, 2, null];
    const view = readinessWith(ratings);
    view.competencies = view.competencies!.slice(0, 5);
    const blocks = competencyBlocks(view, 'self');
    expectValidBlocks(blocks, 'message');
    const text = JSON.stringify(blocks);
    expect(text).toContain('1 role model, 2 consistent, 1 emerging, 1 not assessed');
    expect(text).toContain('last assessed Mon 11 Jan 2027');
    expect(text).toContain(': _not assessed_');
    // Below consistent, the framework's first link for growing it; at consistent or above, none.
    expect(text).toContain(`emerging · :link: <https://example.com/3/`);
    expect(text).not.toContain('https://example.com/1/');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toMatch(/average|\d\.\d/);
    expectValidBlocks(readinessBlocks(readinessWith(competencies.map(() => 3)), 'manager'), 'message');
  });

  it('before any assessment, points the person to the command and tells the manager nothing more', () => {
    expect(JSON.stringify(competencyBlocks(readinessWith([]), 'self'))).toContain('`/pathway competencies`');
    expect(JSON.stringify(competencyBlocks(readinessWith([]), 'manager'))).not.toContain('/pathway');
    expect(competencyBlocks({ competencies: [] }, 'self')).toEqual([]);
  });

  it('the milestone’s Assess button opens the modal', () => {
    expect(assessButton('m1')).toMatchObject({ action_id: COMPETENCIES_OPEN_ACTION, value: 'm1' });
  });
});
