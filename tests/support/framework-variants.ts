/**
 * Variants of the shipped Learning & Development framework for tests: parse the
 * YAML, change it as a test needs (rename or remove a role…), print it again;
 * and the pathways such changes act on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { PrismaClient } from '../../src/db/client.js';
import { dateToDb } from '../../src/domain/dates.js';
import type { FrameworkInput } from '../../src/domain/framework/schema.js';
import { DEFAULT_FRAMEWORK_FILE, frameworksDir } from '../../src/services/framework-files.js';

export const DEFAULT_SOURCE = readFileSync(path.join(frameworksDir(), DEFAULT_FRAMEWORK_FILE), 'utf8');

export function frameworkVariant(change: (framework: FrameworkInput) => void): string {
  const framework = parse(DEFAULT_SOURCE) as FrameworkInput;
  change(framework);
  return stringify(framework);
}

type RoleInput = FrameworkInput['stages'][number]['roles'][number];

function eachRole(framework: FrameworkInput, visit: (role: RoleInput) => void): void {
  for (const stage of framework.stages) for (const role of stage.roles) visit(role);
}

/** Changes a role's key (keeping the old one in formerKeys), its title, and every lattice reference to it. */
export function renameRole(framework: FrameworkInput, from: string, to: string, title: string): void {
  eachRole(framework, (role) => {
    if (role.key === from) {
      role.key = to;
      role.title = title;
      role.formerKeys = [...(role.formerKeys ?? []), from];
    }
    role.lattice = role.lattice?.map((key) => (key === from ? to : key));
  });
}

/** Removes a role and every lattice reference to it. */
export function removeRole(framework: FrameworkInput, key: string): void {
  for (const stage of framework.stages) stage.roles = stage.roles.filter((role) => role.key !== key);
  eachRole(framework, (role) => {
    role.lattice = role.lattice?.filter((target) => target !== key);
  });
}

/** An active pathway between two roles of a framework version, with no milestones (what framework changes act on). */
export function createActivePathway(
  prisma: Pick<PrismaClient, 'pathway'>,
  route: { personId: string; frameworkVersionId: string; from: string; goal: string; moveKind?: 'ladder' | 'lattice' },
) {
  return prisma.pathway.create({
    data: {
      personId: route.personId,
      activeForPersonId: route.personId,
      frameworkVersionId: route.frameworkVersionId,
      fromRoleKey: route.from,
      goalRoleKey: route.goal,
      moveKind: route.moveKind ?? 'ladder',
      targetDate: dateToDb('2027-12-31'),
    },
  });
}
