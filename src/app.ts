/**
 * Assembles a running Pathway: Bolt (HTTP or Socket Mode) with its listeners,
 * the HTTP server, and the background jobs, over an open database. main.ts
 * and the tests both start the app through here.
 */
import type { RequestListener, Server } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import { celebrationMessages } from './blocks/celebrations.js';
import { conversationNotices } from './blocks/conversations.js';
import { mentoringNotices } from './blocks/mentoring.js';
import type { Clock } from './clock.js';
import { type Config, offlineNotice } from './config.js';
import { TokenCipher } from './crypto/token-cipher.js';
import type { Database } from './db/client.js';
import { readinessChecks } from './health.js';
import { closeServer, createHttpServer, type HttpRoutes, listen } from './http-server.js';
import { forgetReaders } from './i18n/readers.js';
import { registerListeners } from './listeners/index.js';
import type { Logger } from './logger.js';
import { countSlackRequests, startMetricsServer, timeSlackAcks } from './metrics.js';
import { type RunningScheduler, startScheduler } from './scheduler/index.js';
import { startRetentionJob } from './scheduler/retention.js';
import { startVacuumJob } from './scheduler/vacuum.js';
import { planWinsDigests } from './services/celebrations.js';
import { queueDueConversations } from './services/conversations.js';
import { queueDueMentorCheckIns } from './services/mentoring.js';
import { boltLogger } from './slack/bolt-logger.js';
import { installationClients, REQUEST_CLIENT_OPTIONS, type SlackClients, singleTokenClients } from './slack/clients.js';
import { eventOutcome, slackHttpFront } from './slack/http-front.js';
import { InFlight } from './slack/in-flight.js';
import { PrismaInstallationStore } from './slack/installation-store.js';
import { ignoreMalformedEvents } from './slack/malformed-events.js';
import { oauthReceiver } from './slack/oauth.js';
import { rejectReplays } from './slack/replay-guard.js';

export interface AppOptions {
  config: Config;
  db: Database;
  logger: Logger;
  clock: Clock;
  /** Host to bind; tests use 127.0.0.1. */
  host?: string;
  /** The local sandbox (src/sandbox/), served at /sandbox when Slack is not connected. */
  sandbox?: HttpRoutes['sandbox'];
}

export interface RunningApp {
  port: number;
  /** Port of GET /metrics; undefined when METRICS_PORT is unset. */
  metricsPort: number | undefined;
  bolt: App | undefined;
  /** Web API clients per workspace for work that does not start from a Slack request; undefined when Slack is not connected. */
  clients: SlackClients | undefined;
  /** The nudge planner and outbox sender; undefined when SCHEDULER_ENABLED=false. */
  scheduler: RunningScheduler | undefined;
  /** Resolves true once no Slack request is still being worked on after its ack, false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** How long SIGTERM waits for Slack requests already acknowledged to finish their work. */
const IN_FLIGHT_GRACE_MS = 8_000;

interface Slack {
  bolt: App;
  receiver: HTTPReceiver | undefined;
  clients: SlackClients;
}

function createBolt(options: AppOptions): Slack | undefined {
  const { config, logger } = options;
  const slack = config.slack;
  const common = {
    // Bolt's default conversation store is read on every request and, empty, throws an Error (a stack trace
    // each time); Pathway keeps its state in the database and never uses it.
    convoStore: false as const,
    logger: boltLogger(logger),
    clientOptions: { slackApiUrl: config.slackApiUrl, ...REQUEST_CLIENT_OPTIONS },
  };
  switch (slack.kind) {
    case 'offline':
      return undefined;
    case 'socket':
      return {
        bolt: new App({ ...common, token: slack.botToken, appToken: slack.appToken, socketMode: true }),
        receiver: undefined,
        clients: singleTokenClients(slack.botToken, config),
      };
    case 'http': {
      const receiver = new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: '/slack/events',
        logger: common.logger,
        processEventErrorHandler: ignoreMalformedEvents,
      });
      return {
        bolt: new App({ ...common, token: slack.botToken, receiver }),
        receiver,
        clients: singleTokenClients(slack.botToken, config),
      };
    }
    case 'oauth': {
      // Installs, events and interactivity all arrive over HTTP; SLACK_APP_TOKEN is not used in this mode.
      const store = new PrismaInstallationStore(options.db.prisma, new TokenCipher(slack.tokenKeys), logger);
      const receiver = oauthReceiver(slack, config, store, common.logger);
      return { bolt: new App({ ...common, receiver }), receiver, clients: installationClients(store, config) };
    }
  }
}

function slackFront(bolt: App, receiver: HTTPReceiver, config: Config, logger: Logger): RequestListener {
  const slack = config.slack;
  if (slack.kind !== 'http' && slack.kind !== 'oauth') throw new Error('Slack over HTTP needs a signing secret');
  return slackHttpFront({
    bolt: receiver.requestListener,
    app: bolt,
    signingSecret: slack.signingSecret,
    logger,
    // Bolt's install pages in OAuth mode.
    pages: slack.kind === 'oauth' ? ['/slack/install', '/slack/oauth_redirect'] : [],
  });
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, db, logger } = options;
  forgetReaders();
  const slack = createBolt(options);
  const inFlight = new InFlight();
  const metricsOn = config.metricsPort !== undefined;
  if (slack) {
    slack.bolt.use(inFlight.middleware);
    if (metricsOn) slack.bolt.use(countSlackRequests);
    registerListeners(slack.bolt, { prisma: db.prisma, clock: options.clock, logger, config });
    slack.bolt.error(async (error) => {
      // An event handled before its answer (src/slack/http-front.ts) is answered 500, so Slack retries it.
      const event = eventOutcome.getStore();
      if (event) event.failed = true;
      logger.error({ err: error }, 'unhandled error in a Slack listener');
    });
  }
  const server: Server = createHttpServer({
    slack: slack?.receiver
      ? timeSlackAcks(rejectReplays(slackFront(slack.bolt, slack.receiver, config, logger)), metricsOn)
      : undefined,
    slackHint: offlineNotice,
    sandbox: config.slack.kind === 'offline' ? options.sandbox : undefined,
    ready: readinessChecks(config, db, options.clock, boltLogger(logger)),
  });
  const port = await listen(server, config.port, options.host);
  const metrics =
    config.metricsPort === undefined
      ? undefined
      : await startMetricsServer({
          port: config.metricsPort,
          host: options.host,
          prisma: db.prisma,
          clock: options.clock,
          logger,
        });
  if (slack && config.slack.kind === 'socket') await slack.bolt.start();
  logger.info({ port, slack: config.slack.kind, database: db.kind }, 'Pathway is running');
  const scheduler = config.scheduler.enabled
    ? startScheduler({
        prisma: db.prisma,
        clock: options.clock,
        logger,
        defaultTimeZone: config.defaultTimeZone,
        adminUserIds: config.adminUserIds,
        config: config.scheduler,
        clients: slack?.clients,
        alsoOnTick: [
          () => planWinsDigests(db.prisma, options.clock, config.defaultTimeZone, celebrationMessages),
          // Development conversations due by the workspace cadence: both sides are invited to plan one.
          () =>
            queueDueConversations(
              db.prisma,
              options.clock.now(),
              { defaultTimeZone: config.defaultTimeZone },
              conversationNotices,
            ),
          // Mentorships whose "did you meet?" date has come (indexed): both sides are asked in their own working hours.
          () =>
            queueDueMentorCheckIns(
              db.prisma,
              options.clock.now(),
              { defaultTimeZone: config.defaultTimeZone },
              mentoringNotices,
            ),
        ],
      })
    : undefined;
  // The embedded database has no autovacuum: vacuumed hourly beside the scheduler (undefined on PostgreSQL).
  const vacuum = config.scheduler.enabled ? startVacuumJob(db, logger) : undefined;
  // Erases deactivated users' data after the workspace's retention period, daily beside the scheduler.
  const retention =
    config.scheduler.enabled && slack
      ? startRetentionJob({ prisma: db.prisma, clients: slack.clients, clock: options.clock, logger })
      : undefined;

  let stopping: Promise<void> | undefined;
  return {
    port,
    metricsPort: metrics?.port,
    bolt: slack?.bolt,
    clients: slack?.clients,
    scheduler,
    idle: (timeoutMs) => inFlight.drain(timeoutMs),
    stop: () => {
      stopping ??= (async () => {
        if (slack && config.slack.kind === 'socket') await slack.bolt.stop();
        await closeServer(server);
        if (!(await inFlight.drain(IN_FLIGHT_GRACE_MS))) {
          logger.warn({ running: inFlight.count }, 'stopping with Slack requests still running');
        }
        await scheduler?.stop();
        await retention?.stop();
        await vacuum?.stop();
        await metrics?.close();
      })();
      return stopping;
    },
  };
}
