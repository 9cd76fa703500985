import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  PEOPLE_IMPORT_CALLBACK_ID,
  PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
  PEOPLE_IMPORT_FILE_ACTION_ID,
  PEOPLE_IMPORT_FILE_BLOCK_ID,
} from '../../../src/blocks/admin.js';
import { seedAdminAndMember } from '../../support/admin.js';
import type { ViewAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ADMIN, MEMBER } from '../../support/cast.js';
import { openedView } from '../../support/slack-ui.js';

const WAIT = 10_000;

const FILE = [
  'person,manager,role,team',
  'U0ALICE,U0ADMIN,senior-instructional-designer,Learning',
  'bob@example.org,U0ALICE,instructional-designer,Learning',
  'ghost@example.org,U0ALICE,,',
  'U0CAROL,nobody@example.org,,',
  'U0DAN,U0ALICE,wizard,',
  'U0ERIN,U0ERIN,,',
  'U0ALICE,,,Sales',
  'U0FRANK,U0GRACE,,',
  'U0GRACE,U0FRANK,,',
  'not-a-person,,,',
].join('\n');

describe('people import: /pathway admin import and its two modal steps', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(async () => {
    await seedAdminAndMember(t, { admin: ADMIN, member: MEMBER });
    t.fake.setUser({ id: 'U0BOB', email: 'bob@example.org' });
    t.fake.setUser({ id: 'U0GONE', email: 'gone@example.org', deleted: true });
  });

  /** Opens the modal as `userId` and submits `csv`; returns the ack and the opened view id. */
  async function submitFile(csv: string, userId = ADMIN): Promise<{ answer: ViewAnswer; viewId: string }> {
    await t.driver.slashCommand({ userId, text: 'admin import' });
    const opened = await t.fake.waitForCall('views.open', undefined, WAIT);
    expectValidView(opened.args.view);
    const viewId = openedView(opened).id;
    const fileId = t.fake.addFile({ name: 'people.csv', content: csv, user: userId });
    const result = await t.driver.viewSubmission({
      userId,
      callbackId: PEOPLE_IMPORT_CALLBACK_ID,
      viewId,
      values: {
        [PEOPLE_IMPORT_FILE_BLOCK_ID]: {
          [PEOPLE_IMPORT_FILE_ACTION_ID]: { type: 'file_input', files: [{ id: fileId, name: 'people.csv' }] },
        },
      },
    });
    expect(result.ackMs).toBeLessThan(3000);
    return { answer: result.body as ViewAnswer, viewId };
  }

  async function updatedView(viewId: string, nth = 1): Promise<ModalView> {
    await t.fake.waitForCall(
      'views.update',
      () => t.fake.callsTo('views.update').filter((call) => call.args.view_id === viewId).length >= nth,
      WAIT,
    );
    const view = t.fake.callsTo('views.update').filter((call) => call.args.view_id === viewId)[nth - 1]!.args
      .view as ModalView;
    expectValidView(view);
    return view;
  }

  async function confirm(preview: ModalView, viewId: string, userId = ADMIN): Promise<ViewAnswer> {
    const result = await t.driver.viewSubmission({
      userId,
      callbackId: PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
      viewId,
      privateMetadata: preview.private_metadata ?? '',
      values: {},
    });
    expect(result.ackMs).toBeLessThan(3000);
    return result.body as ViewAnswer;
  }

  async function importedPeople() {
    return t.db.prisma.person.findMany({
      where: { slackUserId: { in: ['U0ALICE', 'U0BOB', 'U0CAROL', 'U0DAN', 'U0ERIN', 'U0FRANK', 'U0GRACE'] } },
      include: { manager: true },
      orderBy: { slackUserId: 'asc' },
    });
  }

  it('checks every row first, writes nothing until confirmed, then imports the good rows and reports the rest', async () => {
    const { answer, viewId } = await submitFile(FILE);
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);

    const preview = await updatedView(viewId);
    const text = JSON.stringify(preview);
    expect(text).toContain('10 rows. 2 people will be imported, 8 rows skipped');
    for (const reason of [
      'line 4: no one in this Slack workspace has ghost@example.org',
      'line 5: no one in this Slack workspace has nobody@example.org (the manager)',
      'line 6: \\"wizard\\" is not a role key in the active framework',
      'line 7: U0ERIN cannot be their own manager',
      'line 8: U0ALICE is already on line 2',
      'line 9: the manager links would form a loop: U0FRANK → U0GRACE → U0FRANK',
      'line 10: the manager links would form a loop: U0GRACE → U0FRANK → U0GRACE',
      'line 11: \\"not-a-person\\" is neither a Slack user id nor an email address',
    ]) {
      expect(text).toContain(reason);
    }
    expect(preview.submit).toBeDefined();
    expect(await importedPeople()).toEqual([]);
    expect(await t.db.prisma.auditLog.count()).toBe(0);
    expect(
      t.fake
        .callsTo('users.lookupByEmail')
        .map((call) => call.args.email)
        .sort(),
    ).toEqual(['bob@example.org', 'ghost@example.org', 'nobody@example.org']);

    const confirmed = await confirm(preview, viewId);
    expect(confirmed.response_action).toBe('update');
    const done = await updatedView(viewId, 2);
    expect(JSON.stringify(done)).toContain('2 people were imported, 8 rows skipped');

    const people = await importedPeople();
    expect(
      people.map((person) => [
        person.slackUserId,
        person.manager?.slackUserId ?? null,
        person.currentRoleKey,
        person.team,
      ]),
    ).toEqual([
      ['U0ALICE', ADMIN, 'senior-instructional-designer', 'Learning'],
      ['U0BOB', 'U0ALICE', 'instructional-designer', 'Learning'],
    ]);
    const audit = await t.db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorSlackUserId: ADMIN,
      action: 'people.import',
      detail: { fileName: 'people.csv', imported: 2, skipped: 8 },
    });

    const report = await t.fake.waitForCall('chat.postMessage', undefined, WAIT);
    expect(report.args.channel).toBe(t.fake.dmChannelFor(ADMIN));
    expectValidBlocks(report.args.blocks, 'message');
    expect(JSON.stringify(report.args.blocks)).toContain('line 7: U0ERIN cannot be their own manager');
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('tells a Spanish admin why each row is skipped, and what is wrong with a file, in Spanish', async () => {
    t.fake.setUser({ id: ADMIN, isAdmin: true, locale: 'es-ES' });
    const { viewId } = await submitFile(FILE);
    const text = JSON.stringify(await updatedView(viewId));
    for (const reason of [
      'línea 4: nadie en este espacio de trabajo de Slack tiene ghost@example.org',
      'línea 5: nadie en este espacio de trabajo de Slack tiene nobody@example.org (el responsable)',
      'línea 6: \\"wizard\\" no es una clave de rol del marco activo',
      'línea 7: U0ERIN no puede ser su propio responsable',
      'línea 8: U0ALICE ya está en la línea 2',
      'línea 9: los vínculos con responsables formarían un bucle: U0FRANK → U0GRACE → U0FRANK',
      'línea 11: \\"not-a-person\\" no es ni un id de usuario de Slack ni un correo electrónico',
    ]) {
      expect(text).toContain(reason);
    }
    expect(text).not.toContain('no one in this Slack workspace');

    t.fake.reset();
    const { answer } = await submitFile('name,team\nAlice,Learning\n');
    expect(answer.errors?.[PEOPLE_IMPORT_FILE_BLOCK_ID]).toMatch(
      /^No se importó nada: la fila de cabecera no tiene la columna `person`; envía un archivo CSV con una fila de cabecera/,
    );
  });

  it('is all or nothing: a failure while writing leaves every person as they were', async () => {
    await t.driver.slashCommand({ userId: ADMIN, text: '' });
    await t.fake.waitForCall('users.info', undefined, WAIT);
    await t.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_boom() RETURNS trigger AS $$
      BEGIN IF NEW.team = 'Boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_boom BEFORE UPDATE ON "Person" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`,
    );
    try {
      const csv =
        'person,manager,role,team\nU0ALICE,U0ADMIN,,Learning\nU0BOB,U0ALICE,,Learning\nU0CAROL,U0ALICE,,Boom\n';
      const { viewId } = await submitFile(csv);
      const preview = await updatedView(viewId);
      expect(JSON.stringify(preview)).toContain('3 people will be imported');
      await confirm(preview, viewId);
      const failed = await updatedView(viewId, 2);
      expect(JSON.stringify(failed)).toContain('the import failed on our side and nothing was changed');
      expect(await importedPeople()).toEqual([]);
      expect(await t.db.prisma.person.count({ where: { managerId: { not: null } } })).toBe(0);
      expect(await t.db.prisma.auditLog.count()).toBe(0);
      expect(t.fake.callsTo('chat.postMessage')).toEqual([]);
    } finally {
      await t.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS refuse_boom ON "Person"');
    }
  });

  it.each([
    ['a file without a person column', 'name,team\nAlice,Learning\n', 'no person column'],
    ['an empty file', '', 'the file is empty'],
  ])('answers %s on the file field and checks nothing', async (_name, csv, message) => {
    const { answer } = await submitFile(csv);
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.[PEOPLE_IMPORT_FILE_BLOCK_ID]).toContain(message);
    expect(t.fake.callsTo('views.update')).toEqual([]);
  });

  it('answers a confirm step whose metadata is not its own without importing anything', async () => {
    await t.driver.slashCommand({ userId: ADMIN, text: '' });
    await t.fake.waitForCall('users.info', undefined, WAIT);
    const result = await t.driver.viewSubmission({
      userId: ADMIN,
      callbackId: PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
      privateMetadata: 'not json',
      values: {},
    });
    const answer = result.body as ViewAnswer;
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain('could not be resumed');
    expect(t.fake.callsTo('files.info')).toEqual([]);
    expect(await t.db.prisma.auditLog.count()).toBe(0);
  });

  it('refuses a non-admin on the command and on forged submissions of both steps', async () => {
    const request = await t.driver.slashCommand({ userId: MEMBER, text: 'admin import' });
    expect(((await t.responseTo(request, WAIT)).body as { text: string }).text).toContain('Only Pathway admins');
    expect(t.fake.callsTo('views.open')).toEqual([]);

    const fileId = t.fake.addFile({ name: 'people.csv', content: FILE, user: MEMBER });
    const check = await t.driver.viewSubmission({
      userId: MEMBER,
      callbackId: PEOPLE_IMPORT_CALLBACK_ID,
      values: {
        [PEOPLE_IMPORT_FILE_BLOCK_ID]: {
          [PEOPLE_IMPORT_FILE_ACTION_ID]: { type: 'file_input', files: [{ id: fileId }] },
        },
      },
    });
    expect(JSON.stringify(check.body)).toContain('Only Pathway admins');
    const apply = await t.driver.viewSubmission({
      userId: MEMBER,
      callbackId: PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
      privateMetadata: JSON.stringify({ fileId, fileName: 'people.csv' }),
      values: {},
    });
    expect(JSON.stringify(apply.body)).toContain('Only Pathway admins');
    expect(t.fake.callsTo('files.info')).toEqual([]);
    expect(await importedPeople()).toEqual([]);
    expect(await t.db.prisma.auditLog.count()).toBe(0);
  });
});
