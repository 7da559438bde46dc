/**
 * Child processes of the benchmark: the built CLI (dist/cli/index.js) run with a wall-clock limit,
 * with its peak resident set size, and `serve` started on 127.0.0.1 with its time to first answer.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../corpus/knowledge-data';

export const CLI = join(repoRoot(), 'dist', 'cli', 'index.js');
const GNU_TIME = '/usr/bin/time';

export interface TimedRun {
  wallMs: number;
  /** Peak resident set size of the node process, in bytes. */
  peakRssBytes: number;
  rssSource: '/usr/bin/time -v' | '/proc VmHWM';
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  env: Record<string, string>;
  timeoutMs: number;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '', ...extra };
}

/** Runs the CLI to completion (or kills it at the limit) and measures it. */
export function runCliTimed(args: string[], options: CliRunOptions): Promise<TimedRun> {
  const useTime = existsSync(GNU_TIME);
  const nodeArgs = [...(options.nodeFlags ?? []), CLI, ...args];
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: repoRoot(), env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  let vmHwmKb = 0;
  const poll = useTime ? undefined : setInterval(() => { vmHwmKb = Math.max(vmHwmKb, readVmHwmKb(child.pid) ?? 0); }, 50);
  const limit = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(limit);
      if (poll) clearInterval(poll);
      let peakKb = vmHwmKb;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        peakKb = m ? Number(m[1]) : 0;
        stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '\n');
      }
      resolve({ wallMs, peakRssBytes: peakKb * 1024, rssSource: useTime ? '/usr/bin/time -v' : '/proc VmHWM', code, signal, stdout, stderr });
    });
  });
}

/** VmHWM (peak RSS) of a live process in kB, from /proc; undefined when unavailable. */
export function readVmHwmKb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a live process has used, from /proc; 0 when unavailable. */
export function readCpuSeconds(pid: number | undefined, part: 'user+system' | 'system' = 'user+system'): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((part === 'system' ? 0 : Number(fields[11])) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * Waits until the processes whose CPU seconds `cpuS` reads use less than a tenth of a core over
 * half a second, at most `maxMs`; resolves with the time waited. autocannon leaves the requests in
 * flight at the end of a run behind: a slow store is still working on them when the next run starts.
 */
export async function untilIdle(cpuS: () => number, maxMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = cpuS();
    await new Promise((r) => setTimeout(r, 500));
    if (cpuS() - before < 0.05 || performance.now() - started > maxMs) return performance.now() - started;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServeProcess {
  url: string;
  /** From spawn until the first GraphQL answer. */
  startupMs: number;
  child: ChildProcess;
  peakRssBytes(): number | undefined;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds(): number;
  /** The system (kernel) part of it: sockets, mostly. */
  systemCpuSeconds(): number;
  /** SIGINT (graceful: the server closes, the store closes, a CPU profile is written) and wait. */
  stop(): Promise<void>;
}

/**
 * `dataDir`: the embedded store's folder; without it, `env` names the store (NEO4J_URI). `cli`:
 * another build's dist/cli/index.js (api-against.ts), this build's by default.
 */
export async function startServe(options: { dataDir?: string; timeoutMs: number; nodeFlags?: string[]; env?: Record<string, string>; cli?: string }): Promise<ServeProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.cli ?? CLI, 'serve'], {
    cwd: repoRoot(),
    env: cliEnv({ ...(options.dataDir && { DATA_DIR: options.dataDir }), PORT: String(port), NODE_ENV: 'production', ...options.env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  let exited = false;
  child.once('exit', () => { exited = true; });
  const deadline = started + options.timeoutMs;
  for (;;) {
    if (exited) throw new Error(`serve exited before answering:\n${stderr}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`serve did not answer within ${options.timeoutMs} ms:\n${stderr}`);
    }
    try {
      const res = await fetch(url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(2000),
      });
      if (res.ok) {
        await res.text();
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = performance.now() - started;
  return {
    url, startupMs, child,
    peakRssBytes: () => (readVmHwmKb(child.pid) ?? 0) * 1024 || undefined,
    cpuSeconds: () => readCpuSeconds(child.pid),
    systemCpuSeconds: () => readCpuSeconds(child.pid, 'system'),
    stop: () => new Promise<void>((resolve) => {
      if (exited) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => { clearTimeout(kill); resolve(); });
      child.kill('SIGINT');
    }),
  };
}
