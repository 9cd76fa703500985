import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { appHomeOpened } from './app-home-opened.js';
import { appUninstalled } from './app-uninstalled.js';
import { skipHandledEvents } from './dedupe.js';
import { tokensRevoked } from './tokens-revoked.js';
import { userChange } from './user-change.js';

export function registerEvents(app: App, deps: ListenerDeps): void {
  app.use(skipHandledEvents(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('app_uninstalled', appUninstalled(deps));
  app.event('tokens_revoked', tokensRevoked(deps));
  app.event('user_change', userChange(deps));
}
