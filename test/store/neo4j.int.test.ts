/**
 * The shared GraphStore contract against a live Neo4j (5.26 or later). Runs only when NEO4J_URI
 * is set (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE as needed); it empties the actor
 * graph of that database before every test, so point it at a scratch database.
 */
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { readNeo4jConfig } from '../../src/store/neo4j/config';
import type { GraphStore } from '../../src/store/graph-store';
import { defineGraphStoreContract } from './graph-store.contract';

const enabled = Boolean(process.env.NEO4J_URI?.trim());

if (enabled) {
  defineGraphStoreContract('neo4j', async (): Promise<GraphStore> => {
    const store = new Neo4jGraphStore(readNeo4jConfig());
    await store.open();
    await store.deleteEverything();
    return store;
  });
} else {
  // One plain line (console.log would add jest's source-location block).
  process.stdout.write('neo4j.int.test.ts: skipped, NEO4J_URI is not set (set it to run the GraphStore contract against Neo4j)\n');
  describe.skip('GraphStore contract: neo4j (NEO4J_URI is not set)', () => {
    it('runs against a live Neo4j', () => undefined);
  });
}
