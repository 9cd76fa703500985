/**
 * What a new framework version means for the roles people hold and aim at.
 * Pure: the admin service feeds it the previous and the new framework and each
 * person's situation, and applies the plan it returns in one transaction.
 *
 * Rules:
 * - A role is followed by key, then by `formerKeys`: a role of the new version that
 *   lists the old key is the same role renamed. A new title alone also counts as a
 *   rename people are told about ("your goal is now called …").
 * - An active pathway whose roles all survive, and whose move the new version still
 *   offers, moves to the new version with its keys updated.
 * - Otherwise it stays exactly as it is, on the version it was made with (its titles
 *   keep resolving there), and the person is asked to choose a new goal.
 * - Person.currentRoleKey is a key of the active framework: renamed → updated,
 *   removed → cleared, so it never points at a role the framework no longer has.
 */
import { compareFrameworks, findRole, type MoveKind, moveKind, rolesInStageOrder } from './queries.js';
import type { Framework } from './schema.js';

export interface RoleLabel {
  key: string;
  title: string;
}

export interface FrameworkChangeSummary {
  added: RoleLabel[];
  /** The key changed (the new role lists the old key in formerKeys); the title may have too. */
  renamed: Array<{ from: RoleLabel; to: RoleLabel }>;
  /** Same key, new title. */
  retitled: Array<{ key: string; previousTitle: string; title: string }>;
  removed: RoleLabel[];
}

/** Roles added, renamed, retitled and removed from `previous` to `next`, in stage order. */
export function summarizeFrameworkChange(previous: Framework, next: Framework): FrameworkChangeSummary {
  const summary: FrameworkChangeSummary = { added: [], renamed: [], retitled: [], removed: [] };
  const carried = new Set<string>();
  for (const change of compareFrameworks(previous, next)) {
    switch (change.kind) {
      case 'removed':
        summary.removed.push({ key: change.key, title: change.previousTitle });
        break;
      case 'renamed':
        carried.add(change.to);
        summary.renamed.push({
          from: { key: change.key, title: change.previousTitle },
          to: { key: change.to, title: change.title },
        });
        break;
      case 'unchanged':
        carried.add(change.key);
        if (change.title !== change.previousTitle)
          summary.retitled.push({ key: change.key, previousTitle: change.previousTitle, title: change.title });
        break;
    }
  }
  summary.added = rolesInStageOrder(next)
    .filter((role) => !carried.has(role.key))
    .map((role) => ({ key: role.key, title: role.title }));
  return summary;
}

export function hasRoleChanges(summary: FrameworkChangeSummary): boolean {
  return summary.added.length + summary.renamed.length + summary.retitled.length + summary.removed.length > 0;
}

/** What becomes of one stored role key in the new version. */
export type RoleFate =
  | { kind: 'kept'; role: RoleLabel }
  | { kind: 'renamed'; from: RoleLabel; to: RoleLabel }
  | { kind: 'removed'; role: RoleLabel };

/** `key` is a key of `previous` (current or former); unknown keys are shown as themselves. */
export function roleFate(previous: Framework, next: Framework, key: string): RoleFate {
  const before = findRole(previous, key);
  const from: RoleLabel = { key, title: before?.title ?? key };
  const after = findRole(next, key) ?? (before ? findRole(next, before.key) : undefined);
  if (!after) return { kind: 'removed', role: from };
  const to: RoleLabel = { key: after.key, title: after.title };
  return to.key === from.key && to.title === from.title ? { kind: 'kept', role: to } : { kind: 'renamed', from, to };
}

export interface PersonSituation {
  personId: string;
  /** A key of the previous active framework, or null when unknown. */
  currentRoleKey: string | null;
  /** The active pathway, with the framework of the version it points at. */
  pathway: { id: string; fromRoleKey: string; goalRoleKey: string; framework: Framework } | null;
}

export type PathwayPlan =
  | {
      action: 'follow';
      pathwayId: string;
      fromRoleKey: string;
      goalRoleKey: string;
      moveKind: MoveKind;
      from: RoleFate;
      goal: RoleFate;
    }
  | {
      action: 'choose';
      pathwayId: string;
      reason: 'goal-removed' | 'from-removed' | 'move-unavailable';
      from: RoleFate;
      goal: RoleFate;
    };

export interface PersonPlan {
  personId: string;
  /** Null when the person had no current role. */
  currentRole: RoleFate | null;
  /** The value Person.currentRoleKey takes. */
  currentRoleKey: string | null;
  pathway: PathwayPlan | null;
  /** True when something the person can see changed, so they get a message. */
  notify: boolean;
}

export function planPathway(pathway: NonNullable<PersonSituation['pathway']>, next: Framework): PathwayPlan {
  const from = roleFate(pathway.framework, next, pathway.fromRoleKey);
  const goal = roleFate(pathway.framework, next, pathway.goalRoleKey);
  const choose = (reason: Extract<PathwayPlan, { action: 'choose' }>['reason']): PathwayPlan => ({
    action: 'choose',
    pathwayId: pathway.id,
    reason,
    from,
    goal,
  });
  if (goal.kind === 'removed') return choose('goal-removed');
  if (from.kind === 'removed') return choose('from-removed');
  const fromRoleKey = keyAfter(from);
  const goalRoleKey = keyAfter(goal);
  const kind = moveKind(next, fromRoleKey, goalRoleKey);
  if (kind === null) return choose('move-unavailable');
  return { action: 'follow', pathwayId: pathway.id, fromRoleKey, goalRoleKey, moveKind: kind, from, goal };
}

export function planFrameworkChange(
  previous: Framework,
  next: Framework,
  people: readonly PersonSituation[],
): PersonPlan[] {
  return people.map((person): PersonPlan => {
    const currentRole = person.currentRoleKey === null ? null : roleFate(previous, next, person.currentRoleKey);
    const pathway = person.pathway ? planPathway(person.pathway, next) : null;
    const pathwayVisible =
      pathway !== null &&
      (pathway.action === 'choose' || pathway.from.kind === 'renamed' || pathway.goal.kind === 'renamed');
    return {
      personId: person.personId,
      currentRole,
      currentRoleKey: currentRole === null || currentRole.kind === 'removed' ? null : keyAfter(currentRole),
      pathway,
      notify: pathwayVisible || (currentRole !== null && currentRole.kind !== 'kept'),
    };
  });
}

function keyAfter(fate: Exclude<RoleFate, { kind: 'removed' }>): string {
  return fate.kind === 'kept' ? fate.role.key : fate.to.key;
}
