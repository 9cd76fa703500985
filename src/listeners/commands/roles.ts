/**
 * `/pathway roles [role]`: the framework's stages and roles, or one role in
 * detail, seen from the person's own role.
 */
import {
  roleChoiceBlocks,
  roleDetailBlocks,
  roleNotFoundBlocks,
  rolesHeading,
  rolesOverviewBlocks,
} from '../../blocks/roles.js';
import { searchRoles } from '../../domain/framework/search.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { translator } from '../../i18n/index.js';
import { activeFramework } from '../../services/frameworks.js';
import { currentPlan } from '../../services/pathways.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function rolesReply(deps: ListenerDeps, person: Person, query: string | undefined): Promise<Reply> {
  const { framework } = await activeFramework(deps.prisma, person.workspaceId, languageFor(person));
  const currentRoleKey = person.currentRoleKey ?? (await currentPlan(deps.prisma, person.id))?.fromRoleKey ?? null;
  const context = { framework, currentRoleKey };
  const t = translator(languageFor(person));
  if (query === undefined) {
    return { text: rolesHeading(framework, t), blocks: rolesOverviewBlocks(context, t) };
  }
  const found = searchRoles(framework, query);
  switch (found.kind) {
    case 'one':
      return { text: found.role.title, blocks: roleDetailBlocks(context, found.role, t) };
    case 'several':
      return {
        text: t.t('roles.text.several', { count: found.roles.length }),
        blocks: roleChoiceBlocks(query, found.roles, t),
      };
    case 'none':
      return { text: t.t('roles.text.none'), blocks: roleNotFoundBlocks(query, found.suggestion, t) };
  }
}
