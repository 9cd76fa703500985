import { LogLevel, type WebAPIPlatformError, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../src/index.js';

let fake: FakeSlack;
let web: WebClient;

beforeAll(async () => {
  fake = await FakeSlack.start();
  web = new WebClient(fake.bot.token, { slackApiUrl: fake.url, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
});
afterAll(async () => fake.close());
beforeEach(() => fake.reset());

describe('FakeSlack shared files (file_input uploads)', () => {
  it('describes a file with files.info and serves its bytes at url_private to the bot token', async () => {
    const id = fake.addFile({ name: 'team framework.yaml', content: 'version: 1\nname: Ünïcode\n' });
    const info = await web.files.info({ file: id });
    expect(info.file).toMatchObject({
      id,
      name: 'team framework.yaml',
      size: Buffer.byteLength('version: 1\nname: Ünïcode\n'),
    });
    const url = info.file?.url_private ?? '';
    expect(url.startsWith(fake.origin)).toBe(true);

    const download = await fetch(url, { headers: { Authorization: `Bearer ${fake.bot.token}` } });
    expect(download.headers.get('content-type')).toBe('text/plain');
    expect(await download.text()).toBe('version: 1\nname: Ünïcode\n');
    expect(fake.downloads).toEqual([expect.objectContaining({ fileId: id, token: fake.bot.token, status: 200 })]);
    expect(fake.specViolations).toEqual([]);
  });

  it('answers a download without a token with the HTML sign-in page, as Slack does', async () => {
    const id = fake.addFile({ name: 'f.yaml', content: 'x' });
    const info = await web.files.info({ file: id });
    const download = await fetch(info.file?.url_private ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/html');
    expect(await download.text()).not.toContain('x\n');
  });

  it('answers file_not_found for an unknown id, and forgets files on reset', async () => {
    const id = fake.addFile({ name: 'f.yaml', content: 'x' });
    fake.reset();
    const error = await web.files.info({ file: id }).catch((caught: unknown) => caught);
    expect((error as WebAPIPlatformError).data?.error).toBe('file_not_found');
  });
});
