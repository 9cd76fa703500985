/**
 * The "Save as evidence" modal's submission: a note (needed), the message's link,
 * and where it goes (the wins log, or a milestone of the active pathway), with the
 * signals it shows. Saved as the person's own evidence; Home is republished.
 */
import {
  evidenceSavedView,
  readSaveEvidenceForm,
  SAVE_EVIDENCE_FIELDS,
  saveEvidenceMetadataSchema,
} from '../../blocks/evidence.js';
import { validateSavedEvidence } from '../../domain/evidence.js';
import { evidenceTargets, saveOwnEvidence } from '../../services/evidence.js';
import { ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { errorsAt, formSubmission } from './form-submission.js';

export function evidenceSaveSubmission(deps: ListenerDeps) {
  return formSubmission(
    'evidenceSaveSubmission',
    deps,
    saveEvidenceMetadataSchema,
    async ({ actor, metadata, state }) => {
      const targets = await evidenceTargets(deps.prisma, ownCheckIns(actor.person.id));
      const checked = validateSavedEvidence(
        readSaveEvidenceForm(state),
        new Set(targets.milestones.map((milestone) => milestone.id)),
        new Set(targets.signals.map((signal) => signal.key)),
      );
      if (!checked.ok)
        return errorsAt(checked.problems, {
          note: SAVE_EVIDENCE_FIELDS.note,
          link: SAVE_EVIDENCE_FIELDS.link,
          target: SAVE_EVIDENCE_FIELDS.target,
        });
      const saved = await saveOwnEvidence(
        deps.prisma,
        actor.person.id,
        metadata.pathwayId,
        { ...checked.value, kind: 'message' },
        actor.now,
      );
      deps.logger.info({ handler: 'evidenceSaveSubmission', evidenceId: saved.evidenceId }, 'evidence saved');
      return {
        view: evidenceSavedView(saved.milestone, actor.t),
        afterwards: (client) => refreshHome(deps, client, actor.member.workspace.slackTeamId, actor.person.slackUserId),
      };
    },
  );
}
