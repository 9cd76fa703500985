import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { dateToDb } from '../../../src/domain/dates.js';
import { askPathway, type EphemeralAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { backends } from '../../support/db.js';
import { ladderPathway } from '../../support/ladder.js';

function blockText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`/pathway end to end on ${backend.name}`, () => {
    let t: TestApp;
    useTestApp((app) => (t = app), { backend });

    async function ask(text: string, userId = 'U0ALICE'): Promise<EphemeralAnswer> {
      return askPathway(t, text, { userId, ackWithinMs: 3000 });
    }

    it('welcomes a first-time user and records them, with only valid Web API calls', async () => {
      t.fake.setUser({ id: 'U0ALICE', realName: 'Alice Example', tz: 'America/New_York', email: 'alice@example.com' });
      const body = await ask('');
      expect(body.text).toBe('Welcome to Pathway');
      expect(blockText(body.blocks)).toContain('pick the role you are aiming for');

      const person = await t.db.prisma.person.findFirstOrThrow({
        where: { slackUserId: 'U0ALICE' },
        include: { workspace: true },
      });
      expect(person.workspace.slackTeamId).toBe(t.fake.team.id);
      expect(person.timeZone).toBe('America/New_York');
      expect(person.email).toBe('alice@example.com');
      const framework = await t.db.prisma.frameworkVersion.findFirstOrThrow({
        where: { workspaceId: person.workspaceId },
      });
      expect(framework.version).toBe(1);
      expect(person.workspace.activeFrameworkId).toBe(framework.id);

      // auth.test is Bolt's token check, made once per process.
      expect(t.fake.calls.map((call) => call.method).filter((method) => method !== 'auth.test')).toEqual([
        'users.info',
      ]);
      expect(t.fake.specViolations).toEqual([]);
      expect(t.fake.blockKitViolations).toEqual([]);
    });

    it('shows the goal, progress, the next milestones and what is overdue', async () => {
      await ask(''); // creates the person and the workspace's framework
      const person = await t.db.prisma.person.findFirstOrThrow({
        where: { slackUserId: 'U0ALICE' },
        include: { workspace: true },
      });
      await t.db.prisma.pathway.create({
        data: ladderPathway(person.id, person.workspace.activeFrameworkId!, [
          {
            position: 1,
            title: 'Assess your competencies',
            kind: 'exposure',
            dueDate: dateToDb('2026-12-15'),
            doneAt: new Date('2026-12-10T12:00:00Z'),
          },
          {
            position: 2,
            title: 'Voice your intent to your manager',
            kind: 'mentoring',
            dueDate: dateToDb('2027-01-04'),
          },
          {
            position: 3,
            title: 'Lead a *stakeholder* workshop <!channel>',
            kind: 'project',
            dueDate: dateToDb('2027-03-31'),
          },
        ]),
      });
      const body = await ask('');
      const text = blockText(body.blocks);
      expect(body.text).toBe('Your pathway');
      const shown = [
        'Senior Instructional Designer',
        'a step up from Instructional Designer',
        '1 of 3 milestones done',
        '1 overdue',
        '*overdue* by 7 days',
        '*2.* Voice your intent to your manager',
      ];
      for (const part of shown) expect(text).toContain(part);
      // What a person typed cannot ping a channel or inject formatting.
      expect(text).not.toContain('<!channel>');
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).not.toContain('Assess your competencies');
    });

    it('answers /pathway help short and grouped by what people do, admin commands to admins only', async () => {
      const body = await ask('help');
      const text = blockText(body.blocks);
      for (const usage of ['/pathway add', '/pathway done', '/pathway move', '/pathway checkin', '/pathway export'])
        expect(text).toContain(usage);
      for (const group of [
        '*Your plan*',
        '*Check-ins*',
        '*You and your manager*',
        '*Reminders and celebrations*',
        '*Your data*',
      ])
        expect(text).toContain(group);
      // The order people meet things: the plan, then check-ins, before export and delete.
      expect(text.indexOf('/pathway checkin')).toBeLessThan(text.indexOf('/pathway export'));
      expect(text).not.toContain('e.g.');
      expect(text).not.toContain('/pathway admin');
      expect(text).not.toContain('/pathway report');
      expect(body.blocks.length).toBeLessThanOrEqual(8);

      t.fake.setUser({ id: 'U0ADMIN', isAdmin: true });
      const admin = blockText((await ask('help', 'U0ADMIN')).blocks);
      expect(admin).toContain('*Admins*');
      expect(admin).toContain('/pathway admin');
      expect(admin).toContain('/pathway report');
    });

    it('answers a typo with the closest command alone, and unrelated text with the short help', async () => {
      const body = await ask('promote me now please');
      const text = blockText(body.blocks);
      expect(text).toContain('I don’t know `promote me now please`');
      expect(text).toContain('*Your plan*');
      expect(text).not.toContain('/pathway admin');

      const nearMiss = await ask('dnoe 2');
      const near = blockText(nearMiss.blocks);
      expect(near).toContain('Did you mean `/pathway done');
      expect(near).toContain('For example: `/pathway done 2');
      expect(near).not.toContain('*Your plan*');
      expect(nearMiss.blocks.length).toBe(2);

      expect(blockText((await ask('chekin')).blocks)).toContain('Did you mean `/pathway checkin`');
    });

    it('answers a malformed subcommand with the exact form to type', async () => {
      const body = await ask('add Lead a workshop by the twelfth of never');
      const text = blockText(body.blocks);
      expect(text).toContain('Type it like this: `/pathway add <title> by <date>`');
      expect(text).toContain('I could not read \\"the twelfth of never\\" as a date');
    });

    it('apologises with a reference id when something unexpected fails', async () => {
      t.fake.setUser({ id: 'U0BOB', tz: 'Europe/Paris' });
      await ask('', 'U0BOB');
      await t.db.prisma.$executeRawUnsafe('ALTER TABLE "Pathway" RENAME TO "PathwayBroken"');
      try {
        const body = await ask('', 'U0BOB');
        expect(body.text).toMatch(/Sorry, something went wrong on our side.*reference [0-9A-F]{8}/);
      } finally {
        await t.db.prisma.$executeRawUnsafe('ALTER TABLE "PathwayBroken" RENAME TO "Pathway"');
      }
    });

    describe('requests Slack did not sign', () => {
      it.each([
        ['a wrong signature', () => t.driver.postWithBadSignature()],
        ['no signature', () => t.driver.postWithoutSignature()],
        ['a timestamp over 5 minutes old', () => t.driver.postWithStaleTimestamp()],
      ])('rejects %s with 401 and changes nothing', async (_name, send) => {
        const before = await t.db.prisma.person.count();
        const result = await send();
        expect(result.status).toBe(401);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await t.db.prisma.person.count()).toBe(before);
        expect(t.fake.calls).toEqual([]);
        expect(t.fake.responses).toEqual([]);
      });
    });
  });
}
