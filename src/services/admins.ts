/**
 * Who may administer Pathway in a workspace: Slack's own workspace admins and
 * owners (users.info is_admin / is_owner, cached on Person.isSlackAdmin and
 * refreshed with the profile), plus the Slack user ids listed in PATHWAY_ADMINS.
 */
import type { Config } from '../config.js';
import type { Person } from '../generated/prisma/client.js';

export type AdminReason = 'slack-admin' | 'listed';

/** Why this person is an admin, or null when they are not. */
export function adminReason(
  person: Pick<Person, 'slackUserId' | 'isSlackAdmin' | 'deactivatedAt'>,
  config: Pick<Config, 'adminUserIds'>,
): AdminReason | null {
  if (person.deactivatedAt !== null) return null;
  if (person.isSlackAdmin) return 'slack-admin';
  if (config.adminUserIds.includes(person.slackUserId)) return 'listed';
  return null;
}

export function isAdmin(
  person: Pick<Person, 'slackUserId' | 'isSlackAdmin' | 'deactivatedAt'>,
  config: Pick<Config, 'adminUserIds'>,
): boolean {
  return adminReason(person, config) !== null;
}

/** What a non-admin is told: who can do it instead. */
export const NOT_AN_ADMIN_MESSAGE =
  'Only Pathway admins can do that: Slack workspace admins and owners, and the people your Pathway operator lists in PATHWAY_ADMINS. Ask one of them, or type `/pathway roles` to browse the current framework.';
