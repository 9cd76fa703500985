/**
 * Modal submissions: what they carry parsed or refused as a stale form, and failures shown
 * inside the modal. Fields are read with blocks/state.ts.
 */
import type { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { english, type Translator } from '../../i18n/index.js';
import type { ListenerDeps } from '../deps.js';
import { viewFailureMessage } from '../safely.js';

/**
 * Reads what a submission carries from Pathway itself (private_metadata) or
 * from Slack (state.values). When it does not parse, the form is stale or was
 * not made by us: bad input for the person to redo, not a failure of ours.
 */
export function parseSubmitted<T extends z.ZodType>(schema: T, value: unknown, t: Translator = english): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError(t.t('form.stale'));
  return parsed.data;
}

export function firstInputBlockId(blocks: readonly { type: string; block_id?: string }[]): string | undefined {
  return blocks.find((block) => block.type === 'input')?.block_id;
}

/**
 * A UserError is shown on the first field of the modal (Slack shows modal errors
 * only beside inputs); anything else is logged and answered with a reference id.
 * Both in `t`'s language, else in the one last noted for the context's `userId`.
 */
export function submissionFailure(
  deps: ListenerDeps,
  context: Record<string, unknown>,
  error: unknown,
  blockId: string | undefined,
  t?: Translator,
): { response_action: 'errors'; errors: Record<string, string> } | undefined {
  const message = viewFailureMessage(
    deps.logger,
    context,
    error,
    'view submission failed',
    (reference, reader) => reader.t('form.failed', { reference }),
    t,
  );
  return blockId ? { response_action: 'errors', errors: { [blockId]: message } } : undefined;
}
