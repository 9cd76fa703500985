/** Every builder of this area (see src/i18n/areas/admin.ts), rendered with sample data in one language. */
import {
  adminHomeBlocks,
  adminRefusedView,
  adminSettingsErrors,
  adminSettingsModal,
  adminSettingsSavedView,
  type ImportSummary,
  peopleImportCheckingView,
  peopleImportDoneView,
  peopleImportFailedView,
  peopleImportModal,
  peopleImportPreviewView,
  peopleImportReport,
  problemBlocks,
} from '../../../src/blocks/admin.js';
import {
  frameworkChangeNotice,
  frameworkLoadedView,
  frameworkLoadingView,
  frameworkNotLoadedView,
  frameworkProblemsView,
  frameworkUploadModal,
} from '../../../src/blocks/framework-admin.js';
import { badPeriodText, reportBlocks, reportChartTexts } from '../../../src/blocks/report.js';
import { NUMBER_FIELD_WORDS, SETTINGS_PROBLEMS } from '../../../src/domain/admin-settings.js';
import type { PersonPlan, RoleLabel } from '../../../src/domain/framework/changes.js';
import { type Figure, PERIOD_PROBLEMS, type SegmentFigures, UNASSIGNED } from '../../../src/domain/metrics.js';
import { IMPORT_PROBLEMS } from '../../../src/domain/people-import.js';
import { fillProblem } from '../../../src/domain/problems.js';
import { MUTABLE_KINDS } from '../../../src/domain/schedule/kinds.js';
import type { Translator } from '../../../src/i18n/index.js';
import { reportCsv, type WorkspaceReport } from '../../../src/services/reports.js';
import { workspaceSettings } from '../../support/views.js';
import { type Rendered, textBlocks } from './types.js';

const shown = (value: number): Figure => ({ shown: true, value });
const figures = (people: number): SegmentFigures => ({
  people: people < 5 ? { shown: false } : shown(people),
  activePathwayShare: shown(0.6),
  promotions: shown(2),
  lateralMoves: shown(1),
  medianDaysInStage: shown(210),
  milestoneCompletion: shown(0.75),
  milestoneOnTime: shown(0.5),
  checkInCadenceKept: { shown: false },
});

const role = (key: string, title: string): RoleLabel => ({ key, title });
const designer = role('instructional-designer', 'Diseñadora instruccional');
const consultant = role('learning-consultant', 'Curso de consultoría');

/** Rows whose problems are Pathway-neutral (a title), so only Pathway's own words change. */
const summary = (accepted: number, skipped: number): ImportSummary => ({
  fileName: 'personas.csv',
  rows: accepted + skipped,
  accepted,
  skipped: Array.from({ length: skipped }, (_, i) => ({ line: i + 2, reason: 'Curso de consultoría' })),
});

const report = (label: string, period: { from: string; to: string }): WorkspaceReport => ({
  report: {
    period: { ...period, label },
    minGroupSize: 5,
    overall: figures(40),
    byTeam: [
      { key: UNASSIGNED, figures: figures(7) },
      ...Array.from({ length: 12 }, (_, i) => ({ key: `Equipo ${i + 1}`, figures: figures(i === 0 ? 3 : 6 + i) })),
    ],
    byRole: [
      { key: designer.key, figures: figures(8) },
      { key: UNASSIGNED, figures: figures(6) },
    ],
    readiness: [
      { goalRoleKey: consultant.key, people: shown(9), levels: [shown(1), shown(3), shown(4), shown(1)] },
      {
        goalRoleKey: designer.key,
        people: { shown: false },
        levels: [{ shown: false }, { shown: false }, { shown: false }, { shown: false }],
      },
    ],
    completionsByMonth: [],
  },
  roleTitle: (key) => (key === designer.key ? designer.title : consultant.title),
  mentoring: { activeMentorships: 1, sessionsLogged: 4, openOffers: 2 },
});

/** The chart's words (drawn in the PNG, not in Block Kit), as text to read. */
function chartTexts(t: Translator): Rendered {
  const texts = reportChartTexts(report('the last 90 days', { from: '2026-10-01', to: '2026-12-29' }).report, t);
  return textBlocks([texts.title, texts.note, texts.hidden, texts.month('2026-03')]);
}

/** The CSV's header row and its words: notes and the names of no role and no team (codes such as `everyone` are the same in every language). */
function csvTexts(t: Translator): Rendered {
  const sample = report('the last 90 days', { from: '2026-10-01', to: '2026-12-29' });
  const [header = [], ...rows] = reportCsv(sample, t)
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const fixtures = new Set([designer.title, consultant.title]);
  const words = rows.flatMap((row) => [
    row[6] ?? '',
    ...(row[2] === 'team' || row[2] === 'role' ? [row[3] ?? ''] : []),
  ]);
  return textBlocks([
    header.join(','),
    ...new Set(words.filter((word) => /\p{L}/u.test(word) && !word.startsWith('Equipo') && !fixtures.has(word))),
  ]);
}

/** Every problem of the settings form, each number field named once, as shown beside the field. */
function settingsProblems(t: Translator): Rendered {
  const problems = [
    ...Object.values(SETTINGS_PROBLEMS).map((template) =>
      fillProblem(template, { field: NUMBER_FIELD_WORDS.checkInCadenceDays, min: 3, max: 180 }),
    ),
    ...Object.values(NUMBER_FIELD_WORDS).flatMap((field) => [
      fillProblem(SETTINGS_PROBLEMS.wholeNumber, { field }),
      fillProblem(SETTINGS_PROBLEMS.missing, { field }),
    ]),
  ];
  return textBlocks(
    problems.map((problem) => adminSettingsErrors({ checkInCadenceDays: problem }, t).checkInCadenceDays ?? ''),
  );
}

/** Every reason a file or row is not imported, with values that read the same in every language. */
const importReasons = Object.values(IMPORT_PROBLEMS).map((template, i) => ({
  line: i + 2,
  reason: fillProblem(template, {
    megabytes: 1,
    detail: 'CSV_QUOTE',
    rows: 2400,
    max: 2000,
    cell: 'ana@',
    person: 'U0ANA',
    line: 2,
    role: 'senior',
    loop: 'U0ANA → U0LEO → U0ANA',
  }),
}));

function notices(t: Translator): Array<[string, Rendered]> {
  const context = { frameworkName: 'Marco L&D', version: 3, language: t.language };
  const plans: Array<[string, PersonPlan]> = [
    [
      'framework notice, renamed',
      {
        personId: 'p1',
        currentRole: { kind: 'renamed', from: designer, to: consultant },
        currentRoleKey: consultant.key,
        pathway: {
          action: 'follow',
          pathwayId: 'pw',
          fromRoleKey: consultant.key,
          goalRoleKey: designer.key,
          moveKind: 'ladder',
          from: { kind: 'renamed', from: designer, to: consultant },
          goal: { kind: 'renamed', from: consultant, to: designer },
        },
        notify: true,
      },
    ],
    ...(['goal-removed', 'from-removed', 'move-unavailable'] as const).map((reason): [string, PersonPlan] => [
      `framework notice, ${reason}`,
      {
        personId: 'p2',
        currentRole: { kind: 'removed', role: designer },
        currentRoleKey: null,
        pathway: {
          action: 'choose',
          pathwayId: 'pw',
          reason,
          from: { kind: 'kept', role: designer },
          goal: { kind: 'removed', role: consultant },
        },
        notify: true,
      },
    ]),
  ];
  return plans.map(([name, plan]) => {
    const notice = frameworkChangeNotice(plan, context);
    return [name, { text: notice.text, blocks: notice.blocks ?? [] }];
  });
}

export function adminRenders(t: Translator): Array<[string, Rendered]> {
  const settings = workspaceSettings({ language: 'es' });
  const loaded = {
    ok: true as const,
    versionId: 'v3',
    version: 3,
    previousVersion: 2,
    name: 'Marco L&D',
    pathwaysMoved: 4,
    pathwaysToChoose: 1,
    peopleNotified: 5,
  };
  return [
    ['admin settings', { view: adminSettingsModal({ settings, framework: { name: 'Marco L&D', version: 2 } }, t) }],
    [
      'admin settings, no framework',
      {
        view: adminSettingsModal(
          { settings: { ...settings, celebrationChannelId: null, workingDays: [] }, framework: null },
          t,
        ),
      },
    ],
    [
      'admin settings saved',
      {
        view: adminSettingsSavedView(
          [
            ['checkInCadenceDays', 28, 21],
            ['workingDays', [1, 2, 3, 4, 5], [1, 2, 3]],
            ['nudgeKindsOnByDefault', [...MUTABLE_KINDS], ['milestone_nudge']],
            ['mentoringEnabled', true, false],
            ['celebrationChannelId', null, 'C0WINS'],
            ['language', 'en', 'de'],
          ],
          t,
        ),
      },
    ],
    ['admin settings, nothing changed', { view: adminSettingsSavedView([], t) }],
    ['admin settings problems', settingsProblems(t)],
    ['admin refused', { view: adminRefusedView('admin_settings', t.t('admin.notAdmin'), t) }],
    ['people import', { view: peopleImportModal(t) }],
    ['people import checking', { view: peopleImportCheckingView('personas.csv', t) }],
    ['people import preview', { view: peopleImportPreviewView(summary(3, 2), '{}', t) }],
    ['people import preview, nothing to import', { view: peopleImportPreviewView(summary(0, 1), '{}', t) }],
    ['people import preview, many problems', { view: peopleImportPreviewView(summary(1, 400), '{}', t) }],
    ['people import problems', { blocks: problemBlocks(summary(0, 400).skipped, 3, t) }],
    ['people import, every reason', { blocks: problemBlocks(importReasons, 10, t) }],
    ['people import failed', { view: peopleImportFailedView(t.t('admin.import.cannotResume'), t) }],
    ['people import done', { view: peopleImportDoneView(summary(1, 1), t) }],
    ['people import report', { ...peopleImportReport(summary(3, 2), t) }],
    ['admin home', { blocks: adminHomeBlocks(t) }],
    ['report period problems', textBlocks(Object.values(PERIOD_PROBLEMS).map((problem) => badPeriodText(problem, t)))],
    [
      'framework upload',
      {
        view: frameworkUploadModal(
          {
            name: 'Marco L&D',
            version: 2,
            loadedBy: 'U0ADMIN',
            loadedAt: new Date('2027-01-05T10:00:00Z'),
            stageCount: 4,
            roleCount: 12,
          },
          t,
        ),
      },
    ],
    [
      'framework upload, shipped',
      {
        view: frameworkUploadModal(
          {
            name: 'Marco L&D',
            version: 1,
            loadedBy: null,
            loadedAt: new Date('2027-01-05T10:00:00Z'),
            stageCount: 1,
            roleCount: 1,
          },
          t,
        ),
      },
    ],
    ['framework loading', { view: frameworkLoadingView(t) }],
    [
      'framework loaded',
      {
        view: frameworkLoadedView(
          {
            ...loaded,
            summary: {
              added: [designer],
              renamed: [{ from: designer, to: consultant }],
              retitled: [{ key: designer.key, previousTitle: consultant.title, title: designer.title }],
              removed: [consultant],
            },
          },
          t,
        ),
      },
    ],
    [
      'framework loaded, no role changes',
      { view: frameworkLoadedView({ ...loaded, summary: { added: [], renamed: [], retitled: [], removed: [] } }, t) },
    ],
    ['framework not loaded', { view: frameworkNotLoadedView(t.t('frameworkAdmin.unchanged', { version: 2 }), t) }],
    [
      'framework problems',
      {
        view: frameworkProblemsView(
          Array.from({ length: 60 }, (_, i) => ({
            path: `stages[${i}].roles[0].title`,
            line: null,
            message: 'Curso de consultoría',
          })),
          t,
        ),
      },
    ],
    ...notices(t),
    ['report', { blocks: reportBlocks(report('the last 90 days', { from: '2026-10-01', to: '2026-12-29' }), 'dm', t) }],
    ['report chart', chartTexts(t)],
    ['report CSV headers and notes', csvTexts(t)],
    [
      'report, month, not delivered',
      { blocks: reportBlocks(report('November 2026', { from: '2026-11-01', to: '2026-11-30' }), 'none', t) },
    ],
  ];
}
