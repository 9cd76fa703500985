/**
 * The privacy rule as a matrix: who may read a person's check-ins (ratings and
 * examples), through every read path that can name someone else's check-in or
 * pathway. Only the person and their CURRENT manager; never a former manager,
 * another employee or an admin.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CALIBRATE_OPEN_ACTION,
  CALIBRATION_CALLBACK,
  COMMENT_BLOCK,
  managerRatingBlockId,
} from '../../src/blocks/checkin.js';
import {
  CONVERSATION_ACTIONS,
  CONVERSATION_CALLBACKS,
  CONVERSATION_FIELDS,
  conversationNotices,
} from '../../src/blocks/conversations.js';
import { READINESS_CASE_ACTION, WINS_ACTIONS, winsValue } from '../../src/blocks/evidence.js';
import { FEEDBACK_ANSWER_ACTION, FEEDBACK_ANSWER_CALLBACK } from '../../src/blocks/feedback.js';
import { GOAL_MOVE_ACTIONS } from '../../src/blocks/goals.js';
import { MENTOR_ACTIONS } from '../../src/blocks/mentoring.js';
import {
  COMMENT_CALLBACK,
  COMMENT_OPEN_ACTION,
  SUGGEST_CALLBACK,
  SUGGESTION_ACTIONS,
} from '../../src/blocks/suggestions.js';
import { managerNotices, TEAM_OPEN_PATHWAY_ACTION } from '../../src/blocks/team.js';
import type { Rating } from '../../src/domain/readiness.js';
import type { Person } from '../../src/generated/prisma/client.js';
import { createLogger } from '../../src/logger.js';
import { Sender } from '../../src/scheduler/sender.js';
import { competencyFormFor, recordCompetencyAssessment } from '../../src/services/competencies.js';
import { planConversation } from '../../src/services/conversations.js';
import { linkManager } from '../../src/services/managers.js';
import {
  CALIBRATE_OWN_MESSAGE,
  DENIED_MESSAGE,
  FEEDBACK_NOT_YOURS_MESSAGE,
  MENTORSHIP_DENIED_MESSAGE,
  OWN_PATHWAY_MESSAGE,
  ownCheckIns,
} from '../../src/services/privacy.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../support/app-harness.js';
import { SAM, TOM } from '../support/cast.js';
import { activePathwayId, calibrationValues, goalSignalKeys, seedCheckIn, seedPerson } from '../support/checkins.js';
import { resetDatabase } from '../support/db.js';

type Viewer = 'person' | 'manager' | 'other employee' | 'former manager' | 'admin';
type Outcome = 'shown' | 'denied' | 'own check-in';

const SLACK_IDS: Record<Viewer, string> = {
  person: 'U0ALICE',
  manager: 'U0DANA',
  'other employee': 'U0EVE',
  'former manager': 'U0FRANK',
  admin: 'U0ADA',
};

/** viewer → [report pathway (team_open_pathway), calibration modal (open), calibration (submit), listed in /pathway team and on Home] */
const MATRIX: Array<[Viewer, Outcome, Outcome, Outcome, boolean]> = [
  ['person', 'shown', 'own check-in', 'own check-in', false],
  ['manager', 'shown', 'shown', 'shown', true],
  ['other employee', 'denied', 'denied', 'denied', false],
  ['former manager', 'denied', 'denied', 'denied', false],
  ['admin', 'denied', 'denied', 'denied', false],
];

// One app for every matrix below; each test starts from an empty database with the same viewers.
let t: TestApp;
useTestApp((app) => (t = app), { resetBetweenTests: false });

/** Frank (former manager), Dana (manager), another employee and an admin; the person is seeded by each matrix. */
async function resetWithViewers(): Promise<{ frank: Person; dana: Person }> {
  await resetDatabase(t.db);
  t.fake.reset();
  const frank = await seedPerson(t, SLACK_IDS['former manager'], { pathway: false });
  const dana = await seedPerson(t, SLACK_IDS.manager, { pathway: false });
  await seedPerson(t, SLACK_IDS['other employee']);
  await seedPerson(t, SLACK_IDS.admin, { pathway: false, isSlackAdmin: true });
  return { frank, dana };
}

describe('privacy of check-ins, by viewer and read path', () => {
  let alice: Person;
  let keys: string[];
  let checkInId: string;

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, { manager: frank });
    keys = await goalSignalKeys(t);
    // Made while Frank was the manager; the link then moved to Dana.
    checkInId = await seedCheckIn(t, alice, Object.fromEntries(keys.map((key) => [key, 3 as Rating])));
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
  });

  /** What the viewer was answered: a modal (views.open) or an ephemeral message, whichever comes. */
  async function outcomeOf(request: { responseUrl?: string | undefined }): Promise<{ outcome: Outcome; text: string }> {
    const modal = () => t.fake.callsTo('views.open')[0];
    const message = () => t.fake.responses.find((response) => response.url === request.responseUrl);
    await expect.poll(() => modal() ?? message(), { timeout: 3000, interval: 20 }).toBeDefined();
    const opened = modal();
    if (opened) return { outcome: 'shown', text: JSON.stringify((opened.args.view as ModalView).blocks) };
    const text = JSON.stringify(message()?.body);
    if (text.includes(CALIBRATE_OWN_MESSAGE.slice(0, 40))) return { outcome: 'own check-in', text };
    expect(text).toContain(DENIED_MESSAGE.slice(0, 60));
    return { outcome: 'denied', text };
  }

  it.each(MATRIX)(
    '%s: report pathway %s, calibration modal %s, calibration %s, listed in /pathway team: %s',
    async (viewer, pathway, open, submit, listed) => {
      const userId = SLACK_IDS[viewer];

      const pathwayRequest = await t.driver.blockAction({
        userId,
        actionId: TEAM_OPEN_PATHWAY_ACTION,
        value: alice.id,
        container: { isEphemeral: true },
      });
      const pathwayAnswer = await outcomeOf(pathwayRequest);
      expect(pathwayAnswer.outcome).toBe(pathway);
      if (pathway === 'shown') expect(pathwayAnswer.text).toContain('Readiness for Senior Instructional Designer');
      else expect(pathwayAnswer.text).not.toContain('consistent');
      t.fake.reset();

      const openRequest = await t.driver.blockAction({
        userId,
        actionId: CALIBRATE_OPEN_ACTION,
        value: checkInId,
        container: { channelId: `D${userId.slice(1)}` },
      });
      const openAnswer = await outcomeOf(openRequest);
      expect(openAnswer.outcome).toBe(open);
      if (open === 'shown') expect(openAnswer.text).toContain(`Example for ${keys[0]}`);
      else expect(openAnswer.text).not.toContain('Example for');
      t.fake.reset();

      const result = await t.driver.viewSubmission({
        userId,
        callbackId: CALIBRATION_CALLBACK,
        values: calibrationValues(Object.fromEntries(keys.map((key) => [key, 1 as Rating])), 'calibrated'),
        privateMetadata: JSON.stringify({ checkInId }),
        blocks: [
          ...keys.map((key) => ({ type: 'input', block_id: managerRatingBlockId(key) })),
          { type: 'input', block_id: COMMENT_BLOCK },
        ],
      });
      const answer = result.body as { response_action: string; errors?: Record<string, string> };
      const stored = await t.db.prisma.checkIn.findUniqueOrThrow({ where: { id: checkInId } });
      if (submit === 'shown') {
        expect(answer.response_action).toBe('update');
        expect(stored.managerComment).toBe('calibrated');
      } else {
        expect(answer.response_action).toBe('errors');
        expect(Object.values(answer.errors ?? {})[0]).toBe(
          submit === 'own check-in' ? CALIBRATE_OWN_MESSAGE : DENIED_MESSAGE,
        );
        expect(stored.managerComment).toBeNull();
        expect(await t.db.prisma.checkInRating.count({ where: { checkInId, managerRating: { not: null } } })).toBe(0);
      }
      t.fake.reset();

      const teamRequest = await t.driver.slashCommand({ userId, text: 'team' });
      const team = (await t.responseTo(teamRequest)).body as { blocks: KnownBlock[] };
      expect(JSON.stringify(team.blocks).includes(`<@${SLACK_IDS.person}>`)).toBe(listed);

      // The Home tab's team section follows the same rule as `/pathway team`.
      const earlier = new Set(t.fake.callsTo('views.publish'));
      await t.driver.event({
        type: 'app_home_opened',
        user: userId,
        channel: t.fake.dmChannelFor(userId),
        tab: 'home',
      });
      const publish = await t.fake.waitForCall(
        'views.publish',
        (call) => call.args.user_id === userId && !earlier.has(call),
        15_000,
      );
      const home = JSON.stringify(publish.args.view);
      const teamPart = home.includes('"Your team"') ? home.slice(home.indexOf('"Your team"')) : '';
      expect(teamPart.includes(`<@${SLACK_IDS.person}>`)).toBe(listed);
      expectCleanSlackTraffic(t);
    },
  );
});

/**
 * The same rule over the development data a conversation draws on: the wins log
 * and the readiness case (read), and suggesting a milestone, commenting on one
 * and proposing a goal move (the current manager's, for their report only).
 */
type EvidenceOutcome = 'shown' | 'denied' | 'own pathway';

/**
 * What a click or command showed: the modal it opened or the answer to its response_url, `shownText`
 * in it, the own-pathway notice, or (checked) the denial.
 */
async function evidenceOutcome(
  request: { responseUrl?: string | undefined },
  shownText: string,
): Promise<{ outcome: EvidenceOutcome; text: string }> {
  const modal = () => t.fake.callsTo('views.open')[0];
  const message = () => t.fake.responses.find((response) => response.url === request.responseUrl);
  await expect.poll(() => modal() ?? message(), { timeout: 3000, interval: 20 }).toBeDefined();
  const text = JSON.stringify(modal()?.args.view ?? message()?.body);
  if (text.includes(shownText)) return { outcome: 'shown', text };
  if (text.includes(OWN_PATHWAY_MESSAGE.slice(0, 40))) return { outcome: 'own pathway', text };
  expect(text).toContain(DENIED_MESSAGE.slice(0, 60));
  return { outcome: 'denied', text };
}

/** viewer → [wins log, readiness case, suggest a milestone, comment on a milestone, propose the move] */
const EVIDENCE_MATRIX: Array<
  [Viewer, EvidenceOutcome, EvidenceOutcome, EvidenceOutcome, EvidenceOutcome, EvidenceOutcome]
> = [
  ['person', 'shown', 'shown', 'own pathway', 'own pathway', 'own pathway'],
  ['manager', 'shown', 'shown', 'shown', 'shown', 'shown'],
  ['other employee', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['former manager', 'denied', 'denied', 'denied', 'denied', 'denied'],
  ['admin', 'denied', 'denied', 'denied', 'denied', 'denied'],
];

describe('privacy of evidence, readiness cases, suggestions, comments and moves, by viewer and path', () => {
  let alice: Person;
  let pathwayId: string;

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, {
      manager: frank,
      milestones: [
        {
          title: 'Private milestone',
          signalKeys: (await goalSignalKeys(t)).slice(0, 1),
          done: { at: t.clock.now(), evidence: 'Private done note' },
        },
      ],
    });
    pathwayId = await activePathwayId(t, alice);
    await t.db.prisma.evidence.create({
      data: { personId: alice.id, pathwayId, kind: 'message', text: 'Private saved message', authorId: alice.id },
    });
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
  });

  it.each(EVIDENCE_MATRIX)(
    '%s: wins log %s, readiness case %s, suggest %s, comment %s, propose the move %s',
    async (viewer, wins, readinessCase, suggest, comment, propose) => {
      const userId = SLACK_IDS[viewer];
      const paths: Array<[EvidenceOutcome, string, string, string]> = [
        [wins, WINS_ACTIONS.open, winsValue(pathwayId, 1), 'Private saved message'],
        [readinessCase, READINESS_CASE_ACTION, pathwayId, 'Private done note'],
        [suggest, SUGGESTION_ACTIONS.open, alice.id, SUGGEST_CALLBACK],
        [comment, COMMENT_OPEN_ACTION, alice.id, COMMENT_CALLBACK],
        [propose, GOAL_MOVE_ACTIONS.propose, alice.id, 'to confirm their move'],
      ];
      for (const [expected, actionId, value, shownText] of paths) {
        const request = await t.driver.blockAction({ userId, actionId, value, container: { isEphemeral: true } });
        const answer = await evidenceOutcome(request, shownText);
        expect([actionId, answer.outcome]).toEqual([actionId, expected]);
        if (expected !== 'shown') expect(answer.text).not.toMatch(/Private (saved message|done note|milestone)/);
        t.fake.reset();
      }
      const proposed = await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: pathwayId } });
      expect(proposed.goalProposedAt !== null).toBe(propose === 'shown');
      expect(
        await t.db.prisma.outboxMessage.count({ where: { recipient: SLACK_IDS.person, kind: 'goal-move-request' } }),
      ).toBe(propose === 'shown' ? 1 : 0);
      expectCleanSlackTraffic(t);
    },
  );
});

/**
 * The same rule over development conversations: the agenda (its items, the
 * plan's evidence), adding to it and the notes form, by command and button;
 * and the agenda DM queued for a manager who is no longer the manager.
 */
const CONVERSATION_MATRIX: Array<[Viewer, EvidenceOutcome, EvidenceOutcome, EvidenceOutcome]> = [
  ['person', 'shown', 'shown', 'shown'],
  ['manager', 'shown', 'shown', 'shown'],
  ['other employee', 'denied', 'denied', 'denied'],
  ['former manager', 'denied', 'denied', 'denied'],
  ['admin', 'denied', 'denied', 'denied'],
];

describe('privacy of development conversations, by viewer and path', () => {
  let alice: Person;
  let conversationId: string;

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, { manager: frank });
    // Planned while Frank was the manager (his agenda DM is queued); the link then moved to Dana.
    const now = t.clock.now();
    const { agenda } = await planConversation(
      t.db.prisma,
      ownCheckIns(alice.id),
      {
        scheduledOn: '2027-06-30',
        origin: 'person',
        item: 'Private agenda item',
        now,
        today: now.toISOString().slice(0, 10),
      },
      { defaultTimeZone: 'Europe/London' },
      conversationNotices,
    );
    conversationId = agenda.id;
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
  });

  it.each(CONVERSATION_MATRIX)(
    '%s: agenda by command %s, add to the agenda %s, notes form %s',
    async (viewer, command, addItem, record) => {
      const userId = SLACK_IDS[viewer];
      const agenda = await t.driver.slashCommand({ userId, text: `conversation <@${SLACK_IDS.person}>` });
      const agendaAnswer = await evidenceOutcome(agenda, 'Private agenda item');
      expect(agendaAnswer.outcome).toBe(command);
      t.fake.reset();
      const paths: Array<[EvidenceOutcome, string, string]> = [
        [addItem, CONVERSATION_ACTIONS.addItem, CONVERSATION_CALLBACKS.addItem],
        [record, CONVERSATION_ACTIONS.record, CONVERSATION_CALLBACKS.record],
      ];
      for (const [expected, actionId, shownText] of paths) {
        const request = await t.driver.blockAction({
          userId,
          actionId,
          value: conversationId,
          container: { isEphemeral: true },
        });
        const answer = await evidenceOutcome(request, shownText);
        expect([actionId, answer.outcome]).toEqual([actionId, expected]);
        if (expected !== 'shown') expect(answer.text).not.toContain('Private agenda item');
        t.fake.reset();
      }
      const submitted = await t.driver.viewSubmission({
        userId,
        callbackId: CONVERSATION_CALLBACKS.addItem,
        values: {
          [CONVERSATION_FIELDS.item]: {
            [CONVERSATION_FIELDS.item]: { type: 'plain_text_input', value: 'From a viewer' },
          },
        },
        privateMetadata: JSON.stringify({ conversationId }),
        blocks: [{ type: 'input', block_id: CONVERSATION_FIELDS.item }],
      });
      expect(await t.db.prisma.conversationAgendaItem.count({ where: { text: 'From a viewer' } })).toBe(
        addItem === 'shown' ? 1 : 0,
      );
      if (addItem !== 'shown') expect(JSON.stringify(submitted.body)).toContain(DENIED_MESSAGE.slice(0, 60));
      expectCleanSlackTraffic(t);
    },
  );

  it('the agenda DM queued for the former manager is dropped; the person and current manager alone get theirs', async () => {
    await planConversation(
      t.db.prisma,
      ownCheckIns(alice.id),
      {
        scheduledOn: '2027-06-30',
        origin: 'person',
        now: t.clock.now(),
        today: t.clock.now().toISOString().slice(0, 10),
      },
      { defaultTimeZone: 'Europe/London' },
      conversationNotices,
    );
    t.clock.set('2027-06-29T12:00:00Z');
    const sender = new Sender(
      {
        prisma: t.db.prisma,
        clients: t.app.clients!,
        clock: t.clock,
        logger: createLogger('silent'),
        defaultTimeZone: 'Europe/London',
        adminUserIds: [],
      },
      { channelIntervalMs: 0, workspaceIntervalMs: 0 },
    );
    await sender.drain();
    const toFrank = await t.db.prisma.outboxMessage.findMany({
      where: { recipient: SLACK_IDS['former manager'], kind: { startsWith: 'conversation' } },
    });
    expect(toFrank.length).toBeGreaterThan(0);
    expect(toFrank.map((row) => [row.status, row.dropReason])).toEqual(
      toFrank.map(() => ['dropped', 'no longer the person or their manager']),
    );
    // Frank hears only that the link moved (a manager-link notice), nothing of the conversation.
    expect(JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor(SLACK_IDS['former manager'])))).not.toMatch(
      /Private agenda item|conversation/i,
    );
    for (const viewer of ['other employee', 'admin'] as const)
      expect(t.fake.messagesIn(t.fake.dmChannelFor(SLACK_IDS[viewer]))).toEqual([]);
    expect(JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor(SLACK_IDS.manager)))).toContain('Private agenda item');
    expect(JSON.stringify(t.fake.messagesIn(t.fake.dmChannelFor(SLACK_IDS.person)))).toContain('Private agenda item');
    expectCleanSlackTraffic(t);
  });
});

/**
 * Competency self-assessments follow the check-in rule: shown beside readiness to
 * the person and their current manager only, through the report pathway view.
 */
const COMPETENCY_MATRIX: Array<[Viewer, 'shown' | 'denied']> = [
  ['person', 'shown'],
  ['manager', 'shown'],
  ['other employee', 'denied'],
  ['former manager', 'denied'],
  ['admin', 'denied'],
];

describe('privacy of competency self-assessments, by viewer', () => {
  let alice: Person;

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, { manager: frank });
    // Assessed while Frank was the manager; the link then moved to Dana.
    const form = await competencyFormFor(t.db.prisma, alice.id);
    await recordCompetencyAssessment(t.db.prisma, alice.id, {
      pathwayId: form.pathwayId,
      entries: form.competencies.map((item) => ({
        competencyKey: item.key,
        rating: 4 as Rating,
        note: 'Private competency note',
      })),
      now: t.clock.now(),
    });
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
  });

  it.each(COMPETENCY_MATRIX)('%s: competency ratings %s', async (viewer, expected) => {
    const request = await t.driver.blockAction({
      userId: SLACK_IDS[viewer],
      actionId: TEAM_OPEN_PATHWAY_ACTION,
      value: alice.id,
      container: { isEphemeral: true },
    });
    const modal = () => t.fake.callsTo('views.open')[0];
    const message = () => t.fake.responses.find((response) => response.url === request.responseUrl);
    await expect.poll(() => modal() ?? message(), { timeout: 3000, interval: 20 }).toBeDefined();
    const text = JSON.stringify(modal()?.args.view ?? message()?.body);
    if (expected === 'shown') {
      expect(text).toContain('Competencies (self-assessed)');
      expect(text).toContain('role model');
    } else {
      expect(text).toContain(DENIED_MESSAGE.slice(0, 60));
      expect(text).not.toContain('Competencies');
      expect(text).not.toContain('role model');
    }
    expect(text).not.toContain('Private competency note');
    expectCleanSlackTraffic(t);
  });
});

type FeedbackOutcome = 'shown' | 'denied';

/** viewer → [their report's pathway (colleagues' summary), readiness case (colleagues' view), a colleague's answer form] */
const FEEDBACK_MATRIX: Array<[Viewer, FeedbackOutcome, FeedbackOutcome, FeedbackOutcome]> = [
  ['person', 'shown', 'shown', 'denied'],
  ['manager', 'shown', 'shown', 'denied'],
  ['other employee', 'denied', 'denied', 'denied'],
  ['former manager', 'denied', 'denied', 'denied'],
  ['admin', 'denied', 'denied', 'denied'],
];

describe('privacy of colleagues’ feedback on signals, by viewer and path', () => {
  let alice: Person;
  let pathwayId: string;
  const requestIds: Record<string, string> = {};

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, { manager: frank });
    pathwayId = (await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } })).id;
    const [signalKey] = await goalSignalKeys(t);
    // Sam answered with his name; Tom and the other employee without (counted together, comments unattributed).
    const answers: Array<[string, boolean, number, string]> = [
      [SAM, true, 3, 'Sam’s named comment'],
      [TOM, false, 2, 'Tom’s unnamed comment'],
      [SLACK_IDS['other employee'], false, 3, 'Eve’s unnamed comment'],
    ];
    for (const [slackUserId, named, rating, comment] of answers) {
      const colleague = await t.db.prisma.person.upsert({
        where: { workspaceId_slackUserId: { workspaceId: alice.workspaceId, slackUserId } },
        create: { workspaceId: alice.workspaceId, slackUserId },
        update: {},
      });
      const request = await t.db.prisma.feedbackRequest.create({
        data: {
          personId: alice.id,
          pathwayId,
          colleagueId: colleague.id,
          signalKeys: [signalKey!],
          named,
          answeredAt: t.clock.now(),
          expiresAt: new Date(t.clock.now().getTime() + 14 * 86_400_000),
          answers: { create: [{ signalKey: signalKey!, rating, comment }] },
        },
      });
      requestIds[slackUserId] = request.id;
    }
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
  });

  async function answerTo(request: { responseUrl?: string | undefined }): Promise<string> {
    const modal = () => t.fake.callsTo('views.open')[0];
    const message = () => t.fake.responses.find((response) => response.url === request.responseUrl);
    await expect.poll(() => modal() ?? message(), { timeout: 3000, interval: 20 }).toBeDefined();
    return JSON.stringify(modal()?.args.view ?? message()?.body);
  }

  it.each(FEEDBACK_MATRIX)(
    '%s: report pathway %s, readiness case %s, Sam’s answer form %s',
    async (viewer, pathway, readinessCase, answerForm) => {
      const userId = SLACK_IDS[viewer];
      const paths: Array<[FeedbackOutcome, string, string, string, string]> = [
        [pathway, TEAM_OPEN_PATHWAY_ACTION, alice.id, 'colleagues: 2 consistent, 1 emerging', DENIED_MESSAGE],
        [readinessCase, READINESS_CASE_ACTION, pathwayId, 'Sam’s named comment', DENIED_MESSAGE],
        [answerForm, FEEDBACK_ANSWER_ACTION, requestIds[SAM]!, FEEDBACK_ANSWER_CALLBACK, FEEDBACK_NOT_YOURS_MESSAGE],
      ];
      for (const [expected, actionId, value, shownText, deniedText] of paths) {
        const request = await t.driver.blockAction({ userId, actionId, value, container: { isEphemeral: true } });
        const text = await answerTo(request);
        if (expected === 'shown') {
          expect(text, actionId).toContain(shownText);
        } else {
          expect(text, actionId).toContain(deniedText.slice(0, 60));
          expect(text, actionId).not.toContain('colleagues:');
          expect(text, actionId).not.toContain('comment');
        }
        // Who wrote an unnamed comment is never said, to anyone.
        expect(text).not.toContain(TOM);
        t.fake.reset();
      }
      expectCleanSlackTraffic(t);
    },
  );

  it('a colleague sees only their own answer, never the others’', async () => {
    const request = await t.driver.blockAction({
      userId: SLACK_IDS['other employee'],
      actionId: FEEDBACK_ANSWER_ACTION,
      value: requestIds[SLACK_IDS['other employee']]!,
      container: { isEphemeral: true },
    });
    const text = await answerTo(request);
    expect(text).toContain(FEEDBACK_ANSWER_CALLBACK);
    expect(text).toContain('Eve’s unnamed comment');
    expect(text).not.toContain('Sam’s named comment');
    expect(text).not.toContain('Tom’s unnamed comment');
    expectCleanSlackTraffic(t);
  });
});

/**
 * Mentorships have their own rule: the mentee and the mentor only. The mentee's
 * manager sees no mentorship (only a logged session in the wins log, without the
 * mentor's name); nobody else sees or acts on it, admins included.
 */
const MIA = 'U0MIA';
type MentorshipViewer = Viewer | 'mentor';
const MENTORSHIP_IDS: Record<MentorshipViewer, string> = { ...SLACK_IDS, mentor: MIA };

/** viewer → [answer "did you meet?", listed in their `/pathway mentor`, end it] */
const MENTORSHIP_MATRIX: Array<[MentorshipViewer, 'shown' | 'denied', boolean, 'shown' | 'denied']> = [
  ['person', 'shown', true, 'shown'],
  ['mentor', 'shown', true, 'shown'],
  ['manager', 'denied', false, 'denied'],
  ['other employee', 'denied', false, 'denied'],
  ['former manager', 'denied', false, 'denied'],
  ['admin', 'denied', false, 'denied'],
];

describe('privacy of mentorships, by viewer and path', () => {
  let alice: Person;
  let mentorshipId: string;

  beforeEach(async () => {
    const { frank, dana } = await resetWithViewers();
    alice = await seedPerson(t, SLACK_IDS.person, { manager: frank, milestones: [{ title: 'Be mentored' }] });
    await linkManager(t.db.prisma, alice.id, dana.id, t.clock.now(), managerNotices);
    const mia = await seedPerson(t, MIA, { pathway: false });
    const row = await t.db.prisma.mentorship.create({
      data: {
        menteeId: alice.id,
        mentorId: mia.id,
        goalRoleKey: 'senior-instructional-designer',
        status: 'active',
        nextCheckInOn: new Date('2027-02-01T00:00:00Z'),
      },
    });
    mentorshipId = row.id;
  });

  async function answerTo(request: { responseUrl?: string | undefined }): Promise<string> {
    await expect
      .poll(() => t.fake.responses.find((response) => response.url === request.responseUrl), {
        timeout: 3000,
        interval: 20,
      })
      .toBeDefined();
    return JSON.stringify(t.fake.responses.find((response) => response.url === request.responseUrl)?.body);
  }

  it.each(MENTORSHIP_MATRIX)('%s: did you meet %s, listed %s, end %s', async (viewer, met, listed, end) => {
    const userId = MENTORSHIP_IDS[viewer];
    const yes = await t.driver.blockAction({
      userId,
      actionId: MENTOR_ACTIONS.metYes,
      value: `${mentorshipId}:2027-01-11:yes`,
      container: { isEphemeral: true },
    });
    const metAnswer = await answerTo(yes);
    if (met === 'shown') expect(metAnswer).toContain('Session logged');
    else expect(metAnswer).toContain(MENTORSHIP_DENIED_MESSAGE.slice(0, 50));
    expect(await t.db.prisma.mentoringSession.count()).toBe(met === 'shown' ? 1 : 0);
    t.fake.reset();

    const list = await t.driver.slashCommand({ userId, text: 'mentor' });
    const listing = await answerTo(list);
    expect(listing.includes('mentors you') || listing.includes('You mentor')).toBe(listed);
    t.fake.reset();

    const ended = await t.driver.blockAction({
      userId,
      actionId: MENTOR_ACTIONS.end,
      value: mentorshipId,
      container: { isEphemeral: true },
    });
    const endAnswer = await answerTo(ended);
    if (end === 'shown') expect(endAnswer).toContain('Ended your mentorship');
    else expect(endAnswer).toContain(MENTORSHIP_DENIED_MESSAGE.slice(0, 50));
    expect((await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).status).toBe(
      end === 'shown' ? 'ended' : 'active',
    );
    expectCleanSlackTraffic(t);
  });

  /** viewer → what "Cancel request" on a request waiting for the mentor does: only the asker withdraws it. */
  const CANCEL_MATRIX: Array<[MentorshipViewer, 'withdrawn' | 'not the asker' | 'denied']> = [
    ['person', 'withdrawn'],
    ['mentor', 'not the asker'],
    ['manager', 'denied'],
    ['other employee', 'denied'],
    ['former manager', 'denied'],
    ['admin', 'denied'],
  ];

  it.each(CANCEL_MATRIX)('%s: cancel a waiting request → %s', async (viewer, outcome) => {
    await t.db.prisma.mentorship.update({
      where: { id: mentorshipId },
      data: { status: 'requested', nextCheckInOn: null },
    });
    const cancel = await t.driver.blockAction({
      userId: MENTORSHIP_IDS[viewer],
      actionId: MENTOR_ACTIONS.cancel,
      value: mentorshipId,
      container: { isEphemeral: true },
    });
    const answer = await answerTo(cancel);
    if (outcome === 'withdrawn') expect(answer).toContain(`Cancelled your request to <@${MIA}>`);
    else if (outcome === 'not the asker') expect(answer).toContain('Only the person who asked can cancel');
    else expect(answer).toContain(MENTORSHIP_DENIED_MESSAGE.slice(0, 50));
    expect((await t.db.prisma.mentorship.findUniqueOrThrow({ where: { id: mentorshipId } })).status).toBe(
      outcome === 'withdrawn' ? 'withdrawn' : 'requested',
    );
    expectCleanSlackTraffic(t);
  });

  it('the mentee’s manager sees a logged session in the wins log, never the mentor’s name', async () => {
    await t.driver.blockAction({
      userId: MIA,
      actionId: MENTOR_ACTIONS.metYes,
      value: `${mentorshipId}:2027-01-11:yes`,
      container: { isEphemeral: true },
    });
    await expect.poll(() => t.db.prisma.evidence.count({ where: { kind: 'mentoring' } }), { timeout: 3000 }).toBe(1);
    const pathway = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } });
    const request = await t.driver.blockAction({
      userId: SLACK_IDS.manager,
      actionId: WINS_ACTIONS.open,
      value: winsValue(pathway.id, 1),
      container: { isEphemeral: true },
    });
    await expect
      .poll(
        () =>
          t.fake.callsTo('views.open')[0] ?? t.fake.responses.find((response) => response.url === request.responseUrl),
        { timeout: 3000 },
      )
      .toBeDefined();
    const shown = JSON.stringify(
      t.fake.callsTo('views.open')[0]?.args.view ??
        t.fake.responses.find((response) => response.url === request.responseUrl)?.body,
    );
    expect(shown).toContain('Mentoring session');
    expect(shown).not.toContain(MIA);
    expectCleanSlackTraffic(t);
  });
});
