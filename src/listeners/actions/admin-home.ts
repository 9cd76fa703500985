/**
 * The Home tab's admin buttons: open the settings or the people-import modal.
 * The openers check the admin right again (a button can outlive the right).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { adminRefusedView } from '../../blocks/admin.js';
import { languageFor } from '../../domain/language.js';
import { english, translator } from '../../i18n/index.js';
import { ensureMember } from '../../services/people.js';
import type { ListenerDeps } from '../deps.js';
import { openAdminSettings, openPeopleImport } from '../flows/admin-settings.js';
import { type Reply, safely } from '../safely.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

function adminButton(deps: ListenerDeps, open: typeof openAdminSettings, handler: string) {
  return async ({ ack, body, client }: ActionArgs): Promise<void> => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    // A Home tab button has no response_url: the answer is a small modal.
    let t = english;
    const reply = async (message: Reply) =>
      client.views.open({ trigger_id: body.trigger_id, view: adminRefusedView('admin_notice', message.text, t) });
    await safely(deps.logger, { handler, teamId, userId: body.user.id }, reply, async () => {
      const member = await ensureMember(deps.prisma, { teamId, userId: body.user.id });
      t = translator(languageFor(member.person, member.workspace.language));
      await open(deps, client, member.person, body.trigger_id, t);
    });
  };
}

export const adminOpenSettings = (deps: ListenerDeps) => adminButton(deps, openAdminSettings, 'adminOpenSettings');
export const adminOpenImport = (deps: ListenerDeps) => adminButton(deps, openPeopleImport, 'adminOpenImport');
