/**
 * `/pathway celebrate [always | ask | never | in #channel]`: the person's
 * consent to celebration posts and their own channel; admins also set a
 * team's channel (`team "<team>" in #channel`) and when the weekly wins
 * digest goes out (`digest friday 15:00`).
 */
import { celebrationSettingsMessage } from '../../blocks/celebrations.js';
import { type CelebrateSetting, isAdminSetting } from '../../domain/celebrations.js';
import { UserError } from '../../domain/errors.js';
import type { Person } from '../../generated/prisma/client.js';
import type { Translator } from '../../i18n/index.js';
import { isAdmin, NOT_AN_ADMIN_MESSAGE } from '../../services/admins.js';
import {
  celebrationSettings,
  setCelebrationChannel,
  setCelebrationConsent,
  setWinsDigestTime,
} from '../../services/celebrations.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

export async function celebrateReply(
  deps: ListenerDeps,
  person: Person,
  setting: CelebrateSetting,
  t: Translator,
): Promise<Reply> {
  if (isAdminSetting(setting) && !isAdmin(person, deps.config)) throw new UserError(NOT_AN_ADMIN_MESSAGE);
  switch (setting.action) {
    case 'show':
      break;
    case 'consent':
      await setCelebrationConsent(deps.prisma, person.id, setting.consent);
      break;
    case 'channel':
      await setCelebrationChannel(
        deps.prisma,
        person.workspaceId,
        { scope: 'person', personId: person.id },
        setting.channelId,
      );
      break;
    case 'team-channel':
      await setCelebrationChannel(
        deps.prisma,
        person.workspaceId,
        { scope: 'team', team: setting.team },
        setting.channelId,
      );
      break;
    case 'digest-time':
      await setWinsDigestTime(deps.prisma, person.workspaceId, setting.weekday, setting.hour);
      break;
  }
  return celebrationSettingsMessage(
    await celebrationSettings(deps.prisma, person.id),
    setting,
    deps.config.defaultTimeZone,
    t,
  );
}
