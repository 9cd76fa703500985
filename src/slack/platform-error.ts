/**
 * The one reader of Slack's errors: telling Slack's own answers (ok: false, "users_not_found")
 * apart from network and HTTP failures, and how the outbox sender treats a failed post.
 */
import { ErrorCode, type WebAPICallError } from '@slack/web-api';

/** The `error` string of a call Slack answered with ok: false; undefined for anything else (network, HTTP, rate limit). */
export function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== ErrorCode.PlatformError)
    return undefined;
  const data = 'data' in error ? error.data : undefined;
  return typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string'
    ? data.error
    : undefined;
}

/** True when the Web API answered with this `error` (e.g. hash_conflict). */
export function isSlackError(error: unknown, code: string): boolean {
  return platformErrorCode(error) === code;
}

// ---- The outbox sender's reading of a failed chat.postMessage ----
// Wait (rate limited), try again later (Slack or the network had a bad moment), or give up
// (the request itself is wrong: no such user, the bot was removed, bad blocks).

export type PostFailure =
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** `staleConnection`: a kept-alive socket was closed under the request; worth one immediate retry. */
  | { kind: 'transient'; error: string; staleConnection?: boolean }
  | { kind: 'permanent'; error: string };

/** Platform errors Slack documents as temporary. */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'team_added_to_org',
]);

/**
 * A pooled keep-alive socket the server had just closed: the request never
 * got through. Slack's own SDKs retry these once at once.
 */
const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function isWebApiError(error: unknown): error is WebAPICallError {
  return error instanceof Error && 'code' in error && Object.values<unknown>(ErrorCode).includes(error.code);
}

export function classifyPostError(error: unknown): PostFailure {
  if (!isWebApiError(error))
    return { kind: 'transient', error: error instanceof Error ? error.message : String(error) };
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return { kind: 'rate_limited', retryAfterMs: Math.max(1, error.retryAfter) * 1000 };
    case ErrorCode.PlatformError:
      return TRANSIENT_PLATFORM_ERRORS.has(error.data.error)
        ? { kind: 'transient', error: error.data.error }
        : { kind: 'permanent', error: error.data.error };
    case ErrorCode.HTTPError:
      return error.statusCode >= 500 || error.statusCode === 408
        ? { kind: 'transient', error: `HTTP ${error.statusCode}` }
        : { kind: 'permanent', error: `HTTP ${error.statusCode}` };
    case ErrorCode.RequestError: {
      // fetch wraps the network problem (ECONNRESET, ECONNREFUSED…) in `cause`.
      const cause = error.original.cause instanceof Error ? error.original.cause : undefined;
      const code = cause && 'code' in cause ? String(cause.code) : '';
      return {
        kind: 'transient',
        error: `${error.original.message || 'request failed'}${cause ? `: ${cause.message}` : ''}`,
        staleConnection: STALE_CONNECTION_CODES.has(code),
      };
    }
  }
}
