import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { CALIBRATE_OPEN_ACTION, CHECKIN_OPEN_ACTION } from '../../blocks/checkin.js';
import { MANAGER_ACCEPT_ACTION, MANAGER_DECLINE_ACTION, TEAM_OPEN_PATHWAY_ACTION } from '../../blocks/team.js';
import { calibrationOpen } from './calibration-open.js';
import { checkInOpen } from './checkin-open.js';
import { managerAnswer } from './manager-answer.js';
import { teamOpenPathway } from './team-open-pathway.js';
import { REMOVE_ACTION } from '../../blocks/celebrations.js';
import { CONSENT_ACTION, celebrationConsent } from './celebration-consent.js';
import { celebrationRemove } from './celebration-remove.js';
import { ADMIN_OPEN_IMPORT_ACTION_ID, ADMIN_OPEN_SETTINGS_ACTION_ID } from '../../blocks/admin.js';
import { adminOpenImport, adminOpenSettings } from './admin-home.js';
import { HOME_PAGE_ACTION_PATTERN } from '../../blocks/home.js';
import { MILESTONE_ACTIONS } from '../../blocks/milestones.js';
import { GOAL_REACHED_ACTION, PLAN_OPEN_ACTION } from '../../blocks/overview.js';
import { PLAN_ACTIONS } from '../../blocks/plan.js';
import { homePage } from './home-page.js';
import { milestoneDoneOpen, milestoneEditOpen, milestoneMoveOpen } from './milestone-open.js';
import { milestoneUndoDone } from './milestone-undo-done.js';
import { pathwayReached } from './pathway-reached.js';
import { planFormChanged } from './plan-form.js';
import { planOpen } from './plan-open.js';

import { NUDGE_ACTIONS } from '../../blocks/nudges.js';
import { milestoneSnooze } from './milestone-snooze.js';

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
  app.action(MILESTONE_ACTIONS.done, milestoneDoneOpen(deps));
  app.action(MILESTONE_ACTIONS.move, milestoneMoveOpen(deps));
  app.action(MILESTONE_ACTIONS.edit, milestoneEditOpen(deps));
  app.action(MILESTONE_ACTIONS.undoDone, milestoneUndoDone(deps));
  app.action(HOME_PAGE_ACTION_PATTERN, homePage(deps));
  app.action(GOAL_REACHED_ACTION, pathwayReached(deps));
}
