/**
 * The framework upload modal's submission. Problems the admin can fix are
 * shown on the fields (`response_action: errors`) and change nothing. A valid
 * file is acknowledged at once with a "loading" view (Slack allows 3 s), then
 * loaded, and the modal is updated with what changed.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import {
  FRAMEWORK_FILE_ACTION_ID,
  FRAMEWORK_FILE_BLOCK_ID,
  FRAMEWORK_TEXT_ACTION_ID,
  FRAMEWORK_TEXT_BLOCK_ID,
  frameworkChangeNotice,
  frameworkLoadedView,
  frameworkLoadingView,
  frameworkNotLoadedView,
  frameworkProblemsView,
  problemsErrorText,
} from '../../blocks/framework-admin.js';
import { MAX_FRAMEWORK_SOURCE_LENGTH, parseFramework } from '../../domain/framework/parse.js';
import { languageFor } from '../../domain/language.js';
import { english, type Translator, translator } from '../../i18n/index.js';
import { isAdmin } from '../../services/admins.js';
import { type FrameworkLoadResult, loadFramework } from '../../services/framework-admin.js';
import { ensureMember } from '../../services/people.js';
import { downloadTextFile } from '../../slack/files.js';
import type { ListenerDeps } from '../deps.js';
import { logViewFailure, viewFailureMessage } from '../safely.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The two optional inputs of the modal, as Slack sends them in view.state.values. */
const submissionSchema = z.object({
  [FRAMEWORK_FILE_BLOCK_ID]: z
    .object({ [FRAMEWORK_FILE_ACTION_ID]: z.object({ files: z.array(z.object({ id: z.string() })).nullish() }) })
    .optional(),
  [FRAMEWORK_TEXT_BLOCK_ID]: z
    .object({ [FRAMEWORK_TEXT_ACTION_ID]: z.object({ value: z.string().nullish() }) })
    .optional(),
});

type Source = { kind: 'file'; fileId: string } | { kind: 'text'; text: string };

function sourceOf(values: unknown, t: Translator): Source | { kind: 'errors'; errors: Record<string, string> } {
  const state = submissionSchema.parse(values);
  const files = state[FRAMEWORK_FILE_BLOCK_ID]?.[FRAMEWORK_FILE_ACTION_ID].files ?? [];
  const text = state[FRAMEWORK_TEXT_BLOCK_ID]?.[FRAMEWORK_TEXT_ACTION_ID].value?.trim() ?? '';
  const [file] = files;
  if (file && text !== '') {
    return { kind: 'errors', errors: { [FRAMEWORK_TEXT_BLOCK_ID]: t.t('frameworkAdmin.error.both') } };
  }
  if (files.length > 1)
    return { kind: 'errors', errors: { [FRAMEWORK_FILE_BLOCK_ID]: t.t('frameworkAdmin.error.oneFile') } };
  if (file) return { kind: 'file', fileId: file.id };
  if (text !== '') return { kind: 'text', text };
  return { kind: 'errors', errors: { [FRAMEWORK_FILE_BLOCK_ID]: t.t('frameworkAdmin.error.none') } };
}

export function frameworkUploadSubmission(deps: ListenerDeps) {
  return async (args: SubmissionArgs): Promise<void> => {
    let acked = false;
    // English until the submitter is known; their language once handleSubmission has found them.
    const language = { t: english };
    const ack: SubmissionArgs['ack'] = async (response) => {
      acked = true;
      await args.ack(response);
    };
    try {
      await handleSubmission(deps, { ...args, ack }, language);
    } catch (error) {
      const reference = logViewFailure(
        deps.logger,
        { handler: 'frameworkUploadSubmission', userId: args.body.user.id },
        error,
        'listener failed',
      );
      const view = frameworkNotLoadedView(language.t.t('frameworkAdmin.error.apology', { reference }), language.t);
      if (!acked) await args.ack({ response_action: 'update', view });
      else await args.client.views.update({ view_id: args.view.id, view }).catch(() => undefined);
    }
  };
}

async function handleSubmission(
  deps: ListenerDeps,
  { ack, body, view, client, context }: SubmissionArgs,
  language: { t: Translator },
): Promise<void> {
  const log = { handler: 'frameworkUploadSubmission', teamId: body.team?.id, userId: body.user.id };
  const teamId = body.team?.id ?? view.team_id;
  const member = await ensureMember(deps.prisma, { teamId, userId: body.user.id });
  const t = translator(languageFor(member.person, member.workspace.language));
  language.t = t;
  if (!isAdmin(member.person, deps.config)) {
    await ack({ response_action: 'update', view: frameworkNotLoadedView(t.t('admin.notAdmin'), t) });
    return;
  }
  const source = sourceOf(view.state.values, t);
  if (source.kind === 'errors') {
    await ack({ response_action: 'errors', errors: source.errors });
    return;
  }
  const field = source.kind === 'file' ? FRAMEWORK_FILE_BLOCK_ID : FRAMEWORK_TEXT_BLOCK_ID;
  let text: string;
  let fileName: string | undefined;
  if (source.kind === 'file') {
    try {
      const file = await downloadTextFile(client, {
        fileId: source.fileId,
        botToken: context.botToken ?? '',
        slackApiUrl: deps.config.slackApiUrl,
        maxBytes: MAX_FRAMEWORK_SOURCE_LENGTH,
      });
      text = file.text;
      fileName = file.name;
    } catch (error) {
      const message = viewFailureMessage(
        deps.logger,
        log,
        error,
        'could not read the uploaded framework file',
        (reference) => t.t('frameworkAdmin.error.unreadable', { reference }),
      );
      await ack({ response_action: 'errors', errors: { [FRAMEWORK_FILE_BLOCK_ID]: message } });
      return;
    }
  } else {
    text = source.text;
  }

  const parsed = parseFramework(text);
  if (!parsed.ok) {
    await ack({ response_action: 'errors', errors: { [field]: problemsErrorText(parsed.problems, t) } });
    return;
  }
  await ack({ response_action: 'update', view: frameworkLoadingView(t) });

  const result = await loadFramework(deps.prisma, {
    workspaceId: member.workspace.id,
    source: text,
    fileName,
    actorSlackUserId: body.user.id,
    loadedBy: body.user.id,
    now: deps.clock.now(),
    notice: frameworkChangeNotice,
  });
  await client.views.update({ view_id: view.id, view: outcomeView(result, t) });
}

function outcomeView(result: FrameworkLoadResult, t: Translator): ModalView {
  if (result.ok) return frameworkLoadedView(result, t);
  if (result.reason === 'unchanged')
    return frameworkNotLoadedView(t.t('frameworkAdmin.unchanged', { version: result.version }), t);
  return frameworkProblemsView(result.problems, t);
}
