/**
 * Which store the suites that run on both adapters use. TEST_NEO4J_URI (set by
 * `npm run test:neo4j`) points them at a scratch Neo4j, which every test empties; unset, they
 * use a fresh embedded store. A separate variable from NEO4J_URI so that a developer's own
 * database is never emptied by `npm test`.
 */
import { readNeo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';

export const TEST_NEO4J_URI = process.env.TEST_NEO4J_URI?.trim() || null;

/** The scratch Neo4j, emptied and opened. */
export async function openEmptyNeo4j(uri: string = TEST_NEO4J_URI!): Promise<Neo4jGraphStore> {
  const store = new Neo4jGraphStore(readNeo4jConfig({ NEO4J_URI: uri }));
  await store.open();
  await store.deleteEverything();
  return store;
}

/** An empty, opened store: the scratch Neo4j when TEST_NEO4J_URI is set, else embedded in `dataDir`. */
export async function openEmptyTestStore(dataDir: string): Promise<GraphStore> {
  if (TEST_NEO4J_URI) return openEmptyNeo4j();
  const store = new EmbeddedGraphStore({ dataDir });
  await store.open();
  return store;
}

/** The environment for a child `actorgraph` process: the scratch Neo4j, or none (embedded). */
export function childStoreEnv(): Record<string, string> {
  return { NEO4J_URI: TEST_NEO4J_URI ?? '' };
}
