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

/** Buttons and selects (block_actions), one small named handler per action id. */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action(CHECKIN_OPEN_ACTION, checkInOpen(deps));
  app.action(CALIBRATE_OPEN_ACTION, calibrationOpen(deps));
  app.action(TEAM_OPEN_PATHWAY_ACTION, teamOpenPathway(deps));
  app.action(MANAGER_ACCEPT_ACTION, managerAnswer(deps, true));
  app.action(MANAGER_DECLINE_ACTION, managerAnswer(deps, false));
  app.action(CONSENT_ACTION, celebrationConsent(deps));
  app.action(REMOVE_ACTION, celebrationRemove(deps));
}
