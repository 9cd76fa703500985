/** `/pathway settings` opens the modal; saving it turns kinds on and off. */

import { expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { NUDGE_KINDS_ACTION, NUDGE_KINDS_BLOCK, NUDGE_SETTINGS_CALLBACK } from '../../../src/blocks/settings.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { seedPerson } from '../../support/schedule.js';

describe('nudge settings modal', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function openModal(userId: string): Promise<ModalView> {
    const request = await t.driver.slashCommand({ userId, text: 'settings' });
    expect(request.status).toBe(200);
    const call = await t.fake.waitForCall('views.open', undefined, 5000);
    expect(call.args.trigger_id).toBe(request.triggerId);
    const view = call.args.view as ModalView;
    expectValidView(view);
    return view;
  }

  const offered = (view: ModalView): string[] =>
    JSON.parse(JSON.stringify(view.blocks))
      .flatMap((block: { element?: { options?: { value: string }[] } }) => block.element?.options ?? [])
      .map((option: { value: string }) => option.value);

  function submit(userId: string, kinds: string[]) {
    return t.driver.viewSubmission({
      userId,
      callbackId: NUDGE_SETTINGS_CALLBACK,
      values: {
        [NUDGE_KINDS_BLOCK]: {
          [NUDGE_KINDS_ACTION]: {
            type: 'checkboxes',
            selected_options: kinds.map((value) => ({ value, text: { type: 'plain_text', text: value } })),
          },
        },
      },
    });
  }

  it('offers a manager the digest and reminders, and saving unticked kinds mutes them', async () => {
    await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId: 'U0REPORT', managerSlackUserId: 'U0BOSS' });
    const view = await openModal('U0BOSS');
    expect(offered(view)).toEqual([
      'milestone_nudge',
      'checkin_reminder',
      'manager_reminder',
      'manager_digest',
      'mentor_checkin',
    ]);

    const result = await submit('U0BOSS', ['milestone_nudge', 'manager_reminder']);
    expect(result.status).toBe(200);
    expect(result.body).toBe('');
    const boss = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0BOSS' } });
    expect(boss.mutedKinds).toEqual(['checkin_reminder', 'manager_digest', 'mentor_checkin']);
    expect(boss.nudgeSettingsSavedAt).not.toBeNull();
    const confirmation = await t.fake.waitForCall('chat.postMessage');
    expect(String(confirmation.args.text)).toContain('milestone nudges, report check-in reminders');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('shows someone without reports only their own kinds and keeps the manager ones as stored', async () => {
    const { person } = await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId: 'U0ALICE' });
    await t.db.prisma.person.update({
      where: { id: person.id },
      data: { mutedKinds: ['manager_digest'], nudgeSettingsSavedAt: new Date() },
    });
    expect(offered(await openModal('U0ALICE'))).toEqual(['milestone_nudge', 'checkin_reminder', 'mentor_checkin']);
    await submit('U0ALICE', []);
    const saved = await t.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(saved.mutedKinds).toEqual(['milestone_nudge', 'checkin_reminder', 'manager_digest', 'mentor_checkin']);
    // With mentoring off in the workspace, its question is not offered (and what is stored stays).
    await t.db.prisma.workspace.updateMany({ data: { mentoringEnabled: false } });
    await t.driver.slashCommand({ userId: 'U0ALICE', text: 'settings' });
    await expect.poll(() => t.fake.callsTo('views.open').length, { timeout: 5000 }).toBe(2);
    expect(offered(t.fake.callsTo('views.open')[1]!.args.view as ModalView)).toEqual([
      'milestone_nudge',
      'checkin_reminder',
    ]);
  });

  it('starts from the workspace’s off-by-default kinds until the person chooses', async () => {
    const { workspace } = await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId: 'U0ALICE' });
    await t.db.prisma.workspace.update({
      where: { id: workspace.id },
      data: { nudgeKindsOffByDefault: ['checkin_reminder'] },
    });
    const view = await openModal('U0ALICE');
    expect(JSON.stringify(view.blocks)).toContain(
      '"initial_options":[{"text":{"type":"plain_text","text":"Milestone nudges"',
    );
    expect(JSON.stringify(view.blocks)).not.toMatch(/initial_options[^\]]*checkin_reminder/);
  });

  it('answers a forged kind in the modal field instead of crashing', async () => {
    await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId: 'U0ALICE' });
    const result = await submit('U0ALICE', ['everything']);
    expect(result.body).toMatchObject({
      response_action: 'errors',
      errors: { [NUDGE_KINDS_BLOCK]: expect.stringContaining('Tick the messages') },
    });
  });
});
