/**
 * `/pathway add <title> by <date>`, `/pathway done N [note]`, `/pathway move N to
 * <date>` (dates as people type them, see domain/date-phrases.ts): the change, a confirmation naming the milestone (done carries an
 * Undo button), and Home republished. Refusals are UserErrors saying what to type.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { celebrationMessagesIn } from '../../blocks/celebrations.js';
import { addedConfirmation, addModal, doneConfirmation, movedConfirmation } from '../../blocks/milestones.js';
import type { Command } from '../../domain/commands.js';
import { english, type Translator } from '../../i18n/index.js';
import { celebrateMilestone } from '../../services/celebrations.js';
import { addMilestone, markDone, moveMilestone } from '../../services/milestones.js';
import type { Actor } from '../actor.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import type { Reply } from '../safely.js';

export type QuickForm = Extract<Command, { kind: 'add' | 'done' | 'move' }>;

export async function quickForm(
  deps: ListenerDeps,
  client: AllMiddlewareArgs['client'],
  actor: Actor,
  command: QuickForm,
): Promise<Reply> {
  const { person, today, now, t } = actor;
  let reply: Reply;
  switch (command.kind) {
    case 'add': {
      const change = await addMilestone(deps.prisma, person.id, { title: command.title, due: command.due }, today);
      reply = addedConfirmation(change.milestone, change.count, t);
      break;
    }
    case 'done': {
      const change = await markDone(
        deps.prisma,
        person.id,
        { position: command.position },
        { note: command.note },
        now,
      );
      reply = doneConfirmation(change.milestone, change.open, t);
      await celebrateMilestone(
        deps.prisma,
        deps.clock,
        change.milestone.id,
        celebrationMessagesIn(english /* channel posts: the workspace's language */),
      ).catch((error: unknown) =>
        deps.logger.warn({ err: error, milestoneId: change.milestone.id }, 'could not offer the milestone celebration'),
      );
      break;
    }
    case 'move': {
      const change = await moveMilestone(deps.prisma, person.id, { position: command.position }, command.due, today);
      reply = movedConfirmation(change.milestone, t);
      break;
    }
  }
  await refreshHome(deps, client, actor.member.workspace.slackTeamId, person.slackUserId);
  return reply;
}

/** `/pathway add` alone: the small add form, confirming back in the conversation it came from. */
export async function openAddForm(
  client: AllMiddlewareArgs['client'],
  input: { today: string; triggerId: string; responseUrl: string | undefined; t: Translator },
): Promise<void> {
  await client.views.open({
    trigger_id: input.triggerId,
    view: addModal(input.today, input.responseUrl ? { responseUrl: input.responseUrl } : {}, input.t),
  });
}
