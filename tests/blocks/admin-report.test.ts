import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import {
  adminHomeBlocks,
  adminSettingsModal,
  adminSettingsSavedView,
  type ImportSummary,
  peopleImportDoneView,
  peopleImportModal,
  peopleImportPreviewView,
  peopleImportReport,
} from '../../src/blocks/admin.js';
import { dataDeletedView, deleteConfirmModal } from '../../src/blocks/data-rights.js';
import { MAX_ROWS_PER_BREAKDOWN, reportBlocks } from '../../src/blocks/report.js';
import { buildReport, type ReportFacts } from '../../src/domain/metrics.js';
import { reportCsv } from '../../src/services/reports.js';
import { workspaceSettings } from '../support/views.js';

const LONG = `${'Very long name <!channel> *bold* '.repeat(20)}end`;

function manyProblems(count: number) {
  return Array.from({ length: count }, (_, index) => ({ line: index + 2, reason: `${LONG} number ${index}` }));
}

describe('admin blocks stay within Slack’s limits', () => {
  it('renders the settings modal with a long framework name and every option', () => {
    const view = adminSettingsModal({
      framework: { name: LONG, version: 12 },
      // Every hour and every day: the most options shown as chosen.
      settings: workspaceSettings({ workdayStartHour: 0, workdayEndHour: 24, workingDays: [1, 2, 3, 4, 5, 6, 7] }),
    });
    expectValidView(view);
    expect(JSON.stringify(view)).not.toContain('<!channel>');
    expectValidView(
      adminSettingsSavedView([
        ['checkInCadenceDays', 28, 21],
        ['workingDays', [1, 2], [3]],
        ['celebrationChannelId', null, 'C0WINS'],
      ]),
    );
  });

  it('lists thousands of skipped rows without breaking the modal or the DM, counting what does not fit', () => {
    const summary: ImportSummary = { fileName: `${LONG}.csv`, rows: 2000, accepted: 0, skipped: manyProblems(2000) };
    const preview = peopleImportPreviewView(summary, '{}');
    expectValidView(preview);
    expect(preview.submit).toBeUndefined();
    expect(JSON.stringify(preview)).toMatch(/…and \d+ more\./);
    const report = peopleImportReport(summary);
    expectValidBlocks(report.blocks, 'message');
    expect(JSON.stringify(report.blocks)).toMatch(/…and \d+ more\./);
    expectValidView(peopleImportDoneView({ ...summary, accepted: 3 }));
    expectValidView(peopleImportModal());
  });

  it('renders the Home admin section and the data-rights modals', () => {
    expectValidBlocks(adminHomeBlocks(), 'home');
    expectValidView(deleteConfirmModal());
    expectValidView(dataDeletedView());
  });
});

describe('report blocks', () => {
  const period = { from: '2026-01-01', to: '2026-12-31', label: '2026' };
  const facts: ReportFacts = {
    people: Array.from({ length: 300 }, (_, index) => ({
      key: `p${index}`,
      team: `${LONG} team ${index % 30}`,
      roleKey: `role-${index % 25}`,
      knownSince: new Date('2025-01-01T00:00:00Z'),
    })),
    pathways: [],
    milestones: [],
    checkIns: Array.from({ length: 300 }, (_, index) => ({
      personKey: `p${index}`,
      goalRoleKey: `goal-${index % 20}`,
      createdAt: new Date('2026-05-01T00:00:00Z'),
      ratings: [2],
    })),
  };
  const report = buildReport(facts, { period, minGroupSize: 5, checkInCadenceDays: 28 });
  const workspaceReport = { report, roleTitle: (key: string) => `${LONG} ${key}` };

  it('fits many teams, roles and long names in one message, pointing to the CSV for the rest', () => {
    const blocks = reportBlocks(workspaceReport, 'dm');
    expectValidBlocks(blocks, 'message');
    const text = JSON.stringify(blocks);
    expect(text).toContain(`…and ${30 - MAX_ROWS_PER_BREAKDOWN} more in the CSV.`);
    expect(text).not.toContain('<!channel>');
  });

  it('says when the files could not be sent', () => {
    expect(JSON.stringify(reportBlocks(workspaceReport, 'none'))).toContain('could not send the CSV');
  });

  it('gives mentoring as three workspace-wide counts in the message and the CSV, and fits with every breakdown full', () => {
    const withMentoring = { ...workspaceReport, mentoring: { activeMentorships: 4, sessionsLogged: 9, openOffers: 1 } };
    const blocks = reportBlocks(withMentoring, 'dm');
    expectValidBlocks(blocks, 'message');
    expect(JSON.stringify(blocks)).toContain(
      '4 active mentorships · 9 sessions logged in the period · 1 open offer to mentor today',
    );
    const csv = reportCsv(withMentoring);
    expect(csv).toContain(`${period.from},${period.to},mentoring,everyone,active_mentorships,4,`);
    expect(csv).toContain(`${period.from},${period.to},mentoring,everyone,sessions_logged,9,`);
    expect(csv).toContain(`${period.from},${period.to},mentoring,everyone,open_offers,1,today`);
    expect(JSON.stringify(reportBlocks({ ...workspaceReport, mentoring: null }, 'dm'))).not.toContain('Mentoring');
  });

  it('keeps spreadsheet formulas out of the CSV', () => {
    const csv = reportCsv({
      report: buildReport(
        { ...facts, people: facts.people.map((p) => ({ ...p, team: '=HYPERLINK("x")' })) },
        { period, minGroupSize: 5, checkInCadenceDays: 28 },
      ),
      roleTitle: (key) => key,
    });
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
