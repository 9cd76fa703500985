/**
 * `/pathway [subcommand]`: acknowledges at once (Slack allows 3 s), then
 * answers ephemerally through the response_url.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { helpBlocks, invalidCommandBlocks, unknownCommandBlocks } from '../../blocks/help.js';
import { overviewBlocks, overviewText } from '../../blocks/overview.js';
import { targetChangedReply } from '../../blocks/plan.js';
import { ambiguousDateNote } from '../../blocks/problems.js';
import { mrkdwn, withNote } from '../../blocks/text.js';
import { thanksModal } from '../../blocks/thanks.js';
import { isAdminSetting } from '../../domain/celebrations.js';
import { type Command, parseCommand } from '../../domain/commands.js';
import { ambiguousDate, writesDayFirst } from '../../domain/date-phrases.js';
import { todayIn } from '../../domain/dates.js';
import { UserError } from '../../domain/errors.js';
import { LANGUAGE_NAMES, languageFor, languageOfLocale } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import { isAdmin } from '../../services/admins.js';
import { loadOverview } from '../../services/overview.js';
import { changeTargetDate } from '../../services/pathways.js';
import { ensureMember, setLanguage } from '../../services/people.js';
import { ADMIN_CHECK_MAX_AGE_MS, refreshProfileIfStale } from '../../services/profile.js';
import { thanksSignalChoices } from '../../services/thanks.js';
import type { ListenerDeps } from '../deps.js';
import { openCheckInModal } from '../flows/checkin.js';
import { competenciesModalFor } from '../flows/competencies.js';
import { conversationCommand } from '../flows/conversations.js';
import { winsReply } from '../flows/evidence.js';
import { feedbackAskView, thanksReply } from '../flows/feedback.js';
import { refreshHome } from '../flows/home.js';
import { mentorCommand } from '../flows/mentoring.js';
import { openNudgeSettings } from '../flows/nudge-settings.js';
import { openPlanModal } from '../flows/plan.js';
import { ephemeralReply } from '../reply.js';
import { safely } from '../safely.js';
import { openAdminArea } from './admin.js';
import { celebrateReply } from './celebrate.js';
import { exportData, openDeleteConfirm } from './data-rights.js';
import { managerReply } from './manager.js';
import { nudgeControlReply } from './nudge-controls.js';
import { openAddForm, quickForm } from './quick-forms.js';
import { progressionReport } from './report.js';
import { rolesReply } from './roles.js';
import { teamReply } from './team.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Subcommands whose dates can only be read once the person's today is known. */
function mayNeedToday(name: string): boolean {
  return name === 'add' || name === 'move' || name === 'away' || name === 'target';
}

/** The date a subcommand was given, as understood. */
function commandDate(command: Command): string | undefined {
  switch (command.kind) {
    case 'add':
    case 'move':
      return command.due;
    case 'target':
      return command.targetDate;
    case 'away':
      return command.until;
    default:
      return undefined;
  }
}

export function pathwayCommand(deps: ListenerDeps) {
  return async ({ ack, command, respond, client }: CommandArgs): Promise<void> => {
    await ack();
    const context = {
      handler: 'pathwayCommand',
      teamId: command.team_id,
      userId: command.user_id,
      text: command.text.slice(0, 200),
    };
    const reply = ephemeralReply({
      respond,
      client,
      channelId: command.channel_id,
      userId: command.user_id,
      logger: deps.logger,
      context,
    });
    await safely(deps.logger, context, reply, async () => {
      // First without the person's today (enough to know the subcommand); dates are read once it is known.
      const first = parseCommand(command.text);
      const member = await ensureMember(deps.prisma, {
        teamId: command.team_id,
        userId: command.user_id,
        enterpriseId: command.enterprise_id,
      });
      const answerNow =
        !first.ok && (first.kind === 'unknown' ? first.suggestion !== undefined : !mayNeedToday(first.spec.name));
      if (!first.ok && answerNow) {
        // In the language Pathway already knows for the person; their Slack profile is not needed for this.
        const known = translator(languageFor(member.person));
        const blocks =
          first.kind === 'unknown'
            ? unknownCommandBlocks(first.input, first.suggestion, undefined, known)
            : invalidCommandBlocks(first.spec, first.problems, known);
        await reply({ text: known.t('pathway.notUnderstood'), blocks });
        return;
      }
      const now = deps.clock.now();
      if (!first.ok && first.kind === 'unknown') {
        // Nothing close to a command: the short help, with the admin part for admins.
        const asker = await refreshProfileIfStale(client, deps.prisma, member.person, now, deps.logger);
        const askerT = translator(languageFor(asker, member.workspace.language));
        const blocks = unknownCommandBlocks(first.input, undefined, { admin: isAdmin(asker, deps.config) }, askerT);
        await reply({ text: askerT.t('pathway.notUnderstood'), blocks });
        return;
      }
      // Admin rights come from Slack (is_admin / is_owner): check them fresh for admin commands.
      const preview = first.ok ? first.command : undefined;
      const maxAge =
        preview?.kind === 'admin' ||
        preview?.kind === 'report' ||
        (preview?.kind === 'celebrate' && isAdminSetting(preview.setting))
          ? ADMIN_CHECK_MAX_AGE_MS
          : undefined;
      const person = await refreshProfileIfStale(client, deps.prisma, member.person, now, deps.logger, maxAge);
      const today = todayIn(person.timeZone ?? deps.config.defaultTimeZone, now);
      // 3/4/2027 is 3 April or March 4 as the person's Slack writes dates.
      const dates = { today, dayFirst: writesDayFirst(person.locale) };
      const parsed = parseCommand(command.text, dates);
      const t = translator(languageFor(person, member.workspace.language));
      if (!parsed.ok) {
        const blocks =
          parsed.kind === 'unknown'
            ? unknownCommandBlocks(parsed.input, parsed.suggestion, undefined, t)
            : invalidCommandBlocks(parsed.spec, parsed.problems, t);
        await reply({ text: t.t('pathway.notUnderstood'), blocks });
        return;
      }
      // A date that reads either way is confirmed back in words.
      const eitherWay = mayNeedToday(parsed.command.kind)
        ? ambiguousDate(command.text, dates, commandDate(parsed.command))
        : null;
      const dateNote = eitherWay === null ? null : ambiguousDateNote(eitherWay, t);
      switch (parsed.command.kind) {
        case 'overview': {
          const overview = await loadOverview(deps.prisma, person.id, today, t.language);
          await reply({ text: overviewText(overview, t), blocks: overviewBlocks(overview, undefined, t) });
          return;
        }
        case 'help':
          await reply({ text: t.t('help.header'), blocks: helpBlocks({ admin: isAdmin(person, deps.config) }, t) });
          return;
        case 'language': {
          const chosen = parsed.command.language === 'auto' ? null : parsed.command.language;
          const updated = await setLanguage(deps.prisma, person.id, chosen);
          // Answered in the new language, so the person sees at once what they chose.
          const answer = translator(languageFor(updated, member.workspace.language));
          const slackLanguage = languageOfLocale(updated.locale);
          const text =
            chosen !== null
              ? answer.t('language.set')
              : slackLanguage
                ? answer.t('language.auto', { name: LANGUAGE_NAMES[slackLanguage] })
                : answer.t('language.autoUnsupported', { name: LANGUAGE_NAMES[answer.language] });
          await reply({ text, blocks: [{ type: 'section', text: mrkdwn(text) }] });
          await refreshHome(deps, client, member.workspace.slackTeamId, person.slackUserId);
          return;
        }
        case 'roles':
          await reply(await rolesReply(deps, person, parsed.command.query));
          return;
        case 'admin':
          await openAdminArea(deps, client, { person, area: parsed.command.area, triggerId: command.trigger_id, t });
          return;
        case 'plan':
          await openPlanModal(deps, client, { member, person, now, today, t }, command.trigger_id);
          return;
        case 'addForm':
          await openAddForm(client, { today, triggerId: command.trigger_id, responseUrl: command.response_url, t });
          return;
        case 'target': {
          const change = await changeTargetDate(deps.prisma, person.id, {
            targetDate: parsed.command.targetDate,
            today,
            includeHandSet: parsed.command.includeHandSet,
          });
          await reply(withNote(targetChangedReply(change, t), dateNote));
          await refreshHome(deps, client, member.workspace.slackTeamId, person.slackUserId);
          return;
        }
        case 'add':
        case 'done':
        case 'move':
          await reply(
            withNote(await quickForm(deps, client, { member, person, now, today, t }, parsed.command), dateNote),
          );
          return;
        case 'checkin':
          await openCheckInModal(deps, client, person.id, command.trigger_id, t);
          return;
        case 'competencies':
          await client.views.open({
            trigger_id: command.trigger_id,
            view: await competenciesModalFor(deps.prisma, person.id, t),
          });
          return;
        case 'team':
          await reply(await teamReply(deps, person, today));
          return;
        case 'wins':
          await reply(await winsReply(deps, person, parsed.command.page));
          return;
        case 'manager':
          await reply(await managerReply(deps, client, person, parsed.command.slackUserId, now));
          return;
        case 'report':
          await reply(await progressionReport(deps, client, person, parsed.command.period, today, t));
          return;
        case 'export':
          await reply(await exportData(deps, client, person, t));
          return;
        case 'delete':
          await openDeleteConfirm(client, command.trigger_id, t);
          return;
        case 'away':
        case 'back':
        case 'pause':
        case 'resume':
          await reply(withNote(await nudgeControlReply(deps, person.id, parsed.command, today, t), dateNote));
          return;
        case 'settings':
          await openNudgeSettings(deps, client, person.id, command.trigger_id, t);
          return;
        case 'celebrate':
          await reply(await celebrateReply(deps, person, parsed.command.setting, t));
          return;
        case 'conversation': {
          const answer = await conversationCommand(deps, person, parsed.command.slackUserId, today, (view) =>
            client.views.open({ trigger_id: command.trigger_id, view }),
          );
          if (answer) await reply(answer);
          return;
        }
        case 'feedback':
          await client.views.open({
            trigger_id: command.trigger_id,
            view: await feedbackAskView(deps, person, parsed.command),
          });
          return;
        case 'thanks':
          await reply(await thanksReply(deps, client, person, parsed.command.slackUserId, parsed.command.reason));
          return;
        case 'thanksForm':
          await client.views.open({
            trigger_id: command.trigger_id,
            view: thanksModal(
              { to: null, reason: '', link: null },
              await thanksSignalChoices(deps.prisma, person.workspaceId),
              t,
            ),
          });
          return;
        case 'mentor': {
          const answer = await mentorCommand(
            deps,
            person,
            parsed.command.action,
            today,
            (view) => client.views.open({ trigger_id: command.trigger_id, view }),
            t,
          );
          if (answer) await reply(answer);
          return;
        }
        default:
          throw new UserError(t.t('pathway.notAvailable'));
      }
    });
  };
}
