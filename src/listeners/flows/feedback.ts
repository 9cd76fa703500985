/**
 * Feedback on readiness signals and thanks, shared by `/pathway feedback`, `/pathway thanks` and the
 * buttons, forms and shortcut that do the same: the ask form with what was typed picked, and thanks.
 */
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { celebrationMessagesIn } from '../../blocks/celebrations.js';
import { feedbackAskModal } from '../../blocks/feedback.js';
import { mrkdwn } from '../../blocks/text.js';
import { thanksNotice, thanksSentText } from '../../blocks/thanks.js';
import { UserError } from '../../domain/errors.js';
import { signalsByNumber } from '../../domain/feedback.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { english, type Translator, translator } from '../../i18n/index.js';
import { feedbackFormFor } from '../../services/feedback.js';
import { thank } from '../../services/thanks.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

/** The ask form, with the colleagues and signal numbers typed after `/pathway feedback` already picked. */
export async function feedbackAskView(
  deps: ListenerDeps,
  person: Person,
  prefill: { slackUserIds: readonly string[]; signalNumbers: readonly number[] },
): Promise<ModalView> {
  const t = translator(languageFor(person));
  const form = await feedbackFormFor(deps.prisma, person.id, deps.clock.now());
  const { keys, unknown } = signalsByNumber(
    prefill.signalNumbers,
    form.signals.map((signal) => signal.key),
  );
  if (unknown.length > 0) {
    const list = form.signals.map((signal, index) => `${index + 1}. ${signal.title}`).join('; ');
    throw new UserError(
      t.t('feedback.error.noSignal', { count: form.signals.length, numbers: unknown.join(', '), list }),
    );
  }
  return feedbackAskModal(
    form,
    { slackUserIds: prefill.slackUserIds.filter((id) => id !== person.slackUserId), signalKeys: keys },
    t,
  );
}

/** The first of `slackUserIds` that is an app or a deactivated account (they cannot read a DM or answer), if any. */
export async function notAPerson(
  client: WebClient,
  slackUserIds: readonly string[],
): Promise<{ slackUserId: string; why: 'app' | 'deactivated' } | null> {
  const answers = await Promise.all(
    slackUserIds.map(async (user) => ({ user, info: (await client.users.info({ user })).user })),
  );
  for (const { user, info } of answers) {
    if (info?.is_bot) return { slackUserId: user, why: 'app' };
    if (info?.deleted) return { slackUserId: user, why: 'deactivated' };
  }
  return null;
}

/** An app or a deactivated account cannot read thanks: say so before anything is kept. */
export async function checkCanBeThanked(client: WebClient, slackUserId: string, t: Translator): Promise<void> {
  const problem = await notAPerson(client, [slackUserId]);
  if (problem?.why === 'app') throw new UserError(t.t('thanks.error.app'));
  if (problem) throw new UserError(t.t('thanks.error.deactivated'));
}

/** `/pathway thanks @ana for …`: kept, sent and confirmed. */
export async function thanksReply(
  deps: ListenerDeps,
  client: WebClient,
  person: Person,
  recipientSlackUserId: string,
  reason: string,
): Promise<Reply> {
  const t = translator(languageFor(person));
  await checkCanBeThanked(client, recipientSlackUserId, t);
  const recipient = await thank(
    deps.prisma,
    deps.clock,
    person,
    { recipientSlackUserId, reason, link: null, signalKeys: [] },
    { notice: thanksNotice, celebration: celebrationMessagesIn(english /* channel posts: the workspace's language */) },
  );
  const text = thanksSentText(recipient.slackUserId, t);
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
