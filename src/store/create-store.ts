/** The store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded store. */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { EmbeddedGraphStore } from './embedded/embedded-store';
import type { GraphStore } from './graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

/** `readOnly`: for commands that only read (export) while a server may be writing the same DATA_DIR. */
export async function openStore(config: Config, logger: Logger, { readOnly = false } = {}): Promise<GraphStore> {
  if (!config.neo4j) return openEmbeddedStore(config.dataDir, logger, { readOnly });
  const store = new Neo4jGraphStore(config.neo4j);
  await store.open();
  return store;
}

/** The embedded store in `dataDir`, its recoveries and repairs logged. */
export async function openEmbeddedStore(dataDir: string, logger: Logger, { readOnly = false } = {}): Promise<EmbeddedGraphStore> {
  const store = new EmbeddedGraphStore({
    dataDir,
    readOnly,
    onRecovered: (bytes) => logger.warn(`discarded ${bytes} bytes of an incomplete record at the end of the journal in ${dataDir} (a write cut off by a crash, or still in progress: never acknowledged)`),
    onRepair: (message) => logger.warn(`${dataDir}: ${message}`),
    onCompactionFailed: (err) => logger.error({ err }, `could not fold the journal into a snapshot in ${dataDir}; the journal keeps every write, will retry once it has doubled`),
  });
  await store.open();
  return store;
}
