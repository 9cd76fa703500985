import { type DestinationStream, type Logger, pino } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { Config } from './config.js';

export type { Logger };

/** JSON logs on stdout (tests may pass another destination); one logger per process, children carry context. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'pathway' },
    redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'authorization', '*.authorization'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** LOG_FORMAT=auto: readable lines for a person at a terminal, JSON lines for a log collector. */
export function chosenLogFormat(format: Config['logFormat'], isTerminal: boolean): 'pretty' | 'json' {
  if (format !== 'auto') return format;
  return isTerminal ? 'pretty' : 'json';
}

/**
 * One readable line per event (`[14:03:07.512] INFO: Pathway is running {"port":3000}`),
 * errors with their stack below. Formatted in-process and written synchronously, so the
 * last lines before an exit are not lost (pino's transports run on a worker thread).
 */
export function prettyDestination(options: { colorize: boolean; out?: DestinationStream }): DestinationStream {
  const out = options.out ?? pino.destination({ dest: 1, sync: true });
  const prettify = prettyFactory({
    colorize: options.colorize,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app',
    singleLine: true,
  });
  return { write: (line: string) => out.write(prettify(line)) };
}

/** The logger of a process started by a person or an operator (npm start, scripts): LOG_LEVEL and LOG_FORMAT. */
export function processLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  isTerminal = process.stdout.isTTY === true,
): Logger {
  if (chosenLogFormat(config.logFormat, isTerminal) === 'json') return createLogger(config.logLevel);
  return createLogger(
    config.logLevel,
    prettyDestination({ colorize: isTerminal && process.env.NO_COLOR === undefined }),
  );
}
