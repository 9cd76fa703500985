import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';

/** Buttons and selects (block_actions), one small named handler per action id. */
export function registerActions(app: App, deps: ListenerDeps): void {
  void app;
  void deps;
}
