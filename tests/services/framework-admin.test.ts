import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { frameworkChangeNotice } from '../../src/blocks/framework-admin.js';
import type { Database } from '../../src/db/client.js';
import { type FrameworkLoadRequest, loadFramework } from '../../src/services/framework-admin.js';
import { ensureMember } from '../../src/services/people.js';
import { backends, resetDatabase } from '../support/db.js';
import { createActivePathway, frameworkVariant, removeRole, renameRole } from '../support/framework-variants.js';

const RENAMED = frameworkVariant((framework) =>
  renameRole(framework, 'senior-instructional-designer', 'senior-learning-designer', 'Senior Learning Designer'),
);
const REMOVED = frameworkVariant((framework) => removeRole(framework, 'learning-consultant'));

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`loadFramework on ${backend.name}`, () => {
    let db: Database;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ db, close } = await backend.open());
    });
    afterAll(async () => close?.());
    beforeEach(async () => resetDatabase(db));

    async function seed() {
      const { person, workspace } = await ensureMember(db.prisma, { teamId: 'T0SVC', userId: 'U0ALICE' });
      const pathway = await createActivePathway(db.prisma, {
        personId: person.id,
        frameworkVersionId: workspace.activeFrameworkId!,
        from: 'instructional-designer',
        goal: 'senior-instructional-designer',
      });
      return { workspaceId: workspace.id, pathway };
    }

    const request = (
      workspaceId: string,
      source: string,
      overrides: Partial<FrameworkLoadRequest> = {},
    ): FrameworkLoadRequest => ({
      workspaceId,
      source,
      actorSlackUserId: 'U0ADMIN',
      loadedBy: 'U0ADMIN',
      now: new Date('2027-01-11T10:00:00Z'),
      notice: frameworkChangeNotice,
      ...overrides,
    });

    it('rolls everything back when any step fails: no version, no moved pathway, no message, no audit row', async () => {
      const { workspaceId, pathway } = await seed();
      const failing = request(workspaceId, RENAMED, {
        notice: () => {
          throw new Error('boom');
        },
      });
      await expect(loadFramework(db.prisma, failing)).rejects.toThrow('boom');
      expect(await db.prisma.frameworkVersion.count()).toBe(1);
      expect(await db.prisma.pathway.findUniqueOrThrow({ where: { id: pathway.id } })).toEqual(pathway);
      expect(await db.prisma.outboxMessage.count()).toBe(0);
      expect(await db.prisma.auditLog.count()).toBe(0);
    });

    it('numbers concurrent loads one after the other, each compared with the one before', async () => {
      const { workspaceId } = await seed();
      const results = await Promise.all([
        loadFramework(db.prisma, request(workspaceId, RENAMED)),
        loadFramework(db.prisma, request(workspaceId, REMOVED)),
      ]);
      const versions = results.map((result) => (result.ok ? result.version : null)).sort();
      expect(versions).toEqual([2, 3]);
      const workspace = await db.prisma.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        include: { activeFramework: true },
      });
      expect(workspace.activeFramework?.version).toBe(3);
      expect(await db.prisma.auditLog.count()).toBe(2);
    });

    it('queues one message per person and version (the dedupe key names both)', async () => {
      const { workspaceId } = await seed();
      const first = await loadFramework(db.prisma, request(workspaceId, RENAMED));
      expect(first).toMatchObject({ ok: true, peopleNotified: 1, pathwaysMoved: 1 });
      // REMOVED uses the old key again without listing senior-learning-designer under formerKeys,
      // so Alice's goal is gone from version 3: a second message, under version 3's key.
      const second = await loadFramework(db.prisma, request(workspaceId, REMOVED));
      expect(second).toMatchObject({ ok: true, version: 3, pathwaysToChoose: 1, peopleNotified: 1 });
      const keys = (await db.prisma.outboxMessage.findMany()).map((row) => row.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(2);
    });
  });
}
