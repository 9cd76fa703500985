import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel as BoltLogLevel } from '@slack/bolt';
import { LogLevel, type WebAPIPlatformError, WebClient, WebClientEvent } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  blockKitProblems,
  expectValidBlocks,
  expectValidView,
  FakeSlack,
  SlackDriver,
  type Surface,
  selectValue,
  slackSignature,
  textValue,
  viewProblems,
} from '../src/index.js';

let fake: FakeSlack;

beforeAll(async () => {
  fake = await FakeSlack.start({
    users: [{ id: 'U0ADA', realName: 'Ada Lovelace', email: 'ada@example.org', tz: 'America/New_York', isAdmin: true }],
  });
});
afterAll(async () => fake.close());
beforeEach(() => fake.reset());

/** A WebClient like the app's, pointed at the fake, with no slow retries. */
function client(retries = 0): WebClient {
  return new WebClient(fake.bot.token, {
    slackApiUrl: fake.url,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries, factor: 1, minTimeout: 0, maxTimeout: 0 },
  });
}

function platformError(error: unknown): string | undefined {
  return (error as WebAPIPlatformError).data?.error;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** `token: null` sends no Authorization header. */
async function postJson(method: string, body: unknown, token: string | null = fake.bot.token): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${fake.url}${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return res.json();
}

const sectionBlock = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
  ...extra,
});

describe('FakeSlack with a real WebClient', () => {
  it('answers auth.test with the fake workspace and bot', async () => {
    const result = await client().auth.test();
    expect(result).toMatchObject({ ok: true, team_id: fake.team.id, user_id: fake.bot.userId, bot_id: fake.bot.botId });
    expect(result.url).toMatch(/^https:\/\/.+\.slack\.com\/$/);
    expect(fake.calls[0]).toMatchObject({ method: 'auth.test', token: fake.bot.token, encoding: 'form' });
  });

  it('decodes form-encoded blocks back to objects and hands out increasing ts', async () => {
    const web = client();
    const blocks = [sectionBlock('*Next milestone* due Friday')];
    const first = await web.chat.postMessage({ channel: 'C0GENERAL', text: 'Next milestone', blocks });
    const second = await web.chat.postMessage({ channel: 'C0GENERAL', text: 'again' });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(first.message).toMatchObject({ text: 'Next milestone', bot_id: fake.bot.botId, blocks });
    const call = await fake.waitForCall('chat.postMessage');
    expect(call.args.blocks).toEqual(blocks);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(fake.messagesIn('C0GENERAL').map((m) => m.text)).toEqual(['Next milestone', 'again']);
    expect(fake.specViolations).toEqual([]);
  });

  it('accepts JSON bodies with a Bearer token', async () => {
    const answer = await postJson('chat.postMessage', {
      channel: 'C0GENERAL',
      text: 'json',
      blocks: [sectionBlock('hi')],
    });
    expect(answer).toMatchObject({ ok: true, channel: 'C0GENERAL' });
    expect(fake.calls[0]).toMatchObject({
      encoding: 'json',
      token: fake.bot.token,
      args: { blocks: [sectionBlock('hi')] },
    });
    expect(fake.specViolations).toEqual([]);
  });

  it('does not read a token from a JSON body, like Slack', async () => {
    const answer = await postJson('auth.test', { token: fake.bot.token }, null);
    expect(answer).toEqual({ ok: false, error: 'not_authed' });
    expect(fake.specViolations.map((v) => v.message).join('\n')).toMatch(/JSON body/);
  });

  it('retries after a 429 with Retry-After and then succeeds', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const web = client(1);
    const rateLimited: number[] = [];
    web.on(WebClientEvent.RATE_LIMITED, (seconds: number) => rateLimited.push(seconds));
    const started = Date.now();
    const result = await web.chat.postMessage({ channel: 'C0GENERAL', text: 'after the wait' });
    expect(result.ok).toBe(true);
    expect(rateLimited).toEqual([1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('injects platform errors, HTTP 500 and slow answers', async () => {
    const web = client();
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect(platformError(await errorOf(web.chat.postMessage({ channel: 'C0GENERAL', text: 'x' })))).toBe(
      'channel_not_found',
    );

    fake.failNext('users.info', { status: 500 });
    const httpError = await errorOf(web.users.info({ user: 'U0ADA' }));
    expect((httpError as { code?: string }).code).toBe('slack_webapi_http_error');

    fake.failNext('auth.test', { delayMs: 300 });
    const impatient = new WebClient(fake.bot.token, {
      slackApiUrl: fake.url,
      timeout: 50,
      logLevel: LogLevel.ERROR,
      retryConfig: { retries: 0 },
    });
    expect((await errorOf(impatient.auth.test())) as { code?: string }).toMatchObject({
      code: 'slack_webapi_request_error',
    });
    expect((await web.auth.test()).ok).toBe(true); // the fault was used once
  });

  it('answers unknown methods with unknown_method', async () => {
    expect(platformError(await errorOf(client().apiCall('pathway.nonsense')))).toBe('unknown_method');
    expect(fake.specViolations).toEqual([
      { method: 'pathway.nonsense', message: "pathway.nonsense is not a method in Slack's Web API spec" },
    ]);
  });

  it('waitForCall explains a timeout with the recorded methods', async () => {
    await client().auth.test();
    await expect(fake.waitForCall('views.open', undefined, 50)).rejects.toThrow(
      /no views.open call within 50 ms; recorded calls: auth.test/,
    );
  });
});

describe('spec validation', () => {
  it('flags a missing required argument and answers like Slack', async () => {
    const error = await errorOf(client().apiCall('chat.postMessage', { text: 'no channel' }));
    expect(platformError(error)).toBe('channel_not_found');
    expect(fake.specViolations).toEqual([{ method: 'chat.postMessage', message: 'missing required argument channel' }]);
  });

  it('flags arguments the method does not define, and wrong types', async () => {
    await client().apiCall('chat.postMessage', {
      channel: 'C0GENERAL',
      text: 'x',
      colour: 'blue',
      unfurl_links: 'maybe',
    });
    const messages = fake.specViolations.map((v) => v.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^argument colour is not defined/);
    expect(messages[1]).toBe('unfurl_links must be a boolean, got "maybe"');
  });

  it('reads views.* arguments declared as query parameters (views.publish, views.open)', async () => {
    const web = client();
    const home = { type: 'home' as const, blocks: [sectionBlock('Your pathway')] };
    const published = await web.views.publish({ user_id: 'U0ADA', view: home });
    expect(published.view?.id).toMatch(/^V/);
    expect(fake.homeView('U0ADA')).toMatchObject({ type: 'home', blocks: home.blocks });
    await web.views.open({
      trigger_id: fake.triggerId(),
      view: { type: 'modal', title: { type: 'plain_text', text: 'Plan' }, blocks: [] },
    });
    expect(fake.specViolations).toEqual([]);
  });

  it('flags JSON bodies on methods that only take form data (users.info)', async () => {
    const answer = await postJson('users.info', { user: 'U0ADA' });
    expect(answer).toMatchObject({ ok: true });
    expect(fake.specViolations.map((v) => v.message)).toEqual([
      'application/json body is not accepted (spec consumes: application/x-www-form-urlencoded)',
    ]);
  });

  it('tolerates team_id, which WebClient adds when created with teamId (as Bolt does)', async () => {
    const web = new WebClient(fake.bot.token, {
      slackApiUrl: fake.url,
      teamId: fake.team.id,
      logLevel: LogLevel.ERROR,
    });
    await web.conversations.open({ users: 'U0ADA' });
    expect(fake.calls[0]?.args.team_id).toBe(fake.team.id);
    expect(fake.specViolations).toEqual([]);
  });

  it('runs the files.uploadV2 flow without violations and records the bytes', async () => {
    const result = await client().files.uploadV2({
      channel_id: 'C0GENERAL',
      filename: 'report.csv',
      content: 'a,b\n1,2\n',
      title: 'Report',
    });
    expect(result.ok).toBe(true);
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]?.bytes.toString()).toBe('a,b\n1,2\n');
    expect(fake.uploads[0]?.declaredLength).toBe(8);
    const complete = await fake.waitForCall('files.completeUploadExternal');
    expect(complete.args.files).toEqual([{ id: fake.uploads[0]?.fileId, title: 'Report' }]);
    expect(fake.specViolations).toEqual([]);
  });
});

describe('workspace behaviour', () => {
  it('enforces channel membership on chat.postMessage and conversations.join', async () => {
    const web = client();
    fake.setChannel('C0PUBLIC', { name: 'wins', members: ['U0ADA'] });
    fake.setChannel('G0SECRET', { isPrivate: true, members: ['U0ADA'] });
    expect(platformError(await errorOf(web.chat.postMessage({ channel: 'C0PUBLIC', text: 'x' })))).toBe(
      'not_in_channel',
    );
    expect(platformError(await errorOf(web.chat.postMessage({ channel: 'G0SECRET', text: 'x' })))).toBe(
      'channel_not_found',
    );
    expect(platformError(await errorOf(web.conversations.join({ channel: 'G0SECRET' })))).toBe(
      'method_not_supported_for_channel_type',
    );
    expect((await web.conversations.join({ channel: 'C0PUBLIC' })).channel).toMatchObject({
      id: 'C0PUBLIC',
      is_member: true,
    });
    expect((await web.chat.postMessage({ channel: '#wins', text: 'Ada finished a course' })).channel).toBe('C0PUBLIC');
    expect(
      platformError(await errorOf(web.chat.postEphemeral({ channel: 'C0PUBLIC', user: 'U0BOB', text: 'x' }))),
    ).toBe('user_not_in_channel');
  });

  it('serves users from the directory and sensible defaults', async () => {
    const web = client();
    const ada = (await web.users.info({ user: 'U0ADA' })).user;
    expect(ada).toMatchObject({
      real_name: 'Ada Lovelace',
      tz: 'America/New_York',
      is_admin: true,
      profile: { email: 'ada@example.org' },
    });
    expect([-18000, -14400]).toContain(ada?.tz_offset);
    const stranger = (await web.users.info({ user: 'U0NEW' })).user;
    expect(stranger).toMatchObject({
      id: 'U0NEW',
      tz: 'Europe/London',
      is_admin: false,
      is_owner: false,
      deleted: false,
    });
    expect(stranger?.tz_label).toMatch(/Greenwich Mean Time|British Summer Time/);
    // The locale only when asked, as Slack does: en-GB for a user given none (they live in London).
    expect(stranger).not.toHaveProperty('locale');
    expect((await web.users.info({ user: 'U0NEW', include_locale: true })).user?.locale).toBe('en-GB');
    expect((await web.users.lookupByEmail({ email: 'ada@example.org' })).user?.id).toBe('U0ADA');
    expect(platformError(await errorOf(web.users.lookupByEmail({ email: 'nobody@else.org' })))).toBe('users_not_found');
    expect(platformError(await errorOf(web.users.info({ user: 'not-a-user' })))).toBe('user_not_found');
  });

  it('opens one DM channel per user', async () => {
    const web = client();
    const first = await web.conversations.open({ users: 'U0ADA' });
    const again = await web.conversations.open({ users: 'U0ADA' });
    expect(first.channel?.id).toBe(fake.dmChannelFor('U0ADA'));
    expect(first.channel?.id).toMatch(/^D/);
    expect(again).toMatchObject({ already_open: true, channel: { id: first.channel?.id } });
  });

  it('opens one group DM per set of people (conversations.open with several users), checked against the spec', async () => {
    const web = client();
    const group = await web.conversations.open({ users: 'U0ADA,U0BOB' });
    const id = group.channel?.id ?? '';
    expect(id).toMatch(/^G/);
    expect(fake.groupDmMembers(id)?.sort()).toEqual(['U0ADA', 'U0BOB', fake.bot.userId].sort());
    expect(await web.conversations.open({ users: 'U0BOB,U0ADA' })).toMatchObject({
      already_open: true,
      channel: { id },
    });
    await web.chat.postMessage({ channel: id, text: 'Hello, both' });
    expect(fake.messagesIn(id).map((message) => message.text)).toEqual(['Hello, both']);
    expect(platformError(await errorOf(web.conversations.open({ users: 'U1,U2,U3,U4,U5,U6,U7,U8,U9' })))).toBe(
      'too_many_users',
    );
    expect(fake.groupDmMembers(fake.dmChannelFor('U0ADA'))).toBeUndefined();
    expect(fake.specViolations).toEqual([]);
  });

  it('honours trigger_id rules and rejects views that break Block Kit limits', async () => {
    const web = client();
    const trigger = fake.triggerId();
    const modal = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Plan' }, blocks: [] };
    const opened = await web.views.open({ trigger_id: trigger, view: modal });
    expect(fake.view(opened.view?.id ?? '')).toMatchObject({ type: 'modal', title: modal.title });
    expect(platformError(await errorOf(web.views.open({ trigger_id: trigger, view: modal })))).toBe(
      'exchanged_trigger_id',
    );
    const tooLong = { ...modal, title: { type: 'plain_text' as const, text: 'A title that is far too long' } };
    const rejected = await errorOf(web.views.open({ trigger_id: fake.triggerId(), view: tooLong }));
    expect(platformError(rejected)).toBe('invalid_arguments');
    expect(JSON.stringify((rejected as WebAPIPlatformError).data)).toContain('[json-pointer:/view/title/text]');
    expect(fake.blockKitViolations).toHaveLength(1);
  });

  it('keeps messages for chat.update, chat.delete, chat.postEphemeral and chat.scheduleMessage', async () => {
    const web = client();
    const posted = await web.chat.postMessage({ channel: 'U0ADA', text: 'Nudge' });
    expect(posted.channel).toBe(fake.dmChannelFor('U0ADA'));
    const updated = await web.chat.update({ channel: posted.channel ?? '', ts: posted.ts ?? '', text: 'Done ✅' });
    expect(updated).toMatchObject({ ok: true, ts: posted.ts, text: 'Done ✅' });
    const ephemeral = await web.chat.postEphemeral({ channel: 'C0GENERAL', user: 'U0ADA', text: 'only you' });
    expect(ephemeral.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(
      platformError(
        await errorOf(web.chat.update({ channel: 'C0GENERAL', ts: ephemeral.message_ts ?? '', text: 'x' })),
      ),
    ).toBe('message_not_found');
    await web.chat.delete({ channel: posted.channel ?? '', ts: posted.ts ?? '' });
    expect(fake.messagesIn(posted.channel ?? '')).toEqual([]);
    const postAt = Math.floor(Date.now() / 1000) + 3600;
    const scheduled = await web.chat.scheduleMessage({ channel: 'C0GENERAL', post_at: postAt, text: 'Weekly wins' });
    expect(scheduled).toMatchObject({ ok: true, post_at: postAt, scheduled_message_id: expect.stringMatching(/^Q/) });
    expect(
      platformError(await errorOf(web.chat.scheduleMessage({ channel: 'C0GENERAL', post_at: 1, text: 'x' }))),
    ).toBe('time_in_past');
    expect((await web.team.info()).team).toMatchObject({ id: fake.team.id, domain: fake.team.domain });
    expect((await web.conversations.info({ channel: 'C0GENERAL' })).channel).toMatchObject({
      id: 'C0GENERAL',
      is_member: true,
    });
    expect(fake.specViolations).toEqual([]);
  });

  it('expires trigger_ids after the configured time', async () => {
    const quick = await FakeSlack.start({ triggerTtlMs: 1 });
    try {
      const trigger = quick.triggerId();
      await new Promise((resolve) => setTimeout(resolve, 10));
      const web = new WebClient(quick.bot.token, {
        slackApiUrl: quick.url,
        logLevel: LogLevel.ERROR,
        retryConfig: { retries: 0 },
      });
      const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Late' }, blocks: [] };
      expect(platformError(await errorOf(web.views.open({ trigger_id: trigger, view })))).toBe('expired_trigger_id');
    } finally {
      await quick.close();
    }
  });

  it('records response_url posts', async () => {
    const url = fake.responseUrl();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Saved', replace_original: true }),
    });
    expect(res.status).toBe(200);
    const response = await fake.waitForResponse((r) => r.url === url);
    expect(response.body).toEqual({ text: 'Saved', replace_original: true });
  });
});

describe('block-kit limits', () => {
  const plain = (text: string) => ({ type: 'plain_text', text });
  const button = (over: Record<string, unknown> = {}) => ({
    type: 'button',
    text: plain('Go'),
    action_id: 'go',
    ...over,
  });
  const actions = (elements: unknown[]) => [{ type: 'actions', elements }];
  const select = (count: number, option: { text?: string; value?: string } = {}) =>
    actions([
      {
        type: 'static_select',
        action_id: 'pick',
        options: Array.from({ length: count }, (_, i) => ({
          text: plain(option.text ?? `Option ${i}`),
          value: option.value ?? `v${i}`,
        })),
      },
    ]);
  const input = (label: string, element: Record<string, unknown> = { type: 'plain_text_input', action_id: 'text' }) => [
    { type: 'input', label: plain(label), element },
  ];
  const sections = (count: number) => Array.from({ length: count }, (_, i) => sectionBlock(`Item ${i}`));
  const x = (n: number) => 'x'.repeat(n);

  const blockCases: Array<[string, Surface, unknown, unknown, RegExp]> = [
    ['50 blocks in a message', 'message', sections(51), sections(50), /has 51 items \(max 50\)/],
    ['100 blocks in a modal', 'modal', sections(101), sections(100), /max 100/],
    [
      'section text 3000',
      'message',
      [sectionBlock(x(3001))],
      [sectionBlock(x(3000))],
      /text\/text: is 3001 characters/,
    ],
    [
      'section fields 10',
      'message',
      [{ type: 'section', fields: Array(11).fill(plain('f')) }],
      [{ type: 'section', fields: Array(10).fill(plain('f')) }],
      /fields: has 11 items/,
    ],
    [
      'section field 2000',
      'message',
      [{ type: 'section', fields: [plain(x(2001))] }],
      [{ type: 'section', fields: [plain(x(2000))] }],
      /max 2000/,
    ],
    [
      'header 150 plain_text',
      'message',
      [{ type: 'header', text: plain(x(151)) }],
      [{ type: 'header', text: plain(x(150)) }],
      /max 150/,
    ],
    [
      'header is plain_text',
      'message',
      [{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }],
      [{ type: 'header', text: plain('x') }],
      /must be "plain_text"/,
    ],
    [
      'context elements 10',
      'message',
      [{ type: 'context', elements: Array(11).fill(plain('c')) }],
      [{ type: 'context', elements: Array(10).fill(plain('c')) }],
      /has 11 items \(max 10\)/,
    ],
    [
      'actions elements 25',
      'message',
      actions(Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` }))),
      actions(Array.from({ length: 25 }, (_, i) => button({ action_id: `a${i}` }))),
      /max 25/,
    ],
    [
      'button text 75',
      'message',
      actions([button({ text: plain(x(76)) })]),
      actions([button({ text: plain(x(75)) })]),
      /max 75/,
    ],
    [
      'button action_id 255',
      'message',
      actions([button({ action_id: x(256) })]),
      actions([button({ action_id: x(255) })]),
      /action_id: is 256/,
    ],
    [
      'button value 2000',
      'message',
      actions([button({ value: x(2001) })]),
      actions([button({ value: x(2000) })]),
      /value: is 2001/,
    ],
    [
      'button url 3000',
      'message',
      actions([button({ url: x(3001) })]),
      actions([button({ url: x(3000) })]),
      /url: is 3001/,
    ],
    ['select options 100', 'message', select(101), select(100), /options: has 101 items/],
    ['option text 75', 'message', select(1, { text: x(76) }), select(1, { text: x(75) }), /max 75/],
    ['option value 150', 'message', select(1, { value: x(151) }), select(1, { value: x(150) }), /value: is 151/],
    ['input label 2000', 'modal', input(x(2001)), input(x(2000)), /label\/text: is 2001/],
    [
      'plain_text_input max_length 3000',
      'modal',
      input('Why', { type: 'plain_text_input', max_length: 3001 }),
      input('Why', { type: 'plain_text_input', max_length: 3000 }),
      /max_length: must be a number from 1 to 3000/,
    ],
    [
      'block_id 255',
      'message',
      [sectionBlock('a', { block_id: x(256) })],
      [sectionBlock('a', { block_id: x(255) })],
      /block_id: is 256/,
    ],
    [
      'block_id unique',
      'message',
      [sectionBlock('a', { block_id: 'b' }), sectionBlock('c', { block_id: 'b' })],
      [sectionBlock('a', { block_id: 'b' }), sectionBlock('c', { block_id: 'd' })],
      /already used/,
    ],
    [
      'text object type',
      'message',
      [{ type: 'section', text: { type: 'markdown', text: 'x' } }],
      [sectionBlock('x')],
      /must be "plain_text" or "mrkdwn"/,
    ],
    ['text non-empty', 'message', [sectionBlock('')], [sectionBlock('x')], /non-empty/],
    [
      'unknown block type',
      'message',
      [{ type: 'sectoin', text: plain('x') }],
      [sectionBlock('x')],
      /unknown block type "sectoin"/,
    ],
  ];

  it.each(blockCases)('%s', (_name, surface, bad, good, expected) => {
    expect(blockKitProblems(bad, surface).join('\n')).toMatch(expected);
    expect(blockKitProblems(good, surface)).toEqual([]);
  });

  const modal = (over: Record<string, unknown> = {}) => ({
    type: 'modal',
    title: plain('Plan'),
    submit: plain('Save'),
    blocks: [],
    ...over,
  });
  const viewCases: Array<[string, unknown, unknown, RegExp]> = [
    [
      'modal title 24',
      modal({ title: plain(x(25)) }),
      modal({ title: plain(x(24)) }),
      /title\/text: is 25 characters \(max 24\)/,
    ],
    ['submit 24', modal({ submit: plain(x(25)) }), modal({ submit: plain(x(24)) }), /submit\/text: is 25/],
    ['close 24', modal({ close: plain(x(25)) }), modal({ close: plain(x(24)) }), /close\/text: is 25/],
    [
      'private_metadata 3000',
      modal({ private_metadata: x(3001) }),
      modal({ private_metadata: x(3000) }),
      /private_metadata: is 3001/,
    ],
    ['callback_id 255', modal({ callback_id: x(256) }), modal({ callback_id: x(255) }), /callback_id: is 256/],
    [
      'submit needed with inputs',
      modal({ submit: undefined, blocks: input('Goal') }),
      modal({ blocks: input('Goal') }),
      /submit: is required/,
    ],
    [
      'home tab 100 blocks',
      { type: 'home', blocks: sections(101) },
      { type: 'home', blocks: sections(100) },
      /has 101 items \(max 100\)/,
    ],
  ];

  it.each(viewCases)('%s', (_name, bad, good, expected) => {
    expect(viewProblems(bad).join('\n')).toMatch(expected);
    expect(viewProblems(good)).toEqual([]);
  });

  it('expectValidBlocks lists every problem', () => {
    expect(() => expectValidBlocks([sectionBlock(''), { type: 'header', text: plain(x(151)) }])).toThrow(
      /\/blocks\/0\/text\/text: must be a non-empty string\n {2}- \/blocks\/1\/text\/text: is 151 characters/,
    );
    expect(() => expectValidView(modal())).not.toThrow();
  });

  it('makes the fake reject chat.postMessage with invalid blocks, as Slack does', async () => {
    const error = await errorOf(
      client().chat.postMessage({ channel: 'C0GENERAL', text: 'x', blocks: [sectionBlock(x(3001))] }),
    );
    expect(platformError(error)).toBe('invalid_blocks');
    expect(fake.blockKitViolations).toMatchObject([{ source: 'chat.postMessage', path: '/blocks/0/text/text' }]);
  });
});

describe('SlackDriver against a Bolt app', () => {
  const secret = 'driver-test-signing-secret';
  let app: App;
  let driver: SlackDriver;
  const seen: string[] = [];

  beforeAll(async () => {
    app = new App({
      token: fake.bot.token,
      signingSecret: secret,
      logLevel: BoltLogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
    });
    app.command('/pathway', async ({ ack, body, client: web, respond }) => {
      await ack();
      seen.push(`command:${body.text}:${body.user_name}`);
      await web.views.open({
        trigger_id: body.trigger_id,
        view: { type: 'modal', callback_id: 'plan', title: { type: 'plain_text', text: 'Plan' }, blocks: [] },
      });
      await respond({ text: `You said ${body.text}` });
    });
    app.action('milestone_done', async ({ ack, body, action }) => {
      await ack();
      seen.push(`action:${body.type}:${'value' in action ? String(action.value) : ''}`);
    });
    app.view('plan', async ({ ack, view, body }) => {
      seen.push(`view:${view.private_metadata}:${body.user.id}`);
      const goal = view.state.values.goal?.goal_input?.value;
      await ack(goal === '' ? { response_action: 'errors', errors: { goal: 'Pick a goal' } } : undefined);
    });
    app.event('app_home_opened', async ({ event, client: web }) => {
      await web.views.publish({
        user_id: event.user,
        view: { type: 'home', blocks: [sectionBlock(`Hi <@${event.user}>`)] },
      });
    });
    const server = (await app.start(0)) as Server;
    const { port } = server.address() as AddressInfo;
    driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}`, signingSecret: secret, fakeSlack: fake });
  });
  afterAll(async () => app.stop());
  beforeEach(() => {
    seen.length = 0;
  });

  it('computes the signature of the example in Slack docs', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(slackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });

  it('delivers a slash command whose trigger_id and response_url work against the fake', async () => {
    const result = await driver.slashCommand({ userId: 'U0ADA', text: 'plan' });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(3000);
    expect(seen).toEqual(['command:plan:u0ada']);
    await fake.waitForCall('views.open', (c) => c.args.trigger_id === result.triggerId);
    const response = await fake.waitForResponse((r) => r.url === result.responseUrl);
    expect(response.body).toMatchObject({ text: 'You said plan' });
    const viewsOpen = fake.callsTo('views.open')[0];
    expect(viewsOpen?.response).toMatchObject({ ok: true });
    // Bolt's listener client adds team_id to every call; the spec check must accept it.
    expect(viewsOpen?.args.team_id).toBe(fake.team.id);
    expect(fake.specViolations).toEqual([]);
    expect(fake.blockKitViolations).toEqual([]);
  });

  it('delivers block actions, view submissions and events', async () => {
    expect((await driver.blockAction({ userId: 'U0ADA', actionId: 'milestone_done', value: 'm-1' })).status).toBe(200);
    const invalid = await driver.viewSubmission({
      userId: 'U0ADA',
      callbackId: 'plan',
      privateMetadata: 'p-1',
      values: { goal: { goal_input: textValue('') } },
    });
    expect(invalid.body).toEqual({ response_action: 'errors', errors: { goal: 'Pick a goal' } });
    const valid = await driver.viewSubmission({
      userId: 'U0ADA',
      callbackId: 'plan',
      values: { goal: { goal_input: textValue('Lead'), role: selectValue('lead') } },
    });
    expect(valid).toMatchObject({ status: 200, text: '' });
    expect((await driver.event({ type: 'app_home_opened', user: 'U0ADA' })).status).toBe(200);
    await fake.waitForCall('views.publish');
    expect(seen).toEqual(['action:block_actions:m-1', 'view:p-1:U0ADA', 'view::U0ADA']);
    expect(fake.homeView('U0ADA')).toMatchObject({ type: 'home' });
    expect(fake.specViolations).toEqual([]);
  });

  it('answers url_verification', async () => {
    expect((await driver.urlVerification('abc123')).body).toEqual({ challenge: 'abc123' });
  });

  it('produces requests the app must reject: bad, missing and stale signatures', async () => {
    expect((await driver.postWithBadSignature()).status).toBe(401);
    expect((await driver.postWithoutSignature()).status).toBe(401);
    expect((await driver.postWithStaleTimestamp()).status).toBe(401);
    expect(seen).toEqual([]);
  });
});
