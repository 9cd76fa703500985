/**
 * Assembles a running Pathway: Bolt (HTTP or Socket Mode) with its listeners,
 * the HTTP server, and the background jobs, over an open database. main.ts
 * and the tests both start the app through here.
 */
import type { Server } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Clock } from './clock.js';
import { offlineNotice, type Config } from './config.js';
import type { Database } from './db/client.js';
import { closeServer, createHttpServer, listen } from './http-server.js';
import { registerListeners } from './listeners/index.js';
import type { Logger } from './logger.js';
import { boltLogger } from './slack/bolt-logger.js';

export interface AppOptions {
  config: Config;
  db: Database;
  logger: Logger;
  clock: Clock;
  /** Host to bind; tests use 127.0.0.1. */
  host?: string;
}

export interface RunningApp {
  port: number;
  bolt: App | undefined;
  stop(): Promise<void>;
}

function createBolt(options: AppOptions): { bolt: App; receiver: HTTPReceiver | undefined } | undefined {
  const { config, logger } = options;
  const slack = config.slack;
  const common = { logger: boltLogger(logger), clientOptions: { slackApiUrl: config.slackApiUrl } };
  switch (slack.kind) {
    case 'offline':
      return undefined;
    case 'socket':
      return { bolt: new App({ ...common, token: slack.botToken, appToken: slack.appToken, socketMode: true }), receiver: undefined };
    case 'http': {
      const receiver = new HTTPReceiver({
        signingSecret: slack.signingSecret,
        endpoints: '/slack/events',
        logger: common.logger,
      });
      return { bolt: new App({ ...common, token: slack.botToken, receiver }), receiver };
    }
    case 'oauth':
      throw new Error('The multi-workspace OAuth install flow is not available in this version; set SLACK_BOT_TOKEN instead.');
  }
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, db, logger } = options;
  const slack = createBolt(options);
  if (slack) {
    registerListeners(slack.bolt, { prisma: db.prisma, clock: options.clock, logger, config });
    slack.bolt.error(async (error) => {
      logger.error({ err: error }, 'unhandled error in a Slack listener');
    });
  }
  const server: Server = createHttpServer({
    slack: slack?.receiver?.requestListener,
    slackHint: offlineNotice,
    ready: async () => {
      const database = await db.ping();
      return { ok: database, checks: { database, slack: config.slack.kind } };
    },
  });
  const port = await listen(server, config.port, options.host);
  if (slack && config.slack.kind === 'socket') await slack.bolt.start();
  logger.info({ port, slack: config.slack.kind, database: db.kind }, 'Pathway is running');

  let stopping: Promise<void> | undefined;
  return {
    port,
    bolt: slack?.bolt,
    stop: () => {
      stopping ??= (async () => {
        if (slack && config.slack.kind === 'socket') await slack.bolt.stop();
        await closeServer(server);
      })();
      return stopping;
    },
  };
}
