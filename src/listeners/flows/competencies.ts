/**
 * The competency modal for the person's CURRENT goal role, ratings starting from
 * the last assessment: opened by `/pathway competencies` and by the "Assess"
 * button on the "assess your competencies" milestone.
 */
import type { ModalView } from '@slack/types';
import { competenciesModal } from '../../blocks/competencies.js';
import type { PrismaClient } from '../../db/client.js';
import type { Translator } from '../../i18n/index.js';
import { competencyFormFor, lastCompetencyAnswers } from '../../services/competencies.js';
import { ownCheckIns } from '../../services/privacy.js';

export async function competenciesModalFor(prisma: PrismaClient, personId: string, t: Translator): Promise<ModalView> {
  const form = await competencyFormFor(prisma, personId);
  const last = await lastCompetencyAnswers(prisma, ownCheckIns(personId), form.goal.key);
  return competenciesModal(form, last, t);
}
