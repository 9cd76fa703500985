import { beforeEach, describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { backends } from '../../support/db.js';
import {
  milestoneRows,
  type SeededPathway,
  seedPathway,
  usePathwayApp,
  weeklyMilestones,
} from '../../support/pathways.js';
import { buttonValues, nextCall, textOf } from '../../support/slack-ui.js';

type Values = Record<string, Record<string, Record<string, unknown>>>;

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`milestone modals (done, move, edit, delete) on ${backend.name}`, () => {
    const t = usePathwayApp({ backend });
    let seeded: SeededPathway;
    beforeEach(async () => {
      seeded = await seedPathway(t, ALICE, [
        { title: 'Overdue course', due: '2027-01-04' },
        ...weeklyMilestones(3, '2027-02-01').map((m, i) => ({ ...m, title: `Later ${i + 2}` })),
      ]);
    });

    async function submit(
      callbackId: string,
      milestoneIndex: number,
      values: Values,
      responseUrl?: string,
    ): Promise<unknown> {
      const metadata = { milestoneId: seeded.milestoneIds[milestoneIndex], ...(responseUrl ? { responseUrl } : {}) };
      const result = await t.driver.viewSubmission({
        userId: ALICE,
        callbackId,
        privateMetadata: JSON.stringify(metadata),
        blocks: Object.keys(values).map((blockId) => ({ type: 'input', block_id: blockId })),
        values,
      });
      expect(result.status).toBe(200);
      return result.body;
    }

    const text = (blockId: string, value: string | null) => ({
      [blockId]: { [blockId]: { type: 'plain_text_input', value } },
    });
    const url = (blockId: string, value: string | null) => ({
      [blockId]: { [blockId]: { type: 'url_text_input', value } },
    });
    const date = (blockId: string, value: string | null) => ({
      [blockId]: { [blockId]: { type: 'datepicker', selected_date: value } },
    });
    const select = (blockId: string, value: string) => ({
      [blockId]: { [blockId]: { type: 'static_select', selected_option: { value } } },
    });
    const checks = (blockId: string, values: string[]) => ({
      [blockId]: { [blockId]: { type: 'checkboxes', selected_options: values.map((value) => ({ value })) } },
    });

    it('marks done with evidence, republishes Home and confirms (with Undo) where the modal came from', async () => {
      const responseUrl = t.fake.responseUrl();
      const home = nextCall(t, 'views.publish');
      const body = await submit(
        'milestone_done_modal',
        0,
        { ...text('ms_note', 'Finished all modules'), ...url('ms_evidence_link', 'https://example.com/cert') },
        responseUrl,
      );
      expect(body).toBe('');
      const row = await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: seeded.milestoneIds[0]! } });
      expect(row).toMatchObject({ evidence: 'Finished all modules', evidenceLink: 'https://example.com/cert' });
      expect(row.doneAt).toEqual(t.clock.now());
      expect(textOf(await home)).not.toContain('Overdue course —');
      const confirmation = (await t.fake.waitForResponse((r) => r.url === responseUrl, 5000)).body as {
        text: string;
        blocks: unknown[];
      };
      expect(confirmation.text).toBe(':white_check_mark: Marked 1. “Overdue course” done. 3 to go.');
      expect(buttonValues(textOf(confirmation.blocks), 'milestone_undo_done')).toContain(seeded.milestoneIds[0]);
      expectCleanSlackTraffic(t);
    });

    it('shows a bad evidence link beside the field and changes nothing', async () => {
      const body = await submit('milestone_done_modal', 0, {
        ...text('ms_note', null),
        ...url('ms_evidence_link', 'ftp://example.com/x'),
      });
      expect(body).toEqual({
        response_action: 'errors',
        errors: { ms_evidence_link: 'Give a full web address starting with https://.' },
      });
      expect((await milestoneRows(t, seeded.pathwayId))[0]?.done).toBe(false);
    });

    it('moves a date, refusing the past beside the date picker', async () => {
      expect(await submit('milestone_move_modal', 1, date('ms_due', '2027-01-10'))).toEqual({
        response_action: 'errors',
        errors: {
          ms_due:
            'Sun 10 Jan 2027 is in the past (today is Mon 11 Jan 2027 where you are): pick today or a later date.',
        },
      });
      expect(await submit('milestone_move_modal', 1, date('ms_due', '2027-05-05'))).toBe('');
      expect((await milestoneRows(t, seeded.pathwayId))[1]?.due).toBe('2027-05-05');
    });

    it('edits title, kind, date and link; an overdue date may stay as it was', async () => {
      const unchangedDate = {
        ...text('ms_title', 'Overdue course, renamed'),
        ...select('ms_kind', 'certification'),
        ...date('ms_due', '2027-01-04'),
        ...url('ms_link', 'https://example.com/new'),
      };
      expect(await submit('milestone_edit_modal', 0, unchangedDate)).toBe('');
      const row = await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: seeded.milestoneIds[0]! } });
      expect(row).toMatchObject({
        title: 'Overdue course, renamed',
        kind: 'certification',
        link: 'https://example.com/new',
      });

      const bad = {
        ...text('ms_title', ' '),
        ...select('ms_kind', 'sabbatical'),
        ...date('ms_due', '2027-01-05'),
        ...url('ms_link', 'not a link'),
      };
      const body = (await submit('milestone_edit_modal', 0, bad)) as { errors: Record<string, string> };
      expect(body.errors).toEqual({
        ms_title: 'Give the milestone a title.',
        ms_kind: 'Pick a kind from the list.',
        ms_due: expect.stringContaining('Tue 5 Jan 2027 is in the past'),
        ms_link: 'Give a full web address starting with https://.',
      });
    });

    it('deletes a milestone and renumbers the rest 1..n', async () => {
      const body = await submit('milestone_edit_modal', 1, {
        ...text('ms_title', 'Later 2'),
        ...select('ms_kind', 'course'),
        ...date('ms_due', '2027-02-01'),
        ...url('ms_link', null),
        ...checks('ms_delete', ['delete']),
      });
      expect(body).toBe('');
      expect((await milestoneRows(t, seeded.pathwayId)).map((r) => `${r.position} ${r.title}`)).toEqual([
        '1 Overdue course',
        '2 Later 3',
        '3 Later 4',
      ]);
      // Numbers in /pathway follow: "done 3" is now the last one.
      const request = await t.driver.slashCommand({ userId: ALICE, text: 'done 3' });
      expect(((await t.responseTo(request)).body as { text: string }).text).toContain('Marked 3. “Later 4” done.');
    });

    it('answers inside the modal when the milestone is no longer on the active pathway', async () => {
      await t.db.prisma.pathway.update({
        where: { id: seeded.pathwayId },
        data: { status: 'abandoned', activeForPersonId: null },
      });
      const body = await submit('milestone_move_modal', 1, date('ms_due', '2027-05-05'));
      expect(body).toEqual({
        response_action: 'errors',
        errors: { ms_due: expect.stringContaining('You have no active pathway yet') },
      });
    });
  });
}
