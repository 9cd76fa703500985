import type { App } from '@slack/bolt';
import { SAVE_EVIDENCE_SHORTCUT } from '../../blocks/evidence.js';
import { THANKS_SHORTCUT } from '../../blocks/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { saveEvidenceShortcut } from './save-evidence.js';
import { thankForThisShortcut } from './thank-for-this.js';

/** Global and message shortcuts (declared in manifest.json), one small named handler per callback id. */
export function registerShortcuts(app: App, deps: ListenerDeps): void {
  app.shortcut({ callback_id: SAVE_EVIDENCE_SHORTCUT, type: 'message_action' }, saveEvidenceShortcut(deps));
  app.shortcut({ callback_id: THANKS_SHORTCUT, type: 'message_action' }, thankForThisShortcut(deps));
}
