import type { App } from '@slack/bolt';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';

/** Every Slack surface Pathway answers, registered by kind as in Bolt's starter template. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
}
