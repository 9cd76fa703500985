/**
 * The progression report's files in the admin's language: the CSV's headers and notes, the names of
 * people with no role or team, and the chart's words; the scope and measure codes, dates and numbers
 * stay the same in every language, and the English file reads as before.
 */

import { describe, expect, it } from 'vitest';
import { reportChartTexts } from '../../src/blocks/report.js';
import { buildReport, type ReportFacts } from '../../src/domain/metrics.js';
import { translator } from '../../src/i18n/index.js';
import { completionChartSvg } from '../../src/services/report-chart.js';
import { reportCsv } from '../../src/services/reports.js';
import { reportRows, SPANISH_COLUMNS, spanishRowOf } from '../support/report-csv.js';

const period = { from: '2026-01-01', to: '2026-12-31', label: '2026' };
const person = (index: number, team: string | null, roleKey: string | null) => ({
  key: `p${index}`,
  team,
  roleKey,
  knownSince: new Date('2025-01-01T00:00:00Z'),
});
// Six in Learning as designers, six with no team and no role, two in Sales: Sales is hidden.
const facts: ReportFacts = {
  people: [
    ...Array.from({ length: 6 }, (_, i) => person(i, 'Learning', 'designer')),
    ...Array.from({ length: 6 }, (_, i) => person(10 + i, null, null)),
    ...Array.from({ length: 2 }, (_, i) => person(20 + i, 'Sales', 'designer')),
  ],
  pathways: [],
  milestones: Array.from({ length: 6 }, (_, i) => ({
    personKey: `p${i}`,
    dueDate: '2026-03-31',
    doneAt: new Date('2026-03-20T12:00:00Z'),
  })),
  checkIns: [],
};
const report = buildReport(facts, { period, minGroupSize: 5, checkInCadenceDays: 28 });
const workspaceReport = {
  report,
  roleTitle: (key: string) => (key === 'designer' ? 'Diseñadora' : key),
  mentoring: { activeMentorships: 2, sessionsLogged: 5, openOffers: 1 },
};

describe('the report CSV in the admin’s language', () => {
  it('keeps the English headers, notes and codes as they were', () => {
    const csv = reportCsv(workspaceReport, translator('en'));
    expect(csv.split('\n')[0]).toBe('period_from,period_to,scope,group,measure,value,note');
    expect(csv).toContain('2026-01-01,2026-12-31,team,(none),people,6,');
    expect(csv).toContain('2026-01-01,2026-12-31,role,No role recorded,people,6,');
    expect(csv).toContain('2026-01-01,2026-12-31,team,Sales,people,,fewer than 5 people');
    expect(csv).toContain('2026-01-01,2026-12-31,mentoring,everyone,open_offers,1,today');
  });

  it('writes headers, notes and the no-role and no-team names in Spanish; codes, dates and numbers as in English', () => {
    const rows = reportRows(reportCsv(workspaceReport, translator('es')));
    expect(Object.keys(rows[0]!)).toEqual(SPANISH_COLUMNS);
    const find = spanishRowOf(rows);
    expect(find('everyone', 'everyone', 'activePathwayShare')).toMatchObject({
      periodo_desde: '2026-01-01',
      valor: '0',
    });
    expect(find('team', '(sin equipo)', 'people')).toMatchObject({ valor: '6', nota: '' });
    expect(find('role', 'Sin rol registrado', 'people')).toMatchObject({ valor: '6' });
    expect(find('team', 'Sales', 'people')).toMatchObject({ valor: '', nota: 'menos de 5 personas' });
    expect(find('month', '2026-03', 'milestones_done')).toMatchObject({ valor: '6' });
    expect(find('mentoring', 'everyone', 'open_offers')).toMatchObject({ valor: '1', nota: 'hoy' });
    // Same rows, same order, same codes in every language: only the words differ.
    const english = reportRows(reportCsv(workspaceReport, translator('en')));
    expect(rows.map((row) => [row.ambito, row.medida, row.valor])).toEqual(
      english.map((row) => [row.scope, row.measure, row.value]),
    );
  });
});

describe('the report chart in the admin’s language', () => {
  it('draws its title, note, hidden months and month names in Spanish', () => {
    const svg = completionChartSvg(report, reportChartTexts(report, translator('es')));
    expect(svg).toContain('>Hitos hechos por mes<');
    expect(svg).toContain('>2026 · los meses con menos de 5 personas están ocultos<');
    expect(svg).toContain('>oculto<');
    expect(svg).toContain('>mar 26<');
    expect(svg).not.toMatch(/Milestones|hidden|fewer/);
  });

  it('reads in English as before', () => {
    const svg = completionChartSvg(report, reportChartTexts(report, translator('en')));
    expect(svg).toContain('>Milestones done per month<');
    expect(svg).toContain('>2026 · months with fewer than 5 people are hidden<');
    expect(svg).toContain('>hidden<');
    expect(svg).toContain('>Mar 26<');
  });
});
