/**
 * Node's default heap limit (about 4 GB on 64-bit) is below what the embedded store needs near a
 * million articles: `serve` holds about 3 GB, `load` more while extraction makes garbage. A
 * command whose data is that big runs itself again, in a child with --max-old-space-size at 3/4 of
 * the machine's memory (or ACTORGRAPH_MAX_HEAP_MB; 0 never runs again). A limit the user set in
 * NODE_OPTIONS or the node flags wins. Smaller data runs in this process, as before.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';

/**
 * Heap bytes per byte of DATA_DIR and per byte of article files to load, rounded up from 100k
 * articles: `serve` peaked at 450 MB of heap on 528 MB of DATA_DIR, `load` at 1 GB of RSS on
 * 305 MB of article files.
 */
const HEAP_PER_STORE_BYTE = 1;
const HEAP_PER_INPUT_BYTE = 3.5;
/** Set in the child: it never runs itself again. */
const CHILD_MARK = 'ACTORGRAPH_HEAP_CHILD';

/** The heap limit (MB) to run again with, or null to run here. `sizes` counts bytes, stopping once past `enough`. */
export function heapLimitToUse(
  sizes: (enough: number) => { store: number; input: number },
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
): number | null {
  if (env[CHILD_MARK] || [...execArgv, env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-old-space-size'))) return null;
  if (env.ACTORGRAPH_MAX_HEAP_MB !== undefined) {
    const mb = Number(env.ACTORGRAPH_MAX_HEAP_MB);
    if (!Number.isInteger(mb) || mb < 0) throw new Error(`ACTORGRAPH_MAX_HEAP_MB must be a number of megabytes (0: Node's default), got "${env.ACTORGRAPH_MAX_HEAP_MB}"`);
    return mb > 0 ? mb : null;
  }
  // Half the current limit: past it, V8 collects ever more often and then fails.
  const enough = getHeapStatistics().heap_size_limit / 2;
  const { store, input } = sizes(enough);
  if (store * HEAP_PER_STORE_BYTE + input * HEAP_PER_INPUT_BYTE <= enough) return null;
  return Math.floor((machineMemory() * 0.75) / 2 ** 20);
}

/** Physical memory, or the container's limit when lower. */
function machineMemory(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 && constrained < totalmem() ? constrained : totalmem();
}

/** Bytes of the files at these paths (folders walked), counted until past `enough`; missing paths count 0. */
export function bytesAt(paths: readonly string[], enough: number): number {
  let bytes = 0;
  const walk = (path: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isFile()) bytes += stat.size;
    else if (stat.isDirectory()) for (const name of readdirSync(path)) if (bytes <= enough) walk(join(path, name));
  };
  for (const p of paths) if (bytes <= enough) walk(p);
  return bytes;
}

/**
 * Runs this command again with the heap limit and exits with its code. Signals are passed on;
 * the child also ends itself if this process dies (kill -9), through the IPC channel it watches.
 */
export function runAgainWith(limitMb: number): Promise<never> {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [CHILD_MARK]: '1' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  return new Promise(() => {
    child.on('exit', (code, signal) => {
      // Ended by a signal: end the same way, so that whoever started us sees it.
      if (signal) {
        for (const s of signals) process.removeAllListeners(s);
        process.kill(process.pid, signal);
      }
      process.exit(code ?? 1);
    });
  });
}

/** In the child: end when the parent is gone (its IPC channel closes), as the parent's own kill meant. */
export function endWithParent(): void {
  if (!process.env[CHILD_MARK] || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
