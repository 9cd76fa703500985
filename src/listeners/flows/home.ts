/** Publishing a person's Home tab: on app_home_opened, and after anything that changes what it shows. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { HOME_WINS_SHOWN } from '../../blocks/evidence.js';
import { type HomeOptions, homeView } from '../../blocks/home.js';
import { TEAM_SHOWN } from '../../blocks/team.js';
import { todayIn } from '../../domain/dates.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { isAdmin } from '../../services/admins.js';
import { upcomingConversation } from '../../services/conversations.js';
import { evidenceOf } from '../../services/evidence.js';
import { teamOf } from '../../services/managers.js';
import { loadOverview } from '../../services/overview.js';
import { pathwayHistory } from '../../services/pathways.js';
import { ensureMember } from '../../services/people.js';
import { ownCheckIns } from '../../services/privacy.js';
import { refreshProfileIfStale } from '../../services/profile.js';
import { nudgeSettings } from '../../services/settings.js';
import { pendingSuggestions } from '../../services/suggestions.js';
import type { ListenerDeps } from '../deps.js';
import { winsLogOf } from './evidence.js';
import { mentoringOverview } from './mentoring.js';

/** Builds and publishes the Home tab of `userId`, as it is now. */
export async function publishHome(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  teamId: string,
  userId: string,
  options: Pick<HomeOptions, 'page'> = {},
): Promise<void> {
  const member = await ensureMember(deps.prisma, { teamId, userId });
  const now = deps.clock.now();
  const person = await refreshProfileIfStale(client, deps.prisma, member.person, now, deps.logger);
  const today = todayIn(person.timeZone ?? deps.config.defaultTimeZone, now);
  const t = translator(languageFor(person));
  const [overview, history, evidence, suggestions, team, nudges, agenda, mentoring] = await Promise.all([
    loadOverview(deps.prisma, person.id, today, t.language),
    pathwayHistory(deps.prisma, person.id),
    evidenceOf(deps.prisma, ownCheckIns(person.id)),
    pendingSuggestions(deps.prisma, person.id),
    // Managers see their reports (through the same privacy rule as `/pathway team`).
    teamOf({ prisma: deps.prisma, logger: deps.logger }, person, today, TEAM_SHOWN),
    nudgeSettings(deps.prisma, person.id),
    upcomingConversation(deps.prisma, ownCheckIns(person.id), today),
    mentoringOverview(deps, person, today, t),
  ]);
  const wins = evidence?.active ? winsLogOf(evidence, 1, HOME_WINS_SHOWN) : null;
  const settings = { nudges, celebrate: person.celebrationConsent };
  const conversation = { agenda, personId: person.id, hasManager: person.managerId !== null, today };
  await client.views.publish({
    user_id: userId,
    view: homeView(
      overview,
      {
        ...options,
        history,
        admin: isAdmin(person, deps.config),
        wins,
        suggestions,
        team,
        settings,
        conversation,
        mentoring,
      },
      t,
    ),
  });
}

/** Republishes Home after a change; a failure is logged, never shown (the change itself worked). */
export async function refreshHome(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  teamId: string,
  userId: string,
  page?: number,
): Promise<void> {
  await publishHome(deps, client, teamId, userId, page === undefined ? {} : { page }).catch((error: unknown) =>
    deps.logger.warn({ err: error, teamId, userId }, 'could not republish the Home tab'),
  );
}
