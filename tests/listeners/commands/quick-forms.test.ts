import { describe, expect, it } from 'vitest';
import { askPathway } from '../../support/answers.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE } from '../../support/cast.js';
import { milestoneRows, seedPathway, usePathwayApp, weeklyMilestones } from '../../support/pathways.js';
import { formValues, nextCall, setField, textOf, viewOf } from '../../support/slack-ui.js';

describe('/pathway add, done and move', () => {
  const t = usePathwayApp();

  /** `/pathway <text>` as Alice. */
  const ask = (text: string) => askPathway(t, text);
  const seedFour = () => seedPathway(t, ALICE, weeklyMilestones(4, '2027-02-01'));

  it('adds a milestone last, names it, and republishes Home', async () => {
    const seeded = await seedFour();
    const body = await ask('add "Lead a *stakeholder* workshop" by 2027-03-31');
    expect(body.text).toBe(
      ':heavy_plus_sign: Added 5. “Lead a *\u200Bstakeholder*\u200B workshop”, due Wed 31 Mar 2027.',
    );
    expect((await milestoneRows(t, seeded.pathwayId)).at(-1)).toEqual({
      position: 5,
      title: 'Lead a *stakeholder* workshop',
      done: false,
      due: '2027-03-31',
    });
    await t.fake.waitForCall('views.publish');
    expect(textOf(t.fake.homeView(ALICE))).toContain('Lead a *\u200Bstakeholder*\u200B workshop');
    expectCleanSlackTraffic(t);
  });

  it('reads dates as people type them in the person’s own today, titles without quotes, and echoes the date understood', async () => {
    // Monday 11 January 2027 in London.
    const seeded = await seedFour();
    // Seeded milestones are due 1, 8, 15 and 22 Feb 2027; new ones take their place in date order.
    expect((await ask('add Lead a stakeholder workshop by next friday')).text).toBe(
      ':heavy_plus_sign: Added 1. “Lead a stakeholder workshop”, due Fri 15 Jan 2027. It goes in date order: the ones due later are now 2 to 5.',
    );
    expect((await ask('add "Read a book" by 31/03/2027')).text).toBe(
      ':heavy_plus_sign: Added 6. “Read a book”, due Wed 31 Mar 2027.',
    );
    expect((await ask('add Shadow a launch by in 3 weeks')).text).toContain('“Shadow a launch”, due Mon 1 Feb 2027');
    const before = await milestoneRows(t, seeded.pathwayId);
    const second = before.find((row) => row.position === 2);
    expect((await ask('move 2 to 31 March')).text).toBe(`:date: Moved 2. “${second?.title}” to Wed 31 Mar 2027.`);
    const rows = await milestoneRows(t, seeded.pathwayId);
    const dueOf = (title: string) => rows.find((row) => row.title === title)?.due;
    expect([
      dueOf('Lead a stakeholder workshop'),
      dueOf('Read a book'),
      dueOf('Shadow a launch'),
      dueOf(second?.title ?? ''),
    ]).toEqual(['2027-01-15', '2027-03-31', '2027-02-01', '2027-03-31']);
    const moved = await t.db.prisma.milestone.findFirstOrThrow({
      where: { pathwayId: seeded.pathwayId, title: second?.title ?? '' },
    });
    expect(moved.dueSetByHand).toBe(true);
    expectCleanSlackTraffic(t);
  });

  it('names the part that was wrong', async () => {
    await seedFour();
    expect(textOf((await ask('add Workshop by 31/02/2027')).blocks)).toContain(
      '\\"31/02/2027\\" does not exist on the calendar: February 2027 has 28 days',
    );
    expect(textOf((await ask('move two to next friday')).blocks)).toContain('\\"two\\" is not a milestone number');
    expect(textOf((await ask('move 2 to someday')).blocks)).toContain('I could not read \\"someday\\" as a date');
  });

  it('/pathway add with nothing after it opens a small form, and the form adds the milestone', async () => {
    const seeded = await seedFour();
    const opened = nextCall(t, 'views.open');
    const request = await t.driver.slashCommand({ userId: ALICE, text: 'add' });
    expect(request.status).toBe(200);
    const view = viewOf(await opened);
    expect(view.callback_id).toBe('milestone_add_modal');
    expect(view.blocks.filter((b) => b.type === 'input')).toHaveLength(4);
    const values = formValues(view);
    setField(values, 'ms_title', { value: 'Present to the sales leads' });
    setField(values, 'ms_due', { selected_date: '2027-02-26' });
    const home = nextCall(t, 'views.publish');
    const result = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: 'milestone_add_modal',
      privateMetadata: view.private_metadata ?? '{}',
      blocks: view.blocks,
      values,
    });
    expect(result.status).toBe(200);
    await home;
    expect((await milestoneRows(t, seeded.pathwayId)).at(-1)).toEqual({
      position: 5,
      title: 'Present to the sales leads',
      done: false,
      due: '2027-02-26',
    });
    const past = formValues(view);
    setField(past, 'ms_title', { value: 'Too late' });
    setField(past, 'ms_due', { selected_date: '2027-01-04' });
    const refused = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: 'milestone_add_modal',
      privateMetadata: view.private_metadata ?? '{}',
      blocks: view.blocks,
      values: past,
    });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { ms_due: expect.stringContaining('is in the past') },
    });
    expectCleanSlackTraffic(t);
  });

  it('/pathway target moves only the target date: open milestones re-dated, dates set by hand left unless asked', async () => {
    const seeded = await seedFour(); // due 1, 8, 15, 22 Feb 2027; today Mon 11 Jan
    await t.db.prisma.pathway.update({
      where: { id: seeded.pathwayId },
      data: { targetDate: new Date('2027-03-01T00:00:00Z') },
    });
    await ask('move 4 to 2027-02-26'); // set by hand
    const body = await ask('target in 14 weeks'); // 19 Apr 2027: twice as far as 1 Mar (49 → 98 days)
    expect(body.text).toBe(
      ':dart: Target moved from Mon 1 Mar 2027 to Mon 19 Apr 2027. 3 open milestones were re-dated to fit. 1 date you set yourself was left as they are: add `all` to move them too.',
    );
    expect((await milestoneRows(t, seeded.pathwayId)).map((row) => row.due)).toEqual([
      '2027-02-22',
      '2027-03-08',
      '2027-03-22',
      '2027-02-26',
    ]);
    const all = await ask('target 30 April 2027 all');
    expect(all.text).toContain('to Fri 30 Apr 2027. 4 open milestones were re-dated to fit.');
    expect(textOf((await ask('target someday')).blocks)).toContain('I could not read');
    expect((await ask('target 2027-01-04')).text).toContain('is not after today');
    expectCleanSlackTraffic(t);
  });

  it('adds a milestone due sooner in date order, so numbers read in sequence', async () => {
    const seeded = await seedFour(); // due 2027-02-01, -08, -15, -22
    const body = await ask('add "Shadow a consultant" by 2027-02-10');
    expect(body.text).toBe(
      ':heavy_plus_sign: Added 3. “Shadow a consultant”, due Wed 10 Feb 2027. It goes in date order: the ones due later are now 4 to 5.',
    );
    const rows = await milestoneRows(t, seeded.pathwayId);
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((row) => row.due)).toEqual([...rows.map((row) => row.due)].sort());
    expect(rows[2]?.title).toBe('Shadow a consultant');
    const overview = JSON.stringify((await ask('')).blocks);
    expect(overview.indexOf('*2.*')).toBeLessThan(overview.indexOf('*3.* Shadow a consultant'));
    expect(overview.indexOf('*3.* Shadow a consultant')).toBeLessThan(overview.indexOf('*4.*'));
  });

  it('marks a milestone done with the note as evidence, and offers Undo', async () => {
    const seeded = await seedFour();
    const body = await ask('done 2 ran it with the sales leads');
    expect(body.text).toBe(':white_check_mark: Marked 2. “Milestone number 2” done. 3 to go.');
    const undo = body.blocks.find((block) => block.type === 'actions');
    expect(undo).toMatchObject({ elements: [{ action_id: 'milestone_undo_done', value: seeded.milestoneIds[1] }] });
    const row = await t.db.prisma.milestone.findUniqueOrThrow({ where: { id: seeded.milestoneIds[1]! } });
    expect(row.doneAt).toEqual(t.clock.now());
    expect(row.evidence).toBe('ran it with the sales leads');
    expectCleanSlackTraffic(t);
  });

  it('moves a date and says where to', async () => {
    const seeded = await seedFour();
    const body = await ask('move 3 to 2027-04-15');
    expect(body.text).toBe(':date: Moved 3. “Milestone number 3” to Thu 15 Apr 2027.');
    expect((await milestoneRows(t, seeded.pathwayId))[2]?.due).toBe('2027-04-15');
  });

  it('refuses with the exact fix: no pathway, unknown number, already done, past date', async () => {
    expect((await ask('done 1')).text).toContain('You have no active pathway yet: start one with `/pathway plan`');
    expect((await ask('add "Read a book" by 2027-03-01')).text).toContain('start one with `/pathway plan`');

    const seeded = await seedFour();
    expect((await ask('done 9')).text).toContain('There is no milestone 9: you have milestones 1–4.');
    expect((await ask('move 5 to 2027-04-01')).text).toContain('you have milestones 1–4');

    await ask('done 2');
    expect((await ask('done 2')).text).toContain('Milestone 2. “Milestone number 2” is already done (Mon 11 Jan 2027)');
    expect((await ask('move 2 to 2027-04-01')).text).toContain('is already done');

    expect((await ask('move 1 to 2027-01-10')).text).toContain(
      'Sun 10 Jan 2027 is in the past (today is Mon 11 Jan 2027 where you are)',
    );
    expect((await ask('add "Late" by 2026-12-31')).text).toContain('is in the past');
    expect(await milestoneRows(t, seeded.pathwayId)).toHaveLength(4);
    expect((await milestoneRows(t, seeded.pathwayId))[0]?.due).toBe('2027-02-01');
  });

  it('judges "the past" in the person’s own time zone', async () => {
    const seeded = await seedFour();
    // 23:30 in London on the 11th is already the 12th in Auckland.
    t.clock.set('2027-01-11T23:30:00Z');
    expect((await ask('move 1 to 2027-01-11')).text).toContain('Moved 1.');
    await t.db.prisma.person.update({ where: { id: seeded.personId }, data: { timeZone: 'Pacific/Auckland' } });
    expect((await ask('move 1 to 2027-01-11')).text).toContain(
      'is in the past (today is Tue 12 Jan 2027 where you are)',
    );
  });

  it('reads 3/4/2027 from each person’s Slack locale (users.info with include_locale) and confirms it in words', async () => {
    const seeded = await seedFour();
    // A day on, her profile is read again; her Slack writes dates day first (en-GB): 3 April.
    t.clock.advance(24 * 60 * 60 * 1000 + 60_000);
    const british = await ask('add Lead a workshop by 3/4/2027');
    expect(british.text).toContain('“Lead a workshop”, due Sat 3 Apr 2027.');
    expect(textOf(british.blocks)).toContain(
      '3/4/2027 is 3 April 2027: day first, as your Slack language writes dates (for 4 March 2027, type 2027-03-04).',
    );
    expect(t.fake.callsTo('users.info').at(-1)?.args).toMatchObject({ user: ALICE, include_locale: 'true' });
    expect((await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: ALICE } })).locale).toBe('en-GB');

    // Her Slack switches to en-US: at the next daily profile refresh, 3/4 is March 4.
    t.fake.setUser({ id: ALICE, locale: 'en-US' });
    t.clock.advance(24 * 60 * 60 * 1000 + 60_000);
    const american = await ask('move 1 to 3/4/2027');
    expect(american.text).toContain('to Thu 4 Mar 2027.');
    expect(textOf(american.blocks)).toContain('3/4/2027 is 4 March 2027: month first');
    expect((await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: ALICE } })).locale).toBe('en-US');
    // A date that reads one way only gets no note.
    expect(textOf((await ask('add Read a book by 31/03/2027')).blocks)).not.toContain(
      'as your Slack language writes dates',
    );
    expect((await milestoneRows(t, seeded.pathwayId)).map((r) => r.due)).toContain('2027-03-04');
    expectCleanSlackTraffic(t);
  });
});
