/**
 * Runs the background work: a node-cron tick plans due messages into the
 * outbox (no overlapping runs), and the sender drains it. Without Slack
 * credentials there is no sender; planning still runs, so nothing is missed
 * once the app is connected.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import { timePlannerTick } from '../metrics.js';
import type { SlackClients } from '../slack/clients.js';
import { planAll } from './planner.js';
import { Sender, type SenderOptions } from './sender.js';

export interface SchedulerConfig {
  /** node-cron expression for the planning tick (SCHEDULER_TICK). */
  tick: string;
  /** Messages a second per workspace (SENDER_RATE_PER_WORKSPACE). */
  workspaceRatePerSecond: number;
}

export interface SchedulerDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  defaultTimeZone: string;
  adminUserIds: readonly string[];
  config: SchedulerConfig;
  /** Web API clients for posting; undefined when Slack is not configured. */
  clients: SlackClients | undefined;
  /** Other idempotent planners to run on each tick (for example the weekly wins digest). */
  alsoOnTick?: ReadonlyArray<() => Promise<unknown>>;
  sender?: Partial<SenderOptions>;
}

export interface RunningScheduler {
  /** Plans once now and wakes the sender (also what each tick does). */
  tick(): Promise<void>;
  sender: Sender | undefined;
  stop(): Promise<void>;
}

export function startScheduler(deps: SchedulerDeps): RunningScheduler {
  const logger = deps.logger.child({ component: 'scheduler' });
  const sender = deps.clients
    ? new Sender(
        {
          prisma: deps.prisma,
          clients: deps.clients,
          clock: deps.clock,
          logger,
          defaultTimeZone: deps.defaultTimeZone,
          adminUserIds: deps.adminUserIds,
        },
        { workspaceIntervalMs: Math.ceil(1000 / deps.config.workspaceRatePerSecond), ...deps.sender },
      )
    : undefined;
  const tick = async (): Promise<void> => {
    try {
      await timePlannerTick(() =>
        planAll({ prisma: deps.prisma, clock: deps.clock, logger, defaultTimeZone: deps.defaultTimeZone }),
      );
      for (const plan of deps.alsoOnTick ?? []) await plan();
    } catch (error) {
      logger.error({ err: error }, 'planning failed; the next tick tries again');
    }
    sender?.wake();
  };
  let inFlight: Promise<void> | undefined;
  const trackedTick = (): Promise<void> => {
    const run = tick();
    inFlight = run;
    return run;
  };
  const task: ScheduledTask = cron.schedule(deps.config.tick, trackedTick, {
    name: 'pathway-planner',
    noOverlap: true,
  });
  sender?.start();
  if (!sender) logger.info('no Slack credentials: messages are planned but not sent');
  return {
    tick: trackedTick,
    sender,
    async stop() {
      await task.destroy();
      await inFlight; // a tick in progress finishes before the database closes
      await sender?.stop();
    },
  };
}
