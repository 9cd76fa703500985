/**
 * The container recipe, proved without a container engine. The Dockerfile's runtime stage
 * is replayed in a temporary folder: its COPY lines (dist/ from a fresh `npm run build`,
 * the rest from the checkout) and its `npm ci --omit=dev` (from the local npm cache), then
 * its CMD is started against the local PostgreSQL and the fake Slack. Cheap static checks
 * pin what the image holds, who runs it, its health check, and the compose file.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeSlack, SlackDriver } from '@pathway/fake-slack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SIGNING_SECRET } from '../support/app-harness.js';
import { dropSchema, POSTGRES_URL, postgresReachable, uniqueSchemaName } from '../support/db.js';
import { type CopyStep, copySteps, execForm, parseDockerfile, type Stage, stage } from './support/dockerfile.js';
import { type AppProcess, freePort, kill, startAppProcess } from './support/process.js';

const repo = process.cwd();
const stages = parseDockerfile(await readFile(path.join(repo, 'Dockerfile'), 'utf8'));
const build = stage(stages, 'build');
const runtime = stage(stages, 'runtime');

/** What the app reads at run time beside node_modules (see src/package-dir.ts) and the npm scripts' runner, and nothing else. */
const RUNTIME_CONTENTS = [
  'dist',
  'frameworks',
  'manifest.json',
  'package-lock.json',
  'package.json',
  'prisma',
  'scripts',
];

const only = (of: Stage, keyword: string) => of.instructions.filter((instruction) => instruction.keyword === keyword);
const last = (of: Stage, keyword: string) => only(of, keyword).at(-1)?.rest ?? '';

/** Where a COPY puts `source`, relative to WORKDIR. */
function destination(step: CopyStep, source: string): string {
  return path.normalize(
    step.destination.endsWith('/') ? path.join(step.destination, path.basename(source)) : step.destination,
  );
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('Dockerfile', () => {
  it('builds on Node 20 and compiles in a build stage of its own', () => {
    expect(build.image).toMatch(/^node:20[.-]/);
    expect(runtime.image).toBe(build.image);
    expect(only(build, 'RUN').map((step) => step.rest)).toContain('npm run build');
    expect(last(build, 'WORKDIR')).toBe('/app');
  });

  it('copies exactly what the app reads at run time: the compiled dist/ from the build stage, the rest from the checkout', () => {
    const copied = copySteps(runtime).flatMap((step) =>
      step.sources.map((source) => ({ from: step.from, source, to: destination(step, source) })),
    );
    expect([...new Set(copied.map((entry) => entry.to.split('/')[0]))].sort()).toEqual(RUNTIME_CONTENTS);
    expect(copied.filter((entry) => entry.from !== undefined)).toEqual([
      { from: 'build', source: '/app/dist', to: 'dist' },
    ]);
    expect(copied.find((entry) => entry.to.startsWith('scripts'))).toEqual({
      from: undefined,
      source: 'scripts/run.mjs',
      to: 'scripts/run.mjs',
    });
  });

  it('installs production dependencies only, without install scripts, and runs node as a non-root user', () => {
    const runs = only(runtime, 'RUN').map((step) => step.rest);
    expect(runs).toEqual([
      expect.stringMatching(/&& npm ci --omit=dev --ignore-scripts\b/),
      'install -d -o node -g node /app/data',
    ]);
    expect(last(runtime, 'USER')).toBe('node');
    expect(execForm(last(runtime, 'CMD'))).toEqual(['node', 'dist/src/main.js']);
    expect(last(runtime, 'HEALTHCHECK')).toMatch(/^CMD \[.*\/healthz/);
    expect(runtime.instructions.map((step) => step.rest).join('\n')).not.toMatch(/\btsx\b|esbuild/);
  });

  it('leaves out of the build context what the build makes itself and what is secret', async () => {
    const ignored = (await readFile(path.join(repo, '.dockerignore'), 'utf8'))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', 'src/generated', '.env', '.git']));
  });
});

describe('compose.yaml', () => {
  const service = z.object({
    build: z.string().optional(),
    image: z.string(),
    ports: z.array(z.string()).optional(),
    depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
    environment: z.record(z.string(), z.string()).optional(),
    healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  });
  const composeFile = z.object({ services: z.record(z.string(), service) });

  it('runs PostgreSQL and two Pathway replicas built from the Dockerfile, on their own ports, after the database is healthy', async () => {
    const compose = composeFile.parse(parse(await readFile(path.join(repo, 'compose.yaml'), 'utf8'), { merge: true }));
    const postgres = compose.services.postgres;
    expect(postgres?.image).toMatch(/^postgres:/);
    expect(postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
    const replicas = Object.values(compose.services).filter((entry) => entry.build === '.');
    expect(replicas).toHaveLength(2);
    for (const replica of replicas) {
      expect(replica.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      expect(new URL(replica.environment?.DATABASE_URL ?? 'x:').hostname).toBe('postgres');
      expect(replica.environment?.METRICS_PORT).toBe('9464');
    }
    const hostPorts = replicas
      .flatMap((replica) => replica.ports ?? [])
      .map((mapping) => mapping.split(':').slice(0, -1).join(':'));
    expect(new Set(hostPorts).size).toBe(4);
  });
});

const available = await postgresReachable();

describe.skipIf(!available)('the runtime stage, reproduced in a temporary folder', () => {
  const schema = uniqueSchemaName('image');
  const url = `${POSTGRES_URL}?schema=${schema}`;
  let work: string;
  let root: string;
  let fake: FakeSlack;
  let app: AppProcess;
  let metricsPort: number;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'pathway-image-'));
    root = path.join(work, 'app');
    await mkdir(root);
    // The build stage's output, made once while the runtime stage installs its dependencies.
    const built = run('npm', ['run', 'build', '--', '--outDir', path.join(work, 'build', 'dist')], { cwd: repo }).then(
      (result) => {
        if (result.code !== 0) throw new Error(`npm run build failed:\n${result.output}`);
      },
    );
    built.catch(() => {}); // awaited at the COPY --from=build below
    const workdir = last(build, 'WORKDIR');
    for (const step of runtime.instructions) {
      if (step.keyword === 'COPY') {
        const [copy] = copySteps({ ...runtime, instructions: [step] });
        if (copy === undefined) continue;
        if (copy.from === 'build') await built;
        for (const source of copy.sources) {
          const from =
            copy.from === 'build' ? path.join(work, 'build', path.relative(workdir, source)) : path.join(repo, source);
          await cp(from, path.join(root, destination(copy, source)), { recursive: true });
        }
      } else if (step.keyword === 'RUN' && step.rest.includes('npm ci')) {
        // From the local npm cache; anything missing there comes from the npm registry only.
        const env: Record<string, string> = {
          npm_config_prefer_offline: 'true',
          ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}),
        };
        const result = await run('sh', ['-c', step.rest], { cwd: root, env });
        if (result.code !== 0) throw new Error(`${step.rest} failed:\n${result.output}`);
      }
    }
    await built;
    fake = await FakeSlack.start();
    metricsPort = await freePort();
    app = await startAppProcess(
      {
        DATABASE_URL: url,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: fake.bot.token,
        SLACK_API_URL: fake.url,
        METRICS_PORT: String(metricsPort),
        // Records every module the process loads (tests/support/module-log/), to show what it never loads.
        NODE_OPTIONS: `--import ${pathToFileURL(path.join(repo, 'tests/support/module-log/register.mjs')).href}`,
        PATHWAY_MODULE_LOG: path.join(work, 'modules.log'),
      },
      execForm(last(runtime, 'CMD'))[1],
      { cwd: root },
    );
    await app.waitFor('Pathway is running', 60_000);
  }, 300_000);

  /** The image's HEALTHCHECK command, run as the container engine would. */
  async function healthCheck(): Promise<number | null> {
    const [command = '', ...args] = execForm(last(runtime, 'HEALTHCHECK').replace(/^CMD\s+/, ''));
    expect(command).toBe('node');
    return (await run(process.execPath, args, { cwd: root, env: { PORT: String(app.port) } })).code;
  }

  afterAll(async () => {
    await kill(app);
    await fake?.close();
    await dropSchema(schema);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('holds what the Dockerfile copies, production dependencies, and neither tsx, esbuild nor the Prisma CLI', async () => {
    const contents = (await readdir(root)).filter((name) => name !== 'node_modules').sort();
    expect(contents).toEqual(RUNTIME_CONTENTS);
    for (const needed of ['@prisma/client', '@slack/bolt', 'pg', 'prom-client', 'pino-pretty'])
      expect(existsSync(path.join(root, 'node_modules', needed)), needed).toBe(true);
    for (const devOnly of ['tsx', 'esbuild', 'prisma', 'typescript', 'vitest'])
      expect(existsSync(path.join(root, 'node_modules', devOnly)), devOnly).toBe(false);
  });

  it('applies the migrations and answers /readyz, the health check and a signed /pathway', async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      const applied = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "${schema}"."_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      const folders = (await readdir(path.join(root, 'prisma', 'migrations'), { withFileTypes: true })).filter(
        (entry) => entry.isDirectory(),
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(folders.map((entry) => entry.name).sort());
    } finally {
      await client.end();
    }

    const ready = await fetch(`${app.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, slack: true } });
    expect(await healthCheck()).toBe(0);

    const driver = new SlackDriver({ appUrl: app.url, signingSecret: SIGNING_SECRET, fakeSlack: fake });
    const request = await driver.slashCommand({ userId: 'U0IMAGE' });
    expect(request.status).toBe(200);
    expect(
      JSON.stringify((await fake.waitForResponse((response) => response.url === request.responseUrl, 10_000)).body),
    ).toContain('Welcome to Pathway');
    expect(fake.specViolations).toEqual([]);

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain('pathway_slack_requests_total{surface="command",outcome="ok"} 1');
  });

  it('connected to Slack, never loads the sandbox (and the image has no fake Slack to load)', async () => {
    const loaded = (await readFile(path.join(work, 'modules.log'), 'utf8')).split('\n').filter(Boolean);
    expect(loaded).toContain(pathToFileURL(path.join(root, 'dist', 'src', 'app.js')).href);
    expect(loaded.filter((url) => url.includes('/sandbox/') || url.includes('fake-slack'))).toEqual([]);
    expect(existsSync(path.join(root, 'node_modules', '@pathway', 'fake-slack'))).toBe(false);
  });

  it('logs JSON lines when not on a terminal', () => {
    const lines = app
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const messages = lines.map((line) => z.object({ msg: z.string() }).parse(JSON.parse(line)).msg);
    expect(messages).toEqual(expect.arrayContaining(['database migrated', 'Pathway is running']));
  });

  it('without Slack credentials: starts, and says the sandbox needs the development install instead of failing', async () => {
    const offline = await startAppProcess({ DATABASE_URL: url }, execForm(last(runtime, 'CMD'))[1], { cwd: root });
    try {
      await offline.waitFor('the sandbox needs the development install', 60_000);
      expect((await fetch(`${offline.url}/healthz`)).status).toBe(200);
      expect(offline.output()).not.toContain('"level":50');
      expect(offline.output()).not.toContain('Try Pathway without Slack');
    } finally {
      await kill(offline);
    }
  });

  it("runs the operators' npm scripts from dist/ without tsx, and stops cleanly on SIGTERM", async () => {
    const migrate = await run('npm', ['run', 'db:migrate'], { cwd: root, env: { DATABASE_URL: url } });
    expect(migrate.output).toContain('Database is up to date.');
    expect(migrate.code).toBe(0);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain('stopped cleanly');
    expect(await healthCheck()).toBe(1);
  });
});
