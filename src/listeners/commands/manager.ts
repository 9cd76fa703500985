/** `/pathway manager @name`: asks that person to confirm they are the manager. */
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { managerNotices, managerRequestedText } from '../../blocks/team.js';
import { mrkdwn } from '../../blocks/text.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { type Translator, translator } from '../../i18n/index.js';
import { requestManager } from '../../services/managers.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

const mentionedUser = z.object({ deleted: z.boolean().optional(), is_bot: z.boolean().optional() });

/** A bot or a deactivated account cannot confirm anything: say so before asking. */
async function checkCanBeManager(client: WebClient, slackUserId: string, t: Translator): Promise<void> {
  const response = await client.users.info({ user: slackUserId });
  const user = mentionedUser.parse(response.user ?? {});
  if (user.is_bot) throw new UserError(t.t('manager.error.app'));
  if (user.deleted) throw new UserError(t.t('manager.error.deactivated'));
}

export async function managerReply(
  deps: ListenerDeps,
  client: WebClient,
  person: Person,
  managerSlackUserId: string,
  now: Date,
): Promise<Reply> {
  const t = translator(languageFor(person));
  await checkCanBeManager(client, managerSlackUserId, t);
  const requested = await requestManager(deps.prisma, person, managerSlackUserId, now, managerNotices);
  const text = managerRequestedText(requested.manager.slackUserId, requested.replacedPending, t);
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
