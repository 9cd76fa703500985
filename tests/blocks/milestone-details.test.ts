import { expectValidBlocks } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { milestoneRowText } from '../../src/blocks/milestones.js';
import { renderScheduled } from '../../src/blocks/nudges.js';

const kirkpatrick = {
  title: 'The Kirkpatrick Model',
  url: 'https://www.kirkpatrickpartners.com/the-kirkpatrick-model/',
};

type MilestoneRow = Parameters<typeof milestoneRowText>[0];

/** An open milestone due on 1 March, no link: each test names what it is about. */
const openRow = (row: Omit<MilestoneRow, 'dueDate' | 'link' | 'done' | 'doneDate'>): MilestoneRow => ({
  dueDate: '2027-03-01',
  link: null,
  done: false,
  doneDate: null,
  ...row,
});

describe('a milestone keeps what its template said', () => {
  it('Home shows the description and the resources for the signals it builds', () => {
    const text = milestoneRowText(
      openRow({
        id: 'm1',
        position: 2,
        title: 'Design one short module end to end with an SME',
        kind: 'project',
        daysLeft: 20,
        description: 'From the request to objectives, design, build, review cycle and launch.',
        resources: [kirkpatrick],
      }),
    );
    expect(text).toContain('_From the request to objectives, design, build, review cycle and launch._');
    expect(text).toContain(
      ':link: Helps: <https://www.kirkpatrickpartners.com/the-kirkpatrick-model/|The Kirkpatrick Model>',
    );
  });

  it('a milestone of the person’s own shows just its line', () => {
    const text = milestoneRowText(openRow({ id: 'm2', position: 1, title: 'Own one', kind: 'other', daysLeft: 3 }));
    expect(text.split('\n')).toHaveLength(1);
  });

  it('nudges name the resources for what the milestone builds', () => {
    const message = renderScheduled({
      kind: 'milestone_nudge',
      stage: 'before',
      today: '2027-02-25',
      milestone: { id: 'm1', position: 2, title: 'Design a module', dueDate: '2027-03-01', resources: [kirkpatrick] },
    });
    expectValidBlocks(message.blocks, 'message');
    expect(JSON.stringify(message.blocks)).toContain(
      'Helps: <https://www.kirkpatrickpartners.com/the-kirkpatrick-model/|The Kirkpatrick Model>',
    );
    const without = renderScheduled({
      kind: 'milestone_nudge',
      stage: 'due',
      today: '2027-03-01',
      milestone: { id: 'm1', position: 2, title: 'Design a module', dueDate: '2027-03-01' },
    });
    expect(JSON.stringify(without.blocks)).not.toContain('Helps:');
  });
});
