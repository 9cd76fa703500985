/**
 * ensureMember reads a known person and their workspace in one statement (JSON rows); they must
 * be exactly what Prisma's own reads give, every column set, on both databases.
 */
import { describe, expect, it } from 'vitest';
import { ensureMember } from '../../src/services/people.js';
import { backends, useTestDatabase } from '../support/db.js';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`ensureMember on ${backend.name}`, () => {
    const db = useTestDatabase(backend);

    it('gives a known person and their workspace as Prisma reads them, every column set', async () => {
      const { prisma } = db();
      const first = await ensureMember(prisma, { teamId: 'T0MEMBER', userId: 'U0MEMBER' });
      expect(first.isNew).toBe(true);
      const manager = await ensureMember(prisma, { teamId: 'T0MEMBER', userId: 'U0MANAGER' });
      await prisma.workspace.update({
        where: { id: first.workspace.id },
        data: {
          enterpriseId: 'E0MEMBER',
          name: 'Acme',
          celebrationChannelId: 'C0WINS',
          workingDays: [1, 2, 3],
          nudgeKindsOffByDefault: ['checkin-due'],
          mentoringEnabled: false,
          language: 'de',
          uninstalledAt: new Date('2026-10-01T08:09:10.123Z'),
        },
      });
      await prisma.person.update({
        where: { id: first.person.id },
        data: {
          displayName: 'Dana "D" O’Neil',
          email: 'dana@example.com',
          timeZone: 'Pacific/Chatham',
          locale: 'en-GB',
          language: 'es',
          team: 'Learning',
          currentRoleKey: 'instructional-designer',
          managerId: manager.person.id,
          deactivatedAt: new Date('2026-11-30T23:59:59.999Z'),
          profileSyncedAt: new Date('2026-11-30T00:00:00.000Z'),
          awayFrom: new Date('2026-12-24T00:00:00.000Z'),
          awayUntil: new Date('2027-01-02T00:00:00.000Z'),
          nudgesPausedAt: new Date('2026-11-02T10:11:12.001Z'),
          mutedKinds: ['milestone-due', 'checkin-due'],
          nudgeSettingsSavedAt: new Date('1999-12-31T23:59:59.500Z'),
          celebrationConsent: 'always',
          celebrationChannelId: 'C0MINE',
          isSlackAdmin: true,
          nextDueAt: new Date('2027-03-01T09:00:00.000Z'),
          dueVersion: 7,
          conversationDueAt: new Date('2027-02-01T09:30:00.000Z'),
        },
      });
      const member = await ensureMember(prisma, { teamId: 'T0MEMBER', userId: 'U0MEMBER' });
      expect(member.isNew).toBe(false);
      expect(member.person).toStrictEqual(await prisma.person.findUniqueOrThrow({ where: { id: first.person.id } }));
      expect(member.workspace).toStrictEqual(
        await prisma.workspace.findUniqueOrThrow({ where: { id: first.workspace.id } }),
      );
      // And with the nullable columns empty.
      const plain = await ensureMember(prisma, { teamId: 'T0MEMBER', userId: 'U0MANAGER' });
      expect(plain.person).toStrictEqual(await prisma.person.findUniqueOrThrow({ where: { id: manager.person.id } }));
    });

    it('creates someone new in a known workspace, and a workspace never seen', async () => {
      const { prisma } = db();
      await ensureMember(prisma, { teamId: 'T0KNOWN', userId: 'U0ONE' });
      const other = await ensureMember(prisma, { teamId: 'T0KNOWN', userId: 'U0TWO' });
      expect(other.isNew).toBe(true);
      expect(await prisma.person.count({ where: { workspaceId: other.workspace.id } })).toBe(2);
      const fresh = await ensureMember(prisma, { teamId: 'T0FRESH', userId: 'U0ONE' });
      expect(fresh.isNew).toBe(true);
      expect(fresh.workspace.activeFrameworkId).not.toBeNull();
    });
  });
}
