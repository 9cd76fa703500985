/**
 * The sandbox's server side: when it runs (never beside real Slack credentials), and its API
 * turning page requests into signed Slack requests to the real app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import type { SandboxState } from '../../src/sandbox/api.js';
import { DEMO_COLLEAGUES, DEMO_MENTORING, DEMO_PEOPLE, SANDBOX_TEAM_ID } from '../../src/sandbox/demo.js';
import { type Sandbox, sandboxDatabase, startSandbox, startSandboxInBackground } from '../../src/sandbox/sandbox.js';
import { startTestApp } from '../support/app-harness.js';
import { openPgliteTestDatabase, testConfig } from '../support/db.js';
import { useTestSandbox } from './harness.js';

const logger = createLogger('silent');
const SAM = 'U0SBSAM01';
const DM = 'D0SBSAM01';

describe('where the sandbox runs', () => {
  it('refuses to start when Slack credentials are configured', async () => {
    const config = testConfig({ slack: { kind: 'http', signingSecret: 's', botToken: 'xoxb-real' } });
    await expect(startSandbox({ config, logger })).rejects.toThrow('only without Slack credentials');
  });

  it('in the background: answers 503 until it is up, and logs why it could not start', async () => {
    const config = testConfig({ slack: { kind: 'http', signingSecret: 's', botToken: 'xoxb-real' } });
    const errors: string[] = [];
    const background = startSandboxInBackground({
      config,
      logger: Object.assign(createLogger('silent'), {
        error: (_: unknown, message: string) => void errors.push(message),
      }),
    });
    expect(await background.ready).toBeUndefined();
    expect(errors).toEqual(['the sandbox could not start; the app runs without it']);
    let status = 0;
    const res = { writeHead: (code: number) => (status = code), end: () => undefined } as unknown as ServerResponse;
    await background.handle({} as IncomingMessage, res);
    expect(status).toBe(503);
    await background.stop();
  });

  it("keeps its data apart from the app's: DATA_DIR/sandbox, or the pathway_sandbox schema", () => {
    expect(sandboxDatabase(testConfig({ database: { kind: 'pglite', dataDir: './data' } }))).toEqual({
      kind: 'pglite',
      dataDir: 'data/sandbox',
    });
    expect(
      sandboxDatabase(testConfig({ database: { kind: 'postgres', url: 'postgresql://u@h:5432/p?schema=app' } })),
    ).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@h:5432/p?schema=pathway_sandbox',
    });
  });
});

describe('the sandbox', () => {
  let db: Database;
  let sandbox: Sandbox;
  let base: string;
  const running = useTestSandbox();
  beforeAll(() => {
    ({ db, sandbox, url: base } = running());
  });

  /** `language`: what the page asks its answers in, its own language. */
  async function post(
    path: string,
    body: unknown,
    language?: string,
  ): Promise<{ status: number; body: { ok: boolean; message?: string } }> {
    const response = await fetch(`${base}/api/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(language === undefined ? {} : { 'accept-language': language }),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { ok: boolean; message?: string } };
  }

  async function state(user: string): Promise<SandboxState> {
    return (await (await fetch(`${base}/api/state?user=${user}`)).json()) as SandboxState;
  }

  /** `author` posts `text` in #general; returns that message as `reader` sees it there. */
  async function postInGeneral(author: string, text: string, reader: string) {
    expect((await post('message', { user: author, channel: 'C0SBGENRL', text })).body).toEqual({ ok: true });
    return (await state(reader)).conversations.find((c) => c.id === 'C0SBGENRL')?.items.find((i) => i.text === text);
  }

  it('serves the page and its bundled script', async () => {
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script src="/sandbox/page.js"></script>');
    const script = await fetch(`${base}/page.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('pathway-sandbox-user');
  });

  it('loads the demo team into its own workspace only, replacing it on reload', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect((await post('demo', {})).body).toEqual({ ok: true });
    const people = await db.prisma.person.findMany({ include: { workspace: true, pathways: true } });
    expect(people).toHaveLength(DEMO_PEOPLE.length + DEMO_COLLEAGUES.length);
    expect(new Set(people.map((p) => p.workspace.slackTeamId))).toEqual(new Set([SANDBOX_TEAM_ID]));
    expect(people.filter((p) => p.pathways.length > 0)).toHaveLength(4 + DEMO_COLLEAGUES.length);
    expect(people.filter((p) => p.managerId !== null)).toHaveLength(5);
    expect((await state(SAM)).demoLoaded).toBe(true);
  });

  it('sends a typed /pathway as a signed slash command and shows the ephemeral answer', async () => {
    expect((await post('command', { user: SAM, channel: DM, text: '/pathway help' })).body).toEqual({ ok: true });
    await sandbox.fake.waitForResponse(undefined, 5000);
    const dm = (await state(SAM)).conversations.find((c) => c.id === DM);
    expect(dm?.items.map((i) => [i.author, i.ephemeral])).toEqual([
      ['you', false],
      ['app', true],
    ]);
    expect(dm?.items[0]?.text).toBe('/pathway help');
    // Someone else does not see Sam's ephemeral answer.
    const other = (await state('U0SBPRIYA')).conversations.find((c) => c.kind === 'app');
    expect(other?.items).toEqual([]);
  });

  it('demo data shows a wins log with several kinds of evidence, a pending suggestion and a move waiting for the manager', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect((await post('home', { user: 'U0SBPRIYA' })).body).toEqual({ ok: true });
    const home = JSON.stringify((await state('U0SBPRIYA')).home);
    expect(home).toContain('*Wins log*');
    expect(home).toContain('*Suggested by your manager* (1)');
    expect(home).toContain('"action_id":"suggestion_accept"');
    expect((await post('command', { user: 'U0SBPRIYA', channel: 'D0SBPRIYA', text: '/pathway wins' })).body).toEqual({
      ok: true,
    });
    const wins = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('Your wins'), 5000)).body,
    );
    for (const kind of ['*Done*', '*Saved message*', 'commented*', '*Check-in example*']) expect(wins).toContain(kind);
    expect((await post('command', { user: 'U0SBMAYA1', channel: 'D0SBMAYA1', text: '/pathway team' })).body).toEqual({
      ok: true,
    });
    await sandbox.fake.waitForResponse(
      (r) => JSON.stringify(r.body).includes('says they moved into their goal role'),
      5000,
    );
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'goal-move-request', recipient: 'U0SBMAYA1' } })).toBe(
      1,
    );
    expect(
      await db.prisma.outboxMessage.count({ where: { kind: 'milestone-suggestion', recipient: 'U0SBPRIYA' } }),
    ).toBe(1);
  });

  it('demo data gives Priya an earlier competency self-assessment, shown beside readiness and filled into the modal', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect((await post('home', { user: 'U0SBPRIYA' })).body).toEqual({ ok: true });
    expect(JSON.stringify((await state('U0SBPRIYA')).home)).toContain('Competencies (self-assessed)');
    expect(
      (await post('command', { user: 'U0SBPRIYA', channel: 'D0SBPRIYA', text: '/pathway competencies' })).body,
    ).toEqual({ ok: true });
    const opened = await sandbox.fake.waitForCall(
      'views.open',
      (call) => JSON.stringify(call.args.view).includes('Assess your competencies'),
      5000,
    );
    expect(JSON.stringify(opened.args.view)).toContain('are filled in');
  });

  it('demo data has Leo write dates month first and Priya day first: the same 3/4/2027 is read as each means it, and said in words', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect(
      (await post('command', { user: 'U0SBLEO01', channel: 'D0SBLEO01', text: '/pathway move 2 to 3/4/2027' })).body,
    ).toEqual({ ok: true });
    const leo = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('3/4/2027 is'), 5000)).body,
    );
    expect(leo).toContain('Thu 4 Mar 2027');
    expect(leo).toContain('3/4/2027 is 4 March 2027: month first');
    expect(
      (await post('command', { user: 'U0SBPRIYA', channel: 'D0SBPRIYA', text: '/pathway move 5 to 3/4/2027' })).body,
    ).toEqual({ ok: true });
    const priya = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('3/4/2027 is 3 April'), 5000)).body,
    );
    expect(priya).toContain('Sat 3 Apr 2027');
  });

  it('demo data has a conversation held and one coming up, whose agenda both sides see and can run', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect(await db.prisma.conversation.count({ where: { status: 'held' } })).toBe(1);
    expect(await db.prisma.conversation.count({ where: { status: 'scheduled' } })).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'conversation-agenda' } })).toBe(2);
    expect(
      (await post('command', { user: 'U0SBPRIYA', channel: 'D0SBPRIYA', text: '/pathway conversation' })).body,
    ).toEqual({ ok: true });
    const own = JSON.stringify(
      (
        await sandbox.fake.waitForResponse(
          (r) => JSON.stringify(r.body).includes('Development conversation with'),
          5000,
        )
      ).body,
    );
    expect(own).toContain('Since your last conversation');
    expect(own).toContain('Which project could show impact beyond our team?');
    expect(own).toContain('The Finance conversation');
    expect(own).toContain(':white_check_mark: Introduce Priya to the Sales lead');
    expect(
      (await post('command', { user: 'U0SBMAYA1', channel: 'D0SBMAYA1', text: '/pathway conversation <@U0SBPRIYA>' }))
        .body,
    ).toEqual({ ok: true });
    await sandbox.fake.waitForResponse(
      (r) => JSON.stringify(r.body).includes('Development conversation with <@U0SBPRIYA>'),
      5000,
    );
  });

  it('demo data has mentor offers to suggest and a mentorship with a session logged, playable from both sides', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect(await db.prisma.mentorOffer.count({ where: { status: 'active' } })).toBe(DEMO_MENTORING.offers.length + 1);
    expect(await db.prisma.mentoringSession.count()).toBe(1);
    expect((await post('command', { user: 'U0SBLEO01', channel: 'D0SBLEO01', text: '/pathway mentor' })).body).toEqual({
      ok: true,
    });
    const leo = JSON.stringify(
      (
        await sandbox.fake.waitForResponse(
          (r) => JSON.stringify(r.body).includes('Mentors for Senior Instructional Designer'),
          5000,
        )
      ).body,
    );
    for (const offer of DEMO_MENTORING.offers) expect(leo).toContain(`<@${offer}>`);
    expect(
      (await post('command', { user: DEMO_MENTORING.mentor, channel: 'D0SBALEX1', text: '/pathway mentor' })).body,
    ).toEqual({ ok: true });
    const alex = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('You mentor'), 5000)).body,
    );
    expect(alex).toContain(`You mentor <@${DEMO_MENTORING.mentee}> towards Learning Strategist: 1 session logged`);
  });

  it('demo history gives the admin a report with figures, and its CSV and chart arrive in the DM as Slack shows files', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    const alex = 'U0SBALEX1';
    const dm = sandbox.fake.dmChannelFor(alex);
    expect((await post('command', { user: alex, channel: dm, text: '/pathway report 365d' })).body).toEqual({
      ok: true,
    });
    const report = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('Progression report'), 15_000)).body,
    );
    expect(report).toContain('in your DM with Pathway');
    // Enough people for figures: the overall ones are not hidden.
    expect(report).toMatch(/\*With an active pathway\*\\n\d+%/);
    expect(report).toMatch(/\*Promotions \(ladder moves\)\*\\n\d/);
    const items = (await state(alex)).conversations.find((c) => c.id === dm)?.items ?? [];
    const shared = items.find((item) => (item.files ?? []).length > 0);
    expect(shared?.author).toBe('app');
    const files = shared?.files ?? [];
    expect(files.map((f) => f.name).sort()).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.csv$/)]);
    expect(files.find((f) => f.name.endsWith('.png'))?.preview).toMatchObject({
      kind: 'image',
      src: expect.stringMatching(/^data:image\/png;base64,/),
    });
    expect(files.find((f) => f.name.endsWith('.csv'))?.preview).toMatchObject({ kind: 'text' });
  });

  it('lets a person post in a channel and save someone’s message as evidence with the message shortcut', async () => {
    const item = await postInGeneral('U0SBMAYA1', 'Thanks <@U0SBPRIYA>, the pilot deck was spot on', 'U0SBPRIYA');
    expect((await post('message', { user: 'U0SBMAYA1', channel: 'D0SBMAYA1', text: 'hello' })).body.message).toContain(
      'read-only',
    );
    expect(item).toMatchObject({ author: 'person', authorName: 'Maya Okafor' });
    expect((await post('shortcut', { user: 'U0SBPRIYA', key: item!.key })).body).toEqual({ ok: true });
    await sandbox.fake.waitForCall(
      'views.open',
      (call) => JSON.stringify(call.args.view).includes('Save as evidence'),
      5000,
    );
    const [modal] = (await state('U0SBPRIYA')).modals;
    expect(JSON.stringify(modal?.view)).toContain('Thanks @someone, the pilot deck was spot on');
    const link = (
      (modal?.view.blocks ?? []) as Array<{ block_id?: string; element?: { initial_value?: string } }>
    ).find((b) => b.block_id === 'ev_link')?.element?.initial_value;
    expect(link).toContain('/archives/C0SBGENRL/p');
    const values = {
      ev_note: { ev_note: { type: 'plain_text_input', value: 'Maya liked the pilot deck' } },
      ev_link: { ev_link: { type: 'url_text_input', value: link } },
      ev_target: { ev_target: { type: 'static_select', selected_option: { value: 'log' } } },
    };
    expect((await post('submit', { user: 'U0SBPRIYA', viewId: String(modal?.view.id), values })).body).toEqual({
      ok: true,
    });
    expect(await db.prisma.evidence.findFirst({ where: { text: 'Maya liked the pilot deck' } })).toMatchObject({
      kind: 'message',
      link,
    });
  });

  it('demo data has Priya’s feedback request (two answers, Sam’s pending) and a thanks in her wins; anyone can thank with the shortcut', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    expect((await post('home', { user: 'U0SBPRIYA' })).body).toEqual({ ok: true });
    const home = JSON.stringify((await state('U0SBPRIYA')).home);
    expect(home).toContain('colleagues: 2 consistent');
    expect((await post('command', { user: 'U0SBPRIYA', channel: 'D0SBPRIYA', text: '/pathway wins' })).body).toEqual({
      ok: true,
    });
    const wins = JSON.stringify(
      (await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('Your wins'), 5000)).body,
    );
    expect(wins).toContain('*Thanks from <@U0SBCOL01>*');

    // Sam's request waits for him: its DM now, its one reminder in a few days (the browser sandbox sends them).
    const forSam = await db.prisma.outboxMessage.findMany({
      where: { recipient: SAM, kind: { startsWith: 'feedback-' } },
      orderBy: { notBefore: 'asc' },
    });
    expect(forSam.map((row) => row.kind)).toEqual(['feedback-ask', 'feedback-reminder']);
    expect(forSam[1]!.notBefore.getTime()).toBeGreaterThan(Date.parse((await state(SAM)).now));
    expect(JSON.stringify(forSam[0]!.payload)).toContain('feedback_answer_open');

    // Thank for this, on a message in #general.
    const item = await postInGeneral('U0SBLEO01', 'Notes from the accessibility review are up', 'U0SBMAYA1');
    expect((await post('shortcut', { user: 'U0SBMAYA1', key: item!.key, shortcut: 'thank_for_this' })).body).toEqual({
      ok: true,
    });
    await sandbox.fake.waitForCall(
      'views.open',
      (call) => JSON.stringify(call.args.view).includes('thanks_submit'),
      5000,
    );
    const thanks = (await state('U0SBMAYA1')).modals[0];
    const thanksValues = {
      th_to: { th_to: { type: 'users_select', selected_user: 'U0SBLEO01' } },
      th_reason: { th_reason: { type: 'plain_text_input', value: 'the accessibility review notes' } },
    };
    expect(
      (await post('submit', { user: 'U0SBMAYA1', viewId: String(thanks?.view.id), values: thanksValues })).body,
    ).toEqual({ ok: true });
    expect(
      await db.prisma.evidence.findFirst({ where: { kind: 'thanks', text: 'the accessibility review notes' } }),
    ).toMatchObject({ link: expect.stringContaining('/archives/C0SBGENRL/p') });
  });

  it('answers other commands and bad requests with what to do instead', async () => {
    expect((await post('command', { user: SAM, channel: DM, text: '/remind me' })).body).toEqual({
      ok: false,
      message: '/remind is not a command of this workspace; try /pathway help.',
    });
    expect((await post('command', { user: 'U0SBPRIYA', channel: DM, text: '/pathway' })).body.message).toContain(
      'someone else’s conversation',
    );
    const bad = await post('command', { user: 'nobody', channel: DM, text: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('user: must be a Slack user id');
    expect((await post('clock', { advanceMinutes: -5 })).status).toBe(400);
  });

  it('opens a modal from a button, shows field errors from the app, and closes it', async () => {
    await post('command', { user: SAM, channel: DM, text: '/pathway' });
    await sandbox.fake.waitForResponse((r) => JSON.stringify(r.body).includes('Start a plan'), 5000);
    const welcome = (await state(SAM)).conversations
      .find((c) => c.id === DM)
      ?.items.find((i) => JSON.stringify(i.blocks ?? '').includes('Start a plan'));
    const button = JSON.stringify(welcome?.blocks).match(
      /"action_id":"([^"]+)","text":\{"type":"plain_text","text":"Start a plan"/,
    )?.[1];
    expect(button).toBeDefined();
    const answer = await post('action', {
      user: SAM,
      source: { kind: 'message', key: welcome?.key },
      action: { type: 'button', action_id: button, block_id: 'b' },
    });
    expect(answer.body).toEqual({ ok: true });
    await sandbox.fake.waitForCall('views.open', undefined, 5000);
    const [modal] = (await state(SAM)).modals;
    const viewId = String(modal?.view.id);
    expect(modal?.view.title).toMatchObject({ text: 'Plan your pathway' });

    // A target date in the past: the app answers response_action errors, shown by block.
    const submitted = await post('submit', {
      user: SAM,
      viewId,
      values: { plan_target: { plan_target: { type: 'datepicker', selected_date: '2001-01-01' } } },
    });
    expect(submitted.body).toEqual({ ok: true });
    const afterSubmit = (await state(SAM)).modals;
    expect(afterSubmit).toHaveLength(1);
    expect(Object.keys(afterSubmit[0]?.errors ?? {}).length).toBeGreaterThan(0);

    expect((await post('close', { user: SAM, viewId })).body).toEqual({ ok: true });
    expect((await state(SAM)).modals).toEqual([]);
  });

  it('opens the Home tab through app_home_opened', async () => {
    expect((await post('home', { user: SAM })).body).toEqual({ ok: true });
    const home = (await state(SAM)).home;
    expect(home?.type).toBe('home');
  });

  it("moves the app's clock forward", async () => {
    const before = Date.parse((await state(SAM)).now);
    const moved = (await post('clock', { advanceMinutes: 60 * 24 })).body;
    expect(moved.ok).toBe(true);
    // It says what the move sent, and to whom.
    expect(moved.message).toMatch(/^(Sent \d+: .+|Nothing was due: no message sent\.)$/);
    expect(Date.parse((await state(SAM)).now) - before).toBeGreaterThanOrEqual(24 * 3600_000);
  });

  it('moves the clock to the next working morning in the person’s time zone', async () => {
    const before = Date.parse((await state('U0SBLEO01')).now);
    expect((await post('clock', { to: 'next-working-morning', user: 'U0SBLEO01' })).body.ok).toBe(true);
    const after = await state('U0SBLEO01');
    expect(after.timeZone).toBe('America/New_York');
    const local = DateTime.fromISO(after.now, { zone: 'America/New_York' });
    expect(local.weekday).toBeLessThanOrEqual(5);
    expect([local.hour, local.minute]).toEqual([9, 0]);
    expect(Date.parse(after.now)).toBeGreaterThan(before);
  });

  it('the person picker says where each demo person stands now', async () => {
    expect((await post('demo', {})).body).toEqual({ ok: true });
    const people = (await state(SAM)).people;
    expect(people.find((p) => p.id === 'U0SBMAYA1')?.about).toBe('manager of 5');
    expect(people.find((p) => p.id === SAM)?.about).toBe('employee, no plan yet');
    expect(people.find((p) => p.id === 'U0SBPRIYA')?.about).toMatch(
      /^employee, aiming at Learning Strategist, 3 of \d+ milestones done$/,
    );
    expect(people.find((p) => p.id === 'U0SBOMAR1')?.about).toContain('move waiting to be confirmed');
  });

  it('tells the page the person’s language, and speaks it: the person picker and the answers', async () => {
    // Omar's Slack is Spanish (es-ES) and he chose nothing: the page speaks Spanish, the picker says auto.
    const omar = await state('U0SBOMAR1');
    expect([omar.language, omar.languageChoice]).toEqual(['es', 'auto']);
    expect(omar.people.find((p) => p.id === 'U0SBOMAR1')?.about).toMatch(
      /^empleado\/a, con la meta de Diseñador\/a instruccional sénior, 5 de \d+ hitos hechos, cambio a la espera de confirmación$/,
    );
    expect(omar.people.find((p) => p.id === 'U0SBMAYA1')?.about).toBe('responsable de 5 personas');
    // Slack shows the app's name and shortcuts as its manifest writes them, in every language.
    expect(omar.app).toEqual({
      name: 'Pathway',
      shortcuts: [
        { callbackId: 'save_as_evidence', name: 'Save as evidence' },
        { callbackId: 'thank_for_this', name: 'Thank for this' },
      ],
    });
    expect((await state(SAM)).language).toBe('en');

    expect((await post('command', { user: SAM, channel: DM, text: '/pathway language de' })).body).toEqual({
      ok: true,
    });
    expect(await state(SAM)).toMatchObject({ language: 'de', languageChoice: 'de' });
    expect((await post('command', { user: SAM, channel: DM, text: '/remind me' }, 'de')).body).toEqual({
      ok: false,
      message: '/remind ist kein Befehl dieses Workspace; versuch es mit /pathway help.',
    });
    expect((await post('clock', { advanceMinutes: 1 }, 'es')).body.message).toMatch(
      /^(\d+ mensajes? enviados?: .+|No tocaba nada: no se envió ningún mensaje\.)$/,
    );
    expect((await post('command', { user: SAM, channel: DM, text: '/pathway language auto' })).body).toEqual({
      ok: true,
    });
    expect(await state(SAM)).toMatchObject({ language: 'en', languageChoice: 'auto' });
  });

  it('made only calls Slack would accept', () => {
    expect(sandbox.fake.specViolations).toEqual([]);
    expect(sandbox.fake.blockKitViolations).toEqual([]);
  });
});

describe('with Slack configured', () => {
  it('has no /sandbox, even if handed one', async () => {
    const db = await openPgliteTestDatabase();
    const handedOne = async (_req: IncomingMessage, res: ServerResponse): Promise<void> => void res.end('sandbox');
    try {
      for (const sandbox of [undefined, handedOne]) {
        const test = await startTestApp({ db, sandbox });
        try {
          expect((await fetch(`${test.url}/sandbox`)).status, sandbox ? 'handed a sandbox' : 'no sandbox').toBe(404);
        } finally {
          await test.stop();
        }
      }
    } finally {
      await db.close();
    }
  });
});
