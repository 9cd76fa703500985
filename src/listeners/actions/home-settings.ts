/** The Home tab's "Choose your reminders": the same modal as `/pathway settings`. */
import { z } from 'zod';
import { HOME_SETTINGS_VALUE } from '../../blocks/home.js';
import type { ListenerDeps } from '../deps.js';
import { openNudgeSettings } from '../flows/nudge-settings.js';
import { valueButton } from './button.js';

export function homeSettingsOpen(deps: ListenerDeps) {
  return valueButton(
    'homeSettingsOpen',
    deps,
    z.literal(HOME_SETTINGS_VALUE),
    async ({ member, triggerId, t }, args) => {
      await openNudgeSettings(deps, args.client, member.person.id, triggerId, t);
    },
  );
}
