import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { pathwayCommand } from './pathway.js';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command('/pathway', pathwayCommand(deps));
}
