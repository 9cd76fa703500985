/**
 * `/pathway roles [role]`: the framework's stages and roles, or one role in
 * detail, seen from the person's own role.
 */
import { roleChoiceBlocks, roleDetailBlocks, roleNotFoundBlocks, rolesOverviewBlocks } from '../../blocks/roles.js';
import { searchRoles } from '../../domain/framework/search.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { activeFramework } from '../../services/frameworks.js';
import { currentPlan } from '../../services/pathways.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function rolesReply(deps: ListenerDeps, person: Person, query: string | undefined): Promise<Reply> {
  const { framework } = await activeFramework(deps.prisma, person.workspaceId, languageFor(person));
  const currentRoleKey = person.currentRoleKey ?? (await currentPlan(deps.prisma, person.id))?.fromRoleKey ?? null;
  const context = { framework, currentRoleKey };
  if (query === undefined) {
    return { text: `Career framework: ${framework.name}`, blocks: rolesOverviewBlocks(context) };
  }
  const found = searchRoles(framework, query);
  switch (found.kind) {
    case 'one':
      return { text: found.role.title, blocks: roleDetailBlocks(context, found.role) };
    case 'several':
      return { text: `${found.roles.length} roles match`, blocks: roleChoiceBlocks(query, found.roles) };
    case 'none':
      return {
        text: 'No role matches that. Type /pathway roles to list every role.',
        blocks: roleNotFoundBlocks(query, found.suggestion),
      };
  }
}
