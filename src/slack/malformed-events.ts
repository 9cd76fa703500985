/**
 * Bolt throws on an Events API callback whose `event` is not an object or
 * whose `event.user` is null (App.js buildSource), before any listener runs,
 * and answers 500, which Slack would retry for an hour. Slack never sends such
 * a callback; one that passed the signature check is answered 200 and
 * ignored. Every other error keeps Bolt's default handling.
 */
import { HTTPModuleFunctions, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import { z } from 'zod';

const eventCallback = z.object({ type: z.literal('event_callback'), event: z.unknown() });

function isMalformedEventCallback(args: ReceiverProcessEventErrorHandlerArgs): boolean {
  if (!HTTPModuleFunctions.isBufferedIncomingMessage(args.request)) return false;
  let body: unknown;
  try {
    body = JSON.parse(args.request.rawBody.toString('utf8'));
  } catch {
    return false;
  }
  const envelope = eventCallback.safeParse(body);
  if (!envelope.success) return false;
  const { event } = envelope.data;
  return typeof event !== 'object' || event === null || ('user' in event && event.user === null);
}

export async function ignoreMalformedEvents(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (args.response.headersSent || !isMalformedEventCallback(args))
    return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
  args.logger.warn('ignored an event callback without a usable event object');
  args.response.writeHead(200);
  args.response.end();
  return true;
}
