/**
 * Hostile interactions: every registered action_id and view callback_id gets
 * seeded adversarial payloads (wrong types, missing values, other people's and
 * unknown ids, huge and odd text, garbage private_metadata, broken
 * state.values), plus odd Events API payloads. Each is acknowledged (never a
 * 500), nothing crashes, junk stores no Pathway / Milestone / CheckIn row, no
 * Web API call breaks the spec or Block Kit limits, and nobody gets the
 * "something went wrong" apology for input that was merely bad.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_OPEN_IMPORT_ACTION_ID,
  ADMIN_OPEN_SETTINGS_ACTION_ID,
  ADMIN_SETTINGS_CALLBACK_ID,
  PEOPLE_IMPORT_CALLBACK_ID,
  PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
} from '../../src/blocks/admin.js';
import { CONSENT_ACTION_PREFIX, REMOVE_ACTION } from '../../src/blocks/celebrations.js';
import {
  CALIBRATE_OPEN_ACTION,
  CALIBRATION_CALLBACK,
  CHECKIN_CALLBACK,
  CHECKIN_OPEN_ACTION,
} from '../../src/blocks/checkin.js';
import { CONVERSATION_ACTIONS, CONVERSATION_CALLBACKS } from '../../src/blocks/conversations.js';
import { DATA_DELETE_CALLBACK_ID } from '../../src/blocks/data-rights.js';
import { READINESS_CASE_ACTION, SAVE_EVIDENCE_CALLBACK, WINS_ACTIONS } from '../../src/blocks/evidence.js';
import { FRAMEWORK_UPLOAD_CALLBACK_ID } from '../../src/blocks/framework-admin.js';
import { GOAL_MOVE_ACTIONS } from '../../src/blocks/goals.js';
import { HOME_PAGE_ACTIONS } from '../../src/blocks/home.js';
import { MENTOR_ACTIONS, MENTOR_CALLBACKS } from '../../src/blocks/mentoring.js';
import { MILESTONE_ACTIONS, MILESTONE_CALLBACKS } from '../../src/blocks/milestones.js';
import { NUDGE_ACTIONS } from '../../src/blocks/nudges.js';
import { GOAL_REACHED_ACTION, PLAN_OPEN_ACTION } from '../../src/blocks/overview.js';
import { PLAN_ACTIONS, PLAN_CALLBACK_ID, PLAN_DUE_ACTION } from '../../src/blocks/plan.js';
import { NUDGE_SETTINGS_CALLBACK } from '../../src/blocks/settings.js';
import {
  COMMENT_CALLBACK,
  COMMENT_OPEN_ACTION,
  SUGGEST_CALLBACK,
  SUGGESTION_ACTIONS,
  SUGGESTION_EDIT_CALLBACK,
} from '../../src/blocks/suggestions.js';
import { MANAGER_ACCEPT_ACTION, MANAGER_DECLINE_ACTION, TEAM_OPEN_PATHWAY_ACTION } from '../../src/blocks/team.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { ADVERSARIAL, FUZZ_SEED, prng, randomText } from '../support/fuzz.js';
import { captureLogs } from '../support/logs.js';
import { seedPerson } from '../support/schedule.js';

/** Every action_id registered in src/listeners/actions/index.ts (patterns by one concrete id each). */
const ACTION_IDS = [
  NUDGE_ACTIONS.snooze,
  CHECKIN_OPEN_ACTION,
  CALIBRATE_OPEN_ACTION,
  TEAM_OPEN_PATHWAY_ACTION,
  MANAGER_ACCEPT_ACTION,
  MANAGER_DECLINE_ACTION,
  `${CONSENT_ACTION_PREFIX}once`,
  `${CONSENT_ACTION_PREFIX}always`,
  `${CONSENT_ACTION_PREFIX}never`,
  REMOVE_ACTION,
  ADMIN_OPEN_SETTINGS_ACTION_ID,
  ADMIN_OPEN_IMPORT_ACTION_ID,
  PLAN_OPEN_ACTION,
  ...Object.values(PLAN_ACTIONS),
  PLAN_DUE_ACTION,
  MILESTONE_ACTIONS.done,
  MILESTONE_ACTIONS.move,
  MILESTONE_ACTIONS.edit,
  MILESTONE_ACTIONS.undoDone,
  ...Object.values(HOME_PAGE_ACTIONS),
  GOAL_REACHED_ACTION,
  ...Object.values(WINS_ACTIONS),
  READINESS_CASE_ACTION,
  ...Object.values(GOAL_MOVE_ACTIONS),
  ...Object.values(SUGGESTION_ACTIONS),
  COMMENT_OPEN_ACTION,
  ...Object.values(CONVERSATION_ACTIONS),
  ...Object.values(MENTOR_ACTIONS),
];

/** Every view callback_id registered in src/listeners/views/index.ts. */
const CALLBACK_IDS = [
  NUDGE_SETTINGS_CALLBACK,
  CHECKIN_CALLBACK,
  CALIBRATION_CALLBACK,
  FRAMEWORK_UPLOAD_CALLBACK_ID,
  ADMIN_SETTINGS_CALLBACK_ID,
  PEOPLE_IMPORT_CALLBACK_ID,
  PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
  DATA_DELETE_CALLBACK_ID,
  PLAN_CALLBACK_ID,
  MILESTONE_CALLBACKS.done,
  MILESTONE_CALLBACKS.move,
  MILESTONE_CALLBACKS.edit,
  SAVE_EVIDENCE_CALLBACK,
  SUGGEST_CALLBACK,
  SUGGESTION_EDIT_CALLBACK,
  COMMENT_CALLBACK,
  ...Object.values(CONVERSATION_CALLBACKS),
  ...Object.values(MENTOR_CALLBACKS),
];

const HUGE = 'x'.repeat(10_000);
const ODD_TEXT = [
  '',
  HUGE,
  '<!channel> <!here> <@U0OWNER>',
  '\u202Eevil\u200B\u200D\uFEFF',
  '{"milestoneId":"',
  '[]',
  'null',
  '-1',
  '9'.repeat(40),
  '😀'.repeat(3000),
];
const APOLOGY = /went wrong/i;

describe('hostile interactions and events', () => {
  let t: TestApp;
  let otherIds: string[];
  const USER = 'U0FUZZER';
  const logs = captureLogs();

  // No reset between tests: every test probes the same rows that belong to someone else.
  useTestApp((app) => (t = app), { logger: logs.logger, resetBetweenTests: false });
  beforeAll(async () => {
    // Rows that exist but belong to someone else.
    const owner = await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0OWNER',
      milestones: [{ title: 'Owner only', due: '2027-03-01' }],
      lastCheckInAt: '2027-01-10T10:00:00Z',
    });
    const checkIn = await t.db.prisma.checkIn.findFirstOrThrow();
    const mentor = await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId: 'U0OWNMENTOR' });
    const mentorship = await t.db.prisma.mentorship.create({
      data: {
        menteeId: owner.person.id,
        mentorId: mentor.person.id,
        goalRoleKey: 'senior-instructional-designer',
        status: 'requested',
      },
    });
    otherIds = [
      owner.pathway.id,
      owner.milestones[0]!.id,
      checkIn.id,
      owner.person.id,
      mentorship.id,
      `${mentorship.id}:2027-01-20:yes`,
    ];
    t.clock.set('2027-01-20T10:00:00Z');
  });

  async function counts() {
    const { prisma } = t.db;
    return {
      pathways: await prisma.pathway.count(),
      milestones: await prisma.milestone.count(),
      checkIns: await prisma.checkIn.count(),
      // Someone else's mentorship request stays as it was, and junk makes no offer or session.
      mentorships: await prisma.mentorship.count({ where: { status: 'requested' } }),
      mentorOffers: await prisma.mentorOffer.count(),
      sessions: await prisma.mentoringSession.count(),
    };
  }

  function strayApologies(): string[] {
    const seen = [
      ...t.fake.calls.map((call) => JSON.stringify(call.args)),
      ...t.fake.responses.map((response) => JSON.stringify(response.body)),
    ];
    return seen.filter((text) => APOLOGY.test(text)).map((text) => text.slice(0, 300));
  }

  async function expectStillAlive(): Promise<void> {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const request = await t.driver.slashCommand({ userId: 'U0HEALTHY', text: 'help' });
    expect(request.status).toBe(200);
    await t.responseTo(request, 10_000);
  }

  it(`survives adversarial block_actions for all ${ACTION_IDS.length} action ids (seed ${FUZZ_SEED})`, async () => {
    const next = prng(FUZZ_SEED + 10);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const before = await counts();
    let sent = 0;
    for (const actionId of ACTION_IDS) {
      t.fake.reset();
      logs.clear();
      const values = [...otherIds, 'c0000000000000000000000000', ...ODD_TEXT, pick(ADVERSARIAL), randomText(next)];
      const variants: Array<Parameters<TestApp['driver']['blockAction']>[0]> = [
        { userId: USER, actionId },
        ...values.map((value) => ({ userId: USER, actionId, value })),
        { userId: USER, actionId, selectedOption: { value: pick(values) } },
        { userId: USER, actionId, elementType: 'static_select' },
        { userId: USER, actionId, selectedDate: pick(['2027-02-30', 'tomorrow', '', '1999-01-01', HUGE]) },
        { userId: USER, actionId, action: { value: 42 } },
        { userId: USER, actionId, action: { value: null, selected_option: 'not an object' } },
        { userId: USER, actionId, action: { selected_option: { value: ['array'] } } },
        {
          userId: USER,
          actionId,
          value: pick(otherIds),
          view: { id: 'VHOME', type: 'home', callbackId: '', values: {} },
        },
        {
          userId: USER,
          actionId,
          value: pick(values),
          view: {
            callbackId: PLAN_CALLBACK_ID,
            privateMetadata: pick(['{"a":', HUGE, JSON.stringify({ pathwayId: otherIds[0] }), 'null']),
            values: { junk: { x: { type: 'plain_text_input', value: null } } },
          },
        },
      ];
      for (const variant of variants) {
        const result = await t.driver.blockAction(variant);
        sent += 1;
        expect(result.status, `${actionId} ${JSON.stringify(variant).slice(0, 200)}`).toBe(200);
      }
      await t.settled();
      expect(strayApologies(), `apology after ${actionId}`).toEqual([]);
      // Bad input is not our failure: nothing at error level (that is for bugs and outages).
      expect(logs.atLeast('error'), `error logged after ${actionId}`).toEqual([]);
      expect(t.fake.specViolations, actionId).toEqual([]);
      expect(t.fake.blockKitViolations, actionId).toEqual([]);
    }
    expect(await counts()).toEqual(before);
    expect(sent).toBeGreaterThan(ACTION_IDS.length * 20);
    await expectStillAlive();
  }, 240_000);

  it(`answers adversarial view_submissions for all ${CALLBACK_IDS.length} callback ids with errors, never storing junk (seed ${FUZZ_SEED})`, async () => {
    const next = prng(FUZZ_SEED + 20);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const before = await counts();
    for (const callbackId of CALLBACK_IDS) {
      t.fake.reset();
      logs.clear();
      const metadata = [
        '',
        'garbage',
        '{"pathwayId":',
        HUGE,
        'null',
        '[1,2]',
        JSON.stringify({
          pathwayId: otherIds[0],
          milestoneId: otherIds[1],
          checkInId: otherIds[2],
          personId: otherIds[3],
        }),
        JSON.stringify({ milestoneId: 42, pathwayId: null }),
      ];
      const cell = () =>
        pick<Record<string, unknown>>([
          { type: 'plain_text_input', value: pick(ODD_TEXT) },
          { type: 'plain_text_input', value: null },
          { type: 'static_select', selected_option: null },
          { type: 'static_select', selected_option: { value: pick(ODD_TEXT) } },
          { type: 'datepicker', selected_date: pick(['2027-02-30', 'not a date', '1999-01-01', '']) },
          { type: 'checkboxes', selected_options: [{ value: pick(ODD_TEXT) }, null] },
          { type: 'radio_buttons', selected_option: { value: 42 } },
          { type: 'users_select', selected_user: pick(['U0OWNER', USER, '', '<!channel>']) },
          { type: 'file_input', files: [{ id: 'F0NOPE' }] },
          { type: 'number_input', value: '-99999999999' },
          { type: 'plain_text_input', value: randomText(next), extra: { nested: true } },
        ]);
      const randomBlocks = () => {
        const values: Record<string, Record<string, Record<string, unknown>>> = {};
        const blocks = Math.floor(next() * 6);
        for (let b = 0; b < blocks; b += 1) {
          values[
            pick([
              'value',
              'title',
              'kind',
              'due',
              'note',
              'link',
              'role',
              'goal',
              'target',
              'rating',
              'comment',
              'text',
              'file',
              'confirm',
              `b${b}`,
            ])
          ] = {
            [pick([
              'value',
              'text',
              'file',
              'rating',
              'comment',
              'example',
              'nudge_kinds',
              'plan_role',
              'plan_goal',
              'plan_target',
              'x',
            ])]: cell(),
          };
        }
        return values;
      };
      for (let index = 0; index < 14; index += 1) {
        const privateMetadata = pick(metadata);
        const values = index === 0 ? {} : randomBlocks();
        const label = `${callbackId} #${index} metadata=${JSON.stringify(privateMetadata.slice(0, 80))} values=${JSON.stringify(values).slice(0, 300)}`;
        const result = await t.driver.viewSubmission({
          userId: index % 3 === 0 ? 'U0OWNER' : USER,
          callbackId,
          privateMetadata,
          values,
        });
        expect(result.status, label).toBe(200);
        expect(result.text, label).not.toMatch(APOLOGY);
        if (typeof result.body === 'object' && result.body !== null && 'response_action' in result.body) {
          expect(['errors', 'update', 'clear', 'push'], label).toContain(
            (result.body as { response_action: string }).response_action,
          );
        }
      }
      await t.settled();
      expect(strayApologies(), `apology after ${callbackId}`).toEqual([]);
      expect(logs.atLeast('error'), `error logged after ${callbackId}`).toEqual([]);
      expect(t.fake.specViolations, callbackId).toEqual([]);
      expect(t.fake.blockKitViolations, callbackId).toEqual([]);
    }
    // U0OWNER's own junk included: nothing new stored, nothing of theirs erased by garbage.
    const after = await counts();
    expect(after.pathways).toBeLessThanOrEqual(before.pathways);
    expect(after.milestones).toBeLessThanOrEqual(before.milestones);
    expect(after.checkIns).toBeLessThanOrEqual(before.checkIns);
    await expectStillAlive();
  }, 240_000);

  it('ignores odd and unknown events without crashing', async () => {
    t.fake.reset();
    const next = prng(FUZZ_SEED + 30);
    const events: Array<{ type: string } & Record<string, unknown>> = [
      { type: 'app_home_opened' },
      { type: 'app_home_opened', user: USER, tab: 'messages' },
      { type: 'app_home_opened', user: 42, tab: 'home' },
      { type: 'app_home_opened', user: HUGE, tab: 'home' },
      { type: 'app_home_opened', user: USER, tab: 'home', view: 'not a view' },
      { type: 'app_home_opened', user: '<!channel>', tab: '\u202E' },
      { type: 'user_change', user: 'not an object' },
      { type: 'user_change', user: { id: null, deleted: 'yes' } },
      { type: 'user_change' },
      { type: 'tokens_revoked', tokens: 'garbage' },
      { type: 'tokens_revoked', tokens: { bot: 'not-an-array' } },
      { type: 'message', text: pick(ADVERSARIAL) },
      { type: 'reaction_added', user: USER, reaction: 'tada' },
      { type: 'totally_unknown_event', payload: { nested: [1, 2, 3] } },
      { type: '' },
    ];
    function pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    }
    const before = await counts();
    for (const event of events) {
      const result = await t.driver.event(event);
      expect(result.status, JSON.stringify(event).slice(0, 200)).toBe(200);
    }
    // Bolt itself throws on these (App.js buildSource) before any listener runs; src/slack/malformed-events.ts
    // answers them 200 instead of Bolt's 500, which Slack would retry. Slack never sends them.
    const nullUser = await t.driver.event({ type: 'app_home_opened', user: null, tab: 'home' });
    expect(nullUser.status).toBe(200);
    for (const event of [null, 'string']) {
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: t.fake.team.id,
        event_id: `EvODD${String(event)}`,
        event,
      });
      expect((await t.driver.rawPost(body, t.driver.signedHeaders(body, 'application/json'))).status).toBe(200);
    }
    // The same payload unsigned is still refused before anything looks at it.
    const unsigned = JSON.stringify({
      type: 'event_callback',
      team_id: t.fake.team.id,
      event_id: 'EvUNSIGNED',
      event: null,
    });
    expect((await t.driver.rawPost(unsigned, { 'content-type': 'application/json' })).status).toBe(401);
    // Envelopes of the wrong shape, correctly signed.
    const envelopes: unknown[] = [
      { type: 'event_callback' },
      { type: 'event_callback', team_id: 42, event: { type: 'app_home_opened', user: USER, tab: 'home' } },
      { type: 'some_other_envelope', challenge: '<!channel>' },
      [],
    ];
    for (const envelope of envelopes) {
      const body = JSON.stringify(envelope);
      const result = await t.driver.rawPost(body, t.driver.signedHeaders(body, 'application/json'));
      expect(result.status, body).toBeLessThan(500);
    }
    await t.settled();
    expect(strayApologies()).toEqual([]);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
    expect(await counts()).toEqual(before);
    await expectStillAlive();
  }, 60_000);
});
