/** Telling Slack's own answers (ok: false, "users_not_found") apart from network and HTTP failures. */
import { ErrorCode, type WebAPIPlatformError } from '@slack/web-api';

function isPlatformError(error: unknown): error is WebAPIPlatformError {
  return error instanceof Error && 'code' in error && error.code === ErrorCode.PlatformError;
}

/** The `error` string of a call Slack answered with ok: false, else undefined. */
export function platformErrorCode(error: unknown): string | undefined {
  return isPlatformError(error) ? error.data.error : undefined;
}
