/** The store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded store. */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { EmbeddedGraphStore } from './embedded/embedded-store';
import type { GraphStore } from './graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

export async function openStore(config: Config, logger: Logger): Promise<GraphStore> {
  const store: GraphStore = config.neo4j
    ? new Neo4jGraphStore(config.neo4j)
    : new EmbeddedGraphStore({
      dataDir: config.dataDir,
      onRecovered: (bytes) => logger.warn(`discarded ${bytes} bytes of an incomplete write at the end of the journal in ${config.dataDir} (a crash mid-write); every acknowledged article is intact`),
    });
  await store.open();
  return store;
}
