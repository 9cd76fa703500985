import type { App } from '@slack/bolt';
import {
  ADMIN_SETTINGS_CALLBACK_ID,
  PEOPLE_IMPORT_CALLBACK_ID,
  PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
} from '../../blocks/admin.js';
import { CALIBRATION_CALLBACK, CHECKIN_CALLBACK } from '../../blocks/checkin.js';
import { COMPETENCIES_CALLBACK } from '../../blocks/competencies.js';
import { CONVERSATION_CALLBACKS } from '../../blocks/conversations.js';
import { DATA_DELETE_CALLBACK_ID } from '../../blocks/data-rights.js';
import { SAVE_EVIDENCE_CALLBACK } from '../../blocks/evidence.js';
import { FEEDBACK_ANSWER_CALLBACK, FEEDBACK_ASK_CALLBACK } from '../../blocks/feedback.js';
import { FRAMEWORK_UPLOAD_CALLBACK_ID } from '../../blocks/framework-admin.js';
import { MENTOR_CALLBACKS } from '../../blocks/mentoring.js';
import { MILESTONE_CALLBACKS } from '../../blocks/milestones.js';
import { PLAN_CALLBACK_ID } from '../../blocks/plan.js';
import { NUDGE_SETTINGS_CALLBACK } from '../../blocks/settings.js';
import { COMMENT_CALLBACK, SUGGEST_CALLBACK, SUGGESTION_EDIT_CALLBACK } from '../../blocks/suggestions.js';
import { THANKS_CALLBACK } from '../../blocks/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { Routes, type SubmissionArgs } from '../routes.js';
import { adminSettingsSubmission } from './admin-settings.js';
import { calibrationSubmit } from './calibration-submit.js';
import { checkInSubmit } from './checkin-submit.js';
import { competenciesSubmit } from './competencies-submit.js';
import {
  conversationItemSubmission,
  conversationPlanSubmission,
  conversationRecordSubmission,
} from './conversations.js';
import { dataDeleteSubmission } from './data-delete.js';
import { evidenceSaveSubmission } from './evidence-save.js';
import { feedbackAnswerSubmission, feedbackAskSubmission, thanksSubmission } from './feedback.js';
import { frameworkUploadSubmission } from './framework-upload.js';
import { mentorAcceptSubmission, mentorOfferSubmission } from './mentoring.js';
import {
  milestoneAddSubmission,
  milestoneDoneSubmission,
  milestoneEditSubmission,
  milestoneMoveSubmission,
} from './milestone-modals.js';
import { nudgeSettingsSubmission } from './nudge-settings.js';
import { peopleImportConfirmSubmission, peopleImportSubmission } from './people-import.js';
import { planSubmission } from './plan-submission.js';
import { commentSubmission, suggestionEditSubmission, suggestionSubmission } from './suggestions.js';

/** Modal submissions (view_submission), one small named handler per callback id. */
export function registerViews(app: App, deps: ListenerDeps): void {
  const routes = new Routes<SubmissionArgs>('view_submission');
  routes.add(NUDGE_SETTINGS_CALLBACK, nudgeSettingsSubmission(deps));
  routes.add(CHECKIN_CALLBACK, checkInSubmit(deps));
  routes.add(CALIBRATION_CALLBACK, calibrationSubmit(deps));
  routes.add(FRAMEWORK_UPLOAD_CALLBACK_ID, frameworkUploadSubmission(deps));
  routes.add(ADMIN_SETTINGS_CALLBACK_ID, adminSettingsSubmission(deps));
  routes.add(PEOPLE_IMPORT_CALLBACK_ID, peopleImportSubmission(deps));
  routes.add(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, peopleImportConfirmSubmission(deps));
  routes.add(DATA_DELETE_CALLBACK_ID, dataDeleteSubmission(deps));
  routes.add(PLAN_CALLBACK_ID, planSubmission(deps));
  routes.add(MILESTONE_CALLBACKS.done, milestoneDoneSubmission(deps));
  routes.add(MILESTONE_CALLBACKS.move, milestoneMoveSubmission(deps));
  routes.add(MILESTONE_CALLBACKS.edit, milestoneEditSubmission(deps));
  routes.add(MILESTONE_CALLBACKS.add, milestoneAddSubmission(deps));
  routes.add(SAVE_EVIDENCE_CALLBACK, evidenceSaveSubmission(deps));
  routes.add(SUGGEST_CALLBACK, suggestionSubmission(deps));
  routes.add(SUGGESTION_EDIT_CALLBACK, suggestionEditSubmission(deps));
  routes.add(COMMENT_CALLBACK, commentSubmission(deps));
  routes.add(CONVERSATION_CALLBACKS.plan, conversationPlanSubmission(deps));
  routes.add(CONVERSATION_CALLBACKS.addItem, conversationItemSubmission(deps));
  routes.add(CONVERSATION_CALLBACKS.record, conversationRecordSubmission(deps));
  routes.add(COMPETENCIES_CALLBACK, competenciesSubmit(deps));
  routes.add(FEEDBACK_ASK_CALLBACK, feedbackAskSubmission(deps));
  routes.add(FEEDBACK_ANSWER_CALLBACK, feedbackAnswerSubmission(deps));
  routes.add(THANKS_CALLBACK, thanksSubmission(deps));
  routes.add(MENTOR_CALLBACKS.offer, mentorOfferSubmission(deps));
  routes.add(MENTOR_CALLBACKS.accept, mentorAcceptSubmission(deps));
  app.view(
    { type: 'view_submission' },
    routes.listener(({ view }) => view.callback_id),
  );
}
