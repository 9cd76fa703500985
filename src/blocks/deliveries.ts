import type { KnownBlock, ModalView } from '@slack/types';
import { english, type Translator } from '../i18n/index.js';
import type { DeliveryHealth, FailedDelivery } from '../services/deliveries.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export const DELIVERIES_CALLBACK_ID = 'admin_deliveries';

/** A Slack id as a mention (users and channels render as names); anything else as text. */
function recipientText(recipient: string): string {
  if (/^[UW][A-Z0-9]+$/.test(recipient)) return `<@${recipient}>`;
  if (/^[CG][A-Z0-9]+$/.test(recipient)) return `<#${recipient}>`;
  return userText(recipient);
}

function failureLine(failure: FailedDelivery, t: Translator): string {
  const when = failure.at.toISOString().slice(0, 16).replace('T', ' ');
  return t.t('deliveries.line', {
    kind: userText(failure.kind),
    recipient: recipientText(failure.recipient),
    error: userText(truncate(failure.error, 120)),
    attempts: failure.attempts,
    when,
  });
}

/** `/pathway admin deliveries`: the outbox at a glance, failed messages with Slack's error. */
export function deliveriesModal(health: DeliveryHealth, t: Translator = english): ModalView {
  const { counts } = health;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `${t.t('deliveries.window', { days: health.windowDays })}\n` +
          t.t('deliveries.counts', {
            sent: counts.sent,
            waiting: counts.pending + counts.sending,
            dropped: counts.dropped,
            failed: counts.failed,
          }),
      ),
    },
  ];
  if (health.failed.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(t.t('deliveries.none')) });
  } else {
    blocks.push(
      { type: 'divider' },
      {
        type: 'section',
        text: mrkdwn(
          `${t.t('deliveries.failed')}\n${health.failed.map((failure) => failureLine(failure, t)).join('\n')}`,
        ),
      },
    );
    if (health.failedTotal > health.failed.length) {
      blocks.push({
        type: 'context',
        elements: [mrkdwn(t.t('deliveries.more', { count: health.failedTotal - health.failed.length }))],
      });
    }
    blocks.push({ type: 'context', elements: [mrkdwn(t.t('deliveries.help'))] });
  }
  return {
    type: 'modal',
    callback_id: DELIVERIES_CALLBACK_ID,
    title: plain(t.t('deliveries.title'), LIMITS.modalTitle),
    close: plain(t.t('deliveries.close')),
    blocks,
  };
}
