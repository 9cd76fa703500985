import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DATA_DELETE_ACTION_ID,
  DATA_DELETE_BLOCK_ID,
  DATA_DELETE_CALLBACK_ID,
} from '../../../src/blocks/data-rights.js';
import { ensureWorkspace } from '../../../src/services/people.js';
import type { ViewAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import {
  BUSY,
  CHANNEL,
  MENTEE,
  MENTOR,
  rowsMentioning,
  type SeededPerson,
  seedPersonWithData,
} from '../../support/people-data.js';
import { openedView } from '../../support/slack-ui.js';

const SUBJECT = 'U0ALICE';
const MANAGER = 'U0BOB';
const REPORT = 'U0CAROL';
const WAIT = 10_000;

describe('/pathway export and /pathway delete', () => {
  let t: TestApp;
  let seeded: SeededPerson;
  useTestApp((app) => (t = app));
  beforeEach(async () => {
    t.fake.setUser({ id: SUBJECT, email: 'subject@example.com' });
    const workspace = await ensureWorkspace(t.db.prisma, t.fake.team.id);
    seeded = await seedPersonWithData(t.db, t.fake, workspace.id, {
      subject: SUBJECT,
      manager: MANAGER,
      report: REPORT,
    });
  });

  it('sends the person everything held about them as JSON in their DM, and nothing about anyone else', async () => {
    const request = await t.driver.slashCommand({ userId: SUBJECT, text: 'export' });
    const answer = (await t.responseTo(request, WAIT)).body as { text: string; blocks: unknown };
    expectValidBlocks(answer.blocks, 'message');
    expect(answer.text).toContain('in your DM');

    const complete = await t.fake.waitForCall('files.completeUploadExternal', undefined, WAIT);
    expect(complete.args.channel_id).toBe(t.fake.dmChannelFor(SUBJECT));
    const upload = t.fake.uploads.find((file) => file.filename.endsWith('.json'));
    const text = upload!.bytes.toString('utf8');
    const data = JSON.parse(text) as {
      profile: { slackUserId: string; email: string; team: string; manager: string; mutedKinds: string[] };
      pathways: Array<{ goalRoleKey: string; milestones: Array<{ title: string; evidence: string | null }> }>;
      checkIns: Array<{
        managerComment: string;
        ratings: Array<{ selfRating: number; example: string; managerRating: number }>;
      }>;
      celebrations: Array<{ achievement: string }>;
      messages: Array<{ kind: string }>;
      adminActions: Array<{ action: string }>;
      evidence: Array<{ kind: string; text: string; author: string | null }>;
      milestoneSuggestions: Array<{ title: string; manager: string | null }>;
      developmentConversations: Array<{
        status: string;
        manager: string | null;
        notes: string | null;
        agenda: Array<{ text: string; addedBy: string | null }>;
        agreedActions: Array<{ owner: string; title: string }>;
      }>;
      competencyAssessments: Array<{ goalRoleKey: string; competencyKey: string; rating: number; note: string | null }>;
      feedbackRequested: Array<{ colleague: string | null; signalKeys: string[]; state: string }>;
      feedbackReceived: Array<Record<string, unknown>>;
      feedbackGiven: Array<{ askedBy: string; shownWithYourName: boolean; answers: Array<{ comment: string | null }> }>;
      thanksGiven: Array<{ to: string; text: string }>;
      mentorOffer: { roleKeys: string[]; signalKeys: string[]; capacity: number; status: string } | null;
      mentorships: Array<{
        role: string;
        other: string | null;
        status: string;
        sessions: Array<{ loggedBy: string | null }>;
      }>;
    };
    expect(data.mentorOffer).toMatchObject({
      roleKeys: ['instructional-designer'],
      signalKeys: ['impact-beyond-role'],
      capacity: 2,
      status: 'active',
    });
    const mentorships = data.mentorships.map((row) => [
      row.role,
      row.other,
      row.status,
      row.sessions.map((session) => session.loggedBy),
    ]);
    expect(mentorships).toHaveLength(3);
    expect(mentorships).toEqual(
      expect.arrayContaining([
        ['mentee', MENTOR, 'active', [MENTOR]],
        // Even in the export, a mentor who declined is only "not available".
        ['mentee', BUSY, 'not available', []],
        ['mentor', MENTEE, 'active', ['you']],
      ]),
    );
    expect(text).not.toContain('declined');
    expect(data.competencyAssessments).toEqual([
      expect.objectContaining({
        goalRoleKey: 'senior-instructional-designer',
        competencyKey: 'craft',
        rating: 3,
        note: 'Subject’s competency note',
      }),
    ]);
    expect(text).not.toContain('Report’s competency note');
    expect(data.profile).toMatchObject({
      slackUserId: SUBJECT,
      email: 'subject@example.com',
      team: 'Learning',
      manager: MANAGER,
      mutedKinds: ['manager_digest'],
    });
    expect(data.pathways[0]!.goalRoleKey).toBe('senior-instructional-designer');
    expect(data.pathways[0]!.milestones.map((m) => m.title)).toEqual(['Subject’s workshop', 'Subject’s course']);
    expect(data.pathways[0]!.milestones[0]!.evidence).toBe('ran it with sales');
    expect(data.checkIns[0]).toMatchObject({
      managerComment: 'Manager says: great progress',
      ratings: [{ selfRating: 3, example: 'Subject’s example', managerRating: 2 }],
    });
    expect(data.celebrations.map((c) => c.achievement)).toEqual(['Subject’s workshop']);
    expect(data.messages.map((m) => m.kind)).toEqual(['milestone_nudge']);
    expect(data.adminActions.map((a) => a.action)).toEqual(['settings.update']);
    expect(data.evidence.map((e) => [e.kind, e.text, e.author])).toEqual([
      ['message', 'Subject’s saved message', 'you'],
      ['comment', 'Manager’s comment on the workshop', MANAGER],
      ['thanks', 'Manager’s thanks for the workshop', MANAGER],
      ['mentoring', 'Met my mentor', MENTOR],
    ]);
    // Feedback: whom they asked (an answer given without a name stays held back, as on screen), and their own answers.
    expect(data.feedbackRequested).toEqual([
      expect.objectContaining({ colleague: MANAGER, signalKeys: ['impact-beyond-role'], state: 'answered' }),
    ]);
    expect(data.feedbackReceived).toEqual([
      { signalKey: 'impact-beyond-role', named: [], together: [], togetherComments: [], heldBack: 1 },
    ]);
    expect(text).not.toContain('Manager’s anonymous view');
    expect(
      data.feedbackGiven.map((given) => [given.askedBy, given.shownWithYourName, given.answers.map((a) => a.comment)]),
    ).toEqual([
      [MANAGER, true, ['Subject’s named answer']],
      [MANAGER, false, ['Subject’s anonymous answer']],
    ]);
    expect(data.thanksGiven).toEqual([
      expect.objectContaining({ to: MANAGER, text: 'Thanks from the subject for the spreadsheet help' }),
    ]);
    expect(data.milestoneSuggestions.map((s) => [s.title, s.manager])).toEqual([['Suggested to the subject', MANAGER]]);
    expect(data.developmentConversations).toEqual([
      expect.objectContaining({
        status: 'held',
        manager: MANAGER,
        notes: 'Subject’s private conversation notes',
        agenda: [
          expect.objectContaining({ text: 'Subject’s agenda item', addedBy: 'you' }),
          expect.objectContaining({ text: 'Manager’s agenda item', addedBy: MANAGER }),
        ],
        agreedActions: [expect.objectContaining({ owner: 'manager', title: 'Manager’s to-do for the subject' })],
      }),
    ]);
    // The conversation the subject led for their report is the report's, not theirs.
    expect(text).not.toContain('for the budget');
    // What the subject wrote or confirmed about their report is the report's.
    expect(text).not.toContain('Suggested by the subject');
    expect(text).not.toContain('Well done, thanks to');
    expect(text).not.toContain('Report’s milestone');

    // Nothing about the manager or the report beyond the manager's Slack id.
    expect(text).not.toContain(REPORT);
    expect(text).not.toContain('The Report');
    expect(text).not.toContain('Report’s own example');
    expect(text).not.toContain('The Manager');
    const others = await t.db.prisma.person.findMany({ where: { slackUserId: { in: [MANAGER, REPORT] } } });
    for (const other of others) expect(text).not.toContain(other.id);
    expect(t.fake.specViolations).toEqual([]);
  });

  async function openDelete(): Promise<string> {
    await t.driver.slashCommand({ userId: SUBJECT, text: 'delete' });
    const opened = await t.fake.waitForCall('views.open', undefined, WAIT);
    expectValidView(opened.args.view);
    expect((opened.args.view as ModalView).callback_id).toBe(DATA_DELETE_CALLBACK_ID);
    return openedView(opened).id;
  }

  async function submitDelete(viewId: string, typed: string): Promise<ViewAnswer> {
    const result = await t.driver.viewSubmission({
      userId: SUBJECT,
      callbackId: DATA_DELETE_CALLBACK_ID,
      viewId,
      values: { [DATA_DELETE_BLOCK_ID]: { [DATA_DELETE_ACTION_ID]: { type: 'plain_text_input', value: typed } } },
    });
    expect(result.ackMs).toBeLessThan(3000);
    return result.body as ViewAnswer;
  }

  it('asks for the confirmation word and erases nothing without it', async () => {
    const viewId = await openDelete();
    const answer = await submitDelete(viewId, 'yes');
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.[DATA_DELETE_BLOCK_ID]).toContain('Type delete');
    expect(await rowsMentioning(t.db, [SUBJECT])).not.toEqual([]);
    expect(await t.db.prisma.person.count({ where: { slackUserId: SUBJECT } })).toBe(1);
    expect(t.fake.callsTo('chat.delete')).toEqual([]);
  });

  it('erases the person: no row of any table names them, their celebration post is gone, others keep their data', async () => {
    expect((await rowsMentioning(t.db, seeded.ids)).length).toBeGreaterThan(10);
    // A request the subject withdrew goes too (it only steered suggestions).
    const mentorRow = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: MENTOR } });
    const withdrawn = await t.db.prisma.mentorship.create({
      data: {
        menteeId: seeded.ids[0]!,
        mentorId: mentorRow.id,
        goalRoleKey: 'senior-instructional-designer',
        status: 'withdrawn',
      },
    });
    const viewId = await openDelete();
    const answer = await submitDelete(viewId, ' Delete ');
    expect(answer.response_action).toBe('update');
    const done = await t.fake.waitForCall('views.update', undefined, WAIT);
    expectValidView(done.args.view);
    expect(JSON.stringify(done.args.view)).toContain('everything Pathway held about you is erased');

    expect(await rowsMentioning(t.db, seeded.ids)).toEqual([]);
    const deleted = t.fake.callsTo('chat.delete');
    expect(deleted.map((call) => [call.args.channel, call.args.ts])).toEqual([[CHANNEL, seeded.postTs]]);
    expect(t.fake.messagesIn(CHANNEL)).toEqual([]);

    const report = await t.db.prisma.person.findFirstOrThrow({
      where: { slackUserId: REPORT },
      include: { checkIns: { include: { ratings: true } } },
    });
    expect(report.managerId).toBeNull();
    expect(report.checkIns).toHaveLength(1);
    expect(report.checkIns[0]!.calibratedById).toBeNull();
    expect(report.checkIns[0]!.ratings[0]!.example).toBe('Report’s own example');
    expect(await t.db.prisma.competencyAssessment.findMany({ select: { note: true } })).toEqual([
      { note: 'Report’s competency note' },
    ]);
    // The report keeps the evidence, suggestion and confirmed move the subject gave them, no longer naming the subject.
    const kept = await t.db.prisma.pathway.findFirstOrThrow({
      where: { personId: report.id },
      include: { evidence: true, suggestions: true },
    });
    expect(kept).toMatchObject({ status: 'reached', goalProposedById: report.id, goalConfirmedById: null });
    expect(kept.evidence.map((e) => [e.text, e.authorId])).toEqual([['Well done, thanks to <@erased-user>', null]]);
    expect(kept.suggestions.map((s) => [s.title, s.managerId])).toEqual([['Suggested by the subject', null]]);
    // The report keeps the conversation the subject led, no longer naming them.
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({
      where: { personId: report.id },
      include: { agendaItems: true },
    });
    expect([conversation.managerId, conversation.notes]).toEqual([null, 'Ask <@erased-user> for the budget']);
    expect(conversation.agendaItems.map((item) => [item.text, item.authorId])).toEqual([
      ['Item from <@erased-user>', null],
    ]);
    // Mentorships end; the other side keeps theirs (and the sessions) without the subject; the decline is gone.
    const mentorships = await t.db.prisma.mentorship.findMany({ include: { sessions: true } });
    expect(mentorships).toHaveLength(2);
    expect(mentorships.some((row) => row.id === withdrawn.id)).toBe(false);
    const mentored = mentorships.find((row) => row.id === seeded.mentoring.mentoredId)!;
    const mentoring = mentorships.find((row) => row.id === seeded.mentoring.mentoringId)!;
    expect([mentored.status, mentored.menteeId, mentored.mentorId !== null, mentored.nextCheckInOn]).toEqual([
      'ended',
      null,
      true,
      null,
    ]);
    expect(mentored.sessions.map((session) => [session.loggedById !== null, session.evidenceId])).toEqual([
      [true, null],
    ]);
    expect([mentoring.status, mentoring.menteeId !== null, mentoring.mentorId]).toEqual(['ended', true, null]);
    expect(mentoring.sessions.map((session) => session.loggedById)).toEqual([null]);
    expect(await t.db.prisma.mentorOffer.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count({ where: { recipient: MENTOR } })).toBe(0);
    expect(await t.db.prisma.person.count({ where: { slackUserId: MANAGER } })).toBe(1);
    // Feedback the subject gave their manager: the named answer is gone; the one without a name stays, anonymous.
    const feedback = await t.db.prisma.feedbackRequest.findMany({ include: { answers: true } });
    expect(
      feedback.map((request) => [request.colleagueId, request.named, request.answers.map((answer) => answer.comment)]),
    ).toEqual([[null, false, ['Subject’s anonymous answer']]]);
    // Their thanks stays in the manager's wins log, no longer naming them.
    expect(
      await t.db.prisma.evidence.findMany({ where: { kind: 'thanks' }, select: { text: true, authorId: true } }),
    ).toEqual([{ text: 'Thanks from the subject for the spreadsheet help', authorId: null }]);
    expect(await t.db.prisma.outboxMessage.count({ where: { recipient: REPORT } })).toBe(1);
    expect(await t.db.prisma.auditLog.count()).toBe(1);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('erases nothing when a post about the person cannot be deleted, and says so', async () => {
    t.fake.failNext('chat.delete', { error: 'cant_delete_message' });
    const viewId = await openDelete();
    await submitDelete(viewId, 'delete');
    const failed = await t.fake.waitForCall('views.update', undefined, WAIT);
    expect(JSON.stringify(failed.args.view)).toContain('nothing was deleted');
    expect(await t.db.prisma.person.count({ where: { slackUserId: SUBJECT } })).toBe(1);
    expect(await t.db.prisma.pathway.count({ where: { personId: seeded.person.id } })).toBe(1);
  });
});
