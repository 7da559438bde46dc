/**
 * The shared GraphStore contract against a live Neo4j (5.26 or later): `npm run test:neo4j` starts
 * one and sets TEST_NEO4J_URI. It empties that database before every test, so point it only at a
 * scratch database.
 */
import { defineGraphStoreContract } from './graph-store.contract';
import { openEmptyNeo4j, TEST_NEO4J_URI } from '../helpers/test-store';

if (TEST_NEO4J_URI) {
  defineGraphStoreContract('neo4j', () => openEmptyNeo4j());
} else {
  // One plain line (console.log would add jest's source-location block).
  process.stdout.write('neo4j.int.test.ts: skipped, TEST_NEO4J_URI is not set (`npm run test:neo4j` runs it on a real Neo4j)\n');
  describe.skip('GraphStore contract: neo4j (TEST_NEO4J_URI is not set)', () => {
    it('runs against a live Neo4j', () => undefined);
  });
}
