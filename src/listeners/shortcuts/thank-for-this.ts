/**
 * "Thank for this", a message shortcut: opens the thanks form with the message's author as the person
 * to thank, its text as what for, and its permalink kept with the thanks.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { thanksModal } from '../../blocks/thanks.js';
import { plainFromSlack } from '../../domain/evidence.js';
import { ensureMember } from '../../services/people.js';
import { thanksSignalChoices } from '../../services/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { ephemeralReply } from '../reply.js';
import { safely } from '../safely.js';
import { permalinkOf, shortcutBody } from './save-evidence.js';

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

const withAuthor = shortcutBody.extend({ message: z.object({ text: z.string().optional(), user: z.string().optional() }).loose() });

export function thankForThisShortcut(deps: ListenerDeps) {
  return async ({ ack, body, respond, client }: ShortcutArgs): Promise<void> => {
    await ack();
    const parsed = withAuthor.safeParse(body);
    const context = { handler: 'thankForThisShortcut', teamId: body.team?.id, userId: body.user.id };
    if (!parsed.success) {
      deps.logger.warn({ ...context, problems: parsed.error.issues.length }, 'message shortcut without the fields Slack sends; ignored');
      return;
    }
    const shortcut = parsed.data;
    const reply = ephemeralReply({ respond, client, channelId: shortcut.channel.id, userId: shortcut.user.id, logger: deps.logger, context });
    await safely(deps.logger, context, reply, async () => {
      const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? '';
      const { workspace } = await ensureMember(deps.prisma, { teamId, userId: shortcut.user.id });
      const [signals, link] = await Promise.all([
        thanksSignalChoices(deps.prisma, workspace.id),
        permalinkOf(client, shortcut.channel.id, shortcut.message_ts, deps.logger),
      ]);
      const author = shortcut.message.user && shortcut.message.user !== shortcut.user.id ? shortcut.message.user : null;
      await client.views.open({ trigger_id: shortcut.trigger_id, view: thanksModal({ to: author, reason: plainFromSlack(shortcut.message.text ?? ''), link }, signals) });
    });
  };
}
