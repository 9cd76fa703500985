/**
 * The `/pathway plan` modal: current role, goal role (ladder or lattice), target
 * date, the goal's suggested milestones (one list to keep or drop them, then one row
 * each with its date) and a box for the person's own, one a line. Changing the role, goal or target re-proposes the dates
 * (views.update); `rev` is part of the ids of the blocks that must reset, because
 * Slack keeps what was entered in an input whose block_id did not change.
 */
import type { Checkboxes, InputBlock, KnownBlock, ModalView, PlainTextElement, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { resourcesForSignals, rolesInStageOrder, stageOf } from '../domain/framework/queries.js';
import type { Framework } from '../domain/framework/schema.js';
import { MILESTONE_KIND_CHOICES } from '../domain/pathways/milestones.js';
import {
  MAX_OWN_LINES,
  MAX_OWN_TEXT,
  type PlanDraft,
  type PlanField,
  type PlanProblem,
  type PlanProposal,
  type ProposedMilestone,
  readPlanMilestoneName,
  readPlanProblem,
} from '../domain/pathways/plan.js';
import { english, type Translator } from '../i18n/index.js';
import { KIND_EMOJI, kindWord } from './overview.js';
import {
  DATE_PROBLEM_SOURCE,
  formProblemIn,
  MILESTONE_PROBLEM_SOURCE,
  type ProblemSource,
  readProblemIn,
} from './problems.js';
import { blockIdsWithPrefix, dateValue, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mrkdwn, plain, resourcesText, truncate, userText } from './text.js';

export const PLAN_CALLBACK_ID = 'plan_modal';
export const PLAN_ACTIONS = { role: 'plan_role', goal: 'plan_goal', target: 'plan_target' } as const;

const KEEP_ACTION = 'plan_keep';
/** The date beside each suggestion: a section accessory, so Slack sends an action at each change (acknowledged, nothing else). */
export const PLAN_DUE_ACTION = 'plan_due';
const DUE_ACTION = PLAN_DUE_ACTION;
const OWN_ACTION = 'plan_own';
const CHECKBOX_OPTIONS = 10;

export const planMetadataSchema = z.object({
  rev: z.number().int().min(0),
  goal: z.string().max(100).optional(),
});
export type PlanMetadata = z.infer<typeof planMetadataSchema>;

export interface PlanModalInput {
  framework: Framework;
  proposal: PlanProposal;
  today: string;
  rev: number;
  /** True when saving will replace an active pathway (it is kept as history). */
  replacing: boolean;
}

const ids = {
  role: 'plan_role',
  target: 'plan_target',
  goal: (rev: number) => `plan_goal.${rev}`,
  keep: (rev: number, chunk: number) => `plan_keep.${rev}.${chunk}`,
  due: (rev: number, key: string) => `plan_due.${rev}.${key}`,
  own: 'plan_own',
};

function option(text: string, value: string, description?: string): PlainTextOption {
  return {
    text: plain(text, LIMITS.optionText),
    value,
    ...(description ? { description: plain(description, LIMITS.optionText) } : {}),
  };
}

interface RoleGroup {
  label: PlainTextElement;
  options: PlainTextOption[];
}

function roleOptionGroups(framework: Framework, t: Translator): RoleGroup[] {
  const groups = new Map<string, { label: string; options: PlainTextOption[] }>();
  for (const role of rolesInStageOrder(framework)) {
    const stage = stageOf(framework, role);
    const key = stage?.key ?? '';
    const group = groups.get(key) ?? { label: stage?.title ?? t.t('plan.otherRoles'), options: [] };
    group.options.push(option(role.title, role.key));
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    label: plain(group.label, LIMITS.optionText),
    options: group.options,
  }));
}

function findOption(groups: RoleGroup[], value: string | undefined): PlainTextOption | undefined {
  return groups.flatMap((group) => group.options).find((o) => o.value === value);
}

export function kindOptions(t: Translator = english): PlainTextOption[] {
  return MILESTONE_KIND_CHOICES.map((kind) => option(`${KIND_EMOJI[kind]} ${kindWord(kind, t)}`, kind));
}

function roleBlock(framework: Framework, fromRoleKey: string | undefined, t: Translator): InputBlock {
  const groups = roleOptionGroups(framework, t);
  const initial = findOption(groups, fromRoleKey);
  return {
    type: 'input',
    block_id: ids.role,
    dispatch_action: true,
    label: plain(t.t('plan.role.label')),
    element: {
      type: 'static_select',
      action_id: PLAN_ACTIONS.role,
      placeholder: plain(t.t('plan.role.placeholder')),
      option_groups: groups,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function goalBlocks(input: PlanModalInput, t: Translator): KnownBlock[] {
  const { proposal, framework } = input;
  if (!proposal.fromRoleKey) return [{ type: 'context', elements: [mrkdwn(t.t('plan.goal.pickRoleFirst'))] }];
  if (proposal.goals.length === 0) {
    const title =
      rolesInStageOrder(framework).find((r) => r.key === proposal.fromRoleKey)?.title ?? proposal.fromRoleKey;
    return [{ type: 'section', text: mrkdwn(t.t('plan.goal.noMoves', { role: userText(title) })) }];
  }
  const options = proposal.goals.map((goal) =>
    option(t.t('plan.goal.option', { move: goal.kind, role: goal.role.title }), goal.role.key),
  );
  const initial = options.find((o) => o.value === proposal.goalRoleKey);
  return [
    {
      type: 'input',
      block_id: ids.goal(input.rev),
      dispatch_action: true,
      label: plain(t.t('plan.goal.label')),
      hint: plain(t.t('plan.goal.hint')),
      element: {
        type: 'static_select',
        action_id: PLAN_ACTIONS.goal,
        placeholder: plain(t.t('plan.goal.placeholder')),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
}

function targetBlock(proposal: PlanProposal, t: Translator): InputBlock {
  return {
    type: 'input',
    block_id: ids.target,
    dispatch_action: true,
    label: plain(t.t('plan.target.label')),
    hint: plain(t.t('plan.target.hint')),
    element: {
      type: 'datepicker',
      action_id: PLAN_ACTIONS.target,
      initial_date: proposal.targetDate,
      placeholder: plain(t.t('plan.target.placeholder')),
    },
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** "Course · runs throughout, from Mon 11 Jan 2027": when the activity runs beside the others. */
function timing({ template, start }: ProposedMilestone, t: Translator): string {
  const values = { kind: kindWord(template.kind, t), date: t.date(start) };
  return template.throughout ? t.t('plan.timing.throughout', values) : t.t('plan.timing.from', values);
}

/**
 * One list to keep or drop the suggestions (Slack allows 10 checkboxes a block), then one
 * row per suggestion: what it is, when it runs, and its due date beside it.
 */
function templateBlocks(input: PlanModalInput, t: Translator): KnownBlock[] {
  const { proposal, rev } = input;
  if (proposal.milestones.length === 0) return [];
  const goalTitle = proposal.goals.find((g) => g.role.key === proposal.goalRoleKey)?.role.title ?? '';
  const blocks: KnownBlock[] = [];
  chunks(proposal.milestones, CHECKBOX_OPTIONS).forEach((group, chunk) => {
    const options = group.map(({ template }) => option(`${KIND_EMOJI[template.kind]} ${template.title}`, template.key));
    const kept = options.filter((_, i) => group[i]!.keep);
    const element: Checkboxes = {
      type: 'checkboxes',
      action_id: KEEP_ACTION,
      options,
      ...(kept.length > 0 ? { initial_options: kept } : {}),
    };
    blocks.push({
      type: 'input',
      block_id: ids.keep(rev, chunk),
      optional: true,
      label: plain(chunk === 0 ? t.t('plan.suggested.label', { goal: goalTitle }) : t.t('plan.suggested.more'), 2000),
      ...(chunk === 0 ? { hint: plain(t.t('plan.suggested.hint'), 2000) } : {}),
      element,
    });
  });
  for (const proposed of proposal.milestones) {
    const { template, due } = proposed;
    const description = template.description ? `\n${userText(truncate(template.description, 280))}` : '';
    // The framework's resources for the signals this builds, as Home and its nudges show them later.
    const helps = resourcesText(
      proposal.goalRoleKey ? resourcesForSignals(input.framework, proposal.goalRoleKey, template.signals) : [],
      2,
      t,
    );
    blocks.push({
      type: 'section',
      block_id: ids.due(rev, template.key),
      text: mrkdwn(
        `${KIND_EMOJI[template.kind]} *${userText(template.title)}*\n_${timing(proposed, t)}_${description}${helps ? `\n${helps}` : ''}`,
      ),
      accessory: {
        type: 'datepicker',
        action_id: DUE_ACTION,
        initial_date: due,
        placeholder: plain(t.t('plan.suggested.due')),
      },
    });
  }
  return blocks;
}

function ownBlock(t: Translator): InputBlock {
  return {
    type: 'input',
    block_id: ids.own,
    optional: true,
    label: plain(t.t('plan.own.label')),
    hint: plain(t.t('plan.own.hint', { max: MAX_OWN_LINES }), 2000),
    element: {
      type: 'plain_text_input',
      action_id: OWN_ACTION,
      multiline: true,
      max_length: MAX_OWN_TEXT,
      placeholder: plain(t.t('plan.own.placeholder')),
    },
  };
}

/** The first block: what saving does to a plan the person already has, or what this form is for. */
function introBlock(input: PlanModalInput, t: Translator): KnownBlock {
  if (!input.replacing) return { type: 'section', text: mrkdwn(t.t('plan.intro.new')) };
  const kept: string[] = [];
  if (input.proposal.ownCount > 0) kept.push(t.t('plan.intro.keptOwn', { count: input.proposal.ownCount }));
  if (input.proposal.doneCount > 0) kept.push(t.t('plan.intro.keptDone', { count: input.proposal.doneCount }));
  const text = kept.length > 0 ? t.t('plan.intro.replacingKeeps', { kept: t.list(kept) }) : t.t('plan.intro.replacing');
  return { type: 'context', elements: [mrkdwn(text)] };
}

export function planModal(input: PlanModalInput, t: Translator = english): ModalView {
  const metadata: PlanMetadata = {
    rev: input.rev,
    ...(input.proposal.goalRoleKey ? { goal: input.proposal.goalRoleKey } : {}),
  };
  const blocks: KnownBlock[] = [
    // Said first: what saving does to the plan the person already has.
    introBlock(input, t),
    roleBlock(input.framework, input.proposal.fromRoleKey, t),
    ...goalBlocks(input, t),
    targetBlock(input.proposal, t),
    ...templateBlocks(input, t),
    ownBlock(t),
  ];
  return {
    type: 'modal',
    callback_id: PLAN_CALLBACK_ID,
    title: plain(t.t('plan.modal.title'), LIMITS.modalTitle),
    submit: plain(t.t('plan.modal.submit'), LIMITS.modalTitle),
    close: plain(t.t('plan.modal.cancel'), LIMITS.modalTitle),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

/** Reads the form into a draft for validatePlan. */
export function readPlanForm(state: ViewState, metadata: PlanMetadata): PlanDraft {
  const kept = new Set(
    blockIdsWithPrefix(state, `plan_keep.${metadata.rev}.`).flatMap((blockId) =>
      selectedValues(state, blockId, KEEP_ACTION),
    ),
  );
  const duePrefix = `plan_due.${metadata.rev}.`;
  const templates = blockIdsWithPrefix(state, duePrefix).map((blockId) => {
    const key = blockId.slice(duePrefix.length);
    return { key, keep: kept.has(key), due: dateValue(state, blockId, DUE_ACTION) };
  });
  return {
    fromRoleKey: selectedValue(state, ids.role, PLAN_ACTIONS.role),
    goalRoleKey: selectedValue(state, ids.goal(metadata.rev), PLAN_ACTIONS.goal),
    targetDate: dateValue(state, ids.target, PLAN_ACTIONS.target),
    templates,
    own: textValue(state, ids.own, OWN_ACTION),
  };
}

/** The block each problem is shown beside; a field the modal does not show falls back to one it does. */
function blockIdFor(field: PlanField, state: ViewState, metadata: PlanMetadata): string {
  const present = (blockId: string): boolean => blockId in state;
  switch (field.kind) {
    case 'from':
      return ids.role;
    case 'goal': {
      const goal = ids.goal(metadata.rev);
      return present(goal) ? goal : ids.role;
    }
    case 'target':
      return ids.target;
    case 'keep':
    case 'template': {
      // A date beside a suggestion is not an input block (Slack shows errors only on those): its problem, naming it, goes on the list.
      const keep = ids.keep(metadata.rev, 0);
      return present(keep) ? keep : ids.own;
    }
    case 'own':
      return ids.own;
  }
}

const PLAN_PROBLEM_SOURCE: ProblemSource = { read: readPlanProblem, prefix: 'plan.problem' };

/** A problem of the plan form (validatePlan) in the person's language; a milestone's names it first ("Line 2: …"). */
export function planProblemText(problem: string, t: Translator = english): string {
  const whole = readProblemIn(problem, t, [PLAN_PROBLEM_SOURCE]);
  if (whole !== undefined) return whole;
  // A suggestion's title may hold ": " itself: the name is the first prefix that reads as one.
  for (let at = problem.indexOf(': '); at >= 0; at = problem.indexOf(': ', at + 1)) {
    const name = readProblemIn(problem.slice(0, at), t, [{ read: readPlanMilestoneName, prefix: 'plan.problem.name' }]);
    if (name === undefined) continue;
    const what = formProblemIn(problem.slice(at + 2), t, [
      PLAN_PROBLEM_SOURCE,
      MILESTONE_PROBLEM_SOURCE,
      DATE_PROBLEM_SOURCE,
    ]);
    return `${name}: ${what}`;
  }
  return problem;
}

/** `response_action: 'errors'` payload: one message per block (the first problem wins), in the person's language. */
export function planErrors(
  problems: PlanProblem[],
  state: ViewState,
  metadata: PlanMetadata,
  t: Translator = english,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const blockId = blockIdFor(problem.field, state, metadata);
    errors[blockId] ??= truncate(planProblemText(problem.message, t), 150);
  }
  return errors;
}

/** Shown when the modal was submitted with another goal's suggestions still on it. */
export function staleGoalErrors(
  state: ViewState,
  metadata: PlanMetadata,
  t: Translator = english,
): Record<string, string> {
  return { [blockIdFor({ kind: 'goal' }, state, metadata)]: t.t('plan.staleGoal') };
}

/** The DM after saving: what was saved, the person's own milestones with their dates in words (as typed dates were read), and where to follow it. */
export function planSavedMessage(
  goalTitle: string,
  targetDate: string,
  milestones: readonly { title: string; due: string; templateKey: string | null }[],
  t: Translator = english,
): { text: string; blocks: KnownBlock[] } {
  const count = milestones.length;
  const text = t.t('plan.saved.text', { goal: goalTitle, date: t.date(targetDate), count });
  const own = milestones.filter((m) => m.templateKey === null).slice(0, 10);
  const ownLines = own.map((m) =>
    t.t('plan.saved.ownLine', { title: userText(truncate(m.title, 150)), date: t.date(m.due) }),
  );
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(t.t('plan.saved.body', { goal: userText(goalTitle), date: t.date(targetDate), count })),
      },
      ...(own.length > 0
        ? [{ type: 'section' as const, text: mrkdwn(`${t.t('plan.saved.own')}\n${ownLines.join('\n')}`) }]
        : []),
      { type: 'context', elements: [mrkdwn(t.t('plan.saved.footer'))] },
    ],
  };
}

/** After `/pathway target`: the new date as understood, what moved and what was left alone. */
export function targetChangedReply(
  change: { previousTarget: string; targetDate: string; redated: number; leftAlone: number },
  t: Translator = english,
): { text: string; blocks: KnownBlock[] } {
  const moved = t.t('plan.target.moved', {
    from: t.date(change.previousTarget),
    to: t.date(change.targetDate),
    count: change.redated,
  });
  const text = change.leftAlone === 0 ? moved : `${moved} ${t.t('plan.target.leftAlone', { count: change.leftAlone })}`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
