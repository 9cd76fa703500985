/** The cast of the admin tests. */
import { ensureWorkspace } from '../../src/services/people.js';
import type { TestApp } from './app-harness.js';

/**
 * A Slack admin and a member the fake Slack knows, and the workspace with its default framework, so a
 * first command opens its modal well within the trigger's 3 s.
 */
export async function seedAdminAndMember(t: TestApp, ids: { admin: string; member: string }): Promise<void> {
  t.fake.setUser({ id: ids.admin, isAdmin: true });
  t.fake.setUser({ id: ids.member });
  await ensureWorkspace(t.db.prisma, t.fake.team.id);
}
