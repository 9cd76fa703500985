/**
 * "Open pathway" beside a report in `/pathway team` (value = the report's person
 * id): their pathway and readiness, read-only, for their CURRENT manager only.
 */
import { reportPathwayView } from '../../blocks/team.js';
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { reportView } from '../../services/managers.js';
import { authorizeCheckInRead, grantedSubject } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export function teamOpenPathway(deps: ListenerDeps) {
  return idButton('teamOpenPathway', deps, async ({ member, value: subjectId, today, openModal }) => {
    const access = await authorizeCheckInRead(
      { prisma: deps.prisma, logger: deps.logger },
      member.person,
      subjectId,
      'report-pathway',
    );
    const subject = await grantedSubject(deps.prisma, access);
    await openModal(
      reportPathwayView(await reportView(deps.prisma, access, subject, today), translator(languageFor(member.person))),
    );
  });
}
