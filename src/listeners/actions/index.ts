import type { App } from '@slack/bolt';
import { ADMIN_OPEN_IMPORT_ACTION_ID, ADMIN_OPEN_SETTINGS_ACTION_ID } from '../../blocks/admin.js';
import { REMOVE_ACTION } from '../../blocks/celebrations.js';
import { CALIBRATE_OPEN_ACTION, CHECKIN_OPEN_ACTION } from '../../blocks/checkin.js';
import { COMPETENCIES_OPEN_ACTION } from '../../blocks/competencies.js';
import { CONVERSATION_ACTIONS, TODO_DONE_ACTION_PATTERN } from '../../blocks/conversations.js';
import { READINESS_CASE_ACTION, WINS_ACTION_PATTERN } from '../../blocks/evidence.js';
import { FEEDBACK_ANSWER_ACTION, FEEDBACK_OPEN_ACTION } from '../../blocks/feedback.js';
import { GOAL_MOVE_ACTIONS } from '../../blocks/goals.js';
import { HOME_PAGE_ACTION_PATTERN, HOME_SETTINGS_OPEN_ACTION } from '../../blocks/home.js';
import { MENTOR_ACTIONS } from '../../blocks/mentoring.js';
import { MILESTONE_ACTIONS } from '../../blocks/milestones.js';
import { NUDGE_ACTIONS } from '../../blocks/nudges.js';
import { GOAL_REACHED_ACTION, PLAN_OPEN_ACTION } from '../../blocks/overview.js';
import { PLAN_ACTIONS, PLAN_DUE_ACTION } from '../../blocks/plan.js';
import { COMMENT_OPEN_ACTION, SUGGESTION_ACTIONS } from '../../blocks/suggestions.js';
import { MANAGER_ACCEPT_ACTION, MANAGER_DECLINE_ACTION, TEAM_OPEN_PATHWAY_ACTION } from '../../blocks/team.js';
import type { ListenerDeps } from '../deps.js';
import { adminOpenImport, adminOpenSettings } from './admin-home.js';
import { calibrationOpen } from './calibration-open.js';
import { CONSENT_ACTION, celebrationConsent } from './celebration-consent.js';
import { celebrationRemove } from './celebration-remove.js';
import { checkInOpen } from './checkin-open.js';
import { competenciesOpen } from './competencies-open.js';
import {
  conversationAddItem,
  conversationRecord,
  conversationReschedule,
  conversationStart,
  conversationTodoDone,
} from './conversations.js';
import { readinessCaseOpen, winsButton } from './evidence-open.js';
import { feedbackAnswerOpen, feedbackAskOpen } from './feedback.js';
import { goalMoveAnswer, goalMovePropose, pathwayReached } from './goal-move.js';
import { homePage } from './home-page.js';
import { homeSettingsOpen } from './home-settings.js';
import { managerAnswer } from './manager-answer.js';
import {
  mentorAccept,
  mentorAsk,
  mentorCancelRequest,
  mentorDecline,
  mentorEnd,
  mentorMet,
  mentorOfferOpen,
  mentorOfferStatus,
} from './mentoring.js';
import { milestoneDoneOpen, milestoneEditOpen, milestoneMoveOpen } from './milestone-open.js';
import { milestoneSnooze } from './milestone-snooze.js';
import { milestoneUndoDone } from './milestone-undo-done.js';
import { planDueChanged, planFormChanged } from './plan-form.js';
import { planOpen } from './plan-open.js';
import { commentOpen, suggestionAnswer, suggestionEdit, suggestionOpen } from './suggestions.js';
import { teamOpenPathway } from './team-open-pathway.js';

/** Buttons and selects (block_actions), one small named handler per action id. */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action(NUDGE_ACTIONS.snooze, milestoneSnooze(deps));
  app.action(CHECKIN_OPEN_ACTION, checkInOpen(deps));
  app.action(CALIBRATE_OPEN_ACTION, calibrationOpen(deps));
  app.action(TEAM_OPEN_PATHWAY_ACTION, teamOpenPathway(deps));
  app.action(MANAGER_ACCEPT_ACTION, managerAnswer(deps, true));
  app.action(MANAGER_DECLINE_ACTION, managerAnswer(deps, false));
  app.action(CONSENT_ACTION, celebrationConsent(deps));
  app.action(REMOVE_ACTION, celebrationRemove(deps));
  app.action(ADMIN_OPEN_SETTINGS_ACTION_ID, adminOpenSettings(deps));
  app.action(ADMIN_OPEN_IMPORT_ACTION_ID, adminOpenImport(deps));
  app.action(PLAN_OPEN_ACTION, planOpen(deps));
  for (const actionId of Object.values(PLAN_ACTIONS)) app.action(actionId, planFormChanged(deps));
  app.action(PLAN_DUE_ACTION, planDueChanged());
  app.action(MILESTONE_ACTIONS.done, milestoneDoneOpen(deps));
  app.action(MILESTONE_ACTIONS.move, milestoneMoveOpen(deps));
  app.action(MILESTONE_ACTIONS.edit, milestoneEditOpen(deps));
  app.action(MILESTONE_ACTIONS.undoDone, milestoneUndoDone(deps));
  app.action(HOME_PAGE_ACTION_PATTERN, homePage(deps));
  app.action(GOAL_REACHED_ACTION, pathwayReached(deps));
  app.action(WINS_ACTION_PATTERN, winsButton(deps));
  app.action(READINESS_CASE_ACTION, readinessCaseOpen(deps));
  app.action(GOAL_MOVE_ACTIONS.propose, goalMovePropose(deps));
  app.action(GOAL_MOVE_ACTIONS.confirm, goalMoveAnswer(deps, true));
  app.action(GOAL_MOVE_ACTIONS.notYet, goalMoveAnswer(deps, false));
  app.action(SUGGESTION_ACTIONS.open, suggestionOpen(deps));
  app.action(SUGGESTION_ACTIONS.accept, suggestionAnswer(deps, true));
  app.action(SUGGESTION_ACTIONS.decline, suggestionAnswer(deps, false));
  app.action(SUGGESTION_ACTIONS.edit, suggestionEdit(deps));
  app.action(COMMENT_OPEN_ACTION, commentOpen(deps));
  app.action(HOME_SETTINGS_OPEN_ACTION, homeSettingsOpen(deps));
  app.action(CONVERSATION_ACTIONS.start, conversationStart(deps));
  app.action(CONVERSATION_ACTIONS.addItem, conversationAddItem(deps));
  app.action(CONVERSATION_ACTIONS.record, conversationRecord(deps));
  app.action(CONVERSATION_ACTIONS.reschedule, conversationReschedule(deps));
  app.action(TODO_DONE_ACTION_PATTERN, conversationTodoDone(deps));
  app.action(COMPETENCIES_OPEN_ACTION, competenciesOpen(deps));
  app.action(FEEDBACK_OPEN_ACTION, feedbackAskOpen(deps));
  app.action(FEEDBACK_ANSWER_ACTION, feedbackAnswerOpen(deps));
  app.action(MENTOR_ACTIONS.offerOpen, mentorOfferOpen(deps));
  app.action(MENTOR_ACTIONS.pause, mentorOfferStatus(deps, 'pause'));
  app.action(MENTOR_ACTIONS.resume, mentorOfferStatus(deps, 'resume'));
  app.action(MENTOR_ACTIONS.withdraw, mentorOfferStatus(deps, 'withdraw'));
  app.action(MENTOR_ACTIONS.ask, mentorAsk(deps));
  app.action(MENTOR_ACTIONS.accept, mentorAccept(deps));
  app.action(MENTOR_ACTIONS.decline, mentorDecline(deps));
  app.action(MENTOR_ACTIONS.end, mentorEnd(deps));
  app.action(MENTOR_ACTIONS.cancel, mentorCancelRequest(deps));
  app.action(MENTOR_ACTIONS.metYes, mentorMet(deps));
  app.action(MENTOR_ACTIONS.metNo, mentorMet(deps));
}
