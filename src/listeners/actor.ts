/** Who is acting on a Slack request: their workspace membership, profile kept fresh, today's date where they are, and their language. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { todayIn } from '../domain/dates.js';
import { languageFor } from '../domain/language.js';
import type { Person } from '../generated/prisma/client.js';
import { type Translator, translator } from '../i18n/index.js';
import { ensureMember, type Member } from '../services/people.js';
import { refreshProfileIfStale } from '../services/profile.js';
import type { ListenerDeps } from './deps.js';

type Client = AllMiddlewareArgs['client'];

export interface Actor {
  member: Member;
  person: Person;
  now: Date;
  /** Today in the person's own time zone: what "in the past" means for their dates. */
  today: string;
  /** Messages in the person's language: their choice, else their Slack locale's, else the workspace's. */
  t: Translator;
}

export async function actorFor(
  deps: ListenerDeps,
  client: Client,
  identity: { teamId: string; userId: string },
): Promise<Actor> {
  const member = await ensureMember(deps.prisma, identity);
  const now = deps.clock.now();
  const person = await refreshProfileIfStale(client, deps.prisma, member.person, now, deps.logger);
  return {
    member,
    person,
    now,
    today: todayIn(person.timeZone ?? deps.config.defaultTimeZone, now),
    t: translator(languageFor(person, member.workspace.language)),
  };
}
