/**
 * "Open and calibrate" (the manager's DM summary, `/pathway team`, a report's
 * pathway; value = check-in id): opens the calibration modal for the person's
 * CURRENT manager, with each signal's readiness case beside the self rating.
 * Anyone else is told why not, and the denial is logged.
 */
import { calibrationModal } from '../../blocks/checkin.js';
import { checkInDetail } from '../../services/checkins.js';
import { readinessCaseOf } from '../../services/evidence.js';
import { authorizeCheckIn, requireManager } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export function calibrationOpen(deps: ListenerDeps) {
  return idButton('calibrationOpen', deps, async ({ member, value: checkInId, openModal }) => {
    const ctx = { prisma: deps.prisma, logger: deps.logger };
    const access = requireManager(ctx, await authorizeCheckIn(ctx, member.person, checkInId, 'calibration-open'), 'calibration-open');
    const detail = await checkInDetail(deps.prisma, access);
    const readinessCase = detail.pathwayId ? await readinessCaseOf(deps.prisma, access, detail.pathwayId) : null;
    await openModal(calibrationModal(detail, new Map((readinessCase?.cases ?? []).map((signalCase) => [signalCase.key, signalCase]))));
  });
}
