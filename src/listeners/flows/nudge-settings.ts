/** The nudge settings modal, from `/pathway settings` and from the Home tab's settings button. */
import type { WebClient } from '@slack/web-api';
import { nudgeSettingsModal } from '../../blocks/settings.js';
import type { Translator } from '../../i18n/index.js';
import { nudgeSettings } from '../../services/settings.js';
import type { ListenerDeps } from '../deps.js';

export async function openNudgeSettings(
  deps: ListenerDeps,
  client: WebClient,
  personId: string,
  triggerId: string,
  t: Translator,
): Promise<void> {
  await client.views.open({
    trigger_id: triggerId,
    view: nudgeSettingsModal(await nudgeSettings(deps.prisma, personId), t),
  });
}
