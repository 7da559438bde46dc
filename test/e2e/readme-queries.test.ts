/**
 * The README's queries, run against the seeds the way `npm start` serves them: every ```graphql
 * block followed by a ```json block must answer exactly that JSON. `UPDATE_README=1 npm test`
 * rewrites the answers from the running server (review the diff before committing it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli';
import { postGraphQL, startServeProcess, type ServeProcess } from '../helpers/serve-process';
import { openEmptyNeo4j, TEST_NEO4J_URI } from '../helpers/test-store';

const README = join(REPO, 'README.md');
const PAIR = /```graphql\n([\s\S]*?)```\n\n?```json\n([\s\S]*?)```/g;

let server: ServeProcess;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-readme-'));
  if (TEST_NEO4J_URI) await (await openEmptyNeo4j()).close(); // serve loads the seeds into an empty database only
  server = await startServeProcess(['--seed', 'seeds'], { DATA_DIR: dataDir });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const readme = readFileSync(README, 'utf8');
const pairs = [...readme.matchAll(PAIR)].map((m) => ({ query: m[1], answer: m[2] }));

describe('README queries on the seeds', () => {
  it('has queries with answers to check', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pairs.map((p) => [p.query.split('\n')[0], p] as const))('answers %s as the README says', async (_name, { query, answer }) => {
    const res = await postGraphQL(server.url, query);
    const actual = `${compactJson(res)}\n`;
    if (process.env.UPDATE_README) {
      const current = readFileSync(README, 'utf8');
      writeFileSync(README, current.replace(`\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${answer}\`\`\``, `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${actual}\`\`\``));
      return;
    }
    expect(res).toEqual(JSON.parse(answer));
  });
});

/** JSON with every value that fits in 100 characters on one line, so answers stay readable. */
function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(',\n')}\n${indent}}`;
}
