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
  app.view({ callback_id: NUDGE_SETTINGS_CALLBACK, type: 'view_submission' }, nudgeSettingsSubmission(deps));
  app.view({ callback_id: CHECKIN_CALLBACK, type: 'view_submission' }, checkInSubmit(deps));
  app.view({ callback_id: CALIBRATION_CALLBACK, type: 'view_submission' }, calibrationSubmit(deps));
  app.view({ callback_id: FRAMEWORK_UPLOAD_CALLBACK_ID, type: 'view_submission' }, frameworkUploadSubmission(deps));
  app.view({ callback_id: ADMIN_SETTINGS_CALLBACK_ID, type: 'view_submission' }, adminSettingsSubmission(deps));
  app.view({ callback_id: PEOPLE_IMPORT_CALLBACK_ID, type: 'view_submission' }, peopleImportSubmission(deps));
  app.view(
    { callback_id: PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, type: 'view_submission' },
    peopleImportConfirmSubmission(deps),
  );
  app.view({ callback_id: DATA_DELETE_CALLBACK_ID, type: 'view_submission' }, dataDeleteSubmission(deps));
  app.view({ callback_id: PLAN_CALLBACK_ID, type: 'view_submission' }, planSubmission(deps));
  app.view({ callback_id: MILESTONE_CALLBACKS.done, type: 'view_submission' }, milestoneDoneSubmission(deps));
  app.view({ callback_id: MILESTONE_CALLBACKS.move, type: 'view_submission' }, milestoneMoveSubmission(deps));
  app.view({ callback_id: MILESTONE_CALLBACKS.edit, type: 'view_submission' }, milestoneEditSubmission(deps));
  app.view({ callback_id: MILESTONE_CALLBACKS.add, type: 'view_submission' }, milestoneAddSubmission(deps));
  app.view({ callback_id: SAVE_EVIDENCE_CALLBACK, type: 'view_submission' }, evidenceSaveSubmission(deps));
  app.view({ callback_id: SUGGEST_CALLBACK, type: 'view_submission' }, suggestionSubmission(deps));
  app.view({ callback_id: SUGGESTION_EDIT_CALLBACK, type: 'view_submission' }, suggestionEditSubmission(deps));
  app.view({ callback_id: COMMENT_CALLBACK, type: 'view_submission' }, commentSubmission(deps));
  app.view({ callback_id: CONVERSATION_CALLBACKS.plan, type: 'view_submission' }, conversationPlanSubmission(deps));
  app.view({ callback_id: CONVERSATION_CALLBACKS.addItem, type: 'view_submission' }, conversationItemSubmission(deps));
  app.view({ callback_id: CONVERSATION_CALLBACKS.record, type: 'view_submission' }, conversationRecordSubmission(deps));
  app.view({ callback_id: COMPETENCIES_CALLBACK, type: 'view_submission' }, competenciesSubmit(deps));
  app.view({ callback_id: FEEDBACK_ASK_CALLBACK, type: 'view_submission' }, feedbackAskSubmission(deps));
  app.view({ callback_id: FEEDBACK_ANSWER_CALLBACK, type: 'view_submission' }, feedbackAnswerSubmission(deps));
  app.view({ callback_id: THANKS_CALLBACK, type: 'view_submission' }, thanksSubmission(deps));
  app.view({ callback_id: MENTOR_CALLBACKS.offer, type: 'view_submission' }, mentorOfferSubmission(deps));
  app.view({ callback_id: MENTOR_CALLBACKS.accept, type: 'view_submission' }, mentorAcceptSubmission(deps));
}
