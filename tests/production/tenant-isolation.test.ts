/**
 * One app serves many workspaces: people of workspace B try to act on the
 * data of workspace A (same Slack user id in both, and A's row ids in button
 * values). Every attempt is refused and nothing of A's changes.
 */
import { describe, expect, it } from 'vitest';
import { CONSENT_ACTION_PREFIX, REMOVE_ACTION } from '../../src/blocks/celebrations.js';
import { TEAM_OPEN_PATHWAY_ACTION } from '../../src/blocks/team.js';
import { ensureMember } from '../../src/services/people.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';

const TEAM_A = 'T0AAAAAA';
const TEAM_B = 'T0BBBBBB';

describe('tenant isolation', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  /** Carol of workspace A with a pathway, two milestones and a celebration waiting for her consent. */
  async function seedTeamA() {
    const prisma = t.db.prisma;
    const { workspace, person } = await ensureMember(prisma, { teamId: TEAM_A, userId: 'U0CAROL' });
    const boss = await ensureMember(prisma, { teamId: TEAM_A, userId: 'U0BOSS' });
    await prisma.person.update({ where: { id: person.id }, data: { managerId: boss.person.id } });
    const pathway = await prisma.pathway.create({
      data: {
        personId: person.id,
        activeForPersonId: person.id,
        frameworkVersionId: workspace.activeFrameworkId ?? '',
        fromRoleKey: 'instructional-designer',
        goalRoleKey: 'senior-instructional-designer',
        moveKind: 'ladder',
        targetDate: new Date('2027-06-30'),
        milestones: {
          create: [
            { position: 1, title: 'A secret milestone', dueDate: new Date('2027-02-01') },
            { position: 2, title: 'Another', dueDate: new Date('2027-03-01') },
          ],
        },
      },
      include: { milestones: true },
    });
    const celebration = await prisma.celebration.create({
      data: {
        workspaceId: workspace.id,
        personId: person.id,
        kind: 'milestone',
        subjectKey: `milestone:${pathway.milestones[0]?.id}`,
        achievement: 'A secret milestone',
      },
    });
    return { workspace, person, pathway, celebration };
  }

  async function snapshotOfA() {
    const workspace = await t.db.prisma.workspace.findUniqueOrThrow({
      where: { slackTeamId: TEAM_A },
      include: { people: { include: { pathways: { include: { milestones: true } } } }, outbox: true },
    });
    const celebrations = await t.db.prisma.celebration.findMany({ where: { workspaceId: workspace.id } });
    return JSON.stringify({ workspace, celebrations });
  }

  it('the same Slack user id in workspace B does not reach workspace A’s pathway through /pathway', async () => {
    await seedTeamA();
    const before = await snapshotOfA();
    for (const text of ['done 1 did it', 'move 1 to 2027-05-01', '']) {
      const request = await t.driver.slashCommand({ userId: 'U0CAROL', teamId: TEAM_B, text });
      expect(request.status).toBe(200);
      const answer = JSON.stringify((await t.responseTo(request, 10_000)).body);
      expect(answer).not.toContain('A secret milestone');
    }
    expect(await snapshotOfA()).toBe(before);
    const carolB = await t.db.prisma.person.findFirstOrThrow({
      where: { slackUserId: 'U0CAROL', workspace: { slackTeamId: TEAM_B } },
    });
    expect(await t.db.prisma.pathway.count({ where: { personId: carolB.id } })).toBe(0);
  });

  it('celebration buttons carrying workspace A’s ids are refused for workspace B', async () => {
    const { celebration } = await seedTeamA();
    const before = await snapshotOfA();
    for (const actionId of [`${CONSENT_ACTION_PREFIX}always`, `${CONSENT_ACTION_PREFIX}once`, REMOVE_ACTION]) {
      const request = await t.driver.blockAction({
        userId: 'U0CAROL',
        teamId: TEAM_B,
        actionId,
        value: celebration.id,
      });
      expect(request.status).toBe(200);
      const answer = JSON.stringify((await t.responseTo(request, 10_000)).body);
      expect(answer).toContain('belongs to someone else');
    }
    expect(await snapshotOfA()).toBe(before);
    expect(t.fake.callsTo('chat.delete')).toEqual([]);
    expect(t.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('a manager in workspace B cannot open the pathway of a person of workspace A by id', async () => {
    const { person } = await seedTeamA();
    const before = await snapshotOfA();
    const request = await t.driver.blockAction({
      userId: 'U0BOSS',
      teamId: TEAM_B,
      actionId: TEAM_OPEN_PATHWAY_ACTION,
      value: person.id,
    });
    expect(request.status).toBe(200);
    const answer = JSON.stringify((await t.responseTo(request, 10_000)).body);
    expect(answer).not.toContain('A secret milestone');
    expect(
      t.fake.callsTo('views.open').filter((call) => JSON.stringify(call.args).includes('A secret milestone')),
    ).toEqual([]);
    expect(await snapshotOfA()).toBe(before);
    expect(t.fake.specViolations).toEqual([]);
  });
});
