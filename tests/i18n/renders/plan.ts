/** Every builder of this area (see src/i18n/areas/plan.ts), rendered with sample data in one language. */
import type { KnownBlock } from '@slack/types';
import {
  moveAnswerButtons,
  moveAnsweredBlocks,
  moveAnsweredText,
  moveNotices,
  moveProposedText,
  proposeMoveButton,
} from '../../../src/blocks/goals.js';
import {
  planModal,
  planProblemText,
  planSavedMessage,
  staleGoalErrors,
  targetChangedReply,
} from '../../../src/blocks/plan.js';
import { DATE_PROBLEMS } from '../../../src/domain/date-phrases.js';
import { type FrameworkInput, FrameworkSchema } from '../../../src/domain/framework/schema.js';
import { MILESTONE_PROBLEMS } from '../../../src/domain/pathways/milestones.js';
import {
  PLAN_MILESTONE_NAMES,
  PLAN_MILESTONE_PROBLEM,
  PLAN_PROBLEMS,
  proposePlan,
} from '../../../src/domain/pathways/plan.js';
import { fillProblem } from '../../../src/domain/problems.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import type { Translator } from '../../../src/i18n/index.js';
import type { MoveAnswer, MoveProposal } from '../../../src/services/goals.js';
import { type Rendered, textBlocks } from './types.js';

/** Titles read the same in every language (see isNeutral in catalogs.test.ts), so only Pathway's words change. */
const TITLE = 'Curso de consultoría';

const template = (n: number, kind: 'course' | 'project' | 'mentoring', throughout = false) => ({
  key: `t${n}`,
  title: `${TITLE} ${n}`,
  kind,
  weeks: 6,
  throughout,
  description: `${TITLE} ${n}`,
  signals: ['s1'],
});

const signal = {
  key: 's1',
  title: TITLE,
  description: TITLE,
  resources: [{ title: 'Guía', url: 'https://example.com/g' }],
};

/** Two stages: the first role steps up to the second or moves across to the third; the last has no moves. */
export const sampleFramework = FrameworkSchema.parse({
  version: 1,
  name: TITLE,
  tracks: [{ key: 'main', title: TITLE }],
  stages: [
    {
      key: 'st1',
      track: 'main',
      order: 1,
      title: `${TITLE} 90`,
      focus: TITLE,
      roles: [
        { key: 'r1', title: `${TITLE} 1`, focus: TITLE, lattice: ['r3'] },
        { key: 'r3', title: `${TITLE} 3`, focus: TITLE, signals: [signal] },
      ],
    },
    {
      key: 'st2',
      track: 'main',
      order: 2,
      title: `${TITLE} 91`,
      focus: TITLE,
      roles: [
        {
          key: 'r2',
          title: `${TITLE} 2`,
          focus: TITLE,
          signals: [signal],
          milestones: [template(1, 'course'), template(2, 'project'), template(3, 'mentoring', true)],
        },
      ],
    },
  ],
} satisfies FrameworkInput);

const today = '2027-01-11';
const person = (slackUserId: string): Person => ({ slackUserId }) as Person;

/** An outbox payload as a message (its blocks are optional there). */
function message(payload: { text: string; blocks?: KnownBlock[] }): Rendered {
  return { text: payload.text, blocks: payload.blocks ?? [] };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Values that read the same in every language: dates as the domain writes them, names, numbers. */
const PROBLEM_VALUES = {
  role: 'Curso de consultoría',
  todayDate: 'Mon 11 Jan 2027',
  dueDate: 'Mon 4 Jan 2027',
  targetDate: 'Wed 30 Jun 2027',
  max: 10,
  count: 11,
  title: 'Curso de consultoría',
  line: 2,
  typed: '31/02',
  month: 13,
  monthName: 'February',
  year: 2027,
  days: 28,
  read: '31/01',
  leftover: 'xyz',
  readDate: 'Tue 6 Apr 2027',
  weekday: 'Tuesday',
  typedWeekday: 'Monday',
};

/** Every problem of the plan form: its own, and each milestone's (by every kind of name) with a milestone's or a date's problem. */
function planProblems(t: Translator): Array<[string, Rendered]> {
  const fill = (template: string) => fillProblem(template, PROBLEM_VALUES);
  const about = [
    `${fill(PLAN_PROBLEMS.afterTarget)}.`,
    ...Object.values(MILESTONE_PROBLEMS).map((template) => `${fill(template)}.`),
    ...Object.values(DATE_PROBLEMS).map(fill),
  ];
  const shown = (problems: string[]) => textBlocks(problems.map((problem) => planProblemText(problem, t)));
  return [
    ['plan form problems', shown(Object.values(PLAN_PROBLEMS).map(fill))],
    ...Object.entries(PLAN_MILESTONE_NAMES).map(([kind, name]): [string, Rendered] => [
      `plan form problems, a milestone named by ${kind}`,
      shown(about.map((problem) => fillProblem(PLAN_MILESTONE_PROBLEM, { about: fill(name), problem }))),
    ]),
  ];
}

export function planRenders(t: Translator): Array<[string, Rendered]> {
  const fresh = proposePlan(sampleFramework, {}, today);
  const planned = proposePlan(sampleFramework, { fromRoleKey: 'r1', goalRoleKey: 'r2' }, today);
  const across = proposePlan(sampleFramework, { fromRoleKey: 'r1', goalRoleKey: 'r3' }, today);
  const stuck = proposePlan(sampleFramework, { fromRoleKey: 'r2' }, today);
  const input = (proposal: typeof fresh, replacing = false) => ({
    framework: sampleFramework,
    proposal,
    today,
    rev: 1,
    replacing,
  });
  const milestones = [
    { title: `${TITLE} 1`, due: '2027-02-01', templateKey: 't1' },
    { title: `${TITLE} 7`, due: '2027-03-31', templateKey: null },
  ];
  const proposal = (confirmer: MoveProposal['confirmer']): MoveProposal => ({
    pathwayId: 'pw1',
    goal: { key: 'r2', title: `${TITLE} 2`, stageTitle: undefined, stageOrder: 2 },
    confirmer,
    asked: ['U0BOSS'],
  });
  const answer = (confirmed: boolean, closedAsNotNeeded: number): MoveAnswer => ({
    pathwayId: 'pw1',
    goal: proposal('manager').goal,
    confirmed,
    person: person('U0ANA'),
    closedAsNotNeeded,
  });
  const request = (confirmer: MoveProposal['confirmer'], openMilestones: number): Rendered =>
    message(
      // As the service queues it: in the recipient's language.
      moveNotices.request(
        {
          pathwayId: 'pw1',
          person: person('U0ANA'),
          proposer: person('U0BOSS'),
          goalTitle: `${TITLE} 2`,
          openMilestones,
          confirmer,
        },
        t.language,
      ),
    );
  const answered = (confirmed: boolean, recipient: 'person' | 'proposer') =>
    moveNotices.answered(
      { person: person('U0ANA'), answeredBy: person('U0BOSS'), goalTitle: `${TITLE} 2`, confirmed, recipient },
      t.language,
    );
  const texts = [
    moveProposedText(proposal('manager'), null, t),
    moveProposedText(proposal('admin'), null, t),
    moveProposedText(proposal('manager'), 'U0ANA', t),
    moveAnsweredText(answer(true, 2), true, t),
    moveAnsweredText(answer(true, 0), true, t),
    moveAnsweredText(answer(false, 0), true, t),
    moveAnsweredText(answer(true, 1), false, t),
    moveAnsweredText(answer(false, 0), false, t),
  ];
  return [
    ...planProblems(t),
    ['plan modal, new', { view: planModal(input(fresh), t) }],
    ['plan modal, step up', { view: planModal(input(planned), t) }],
    ['plan modal, replacing', { view: planModal(input({ ...planned, ownCount: 2, doneCount: 1 }, true), t) }],
    [
      'plan modal, replacing with one own',
      { view: planModal(input({ ...planned, ownCount: 1, doneCount: 0 }, true), t) },
    ],
    ['plan modal, replacing, nothing kept', { view: planModal(input(across, true), t) }],
    ['plan modal, no moves', { view: planModal(input(stuck), t) }],
    ['plan stale goal', { blocks: Object.values(staleGoalErrors({}, { rev: 1 }, t)).map(section) }],
    ['plan saved', planSavedMessage(`${TITLE} 2`, '2027-09-30', milestones, t)],
    ['plan saved, one', planSavedMessage(`${TITLE} 2`, '2027-09-30', milestones.slice(0, 1), t)],
    [
      'target moved',
      targetChangedReply({ previousTarget: '2027-09-30', targetDate: '2027-12-31', redated: 3, leftAlone: 0 }, t),
    ],
    [
      'target moved, one left alone',
      targetChangedReply({ previousTarget: '2027-09-30', targetDate: '2027-12-31', redated: 1, leftAlone: 1 }, t),
    ],
    [
      'target moved, some left alone',
      targetChangedReply({ previousTarget: '2027-09-30', targetDate: '2027-12-31', redated: 0, leftAlone: 2 }, t),
    ],
    [
      'goal move buttons',
      {
        blocks: [
          {
            type: 'actions',
            elements: [
              ...moveAnswerButtons('pw1', t.t('goals.confirmMove'), t),
              proposeMoveButton('p1', `${TITLE} 2`, t),
            ],
          },
        ],
      },
    ],
    ['goal move request to person', request('person', 2)],
    ['goal move request to manager', request('manager', 1)],
    ['goal move request to admin', request('admin', 0)],
    [
      'goal move answered',
      {
        blocks: [
          answered(true, 'person'),
          answered(false, 'person'),
          answered(true, 'proposer'),
          answered(false, 'proposer'),
        ].flatMap((m) => m.blocks ?? []),
      },
    ],
    ['goal move texts', { blocks: texts.flatMap(moveAnsweredBlocks) }],
  ];
}
