/**
 * A real Neo4j for `--neo4j`, started with the launcher of the Neo4j tests (test/neo4j-server:
 * Community from Maven Central jars, Bolt on 127.0.0.1, no authentication) in a throwaway folder.
 * Like every child of the bench it has a time limit. stop() closes it and removes the folder, also
 * after the JVM was killed (its own delete-on-exit hook does not run then). Should the bench die,
 * the launcher sees its stdin close and shuts Neo4j down itself.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Launcher from '../../test/neo4j-server/neo4j-server';
import { repoRoot } from '../corpus/knowledge-data';
import { readCpuSeconds, readVmHwmKb } from './processes';

export interface BenchNeo4j {
  uri: string;
  version: string;
  /** From starting the JVM until Bolt answers. */
  startupMs: number;
  /** CPU seconds (user + system) the JVM has used so far. */
  cpuSeconds(): number;
  peakRssBytes(): number | undefined;
  /** Clean shutdown (or SIGKILL after 30 s), then the data folder is removed. */
  stop(): Promise<void>;
}

export async function startBenchNeo4j(lifetimeMs: number): Promise<BenchNeo4j> {
  // Plain CommonJS outside bench/, so not compiled into bench/out: required from the source tree.
  const launcher = createRequire(__filename)(join(repoRoot(), 'test', 'neo4j-server', 'neo4j-server.js')) as typeof Launcher;
  const started = performance.now();
  const neo4j = await launcher.startNeo4j();
  const startupMs = performance.now() - started;
  const limit = setTimeout(() => void neo4j.kill(), lifetimeMs);
  return {
    uri: neo4j.uri, version: neo4j.version, startupMs,
    cpuSeconds: () => readCpuSeconds(neo4j.pid),
    peakRssBytes: () => (readVmHwmKb(neo4j.pid) ?? 0) * 1024 || undefined,
    stop: async () => {
      clearTimeout(limit);
      await neo4j.close();
      rmSync(neo4j.home, { recursive: true, force: true });
    },
  };
}
