import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';

/** Modal submissions (view_submission), one small named handler per callback id. */
export function registerViews(app: App, deps: ListenerDeps): void {
  void app;
  void deps;
}
