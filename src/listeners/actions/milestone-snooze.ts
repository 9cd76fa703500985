/** "Snooze 7 days" on a milestone nudge (value = milestone id): no nudges about it for a week. */
import { snoozedReply } from '../../blocks/settings.js';
import { snoozeMilestone } from '../../services/settings.js';
import type { ListenerDeps } from '../deps.js';
import { idButton } from './button.js';

export function milestoneSnooze(deps: ListenerDeps) {
  return idButton('milestoneSnooze', deps, async ({ member, value, today, t, reply }) => {
    const snoozed = await snoozeMilestone(deps.prisma, member.person.id, value, today);
    await reply(snoozedReply(snoozed.title, snoozed.until, t));
  });
}
