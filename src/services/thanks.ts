/**
 * Thanks that count: anyone thanks a colleague for work that shows a signal. The thanks is kept as
 * evidence in the recipient's wins log (readable by them and their current manager, like all evidence),
 * the recipient gets a DM through the outbox, and it reaches a channel only under the recipient's
 * celebration consent (services/celebrations.ts). Thanks are never counted, totalled or ranked.
 */
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import { UserError } from '../domain/errors.js';
import { rolesInStageOrder, signalsFor } from '../domain/framework/queries.js';
import { type Language, languageFor } from '../domain/language.js';
import type { Person } from '../generated/prisma/client.js';
import { type CelebrationMessages, celebrateThanks } from './celebrations.js';
import { activeFramework, frameworkFor } from './frameworks.js';
import { enqueueMessage, type OutboxPayload } from './outbox.js';
import { ensurePerson } from './people.js';

export interface ThanksNotice {
  thanker: Pick<Person, 'slackUserId'>;
  reason: string;
  link: string | null;
  signalTitles: string[];
  /** Whether it was kept in the recipient's wins log (they have a pathway). */
  kept: boolean;
}

/** The signals of the workspace's framework, once each, for the "which signal does it show" choice. */
export async function thanksSignalChoices(
  prisma: PrismaClient,
  workspaceId: string,
): Promise<Array<{ key: string; title: string }>> {
  const { framework } = await activeFramework(prisma, workspaceId);
  const seen = new Map<string, string>();
  for (const role of rolesInStageOrder(framework))
    for (const signal of role.signals) if (!seen.has(signal.key)) seen.set(signal.key, signal.title);
  return [...seen].map(([key, title]) => ({ key, title }));
}

export const THANK_YOURSELF_MESSAGE =
  'You can’t thank yourself, but you can keep your own win: `/pathway wins` shows your log, and the ⋮ menu on a message has *Save as evidence*.';

/**
 * Thanks `recipientSlackUserId` from `thanker`: evidence on the recipient's current pathway (or their
 * latest one), tagged with the chosen signals that belong to its goal role; a DM; and a celebration
 * under the recipient's consent. Returns the recipient.
 */
export async function thank(
  prisma: PrismaClient,
  clock: Clock,
  thanker: Person,
  input: { recipientSlackUserId: string; reason: string; link: string | null; signalKeys: readonly string[] },
  messages: { notice: (details: ThanksNotice, language?: Language) => OutboxPayload; celebration: CelebrationMessages },
): Promise<Pick<Person, 'slackUserId'>> {
  if (input.recipientSlackUserId === thanker.slackUserId) throw new UserError(THANK_YOURSELF_MESSAGE);
  const recipient = await ensurePerson(prisma, thanker.workspaceId, input.recipientSlackUserId);
  if (recipient.deactivatedAt !== null)
    throw new UserError('That account is no longer active in this workspace, so nobody would read your thanks.');
  const now = clock.now();
  const pathway =
    (await prisma.pathway.findUnique({ where: { activeForPersonId: recipient.id } })) ??
    (await prisma.pathway.findFirst({
      where: { personId: recipient.id },
      orderBy: [{ endedAt: 'desc' }, { startedAt: 'desc' }],
    }));
  const signals = pathway
    ? signalsFor(await frameworkFor(prisma, pathway.frameworkVersionId), pathway.goalRoleKey).filter((signal) =>
        input.signalKeys.includes(signal.key),
      )
    : [];
  const evidenceId = await prisma.$transaction(async (tx) => {
    const row = pathway
      ? await tx.evidence.create({
          data: {
            personId: recipient.id,
            pathwayId: pathway.id,
            kind: 'thanks',
            text: input.reason,
            link: input.link,
            signalKeys: signals.map((signal) => signal.key),
            authorId: thanker.id,
            createdAt: now,
          },
        })
      : null;
    await enqueueMessage(tx, {
      workspaceId: recipient.workspaceId,
      dedupeKey: row ? `thanks:${row.id}` : `thanks:${thanker.id}:${recipient.id}:${now.getTime()}`,
      kind: 'thanks',
      recipient: recipient.slackUserId,
      payload: messages.notice(
        {
          thanker,
          reason: input.reason,
          link: input.link,
          signalTitles: signals.map((signal) => signal.title),
          kept: row !== null,
        },
        languageFor(recipient),
      ),
      notBefore: now,
    });
    return row?.id ?? null;
  });
  // After the DM, so the consent question follows the thanks it is about.
  if (evidenceId) await celebrateThanks(prisma, clock, evidenceId, messages.celebration);
  return recipient;
}
