import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { pathwayCommand } from './pathway.js';

/** Over HTTP the front answers a command before Bolt runs (slack/http-front.ts): its ack() can carry no message. */
export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command('/pathway', pathwayCommand(deps));
}
