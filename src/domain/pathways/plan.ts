/**
 * A plan as the person filled it in (`PlanDraft`), checked against the framework
 * and today's date. Pure: the modal reads Slack's form state into a draft, this
 * decides, and problems come back per field so they can be shown beside it.
 */
import { z } from 'zod';
import { formatDate, isoDate } from '../dates.js';
import { allowedGoals, findRole, milestoneTemplatesFor, moveKind, type GoalOption, type MoveKind } from '../framework/queries.js';
import type { Framework, MilestoneTemplate } from '../framework/schema.js';
import { dueDateProblem, milestoneLink, milestoneTitle, MILESTONE_KIND_CHOICES, type MilestoneKindChoice } from './milestones.js';
import { defaultTargetFor, templateWindows, windowDueDates, windowStartDates } from './schedule.js';

/** Extra milestones of the person's own in the plan modal (the rest can be added later). */
export const MAX_EXTRA_MILESTONES = 3;

export interface TemplateChoice {
  key: string;
  keep: boolean;
  due: string | undefined;
}

export interface ExtraDraft {
  title: string | undefined;
  kind: string | undefined;
  due: string | undefined;
  link: string | undefined;
}

export interface PlanDraft {
  fromRoleKey: string | undefined;
  goalRoleKey: string | undefined;
  targetDate: string | undefined;
  templates: TemplateChoice[];
  extras: ExtraDraft[];
}

export type PlanField =
  | { kind: 'from' }
  | { kind: 'goal' }
  | { kind: 'target' }
  | { kind: 'keep' }
  | { kind: 'template'; key: string }
  | { kind: 'extra'; index: number; part: 'title' | 'kind' | 'due' | 'link' };

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

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function firstMessage(result: z.ZodSafeParseResult<unknown>): string | null {
  return result.success ? null : (result.error.issues[0]?.message ?? 'check this value');
}

/**
 * `current` is the plan being changed: a suggestion kept with the date it already has may
 * stay overdue (changing a plan must not force re-dating what is merely late).
 */
export function validatePlan(draft: PlanDraft, framework: Framework, today: string, current?: CurrentPlan): PlanResult {
  const problems: PlanProblem[] = [];
  const report = (field: PlanField, message: string): void => {
    problems.push({ field, message });
  };

  const from = draft.fromRoleKey ? findRole(framework, draft.fromRoleKey) : undefined;
  if (!from) report({ kind: 'from' }, 'Pick the role you have today.');
  const goal = draft.goalRoleKey ? findRole(framework, draft.goalRoleKey) : undefined;
  const kind = from && goal ? moveKind(framework, from.key, goal.key) : null;
  if (from && !kind) report({ kind: 'goal' }, `Pick a goal from the list: these are the moves from ${from.title}.`);

  const target = draft.targetDate;
  const targetOk = target !== undefined && isoDate.safeParse(target).success && target > today;
  if (!targetOk) report({ kind: 'target' }, `Pick a target date after today (${formatDate(today)}).`);

  const checkDate = (field: PlanField, due: string | undefined, unchanged?: string): string | undefined => {
    if (due === undefined || !isoDate.safeParse(due).success) {
      report(field, 'Pick a due date.');
      return undefined;
    }
    if (unchanged !== undefined && due === unchanged) return due;
    const past = dueDateProblem(due, today);
    if (past) report(field, `${past}.`);
    else if (targetOk && due > target) report(field, `This is after your target date (${formatDate(target)}): pick an earlier date or a later target.`);
    return due;
  };

  const milestones: PlannedMilestone[] = [];
  const templates = goal ? milestoneTemplatesFor(framework, goal.key, from?.key) : [];
  // In the framework's order, whatever order the form sent them in.
  for (const template of templates) {
    const choice = draft.templates.find((c) => c.key === template.key);
    if (!choice?.keep) continue;
    const existing = current?.milestones.find((m) => m.templateKey === template.key && !m.done)?.due;
    const due = checkDate({ kind: 'template', key: choice.key }, choice.due, existing);
    if (due) {
      milestones.push({
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

  draft.extras.slice(0, MAX_EXTRA_MILESTONES).forEach((extra, index) => {
    if ([extra.title, extra.kind, extra.due, extra.link].every(isBlank)) return;
    const field = (part: 'title' | 'kind' | 'due' | 'link'): PlanField => ({ kind: 'extra', index, part });
    const title = milestoneTitle.safeParse(extra.title ?? '');
    const titleProblem = firstMessage(title);
    if (titleProblem) report(field('title'), `${capitalise(titleProblem)}.`);
    const kindResult = z.enum(MILESTONE_KIND_CHOICES).safeParse(extra.kind ?? 'other');
    if (!kindResult.success) report(field('kind'), 'Pick a kind from the list.');
    const link = isBlank(extra.link) ? null : milestoneLink.safeParse(extra.link?.trim());
    const linkProblem = link ? firstMessage(link) : null;
    if (linkProblem) report(field('link'), `${capitalise(linkProblem)}.`);
    const due = checkDate(field('due'), extra.due);
    if (title.success && kindResult.success && due && !linkProblem) {
      milestones.push({ title: title.data, kind: kindResult.data, due, link: link?.success ? link.data : null, signalKeys: [], description: null, templateKey: null });
    }
  });

  const sameGoal = current !== undefined && from !== undefined && goal !== undefined && current.fromRoleKey === from.key && current.goalRoleKey === goal.key;
  const keepsOwn = sameGoal && current.milestones.some((m) => !m.done && m.templateKey === null);
  const chosen = keepsOwn || draft.templates.some((c) => c.keep) || draft.extras.some((e) => !isBlank(e.title));
  if (!chosen) report({ kind: 'keep' }, 'Keep at least one suggested milestone, or add one of your own below.');

  if (problems.length > 0 || !from || !goal || !kind || !targetOk) return { ok: false, problems };
  return { ok: true, plan: { fromRoleKey: from.key, goalRoleKey: goal.key, moveKind: kind, targetDate: target, milestones } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The active plan as the plan modal starts from it. */
export interface CurrentPlan {
  fromRoleKey: string;
  goalRoleKey: string;
  targetDate: string;
  milestones: { templateKey: string | null; due: string; done: boolean }[];
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
  const same = current !== undefined && from !== undefined && goal !== undefined && findRole(framework, current.fromRoleKey)?.key === from.key && findRole(framework, current.goalRoleKey)?.key === goal.role.key;
  const all = goal ? milestoneTemplatesFor(framework, goal.role.key, from?.key) : [];
  // What is done stays done in the plan; it is not suggested again.
  const doneKeys = new Set(same ? current.milestones.filter((m) => m.done && m.templateKey).map((m) => m.templateKey!) : []);
  const templates = all.filter((template) => !doneKeys.has(template.key));
  const windows = templateWindows(all).filter((w) => !doneKeys.has(w.key));
  const picked = input.targetDate && isoDate.safeParse(input.targetDate).success && input.targetDate > today ? input.targetDate : undefined;
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
        due: existing && keepDates ? existing.due : (dues[i] ?? targetDate),
      };
    }),
  };
}
