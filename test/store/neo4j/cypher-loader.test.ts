import { copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CypherFilesError, declaredParameters, DEFAULT_CYPHER_DIR, loadCypher, splitStatements, STATEMENT_NAMES, usedParameters,
} from '../../../src/store/neo4j/cypher';

function copyOfCypherDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-cypher-'));
  for (const f of readdirSync(DEFAULT_CYPHER_DIR)) copyFileSync(join(DEFAULT_CYPHER_DIR, f), join(dir, f));
  return dir;
}

describe('cypher loader', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('loads every statement and the schema from cypher/', () => {
    const catalogue = loadCypher();
    for (const name of STATEMENT_NAMES) expect(catalogue.statement(name)).toMatch(/^\/\//);
    expect(catalogue.schema.length).toBeGreaterThanOrEqual(10);
    expect(catalogue.schema.every((s) => /\bIF NOT EXISTS\b/.test(s))).toBe(true);
  });

  it('fails at once, naming the file, when a statement is missing', () => {
    const dir = copyOfCypherDir();
    dirs.push(dir);
    unlinkSync(join(dir, 'get-actors.cypher'));
    expect(() => loadCypher(dir)).toThrow(new CypherFilesError(`Missing Cypher statements in ${dir}: get-actors.cypher`));
  });

  it('fails on a file it does not know', () => {
    const dir = copyOfCypherDir();
    dirs.push(dir);
    writeFileSync(join(dir, 'list-friends.cypher'), '// Parameters: none\nRETURN 1 AS one\n');
    expect(() => loadCypher(dir)).toThrow(/Unknown Cypher files .*list-friends\.cypher/);
  });

  it('splits a schema file at the semicolons that end lines and drops comment-only pieces', () => {
    expect(splitStatements('// head\n// Parameters: none\n\nCREATE A;\n// section\nCREATE B ;\n\n// trailing\n'))
      .toEqual(['// head\n// Parameters: none\n\nCREATE A', '// section\nCREATE B']);
  });

  it('reads the declared and the used parameters', () => {
    const text = "// What it does.\n// Parameters: $ids (actor ids), $first\n//   (integer), $after\nMATCH (a) WHERE a.id IN $ids AND a.x <> '$notAParam' // $neither\nRETURN a LIMIT $first";
    expect(declaredParameters(text)).toEqual(['ids', 'first', 'after']);
    expect(usedParameters(text)).toEqual(['ids', 'first']);
  });
});
