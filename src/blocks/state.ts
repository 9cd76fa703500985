/**
 * The one reader of what a person entered in a modal (`view.state.values`), validated with
 * zod: Slack sends block_id → action_id → element state. Builders in this folder own their
 * block ids, so each reads its own fields through these helpers, and so do the listeners.
 */
import { z } from 'zod';
import { type Rating, RatingSchema } from '../domain/readiness.js';

const option = z.object({ value: z.string() });

const elementState = z.object({
  type: z.string().optional(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_option: option.nullish(),
  selected_options: z.array(option).nullish(),
  selected_user: z.string().nullish(),
  selected_users: z.array(z.string()).nullish(),
});

export const viewStateSchema = z.record(z.string(), z.record(z.string(), elementState));
export type ViewState = z.infer<typeof viewStateSchema>;

function element(state: ViewState, blockId: string, actionId: string): z.infer<typeof elementState> | undefined {
  return state[blockId]?.[actionId];
}

/** Typed text, trimmed; undefined when empty. */
export function textValue(state: ViewState, blockId: string, actionId: string): string | undefined {
  const text = element(state, blockId, actionId)?.value?.trim();
  return text ? text : undefined;
}

export function dateValue(state: ViewState, blockId: string, actionId: string): string | undefined {
  return element(state, blockId, actionId)?.selected_date ?? undefined;
}

export function selectedValue(state: ViewState, blockId: string, actionId: string): string | undefined {
  return element(state, blockId, actionId)?.selected_option?.value;
}

export function selectedValues(state: ViewState, blockId: string, actionId: string): string[] {
  return element(state, blockId, actionId)?.selected_options?.map((o) => o.value) ?? [];
}

/** The Slack user ids picked in a users_select (one) or multi_users_select (several). */
export function selectedUsers(state: ViewState, blockId: string, actionId: string): string[] {
  const picked = element(state, blockId, actionId);
  return picked?.selected_users ?? (picked?.selected_user ? [picked.selected_user] : []);
}

/** The rating picked in `blockId`, or undefined when none (or not a rating). */
export function selectedRating(state: ViewState, blockId: string, actionId: string): Rating | undefined {
  const parsed = RatingSchema.safeParse(Number(selectedValue(state, blockId, actionId)));
  return parsed.success ? parsed.data : undefined;
}

/** Whether the checkbox option `value` is ticked in `blockId`. */
export function isChecked(state: ViewState, blockId: string, actionId: string, value: string): boolean {
  return selectedValues(state, blockId, actionId).includes(value);
}

/** Block ids present in the state that start with `prefix`. */
export function blockIdsWithPrefix(state: ViewState, prefix: string): string[] {
  return Object.keys(state).filter((id) => id.startsWith(prefix));
}

/** A view's private_metadata: JSON we wrote, read back through `schema`. */
export function metadataSchema<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'private_metadata is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
