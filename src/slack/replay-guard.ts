/**
 * Slack's signature proves who sent a request, not that it is new: a captured
 * request could be sent again within the 5 minutes Bolt accepts its timestamp.
 * Slack never sends the same signature twice (its retries carry a new
 * timestamp), so a signature seen before within that window is a replay and is
 * refused before Bolt sees it.
 *
 * The memory is per process; behind a load balancer a replay that lands on
 * another replica is still bounded by the 5-minute timestamp check, and event
 * handlers are idempotent on event ids.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const WINDOW_MS = 5 * 60 * 1000;
/** Enough for ~300 requests a second over the window; beyond it the oldest are forgotten. */
const MAX_REMEMBERED = 100_000;

export function rejectReplays(next: RequestListener, now: () => number = Date.now): RequestListener {
  const seen = new Map<string, number>();
  const forgetOld = (at: number): void => {
    for (const [signature, firstSeen] of seen) {
      if (at - firstSeen < WINDOW_MS && seen.size <= MAX_REMEMBERED) break;
      seen.delete(signature);
    }
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const signature = req.headers['x-slack-signature'];
    if (typeof signature === 'string' && signature !== '') {
      const at = now();
      forgetOld(at);
      if (seen.has(signature)) {
        res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'replayed_request' }));
        return;
      }
      seen.set(signature, at);
    }
    next(req, res);
  };
}
