/**
 * Reading modal submissions: view.state.values validated with zod, ratings and
 * text fields by block id, and failures shown inside the modal.
 */
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { RatingSchema, type Rating } from '../../domain/readiness.js';
import type { ListenerDeps } from '../deps.js';
import { referenceId } from '../safely.js';

/** view.state.values as Slack sends them: block id → action id → element state. */
export const stateValuesSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.object({
      selected_option: z.object({ value: z.string() }).nullable().optional(),
      selected_options: z.array(z.object({ value: z.string() })).nullable().optional(),
      value: z.string().nullable().optional(),
    }),
  ),
);
export type StateValues = z.infer<typeof stateValuesSchema>;

/** The rating picked in `blockId`, or undefined when none (or not a rating). */
export function selectedRating(values: StateValues, blockId: string, actionId: string): Rating | undefined {
  const parsed = RatingSchema.safeParse(Number(values[blockId]?.[actionId]?.selected_option?.value));
  return parsed.success ? parsed.data : undefined;
}

/** Whether the checkbox option `value` is ticked in `blockId`. */
export function isChecked(values: StateValues, blockId: string, actionId: string, value: string): boolean {
  return values[blockId]?.[actionId]?.selected_options?.some((option) => option.value === value) ?? false;
}

export function textValue(values: StateValues, blockId: string, actionId: string): string | undefined {
  return values[blockId]?.[actionId]?.value ?? undefined;
}

const STALE_FORM_MESSAGE = 'This form is out of date. Close it and open it again from `/pathway`.';

/**
 * Reads what a submission carries from Pathway itself (private_metadata) or
 * from Slack (state.values). When it does not parse, the form is stale or was
 * not made by us: bad input for the person to redo, not a failure of ours.
 */
export function parseSubmitted<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError(STALE_FORM_MESSAGE);
  return parsed.data;
}

export function firstInputBlockId(blocks: readonly { type: string; block_id?: string }[]): string | undefined {
  return blocks.find((block) => block.type === 'input')?.block_id;
}

/**
 * A UserError is shown on the first field of the modal (Slack shows modal errors
 * only beside inputs); anything else is logged and answered with a reference id.
 */
export function submissionFailure(
  deps: ListenerDeps,
  context: Record<string, unknown>,
  error: unknown,
  blockId: string | undefined,
): { response_action: 'errors'; errors: Record<string, string> } | undefined {
  let message: string;
  if (error instanceof UserError) {
    message = error.message;
  } else {
    const reference = referenceId();
    deps.logger.error({ ...context, err: error, reference }, 'view submission failed');
    message = `Sorry, something went wrong on our side. Please try again in a minute (reference ${reference}).`;
  }
  return blockId ? { response_action: 'errors', errors: { [blockId]: message } } : undefined;
}
