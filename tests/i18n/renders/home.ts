/** Every builder of this area (see src/i18n/areas/home.ts), rendered with sample data in one language. */
import type { HomeView, KnownBlock } from '@slack/types';
import { homeView } from '../../../src/blocks/home.js';
import {
  addedConfirmation,
  addModal,
  deletedConfirmation,
  doneConfirmation,
  doneModal,
  editedConfirmation,
  editModal,
  milestoneRowBlocks,
  movedConfirmation,
  moveModal,
  undoneConfirmation,
} from '../../../src/blocks/milestones.js';
import { overviewBlocks, overviewText } from '../../../src/blocks/overview.js';
import { milestoneFormProblems } from '../../../src/blocks/problems.js';
import {
  awayReply,
  backReply,
  nudgeSettingsModal,
  pauseReply,
  resumeReply,
  settingsSavedReply,
  snoozedReply,
} from '../../../src/blocks/settings.js';
import { asSentence, MILESTONE_PROBLEMS } from '../../../src/domain/pathways/milestones.js';
import { fillProblem } from '../../../src/domain/problems.js';
import type { Translator } from '../../../src/i18n/index.js';
import type { MilestoneSummary } from '../../../src/services/milestones.js';
import type { MilestoneView, Overview, PathwayView, RoleRef } from '../../../src/services/overview.js';
import type { PastPathway } from '../../../src/services/pathways.js';
import type { NudgeSettings } from '../../../src/services/settings.js';
import { pathwayView } from '../../support/views.js';
import { type Rendered, textBlocks } from './types.js';

/** Titles read the same in every language (see isNeutral in catalogs.test.ts), so only Pathway's words change. */
const TITLE = 'Curso de consultoría';
const role = (n: number, stageOrder: number): RoleRef => ({
  key: `r${n}`,
  title: `${TITLE} ${n}`,
  stageTitle: `${TITLE} 9`,
  stageOrder,
});

export function sampleMilestone(
  position: number,
  daysLeft: number | null,
  extra: Partial<MilestoneView> = {},
): MilestoneView {
  return {
    id: `m${position}`,
    position,
    title: `${TITLE} ${position}`,
    kind: (['course', 'project', 'mentoring', 'certification', 'exposure', 'other'] as const)[position % 6]!,
    dueDate: '2027-03-01',
    link: null,
    done: daysLeft === null,
    doneDate: daysLeft === null ? '2027-01-02' : null,
    daysLeft,
    ...extra,
  };
}

export function samplePathway(milestones: MilestoneView[], extra: Partial<PathwayView> = {}): PathwayView {
  return pathwayView(milestones, { id: 'pw1', from: role(1, 1), goal: role(2, 2), stageCount: 3, ...extra });
}

const overviewOf = (pathway: PathwayView | null, daysAgo: number | null = 3): Overview => ({
  today: '2027-02-01',
  pathway,
  lastCheckIn: daysAgo === null ? null : { date: '2027-01-29', daysAgo },
  readiness: null,
});

/** A full plan: overdue, due today and tomorrow, later, agreed, not needed, done, with resources and a description. */
const busy = samplePathway([
  sampleMilestone(1, null),
  sampleMilestone(2, null),
  sampleMilestone(3, null),
  sampleMilestone(4, null),
  sampleMilestone(5, -1, {
    agreed: true,
    resources: [{ title: 'Guía', url: 'https://example.com/g' }],
    description: TITLE,
  }),
  sampleMilestone(6, -12),
  sampleMilestone(7, 0),
  sampleMilestone(8, 1),
  sampleMilestone(9, 20, { link: 'https://example.com/m9' }),
  ...Array.from({ length: 8 }, (_, i) => sampleMilestone(10 + i, 30 + i)),
  sampleMilestone(18, null, { done: false, doneDate: null, daysLeft: null, notNeeded: true }),
]);

const history: PastPathway[] = (['reached', 'changed', 'abandoned'] as const).map((status, i) => ({
  id: `old${i}`,
  goal: role(3, 2),
  from: role(1, 1),
  status,
  startedOn: '2025-01-01',
  endedOn: i === 2 ? null : '2026-01-01',
  doneCount: 2,
  milestoneCount: 5,
}));

const nudges = (extra: Partial<NudgeSettings> = {}): NudgeSettings => ({
  enabled: ['milestone_nudge', 'checkin_reminder', 'manager_digest'],
  isManager: true,
  mentoringOn: true,
  paused: false,
  away: undefined,
  ...extra,
});

const summary = (position: number): MilestoneSummary => ({
  id: `m${position}`,
  pathwayId: 'pw1',
  position,
  title: `${TITLE} ${position}`,
  kind: 'course',
  dueDate: '2027-03-01',
  link: null,
  doneDate: null,
});

export function homeRenders(t: Translator): Array<[string, Rendered]> {
  const withMove = (byManager: boolean) =>
    samplePathway(busy.milestones.slice(0, 6), { move: { proposedOn: '2027-01-20', byManager } });
  const empty = samplePathway([], { moveKind: 'lattice' });
  const allDone = samplePathway([sampleMilestone(1, null)], { moveKind: 'lattice' });
  const homes: Array<[string, HomeView]> = [
    ['home, welcome', homeView(overviewOf(null, null), {}, t)],
    ['home, summary', homeView(overviewOf(busy), { history, settings: { nudges: nudges(), celebrate: 'ask' } }, t)],
    [
      'home, page 2',
      homeView(
        overviewOf(busy, 0),
        { page: 2, settings: { nudges: nudges({ paused: true }), celebrate: 'always' } },
        t,
      ),
    ],
    [
      'home, page 1',
      homeView(
        overviewOf(busy, 1),
        {
          page: 1,
          settings: {
            nudges: nudges({ enabled: ['milestone_nudge'], away: { from: '2027-01-30', until: '2027-02-10' } }),
            celebrate: 'never',
          },
        },
        t,
      ),
    ],
    ['home, move by manager', homeView(overviewOf(withMove(true)), {}, t)],
    ['home, move by person', homeView(overviewOf(withMove(false)), {}, t)],
    ['home, no milestones', homeView(overviewOf(empty, null), {}, t)],
    ['home, all done', homeView(overviewOf(allDone), {}, t)],
  ];
  const overviews = [overviewOf(null), overviewOf(busy), overviewOf(withMove(true)), overviewOf(empty, null)];
  const metadata = { milestoneId: 'm2', responseUrl: 'https://hooks.slack.com/x' };
  const formProblems = Object.values(MILESTONE_PROBLEMS).map(
    (template) =>
      milestoneFormProblems(
        {
          due: asSentence(fillProblem(template, { dueDate: 'Mon 4 Jan 2027', todayDate: 'Mon 11 Jan 2027', max: 150 })),
        },
        t,
      ).due ?? '',
  );
  return [
    ['milestone form problems', textBlocks(formProblems)],
    ...homes.map(([name, view]): [string, Rendered] => [name, { view }]),
    ...overviews.map((overview, i): [string, Rendered] => [
      `overview ${i}`,
      { text: overviewText(overview, t), blocks: overviewBlocks(overview, undefined, t) },
    ]),
    ['milestone row', { blocks: milestoneRowBlocks(busy.milestones[4]!, t) }],
    ['milestone done modal', { view: doneModal(summary(2), metadata, t) }],
    ['milestone move modal', { view: moveModal(summary(2), '2027-02-01', metadata, t) }],
    ['milestone edit modal', { view: editModal(summary(2), metadata, t) }],
    ['milestone add modal', { view: addModal('2027-02-01', {}, t) }],
    ['milestone done, more to go', doneConfirmation(summary(2), 3, t)],
    ['milestone done, last one', doneConfirmation(summary(2), 0, t)],
    ['milestone undone', undoneConfirmation(summary(2), t)],
    ['milestone added', addedConfirmation(summary(4), 4, t)],
    ['milestone added, renumbered', addedConfirmation(summary(2), 5, t)],
    ['milestone moved', movedConfirmation(summary(2), t)],
    ['milestone edited', editedConfirmation(summary(2), t)],
    ...[0, 1, 4].map((count): [string, Rendered] => [
      `milestone deleted, ${count} left`,
      deletedConfirmation(summary(2), count, t),
    ]),
    ['settings modal', { view: nudgeSettingsModal(nudges(), t) }],
    [
      'settings modal, paused',
      { view: nudgeSettingsModal(nudges({ paused: true, isManager: false, mentoringOn: false }), t) },
    ],
    ['settings away', awayReply({ from: '2027-02-01', until: '2027-02-14' }, t)],
    ['settings back', backReply({ from: '2027-02-01', until: '2027-02-14' }, t)],
    ['settings back, not away', backReply(undefined, t)],
    ['settings paused', pauseReply(true, t)],
    ['settings paused already', pauseReply(false, t)],
    ['settings resumed', resumeReply(true, t)],
    ['settings resumed, not paused', resumeReply(false, t)],
    ['settings snoozed', snoozedReply(TITLE, '2027-02-08', t)],
    [
      'settings saved',
      settingsSavedReply(
        ['milestone_nudge', 'checkin_reminder', 'manager_reminder', 'manager_digest', 'mentor_checkin'],
        t,
      ),
    ],
    ['settings saved, none', settingsSavedReply([], t)],
    [
      'pathway command answers',
      {
        blocks: [
          t.t('pathway.notUnderstood'),
          t.t('pathway.notAvailable'),
          t.t('button.stale'),
          t.t('form.stale'),
          t.t('form.failed', { reference: 'AB12' }),
          t.t('settings.form.tick'),
        ].map(section),
      },
    ],
  ];
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
