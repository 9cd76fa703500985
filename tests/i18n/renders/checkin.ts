/**
 * Every builder of this area (see src/i18n/areas/checkin.ts), rendered with sample data in one language.
 * Everything a person or an admin wrote is 'Curso de consultoría', so only Pathway's own words change.
 */
import type { Button, KnownBlock } from '@slack/types';
import {
  calibrateButton,
  calibrationModal,
  calibrationNoticeMessage,
  calibrationSavedView,
  checkInModal,
  checkInSavedView,
  checkInSummaryMessage,
} from '../../../src/blocks/checkin.js';
import {
  assessButton,
  competenciesModal,
  competenciesSavedView,
  competenciesStepBlocks,
  pickARating,
} from '../../../src/blocks/competencies.js';
import {
  caseSummary,
  evidenceSavedView,
  homeWinsBlocks,
  noPermalinkNotice,
  readinessCaseButton,
  readinessCaseModal,
  saveEvidenceModal,
  type WinsLog,
  winsBlocks,
  winsModal,
  winsOpenButton,
} from '../../../src/blocks/evidence.js';
import { competencyBlocks, ratingSpread, readinessBlocks, trendInWords } from '../../../src/blocks/readiness.js';
import {
  packSections,
  roleChoiceBlocks,
  roleDetailBlocks,
  roleNotFoundBlocks,
  rolesOverviewBlocks,
} from '../../../src/blocks/roles.js';
import {
  commentModal,
  commentNotice,
  pendingSuggestionBlocks,
  suggestionAnsweredText,
  suggestionEditModal,
  suggestionNoticesIn,
  suggestModal,
} from '../../../src/blocks/suggestions.js';
import { mrkdwn } from '../../../src/blocks/text.js';
import type { SignalCase, WinEntry } from '../../../src/domain/evidence.js';
import { findRole, type Role } from '../../../src/domain/framework/index.js';
import { FrameworkSchema } from '../../../src/domain/framework/schema.js';
import { assessReadiness, type Rating } from '../../../src/domain/readiness.js';
import type { Translator } from '../../../src/i18n/index.js';
import type { CheckInDetail, ReadinessView } from '../../../src/services/checkins.js';
import type { MilestoneSummary } from '../../../src/services/milestones.js';
import type { OutboxPayload } from '../../../src/services/outbox.js';
import type { SuggestionView } from '../../../src/services/suggestions.js';
import type { Rendered } from './types.js';

const TITLE = 'Curso de consultoría';
const URL = 'https://example.com/curso';
const signals = [1, 2, 3].map((n) => ({ key: `s${n}`, title: TITLE, description: TITLE, resources: [] }));
const competencies = [1, 2, 3].map((n) => ({ key: `c${n}`, title: TITLE, description: TITLE, resources: [] }));

function readiness(checkIns: number): ReadinessView {
  const ratings = (rating: Rating) =>
    signals.map((signal, i) => ({
      signalKey: signal.key,
      title: TITLE,
      selfRating: (i === 0 ? 1 : rating) as Rating,
      managerRating: i === 2 ? null : (2 as Rating),
    }));
  const records = [
    {
      id: 'c1',
      at: 1,
      date: '2027-01-04',
      ratings: [...ratings(2), { signalKey: 'old', title: TITLE, selfRating: 2 as Rating, managerRating: null }],
      managerComment: null,
      calibrated: false,
    },
    { id: 'c2', at: 2, date: '2027-02-01', ratings: ratings(3), managerComment: TITLE, calibrated: true },
  ].slice(0, checkIns);
  const view = assessReadiness(signals, records, [
    { id: 'm1', position: 1, title: TITLE, signalKeys: ['s1'], done: false },
  ]);
  return {
    ...view,
    suggestConversation: checkIns > 0,
    goalTitle: TITLE,
    resourcesForWeakest: [{ title: TITLE, url: URL }],
    competencies: [
      { key: 'c1', title: TITLE, rating: 1, date: '2027-02-01', resources: [{ title: TITLE, url: URL }] },
      { key: 'c2', title: TITLE, rating: 3, date: '2027-02-01' },
      { key: 'c3', title: TITLE, rating: null, date: null },
    ],
  };
}

const unrated: ReadinessView = {
  ...readiness(2),
  competencies: competencies.map((c) => ({ key: c.key, title: TITLE, rating: null, date: null })),
};

const detail: CheckInDetail = {
  id: 'c2',
  date: '2027-02-01',
  person: { id: 'p1', slackUserId: 'U0ALICE', displayName: 'Alice' },
  goalTitle: TITLE,
  ratings: signals.map((signal, i) => ({
    signalKey: signal.key,
    title: TITLE,
    selfRating: 3,
    example: i === 0 ? TITLE : null,
    managerRating: i === 1 ? null : 4,
  })),
  managerComment: TITLE,
  calibratedAt: null,
};

const milestone = { id: 'm1', position: 1, title: TITLE };
const entry = (kind: WinEntry['kind'], extra: Partial<WinEntry> = {}): WinEntry => ({
  key: `${kind}-${extra.date ?? ''}`,
  kind,
  at: 1,
  date: '2027-02-01',
  text: TITLE,
  link: URL,
  milestone,
  signalKeys: ['s1'],
  author: { role: 'self' },
  ...extra,
});
const entries: WinEntry[] = [
  entry('done'),
  entry('example', { rating: 2, link: null, milestone: null }),
  entry('calibration', { author: { role: 'manager', slackUserId: 'U0BOB' } }),
  entry('calibration', { author: { role: 'manager', slackUserId: null }, key: 'calibration-unnamed' }),
  entry('comment', { author: { role: 'manager', slackUserId: null }, milestone: null }),
  entry('message'),
  entry('message', { milestone: null, key: 'message-log' }),
  entry('mentoring'),
  entry('mentoring', { milestone: null, key: 'mentoring-log' }),
  entry('note'),
  entry('note', { milestone: null, key: 'note-log' }),
  entry('thanks', { author: { role: 'other', slackUserId: null } }),
];

const log = (page: number, total: number, active = true): WinsLog => ({
  pathwayId: 'pw1',
  goalTitle: TITLE,
  active,
  subjectSlackUserId: 'U0ALICE',
  signals: signals.map((signal) => ({ key: signal.key, title: TITLE })),
  page: { entries: total === 0 ? [] : entries, page, pages: Math.max(1, Math.ceil(total / 12)), total },
});

const signalCase = (key: string, full: boolean): SignalCase => ({
  key,
  title: TITLE,
  milestones: full
    ? ['done', 'open', 'not-needed', 'open', 'open', 'open'].map((state, i) => ({
        id: `m${i}`,
        position: i + 1,
        title: TITLE,
        signalKeys: [key],
        state: state as 'done' | 'open' | 'not-needed',
        evidence: i === 0 ? [entry('done'), entry('note')] : [],
      }))
    : [],
  evidence: full ? [entry('message'), entry('thanks')] : [],
  examples: full ? [entry('example', { rating: 3 }), entry('example', { rating: null as unknown as undefined })] : [],
});

const suggestion: SuggestionView = {
  id: 'sg1',
  title: TITLE,
  kind: 'project',
  dueDate: '2027-03-15',
  signalTitles: [TITLE],
  note: TITLE,
  manager: { id: 'p2', slackUserId: 'U0BOB', displayName: 'Bob' } as SuggestionView['manager'],
};
const summary: MilestoneSummary = {
  id: 'm1',
  pathwayId: 'pw1',
  position: 4,
  title: TITLE,
  kind: 'course',
  dueDate: '2027-03-20',
  link: null,
  doneDate: null,
} as MilestoneSummary;

const framework = FrameworkSchema.parse({
  version: 1,
  name: TITLE,
  competencies: competencies.map((c) => ({ key: c.key, title: TITLE, description: TITLE })),
  tracks: [
    { key: 'main', title: TITLE },
    { key: 'side', title: TITLE },
  ],
  stages: [
    {
      key: 'st1',
      track: 'main',
      order: 1,
      title: TITLE,
      focus: TITLE,
      successCriteria: [TITLE],
      roles: [role('junior', ['lateral'])],
    },
    {
      key: 'st2',
      track: 'main',
      order: 2,
      title: TITLE,
      focus: TITLE,
      successCriteria: [TITLE],
      roles: [role('senior', [])],
    },
    { key: 'st3', track: 'side', order: 1, title: TITLE, focus: TITLE, roles: [role('lateral', [])] },
  ],
});

function role(key: string, lattice: string[]) {
  return {
    key,
    title: TITLE,
    alternativeTitles: [TITLE],
    focus: TITLE,
    lattice,
    competencies: competencies.map((c) => ({ competency: c.key, description: TITLE })),
    signals: signals.map(({ key: signalKey }) => ({ key: signalKey, title: TITLE, description: TITLE })),
    milestones: (['course', 'project', 'exposure', 'mentoring'] as const).map((kind, i) => ({
      key: `m${i}`,
      title: TITLE,
      kind,
      weeks: 4,
    })),
  };
}

const byKey = (key: string): Role => findRole(framework, key)!;
const actions = (...elements: Button[]): { blocks: KnownBlock[] } => ({ blocks: [{ type: 'actions', elements }] });
/** An outbox payload (its blocks are optional in the type, always there from these builders). */
const message = (payload: OutboxPayload): Rendered => ({ text: payload.text, blocks: payload.blocks ?? [] });
const line = (text: string): { blocks: KnownBlock[] } => ({ blocks: [{ type: 'section', text: mrkdwn(text) }] });

export function checkinRenders(t: Translator): Array<[string, Rendered]> {
  const form = { pathwayId: 'pw1', frameworkVersionId: 'v1', goal: { key: 'senior', title: TITLE }, signals };
  const last = new Map(
    signals.map((signal, i) => [
      signal.key,
      { rating: 2 as Rating, example: i === 0 ? TITLE : null, date: '2027-01-04' },
    ]),
  );
  const cases = new Map([
    ['s1', signalCase('s1', true)],
    ['s2', signalCase('s2', false)],
  ]);
  const competencyForm = {
    pathwayId: 'pw1',
    frameworkVersionId: 'v1',
    goal: { key: 'senior', title: TITLE },
    competencies,
  };
  const lastCompetencies = new Map([['c1', { rating: 3 as Rating, note: TITLE, date: '2027-01-04' }]]);
  const notices = suggestionNoticesIn(t);
  const report = { id: 'p1', slackUserId: 'U0ALICE' };
  const context = { framework, currentRoleKey: 'junior' };
  const targets = {
    pathwayId: 'pw1',
    goalTitle: TITLE,
    milestones: [{ id: 'm1', position: 1, title: TITLE, done: true }],
    signals: [{ key: 's1', title: TITLE }],
  };
  return [
    // Check-ins
    ['checkin modal', { view: checkInModal(form, undefined, t) }],
    ['checkin modal, resumed', { view: checkInModal(form, { last, cases }, t) }],
    [
      'checkin saved',
      { view: checkInSavedView(readiness(2), 'U0BOB', competenciesStepBlocks(readiness(2), 'pw1', t), t) },
    ],
    [
      'checkin saved, no manager',
      { view: checkInSavedView(readiness(1), null, competenciesStepBlocks(unrated, 'pw1', t), t) },
    ],
    [
      'checkin summary',
      message(
        checkInSummaryMessage(
          {
            checkInId: 'c1',
            person: { slackUserId: 'U0ALICE', displayName: 'Alice' },
            goalTitle: TITLE,
            date: '2027-02-01',
            signalCount: 3,
            consistentCount: 1,
          },
          t,
        ),
      ),
    ],
    ['checkin calibrate button', actions(calibrateButton('c1', false, t))],
    ['checkin calibrate button, calibrated', actions(calibrateButton('c2', true, t))],
    ['checkin calibration modal', { view: calibrationModal(detail, cases, new Map(), t) }],
    ['checkin calibration notice', message(calibrationNoticeMessage(detail, 'U0BOB', t))],
    ['checkin calibration saved', { view: calibrationSavedView(detail, t) }],
    // Readiness
    ['readiness, self', { blocks: readinessBlocks(readiness(2), 'self', t) }],
    ['readiness, manager', { blocks: readinessBlocks(readiness(2), 'manager', t) }],
    ['readiness, no check-in, self', { blocks: readinessBlocks(readiness(0), 'self', t) }],
    ['readiness, no check-in, manager', { blocks: readinessBlocks(readiness(0), 'manager', t) }],
    [
      'readiness, competencies not assessed',
      { blocks: [...competencyBlocks(unrated, 'self', t), ...competencyBlocks(unrated, 'manager', t)] },
    ],
    [
      'readiness spread and trends',
      line(
        `${ratingSpread(readiness(2), t)} · ${(['up', 'down', 'flat', 'new'] as const).map((trend) => trendInWords(trend, t)).join(' · ')}`,
      ),
    ],
    // Competencies
    ['competencies assess button', actions(assessButton('m1', TITLE, t))],
    ['competencies assess button, unnamed', actions(assessButton('m1', undefined, t))],
    ['competencies modal', { view: competenciesModal(competencyForm, new Map(), t) }],
    ['competencies modal, resumed', { view: competenciesModal(competencyForm, lastCompetencies, t) }],
    ['competencies saved', { view: competenciesSavedView(readiness(2), 'U0BOB', 3, t) }],
    ['competencies saved, one, no manager', { view: competenciesSavedView(readiness(2), null, 1, t) }],
    ['competencies pick a rating', line(pickARating(t))],
    // Evidence
    ['evidence wins, self', { blocks: winsBlocks(log(2, 30), true, t) }],
    ['evidence wins, manager', { blocks: winsBlocks(log(1, 1, false), false, t) }],
    ['evidence wins, empty', { blocks: [...winsBlocks(log(1, 0), true, t), ...winsBlocks(log(1, 0), false, t)] }],
    ['evidence wins modal', { view: winsModal(log(1, 12), true, t) }],
    ['evidence home wins', { blocks: homeWinsBlocks(log(1, 12), t) }],
    ['evidence home wins, empty', { blocks: homeWinsBlocks(log(1, 0), t) }],
    ['evidence buttons', actions(winsOpenButton('pw1', t), readinessCaseButton('pw1', t))],
    [
      'evidence case summary',
      line([caseSummary(signalCase('s1', true), t), caseSummary(signalCase('s2', false), t)].join('\n')),
    ],
    [
      'evidence readiness case, self',
      {
        view: readinessCaseModal(
          {
            goalTitle: TITLE,
            subject: { id: 'p1', slackUserId: 'U0ALICE' },
            cases: [...cases.values()],
            askable: true,
          },
          true,
          t,
        ),
      },
    ],
    [
      'evidence readiness case, manager',
      {
        view: readinessCaseModal(
          { goalTitle: TITLE, subject: { id: 'p1', slackUserId: 'U0ALICE' }, cases: [] },
          false,
          t,
        ),
      },
    ],
    ['evidence save modal', { view: saveEvidenceModal(targets, { note: TITLE, link: null }, noPermalinkNotice(t), t) }],
    ['evidence saved', { view: evidenceSavedView({ position: 1, title: TITLE }, t) }],
    ['evidence saved, log only', { view: evidenceSavedView(null, t) }],
    // Suggestions and comments
    [
      'suggestions suggest modal',
      {
        view: suggestModal(
          { pathwayId: 'pw1', goalTitle: TITLE, signals: [{ key: 's1', title: TITLE }] },
          report,
          '2027-03-15',
          t,
        ),
      },
    ],
    ['suggestions suggested', message(notices.suggested({ suggestion, manager: suggestion.manager! }))],
    ...(['accepted', 'edited', 'declined'] as const).map((outcome): [string, Rendered] => [
      `suggestions answered ${outcome}`,
      message(
        notices.answered({
          suggestion,
          report: { id: 'p1', slackUserId: 'U0ALICE', displayName: 'Alice' } as SuggestionView['manager'] & object,
          outcome,
          milestone: outcome === 'declined' ? null : summary,
        }),
      ),
    ]),
    [
      'suggestions answered text',
      line(
        [
          suggestionAnsweredText('accepted', suggestion, summary, t),
          suggestionAnsweredText('declined', suggestion, null, t),
        ].join('\n'),
      ),
    ],
    [
      'suggestions edit modal',
      { view: suggestionEditModal({ ...suggestion, manager: null }, '2027-03-15', { suggestionId: 'sg1' }, t) },
    ],
    [
      'suggestions pending',
      {
        blocks: pendingSuggestionBlocks(
          [1, 2, 3, 4].map((n) => ({ ...suggestion, id: `sg${n}` })),
          3,
          t,
        ),
      },
    ],
    ['suggestions comment modal', { view: commentModal(report, 'pw1', [milestone], t) }],
    [
      'suggestions comment notice',
      commentNotice({ manager: { slackUserId: 'U0BOB' }, milestone: summary, text: TITLE }, t),
    ],
    // Roles
    ['roles overview', { blocks: rolesOverviewBlocks(context, t) }],
    ['roles overview, role unknown', { blocks: rolesOverviewBlocks({ framework, currentRoleKey: null }, t) }],
    ['roles overview, packed', { blocks: packSections([TITLE, TITLE, TITLE], 1, t) }],
    ['roles detail, step up', { blocks: roleDetailBlocks(context, byKey('senior'), t) }],
    ['roles detail, across', { blocks: roleDetailBlocks(context, byKey('lateral'), t) }],
    ['roles detail, own role', { blocks: roleDetailBlocks(context, byKey('junior'), t) }],
    [
      'roles detail, not direct',
      { blocks: roleDetailBlocks({ framework, currentRoleKey: 'senior' }, byKey('lateral'), t) },
    ],
    [
      'roles detail, role unknown',
      { blocks: roleDetailBlocks({ framework, currentRoleKey: null }, byKey('senior'), t) },
    ],
    [
      'roles choice',
      {
        blocks: roleChoiceBlocks(
          TITLE,
          Array.from({ length: 20 }, () => byKey('senior')),
          t,
        ),
      },
    ],
    [
      'roles not found',
      { blocks: [...roleNotFoundBlocks(TITLE, byKey('senior'), t), ...roleNotFoundBlocks(TITLE, undefined, t)] },
    ],
  ];
}
