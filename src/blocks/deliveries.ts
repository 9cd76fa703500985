import type { KnownBlock, ModalView } from '@slack/types';
import type { DeliveryHealth, FailedDelivery } from '../services/deliveries.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const DELIVERIES_CALLBACK_ID = 'admin_deliveries';

/** A Slack id as a mention (users and channels render as names); anything else as text. */
function recipientText(recipient: string): string {
  if (/^[UW][A-Z0-9]+$/.test(recipient)) return `<@${recipient}>`;
  if (/^[CG][A-Z0-9]+$/.test(recipient)) return `<#${recipient}>`;
  return userText(recipient);
}

function failureLine(failure: FailedDelivery): string {
  const when = failure.at.toISOString().slice(0, 16).replace('T', ' ');
  return `*${userText(failure.kind)}* to ${recipientText(failure.recipient)} — \`${userText(truncate(failure.error, 120))}\` after ${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'} (${when} UTC)`;
}

/** `/pathway admin deliveries`: the outbox at a glance, failed messages with Slack's error. */
export function deliveriesModal(health: DeliveryHealth): ModalView {
  const { counts } = health;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*Messages in the last ${health.windowDays} days*\n` +
          `${counts.sent} sent · ${counts.pending + counts.sending} waiting · ${counts.dropped} no longer needed · ${counts.failed} failed`,
      ),
    },
  ];
  if (health.failed.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(':white_check_mark: Nothing failed.') });
  } else {
    blocks.push(
      { type: 'divider' },
      { type: 'section', text: mrkdwn(`*Failed* (newest first)\n${health.failed.map(failureLine).join('\n')}`) },
    );
    if (health.failedTotal > health.failed.length) {
      blocks.push({ type: 'context', elements: [mrkdwn(`…and ${health.failedTotal - health.failed.length} more.`)] });
    }
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(
          '`not_in_channel` or `channel_not_found`: invite the app with `/invite @Pathway` or pick another channel in `/pathway admin settings`. ' +
            '`missing_scope`: reinstall the app. Message contents are never shown here.',
        ),
      ],
    });
  }
  return {
    type: 'modal',
    callback_id: DELIVERIES_CALLBACK_ID,
    title: plain('Message deliveries', LIMITS.modalTitle),
    close: plain('Close'),
    blocks,
  };
}
