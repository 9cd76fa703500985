/**
 * `/pathway away until <date>`, `back`, `pause` and `resume`: the person's
 * controls over nudges and reminders (`settings` opens flows/nudge-settings.ts).
 */

import type { RenderedMessage } from '../../blocks/nudges.js';
import { awayReply, backReply, pauseReply, resumeReply } from '../../blocks/settings.js';
import type { Command } from '../../domain/commands.js';
import type { Translator } from '../../i18n/index.js';
import { comeBack, setAway, setPaused } from '../../services/settings.js';
import type { ListenerDeps } from '../deps.js';

export type NudgeControl = Extract<Command, { kind: 'away' | 'back' | 'pause' | 'resume' }>;

export async function nudgeControlReply(
  deps: ListenerDeps,
  personId: string,
  command: NudgeControl,
  today: string,
  t: Translator,
): Promise<RenderedMessage> {
  const now = deps.clock.now();
  switch (command.kind) {
    case 'away':
      return awayReply(await setAway(deps.prisma, personId, today, command.until), t);
    case 'back':
      return backReply(await comeBack(deps.prisma, personId, today), t);
    case 'pause':
      return pauseReply(await setPaused(deps.prisma, personId, true, now), t);
    case 'resume':
      return resumeReply(await setPaused(deps.prisma, personId, false, now), t);
  }
}
