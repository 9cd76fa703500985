/**
 * Seeding a person with data in every table that can hold something about
 * them, and finding any row left that still names them: used by the
 * export, delete and retention tests.
 */

import type { FakeSlack } from '@pathway/fake-slack';
import { WebClient } from '@slack/web-api';
import { expect } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { dateToDb } from '../../src/domain/dates.js';
import type { Person } from '../../src/generated/prisma/client.js';
import { ladderPathway } from './ladder.js';

export const CHANNEL = 'C0WINS';

export interface SeededPerson {
  person: Person;
  /** Every id (and the Slack user id) under which something about the person is stored. */
  ids: string[];
  /** The celebration post in CHANNEL. */
  postTs: string;
  /** The mentorship where the subject is mentored (by MENTOR), and the one where they mentor (MENTEE). */
  mentoring: { mentoredId: string; mentoringId: string };
}

/** The subject's mentor, their mentee, and someone who declined to mentor them. */
export const MENTOR = 'U0MENTOR';
export const MENTEE = 'U0MENTEE';
export const BUSY = 'U0BUSY';

/**
 * `subject` with a pathway, milestones, a calibrated check-in, a celebration
 * posted in a channel, messages, a manager request, an audit row; their
 * manager `manager`, and `report` whose check-in the subject calibrated.
 */
export async function seedPersonWithData(
  db: Database,
  fake: FakeSlack,
  workspaceId: string,
  names: { subject: string; manager: string; report: string },
): Promise<SeededPerson> {
  const prisma = db.prisma;
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const frameworkVersionId = workspace.activeFrameworkId!;
  const manager = await prisma.person.create({
    data: { workspaceId, slackUserId: names.manager, displayName: 'The Manager' },
  });
  const person = await prisma.person.create({
    data: {
      workspaceId,
      slackUserId: names.subject,
      displayName: 'The Subject',
      email: 'subject@example.com',
      team: 'Learning',
      managerId: manager.id,
      mutedKinds: ['manager_digest'],
    },
  });
  const report = await prisma.person.create({
    data: { workspaceId, slackUserId: names.report, displayName: 'The Report', managerId: person.id },
  });

  const pathway = await prisma.pathway.create({
    data: ladderPathway(person.id, frameworkVersionId, [
      {
        position: 1,
        title: 'Subject’s workshop',
        dueDate: dateToDb('2027-01-05'),
        doneAt: new Date('2027-01-04T10:00:00Z'),
        evidence: 'ran it with sales',
      },
      { position: 2, title: 'Subject’s course', dueDate: dateToDb('2027-03-01') },
    ]),
    include: { milestones: true },
  });
  const checkIn = await prisma.checkIn.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      frameworkVersionId,
      goalRoleKey: 'senior-instructional-designer',
      managerComment: 'Manager says: great progress',
      calibratedAt: new Date('2027-01-06T10:00:00Z'),
      calibratedById: manager.id,
      ratings: {
        create: [{ signalKey: 'impact-beyond-role', selfRating: 3, example: 'Subject’s example', managerRating: 2 }],
      },
    },
  });
  await prisma.checkIn.create({
    data: {
      personId: report.id,
      frameworkVersionId,
      goalRoleKey: 'senior-instructional-designer',
      calibratedById: person.id,
      calibratedAt: new Date('2027-01-07T10:00:00Z'),
      ratings: { create: [{ signalKey: 'impact-beyond-role', selfRating: 2, example: 'Report’s own example' }] },
    },
  });
  const milestone = pathway.milestones[0]!;
  const celebration = await prisma.celebration.create({
    data: {
      workspaceId,
      personId: person.id,
      kind: 'milestone',
      subjectKey: `milestone:${milestone.id}`,
      achievement: milestone.title,
      channelId: CHANNEL,
      status: 'queued',
      queuedAt: new Date(),
    },
  });

  // The post itself, as the sender made it: in the fake's channel, with its ts kept on the outbox row.
  const web = new WebClient(fake.bot.token, { slackApiUrl: fake.url });
  const posted = await web.chat.postMessage({
    channel: CHANNEL,
    text: `:tada: <@${names.subject}> finished ${milestone.title}`,
  });
  await prisma.outboxMessage.createMany({
    data: [
      {
        workspaceId,
        dedupeKey: `celebrate:${celebration.subjectKey}`,
        kind: 'celebration',
        recipient: CHANNEL,
        payload: { text: `:tada: <@${names.subject}> finished` },
        notBefore: new Date(),
        status: 'sent',
        slackTs: posted.ts ?? null,
      },
      {
        workspaceId,
        dedupeKey: `nudge:${pathway.milestones[1]!.id}:before:2027-02-22`,
        kind: 'milestone_nudge',
        recipient: names.subject,
        payload: { text: 'Your course is due soon' },
        notBefore: new Date(),
      },
      {
        workspaceId,
        dedupeKey: `digest:${manager.id}:2027-W02`,
        kind: 'manager_digest',
        recipient: names.manager,
        payload: { text: `<@${names.subject}> is on track` },
        notBefore: new Date(),
      },
      {
        workspaceId,
        dedupeKey: `digest:${report.id}:2027-W02`,
        kind: 'checkin_reminder',
        recipient: names.report,
        payload: { text: 'Time for a check-in' },
        notBefore: new Date(),
      },
    ],
  });
  await prisma.managerRequest.create({
    data: { personId: report.id, managerId: person.id, status: 'accepted', decidedAt: new Date() },
  });

  // Evidence and suggestions: about the subject (their own saved message, their manager's comment and
  // suggestion), and by the subject about their report (a comment, a suggestion, a goal move they confirmed).
  const saved = await prisma.evidence.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      kind: 'message',
      text: 'Subject’s saved message',
      link: 'https://example.slack.com/archives/C1/p1',
      authorId: person.id,
    },
  });
  const managerComment = await prisma.evidence.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      milestoneId: milestone.id,
      kind: 'comment',
      text: 'Manager’s comment on the workshop',
      authorId: manager.id,
    },
  });
  const suggestionReceived = await prisma.milestoneSuggestion.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      managerId: manager.id,
      title: 'Suggested to the subject',
      dueDate: dateToDb('2027-04-01'),
    },
  });
  const reportPathway = await prisma.pathway.create({
    data: {
      personId: report.id,
      frameworkVersionId,
      fromRoleKey: 'instructional-designer',
      goalRoleKey: 'senior-instructional-designer',
      moveKind: 'ladder',
      targetDate: dateToDb('2026-12-31'),
      status: 'reached',
      endedAt: new Date('2027-01-02T10:00:00Z'),
      goalProposedAt: new Date('2027-01-01T10:00:00Z'),
      goalProposedById: report.id,
      goalConfirmedAt: new Date('2027-01-02T10:00:00Z'),
      goalConfirmedById: person.id,
      milestones: { create: [{ position: 1, title: 'Report’s milestone', dueDate: dateToDb('2026-12-01') }] },
    },
    include: { milestones: true },
  });
  await prisma.evidence.create({
    data: {
      personId: report.id,
      pathwayId: reportPathway.id,
      milestoneId: reportPathway.milestones[0]!.id,
      kind: 'comment',
      text: `Well done, thanks to <@${names.subject}>`,
      authorId: person.id,
    },
  });
  await prisma.milestoneSuggestion.create({
    data: {
      personId: report.id,
      pathwayId: reportPathway.id,
      managerId: person.id,
      title: 'Suggested by the subject',
      dueDate: dateToDb('2026-11-01'),
    },
  });
  await prisma.auditLog.create({
    data: {
      workspaceId,
      actorSlackUserId: names.subject,
      action: 'settings.update',
      detail: { changes: [], by: names.subject },
    },
  });

  // Development conversations: one about the subject with their manager (agenda, notes, an agreed action, a
  // reminder queued), and one the subject led as their report's manager, naming them in an item and the notes.
  const conversation = await prisma.conversation.create({
    data: {
      personId: person.id,
      managerId: manager.id,
      origin: 'person',
      status: 'held',
      scheduledOn: dateToDb('2027-01-08'),
      heldAt: new Date('2027-01-08T10:00:00Z'),
      notes: 'Subject’s private conversation notes',
      agendaItems: {
        create: [
          { authorId: person.id, text: 'Subject’s agenda item' },
          { authorId: manager.id, text: 'Manager’s agenda item' },
        ],
      },
      actions: {
        create: [{ owner: 'manager', title: 'Manager’s to-do for the subject', dueDate: dateToDb('2027-01-20') }],
      },
    },
    include: { agendaItems: true, actions: true },
  });
  await prisma.outboxMessage.create({
    data: {
      workspaceId,
      dedupeKey: `conversation-todo:${conversation.actions[0]!.id}:2027-01-20`,
      kind: 'conversation-todo',
      recipient: names.manager,
      payload: { text: 'A to-do' },
      notBefore: new Date(),
    },
  });
  await prisma.conversation.create({
    data: {
      personId: report.id,
      managerId: person.id,
      origin: 'manager',
      scheduledOn: dateToDb('2027-02-01'),
      notes: `Ask <@${names.subject}> for the budget`,
      agendaItems: { create: [{ authorId: person.id, text: `Item from <@${names.subject}>` }] },
    },
  });

  // Competency self-assessments: the subject's own, and the report's (which the subject's erasure leaves alone).
  const assessment = await prisma.competencyAssessment.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      frameworkVersionId,
      goalRoleKey: 'senior-instructional-designer',
      competencyKey: 'craft',
      rating: 3,
      note: 'Subject’s competency note',
    },
  });
  await prisma.competencyAssessment.create({
    data: {
      personId: report.id,
      frameworkVersionId,
      goalRoleKey: 'senior-instructional-designer',
      competencyKey: 'craft',
      rating: 2,
      note: 'Report’s competency note',
    },
  });

  // Feedback and thanks: the subject asked their manager about a signal (answered without a name, so held
  // back); the manager, on their own pathway, asked the subject twice (one answer named, one not); thanks both ways.
  const managerPathway = await prisma.pathway.create({
    data: {
      personId: manager.id,
      activeForPersonId: manager.id,
      frameworkVersionId,
      fromRoleKey: 'senior-instructional-designer',
      goalRoleKey: 'learning-experience-designer',
      moveKind: 'lattice',
      targetDate: dateToDb('2027-12-31'),
    },
  });
  const asked = await prisma.feedbackRequest.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      colleagueId: manager.id,
      signalKeys: ['impact-beyond-role'],
      answeredAt: new Date('2027-01-09T10:00:00Z'),
      expiresAt: new Date('2027-01-20T10:00:00Z'),
      answers: { create: [{ signalKey: 'impact-beyond-role', rating: 3, comment: 'Manager’s anonymous view' }] },
    },
  });
  const namedAnswer = await prisma.feedbackRequest.create({
    data: {
      personId: manager.id,
      pathwayId: managerPathway.id,
      colleagueId: person.id,
      signalKeys: ['impact-beyond-role'],
      named: true,
      answeredAt: new Date('2027-01-09T10:00:00Z'),
      expiresAt: new Date('2027-01-20T10:00:00Z'),
      answers: { create: [{ signalKey: 'impact-beyond-role', rating: 2, comment: 'Subject’s named answer' }] },
    },
  });
  await prisma.feedbackRequest.create({
    data: {
      personId: manager.id,
      pathwayId: managerPathway.id,
      colleagueId: person.id,
      signalKeys: ['systems-thinking'],
      answeredAt: new Date('2027-01-10T10:00:00Z'),
      expiresAt: new Date('2027-01-21T10:00:00Z'),
      answers: { create: [{ signalKey: 'systems-thinking', rating: null, comment: 'Subject’s anonymous answer' }] },
    },
  });
  const thanked = await prisma.evidence.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      kind: 'thanks',
      text: 'Manager’s thanks for the workshop',
      authorId: manager.id,
    },
  });
  await prisma.evidence.create({
    data: {
      personId: manager.id,
      pathwayId: managerPathway.id,
      kind: 'thanks',
      text: 'Thanks from the subject for the spreadsheet help',
      authorId: person.id,
    },
  });
  // Mentoring: the subject's offer; the subject mentored by U0MENTOR (a session logged as evidence on the
  // subject's pathway, a "did you meet?" queued for the mentor), mentoring U0MENTEE (a session they logged),
  // and once declined by U0BUSY. The mentors and mentee keep their side; the decline goes.
  const offer = await prisma.mentorOffer.create({
    data: {
      personId: person.id,
      roleKeys: ['instructional-designer'],
      signalKeys: ['impact-beyond-role'],
      capacity: 2,
    },
  });
  const [mentor, mentee, busy] = await Promise.all(
    [MENTOR, MENTEE, BUSY].map((slackUserId) =>
      prisma.person.create({ data: { workspaceId, slackUserId, currentRoleKey: 'senior-instructional-designer' } }),
    ),
  );
  const mentored = await prisma.mentorship.create({
    data: {
      menteeId: person.id,
      mentorId: mentor!.id,
      goalRoleKey: 'senior-instructional-designer',
      status: 'active',
      groupChannelId: 'G0MENTORS',
      nextCheckInOn: dateToDb('2027-02-01'),
    },
  });
  const sessionEvidence = await prisma.evidence.create({
    data: {
      personId: person.id,
      pathwayId: pathway.id,
      kind: 'mentoring',
      text: 'Met my mentor',
      authorId: mentor!.id,
    },
  });
  await prisma.mentoringSession.create({
    data: {
      mentorshipId: mentored.id,
      dueOn: dateToDb('2027-01-11'),
      loggedById: mentor!.id,
      evidenceId: sessionEvidence.id,
    },
  });
  await prisma.outboxMessage.create({
    data: {
      workspaceId,
      dedupeKey: `mentor-checkin:${mentored.id}:${MENTOR}:2027-02-01`,
      kind: 'mentor-checkin',
      recipient: MENTOR,
      payload: { text: `Did you meet your mentee <@${names.subject}> recently?` },
      notBefore: new Date(),
    },
  });
  const mentoring = await prisma.mentorship.create({
    data: {
      menteeId: mentee!.id,
      mentorId: person.id,
      goalRoleKey: 'instructional-designer',
      status: 'active',
      cadenceWeeks: 4,
    },
  });
  await prisma.mentoringSession.create({
    data: { mentorshipId: mentoring.id, dueOn: dateToDb('2027-01-04'), loggedById: person.id },
  });
  const declined = await prisma.mentorship.create({
    data: { menteeId: person.id, mentorId: busy!.id, goalRoleKey: 'senior-instructional-designer', status: 'declined' },
  });

  return {
    person,
    mentoring: { mentoredId: mentored.id, mentoringId: mentoring.id },
    postTs: posted.ts!,
    ids: [
      person.id,
      names.subject,
      pathway.id,
      ...pathway.milestones.map((m) => m.id),
      checkIn.id,
      celebration.id,
      saved.id,
      managerComment.id,
      suggestionReceived.id,
      conversation.id,
      ...conversation.agendaItems.map((item) => item.id),
      ...conversation.actions.map((action) => action.id),
      assessment.id,
      asked.id,
      namedAnswer.id,
      thanked.id,
      offer.id,
      sessionEvidence.id,
      declined.id,
    ],
  };
}

/** "table: row" for every row of every application table whose JSON contains one of `ids`. */
export async function rowsMentioning(db: Database, ids: string[]): Promise<string[]> {
  const tables = await db.prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  expect(tables.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const { tablename } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<Array<{ row: string }>>(
      `SELECT row_to_json(t)::text AS row FROM "${tablename}" t`,
    );
    for (const { row } of rows) {
      if (ids.some((id) => row.includes(id))) found.push(`${tablename}: ${row}`);
    }
  }
  return found;
}
