/**
 * "Save as evidence", a message shortcut (the ⋮ menu on any Slack message):
 * opens a modal to keep the message's permalink and a note (starting as the
 * message's text) on the person's wins log, or on one of their milestones.
 * Slack gives no permalink for conversations Pathway cannot see (a DM between
 * two people, a private channel it is not in); the person may paste one then.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { NO_PERMALINK_NOTICE, saveEvidenceModal } from '../../blocks/evidence.js';
import { plainFromSlack } from '../../domain/evidence.js';
import type { Logger } from '../../logger.js';
import { evidenceTargets } from '../../services/evidence.js';
import { ensureMember } from '../../services/people.js';
import { ownCheckIns } from '../../services/privacy.js';
import { platformErrorCode } from '../../slack/platform-error.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralReply } from '../reply.js';
import { safely } from '../safely.js';

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

export const shortcutBody = z.object({
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullable().optional(),
  channel: z.object({ id: z.string().min(1) }),
  message_ts: z.string().min(1),
  message: z.object({ text: z.string().optional() }).loose(),
  trigger_id: z.string().min(1),
});

/** The trigger_id lasts 3 s: a slow permalink is given up on, and the modal opens without it. */
const PERMALINK_WAIT_MS = 1200;

export async function permalinkOf(client: WebClient, channel: string, messageTs: string, logger: Logger): Promise<string | null> {
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

export function saveEvidenceShortcut(deps: ListenerDeps) {
  return async ({ ack, body, respond, client }: ShortcutArgs): Promise<void> => {
    await ack();
    const parsed = shortcutBody.safeParse(body);
    const context = { handler: 'saveEvidenceShortcut', teamId: body.team?.id, userId: body.user.id };
    if (!parsed.success) {
      deps.logger.warn({ ...context, problems: parsed.error.issues.length }, 'message shortcut without the fields Slack sends; ignored');
      return;
    }
    const shortcut = parsed.data;
    const reply = ephemeralReply({ respond, client, channelId: shortcut.channel.id, userId: shortcut.user.id, logger: deps.logger, context });
    await safely(deps.logger, context, reply, async () => {
      const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? '';
      const { person } = await ensureMember(deps.prisma, { teamId, userId: shortcut.user.id });
      const targets = await evidenceTargets(deps.prisma, ownCheckIns(person.id));
      const link = await permalinkOf(client, shortcut.channel.id, shortcut.message_ts, deps.logger);
      const note = plainFromSlack(shortcut.message.text ?? '');
      await client.views.open({ trigger_id: shortcut.trigger_id, view: saveEvidenceModal(targets, { note, link }, link ? null : NO_PERMALINK_NOTICE) });
    });
  };
}
