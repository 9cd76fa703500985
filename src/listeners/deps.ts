import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';

/** What every listener may use. Listeners stay thin: parse, call a service, render blocks. */
export interface ListenerDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  config: Config;
}
