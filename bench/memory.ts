/**
 * Idle memory of `npm start` as people run it: without Slack credentials (the
 * app and the browser sandbox, embedded PGlite), with credentials on PGlite,
 * and with credentials on PostgreSQL. Each process starts in a data folder of
 * its own, waits until it is listening (and the sandbox ready), idles
 * SETTLE_SECONDS, and its RSS is read from /proc: idle at the end, the highest
 * sampled since ready, and the highest since the process started (the kernel's
 * VmHWM, which also sees start-up: a new embedded database, migrations).
 * Prints the figures and writes bench/results/memory.json (BENCH_RESULT=<name>
 * writes bench/results/<name>.json instead).
 *
 * Then `npm run start:prod` as its script runs it (the compiled dist/, run
 * `npm run build` first; its flags are read from package.json) on
 * PostgreSQL and on PGlite, measured on its second start: the usual restart,
 * with the database migrated (the first start loads the migration engine).
 *
 *   npx tsx bench/memory.ts        # SETTLE_SECONDS=60
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, peakRssMb, rssMb, sampleRss, startChild, startProdCommand, writeResult } from './lib.js';

// V8 returns the garbage of start-up (migrations on a fresh data folder) some 30-50 s after it, when idle.
const SETTLE_SECONDS = Number(process.env.SETTLE_SECONDS ?? 60);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const SCHEMA = `bench_memory_${Date.now().toString(36)}`;
const SLACK = {
  SLACK_SIGNING_SECRET: 'bench-signing-secret',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
};

const PROD = await startProdCommand();

async function measure(label: string, env: Record<string, string>, ready: string, prod = false) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pathway-memory-'));
  const start = async () =>
    prod
      ? startChild(
          PROD.script,
          { PORT: String(await freePort()), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...PROD.env, ...env },
          ready,
          240_000,
          PROD.nodeArgs,
        )
      : startChild(
          'src/main.ts',
          { PORT: String(await freePort()), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
          ready,
          240_000,
        );
  if (prod) await (await start()).stop(); // the first start migrates; measured is the restart
  const child = await start();
  try {
    const peak = sampleRss(child.process.pid!);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    const rss = await rssMb(child.process.pid!);
    const peakRss = await peak.stop();
    const lifetimePeak = await peakRssMb(child.process.pid!);
    console.log(
      `${label.padEnd(44)} ${String(rss).padStart(6)} MB RSS idle (${peakRss} MB at most since ready, ${lifetimePeak} MB since start)`,
    );
    return { run: label, idleRssMb: rss, peakSinceReadyMb: peakRss, peakSinceStartMb: lifetimePeak };
  } finally {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = [
    await measure('npm start, no credentials (app + sandbox)', { DATABASE_URL: '' }, 'Try Pathway without Slack'),
    await measure('npm start, Slack credentials, PGlite', { ...SLACK, DATABASE_URL: '' }, 'Pathway is listening'),
    await measure(
      'npm start, Slack credentials, PostgreSQL',
      { ...SLACK, DATABASE_URL: `${POSTGRES_URL}?schema=${SCHEMA}` },
      'Pathway is listening',
    ),
    await measure(
      'npm run start:prod, PostgreSQL (restart)',
      { ...SLACK, DATABASE_URL: `${POSTGRES_URL}?schema=${SCHEMA}` },
      'Pathway is listening',
      true,
    ),
    await measure('npm run start:prod, PGlite (restart)', { ...SLACK, DATABASE_URL: '' }, 'Pathway is listening', true),
  ];
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await client.end();
  console.log(
    `written to ${await writeResult(process.env.BENCH_RESULT ?? 'memory', { loadAverage: loadavg().map((load) => Math.round(load * 10) / 10), settleSeconds: SETTLE_SECONDS, runs, startProd: PROD, node: process.version })}`,
  );
}

await main();
