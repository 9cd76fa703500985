/**
 * What the pathway and milestone listeners share: who is acting (with today's
 * date where they are), refreshing their Home tab after a change, and answering
 * through a message's response_url from a modal submission.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { todayIn } from '../domain/dates.js';
import type { Person } from '../generated/prisma/client.js';
import { ensureMember, type Member } from '../services/people.js';
import { refreshProfileIfStale } from '../slack/profile.js';
import type { ListenerDeps } from './deps.js';
import { publishHome } from './flows/home.js';

type Client = AllMiddlewareArgs['client'];

export interface Actor {
  member: Member;
  person: Person;
  now: Date;
  /** Today in the person's own time zone: what "in the past" means for their dates. */
  today: string;
}

export async function actorFor(deps: ListenerDeps, client: Client, identity: { teamId: string; userId: string }): Promise<Actor> {
  const member = await ensureMember(deps.prisma, identity);
  const now = deps.clock.now();
  const person = await refreshProfileIfStale(client, deps.prisma, member.person, now, deps.logger);
  return { member, person, now, today: todayIn(person.timeZone ?? deps.config.defaultTimeZone, now) };
}

/** Republishes Home after a change; a failure is logged, never shown (the change itself worked). */
export async function refreshHome(deps: ListenerDeps, client: Client, teamId: string, userId: string, page?: number): Promise<void> {
  await publishHome(deps, client, teamId, userId, page === undefined ? {} : { page }).catch((error: unknown) =>
    deps.logger.warn({ err: error, teamId, userId }, 'could not republish the Home tab'),
  );
}

/** Posts an ephemeral answer to a response_url kept from the message a modal was opened from (or replaces that message). */
export async function answerAt(deps: ListenerDeps, responseUrl: string, message: { text: string; blocks: KnownBlock[] }, replaceOriginal = false): Promise<void> {
  try {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: replaceOriginal, ...message }),
    });
    if (!response.ok) deps.logger.warn({ status: response.status }, 'response_url refused the confirmation');
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not post the confirmation to the response_url');
  }
}
