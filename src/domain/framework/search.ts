/**
 * Finding a role from what someone typed after `/pathway roles`: a key (current or
 * former), a title or alternative title, or a few words of one. Pure.
 */
import { editDistance } from '../commands.js';
import { findRole, rolesInStageOrder } from './queries.js';
import type { Framework, Role } from './schema.js';

export type RoleSearchResult =
  | { kind: 'one'; role: Role }
  | { kind: 'several'; roles: Role[] }
  | { kind: 'none'; suggestion: Role | undefined };

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesOf(role: Role): string[] {
  return [role.key, ...role.formerKeys, role.title, ...role.alternativeTitles].map(normalise);
}

export function searchRoles(framework: Framework, query: string): RoleSearchResult {
  const typed = query.trim().toLowerCase();
  const byKey = findRole(framework, typed) ?? findRole(framework, typed.replace(/\s+/g, '-'));
  if (byKey) return { kind: 'one', role: byKey };

  const wanted = normalise(typed);
  const roles = rolesInStageOrder(framework);
  const exact = roles.filter((role) => namesOf(role).includes(wanted));
  if (exact.length > 0)
    return exact.length === 1 ? { kind: 'one', role: exact[0]! } : { kind: 'several', roles: exact };

  // Every word typed starts a word of one of the role's names: "senior design" finds
  // "Senior Instructional Designer".
  const words = wanted.split(' ').filter((word) => word !== '');
  const partial =
    words.length === 0
      ? []
      : roles.filter((role) => {
          const roleWords = namesOf(role).flatMap((name) => name.split(' '));
          return words.every((word) => roleWords.some((roleWord) => roleWord.startsWith(word)));
        });
  if (partial.length === 1) return { kind: 'one', role: partial[0]! };
  if (partial.length > 1) return { kind: 'several', roles: partial };
  return { kind: 'none', suggestion: closestRole(roles, wanted) };
}

/** A near miss ("instructonal designer") gets a "did you mean"; a distant one gets nothing. */
function closestRole(roles: Role[], wanted: string): Role | undefined {
  let best: { role: Role; distance: number } | undefined;
  for (const role of roles) {
    for (const name of namesOf(role)) {
      const distance = editDistance(wanted, name);
      if (!best || distance < best.distance) best = { role, distance };
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 4));
  return best && best.distance <= tolerance ? best.role : undefined;
}
