/**
 * GET /metrics on METRICS_PORT, scraped as Prometheus would, around real signed Slack
 * requests and a scheduler run against the fake Slack: the counters move by what happened.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/scheduler/index.js';
import { startTestApp, type TestApp, useTestApp } from '../support/app-harness.js';
import { backends } from '../support/db.js';
import { quietLogger, seedPerson } from '../support/schedule.js';

type Labels = Record<string, string>;

/** The sum of the series of `name` that carry `labels`, in Prometheus' text format (0 when absent). */
function sample(text: string, name: string, labels: Labels = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

const [pglite, postgres] = await backends();
// The pool gauges need PostgreSQL; everything else is the same on PGlite.
const backend = postgres?.available ? postgres : pglite!;

describe(`metrics on ${backend.name}`, () => {
  let t: TestApp;
  let metricsUrl: string;
  useTestApp((app) => (t = app), { backend, config: { metricsPort: 0 } });
  beforeAll(() => {
    metricsUrl = `http://127.0.0.1:${t.app.metricsPort}/metrics`;
  });

  async function scrape(): Promise<string> {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    return response.text();
  }

  /** Scrapes until `check` holds: some series are written just after the HTTP answer goes out. */
  async function scrapeUntil(check: (text: string) => boolean): Promise<string> {
    let text = '';
    const scrapeAndCheck = async (): Promise<boolean> => {
      text = await scrape();
      return check(text);
    };
    await expect.poll(scrapeAndCheck, { timeout: 5000, interval: 50 }).toBe(true);
    return text;
  }

  it('serves only GET /metrics on its own port, and nothing on the app port', async () => {
    expect((await fetch(metricsUrl.replace('/metrics', '/healthz'))).status).toBe(404);
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    const text = await scrape();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
    expect(sample(text, 'pathway_database_up')).toBe(1);
    expect(text).toContain('# TYPE pathway_slack_requests_total counter');
  });

  it('counts Slack requests by surface and outcome, with ack and handler latencies', async () => {
    const command = { surface: 'command', outcome: 'ok' };
    const before = await scrape();

    const request = await t.driver.slashCommand({ userId: 'U0METRIC' });
    expect(request.status).toBe(200);
    await t.responseTo(request);
    const click = await t.driver.blockAction({ userId: 'U0METRIC', actionId: 'plan_open', value: 'open' });
    expect(click.status).toBe(200);
    const home = await t.driver.event({ type: 'app_home_opened', user: 'U0METRIC', channel: 'D0METRIC', tab: 'home' });
    expect(home.status).toBe(200);
    expect((await t.driver.postWithBadSignature()).status).toBe(401);

    const after = await scrapeUntil(
      (text) =>
        sample(text, 'pathway_slack_requests_total', { surface: 'event', outcome: 'ok' }) >
          sample(before, 'pathway_slack_requests_total', { surface: 'event', outcome: 'ok' }) &&
        sample(text, 'pathway_slack_requests_total', { surface: 'none' }) >
          sample(before, 'pathway_slack_requests_total', { surface: 'none' }),
    );
    const delta = (name: string, labels: Labels) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('pathway_slack_requests_total', command)).toBe(1);
    // The button opens a modal, which a slow machine can miss (its trigger lasts 3 s): any outcome.
    expect(delta('pathway_slack_requests_total', { surface: 'action' })).toBe(1);
    expect(delta('pathway_slack_requests_total', { surface: 'event', outcome: 'ok' })).toBe(1);
    expect(delta('pathway_slack_requests_total', { surface: 'none', outcome: 'rejected' })).toBe(1);
    expect(delta('pathway_slack_ack_duration_seconds_count', { surface: 'command' })).toBe(1);
    expect(delta('pathway_slack_ack_duration_seconds_count', { surface: 'event' })).toBe(1);
    expect(delta('pathway_slack_ack_duration_seconds_count', { surface: 'none' })).toBe(1);
    expect(delta('pathway_slack_ack_duration_seconds_bucket', { surface: 'command', le: '3' })).toBe(1);
    expect(delta('pathway_slack_handler_duration_seconds_count', command)).toBe(1);
    expect(delta('pathway_slack_handler_duration_seconds_sum', command)).toBeGreaterThan(0);
    if (backend.name === 'PostgreSQL')
      expect(sample(after, 'pathway_db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
  });

  it('follows no Slack request in an app without METRICS_PORT', async () => {
    const unmeasured = await startTestApp({ db: t.db });
    try {
      expect(unmeasured.app.metricsPort).toBeUndefined();
      const before = await scrape();
      await unmeasured.responseTo(await unmeasured.driver.slashCommand({ userId: 'U0UNSEEN' }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await scrape();
      for (const name of ['pathway_slack_requests_total', 'pathway_slack_ack_duration_seconds_count']) {
        expect(sample(after, name, { surface: 'command' })).toBe(sample(before, name, { surface: 'command' }));
      }
    } finally {
      await unmeasured.stop();
    }
  });

  it('counts a request whose person got an apology as an error, and Slack Web API errors by method and error', async () => {
    const before = await scrape();
    t.fake.failNext('views.publish', { error: 'not_in_channel' });
    await t.driver.event({ type: 'app_home_opened', user: 'U0BROKEN', channel: 'D0BROKEN', tab: 'home' });
    await t.fake.waitForCall('views.publish');
    // Last: on PostgreSQL the renamed table also spoils the connections' cached query plans once.
    await t.db.prisma.$executeRawUnsafe('ALTER TABLE "Pathway" RENAME TO "PathwayBroken"');
    try {
      const request = await t.driver.slashCommand({ userId: 'U0BROKEN' });
      expect(JSON.stringify((await t.responseTo(request)).body)).toContain('Sorry, something went wrong');
    } finally {
      await t.db.prisma.$executeRawUnsafe('ALTER TABLE "PathwayBroken" RENAME TO "Pathway"');
    }

    const delta = (text: string, name: string, labels: Labels) =>
      sample(text, name, labels) - sample(before, name, labels);
    const after = await scrapeUntil(
      (text) => delta(text, 'pathway_slack_requests_total', { surface: 'command', outcome: 'error' }) > 0,
    );
    expect(delta(after, 'pathway_slack_requests_total', { surface: 'command', outcome: 'ok' })).toBe(0);
    expect(delta(after, 'pathway_slack_requests_total', { surface: 'command', outcome: 'error' })).toBe(1);
    expect(delta(after, 'pathway_slack_handler_duration_seconds_count', { surface: 'command', outcome: 'error' })).toBe(
      1,
    );
    expect(delta(after, 'pathway_slack_api_errors_total', { method: 'views.publish', error: 'not_in_channel' })).toBe(
      1,
    );
  });

  it('reads the outbox when scraped: rows by status and kind, how long the oldest has been due', async () => {
    const workspace = await t.db.prisma.workspace.create({ data: { slackTeamId: 'T0OUTBOX' } });
    const now = t.clock.now().getTime();
    const row = (key: string, status: 'pending' | 'failed', dueMs: number) => ({
      workspaceId: workspace.id,
      dedupeKey: key,
      kind: 'notice',
      recipient: 'U0NOBODY',
      payload: { text: 'hello' },
      notBefore: new Date(now + dueMs),
      status,
    });
    await t.db.prisma.outboxMessage.createMany({
      data: [
        row('metrics:overdue', 'pending', -3_600_000),
        row('metrics:later', 'pending', 3_600_000),
        row('metrics:failed', 'failed', -7_200_000),
      ],
    });
    const text = await scrape();
    expect(sample(text, 'pathway_outbox_messages', { status: 'pending', kind: 'notice' })).toBe(2);
    expect(sample(text, 'pathway_outbox_messages', { status: 'failed', kind: 'notice' })).toBe(1);
    expect(sample(text, 'pathway_outbox_oldest_due_seconds')).toBe(3600);

    await t.db.prisma.outboxMessage.deleteMany({});
    const empty = await scrape();
    expect(empty).not.toMatch(/^pathway_outbox_messages\{/m);
    expect(sample(empty, 'pathway_outbox_oldest_due_seconds')).toBe(0);
  });

  it('after a scheduler run: the planner tick and its rows, the messages sent, and 429s from chat.postMessage', async () => {
    await seedPerson(t.db.prisma, t.fake.team.id, {
      slackUserId: 'U0NUDGED',
      milestones: [{ title: 'Run a workshop', due: '2027-01-20' }],
    });
    t.clock.set('2027-01-18T09:00:30Z'); // Monday 9:00 in London: the "coming up" nudge is due now
    t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const before = await scrape();
    const scheduler = startScheduler({
      prisma: t.db.prisma,
      clock: t.clock,
      logger: quietLogger,
      defaultTimeZone: 'Europe/London',
      adminUserIds: [],
      config: { tick: '0 0 1 1 *', workspaceRatePerSecond: 50 },
      clients: t.app.clients,
      sender: { channelIntervalMs: 0, workspaceIntervalMs: 0 },
    });
    try {
      await scheduler.tick();
      await expect.poll(() => t.fake.messagesIn(t.fake.dmChannelFor('U0NUDGED')).length, { timeout: 10_000 }).toBe(1);
    } finally {
      await scheduler.stop();
    }
    const after = await scrape();
    const delta = (name: string, labels: Labels = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('pathway_planner_tick_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(delta('pathway_planner_rows_total', { stat: 'people' })).toBe(1);
    expect(delta('pathway_planner_rows_total', { stat: 'queued' })).toBe(1);
    expect(delta('pathway_messages_total', { kind: 'milestone_nudge', result: 'sent' })).toBe(1);
    expect(delta('pathway_slack_api_errors_total', { method: 'chat.postMessage', error: 'ratelimited' })).toBe(1);
    expect(sample(after, 'pathway_outbox_messages', { status: 'pending' })).toBe(0);
  });
});
