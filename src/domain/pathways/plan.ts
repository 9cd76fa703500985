/**
 * A plan as the person filled it in (`PlanDraft`), checked against the framework
 * and today's date. Pure: the modal reads Slack's form state into a draft, this
 * decides, and problems come back per field so they can be shown beside it.
 */
import type { z } from 'zod';
import { MAX_TITLE_LENGTH, splitTitleAndDate } from '../commands.js';
import { type DateContext, parseDatePhrase } from '../date-phrases.js';
import { formatDate, isoDate } from '../dates.js';
import {
  allowedGoals,
  findRole,
  type GoalOption,
  type MoveKind,
  milestoneTemplatesFor,
  moveKind,
} from '../framework/queries.js';
import type { Framework, MilestoneTemplate } from '../framework/schema.js';
import { fillProblem, problemReader } from '../problems.js';
import { dueDateProblem, MILESTONE_PROBLEMS, type MilestoneKindChoice, milestoneTitle } from './milestones.js';
import { defaultTargetFor, templateWindows, windowDueDates, windowStartDates } from './schedule.js';

/** Lines of the plan modal's "add your own" box (more can be added later with `/pathway add`). */
export const MAX_OWN_LINES = 10;
/** What the box may hold: each line a title and " by " a date. */
export const MAX_OWN_TEXT = MAX_OWN_LINES * (MAX_TITLE_LENGTH + 40);

export interface TemplateChoice {
  key: string;
  keep: boolean;
  due: string | undefined;
}

export interface PlanDraft {
  fromRoleKey: string | undefined;
  goalRoleKey: string | undefined;
  targetDate: string | undefined;
  templates: TemplateChoice[];
  /** The person's own milestones, one a line: a title, optionally " by " a date. */
  own: string | undefined;
}

export type PlanField =
  | { kind: 'from' }
  | { kind: 'goal' }
  | { kind: 'target' }
  | { kind: 'keep' }
  | { kind: 'template'; key: string }
  | { kind: 'own' };

export interface PlanProblem {
  field: PlanField;
  message: string;
}

export interface PlannedMilestone {
  title: string;
  kind: MilestoneKindChoice;
  due: string;
  link: string | null;
  signalKeys: string[];
  /** The template's description, kept on the milestone so it is shown later. */
  description: string | null;
  /** The framework template it came from; null for the person's own. */
  templateKey: string | null;
  /** A date the person chose rather than the one spread to the target (kept when only the target changes). */
  dueSetByHand: boolean;
}

export interface ValidPlan {
  fromRoleKey: string;
  goalRoleKey: string;
  moveKind: MoveKind;
  targetDate: string;
  /** Kept templates in the framework's order, then the person's own: positions 1..n. */
  milestones: PlannedMilestone[];
}

export type PlanResult = { ok: true; plan: ValidPlan } | { ok: false; problems: PlanProblem[] };

/**
 * The plan form's problems in English, by code; blocks/plan.ts reads them back (readPlanProblem) and
 * writes them in the person's language. A milestone's problem names it first (PLAN_MILESTONE_PROBLEM),
 * then says what is wrong: `afterTarget`, a milestone's problem (MILESTONE_PROBLEMS) or a date's.
 */
export const PLAN_PROBLEMS = {
  pickFrom: 'Pick the role you have today.',
  pickGoal: 'Pick a goal from the list: these are the moves from {role}.',
  pickTarget: 'Pick a target date after today ({todayDate}).',
  tooManyLines: 'Add up to {max} here (you have {count}); add the rest later with /pathway add.',
  keepOne: 'Keep at least one suggested milestone, or add one of your own below.',
  afterTarget: '{dueDate} is after your target date ({targetDate}): pick an earlier date or a later target',
} as const;

/** A milestone's problem: which one (one of PLAN_MILESTONE_NAMES), then what is wrong with it. */
export const PLAN_MILESTONE_PROBLEM = '{about}: {problem}';

/** How a milestone's problem names it: a suggestion by its title, the person's own by their line. */
export const PLAN_MILESTONE_NAMES = {
  template: '“{title}”',
  only: 'Your milestone',
  line: 'Line {line}',
} as const;

export const readPlanProblem = problemReader(PLAN_PROBLEMS);
export const readPlanMilestoneName = problemReader(PLAN_MILESTONE_NAMES);

function firstMessage(result: z.ZodSafeParseResult<unknown>): string | null {
  return result.success ? null : (result.error.issues[0]?.message ?? MILESTONE_PROBLEMS.checkValue);
}

function milestoneProblem(about: string, problem: string): string {
  return fillProblem(PLAN_MILESTONE_PROBLEM, { about, problem });
}

/** Non-blank lines of the "add your own" box. */
function ownLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-•*]\s*/, ''))
    .filter((line) => line !== '');
}

/**
 * `current` is the plan being changed: a suggestion kept with the date it already has may
 * stay overdue (changing a plan must not force re-dating what is merely late). `dayFirst`
 * is how the person writes dates (from their Slack locale), for the own milestones' dates.
 */
export function validatePlan(
  draft: PlanDraft,
  framework: Framework,
  today: string,
  current?: CurrentPlan,
  dayFirst?: boolean,
): PlanResult {
  const problems: PlanProblem[] = [];
  const report = (field: PlanField, message: string): void => {
    problems.push({ field, message });
  };

  const from = draft.fromRoleKey ? findRole(framework, draft.fromRoleKey) : undefined;
  if (!from) report({ kind: 'from' }, PLAN_PROBLEMS.pickFrom);
  const goal = draft.goalRoleKey ? findRole(framework, draft.goalRoleKey) : undefined;
  const kind = from && goal ? moveKind(framework, from.key, goal.key) : null;
  if (from && !kind) report({ kind: 'goal' }, fillProblem(PLAN_PROBLEMS.pickGoal, { role: from.title }));

  const target = draft.targetDate;
  const targetOk = target !== undefined && isoDate.safeParse(target).success && target > today;
  if (!targetOk) report({ kind: 'target' }, fillProblem(PLAN_PROBLEMS.pickTarget, { todayDate: formatDate(today) }));

  /** `about` names the milestone, as its problem is shown on the list rather than beside the date. */
  const checkDate = (
    field: PlanField,
    about: string,
    due: string | undefined,
    unchanged?: string,
  ): string | undefined => {
    if (due === undefined || !isoDate.safeParse(due).success) {
      report(field, milestoneProblem(about, `${MILESTONE_PROBLEMS.pickDue}.`));
      return undefined;
    }
    if (unchanged !== undefined && due === unchanged) return due;
    const past = dueDateProblem(due, today);
    if (past) report(field, milestoneProblem(about, `${past}.`));
    else if (targetOk && due > target)
      report(
        field,
        milestoneProblem(
          about,
          `${fillProblem(PLAN_PROBLEMS.afterTarget, { dueDate: formatDate(due), targetDate: formatDate(target) })}.`,
        ),
      );
    return due;
  };

  const milestones: PlannedMilestone[] = [];
  const templates = goal ? milestoneTemplatesFor(framework, goal.key, from?.key) : [];
  // The dates the modal proposed for this target: one the person changed is theirs, and `/pathway target` leaves it alone.
  const proposed =
    from && goal && targetOk
      ? proposePlan(framework, { fromRoleKey: from.key, goalRoleKey: goal.key, targetDate: target, current }, today)
          .milestones
      : [];
  // In the framework's order, whatever order the form sent them in.
  for (const template of templates) {
    const choice = draft.templates.find((c) => c.key === template.key);
    if (!choice?.keep) continue;
    const existing = current?.milestones.find((m) => m.templateKey === template.key && !m.done);
    const about = fillProblem(PLAN_MILESTONE_NAMES.template, { title: template.title });
    const due = checkDate({ kind: 'template', key: choice.key }, about, choice.due, existing?.due);
    if (due) {
      const proposedDue = proposed.find((p) => p.template.key === template.key)?.due;
      milestones.push({
        dueSetByHand:
          (existing?.setByHand === true && due === existing.due) || (proposedDue !== undefined && due !== proposedDue),
        title: template.title,
        kind: template.kind,
        due,
        link: template.link ?? null,
        signalKeys: [...template.signals],
        description: template.description ?? null,
        templateKey: template.key,
      });
    }
  }

  const lines = ownLines(draft.own);
  if (lines.length > MAX_OWN_LINES)
    report({ kind: 'own' }, fillProblem(PLAN_PROBLEMS.tooManyLines, { max: MAX_OWN_LINES, count: lines.length }));
  const dates: DateContext = { today, dayFirst };
  lines.slice(0, MAX_OWN_LINES).forEach((line, index) => {
    const about =
      lines.length === 1 ? PLAN_MILESTONE_NAMES.only : fillProblem(PLAN_MILESTONE_NAMES.line, { line: index + 1 });
    const split = splitTitleAndDate(line, dates);
    const title = milestoneTitle.safeParse(split.title ?? '');
    const titleProblem = firstMessage(title);
    if (titleProblem) {
      report({ kind: 'own' }, milestoneProblem(about, `${titleProblem}.`));
      return;
    }
    let due = targetOk ? target : undefined;
    if (split.date !== undefined) {
      const read = parseDatePhrase(split.date, dates);
      if (!read.ok) {
        report({ kind: 'own' }, milestoneProblem(about, read.problem));
        return;
      }
      due = checkDate({ kind: 'own' }, about, read.date);
    }
    // A date typed is the person's own; without one it follows the target.
    if (title.success && due)
      milestones.push({
        title: title.data,
        kind: 'other',
        due,
        link: null,
        signalKeys: [],
        description: null,
        templateKey: null,
        dueSetByHand: split.date !== undefined,
      });
  });

  const sameGoal =
    current !== undefined &&
    from !== undefined &&
    goal !== undefined &&
    current.fromRoleKey === from.key &&
    current.goalRoleKey === goal.key;
  const keepsOwn = sameGoal && current.milestones.some((m) => !m.done && m.templateKey === null);
  const chosen = keepsOwn || draft.templates.some((c) => c.keep) || lines.length > 0;
  if (!chosen) report({ kind: 'keep' }, PLAN_PROBLEMS.keepOne);

  if (problems.length > 0 || !from || !goal || !kind || !targetOk) return { ok: false, problems };
  return {
    ok: true,
    plan: { fromRoleKey: from.key, goalRoleKey: goal.key, moveKind: kind, targetDate: target, milestones },
  };
}

/** The active plan as the plan modal starts from it. */
export interface CurrentPlan {
  fromRoleKey: string;
  goalRoleKey: string;
  targetDate: string;
  /** `setByHand`: a date the person moved themselves, kept when the target changes (as `/pathway target` does). */
  milestones: { templateKey: string | null; due: string; done: boolean; setByHand?: boolean | undefined }[];
}

export interface ProposedMilestone {
  /** Ticked in the modal: always for a new plan; for a changed one, only if the plan has it. */
  keep: boolean;
  template: MilestoneTemplate;
  /** When the activity starts, on the same scale as its due date. */
  start: string;
  due: string;
}

/** What the plan modal offers for a current role, a goal and a target date. */
export interface PlanProposal {
  fromRoleKey: string | undefined;
  goals: GoalOption[];
  goalRoleKey: string | undefined;
  targetDate: string;
  milestones: ProposedMilestone[];
  /** When changing a plan with the same goal: done milestones and the person's own open ones, kept as they are. */
  doneCount: number;
  ownCount: number;
}

export interface ProposalInput {
  fromRoleKey?: string | null | undefined;
  goalRoleKey?: string | null | undefined;
  targetDate?: string | null | undefined;
  /** The plan being changed: the proposal starts from it while the role and goal stay the same. */
  current?: CurrentPlan | undefined;
}

/**
 * The modal's suggestion: the goals open from the current role (ladder first),
 * the chosen goal if it is still one of them (else the first), a target date that
 * fits the goal's templates unless the person picked one, and each template with
 * a due date spread from today to the target.
 */
export function proposePlan(framework: Framework, input: ProposalInput, today: string): PlanProposal {
  const from = input.fromRoleKey ? findRole(framework, input.fromRoleKey) : undefined;
  const goals = from ? allowedGoals(framework, from.key) : [];
  const wanted = input.goalRoleKey ? findRole(framework, input.goalRoleKey)?.key : undefined;
  const goal = goals.find((option) => option.role.key === wanted) ?? goals[0];
  const current = input.current;
  const same =
    current !== undefined &&
    from !== undefined &&
    goal !== undefined &&
    findRole(framework, current.fromRoleKey)?.key === from.key &&
    findRole(framework, current.goalRoleKey)?.key === goal.role.key;
  const all = goal ? milestoneTemplatesFor(framework, goal.role.key, from?.key) : [];
  // What is done stays done in the plan; it is not suggested again.
  const doneKeys = new Set(
    same ? current.milestones.filter((m) => m.done && m.templateKey).map((m) => m.templateKey!) : [],
  );
  const templates = all.filter((template) => !doneKeys.has(template.key));
  const windows = templateWindows(all).filter((w) => !doneKeys.has(w.key));
  const picked =
    input.targetDate && isoDate.safeParse(input.targetDate).success && input.targetDate > today
      ? input.targetDate
      : undefined;
  const currentTarget = same && current.targetDate > today ? current.targetDate : undefined;
  const targetDate = picked ?? currentTarget ?? defaultTargetFor(windows, today);
  const dues = windowDueDates(windows, today, targetDate);
  const starts = windowStartDates(windows, today, targetDate);
  // The target the current dates were made for: when the person picks another, the proposal re-spreads.
  const keepDates = same && targetDate === current.targetDate;
  return {
    fromRoleKey: from?.key,
    goals,
    goalRoleKey: goal?.role.key,
    targetDate,
    doneCount: same ? current.milestones.filter((m) => m.done).length : 0,
    ownCount: same ? current.milestones.filter((m) => !m.done && m.templateKey === null).length : 0,
    milestones: templates.map((template, i) => {
      const existing = same ? current.milestones.find((m) => m.templateKey === template.key && !m.done) : undefined;
      return {
        template,
        keep: !same || existing !== undefined,
        start: starts[i] ?? today,
        due:
          existing && (keepDates || (existing.setByHand === true && existing.due <= targetDate))
            ? existing.due
            : (dues[i] ?? targetDate),
      };
    }),
  };
}
