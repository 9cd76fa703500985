/**
 * Mentoring end to end through the real app and the fake Slack: the offer form
 * (`/pathway mentor offer`), pause, resume and withdraw; suggestions for a goal
 * role (`/pathway mentor`, Home); asking, the mentor's accept (a group DM opened
 * for the two with `conversations.open`, the introduction in it) or decline (the
 * asker hears only "not available", and never gets that mentor suggested again);
 * "did you meet?" at the due date in each side's own zone and hours, a yes
 * logging evidence on the mentoring milestone; ending; mentoring turned off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MENTOR_ACTIONS, MENTOR_CALLBACKS, MENTOR_FIELDS, mentoringNotices } from '../../../src/blocks/mentoring.js';
import { NUDGE_KINDS_ACTION, NUDGE_KINDS_BLOCK, NUDGE_SETTINGS_CALLBACK } from '../../../src/blocks/settings.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { MENTORING_OFF_MESSAGE, queueDueMentorCheckIns } from '../../../src/services/mentoring.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { GOAL, goalSignalKeys, queuedOfKind, seedPerson } from '../../support/checkins.js';
import { usePathwayApp } from '../../support/pathways.js';
import { testSender } from '../../support/schedule.js';
import { buttonValues, nextCall, openedView, textOf } from '../../support/slack-ui.js';

const ALICE = 'U0ALICE'; // wants a mentor towards Senior Instructional Designer
const DANA = 'U0DANA'; // Alice's manager, holds the role and offers: never suggested to her
const MIA = 'U0MIA'; // holds the role, offers help with the goal's signals
const OMAR = 'U0OMAR'; // holds the role in another team
const PIA = 'U0PIA'; // paused her offer

const timing = { defaultTimeZone: 'Europe/London' };

function selected(values: string[]) {
  return {
    value: {
      type: 'multi_static_select',
      selected_options: values.map((value) => ({ value, text: { type: 'plain_text', text: value } })),
    },
  };
}

function single(value: string) {
  return { value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } } };
}

describe('mentoring', () => {
  const t = usePathwayApp({ users: [ALICE, DANA, MIA, OMAR, PIA] });
  let alice: Person;
  let dana: Person;
  let mia: Person;
  let omar: Person;
  let keys: string[];

  async function mentor(
    slackUserId: string,
    options: {
      team?: string;
      signals?: string[];
      status?: 'active' | 'paused';
      capacity?: number;
      manager?: Person;
    } = {},
  ): Promise<Person> {
    const person = await seedPerson(t, slackUserId, {
      pathway: false,
      ...(options.manager ? { manager: options.manager } : {}),
    });
    await t.db.prisma.person.update({
      where: { id: person.id },
      data: { currentRoleKey: GOAL, team: options.team ?? 'Learning' },
    });
    await t.db.prisma.mentorOffer.create({
      data: {
        personId: person.id,
        roleKeys: [GOAL],
        signalKeys: options.signals ?? keys.slice(0, 1),
        capacity: options.capacity ?? 2,
        status: options.status ?? 'active',
      },
    });
    return person;
  }

  beforeEach(async () => {
    keys = await goalSignalKeys(t);
    dana = await mentor(DANA, { signals: keys });
    alice = await seedPerson(t, ALICE, { manager: dana, milestones: [{ title: 'Be mentored by a senior designer' }] });
    await t.db.prisma.person.update({ where: { id: alice.id }, data: { team: 'Learning' } });
    await t.db.prisma.milestone.updateMany({ where: { pathway: { personId: alice.id } }, data: { kind: 'mentoring' } });
    mia = await mentor(MIA, { signals: keys.slice(0, 2) });
    omar = await mentor(OMAR, { team: 'Sales', signals: keys.slice(0, 1) });
    await mentor(PIA, { status: 'paused', signals: keys });
  });

  const dms = (userId: string) => t.fake.messagesIn(t.fake.dmChannelFor(userId));

  async function suggestionsText(userId = ALICE): Promise<string> {
    const request = await t.driver.slashCommand({ userId, text: 'mentor' });
    return textOf((await t.responseTo(request)).body);
  }

  /** Alice asks Mia; the request DM reaches Mia. */
  /** A button in an ephemeral answer (suggestions, status lists) pressed by `userId`. */
  function clickInEphemeral(userId: string, actionId: string, value: string) {
    return t.driver.blockAction({ userId, actionId, value, container: { isEphemeral: true } });
  }

  /** A button in the request DM Mia got. */
  function miaClicksInDm(actionId: string, value: string) {
    return t.driver.blockAction({ userId: MIA, actionId, value, container: { channelId: t.fake.dmChannelFor(MIA) } });
  }

  async function aliceAsksMia(): Promise<string> {
    const ask = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, mia.id);
    expect(textOf((await t.responseTo(ask)).body)).toContain(`Asked <@${MIA}>`);
    await testSender(t).drain();
    const request = dms(MIA).at(-1);
    expect(textOf(request?.blocks)).toContain(
      `<@${ALICE}> would like you to mentor them towards Senior Instructional Designer`,
    );
    return (await t.db.prisma.mentorship.findFirstOrThrow({ where: { menteeId: alice.id, mentorId: mia.id } })).id;
  }

  /** Mia accepts with a cadence. */
  async function miaAccepts(mentorshipId: string, weeks = '3'): Promise<void> {
    const opened = nextCall(t, 'views.open');
    await miaClicksInDm(MENTOR_ACTIONS.accept, mentorshipId);
    const modal = openedView(await opened);
    expect(modal.view.callback_id).toBe(MENTOR_CALLBACKS.accept);
    const submitted = await t.driver.viewSubmission({
      userId: MIA,
      callbackId: MENTOR_CALLBACKS.accept,
      viewId: modal.id,
      values: { [MENTOR_FIELDS.cadence]: single(weeks) },
      privateMetadata: String(modal.view.private_metadata),
      blocks: modal.view.blocks,
    });
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    expect(textOf(submitted.body)).toContain(`You are mentoring <@${ALICE}> towards *Senior Instructional Designer*`);
    // The group DM is opened and the introduction queued just after the form closes.
    await expect
      .poll(() => t.db.prisma.outboxMessage.count({ where: { kind: 'mentor-intro' } }), { timeout: 5000 })
      .toBeGreaterThan(0);
  }

  /** Alice asks Mia, who accepts with the default cadence; returns the mentorship's id. */
  async function mentorshipAgreed(): Promise<string> {
    const id = await aliceAsksMia();
    await miaAccepts(id);
    return id;
  }

  it('offers to mentor through the form, then pauses, resumes and withdraws', async () => {
    await t.db.prisma.mentorOffer.deleteMany({ where: { personId: omar.id } });
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: OMAR, text: 'mentor offer' });
    const modal = openedView(await opened);
    expect(modal.view.callback_id).toBe(MENTOR_CALLBACKS.offer);
    // A first offer starts from the role held and the signals that led into it.
    expect(textOf(modal.view.blocks)).toContain(
      '"initial_options":[{"text":{"type":"plain_text","text":"Senior Instructional Designer"',
    );

    const empty = await t.driver.viewSubmission({
      userId: OMAR,
      callbackId: MENTOR_CALLBACKS.offer,
      viewId: modal.id,
      values: {
        [MENTOR_FIELDS.roles]: selected([]),
        [MENTOR_FIELDS.signals]: selected([]),
        [MENTOR_FIELDS.capacity]: single('2'),
      },
      privateMetadata: '{}',
      blocks: modal.view.blocks,
    });
    expect(empty.body).toMatchObject({
      response_action: 'errors',
      errors: {
        [MENTOR_FIELDS.roles]: 'Pick at least one role you can help people reach.',
        [MENTOR_FIELDS.signals]: 'Pick at least one signal you can help with.',
      },
    });

    const saved = await t.driver.viewSubmission({
      userId: OMAR,
      callbackId: MENTOR_CALLBACKS.offer,
      viewId: modal.id,
      values: {
        [MENTOR_FIELDS.roles]: selected([GOAL]),
        [MENTOR_FIELDS.signals]: selected(keys.slice(0, 3)),
        [MENTOR_FIELDS.capacity]: single('2'),
      },
      privateMetadata: '{}',
      blocks: modal.view.blocks,
    });
    expect(textOf(saved.body)).toContain('*Your mentor offer* is open. Roles: Senior Instructional Designer.');
    expect(textOf(saved.body)).toContain('0 of 2 mentees now');
    expect(await t.db.prisma.mentorOffer.findUniqueOrThrow({ where: { personId: omar.id } })).toMatchObject({
      roleKeys: [GOAL],
      signalKeys: keys.slice(0, 3),
      capacity: 2,
      status: 'active',
    });

    const pause = await t.driver.slashCommand({ userId: OMAR, text: 'mentor pause' });
    expect(textOf((await t.responseTo(pause)).body)).toContain('Offer paused');
    expect(await suggestionsText()).not.toContain(`<@${OMAR}>`);
    const resume = await t.driver.slashCommand({ userId: OMAR, text: 'mentor resume' });
    expect(textOf((await t.responseTo(resume)).body)).toContain('Offer open again');

    // Home has the section and its buttons; Withdraw from there answers in a small modal.
    const withdrawn = nextCall(t, 'views.open');
    await t.driver.blockAction({
      userId: OMAR,
      actionId: MENTOR_ACTIONS.withdraw,
      value: 'own',
      view: { type: 'home', id: 'VHOME' },
    });
    expect(textOf(openedView(await withdrawn).view.blocks)).toContain('Offer withdrawn');
    expect((await t.db.prisma.mentorOffer.findUniqueOrThrow({ where: { personId: omar.id } })).status).toBe(
      'withdrawn',
    );
    const homes = t.fake.callsTo('views.publish').filter((call) => call.args.user_id === OMAR);
    expect(textOf(homes.at(-1)?.args.view)).toContain(`"action_id":"${MENTOR_ACTIONS.offerOpen}"`);
    expectCleanSlackTraffic(t);
  });

  it('suggests up to three mentors outside the reporting line, ranked by signals, on /pathway mentor and Home', async () => {
    const text = await suggestionsText();
    expect(text).toContain('Mentors for Senior Instructional Designer');
    expect(text.indexOf(`<@${MIA}>`)).toBeGreaterThan(-1);
    expect(text.indexOf(`<@${MIA}>`)).toBeLessThan(text.indexOf(`<@${OMAR}>`)); // two of the goal's signals before one
    expect(text).not.toContain(`<@${DANA}>`); // her manager
    expect(text).not.toContain(`<@${PIA}>`); // paused
    expect(buttonValues(text, MENTOR_ACTIONS.ask)).toContain(mia.id);

    // Within teams only (admin setting): Omar of Sales drops out.
    await t.db.prisma.workspace.updateMany({ data: { mentorSuggestionsCrossTeams: false } });
    const within = await suggestionsText();
    expect(within).toContain(`<@${MIA}>`);
    expect(within).not.toContain(`<@${OMAR}>`);

    await t.driver.event({ type: 'app_home_opened', user: ALICE, channel: t.fake.dmChannelFor(ALICE), tab: 'home' });
    const home = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === ALICE, 10_000);
    expect(textOf(home.args.view)).toContain('"text":"Mentoring"');
    expect(textOf(home.args.view)).toContain(`<@${MIA}>`);

    // Someone without a goal role is told what to do first.
    const none = await suggestionsText(PIA);
    expect(none).toContain('Type `/pathway plan` to pick one');
    expectCleanSlackTraffic(t);
  });

  it('ask → accept: a group DM for the two with an introduction and a good first session', async () => {
    const id = await aliceAsksMia();
    const twice = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, mia.id);
    expect(textOf((await t.responseTo(twice)).body)).toContain(`You already asked <@${MIA}>`);
    expect(await suggestionsText()).toContain(`Asked <@${MIA}> to mentor you: waiting for their answer`);
    await miaAccepts(id);
    const open = await t.fake.waitForCall('conversations.open', (call) => String(call.args.users).includes(','), 5000);
    expect(String(open.args.users).split(',').sort()).toEqual([ALICE, MIA].sort());
    const row = await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'active', cadenceWeeks: 3 });
    expect(row.nextCheckInOn?.toISOString().slice(0, 10)).toBe('2027-02-01');
    expect(t.fake.groupDmMembers(row.groupChannelId!)?.sort()).toEqual([ALICE, MIA, t.fake.bot.userId].sort());

    await testSender(t).drain();
    const intro = textOf(t.fake.messagesIn(row.groupChannelId!).map((message) => message.blocks));
    expect(intro).toContain(`<@${ALICE}>, meet your mentor <@${MIA}>`);
    expect(intro).toContain('A good first session');
    expect(intro).toContain('“did you meet?” every 3 weeks');

    // Both see it in `/pathway mentor`; Mia now has one mentee of two.
    expect(await suggestionsText()).toContain(`<@${MIA}> mentors you towards Senior Instructional Designer`);
    expect(await suggestionsText(MIA)).toContain(`You mentor <@${ALICE}>`);
    expect(await suggestionsText(MIA)).toContain('1 of 2 mentees now');
    expectCleanSlackTraffic(t);
  });

  it('when Slack will not open the group DM (an install without mpim:write), the introduction goes to each side', async () => {
    const id = await aliceAsksMia();
    t.fake.failNext('conversations.open', { error: 'missing_scope' });
    await miaAccepts(id);
    expect((await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).groupChannelId).toBeNull();
    await testSender(t).drain();
    for (const userId of [ALICE, MIA]) expect(textOf(dms(userId).at(-1)?.blocks)).toContain('A good first session');
    expectCleanSlackTraffic(t);
  });

  it('ask → decline: the asker hears only "not available", and the mentor is never suggested to them again', async () => {
    const id = await aliceAsksMia();
    const click = await miaClicksInDm(MENTOR_ACTIONS.decline, id);
    const answer = await t.responseTo(click);
    expect(answer.body).toMatchObject({ replace_original: true });
    expect(textOf(answer.body)).toContain('told only that you are not available right now');
    expect((await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).status).toBe('declined');

    await testSender(t).drain();
    const told = textOf(dms(ALICE));
    expect(told).toContain(`<@${MIA}> is not available as a mentor right now`);
    expect(told).not.toMatch(/declin|refus|rejected/i);

    const again = await suggestionsText();
    expect(again).not.toContain(`"value":"${mia.id}"`);
    expect(again).toContain(`<@${OMAR}>`);
    // A stale "Ask" button answers the same way, and asks nobody.
    const stale = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, mia.id);
    expect(textOf((await t.responseTo(stale)).body)).toContain(`<@${MIA}> is not available as a mentor right now`);
    expect(await t.db.prisma.mentorship.count()).toBe(1);
    expectCleanSlackTraffic(t);
  });

  it('the asker cancels a waiting request: a request not yet sent is dropped; one already sent answers "withdrawn" in the mentor’s DM', async () => {
    // Not sent yet: the request DM is dropped and Mia never sees it.
    const ask = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, omar.id);
    await t.responseTo(ask);
    const early = (await t.db.prisma.mentorship.findFirstOrThrow({ where: { menteeId: alice.id, mentorId: omar.id } }))
      .id;
    expect(buttonValues(await suggestionsText(), MENTOR_ACTIONS.cancel)).toContain(early);
    const cancelEarly = await t.driver.blockAction({
      userId: ALICE,
      actionId: MENTOR_ACTIONS.cancel,
      value: early,
      view: { type: 'home', id: 'VHOME' },
    });
    expect(cancelEarly.status).toBe(200);
    await expect
      .poll(async () => (await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id: early } })).status, {
        timeout: 5000,
      })
      .toBe('withdrawn');
    await testSender(t).drain();
    expect(dms(OMAR)).toHaveLength(0);
    expect(
      await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'mentor-request', recipient: OMAR } }),
    ).toMatchObject({ status: 'dropped', dropReason: 'request withdrawn' });
    // Omar is suggested again (a withdrawn ask is not a decline) and Home shows the request no more.
    const again = await suggestionsText();
    expect(buttonValues(again, MENTOR_ACTIONS.ask)).toContain(omar.id);
    expect(again).not.toContain(MENTOR_ACTIONS.cancel);

    // Already in Mia's DM: cancelling is confirmed, and her Accept or Decline then says it was withdrawn.
    const id = await aliceAsksMia();
    const cancel = await clickInEphemeral(ALICE, MENTOR_ACTIONS.cancel, id);
    expect(textOf((await t.responseTo(cancel)).body)).toContain(
      `Cancelled your request to <@${MIA}>. They are not messaged about it`,
    );
    const twice = await clickInEphemeral(ALICE, MENTOR_ACTIONS.cancel, id);
    expect(textOf((await t.responseTo(twice)).body)).toContain(`You had already cancelled this request to <@${MIA}>`);
    for (const actionId of [MENTOR_ACTIONS.accept, MENTOR_ACTIONS.decline]) {
      const click = await miaClicksInDm(actionId, id);
      const answer = await t.responseTo(click);
      expect(answer.body).toMatchObject({ replace_original: true });
      expect(textOf(answer.body)).toContain(`<@${ALICE}> withdrew this request before you answered`);
    }
    expect((await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).status).toBe('withdrawn');
    expect(
      t.fake
        .callsTo('views.open')
        .filter((call) => call.args.user_id === MIA || JSON.stringify(call.args).includes(MENTOR_CALLBACKS.accept)),
    ).toHaveLength(0);
    await testSender(t).drain();
    expect(textOf(dms(ALICE))).not.toContain('not available');
    expectCleanSlackTraffic(t);
  });

  it('limits asks waiting for an answer to three at once; cancelling one makes room', async () => {
    const pia = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: PIA } });
    await t.db.prisma.mentorship.createMany({
      data: [dana, pia].map((other) => ({ menteeId: alice.id, mentorId: other.id, goalRoleKey: GOAL })),
    });
    await aliceAsksMia();
    const refused = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, omar.id);
    expect(textOf((await t.responseTo(refused)).body)).toContain(
      'You have 3 mentoring requests waiting for an answer, the most at once',
    );
    expect(await t.db.prisma.mentorship.count({ where: { mentorId: omar.id } })).toBe(0);

    const waiting = await t.db.prisma.mentorship.findFirstOrThrow({ where: { menteeId: alice.id, mentorId: pia.id } });
    const cancel = await clickInEphemeral(ALICE, MENTOR_ACTIONS.cancel, waiting.id);
    expect(textOf((await t.responseTo(cancel)).body)).toContain('Cancelled your request');
    const asked = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, omar.id);
    expect(textOf((await t.responseTo(asked)).body)).toContain(`Asked <@${OMAR}>`);
    expectCleanSlackTraffic(t);
  });

  it('asks both "did you meet?" at the due date in their own zone; a yes logs a session as evidence on the mentoring milestone', async () => {
    // Mia works from New York.
    await t.db.prisma.person.update({ where: { id: mia.id }, data: { timeZone: 'America/New_York' } });
    const id = await mentorshipAgreed();
    await testSender(t).drain();

    // Before the date: nothing is due, and a tick reads no mentorship.
    t.clock.set('2027-01-29T12:00:00Z');
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(0);
    t.clock.set('2027-02-01T06:00:00Z');
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(2);
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(0); // moved on: queued once
    const rows = await queuedOfKind(t, 'mentor-checkin');
    expect(rows.map((row) => [row.recipient, row.notBefore.toISOString()])).toEqual([
      [ALICE, '2027-02-01T09:00:00.000Z'], // Monday 09:00 in London
      [MIA, '2027-02-01T14:00:00.000Z'], // Monday 09:00 in New York
    ]);
    expect(
      (await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).nextCheckInOn?.toISOString().slice(0, 10),
    ).toBe('2027-02-22');

    t.clock.set('2027-02-01T09:30:00Z');
    await testSender(t).drain();
    const question = dms(ALICE).at(-1);
    expect(question?.text).toBe(`Did you meet your mentor <@${MIA}> recently?`);
    expect(dms(MIA).some((message) => message.text.startsWith('Did you meet'))).toBe(false);

    const yes = await t.driver.blockAction({
      userId: ALICE,
      actionId: MENTOR_ACTIONS.metYes,
      value: `${id}:2027-02-01:yes`,
      container: { channelId: t.fake.dmChannelFor(ALICE) },
    });
    expect(textOf((await t.responseTo(yes)).body)).toContain(
      'Session logged. It counts as evidence on *Be mentored by a senior designer*',
    );
    const evidence = await t.db.prisma.evidence.findFirstOrThrow({
      where: { personId: alice.id, kind: 'mentoring' },
      include: { milestone: true },
    });
    expect(evidence.milestone?.title).toBe('Be mentored by a senior designer');
    expect(await t.db.prisma.mentoringSession.count({ where: { mentorshipId: id } })).toBe(1);

    // Mia's question is dropped: the session is logged already.
    t.clock.set('2027-02-01T14:05:00Z');
    await testSender(t).drain();
    expect(
      (await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'mentor-checkin', recipient: MIA } }))
        .dropReason,
    ).toBe('session already logged');

    // The wins log shows it without naming the mentor (the manager reads it too).
    const wins = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    const log = textOf((await t.responseTo(wins)).body);
    expect(log).toContain('*Mentoring session* for');
    expect(log).not.toContain(MIA);
    expectCleanSlackTraffic(t);
  });

  /** Monday 1 February: both sides are due a "did you meet?"; returns what became of each, by recipient. */
  async function sendDidYouMeet(): Promise<unknown[][]> {
    t.clock.set('2027-02-01T10:00:00Z');
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(2);
    await testSender(t).drain();
    const rows = await queuedOfKind(t, 'mentor-checkin', 'recipient');
    return rows.map((row) => [row.recipient, row.status, row.dropReason]);
  }

  it('"did you meet?" honours /pathway pause and time away, like every reminder', async () => {
    const id = await mentorshipAgreed();
    await testSender(t).drain();
    const pause = await t.driver.slashCommand({ userId: MIA, text: 'pause' });
    await t.responseTo(pause);
    await t.db.prisma.person.update({
      where: { id: alice.id },
      data: { awayFrom: new Date('2027-01-30T00:00:00Z'), awayUntil: new Date('2027-02-05T00:00:00Z') },
    });
    expect(await sendDidYouMeet()).toEqual([
      [ALICE, 'dropped', 'away'],
      [MIA, 'dropped', 'reminders paused'],
    ]);
    expect(
      (await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).nextCheckInOn?.toISOString().slice(0, 10),
    ).toBe('2027-02-22'); // the next one still comes
  });

  it('"did you meet?" can be turned off in /pathway settings: muted for that side only, the other is still asked', async () => {
    await mentorshipAgreed();
    await testSender(t).drain();
    const opened = nextCall(t, 'views.open');
    await t.driver.slashCommand({ userId: MIA, text: 'settings' });
    const modal = openedView(await opened);
    expect(textOf(modal.view.blocks)).toContain('Mentoring “did you meet?”');
    const saved = await t.driver.viewSubmission({
      userId: MIA,
      callbackId: NUDGE_SETTINGS_CALLBACK,
      viewId: modal.id,
      values: {
        [NUDGE_KINDS_BLOCK]: {
          [NUDGE_KINDS_ACTION]: {
            type: 'checkboxes',
            selected_options: ['milestone_nudge', 'checkin_reminder'].map((value) => ({
              value,
              text: { type: 'plain_text', text: value },
            })),
          },
        },
      },
    });
    expect(saved.status).toBe(200);
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: mia.id } })).mutedKinds).toContain(
      'mentor_checkin',
    );

    expect(await sendDidYouMeet()).toEqual([
      [ALICE, 'sent', null],
      [MIA, 'dropped', 'turned off in settings'],
    ]);
    expect(dms(MIA).some((message) => message.text.startsWith('Did you meet'))).toBe(false);
    expectCleanSlackTraffic(t);
  });

  it('/pathway report gives admins mentoring as workspace counts only: active mentorships, sessions in the period, open offers', async () => {
    const id = await mentorshipAgreed();
    t.clock.set('2027-02-01T10:00:00Z');
    await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices);
    const yes = await t.driver.blockAction({
      userId: ALICE,
      actionId: MENTOR_ACTIONS.metYes,
      value: `${id}:2027-02-01:yes`,
      container: { channelId: t.fake.dmChannelFor(ALICE) },
    });
    await t.responseTo(yes);
    t.fake.setUser({ id: PIA, tz: 'Europe/London', isAdmin: true });
    await t.db.prisma.person.updateMany({ where: { slackUserId: PIA }, data: { isSlackAdmin: true } });

    const report = await t.driver.slashCommand({ userId: PIA, text: 'report 90d' });
    const text = textOf((await t.responseTo(report)).body);
    // Dana, Mia and Omar offer (Pia paused hers); one mentorship, one session.
    expect(text).toContain(
      '*Mentoring* (whole workspace, counts only): 1 active mentorship · 1 session logged in the period · 3 open offers to mentor today',
    );
    for (const person of [ALICE, MIA, OMAR, DANA]) expect(text).not.toContain(person);
    const upload = await t.fake.waitForCall('files.completeUploadExternal', undefined, 5000).catch(() => undefined);
    if (upload) expect(JSON.stringify(upload.args)).not.toContain(ALICE);

    // A period before anything was logged has no session; an ended mentorship no longer counts as active.
    await clickInEphemeral(MIA, MENTOR_ACTIONS.end, id);
    const after = await t.driver.slashCommand({ userId: PIA, text: 'report 90d' });
    expect(textOf((await t.responseTo(after)).body)).toContain('0 active mentorships · 1 session logged in the period');

    // Non-admins get no report, and with mentoring off the report says nothing about it.
    const refused = await t.driver.slashCommand({ userId: ALICE, text: 'report 90d' });
    expect(textOf((await t.responseTo(refused)).body)).toContain('Only Pathway admins');
    await t.db.prisma.workspace.updateMany({ data: { mentoringEnabled: false } });
    const off = await t.driver.slashCommand({ userId: PIA, text: 'report 90d' });
    expect(textOf((await t.responseTo(off)).body)).not.toContain('*Mentoring*');
    expectCleanSlackTraffic(t);
  });

  it('either side ends it: the other is told, and no more questions are sent', async () => {
    const id = await mentorshipAgreed();
    t.clock.set('2027-02-01T06:00:00Z');
    await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices);

    const list = await t.driver.slashCommand({ userId: MIA, text: 'mentor end' });
    expect(buttonValues(textOf((await t.responseTo(list)).body), MENTOR_ACTIONS.end)).toContain(id);
    const end = await clickInEphemeral(MIA, MENTOR_ACTIONS.end, id);
    expect(textOf((await t.responseTo(end)).body)).toContain(`Ended your mentorship with <@${ALICE}>`);
    expect(await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'ended',
      nextCheckInOn: null,
    });

    t.clock.set('2027-02-01T15:00:00Z');
    await testSender(t).drain();
    expect(textOf(dms(ALICE))).toContain(`<@${MIA}> ended your mentorship in Pathway`);
    expect(dms(ALICE).some((message) => message.text.startsWith('Did you meet'))).toBe(false);
    expect(
      await t.db.prisma.outboxMessage.count({
        where: { kind: 'mentor-checkin', status: 'dropped', dropReason: 'mentorship ended' },
      }),
    ).toBe(2);

    // Someone else's End button is refused.
    const other = await clickInEphemeral(OMAR, MENTOR_ACTIONS.end, id);
    expect(textOf((await t.responseTo(other)).body)).toContain('A mentorship is private to the mentor and the mentee');
    expectCleanSlackTraffic(t);
  });

  it('with mentoring off: every mentor command says so, Home has no section and no questions are asked', async () => {
    await mentorshipAgreed();
    await t.db.prisma.workspace.updateMany({ data: { mentoringEnabled: false } });
    for (const text of ['mentor', 'mentor offer', 'mentor pause']) {
      const request = await t.driver.slashCommand({ userId: ALICE, text });
      expect(textOf((await t.responseTo(request)).body)).toContain(MENTORING_OFF_MESSAGE.slice(0, 40));
    }
    const ask = await clickInEphemeral(ALICE, MENTOR_ACTIONS.ask, omar.id);
    expect(textOf((await t.responseTo(ask)).body)).toContain(MENTORING_OFF_MESSAGE.slice(0, 40));
    t.clock.set('2027-02-01T06:00:00Z');
    expect(await queueDueMentorCheckIns(t.db.prisma, t.clock.now(), timing, mentoringNotices)).toBe(0);

    const before = t.fake.callsTo('views.publish').length;
    await t.driver.event({ type: 'app_home_opened', user: ALICE, channel: t.fake.dmChannelFor(ALICE), tab: 'home' });
    const home = await t.fake.waitForCall(
      'views.publish',
      (call) => call.args.user_id === ALICE && t.fake.callsTo('views.publish').indexOf(call) >= before,
      10_000,
    );
    expect(textOf(home.args.view)).not.toContain('"text":"Mentoring"');
    // Ending stays possible.
    const end = await t.driver.slashCommand({ userId: MIA, text: 'mentor end' });
    expect(textOf((await t.responseTo(end)).body)).toContain(`"action_id":"${MENTOR_ACTIONS.end}"`);
    expectCleanSlackTraffic(t);
  });
});
