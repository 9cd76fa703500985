/**
 * `/pathway away until <date>`, `back`, `pause`, `resume` and `settings`: the
 * person's controls over nudges and reminders.
 */
import type { WebClient } from '@slack/web-api';
import { awayReply, backReply, nudgeSettingsModal, pauseReply, resumeReply } from '../../blocks/settings.js';
import type { RenderedMessage } from '../../blocks/nudges.js';
import type { Command } from '../../domain/commands.js';
import { comeBack, nudgeSettings, setAway, setPaused } from '../../services/settings.js';
import type { ListenerDeps } from '../deps.js';

export type NudgeControl = Extract<Command, { kind: 'away' | 'back' | 'pause' | 'resume' }>;

export async function nudgeControlReply(deps: ListenerDeps, personId: string, command: NudgeControl, today: string): Promise<RenderedMessage> {
  const now = deps.clock.now();
  switch (command.kind) {
    case 'away':
      return awayReply(await setAway(deps.prisma, personId, today, command.until));
    case 'back':
      return backReply(await comeBack(deps.prisma, personId, today));
    case 'pause':
      return pauseReply(await setPaused(deps.prisma, personId, true, now));
    case 'resume':
      return resumeReply(await setPaused(deps.prisma, personId, false, now));
  }
}

export async function openNudgeSettings(deps: ListenerDeps, client: WebClient, personId: string, triggerId: string): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: nudgeSettingsModal(await nudgeSettings(deps.prisma, personId)) });
}
