/** Shared helpers for the benchmarks: child processes, RSS sampling, percentiles, results. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export { freePort } from '../tests/production/support/process.js';

export interface Child {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx <script>` and resolves once `ready` appears in its
 * output. With BENCH_CPU_PROF=<dir> the child writes a V8 CPU profile there
 * when it exits (open it in Chrome DevTools or speedscope).
 */
export async function startChild(
  script: string,
  env: Record<string, string>,
  ready: string,
  timeoutMs = 90_000,
  nodeArgs = ['--import', 'tsx'],
): Promise<Child> {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(ready)) {
    if (child.exitCode !== null) throw new Error(`${script} exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${script} not ready after ${timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `npm run start:prod` as package.json spells it (its environment, node flags and script), so
 * the benches measure what ships. PROD_NODE_ARGS (space-separated) replaces the flags, to
 * measure another choice beside it.
 */
export async function startProdCommand(): Promise<{ script: string; nodeArgs: string[]; env: Record<string, string> }> {
  const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = packageJson.scripts['start:prod']!.split(/\s+/);
  const env = Object.fromEntries(
    words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split('=', 2) as [string, string]),
  );
  const command = words.filter((word) => !/^[A-Z_]+=/.test(word));
  const script = command.at(-1)!;
  const flags = command.slice(1, -1);
  const override = process.env.PROD_NODE_ARGS;
  return { script, nodeArgs: override === undefined ? flags : override.split(' ').filter(Boolean), env };
}

/** Resident set size of a process in MB, from /proc (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

/** The highest RSS a process has had since it started (VmHWM), in MB, from /proc (Linux). */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc (Linux). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th, in clock ticks of 10 ms.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Samples RSS every 200 ms until stopped; returns the peak. */
export function sampleRss(pid: number): { stop(): Promise<number> } {
  let peak = 0;
  const timer = setInterval(() => {
    rssMb(pid).then(
      (mb) => (peak = Math.max(peak, mb)),
      () => {},
    );
  }, 200);
  return {
    async stop() {
      clearInterval(timer);
      return Math.max(peak, await rssMb(pid).catch(() => 0));
    },
  };
}

export interface Distribution {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

export async function writeResult(name: string, result: unknown): Promise<string> {
  const dir = path.join(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
