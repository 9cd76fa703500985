/** A logger for the app under test that keeps its lines, to assert what was (not) logged. */
import { createLogger, type Logger } from '../../src/logger.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** pino's numeric levels. */
export const LOG_LEVEL = { warn: 40, error: 50 } as const;

export interface CapturedLogs {
  logger: Logger;
  readonly lines: LogLine[];
  /** Lines at `level` or above, shortened for failure messages. */
  atLeast(level: keyof typeof LOG_LEVEL): string[];
  clear(): void;
}

export function captureLogs(level = 'info'): CapturedLogs {
  const lines: LogLine[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return {
    logger,
    lines,
    atLeast: (name) =>
      lines
        .filter((line) => line.level >= LOG_LEVEL[name])
        .map((line) => `${line.msg}: ${JSON.stringify(line).slice(0, 400)}`),
    clear: () => void lines.splice(0),
  };
}
