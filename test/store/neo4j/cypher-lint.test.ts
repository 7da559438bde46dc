/**
 * Every statement in cypher/ checked with Neo4j's own Cypher parser and semantic analysis
 * (`lintCypherQuery`), with no database: syntax, variable scoping, aggregation rules, function
 * and procedure names and arities (the built-ins of Neo4j 5 without APOC/GDS, which the adapter
 * must not use), and the labels, relationship types and property keys of our model. Each
 * statement is checked as Cypher 5 and as Cypher 25. Any diagnostic fails the test and is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import {
  declaredParameters, DEFAULT_CYPHER_DIR, splitStatements, STATEMENT_NAMES, usedParameters,
} from '../../../src/store/neo4j/cypher';
import { NODE_LABELS, PROPERTY_KEYS, RELATIONSHIP_TYPES } from '../../../src/store/neo4j/model';

type Registry = NonNullable<DbSchema['functions']>;

/** The built-in functions/procedures of the language-support mock database, minus plugins. */
function builtIns(registry: Registry | undefined): Registry {
  const out: Registry = {};
  for (const [version, entries] of Object.entries(registry ?? {})) {
    out[version as keyof Registry] = Object.fromEntries(
      Object.entries(entries ?? {}).filter(([name]) => !/^(apoc|gds|genai)\./.test(name)),
    ) as never;
  }
  return out;
}

const FUNCTIONS = builtIns(testData.mockSchema.functions);
const PROCEDURES = builtIns(testData.mockSchema.procedures as Registry) as DbSchema['procedures'];

function schemaFor(parameters: string[], version: 'CYPHER 5' | 'CYPHER 25'): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...PROPERTY_KEYS],
    // Declared so that "Parameter $x is not defined" flags only parameters the header omits.
    parameters: Object.fromEntries(parameters.map((p) => [p, null])),
    functions: FUNCTIONS,
    procedures: PROCEDURES,
    defaultLanguage: version,
  };
}

interface Statement { file: string; text: string; declared: string[] }

const files = readdirSync(DEFAULT_CYPHER_DIR).filter((f) => f.endsWith('.cypher')).sort();
const statements: Statement[] = files.flatMap((file) => {
  const raw = readFileSync(join(DEFAULT_CYPHER_DIR, file), 'utf8');
  const declared = declaredParameters(raw);
  if (file !== 'schema.cypher') return [{ file, text: raw.trim(), declared }];
  return splitStatements(raw).map((text, n) => ({ file: `${file} #${n + 1}`, text, declared }));
});

function describeDiagnostics(text: string, diagnostics: ReturnType<typeof lintCypherQuery>['diagnostics']): string {
  const lines = text.split('\n');
  return diagnostics.map((d) => {
    const severity = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : `severity ${d.severity}`;
    const line = d.range.start.line;
    return `${severity} at ${line + 1}:${d.range.start.character + 1}: ${d.message}\n    ${lines[line]?.trim() ?? ''}`;
  }).join('\n');
}

describe('cypher/ statements', () => {
  it('are exactly the files the loader expects, named <verb>-<noun>.cypher', () => {
    expect(files).toEqual([...STATEMENT_NAMES, 'schema'].map((n) => `${n}.cypher`).sort());
    for (const file of files) expect(file).toMatch(/^[a-z]+(-[a-z]+)+\.cypher$|^schema\.cypher$/);
  });

  it.each(files)('%s starts with a // comment that lists its parameters', (file) => {
    const raw = readFileSync(join(DEFAULT_CYPHER_DIR, file), 'utf8');
    expect(raw.startsWith('//')).toBe(true);
    expect(raw).toMatch(/^\/\/ Parameters: /m);
    const used = file === 'schema.cypher'
      ? [...new Set(splitStatements(raw).flatMap(usedParameters))]
      : usedParameters(raw);
    expect(declaredParameters(raw).sort()).toEqual(used.sort());
  });

  describe.each(['CYPHER 5', 'CYPHER 25'] as const)('as %s', (version) => {
    it.each(statements.map((s) => [s.file, s] as const))('%s passes lintCypherQuery with no diagnostics', (_file, s) => {
      const { diagnostics } = lintCypherQuery(s.text, schemaFor(s.declared, version));
      if (diagnostics.length > 0) {
        throw new Error(`${s.file} (${version}):\n${describeDiagnostics(s.text, diagnostics)}`);
      }
    });
  });

  it('the lint catches what it is trusted to catch', () => {
    const lint = (q: string, params: string[] = []) =>
      lintCypherQuery(q, schemaFor(params, 'CYPHER 5')).diagnostics.map((d) => d.message);
    expect(lint('MATCH (a:Actor) RETURN b')).toEqual([expect.stringContaining('Variable `b` not defined')]);
    expect(lint('MATCH (a:Actor) RETURN a.nmae AS n')).toEqual([expect.stringContaining('nmae')]);
    expect(lint('MATCH (a:Actr) RETURN a')).toEqual([expect.stringContaining('Actr')]);
    expect(lint('MATCH (a:Actor) RETURN apoc.text.clean(a.name) AS n')).toEqual([expect.stringContaining('apoc.text.clean')]);
    expect(lint('MATCH (a:Actor {id: $id}) RETURN a')).toEqual([expect.stringContaining('$id')]);
    expect(lint('MATCH (a:Actor {id: $id}) RETURN a', ['id'])).toEqual([]);
    expect(lint('MATCH (a:Actor) RETURN a.id AS id, count(*) + a.kind AS n').length).toBeGreaterThan(0);
  });
});
