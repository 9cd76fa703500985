/**
 * Pure questions over a validated framework: where a role sits, where a person may go
 * next, what readiness looks like for a goal, and what changed between two versions.
 *
 * Which signals belong to a goal: a role's `signals` describe readiness to step INTO that
 * role, so `signalsFor(goal)` returns the goal role's own signals. We keep them on the
 * target rather than on the role a person leaves because:
 *   - a goal is reached from several roles (two stage-2 roles climb to the same stage-3
 *     role; lattice moves arrive from other tracks), yet it means one set of expectations;
 *   - check-ins are stored against the goal role only (CheckIn.goalRoleKey), so the goal
 *     alone must determine which signals are rated;
 *   - milestone templates sit on the same goal role and name the signals they build, so
 *     that reference stays inside one role.
 * The seeds' "signals of readiness to move up" (impact beyond your own role, talks with
 * non-learning stakeholders, thinks in systems, owns outcomes) are therefore written on
 * each target role, at that role's level, as behaviour the person shows before the move.
 *
 * All functions accept former role keys wherever they take a role key, so pathways stored
 * before a rename keep working. Unknown keys yield undefined or an empty list.
 */
import type { Competency, Framework, MilestoneTemplate, Resource, Role, Signal, Stage, Track } from './schema.js';

export type MoveKind = 'ladder' | 'lattice';

export interface GoalOption {
  role: Role;
  kind: MoveKind;
}

export interface RoleCompetencyView {
  competency: Competency;
  /** What this competency looks like at the role's level. */
  description: string;
  /** Courses, reading or programmes the framework lists for it at this level. */
  resources: Resource[];
}

interface Placement {
  role: Role;
  stage: Stage;
  track: Track;
}

interface FrameworkIndex {
  /** Current and former keys → placement of the role. */
  byKey: Map<string, Placement>;
  /** Roles ordered by track (file order), then stage order, then file order. */
  ordered: Placement[];
}

// Frameworks are treated as immutable values once parsed, so the index is computed once per object.
const indexCache = new WeakMap<Framework, FrameworkIndex>();

function indexOf(framework: Framework): FrameworkIndex {
  let index = indexCache.get(framework);
  if (!index) {
    index = buildIndex(framework);
    indexCache.set(framework, index);
  }
  return index;
}

function buildIndex(framework: Framework): FrameworkIndex {
  const ordered: Placement[] = [];
  for (const track of framework.tracks) {
    const stages = framework.stages.filter((s) => s.track === track.key).sort((a, b) => a.order - b.order);
    for (const stage of stages) for (const role of stage.roles) ordered.push({ role, stage, track });
  }
  const byKey = new Map<string, Placement>();
  for (const placement of ordered) byKey.set(placement.role.key, placement);
  // Former keys never shadow a current key (the schema forbids the clash anyway).
  for (const placement of ordered) {
    for (const formerKey of placement.role.formerKeys) if (!byKey.has(formerKey)) byKey.set(formerKey, placement);
  }
  return { byKey, ordered };
}

function placementOf(framework: Framework, roleOrKey: Role | string): Placement | undefined {
  return indexOf(framework).byKey.get(typeof roleOrKey === 'string' ? roleOrKey : roleOrKey.key);
}

/** Every role, track by track, lowest stage first. */
export function rolesInStageOrder(framework: Framework): Role[] {
  return indexOf(framework).ordered.map((p) => p.role);
}

/** The role with this key, or the role that lists it among its former keys. */
export function findRole(framework: Framework, key: string): Role | undefined {
  return placementOf(framework, key)?.role;
}

export function stageOf(framework: Framework, roleOrKey: Role | string): Stage | undefined {
  return placementOf(framework, roleOrKey)?.stage;
}

export function trackOf(framework: Framework, roleOrKey: Role | string): Track | undefined {
  return placementOf(framework, roleOrKey)?.track;
}

/** Competencies of a role joined with their framework-level names. */
export function competenciesOf(framework: Framework, roleKey: string): RoleCompetencyView[] {
  const role = findRole(framework, roleKey);
  if (!role) return [];
  const byKey = new Map(framework.competencies.map((c) => [c.key, c]));
  return role.competencies.flatMap((entry) => {
    const competency = byKey.get(entry.competency);
    return competency ? [{ competency, description: entry.description, resources: entry.resources }] : [];
  });
}

/** Moving up: the roles of the next stage in the same track. Empty at the top of a track. */
export function ladderMovesFrom(framework: Framework, roleKey: string): Role[] {
  const from = placementOf(framework, roleKey);
  if (!from) return [];
  const next = framework.stages.find((s) => s.track === from.track.key && s.order === from.stage.order + 1);
  return next ? [...next.roles] : [];
}

/** Moving across: the roles this role lists under `lattice`, in that order. */
export function latticeMovesFrom(framework: Framework, roleKey: string): Role[] {
  const from = findRole(framework, roleKey);
  if (!from) return [];
  return from.lattice.flatMap((key) => {
    const role = findRole(framework, key);
    return role ? [role] : [];
  });
}

/** Goals a person in `fromRoleKey` may pick: ladder moves first, then lattice moves. */
export function allowedGoals(framework: Framework, fromRoleKey: string): GoalOption[] {
  const ladder = ladderMovesFrom(framework, fromRoleKey).map((role): GoalOption => ({ role, kind: 'ladder' }));
  const ladderKeys = new Set(ladder.map((g) => g.role.key));
  // The schema rejects a lattice entry that repeats a ladder move; filtering keeps this total anyway.
  const lattice = latticeMovesFrom(framework, fromRoleKey)
    .filter((role) => !ladderKeys.has(role.key))
    .map((role): GoalOption => ({ role, kind: 'lattice' }));
  return [...ladder, ...lattice];
}

/** How `fromRoleKey` reaches `goalRoleKey`, or null when the framework offers no such move. */
export function moveKind(framework: Framework, fromRoleKey: string, goalRoleKey: string): MoveKind | null {
  const goal = findRole(framework, goalRoleKey);
  if (!goal) return null;
  return allowedGoals(framework, fromRoleKey).find((option) => option.role.key === goal.key)?.kind ?? null;
}

/** Readiness signals to rate when aiming at this goal: the goal role's own (see top of file). */
export function signalsFor(framework: Framework, goalRoleKey: string): Signal[] {
  return [...(findRole(framework, goalRoleKey)?.signals ?? [])];
}

/**
 * Suggested milestones for reaching this goal, in the framework's order. With a starting
 * role, templates meant for other starting roles (`from`) are left out.
 */
export function milestoneTemplatesFor(
  framework: Framework,
  goalRoleKey: string,
  fromRoleKey?: string,
): MilestoneTemplate[] {
  const templates = findRole(framework, goalRoleKey)?.milestones ?? [];
  if (fromRoleKey === undefined) return [...templates];
  const from = findRole(framework, fromRoleKey)?.key ?? fromRoleKey;
  return templates.filter(
    (template) => template.from.length === 0 || template.from.some((key) => findRole(framework, key)?.key === from),
  );
}

/** Resources the framework lists for these signals of a goal, without repeats. */
export function resourcesForSignals(
  framework: Framework,
  goalRoleKey: string,
  signalKeys: readonly string[],
): Resource[] {
  const signals = findRole(framework, goalRoleKey)?.signals ?? [];
  const seen = new Set<string>();
  return signals
    .filter((signal) => signalKeys.includes(signal.key))
    .flatMap((signal) => signal.resources)
    .filter((resource) => !seen.has(resource.url) && seen.add(resource.url) !== undefined);
}

export type RoleKeyChange =
  | { kind: 'unchanged'; key: string; previousTitle: string; title: string }
  | { kind: 'renamed'; key: string; to: string; previousTitle: string; title: string }
  | { kind: 'removed'; key: string; previousTitle: string };

/**
 * For each role of `previous` (in stage order): still there under the same key, renamed
 * (a role of `next` lists the old key in `formerKeys`), or removed. Titles are included so
 * people can be told "your goal is now called …" even when the key did not change.
 */
export function compareFrameworks(previous: Framework, next: Framework): RoleKeyChange[] {
  return rolesInStageOrder(previous).map((oldRole): RoleKeyChange => {
    const newRole = findRole(next, oldRole.key);
    if (!newRole) return { kind: 'removed', key: oldRole.key, previousTitle: oldRole.title };
    if (newRole.key === oldRole.key) {
      return { kind: 'unchanged', key: oldRole.key, previousTitle: oldRole.title, title: newRole.title };
    }
    return { kind: 'renamed', key: oldRole.key, to: newRole.key, previousTitle: oldRole.title, title: newRole.title };
  });
}
