/**
 * What every message shortcut shares: reading Slack's payload (a malformed one is logged and ignored),
 * answering the person ephemerally where they pressed it, the one failure wrapper, and the message's permalink.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { platformErrorCode } from '../../slack/platform-error.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralReply } from '../reply.js';
import { safely } from '../safely.js';

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

export const shortcutBody = z.object({
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  channel: z.object({ id: z.string().min(1) }),
  message_ts: z.string().min(1),
  message: z.object({ text: z.string().optional() }).loose(),
  trigger_id: z.string().min(1),
});

/** The trigger_id lasts 3 s: a slow permalink is given up on, and the modal opens without it. */
const PERMALINK_WAIT_MS = 1200;

export async function permalinkOf(
  client: WebClient,
  channel: string,
  messageTs: string,
  logger: Logger,
): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), PERMALINK_WAIT_MS);
  });
  const asked = client.chat
    .getPermalink({ channel, message_ts: messageTs })
    .then((answer) => answer.permalink ?? null)
    .catch((error: unknown) => {
      // Conversations the bot cannot see answer channel_not_found; the note is kept without a link.
      logger.info({ err: error, code: platformErrorCode(error), channel }, 'no permalink for the saved message');
      return null;
    });
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A message shortcut's handler: acks, reads the payload with `schema`, and runs `work` inside the failure
 * wrapper with the person's team id.
 */
export function messageShortcut<S extends typeof shortcutBody>(
  deps: ListenerDeps,
  handler: string,
  schema: S,
  work: (shortcut: z.infer<S>, client: WebClient, teamId: string) => Promise<void>,
) {
  return async ({ ack, body, respond, client }: ShortcutArgs): Promise<void> => {
    await ack();
    const parsed = schema.safeParse(body);
    const context = { handler, teamId: body.team?.id, userId: body.user.id };
    if (!parsed.success) {
      deps.logger.warn(
        { ...context, problems: parsed.error.issues.length },
        'message shortcut without the fields Slack sends; ignored',
      );
      return;
    }
    const shortcut = parsed.data;
    const reply = ephemeralReply({
      respond,
      client,
      channelId: shortcut.channel.id,
      userId: shortcut.user.id,
      logger: deps.logger,
      context,
    });
    await safely(deps.logger, context, reply, () =>
      work(shortcut, client, shortcut.team?.id ?? shortcut.user.team_id ?? ''),
    );
  };
}
