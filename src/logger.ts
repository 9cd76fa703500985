import { pino, type DestinationStream, type Logger } from 'pino';

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
