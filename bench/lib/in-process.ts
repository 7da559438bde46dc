/**
 * What the bench scripts share: reading their command-line options, the median of their turns, the
 * live heap, and modules of another build's `dist` (a built checkout of an older commit) to time
 * beside this build.
 */
import { resolve } from 'node:path';

/** The value after `--name` on the command line, if given. */
export function optionValue(name: string, argv: readonly string[] = process.argv): string | undefined {
  const k = argv.indexOf(name);
  return k >= 0 ? argv[k + 1] : undefined;
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** The heap still in use after a forced GC (node --expose-gc), in MB. */
export function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A module of another build, by its path under that build's `dist` (e.g. 'store/interaction-filter'). */
export function builtModule<T>(dist: string, path: string): T {
  return require(resolve(dist, path)) as T;
}
