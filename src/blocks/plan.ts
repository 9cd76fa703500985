/**
 * The `/pathway plan` modal: current role, goal role (ladder or lattice), target
 * date, the goal's suggested milestones (one list to keep or drop them, then one row
 * each with its date) and a box for the person's own, one a line. Changing the role, goal or target re-proposes the dates
 * (views.update); `rev` is part of the ids of the blocks that must reset, because
 * Slack keeps what was entered in an input whose block_id did not change.
 */
import type { Checkboxes, InputBlock, KnownBlock, ModalView, PlainTextElement, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
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
} from '../domain/pathways/plan.js';
import { resourcesText } from './nudges.js';
import { KIND_EMOJI, KIND_WORDS } from './overview.js';
import { blockIdsWithPrefix, dateValue, selectedValue, selectedValues, textValue, type ViewState } from './state.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

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

function roleOptionGroups(framework: Framework): RoleGroup[] {
  const groups = new Map<string, { label: string; options: PlainTextOption[] }>();
  for (const role of rolesInStageOrder(framework)) {
    const stage = stageOf(framework, role);
    const key = stage?.key ?? '';
    const group = groups.get(key) ?? { label: stage?.title ?? 'Other roles', options: [] };
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

export function kindOptions(): PlainTextOption[] {
  return MILESTONE_KIND_CHOICES.map((kind) => option(`${KIND_EMOJI[kind]} ${KIND_WORDS[kind]}`, kind));
}

function roleBlock(framework: Framework, fromRoleKey: string | undefined): InputBlock {
  const groups = roleOptionGroups(framework);
  const initial = findOption(groups, fromRoleKey);
  return {
    type: 'input',
    block_id: ids.role,
    dispatch_action: true,
    label: plain('Your role today'),
    element: {
      type: 'static_select',
      action_id: PLAN_ACTIONS.role,
      placeholder: plain('Pick the role closest to what you do'),
      option_groups: groups,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function goalBlocks(input: PlanModalInput): KnownBlock[] {
  const { proposal, framework } = input;
  if (!proposal.fromRoleKey)
    return [{ type: 'context', elements: [mrkdwn('Pick your role today to see where you can go from it.')] }];
  if (proposal.goals.length === 0) {
    const title =
      rolesInStageOrder(framework).find((r) => r.key === proposal.fromRoleKey)?.title ?? proposal.fromRoleKey;
    return [
      {
        type: 'section',
        text: mrkdwn(
          `This framework has no moves from *${userText(title)}* yet. Pick another role, or ask your Pathway admin.`,
        ),
      },
    ];
  }
  const options = proposal.goals.map((goal) =>
    option(`${goal.kind === 'ladder' ? 'Step up' : 'Move across'}: ${goal.role.title}`, goal.role.key),
  );
  const initial = options.find((o) => o.value === proposal.goalRoleKey);
  return [
    {
      type: 'input',
      block_id: ids.goal(input.rev),
      dispatch_action: true,
      label: plain('Where you want to go'),
      hint: plain('A step up the ladder, or a move across to a neighbouring role.'),
      element: {
        type: 'static_select',
        action_id: PLAN_ACTIONS.goal,
        placeholder: plain('Pick your goal role'),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
}

function targetBlock(proposal: PlanProposal): InputBlock {
  return {
    type: 'input',
    block_id: ids.target,
    dispatch_action: true,
    label: plain('Target date'),
    hint: plain('When you would like to be ready. Changing it spreads the dates below again.'),
    element: {
      type: 'datepicker',
      action_id: PLAN_ACTIONS.target,
      initial_date: proposal.targetDate,
      placeholder: plain('Pick a date'),
    },
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** "Course · runs throughout, from Mon 11 Jan 2027": when the activity runs beside the others. */
function timing({ template, start }: ProposedMilestone): string {
  return `${KIND_WORDS[template.kind]} · ${template.throughout ? 'runs throughout, ' : ''}from ${formatDate(start)}`;
}

/**
 * One list to keep or drop the suggestions (Slack allows 10 checkboxes a block), then one
 * row per suggestion: what it is, when it runs, and its due date beside it.
 */
function templateBlocks(input: PlanModalInput): KnownBlock[] {
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
      label: plain(chunk === 0 ? `Suggested milestones for ${goalTitle}` : 'More suggestions', 2000),
      ...(chunk === 0
        ? {
            hint: plain(
              'Untick the ones you don’t want. Each one’s due date is beside it below, spread from today to your target: change any.',
              2000,
            ),
          }
        : {}),
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
    );
    blocks.push({
      type: 'section',
      block_id: ids.due(rev, template.key),
      text: mrkdwn(
        `${KIND_EMOJI[template.kind]} *${userText(template.title)}*\n_${timing(proposed)}_${description}${helps ? `\n${helps}` : ''}`,
      ),
      accessory: { type: 'datepicker', action_id: DUE_ACTION, initial_date: due, placeholder: plain('Due date') },
    });
  }
  return blocks;
}

function ownBlock(): InputBlock {
  return {
    type: 'input',
    block_id: ids.own,
    optional: true,
    label: plain('Add your own'),
    hint: plain(
      `One a line, up to ${MAX_OWN_LINES}, each with “by” and a date if you like (without one it is due on your target date). Kind, link and more: Edit on Home; more milestones later with /pathway add.`,
      2000,
    ),
    element: {
      type: 'plain_text_input',
      action_id: OWN_ACTION,
      multiline: true,
      max_length: MAX_OWN_TEXT,
      placeholder: plain('Shadow a stakeholder workshop by 31 March'),
    },
  };
}

/** The first block: what saving does to a plan the person already has, or what this form is for. */
function introBlock(input: PlanModalInput): KnownBlock {
  if (!input.replacing) {
    return {
      type: 'section',
      text: mrkdwn(
        'Pick where you want to go and by when. Pathway suggests milestones from your career framework: keep, drop or re-date them, and add your own.',
      ),
    };
  }
  const kept: string[] = [];
  if (input.proposal.ownCount > 0)
    kept.push(`your ${input.proposal.ownCount} own milestone${input.proposal.ownCount === 1 ? '' : 's'}`);
  if (input.proposal.doneCount > 0) kept.push(`the ${input.proposal.doneCount} done`);
  const keeps = kept.length > 0 ? ` ${kept.join(' and ')} stay as they are.` : '';
  return {
    type: 'context',
    elements: [
      mrkdwn(
        `*Changing your plan:* this starts from your current one. With the same goal, saving updates it in place:${keeps || ' nothing is lost.'} A new goal starts a new plan (the current one stays in your history) and takes your own open milestones along. To move only the target date: \`/pathway target <date>\`.`,
      ),
    ],
  };
}

export function planModal(input: PlanModalInput): ModalView {
  const metadata: PlanMetadata = {
    rev: input.rev,
    ...(input.proposal.goalRoleKey ? { goal: input.proposal.goalRoleKey } : {}),
  };
  const blocks: KnownBlock[] = [
    // Said first: what saving does to the plan the person already has.
    introBlock(input),
    roleBlock(input.framework, input.proposal.fromRoleKey),
    ...goalBlocks(input),
    targetBlock(input.proposal),
    ...templateBlocks(input),
    ownBlock(),
  ];
  return {
    type: 'modal',
    callback_id: PLAN_CALLBACK_ID,
    title: plain('Plan your pathway', LIMITS.modalTitle),
    submit: plain('Save plan', LIMITS.modalTitle),
    close: plain('Cancel', LIMITS.modalTitle),
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

/** `response_action: 'errors'` payload: one message per block (the first problem wins). */
export function planErrors(problems: PlanProblem[], state: ViewState, metadata: PlanMetadata): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const blockId = blockIdFor(problem.field, state, metadata);
    errors[blockId] ??= truncate(problem.message, 150);
  }
  return errors;
}

/** Shown when the modal was submitted with another goal's suggestions still on it. */
export function staleGoalErrors(state: ViewState, metadata: PlanMetadata): Record<string, string> {
  return {
    [blockIdFor({ kind: 'goal' }, state, metadata)]:
      'The suggestions below are still refreshing for this goal: pick it again, then save.',
  };
}

/** The DM after saving: what was saved, the person's own milestones with their dates in words (as typed dates were read), and where to follow it. */
export function planSavedMessage(
  goalTitle: string,
  targetDate: string,
  milestones: readonly { title: string; due: string; templateKey: string | null }[],
): { text: string; blocks: KnownBlock[] } {
  const count = milestones.length;
  const text = `Your plan is saved: ${goalTitle} by ${formatDate(targetDate)}, with ${count} milestone${count === 1 ? '' : 's'}.`;
  const own = milestones.filter((m) => m.templateKey === null).slice(0, 10);
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:world_map: Your plan is saved: *${userText(goalTitle)}* by ${formatDate(targetDate)}, with ${count} milestone${count === 1 ? '' : 's'}.`,
        ),
      },
      ...(own.length > 0
        ? [
            {
              type: 'section' as const,
              text: mrkdwn(
                `Your own:\n${own.map((m) => `• ${userText(truncate(m.title, 150))}, due ${formatDate(m.due)}`).join('\n')}`,
              ),
            },
          ]
        : []),
      {
        type: 'context',
        elements: [
          mrkdwn('Your *Home* tab lists them with buttons to mark done, move or edit. `/pathway done 1` works too.'),
        ],
      },
    ],
  };
}

/** After `/pathway target`: the new date as understood, what moved and what was left alone. */
export function targetChangedReply(change: {
  previousTarget: string;
  targetDate: string;
  redated: number;
  leftAlone: number;
}): { text: string; blocks: KnownBlock[] } {
  const moved = change.redated === 1 ? '1 open milestone was' : `${change.redated} open milestones were`;
  const alone =
    change.leftAlone === 0
      ? ''
      : ` ${change.leftAlone === 1 ? '1 date you set yourself was' : `${change.leftAlone} dates you set yourself were`} left as they are: add \`all\` to move them too.`;
  const text = `:dart: Target moved from ${formatDate(change.previousTarget)} to ${formatDate(change.targetDate)}. ${moved} re-dated to fit.${alone}`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
