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
import { ActionRoutes } from '../routes.js';
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
  const routes = new ActionRoutes();
  routes.on(NUDGE_ACTIONS.snooze, milestoneSnooze(deps));
  routes.on(CHECKIN_OPEN_ACTION, checkInOpen(deps));
  routes.on(CALIBRATE_OPEN_ACTION, calibrationOpen(deps));
  routes.on(TEAM_OPEN_PATHWAY_ACTION, teamOpenPathway(deps));
  routes.on(MANAGER_ACCEPT_ACTION, managerAnswer(deps, true));
  routes.on(MANAGER_DECLINE_ACTION, managerAnswer(deps, false));
  routes.on(CONSENT_ACTION, celebrationConsent(deps));
  routes.on(REMOVE_ACTION, celebrationRemove(deps));
  routes.on(ADMIN_OPEN_SETTINGS_ACTION_ID, adminOpenSettings(deps));
  routes.on(ADMIN_OPEN_IMPORT_ACTION_ID, adminOpenImport(deps));
  routes.on(PLAN_OPEN_ACTION, planOpen(deps));
  for (const actionId of Object.values(PLAN_ACTIONS)) routes.on(actionId, planFormChanged(deps));
  routes.on(PLAN_DUE_ACTION, planDueChanged());
  routes.on(MILESTONE_ACTIONS.done, milestoneDoneOpen(deps));
  routes.on(MILESTONE_ACTIONS.move, milestoneMoveOpen(deps));
  routes.on(MILESTONE_ACTIONS.edit, milestoneEditOpen(deps));
  routes.on(MILESTONE_ACTIONS.undoDone, milestoneUndoDone(deps));
  routes.on(HOME_PAGE_ACTION_PATTERN, homePage(deps));
  routes.on(GOAL_REACHED_ACTION, pathwayReached(deps));
  routes.on(WINS_ACTION_PATTERN, winsButton(deps));
  routes.on(READINESS_CASE_ACTION, readinessCaseOpen(deps));
  routes.on(GOAL_MOVE_ACTIONS.propose, goalMovePropose(deps));
  routes.on(GOAL_MOVE_ACTIONS.confirm, goalMoveAnswer(deps, true));
  routes.on(GOAL_MOVE_ACTIONS.notYet, goalMoveAnswer(deps, false));
  routes.on(SUGGESTION_ACTIONS.open, suggestionOpen(deps));
  routes.on(SUGGESTION_ACTIONS.accept, suggestionAnswer(deps, true));
  routes.on(SUGGESTION_ACTIONS.decline, suggestionAnswer(deps, false));
  routes.on(SUGGESTION_ACTIONS.edit, suggestionEdit(deps));
  routes.on(COMMENT_OPEN_ACTION, commentOpen(deps));
  routes.on(HOME_SETTINGS_OPEN_ACTION, homeSettingsOpen(deps));
  routes.on(CONVERSATION_ACTIONS.start, conversationStart(deps));
  routes.on(CONVERSATION_ACTIONS.addItem, conversationAddItem(deps));
  routes.on(CONVERSATION_ACTIONS.record, conversationRecord(deps));
  routes.on(CONVERSATION_ACTIONS.reschedule, conversationReschedule(deps));
  routes.on(TODO_DONE_ACTION_PATTERN, conversationTodoDone(deps));
  routes.on(COMPETENCIES_OPEN_ACTION, competenciesOpen(deps));
  routes.on(FEEDBACK_OPEN_ACTION, feedbackAskOpen(deps));
  routes.on(FEEDBACK_ANSWER_ACTION, feedbackAnswerOpen(deps));
  routes.on(MENTOR_ACTIONS.offerOpen, mentorOfferOpen(deps));
  routes.on(MENTOR_ACTIONS.pause, mentorOfferStatus(deps, 'pause'));
  routes.on(MENTOR_ACTIONS.resume, mentorOfferStatus(deps, 'resume'));
  routes.on(MENTOR_ACTIONS.withdraw, mentorOfferStatus(deps, 'withdraw'));
  routes.on(MENTOR_ACTIONS.ask, mentorAsk(deps));
  routes.on(MENTOR_ACTIONS.accept, mentorAccept(deps));
  routes.on(MENTOR_ACTIONS.decline, mentorDecline(deps));
  routes.on(MENTOR_ACTIONS.end, mentorEnd(deps));
  routes.on(MENTOR_ACTIONS.cancel, mentorCancelRequest(deps));
  routes.on(MENTOR_ACTIONS.metYes, mentorMet(deps));
  routes.on(MENTOR_ACTIONS.metNo, mentorMet(deps));
  app.action(
    { type: 'block_actions' },
    routes.listener(({ action }) => action.action_id),
  );
}
