import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { dateToDb } from '../../../src/domain/dates.js';
import { ensureWorkspace } from '../../../src/services/people.js';
import { askPathway, type EphemeralAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ADMIN } from '../../support/cast.js';
import { reportRows, SPANISH_COLUMNS, spanishRowOf } from '../../support/report-csv.js';

const WAIT = 10_000;

type CsvRow = {
  period_from: string;
  period_to: string;
  scope: string;
  group: string;
  measure: string;
  value: string;
  note: string;
};

describe('/pathway report', () => {
  let t: TestApp;
  let workspaceId: string;
  useTestApp((app) => (t = app), { now: '2027-01-11T10:00:00Z' });
  beforeEach(async () => {
    t.fake.setUser({ id: ADMIN, isAdmin: true });
    workspaceId = (await ensureWorkspace(t.db.prisma, t.fake.team.id)).id;
  });

  /** `count` people in `team`; each reached a ladder goal in 2026, did one milestone on time in March and checked in monthly. */
  async function seedTeam(prefix: string, team: string, count: number): Promise<void> {
    const workspace = await t.db.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    for (let index = 0; index < count; index++) {
      const person = await t.db.prisma.person.create({
        data: {
          workspaceId,
          slackUserId: `U0${prefix}${index}`,
          team,
          currentRoleKey: 'senior-instructional-designer',
          createdAt: new Date('2025-06-01T00:00:00Z'),
        },
      });
      await t.db.prisma.pathway.create({
        data: {
          personId: person.id,
          frameworkVersionId: workspace.activeFrameworkId!,
          fromRoleKey: 'instructional-designer',
          goalRoleKey: 'senior-instructional-designer',
          moveKind: 'ladder',
          targetDate: dateToDb('2026-06-30'),
          status: 'reached',
          startedAt: new Date('2025-07-01T00:00:00Z'),
          endedAt: new Date('2026-05-01T00:00:00Z'),
          milestones: {
            create: [
              {
                position: 1,
                title: `Milestone of ${prefix}${index}`,
                dueDate: dateToDb('2026-03-31'),
                doneAt: new Date('2026-03-20T12:00:00Z'),
              },
            ],
          },
        },
      });
      for (const at of [
        '2026-01-20T12:00:00Z',
        '2026-02-15T12:00:00Z',
        '2026-03-15T12:00:00Z',
        '2026-04-15T12:00:00Z',
      ]) {
        await t.db.prisma.checkIn.create({
          data: {
            personId: person.id,
            frameworkVersionId: workspace.activeFrameworkId!,
            goalRoleKey: 'senior-instructional-designer',
            createdAt: new Date(at),
            ratings: { create: [{ signalKey: 'impact-beyond-role', selfRating: 3 }] },
          },
        });
      }
    }
  }

  async function report(text: string, userId = ADMIN): Promise<EphemeralAnswer> {
    return askPathway(t, `report ${text}`.trim(), { userId, timeoutMs: WAIT, ackWithinMs: 3000 });
  }

  function uploaded(suffix: string): Buffer {
    const upload = t.fake.uploads.find((file) => file.filename.endsWith(suffix));
    expect(upload, `an uploaded ${suffix}`).toBeDefined();
    return upload!.bytes;
  }

  function csvRows(): CsvRow[] {
    return parse(uploaded('.csv').toString('utf8'), { columns: true }) as CsvRow[];
  }

  it('summarises the period in Slack and sends the CSV and a PNG chart to the admin’s DM', async () => {
    await seedTeam('L', 'Learning', 6);
    await seedTeam('S', 'Sales', 2);
    const body = await report('2026');
    const text = JSON.stringify(body.blocks);
    expect(body.text).toBe('Progression report: 2026');
    // Everyone Pathway knows counts, the admin too.
    for (const part of [
      '*People*\\n9',
      '*Check-ins kept on schedule*\\n100%',
      '*Promotions (ladder moves)*\\n8',
      '*Learning* (6 people)',
      '*Sales*: fewer than 5 people, figures hidden',
      'in your DM',
    ])
      expect(text).toContain(part);

    const complete = await t.fake.waitForCall('files.completeUploadExternal', undefined, WAIT);
    expect(complete.args.channel_id).toBe(t.fake.dmChannelFor(ADMIN));
    const png = uploaded('.png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(2000);

    const rows = csvRows();
    const value = (scope: string, group: string, measure: string) =>
      rows.find((row) => row.scope === scope && row.group === group && row.measure === measure);
    expect(value('everyone', 'everyone', 'people')).toMatchObject({
      value: '9',
      note: '',
      period_from: '2026-01-01',
      period_to: '2026-12-31',
    });
    expect(value('team', 'Learning', 'promotions')).toMatchObject({ value: '6', note: '' });
    expect(value('team', 'Learning', 'milestoneOnTime')).toMatchObject({ value: '1' });
    expect(value('team', 'Learning', 'medianDaysInStage')).toMatchObject({ value: '334' });
    expect(value('month', '2026-03', 'milestones_done')).toMatchObject({ value: '8' });
    expect(value('month', '2026-04', 'milestones_done')).toMatchObject({ value: '', note: 'fewer than 5 people' });
    // No person is named anywhere in the export.
    expect(uploaded('.csv').toString('utf8')).not.toMatch(/U0[LS]\d/);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('sends a Spanish admin the CSV with Spanish headers and notes, its codes as in English', async () => {
    await askPathway(t, 'language es', { userId: ADMIN });
    await seedTeam('L', 'Learning', 6);
    await seedTeam('S', 'Sales', 2);
    const body = await report('2026');
    expect(body.text).toBe('Informe de progresión: 2026');
    await t.fake.waitForCall('files.completeUploadExternal', undefined, WAIT);
    const rows = reportRows(uploaded('.csv').toString('utf8'));
    expect(Object.keys(rows[0]!)).toEqual(SPANISH_COLUMNS);
    const find = spanishRowOf(rows);
    expect(find('team', 'Learning', 'promotions')).toMatchObject({ valor: '6', nota: '' });
    expect(find('month', '2026-04', 'milestones_done')).toMatchObject({ valor: '', nota: 'menos de 5 personas' });
    // The admin has no team and no role recorded: named in Spanish.
    expect(find('team', '(sin equipo)', 'people')).toMatchObject({ nota: 'menos de 5 personas' });
    expect(find('role', 'Sin rol registrado', 'people')).toBeDefined();
  });

  it('hides every figure of every group under the minimum, in Slack and in the CSV', async () => {
    await seedTeam('L', 'Learning', 5);
    await seedTeam('S', 'Sales', 4);
    await report('2026');
    const rows = csvRows();
    const small = rows.filter((row) => row.scope === 'team' && row.group === 'Sales');
    expect(small.length).toBeGreaterThan(5);
    for (const row of small) expect(row).toMatchObject({ value: '', note: 'fewer than 5 people' });
    for (const row of rows.filter((row) => row.scope === 'team' && row.group === 'Learning')) expect(row.note).toBe('');
  });

  it('follows the workspace’s minimum group size', async () => {
    await t.db.prisma.workspace.update({ where: { id: workspaceId }, data: { minReportGroupSize: 7 } });
    await seedTeam('L', 'Learning', 6);
    const body = await report('2026');
    expect(JSON.stringify(body.blocks)).toContain('*Learning*: fewer than 7 people, figures hidden');
    for (const row of csvRows().filter((row) => row.scope === 'team' || row.scope === 'readiness')) {
      expect(row).toMatchObject({ value: '', note: 'fewer than 7 people' });
    }
  });

  it('answers a period it cannot read with the forms it can', async () => {
    const body = await report('last spring');
    expect(body.text).toContain('I could not read that period');
    expect(body.text).toContain('2026-q3');
    expect(t.fake.uploads).toEqual([]);
  });

  it('tells a German admin in German why the period cannot be read', async () => {
    t.fake.setUser({ id: ADMIN, isAdmin: true, locale: 'de-DE' });
    const future = await report('2027-06-01..2027-12-31');
    expect(future.text).toBe(
      'Diesen Zeitraum konnte ich nicht lesen: dieser Zeitraum hat noch nicht begonnen. Zum Beispiel: `/pathway report 2026-q3`.',
    );
    const badDate = await report('2026-02-30..2026-06-30');
    expect(badDate.text).toContain('dieses Datum gibt es im Kalender nicht');
    const words = await report('letzten Frühling');
    expect(words.text).toContain('gib einen Zeitraum an wie `90d`');
    expect(t.fake.uploads).toEqual([]);
  });

  it('refuses people who are not admins and sends nothing', async () => {
    t.fake.setUser({ id: 'U0MEMBER' });
    await seedTeam('L', 'Learning', 6);
    const body = await report('2026', 'U0MEMBER');
    expect(body.text).toContain('Only Pathway admins can do that');
    expect(t.fake.uploads).toEqual([]);
    expect(t.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
  });
});
