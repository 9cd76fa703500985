/**
 * The manager shares the plan. On a report's pathway (value: the report's person
 * id, their CURRENT manager only): "Suggest a milestone" and "Comment on a
 * milestone" open their forms. In the report's DM or Home (value: the
 * suggestion id, the report only): accept, edit then accept, or decline.
 */
import { z } from 'zod';
import {
  commentModal,
  suggestionAnsweredText,
  suggestionEditModal,
  suggestionNotices,
  suggestModal,
} from '../../blocks/suggestions.js';
import { mrkdwn } from '../../blocks/text.js';
import { dateFromDb, dateToDb } from '../../domain/dates.js';
import { languageFor } from '../../domain/language.js';
import { type Translator, translator } from '../../i18n/index.js';
import { evidenceTargets } from '../../services/evidence.js';
import {
  authorizeCheckInRead,
  grantedSubject,
  type ManagerGrant,
  OWN_PATHWAY_MESSAGE,
  requireManager,
} from '../../services/privacy.js';
import { answerSuggestion, ownSuggestion, suggestionFormFor } from '../../services/suggestions.js';
import type { ListenerDeps } from '../deps.js';
import { refreshHome } from '../flows/home.js';
import { type ButtonContext, idButton } from './button.js';

/** Days ahead a suggested milestone is due unless the manager picks another date. */
const DEFAULT_SUGGESTION_DAYS = 28;

export function daysAfter(date: string, days: number): string {
  return dateFromDb(new Date(dateToDb(date).getTime() + days * 86_400_000));
}

async function managerOf(deps: ListenerDeps, context: ButtonContext, readPath: string): Promise<ManagerGrant> {
  const ctx = { prisma: deps.prisma, logger: deps.logger };
  return requireManager(
    ctx,
    await authorizeCheckInRead(ctx, context.member.person, context.value, readPath),
    readPath,
    OWN_PATHWAY_MESSAGE,
  );
}

function readerOf(context: ButtonContext): Translator {
  return translator(languageFor(context.member.person));
}

async function reportOf(deps: ListenerDeps, access: ManagerGrant) {
  return grantedSubject(deps.prisma, access);
}

export function suggestionOpen(deps: ListenerDeps) {
  return idButton('suggestionOpen', deps, async (context) => {
    const access = await managerOf(deps, context, 'suggestion-open');
    const form = await suggestionFormFor(deps.prisma, access);
    await context.openModal(
      suggestModal(
        form,
        await reportOf(deps, access),
        daysAfter(context.today, DEFAULT_SUGGESTION_DAYS),
        readerOf(context),
      ),
    );
  });
}

export function commentOpen(deps: ListenerDeps) {
  return idButton('commentOpen', deps, async (context) => {
    const access = await managerOf(deps, context, 'milestone-comment-open');
    const targets = await evidenceTargets(deps.prisma, access);
    const t = readerOf(context);
    if (targets.milestones.length === 0) {
      await context.reply({
        text: t.t('suggestions.noMilestones.text'),
        blocks: [{ type: 'section', text: mrkdwn(t.t('suggestions.noMilestones.body')) }],
      });
      return;
    }
    const ordered = [...targets.milestones].sort((a, b) => a.position - b.position);
    await context.openModal(commentModal(await reportOf(deps, access), targets.pathwayId, ordered, t));
  });
}

const messageSource = z.object({ response_url: z.url().optional() });

export function suggestionAnswer(deps: ListenerDeps, accept: boolean) {
  return idButton(accept ? 'suggestionAccept' : 'suggestionDecline', deps, async (context, { respond, client }) => {
    const t = readerOf(context);
    const answer = await answerSuggestion(
      deps.prisma,
      context.member.person.id,
      context.value,
      { accept },
      { now: context.now, today: context.today },
      suggestionNotices,
    );
    const text = suggestionAnsweredText(answer.outcome, answer.suggestion, answer.milestone, t);
    const blocks = [{ type: 'section' as const, text: mrkdwn(text) }];
    if (context.source.kind === 'message')
      await respond({ response_type: 'ephemeral', replace_original: true, text, blocks });
    else if (context.source.kind === 'modal') await context.reply({ text, blocks });
    await refreshHome(deps, client, context.member.workspace.slackTeamId, context.member.person.slackUserId);
  });
}

export function suggestionEdit(deps: ListenerDeps) {
  return idButton('suggestionEdit', deps, async (context, args) => {
    const suggestion = await ownSuggestion(deps.prisma, context.member.person.id, context.value);
    const { response_url: responseUrl } = messageSource.parse(args.body);
    const due = suggestion.dueDate < context.today ? context.today : suggestion.dueDate;
    await context.openModal(
      suggestionEditModal(
        suggestion,
        due,
        { suggestionId: suggestion.id, ...(responseUrl ? { responseUrl } : {}) },
        readerOf(context),
      ),
    );
  });
}
