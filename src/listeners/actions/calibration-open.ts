/**
 * "Open and calibrate" (the manager's DM summary, `/pathway team`, a report's
 * pathway; value = check-in id): opens the calibration modal for the person's
 * CURRENT manager, with each signal's readiness case and colleagues' view beside the self rating.
 * Anyone else is told why not, and the denial is logged.
 */
import { calibrationModal } from '../../blocks/checkin.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { checkInDetail } from '../../services/checkins.js';
import { readinessCaseOf } from '../../services/evidence.js';
import { colleagueFeedbackOf } from '../../services/feedback.js';
import { authorizeCheckIn, requireManager } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export function calibrationOpen(deps: ListenerDeps) {
  return idButton('calibrationOpen', deps, async ({ member, value: checkInId, openModal }) => {
    const ctx = { prisma: deps.prisma, logger: deps.logger };
    const access = requireManager(
      ctx,
      await authorizeCheckIn(ctx, member.person, checkInId, 'calibration-open'),
      'calibration-open',
    );
    const detail = await checkInDetail(deps.prisma, access);
    const [readinessCase, colleagues] = detail.pathwayId
      ? await Promise.all([
          readinessCaseOf(deps.prisma, access, detail.pathwayId),
          colleagueFeedbackOf(deps.prisma, [{ access, pathwayId: detail.pathwayId }]),
        ])
      : [null, new Map()];
    const cases = new Map((readinessCase?.cases ?? []).map((signalCase) => [signalCase.key, signalCase]));
    await openModal(
      calibrationModal(detail, cases, colleagues.get(access.subjectId), translator(languageFor(member.person))),
    );
  });
}
