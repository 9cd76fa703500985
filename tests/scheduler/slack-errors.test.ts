import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/scheduler/rate-limiter.js';
import { classifyPostError } from '../../src/slack/platform-error.js';

describe('classifyPostError', () => {
  it('turns a 429 into a wait of its Retry-After', () => {
    expect(classifyPostError(new WebAPIRateLimitedError(7))).toEqual({ kind: 'rate_limited', retryAfterMs: 7000 });
  });

  it('retries Slack-side and network trouble, and flags a socket closed under the request', () => {
    expect(classifyPostError(new WebAPIHTTPError(503, 'Service Unavailable', {}))).toEqual({
      kind: 'transient',
      error: 'HTTP 503',
    });
    expect(classifyPostError(new WebAPIPlatformError({ ok: false, error: 'internal_error' }))).toEqual({
      kind: 'transient',
      error: 'internal_error',
    });
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(classifyPostError(new WebAPIRequestError(new Error('fetch failed', { cause: reset })))).toEqual({
      kind: 'transient',
      error: 'fetch failed: read ECONNRESET',
      staleConnection: true,
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyPostError(new WebAPIRequestError(new Error('fetch failed', { cause: refused })))).toMatchObject({
      kind: 'transient',
      staleConnection: false,
    });
  });

  it('gives up at once on requests that cannot succeed', () => {
    expect(classifyPostError(new WebAPIPlatformError({ ok: false, error: 'channel_not_found' }))).toEqual({
      kind: 'permanent',
      error: 'channel_not_found',
    });
    expect(classifyPostError(new WebAPIHTTPError(400, 'Bad Request', {}))).toEqual({
      kind: 'permanent',
      error: 'HTTP 400',
    });
  });
});

describe('RateLimiter', () => {
  function limiter() {
    let now = 0;
    const waits: number[] = [];
    const rate = new RateLimiter(
      { channelIntervalMs: 1000, workspaceIntervalMs: 200 },
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
      () => now,
    );
    return { rate, waits };
  }

  it('spaces posts into one conversation a second apart and a workspace by its interval', async () => {
    const { rate, waits } = limiter();
    await rate.take('T1', 'U1');
    await rate.take('T1', 'U2');
    await rate.take('T1', 'U1');
    await rate.take('T2', 'U1');
    expect(waits).toEqual([200, 800]);
  });

  it('holds the whole workspace for a Retry-After', async () => {
    const { rate, waits } = limiter();
    rate.pause('T1', 3000);
    await rate.take('T1', 'U9');
    await rate.take('T2', 'U9');
    expect(waits).toEqual([3000]);
  });
});
