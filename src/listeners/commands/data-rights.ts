/**
 * `/pathway export` sends the person everything held about them as a JSON
 * file in their DM; `/pathway delete` opens the erase confirmation modal.
 */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { deleteConfirmModal, exportFileWords, exportSentBlocks } from '../../blocks/data-rights.js';
import type { Person } from '../../generated/prisma/client.js';
import type { Translator } from '../../i18n/index.js';
import { exportPersonData } from '../../services/data-rights.js';
import { ownCheckIns } from '../../services/privacy.js';
import { sendFilesToDm } from '../../slack/dm-files.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

type Client = AllMiddlewareArgs['client'];

export async function exportData(deps: ListenerDeps, client: Client, person: Person, t: Translator): Promise<Reply> {
  const now = deps.clock.now();
  const data = await exportPersonData(deps.prisma, ownCheckIns(person.id), now);
  const day = now.toISOString().slice(0, 10);
  const words = exportFileWords(day, t);
  await sendFilesToDm(client, person.slackUserId, words.comment, [
    {
      filename: `pathway-my-data-${day}.json`,
      title: words.title,
      content: Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
    },
  ]);
  return exportSentBlocks(t);
}

export async function openDeleteConfirm(client: Client, triggerId: string, t: Translator): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: deleteConfirmModal(t) });
}
