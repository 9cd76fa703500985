/**
 * Keeps a person's time zone, locale, name and email in step with Slack's users.info.
 * Refreshed at most once a day: people travel and change zones, but not hourly.
 */
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { PrismaClient } from '../db/client.js';
import { languageFor } from '../domain/language.js';
import type { Person } from '../generated/prisma/client.js';
import { noteReader } from '../i18n/readers.js';
import type { Logger } from '../logger.js';
import { updateProfile } from './people.js';

const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;
/** Admin rights are checked against Slack at most this long ago, so a demoted admin loses them promptly. */
export const ADMIN_CHECK_MAX_AGE_MS = 60 * 1000;

const usersInfoUser = z.object({
  deleted: z.boolean().optional(),
  is_admin: z.boolean().optional(),
  is_owner: z.boolean().optional(),
  real_name: z.string().optional(),
  tz: z.string().optional(),
  /** Only with include_locale: how the person's Slack writes dates (3/4 is 3 April or March 4). */
  locale: z.string().max(35).optional(),
  profile: z
    .object({ display_name: z.string().optional(), real_name: z.string().optional(), email: z.string().optional() })
    .optional(),
});

export async function refreshProfileIfStale(
  client: WebClient,
  prisma: PrismaClient,
  person: Person,
  now: Date,
  logger: Logger,
  maxAgeMs = REFRESH_AFTER_MS,
): Promise<Person> {
  const fresh = await profileNoOlderThan(client, prisma, person, now, logger, maxAgeMs);
  // Whatever fails later in this request is answered in this language (see i18n/readers.ts).
  noteReader(fresh.slackUserId, languageFor(fresh));
  return fresh;
}

async function profileNoOlderThan(
  client: WebClient,
  prisma: PrismaClient,
  person: Person,
  now: Date,
  logger: Logger,
  maxAgeMs: number,
): Promise<Person> {
  if (person.profileSyncedAt && now.getTime() - person.profileSyncedAt.getTime() < maxAgeMs) return person;
  try {
    const response = await client.users.info({ user: person.slackUserId, include_locale: true });
    const user = usersInfoUser.parse(response.user ?? {});
    const displayName = user.profile?.display_name || user.profile?.real_name || user.real_name;
    return await updateProfile(
      prisma,
      person.id,
      {
        displayName,
        email: user.profile?.email,
        timeZone: user.tz,
        locale: user.locale || undefined,
        deleted: user.deleted,
        isSlackAdmin:
          user.is_admin === undefined && user.is_owner === undefined
            ? undefined
            : user.is_admin === true || user.is_owner === true,
      },
      now,
    );
  } catch (error) {
    // A stale profile only shifts delivery times; never fail the request for it.
    logger.warn({ err: error, slackUserId: person.slackUserId }, 'users.info failed; keeping the stored profile');
    return person;
  }
}

/**
 * Slack sent user_change for someone Pathway knows: keep their locale current now rather than at
 * the next daily read. The event's user object carries `locale` only when Slack chose to include
 * it, so without it users.info (include_locale) is asked; people Pathway has never seen cost nothing.
 */
export async function refreshLocaleOnUserChange(
  client: WebClient,
  prisma: PrismaClient,
  person: Person,
  eventLocale: string | undefined,
  now: Date,
  logger: Logger,
): Promise<Person> {
  if (eventLocale) {
    return person.locale === eventLocale
      ? person
      : prisma.person.update({ where: { id: person.id }, data: { locale: eventLocale } });
  }
  return refreshProfileIfStale(client, prisma, person, now, logger, 0);
}
