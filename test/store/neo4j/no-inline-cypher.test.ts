/** Cypher lives in cypher/*.cypher only: no TypeScript under src/ (but the loader) holds a statement. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');
const LOADER = 'src/store/neo4j/cypher.ts';

const CYPHER_PATTERNS: RegExp[] = [
  /\b(?:OPTIONAL\s+)?MATCH\s*\(/,
  /\bMERGE\s*\(/,
  /\bCREATE\s*\(/,
  /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT|(?:RANGE\s+|TEXT\s+|FULLTEXT\s+|POINT\s+|VECTOR\s+|LOOKUP\s+)?INDEX)\b/,
  /\bDETACH\s+DELETE\b/,
  /\bUNWIND\s+[$[\w]/,
  /\bCALL\s+(?:db|dbms|apoc|gds)\./,
  /\bRETURN\s+[\w$({[]+[^\n]*\bAS\s+\w/,
  /-\[:?[A-Z_]*\]->|<-\[:?[A-Z_]*\]-/,
];

export function cypherIn(source: string): string | null {
  for (const pattern of CYPHER_PATTERNS) {
    const m = pattern.exec(source);
    if (m) return m[0];
  }
  return null;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('Cypher outside cypher/', () => {
  it('the detector recognises Cypher', () => {
    expect(cypherIn('const q = `MATCH (a:Actor {id: $id}) RETURN a`;')).not.toBeNull();
    expect(cypherIn("run('OPTIONAL MATCH (x)')")).not.toBeNull();
    expect(cypherIn('MERGE (a:Article {id: $id})')).not.toBeNull();
    expect(cypherIn('"UNWIND $rows AS row"')).not.toBeNull();
    expect(cypherIn('CREATE TEXT INDEX x IF NOT EXISTS')).not.toBeNull();
    expect(cypherIn('(i)-[:REPORTED_IN]->(a)')).not.toBeNull();
    expect(cypherIn('const match = text.match(/x/); // create a map')).toBeNull();
  });

  it.each(tsFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f)).filter((f) => f !== LOADER))('%s holds no Cypher', (file) => {
    expect(cypherIn(readFileSync(join(ROOT, file), 'utf8'))).toBeNull();
  });
});
