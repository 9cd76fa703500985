import { FakeSlack } from '@pathway/fake-slack';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deactivatedPastRetention, erasePerson, markDeactivated, postsAbout } from '../../src/services/data-rights.js';
import { ensureWorkspace } from '../../src/services/people.js';
import { backends, resetDatabase } from '../support/db.js';
import { CHANNEL, rowsMentioning, type SeededPerson, seedPersonWithData } from '../support/people-data.js';

// The raw SQL of the erasure (outbox matching, audit scrubbing) on both databases the app supports.
for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`data-rights service on ${backend.name}`, () => {
    let opened: Awaited<ReturnType<typeof backend.open>>;
    let fake: FakeSlack;
    let seeded: SeededPerson;
    let workspaceId: string;
    beforeAll(async () => {
      opened = await backend.open();
      fake = await FakeSlack.start();
    });
    afterAll(async () => {
      await fake?.close();
      await opened?.close();
    });
    beforeEach(async () => {
      await resetDatabase(opened.db);
      fake.reset();
      workspaceId = (await ensureWorkspace(opened.db.prisma, 'T0DATA')).id;
      seeded = await seedPersonWithData(opened.db, fake, workspaceId, {
        subject: 'U0ALICE',
        manager: 'U0BOB',
        report: 'U0CAROL',
      });
    });

    it('finds the channel post about the person, then erases every row that names them', async () => {
      expect(await postsAbout(opened.db.prisma, seeded.person.id)).toEqual([{ channel: CHANNEL, ts: seeded.postTs }]);
      await erasePerson(opened.db.prisma, seeded.person.id);
      expect(await rowsMentioning(opened.db, seeded.ids)).toEqual([]);
      const audit = await opened.db.prisma.auditLog.findFirstOrThrow();
      expect(audit.actorSlackUserId).toBeNull();
      expect(audit.detail).toEqual({ changes: [], by: 'erased-user' });
      expect(await opened.db.prisma.outboxMessage.count()).toBe(1);
    });

    it('lists people past their workspace’s retention period, keeping the first deactivation time', async () => {
      const deactivated = new Date('2027-01-01T00:00:00Z');
      await markDeactivated(opened.db.prisma, workspaceId, 'U0ALICE', true, deactivated);
      await markDeactivated(opened.db.prisma, workspaceId, 'U0ALICE', true, new Date('2027-01-20T00:00:00Z'));
      expect(await deactivatedPastRetention(opened.db.prisma, new Date('2027-01-30T23:59:59Z'))).toEqual([]);
      expect(await deactivatedPastRetention(opened.db.prisma, new Date('2027-01-31T00:00:00Z'))).toEqual([
        { personId: seeded.person.id, slackTeamId: 'T0DATA' },
      ]);
    });

    // The seed fills nearly every table, so this is where the harness's own reset is checked.
    it('the reset between tests empties every table and keeps the applied migrations', async () => {
      const counts = async () => {
        const tables = await opened.db.prisma.$queryRaw<Array<{ tablename: string }>>`
          SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
        const found: Record<string, number> = {};
        for (const { tablename } of tables) {
          const [row] = await opened.db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM "${tablename}"`,
          );
          if (row!.n > 0) found[tablename] = row!.n;
        }
        return found;
      };
      expect(Object.keys(await counts()).length).toBeGreaterThan(15);
      await resetDatabase(opened.db);
      expect(await counts()).toEqual({});
      const [migrations] = await opened.db.prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM _prisma_migrations`;
      expect(migrations!.n).toBeGreaterThan(0);
    });
  });
}
