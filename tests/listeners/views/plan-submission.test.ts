import { describe, expect, it } from 'vitest';
import { milestoneTemplatesFor } from '../../../src/domain/framework/queries.js';
import { loadDefaultFramework } from '../../../src/services/framework-files.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { backends } from '../../support/db.js';
import { milestoneRows, seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { formValues, type OpenedView, openedView, setField, textOf } from '../../support/slack-ui.js';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`saving the plan modal on ${backend.name}`, () => {
    const t = usePathwayApp({ backend });

    /** A person who says they are an Instructional Designer, with the plan modal open. */
    async function openModal(): Promise<OpenedView> {
      await t.responseTo(await t.driver.slashCommand({ userId: ALICE, text: '' }), 10_000);
      await t.db.prisma.person.updateMany({
        where: { slackUserId: ALICE },
        data: { currentRoleKey: 'instructional-designer' },
      });
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

    /** The form with the target on 30 June 2027 and every suggested milestone due on 1 March, then `changes`. */
    function datedValues(opened: OpenedView, changes: Record<string, Record<string, unknown>>) {
      const values = formValues(opened.view, { plan_target: { selected_date: '2027-06-30' } });
      for (const blockId of Object.keys(values).filter((id) => id.startsWith('plan_due.0.')))
        setField(values, blockId, { selected_date: '2027-03-01' });
      for (const [blockId, patch] of Object.entries(changes)) setField(values, blockId, patch);
      return values;
    }

    it('creates the pathway and its milestones, sets the current role, republishes Home and confirms by DM', async () => {
      const opened = await openModal();
      const values = formValues(opened.view);
      setField(values, 'plan_keep.0.0', {
        selected_options: (values['plan_keep.0.0']!.plan_keep!.selected_options as { value: string }[]).filter(
          (o) => o.value !== 'voice-intent',
        ),
      });
      setField(values, 'plan_due.0.assess-competencies', { selected_date: '2027-01-20' });
      setField(values, 'plan_own', { value: 'Run a lunch-and-learn by 3 March' });
      expect(await submit(opened, values)).toBe('');

      const pathway = await t.db.prisma.pathway.findFirstOrThrow({
        where: { person: { slackUserId: ALICE } },
        include: { person: true },
      });
      expect(pathway).toMatchObject({
        status: 'active',
        fromRoleKey: 'instructional-designer',
        goalRoleKey: 'senior-instructional-designer',
        moveKind: 'ladder',
      });
      expect(pathway.activeForPersonId).toBe(pathway.personId);
      expect(pathway.person.currentRoleKey).toBe('instructional-designer');
      const rows = await milestoneRows(t, pathway.id);
      expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rows[0]).toMatchObject({
        title: 'Assess yourself against Senior Instructional Designer',
        due: '2027-01-20',
      });
      expect(rows.at(-1)).toEqual({ position: 8, title: 'Run a lunch-and-learn', done: false, due: '2027-03-03' });
      // The date beside a suggestion is a section's accessory: changing it is acknowledged, and read on saving.
      const dueChanged = await t.driver.blockAction({
        userId: ALICE,
        actionId: 'plan_due',
        blockId: 'plan_due.0.apply',
        selectedDate: '2027-06-01',
      });
      expect(dueChanged.status).toBe(200);
      const target = pathway.targetDate.toISOString().slice(0, 10);
      expect(rows.every((r) => r.due >= '2027-01-11' && r.due <= target)).toBe(true);
      // Each suggested milestone keeps the readiness signals it builds, for check-ins.
      const templates = milestoneTemplatesFor(await loadDefaultFramework(), 'senior-instructional-designer');
      const stored = await t.db.prisma.milestone.findMany({
        where: { pathwayId: pathway.id },
        orderBy: { position: 'asc' },
      });
      expect(stored.slice(0, 7).map((m) => m.signalKeys)).toEqual(
        templates.filter((tpl) => tpl.key !== 'voice-intent').map((tpl) => tpl.signals),
      );
      expect(stored.flatMap((m) => m.signalKeys).length).toBeGreaterThan(0);

      await t.fake.waitForCall('chat.postMessage');
      expect(t.fake.messagesIn(t.fake.dmChannelFor(ALICE)).at(-1)?.text).toContain(
        'Your plan is saved: Senior Instructional Designer by',
      );
      // The person's own milestones are confirmed with their dates in words, as the typed dates were read.
      expect(textOf(t.fake.messagesIn(t.fake.dmChannelFor(ALICE)).at(-1))).toContain(
        'Your own:\\n• Run a lunch-and-learn, due Wed 3 Mar 2027',
      );
      await t.fake.waitForCall('views.publish');
      const home = textOf(t.fake.homeView(ALICE));
      expect(home).toContain('Senior Instructional Designer');
      expect(home).toContain('"action_id":"milestone_done"');
      expectCleanSlackTraffic(t);
    });

    it('shows each problem beside its field and saves nothing', async () => {
      const opened = await openModal();
      const values = datedValues(opened, {
        'plan_due.0.assess-competencies': { selected_date: '2027-01-10' },
        'plan_due.0.apply': { selected_date: '2027-07-01' },
        plan_own: { value: `Shadow a director\n${'x'.repeat(151)}` },
      });
      const body = (await submit(opened, values)) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      // Slack shows errors on input blocks only: a suggestion's date problem goes on the list, naming it (the first one wins).
      expect(body.errors).toEqual({
        'plan_keep.0.0': expect.stringMatching(
          /^“Assess yourself against Senior Instructional Designer”: .*is in the past \(today is Mon 11 Jan 2027/,
        ),
        plan_own: 'Line 2: keep the title under 150 characters.',
      });
      setField(values, 'plan_due.0.assess-competencies', { selected_date: '2027-02-01' });
      const next = (await submit(opened, values)) as { errors: Record<string, string> };
      expect(next.errors['plan_keep.0.0']).toBe(
        '“Apply for a Senior Instructional Designer role”: Thu 1 Jul 2027 is after your target date (Wed 30 Jun 2027): pick an earlier date or a later target.',
      );
      expect(await t.db.prisma.pathway.count()).toBe(0);
    });

    it('tells a German reader each problem in German: dates, weekdays and which line', async () => {
      t.fake.setUser({ id: ALICE, locale: 'de-DE', tz: 'Europe/Berlin' });
      const opened = await openModal();
      const values = datedValues(opened, {
        'plan_due.0.assess-competencies': { selected_date: '2027-01-04' },
        plan_own: { value: 'Workshop leiten by 1 March\nMentor finden by Mon 6 Apr 2027' },
      });
      const body = (await submit(opened, values)) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors).toEqual({
        'plan_keep.0.0': expect.stringMatching(
          /^„Schätze dich an der Rolle .+ ein“: Mo\., 4\. Jan\. 2027 liegt in der Vergangenheit \(heute ist Mo\., 11\. Jan\. 2027 bei dir\)/,
        ),
        plan_own: 'Zeile 2: „Mon 6 Apr 2027“: Di., 6. Apr. 2027 ist ein Dienstag, kein Montag',
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

    it('changing the plan with the same goal starts from it and updates it in place: own and done milestones stay', async () => {
      const previous = await seedPathway(t, ALICE, [
        { title: 'Done already', due: '2027-01-04', doneAt: new Date('2027-01-05T10:00:00Z') },
        ...weeklyMilestones(2, '2027-02-01'),
      ]);
      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      const opened = openedView(await t.fake.waitForCall('views.open', undefined, 10_000));
      const shown = textOf(opened.view);
      expect(shown).toContain('*Changing your plan:* this starts from your current one');
      expect(shown).toContain('your 2 own milestones and the 1 done stay as they are');
      // The current goal and target are where it starts; no suggestion is ticked, as the plan has none of them.
      expect(opened.view.blocks.find((b) => b.block_id === 'plan_target')).toMatchObject({
        element: { initial_date: '2027-12-31' },
      });
      expect(opened.view.blocks.find((b) => b.block_id === 'plan_keep.0.0')).not.toHaveProperty(
        'element.initial_options',
      );
      expect(await submit(opened)).toBe('');
      const active = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: previous.personId } });
      expect(active.id).toBe(previous.pathwayId);
      expect((await milestoneRows(t, previous.pathwayId)).map((r) => [r.position, r.title, r.done])).toEqual([
        [1, 'Done already', true],
        [2, 'Milestone number 1', false],
        [3, 'Milestone number 2', false],
      ]);

      // Ticking two suggestions adds them after, keeping them on the next change with their dates.
      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      const again = openedView(
        await t.fake.waitForCall('views.open', (call) => t.fake.callsTo('views.open').indexOf(call) === 1, 10_000),
      );
      const values = formValues(again.view);
      setField(values, 'plan_keep.0.0', {
        selected_options: [{ value: 'assess-competencies' }, { value: 'seek-mentorship' }],
      });
      setField(values, 'plan_due.0.seek-mentorship', { selected_date: '2027-09-30' });
      expect(await submit(again, values)).toBe('');
      const rows = await milestoneRows(t, previous.pathwayId);
      expect(rows.map((r) => r.title).slice(3)).toEqual([
        'Assess yourself against Senior Instructional Designer',
        'Be mentored by a senior designer or learning consultant',
      ]);
      expect(rows[4]?.due).toBe('2027-09-30');
      const stored = await t.db.prisma.milestone.findFirstOrThrow({
        where: { pathwayId: previous.pathwayId, templateKey: 'seek-mentorship' },
      });
      expect(stored.description).not.toBeNull();
      // A date changed in the modal is the person's own: a new target leaves it where they put it.
      expect(stored.dueSetByHand).toBe(true);
      const assess = await t.db.prisma.milestone.findFirstOrThrow({
        where: { pathwayId: previous.pathwayId, templateKey: 'assess-competencies' },
      });
      expect(assess.dueSetByHand).toBe(false);
      await t.responseTo(await t.driver.slashCommand({ userId: ALICE, text: 'target 2027-11-30' }), 10_000);
      expect(
        (await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: stored.id } })).dueDate
          .toISOString()
          .slice(0, 10),
      ).toBe('2027-09-30');

      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      const third = openedView(
        await t.fake.waitForCall('views.open', (call) => t.fake.callsTo('views.open').indexOf(call) === 2, 10_000),
      );
      const keep = third.view.blocks.find((b) => b.block_id === 'plan_keep.0.0') as unknown as {
        element: { initial_options: { value: string }[] };
      };
      expect(keep.element.initial_options.map((o) => o.value)).toEqual(['assess-competencies', 'seek-mentorship']);
      expect(third.view.blocks.find((b) => b.block_id === 'plan_due.0.seek-mentorship')).toMatchObject({
        accessory: { initial_date: '2027-09-30' },
      });
    });

    it('a new goal keeps the previous pathway as history (changed) and takes the person’s own open milestones along', async () => {
      const previous = await seedPathway(t, ALICE, weeklyMilestones(3, '2027-02-01'));
      await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
      const opened = openedView(await t.fake.waitForCall('views.open', undefined, 10_000));
      const values = formValues(opened.view);
      const goalBlock = opened.view.blocks.find((b) => b.block_id?.startsWith('plan_goal.')) as unknown as {
        block_id: string;
      };
      // Swap the goal in place, as the modal would after views.update with the new goal's suggestions.
      setField(values, goalBlock.block_id, { selected_option: { value: 'learning-consultant' } });
      setField(values, 'plan_own', { value: 'Shadow a consultant by 2027-03-01' });
      const metadata = JSON.stringify({ rev: 0, goal: 'learning-consultant' });
      const result = await t.driver.viewSubmission({
        userId: ALICE,
        callbackId: 'plan_modal',
        viewId: opened.id,
        hash: opened.hash,
        privateMetadata: metadata,
        blocks: opened.view.blocks,
        values: Object.fromEntries(
          Object.entries(values).filter(
            ([blockId]) => !blockId.startsWith('plan_keep') && !blockId.startsWith('plan_due'),
          ),
        ),
      });
      expect(result.body).toBe('');

      const old = await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: previous.pathwayId } });
      expect(old).toMatchObject({ status: 'changed', activeForPersonId: null });
      expect(old.endedAt).toEqual(t.clock.now());
      const active = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: previous.personId } });
      expect(active.id).not.toBe(previous.pathwayId);
      expect(active.goalRoleKey).toBe('learning-consultant');
      expect((await milestoneRows(t, active.id)).map((r) => [r.position, r.title])).toEqual([
        [1, 'Shadow a consultant'],
        [2, 'Milestone number 1'],
        [3, 'Milestone number 2'],
        [4, 'Milestone number 3'],
      ]);
      // The Home published after the save (an earlier publish may still be recorded first).
      await t.fake.waitForCall('views.publish', (call) => JSON.stringify(call.args).includes('Your earlier pathways'));
      expect(textOf(t.fake.homeView(ALICE))).toContain('Your earlier pathways');
    });
  });
}
