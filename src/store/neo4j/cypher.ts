/**
 * The one place that knows Cypher text: reads every cypher/*.cypher file once and hands out
 * statements by name. A missing or unexpected file fails at startup, not at the first query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every statement the adapter runs, one file each: `cypher/<name>.cypher`. */
export const STATEMENT_NAMES = [
  'await-indexes',
  'create-article', 'resolve-actors', 'ingest-actors', 'ingest-affiliations', 'ingest-topics', 'ingest-reports',
  'refresh-interactions', 'refresh-actors', 'refresh-affiliations',
  'remove-article', 'prune-interactions', 'prune-actors', 'prune-topics',
  'find-merge-pair', 'move-actor-mentions', 'move-actor-reports', 'move-actor-affiliations', 'retire-merged-actor',
  'list-merges',
  'get-actors', 'find-actors-by-name', 'list-actors',
  'get-interactions', 'list-interactions', 'list-scoped-interactions', 'list-conversations', 'list-counterparts',
  'list-spoke-neighbours', 'list-spoke-edges', 'list-spoke-degrees', 'list-spoke-links', 'list-spoke-pairs',
  'list-topics', 'get-topics', 'list-actor-topics', 'list-affiliations', 'list-mentions',
  'list-article-actors', 'list-article-interactions', 'get-articles', 'list-articles',
  'search-graph', 'get-stats', 'export-graph', 'delete-graph',
  'list-added-articles',
] as const;

export type StatementName = (typeof STATEMENT_NAMES)[number];

/** cypher/ at the top of the repository, from src/store/neo4j or dist/store/neo4j alike. */
export const DEFAULT_CYPHER_DIR = resolve(__dirname, '../../../cypher');

export class CypherFilesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherFilesError';
  }
}

export interface CypherCatalogue {
  readonly dir: string;
  statement(name: StatementName): string;
  /** The statements of schema.cypher, in file order. */
  readonly schema: readonly string[];
}

export function loadCypher(dir: string = DEFAULT_CYPHER_DIR): CypherCatalogue {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  } catch (error) {
    throw new CypherFilesError(`Cannot read the Cypher statements in ${dir}: ${(error as Error).message}`);
  }
  const present = new Set(files.map((f) => f.slice(0, -'.cypher'.length)));
  const missing = STATEMENT_NAMES.filter((n) => !present.has(n));
  if (!present.has('schema')) missing.push('schema' as StatementName);
  if (missing.length > 0) {
    throw new CypherFilesError(`Missing Cypher statements in ${dir}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  }
  const known = new Set<string>([...STATEMENT_NAMES, 'schema']);
  const unknown = [...present].filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new CypherFilesError(`Unknown Cypher files in ${dir} (add them to STATEMENT_NAMES or delete them): ${unknown.map((n) => `${n}.cypher`).join(', ')}`);
  }
  const statements = new Map<string, string>();
  for (const name of STATEMENT_NAMES) {
    const text = readFileSync(join(dir, `${name}.cypher`), 'utf8').trim();
    if (text.replace(/^\s*\/\/.*$/gm, '').trim() === '') throw new CypherFilesError(`${name}.cypher holds no statement`);
    statements.set(name, text);
  }
  const schema = splitStatements(readFileSync(join(dir, 'schema.cypher'), 'utf8'));
  return {
    dir,
    statement(name) {
      const text = statements.get(name);
      if (text === undefined) throw new CypherFilesError(`No Cypher statement named ${name}`);
      return text;
    },
    schema,
  };
}

/**
 * Splits a file of several statements at each `;` that ends a line. Comment-only pieces are
 * dropped; comments inside a statement stay (Cypher reads `//` comments).
 */
export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/^\s*\/\/.*$/gm, '').trim() !== '');
}

/** The `$parameters` a statement's header comment declares ("// Parameters: $a, $b (...)"). */
export function declaredParameters(text: string): string[] {
  const header: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim().startsWith('//')) break;
    header.push(line);
  }
  const start = header.findIndex((l) => /^\s*\/\/\s*Parameters:/.test(l));
  if (start < 0) return [];
  const names = header.slice(start).join('\n').match(/\$[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...new Set(names.map((n) => n.slice(1)))];
}

/** The `$parameters` a statement uses (outside comments and string literals). */
export function usedParameters(text: string): string[] {
  const code = text
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names = code.match(/\$[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...new Set(names.map((n) => n.slice(1)))];
}
