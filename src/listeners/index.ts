import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import { noteStillInstalled } from './still-installed.js';
import { registerViews } from './views/index.js';

/** Every Slack surface Pathway answers, registered by kind as in Bolt's starter template. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(noteStillInstalled(deps));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
}
