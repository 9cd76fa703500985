import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; one logger per process, children carry context. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'pathway' },
    redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'authorization', '*.authorization'], remove: true },
  });
}
