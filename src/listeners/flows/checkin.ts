/**
 * Opening the check-in modal (the "Check in" button and `/pathway checkin`): the goal role's
 * signals, ratings starting from the last check-in and each signal's readiness case.
 */
import type { WebClient } from '@slack/web-api';
import { checkInModal } from '../../blocks/checkin.js';
import type { Translator } from '../../i18n/index.js';
import { checkInFormFor, lastAnswers } from '../../services/checkins.js';
import { readinessCaseOf } from '../../services/evidence.js';
import { ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';

export async function openCheckInModal(
  deps: ListenerDeps,
  client: WebClient,
  personId: string,
  triggerId: string,
  t: Translator,
): Promise<void> {
  const form = await checkInFormFor(deps.prisma, personId, t.language);
  const access = ownCheckIns(personId);
  const [last, readinessCase] = await Promise.all([
    lastAnswers(deps.prisma, access, form.goal.key),
    readinessCaseOf(deps.prisma, access, form.pathwayId),
  ]);
  const cases = new Map((readinessCase?.cases ?? []).map((signalCase) => [signalCase.key, signalCase]));
  await client.views.open({ trigger_id: triggerId, view: checkInModal(form, { last, cases }, t) });
}
