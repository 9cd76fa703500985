/**
 * Logs people can read: readable lines on a terminal, JSON lines for a log collector,
 * LOG_FORMAT to force either; and `npm start` in a real terminal (a pseudo-terminal from
 * util-linux's `script`), stopped with Ctrl-C as a person would.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { chosenLogFormat, createLogger, prettyDestination } from '../src/logger.js';
import { freePort } from './production/support/process.js';
import { dropSchema, POSTGRES_URL, postgresReachable, uniqueSchemaName } from './support/db.js';

function memory(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('log format', () => {
  it('is readable on a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(chosenLogFormat('auto', true)).toBe('pretty');
    expect(chosenLogFormat('auto', false)).toBe('json');
    expect(chosenLogFormat(loadConfig({ LOG_FORMAT: 'json' }).logFormat, true)).toBe('json');
    expect(chosenLogFormat(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat, false)).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT: must be pretty \(readable lines\), json/);
  });

  it('prints one line per event with time, level, message and fields; errors with their stack; tokens never', () => {
    const { lines, stream } = memory();
    const logger = createLogger('info', prettyDestination({ colorize: false, out: stream }));
    logger.info({ port: 3000, botToken: 'xoxb-secret' }, 'Pathway is running');
    logger
      .child({ component: 'scheduler' })
      .error({ err: new Error('boom'), reference: 'AB12CD34' }, 'listener failed');
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Pathway is running \{"port":3000\}$/);
    expect(lines[1]).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] ERROR: listener failed \{"component":"scheduler","reference":"AB12CD34"\}$/,
    );
    expect(lines.join('\n')).toMatch(/Error: boom\n\s+at /);
    expect(lines.join('\n')).not.toContain('xoxb-secret');
  });
});

const canRunTerminal = existsSync('/usr/bin/script') && (await postgresReachable());

describe.skipIf(!canRunTerminal)('npm start in a terminal', () => {
  const schema = uniqueSchemaName('logs');
  afterAll(() => dropSchema(schema));

  it('prints readable lines, not JSON, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    // `script` gives the command a pseudo-terminal and passes our stdin (Ctrl-C) to it.
    const child = spawn('script', ['-qfec', 'npm start', '/dev/null'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`,
        SLACK_SIGNING_SECRET: 'terminal-secret',
        SLACK_BOT_TOKEN: 'xoxb-terminal',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        SCHEDULER_ENABLED: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toContain('Pathway is listening');
      child.stdin.write('\x03');
      await exited;
    } finally {
      child.kill('SIGKILL');
    }
    expect(output).toContain('\x1b[32mINFO'); // coloured levels on a terminal
    const lines = stripVTControlCharacters(output).split(/\r?\n/);
    expect(
      lines.some((line) => /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: database migrated \{"applied":\[/.test(line)),
      output,
    ).toBe(true);
    expect(
      lines.some((line) =>
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Pathway is running \{"port":\d+,"slack":"http"/.test(line),
      ),
      output,
    ).toBe(true);
    expect(
      lines.some((line) => line.includes('INFO: stopped cleanly')),
      output,
    ).toBe(true);
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
  }, 90_000);
});
