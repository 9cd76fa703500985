import { expectValidView } from '@pathway/fake-slack';
import type { InputBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_OPEN_IMPORT_ACTION_ID,
  ADMIN_OPEN_SETTINGS_ACTION_ID,
  ADMIN_SETTINGS_CALLBACK_ID,
} from '../../../src/blocks/admin.js';
import { MUTABLE_KINDS } from '../../../src/domain/schedule/kinds.js';
import { type SettingsForm, seedAdminAndMember, settingsValues } from '../../support/admin.js';
import type { ViewAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ADMIN, MEMBER } from '../../support/cast.js';
import { openedView } from '../../support/slack-ui.js';

const valid: SettingsForm = {
  channel: 'C0WINS',
  cadence: '21',
  start: '8',
  end: '16',
  days: ['1', '2', '3', '4'],
  kinds: ['milestone_nudge', 'checkin_reminder'],
  minGroup: '6',
  retention: '14',
};

/** The language the modal's language select starts on. */
function selectedLanguage(view: ModalView): string | undefined {
  const block = view.blocks.find(
    (candidate): candidate is InputBlock => candidate.type === 'input' && candidate.block_id === 'language',
  );
  return block?.element.type === 'static_select' ? block.element.initial_option?.value : undefined;
}

describe('admin settings: /pathway admin settings, the Home tab and the modal', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(async () => {
    await seedAdminAndMember(t, { admin: ADMIN, member: MEMBER });
  });

  async function openSettings(userId = ADMIN) {
    const request = await t.driver.slashCommand({ userId, text: 'admin settings' });
    expect(request.ackMs).toBeLessThan(3000);
    return request;
  }

  async function submit(form: SettingsForm, userId = ADMIN): Promise<ViewAnswer> {
    const opened = await t.fake.waitForCall('views.open', undefined, 10_000);
    const viewId = openedView(opened).id;
    const result = await t.driver.viewSubmission({
      userId,
      callbackId: ADMIN_SETTINGS_CALLBACK_ID,
      values: settingsValues(form),
      viewId,
    });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(3000);
    return result.body as ViewAnswer;
  }

  it('opens the modal with the active framework and the current settings', async () => {
    await openSettings();
    const call = await t.fake.waitForCall('views.open', undefined, 10_000);
    const view = call.args.view as ModalView;
    expectValidView(view);
    const text = JSON.stringify(view);
    // The framework's name and version, the retention days and the smallest group size.
    for (const part of ['Learning', 'version 1', '"initial_value":"28"', '"initial_value":"5"'])
      expect(text).toContain(part);
    expect(view.callback_id).toBe(ADMIN_SETTINGS_CALLBACK_ID);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('saves valid settings, confirms what changed and writes one audit row', async () => {
    await openSettings();
    const answer = await submit(valid);
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);
    const confirmation = JSON.stringify(answer.view);
    expect(confirmation).toContain('Days between check-ins:* 28 → 21');
    expect(confirmation).toContain('<#C0WINS>');

    const workspace = await t.db.prisma.workspace.findFirstOrThrow();
    expect(workspace).toMatchObject({
      celebrationChannelId: 'C0WINS',
      checkInCadenceDays: 21,
      workdayStartHour: 8,
      workdayEndHour: 16,
      workingDays: [1, 2, 3, 4],
      nudgeKindsOffByDefault: MUTABLE_KINDS.filter((kind) => !valid.kinds.includes(kind)),
      minReportGroupSize: 6,
      deactivatedRetentionDays: 14,
    });
    const audit = await t.db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorSlackUserId: ADMIN, action: 'settings.update' });
    const changes = (audit[0]!.detail as { changes: Array<{ field: string; from: unknown; to: unknown }> }).changes;
    expect(changes).toContainEqual({ field: 'checkInCadenceDays', from: 28, to: 21 });
    expect(changes).toContainEqual({ field: 'minReportGroupSize', from: 5, to: 6 });
    expect(changes.map((change) => change.field)).not.toContain('conversationCadenceDays');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('turns mentoring off and keeps suggestions within teams, shown in the confirmation', async () => {
    await openSettings();
    const opened = await t.fake.waitForCall('views.open', undefined, 10_000);
    const modal = JSON.stringify(opened.args.view);
    expect(modal).toContain('Mentoring is on');
    expect(modal).toContain('Suggestions may cross teams');
    const answer = await submit({ ...valid, mentoring: false, crossTeams: false });
    const confirmation = JSON.stringify(answer.view);
    expect(confirmation).toContain('Mentoring:* on → off');
    expect(confirmation).toContain('Mentor suggestions across teams:* on → off');
    expect(await t.db.prisma.workspace.findFirstOrThrow()).toMatchObject({
      mentoringEnabled: false,
      mentorSuggestionsCrossTeams: false,
    });
  });

  it('sets the workspace language: stored, confirmed, and selected when the modal opens again', async () => {
    await openSettings();
    const opened = (await t.fake.waitForCall('views.open', undefined, 10_000)).args.view as ModalView;
    expect(JSON.stringify(opened)).toContain('Workspace language');
    expect(selectedLanguage(opened)).toBe('en');
    const answer = await submit({ ...valid, language: 'de' });
    expect(JSON.stringify(answer.view)).toContain('Workspace language:* English → Deutsch (German)');
    expect((await t.db.prisma.workspace.findFirstOrThrow()).language).toBe('de');
    const audit = await t.db.prisma.auditLog.findFirstOrThrow();
    expect((audit.detail as { changes: unknown[] }).changes).toContainEqual({
      field: 'language',
      from: 'en',
      to: 'de',
    });

    t.fake.reset();
    await openSettings();
    expect(selectedLanguage((await t.fake.waitForCall('views.open', undefined, 10_000)).args.view as ModalView)).toBe(
      'de',
    );
  });

  it('says nothing changed and writes no audit row when the settings are the same', async () => {
    await openSettings();
    const same: SettingsForm = {
      channel: null,
      cadence: '28',
      start: '9',
      end: '17',
      days: ['1', '2', '3', '4', '5'],
      kinds: [...MUTABLE_KINDS],
      minGroup: '5',
      retention: '30',
    };
    const answer = await submit(same);
    expect(JSON.stringify(answer.view)).toContain('Nothing changed');
    expect(await t.db.prisma.auditLog.count()).toBe(0);
  });

  it.each([
    ['a group size under 3', { minGroup: '2' }, 'minReportGroupSize', 'use 3 or more'],
    ['a cadence that is not a number', { cadence: 'monthly' }, 'checkInCadenceDays', 'whole number'],
    ['a cadence under a week', { cadence: '3' }, 'checkInCadenceDays', '7 days or more'],
    ['a day that ends before it starts', { start: '17', end: '9' }, 'workdayEndHour', 'end after it starts'],
    ['no working day', { days: [] }, 'workingDays', 'at least one working day'],
    ['an unknown reminder kind', { kinds: ['spam'] }, 'nudgeKindsOnByDefault', 'pick reminders from the list'],
    ['a retention that is not a number', { retention: '-1' }, 'deactivatedRetentionDays', 'whole number'],
    [
      'a conversation cadence over half a year',
      { conversations: '200' },
      'conversationCadenceDays',
      '180 days or fewer',
    ],
    ['a language Pathway does not speak', { language: 'fr' }, 'language', 'pick a language'],
  ] as const)('shows %s on its field and changes nothing', async (_name, change, field, message) => {
    await openSettings();
    const answer = await submit({ ...valid, ...change } as SettingsForm);
    expect(answer.response_action).toBe('errors');
    expect(Object.keys(answer.errors ?? {})).toEqual([field]);
    expect(answer.errors?.[field]).toContain(message);
    const workspace = await t.db.prisma.workspace.findFirstOrThrow();
    expect(workspace.checkInCadenceDays).toBe(28);
    expect(await t.db.prisma.auditLog.count()).toBe(0);
  });

  it('refuses a non-admin on the command, on a forged submission and on the Home buttons', async () => {
    const request = await openSettings(MEMBER);
    const answer = (await t.responseTo(request)).body as { text: string };
    expect(answer.text).toContain('Only Pathway admins can do that');
    expect(t.fake.callsTo('views.open')).toEqual([]);

    const forged = await t.driver.viewSubmission({
      userId: MEMBER,
      callbackId: ADMIN_SETTINGS_CALLBACK_ID,
      values: settingsValues(valid),
    });
    const refused = forged.body as ViewAnswer;
    expect(refused.response_action).toBe('update');
    expect(JSON.stringify(refused.view)).toContain('Only Pathway admins');
    expect((await t.db.prisma.workspace.findFirstOrThrow()).checkInCadenceDays).toBe(28);
    expect(await t.db.prisma.auditLog.count()).toBe(0);

    for (const actionId of [ADMIN_OPEN_SETTINGS_ACTION_ID, ADMIN_OPEN_IMPORT_ACTION_ID]) {
      t.fake.reset();
      await t.driver.blockAction({ userId: MEMBER, actionId, view: { type: 'home' } });
      const notice = await t.fake.waitForCall('views.open', undefined, 10_000);
      expect(JSON.stringify(notice.args.view)).toContain('Only Pathway admins');
    }
  });

  it('shows the admin section on an admin’s Home tab only, and its buttons open the modals', async () => {
    await t.driver.event({ type: 'app_home_opened', user: ADMIN, tab: 'home', channel: 'D0ADMIN' });
    await t.fake.waitForCall('views.publish', (call) => call.args.user_id === ADMIN);
    expect(JSON.stringify(t.fake.homeView(ADMIN))).toContain(ADMIN_OPEN_SETTINGS_ACTION_ID);

    await t.driver.event({ type: 'app_home_opened', user: MEMBER, tab: 'home', channel: 'D0MEMBER' });
    await t.fake.waitForCall('views.publish', (call) => call.args.user_id === MEMBER);
    expect(JSON.stringify(t.fake.homeView(MEMBER))).not.toContain(ADMIN_OPEN_SETTINGS_ACTION_ID);

    await t.driver.blockAction({ userId: ADMIN, actionId: ADMIN_OPEN_SETTINGS_ACTION_ID, view: { type: 'home' } });
    const settings = await t.fake.waitForCall('views.open', undefined, 10_000);
    expect((settings.args.view as ModalView).callback_id).toBe(ADMIN_SETTINGS_CALLBACK_ID);
    await t.driver.blockAction({ userId: ADMIN, actionId: ADMIN_OPEN_IMPORT_ACTION_ID, view: { type: 'home' } });
    await t.fake.waitForCall('views.open', (call) => (call.args.view as ModalView).callback_id === 'people_import');
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });
});
