/**
 * The people-import modal. Step 1 (`people_import`): the file is read and, if
 * it is CSV at all, acknowledged with a "checking" view (Slack allows 3 s);
 * every row is then checked against Slack and the framework, and the modal
 * shows what would be imported and what skipped, writing nothing. Step 2
 * (`people_import_confirm`): the file is checked again (things may have
 * changed meanwhile) and applied in one transaction; the admin gets the
 * outcome in the modal and a report by DM.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import {
  adminRefusedView,
  type ImportSummary,
  importProblemText,
  PEOPLE_IMPORT_CALLBACK_ID,
  PEOPLE_IMPORT_CONFIRM_CALLBACK_ID,
  PEOPLE_IMPORT_FILE_ACTION_ID,
  PEOPLE_IMPORT_FILE_BLOCK_ID,
  peopleImportCheckingView,
  peopleImportDoneView,
  peopleImportFailedView,
  peopleImportPreviewView,
  peopleImportReport,
} from '../../blocks/admin.js';
import { UserError } from '../../domain/errors.js';
import { languageFor } from '../../domain/language.js';
import { MAX_IMPORT_BYTES, parseImportFile } from '../../domain/people-import.js';
import { type Translator, translator } from '../../i18n/index.js';
import { isAdmin } from '../../services/admins.js';
import { ensureMember, type Member } from '../../services/people.js';
import { applyImport, checkImport } from '../../services/people-import.js';
import { slackDirectory } from '../../slack/directory.js';
import { dmChannelOf } from '../../slack/dm-files.js';
import { downloadTextFile } from '../../slack/files.js';
import type { ListenerDeps } from '../deps.js';
import { logViewFailure, viewFailureMessage } from '../safely.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const fileState = z.object({
  [PEOPLE_IMPORT_FILE_BLOCK_ID]: z.object({
    [PEOPLE_IMPORT_FILE_ACTION_ID]: z.object({ files: z.array(z.object({ id: z.string() })).nullish() }),
  }),
});

const metadataSchema = z.object({ fileId: z.string().min(1), fileName: z.string() });

/** What the check step left in the confirm view; null when it is not ours. */
function metadataOf(text: string): z.infer<typeof metadataSchema> | null {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The submitting person, their language, and whether they (still) are an admin. */
async function submitter(
  deps: ListenerDeps,
  body: SubmissionArgs['body'],
  view: SubmissionArgs['view'],
): Promise<{ member: Member | null; t: Translator }> {
  const member = await ensureMember(deps.prisma, { teamId: body.team?.id ?? view.team_id, userId: body.user.id });
  return {
    member: isAdmin(member.person, deps.config) ? member : null,
    t: translator(languageFor(member.person, member.workspace.language)),
  };
}

async function readCsv(
  deps: ListenerDeps,
  args: SubmissionArgs,
  fileId: string,
  t: Translator,
): Promise<{ name: string; text: string }> {
  try {
    return await downloadTextFile(args.client, {
      fileId,
      botToken: args.context.botToken ?? '',
      slackApiUrl: deps.config.slackApiUrl,
      maxBytes: MAX_IMPORT_BYTES,
    });
  } catch (error) {
    // The helper's own wording is about framework files; the person needs the CSV rule.
    if (error instanceof UserError)
      throw new UserError(t.t('admin.import.csvRule', { megabytes: t.number(MAX_IMPORT_BYTES / 1_000_000) }));
    throw error;
  }
}

function summaryOf(
  fileName: string,
  check: Extract<Awaited<ReturnType<typeof checkImport>>, { ok: true }>,
): ImportSummary {
  return { fileName, rows: check.rows, accepted: check.plan.accepted.length, skipped: check.plan.skipped };
}

export function peopleImportSubmission(deps: ListenerDeps) {
  return async (args: SubmissionArgs): Promise<void> => {
    const { ack, body, view, client } = args;
    const { member, t } = await submitter(deps, body, view);
    if (!member) {
      await ack({
        response_action: 'update',
        view: adminRefusedView(PEOPLE_IMPORT_CALLBACK_ID, t.t('admin.notAdmin'), t),
      });
      return;
    }
    const fileId = fileState.parse(view.state.values)[PEOPLE_IMPORT_FILE_BLOCK_ID][PEOPLE_IMPORT_FILE_ACTION_ID]
      .files?.[0]?.id;
    if (!fileId) {
      await ack({
        response_action: 'errors',
        errors: { [PEOPLE_IMPORT_FILE_BLOCK_ID]: t.t('admin.import.uploadHere') },
      });
      return;
    }
    let file: { name: string; text: string };
    try {
      file = await readCsv(deps, args, fileId, t);
    } catch (error) {
      const message = viewFailureMessage(
        deps.logger,
        { handler: 'peopleImportSubmission' },
        error,
        'could not read the import file',
        (reference) => t.t('admin.import.unreadable', { reference }),
      );
      await ack({ response_action: 'errors', errors: { [PEOPLE_IMPORT_FILE_BLOCK_ID]: message } });
      return;
    }
    const parsed = parseImportFile(file.text);
    if (!parsed.ok) {
      await ack({
        response_action: 'errors',
        errors: {
          [PEOPLE_IMPORT_FILE_BLOCK_ID]: t.t('admin.import.nothingImported', {
            problem: importProblemText(parsed.problem, t),
          }),
        },
      });
      return;
    }
    await ack({ response_action: 'update', view: peopleImportCheckingView(file.name, t) });
    let outcome: ReturnType<typeof peopleImportFailedView>;
    try {
      const check = await checkImport(deps.prisma, slackDirectory(client), member.workspace.id, file.text);
      outcome = check.ok
        ? peopleImportPreviewView(summaryOf(file.name, check), JSON.stringify({ fileId, fileName: file.name }), t)
        : peopleImportFailedView(
            t.t('admin.import.nothingImported', { problem: importProblemText(check.problem, t) }),
            t,
          );
    } catch (error) {
      const reference = logViewFailure(
        deps.logger,
        { handler: 'peopleImportSubmission' },
        error,
        'checking the import failed',
      );
      outcome = peopleImportFailedView(t.t('admin.import.checkFailed', { reference }), t);
    }
    await client.views.update({ view_id: view.id, view: outcome });
  };
}

export function peopleImportConfirmSubmission(deps: ListenerDeps) {
  return async (args: SubmissionArgs): Promise<void> => {
    const { ack, body, view, client } = args;
    const { member, t } = await submitter(deps, body, view);
    if (!member) {
      await ack({
        response_action: 'update',
        view: adminRefusedView(PEOPLE_IMPORT_CONFIRM_CALLBACK_ID, t.t('admin.notAdmin'), t),
      });
      return;
    }
    const metadata = metadataOf(view.private_metadata);
    if (!metadata) {
      await ack({ response_action: 'update', view: peopleImportFailedView(t.t('admin.import.cannotResume'), t) });
      return;
    }
    await ack({ response_action: 'update', view: peopleImportCheckingView(metadata.fileName, t) });
    let outcome: ReturnType<typeof peopleImportFailedView>;
    let imported: ImportSummary | undefined;
    try {
      const file = await readCsv(deps, args, metadata.fileId, t);
      const check = await checkImport(deps.prisma, slackDirectory(client), member.workspace.id, file.text);
      if (!check.ok) {
        outcome = peopleImportFailedView(
          t.t('admin.import.nothingImported', { problem: importProblemText(check.problem, t) }),
          t,
        );
      } else {
        await applyImport(deps.prisma, {
          workspaceId: member.workspace.id,
          actorSlackUserId: body.user.id,
          plan: check.plan,
          fileName: file.name,
          now: deps.clock.now(),
        });
        imported = summaryOf(file.name, check);
        outcome = peopleImportDoneView(imported, t);
      }
    } catch (error) {
      const reference = logViewFailure(
        deps.logger,
        { handler: 'peopleImportConfirmSubmission' },
        error,
        'the people import failed',
      );
      outcome = peopleImportFailedView(t.t('admin.import.failed', { reference }), t);
    }
    await client.views.update({ view_id: view.id, view: outcome });
    if (imported) {
      try {
        await client.chat.postMessage({
          channel: await dmChannelOf(client, body.user.id),
          ...peopleImportReport(imported, t),
        });
      } catch (error) {
        deps.logger.error(
          { err: error, handler: 'peopleImportConfirmSubmission' },
          'the import is done but its DM report could not be sent',
        );
      }
    }
  };
}
