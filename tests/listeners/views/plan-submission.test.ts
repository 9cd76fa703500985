import { beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultFramework } from '../../../src/domain/framework/default.js';
import { milestoneTemplatesFor } from '../../../src/domain/framework/queries.js';
import type { TestApp } from '../../support/app-harness.js';
import { backends } from '../../support/db.js';
import { ALICE, expectCleanSlackTraffic, formValues, milestoneRows, type OpenedView, openedView, seedPathway, setField, textOf, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`saving the plan modal on ${backend.name}`, () => {
    const app = usePathwayApp({ open: () => backend.open() });
    let t: TestApp;
    beforeEach(() => {
      t = app();
    });

    /** A person who says they are an Instructional Designer, with the plan modal open. */
    async function openModal(): Promise<OpenedView> {
      await t.responseTo(await t.driver.slashCommand({ userId: ALICE, text: '' }), 10_000);
      await t.db.prisma.person.updateMany({ where: { slackUserId: ALICE }, data: { currentRoleKey: 'instructional-designer' } });
      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      return openedView(await t.fake.waitForCall('views.open', undefined, 10_000));
    }

    async function submit(opened: OpenedView, values = formValues(opened.view)): Promise<unknown> {
      const result = await t.driver.viewSubmission({
        userId: ALICE,
        callbackId: 'plan_modal',
        viewId: opened.id,
        hash: opened.hash,
        privateMetadata: opened.view.private_metadata ?? '',
        blocks: opened.view.blocks,
        values,
      });
      expect(result.status).toBe(200);
      expect(result.ackMs).toBeLessThan(3000);
      return result.body;
    }

    it('creates the pathway and its milestones, sets the current role, republishes Home and confirms by DM', async () => {
      const opened = await openModal();
      const values = formValues(opened.view);
      setField(values, 'plan_keep.0.0', {
        selected_options: (values['plan_keep.0.0']!.plan_keep!.selected_options as { value: string }[]).filter((o) => o.value !== 'voice-intent'),
      });
      setField(values, 'plan_due.0.assess-competencies', { selected_date: '2027-01-20' });
      setField(values, 'plan_extra.0.title', { value: 'Run a lunch-and-learn' });
      setField(values, 'plan_extra.0.kind', { selected_option: { value: 'project' } });
      setField(values, 'plan_extra.0.due', { selected_date: '2027-03-03' });
      setField(values, 'plan_extra.0.link', { value: 'https://example.com/lunch' });
      expect(await submit(opened, values)).toBe('');

      const pathway = await t.db.prisma.pathway.findFirstOrThrow({ where: { person: { slackUserId: ALICE } }, include: { person: true } });
      expect(pathway).toMatchObject({ status: 'active', fromRoleKey: 'instructional-designer', goalRoleKey: 'senior-instructional-designer', moveKind: 'ladder' });
      expect(pathway.activeForPersonId).toBe(pathway.personId);
      expect(pathway.person.currentRoleKey).toBe('instructional-designer');
      const rows = await milestoneRows(t, pathway.id);
      expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rows[0]).toMatchObject({ title: 'Assess yourself against Senior Instructional Designer', due: '2027-01-20' });
      expect(rows.at(-1)).toEqual({ position: 8, title: 'Run a lunch-and-learn', done: false, due: '2027-03-03' });
      const target = pathway.targetDate.toISOString().slice(0, 10);
      expect(rows.every((r) => r.due >= '2027-01-11' && r.due <= target)).toBe(true);
      // Each suggested milestone keeps the readiness signals it builds, for check-ins.
      const templates = milestoneTemplatesFor(await loadDefaultFramework(), 'senior-instructional-designer');
      const stored = await t.db.prisma.milestone.findMany({ where: { pathwayId: pathway.id }, orderBy: { position: 'asc' } });
      expect(stored.slice(0, 7).map((m) => m.signalKeys)).toEqual(templates.filter((tpl) => tpl.key !== 'voice-intent').map((tpl) => tpl.signals));
      expect(stored.flatMap((m) => m.signalKeys).length).toBeGreaterThan(0);

      await t.fake.waitForCall('chat.postMessage');
      expect(t.fake.messagesIn(t.fake.dmChannelFor(ALICE)).at(-1)?.text).toContain('Your plan is saved: Senior Instructional Designer by');
      await t.fake.waitForCall('views.publish');
      const home = textOf(t.fake.homeView(ALICE));
      expect(home).toContain('Senior Instructional Designer');
      expect(home).toContain('"action_id":"milestone_done"');
      expectCleanSlackTraffic(t);
    });

    it('shows each problem beside its field and saves nothing', async () => {
      const opened = await openModal();
      const values = formValues(opened.view);
      setField(values, 'plan_target', { selected_date: '2027-06-30' });
      for (const blockId of Object.keys(values).filter((id) => id.startsWith('plan_due.0.'))) setField(values, blockId, { selected_date: '2027-03-01' });
      setField(values, 'plan_due.0.assess-competencies', { selected_date: '2027-01-10' });
      setField(values, 'plan_due.0.apply', { selected_date: '2027-07-01' });
      setField(values, 'plan_extra.1.title', { value: 'x'.repeat(151) });
      setField(values, 'plan_extra.1.due', { selected_date: '2027-03-01' });
      setField(values, 'plan_extra.2.title', { value: 'Shadow a director' });
      setField(values, 'plan_extra.2.link', { value: 'javascript:alert(1)' });
      const body = (await submit(opened, values)) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors).toEqual({
        'plan_due.0.assess-competencies': expect.stringContaining('is in the past (today is Mon 11 Jan 2027'),
        'plan_due.0.apply': 'This is after your target date (Wed 30 Jun 2027): pick an earlier date or a later target.',
        'plan_extra.1.title': 'Keep the title under 150 characters.',
        'plan_extra.2.due': 'Pick a due date.',
        'plan_extra.2.link': 'Give a full web address starting with https://.',
      });
      expect(await t.db.prisma.pathway.count()).toBe(0);
    });

    it('refuses a target date that is not after today, and an empty selection', async () => {
      const opened = await openModal();
      const values = formValues(opened.view);
      setField(values, 'plan_target', { selected_date: '2027-01-11' });
      setField(values, 'plan_keep.0.0', { selected_options: [] });
      const body = (await submit(opened, values)) as { errors: Record<string, string> };
      expect(body.errors).toEqual({
        plan_target: 'Pick a target date after today (Mon 11 Jan 2027).',
        'plan_keep.0.0': 'Keep at least one suggested milestone, or add one of your own below.',
      });
      expect(await t.db.prisma.pathway.count()).toBe(0);
    });

    it('refuses to save another goal’s suggestions while the modal is refreshing', async () => {
      const opened = await openModal();
      const values = formValues(opened.view);
      setField(values, 'plan_goal.0', { selected_option: { value: 'learning-technologist' } });
      const body = (await submit(opened, values)) as { errors: Record<string, string> };
      expect(body.errors['plan_goal.0']).toContain('pick it again, then save');
      expect(await t.db.prisma.pathway.count()).toBe(0);
    });

    it('keeps the previous pathway as history (changed) when re-planning', async () => {
      const previous = await seedPathway(t, ALICE, weeklyMilestones(3, '2027-02-01'));
      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      const opened = openedView(await t.fake.waitForCall('views.open', undefined, 10_000));
      expect(await submit(opened)).toBe('');

      const old = await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: previous.pathwayId } });
      expect(old).toMatchObject({ status: 'changed', activeForPersonId: null });
      expect(old.endedAt).toEqual(t.clock.now());
      expect(await milestoneRows(t, previous.pathwayId)).toHaveLength(3);
      const active = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: previous.personId } });
      expect(active.id).not.toBe(previous.pathwayId);

      await t.fake.waitForCall('views.publish');
      expect(textOf(t.fake.homeView(ALICE))).toContain('Your earlier pathways');
      expect(textOf(t.fake.homeView(ALICE))).toContain('changed plan on Mon 11 Jan 2027, 0 of 3 milestones done');
    });
  });
}
