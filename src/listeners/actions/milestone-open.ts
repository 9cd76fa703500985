/**
 * The Done, Move date and Edit buttons of a milestone open a small modal. The
 * button value is the milestone id, so the same handlers answer buttons on Home,
 * in a `/pathway` answer and in nudge DMs; a message's response_url travels in
 * the modal's metadata so the confirmation can be posted back there.
 */
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { doneModal, editModal, type MilestoneModalMetadata, moveModal } from '../../blocks/milestones.js';
import type { Translator } from '../../i18n/index.js';
import { type MilestoneSummary, ownedMilestone, refuseIfDone } from '../../services/milestones.js';
import type { ListenerDeps } from '../deps.js';
import { type ButtonArgs, idButton } from './button.js';

const messageSource = z.object({ response_url: z.url().optional() });

type Build = (milestone: MilestoneSummary, today: string, metadata: MilestoneModalMetadata, t: Translator) => ModalView;

/** `openOnly`: the change makes no sense for a done milestone (mark done, move), so say so instead of opening. */
function opener(handler: string, deps: ListenerDeps, openOnly: 'mark' | 'move' | null, build: Build) {
  return idButton(handler, deps, async ({ member, value, today, t, openModal }, args: ButtonArgs) => {
    const milestone = await ownedMilestone(deps.prisma, member.person.id, { id: value });
    if (openOnly) refuseIfDone(milestone, openOnly);
    const { response_url: responseUrl } = messageSource.parse(args.body);
    await openModal(build(milestone, today, { milestoneId: milestone.id, ...(responseUrl ? { responseUrl } : {}) }, t));
  });
}

export const milestoneDoneOpen = (deps: ListenerDeps) =>
  opener('milestoneDoneOpen', deps, 'mark', (m, _today, metadata, t) => doneModal(m, metadata, t));
export const milestoneMoveOpen = (deps: ListenerDeps) => opener('milestoneMoveOpen', deps, 'move', moveModal);
export const milestoneEditOpen = (deps: ListenerDeps) =>
  opener('milestoneEditOpen', deps, null, (m, _today, metadata, t) => editModal(m, metadata, t));
