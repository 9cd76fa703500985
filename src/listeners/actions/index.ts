import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { REMOVE_ACTION } from '../../blocks/celebrations.js';
import { CONSENT_ACTION, celebrationConsent } from './celebration-consent.js';
import { celebrationRemove } from './celebration-remove.js';

/** Buttons and selects (block_actions), one small named handler per action id. */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action(CONSENT_ACTION, celebrationConsent(deps));
  app.action(REMOVE_ACTION, celebrationRemove(deps));
}
