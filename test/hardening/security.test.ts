/**
 * Security of the running service: production mode (NODE_ENV=production through the real CLI)
 * turns the Sandbox landing page and introspection off; strings that look like Cypher or SQL
 * injection, in every string argument, are plain data — normal answers, and the graph is the same
 * afterwards. Missing or wrong tokens on mutations are covered in test/api/mutations.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { CLI, REPO } from '../helpers/cli';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Served { url: string; child: ChildProcess; dataDir: string }

/** `actorgraph serve` from the build, with NODE_ENV as given, answering on 127.0.0.1. */
async function serve(nodeEnv: string): Promise<Served> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-sec-'));
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: REPO, stdio: 'ignore',
    env: { ...process.env, NODE_ENV: nodeEnv, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NEO4J_URI: '' },
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let waited = 0; ; waited += 50) {
    try {
      if ((await fetch(`${url}health`)).ok) return { url, child, dataDir };
    } catch {
      if (waited > 30_000) throw new Error('serve did not start');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(s: Served): Promise<void> {
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
  rmSync(s.dataDir, { recursive: true, force: true });
}

describe('NODE_ENV=production', () => {
  let dev: Served;
  let prod: Served;
  beforeAll(async () => { [dev, prod] = await Promise.all([serve('development'), serve('production')]); }, 60_000);
  afterAll(async () => { await Promise.all([stop(dev), stop(prod)]); });

  const landing = async (s: Served) => {
    const res = await fetch(s.url, { headers: { accept: 'text/html' } });
    return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
  };
  const introspect = async (s: Served, query: string) => {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };

  it('serves Apollo Sandbox as the landing page in development only', async () => {
    const d = await landing(dev);
    expect([d.status, d.type]).toEqual([200, 'text/html']);
    expect(d.html).toContain('new window.EmbeddedSandbox(');
    const p = await landing(prod);
    expect([p.status, p.type]).toEqual([200, 'text/html']);
    expect(p.html).not.toContain('EmbeddedSandbox(');
    expect(p.html).not.toContain('id="embeddableSandbox"');
    expect(p.html).toContain('%22isProd%22%3Atrue');
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Actor") { name fields { name } } }'],
  ])('answers %s introspection in development and refuses it in production', async (_what, query) => {
    expect((await introspect(dev, query)).errors).toBeUndefined();
    const refused = await introspect(prod, query);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('injection-looking strings', () => {
  const TOKEN = 'security-token';
  const AUTH = { authorization: `Bearer ${TOKEN}` };
  const PAYLOADS = [
    "' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    "x') DETACH DELETE n RETURN 1 //",
    '`id`) RETURN n UNION MATCH (m) SET m.name = "pwned" //',
    '$id',
    '{id: "donald-trump"}',
    "'; CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {}) //",
    '\\u0027 OR true //',
    "Robert'); DROP TABLE articles;--",
    '*/ MATCH (n) RETURN n /*',
  ];

  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ populate: loadWorld, apiToken: TOKEN }); });
  afterAll(async () => api.close());

  // Every string argument of the schema, with the answer an unknown value must give.
  const READS: [string, string, (p: string) => Record<string, unknown>, unknown][] = [
    ['actor(id)', 'query($p: ID!) { actor(id: $p) { id } }', (p) => ({ p }), { actor: null }],
    ['actor(name)', 'query($p: String!) { actor(name: $p) { id } }', (p) => ({ p }), { actor: null }],
    ['actors(filter.search, countries)', 'query($p: String!, $c: ID!) { actors(filter: { search: $p, countries: [$c] }) { totalCount } }', (p) => ({ p, c: p }), { actors: { totalCount: 0 } }],
    ['interaction(id)', 'query($p: ID!) { interaction(id: $p) { id } }', (p) => ({ p }), { interaction: null }],
    ['interactions(filter.with)', 'query($p: ID!) { interactions(filter: { with: [$p] }) { totalCount } }', (p) => ({ p }), { interactions: { totalCount: 0 } }],
    ['interactions(filter.topics)', 'query($p: ID!) { interactions(filter: { topics: [$p] }) { totalCount } }', (p) => ({ p }), { interactions: { totalCount: 0 } }],
    ['actor.interactions(filter.with)', 'query($p: ID!) { actor(id: "donald-trump") { interactions(filter: { with: [$p] }) { totalCount } } }', (p) => ({ p }), { actor: { interactions: { totalCount: 0 } } }],
    ['topic(id)', 'query($p: ID!) { topic(id: $p) { id } }', (p) => ({ p }), { topic: null }],
    ['article(id)', 'query($p: ID!) { article(id: $p) { id } }', (p) => ({ p }), { article: null }],
    ['articles(filter.language, source, mentions)', 'query($l: String!, $p: String!, $m: ID!) { articles(filter: { language: $l, source: $p, mentions: $m }) { totalCount } }', (p) => ({ l: p.slice(0, 8), p, m: p }), { articles: { totalCount: 0 } }],
    ['centrality(filter.with)', 'query($p: ID!) { centrality(metric: DEGREE, filter: { with: [$p] }) { score } }', (p) => ({ p }), { centrality: [] }],
  ];

  // String arguments whose unknown values are reported, with the code they must carry.
  const REFUSED: [string, string, (p: string) => Record<string, unknown>, string][] = [
    ['conversations(between)', 'query($p: ID!) { conversations(between: [$p, "donald-trump"]) { id } }', (p) => ({ p }), 'NOT_FOUND'],
    ['path(from)', 'query($p: ID!) { path(from: $p, to: "donald-trump") { length } }', (p) => ({ p }), 'NOT_FOUND'],
    ['network(center)', 'query($p: ID!) { network(center: $p) { nodes { id } } }', (p) => ({ p }), 'NOT_FOUND'],
    ['actors(after)', 'query($p: String!) { actors(after: $p) { totalCount } }', (p) => ({ p }), 'BAD_USER_INPUT'],
    ['removeArticle(id)', 'mutation($p: ID!) { removeArticle(id: $p) { articleId } }', (p) => ({ p }), 'NOT_FOUND'],
    ['mergeActors(keep, merge)', 'mutation($p: ID!) { mergeActors(keep: "donald-trump", merge: $p) { id } }', (p) => ({ p }), 'NOT_FOUND'],
  ];

  it('answers every read normally and changes nothing', async () => {
    const before = await api.store.exportGraph();
    for (const payload of PAYLOADS) {
      for (const [arg, query, variables, expected] of READS) {
        const res = await api.gql(query, variables(payload));
        expect({ arg, payload, errors: res.errors, data: res.data }).toEqual({ arg, payload, errors: undefined, data: expected });
      }
    }
    expect(await api.store.exportGraph()).toEqual(before);
  });

  it('searches for the words of each string, the punctuation around them being no syntax', async () => {
    const before = await api.store.exportGraph();
    const query = 'query($p: String!) { search(text: $p) { kind id } }';
    for (const payload of PAYLOADS) {
      const res = await api.gql(query, { p: payload });
      const words = await api.gql(query, { p: payload.replace(/[^\p{L}\p{N}]+/gu, ' ') });
      expect({ payload, errors: res.errors, data: res.data }).toEqual({ payload, errors: undefined, data: words.data });
    }
    expect(await api.store.exportGraph()).toEqual(before);
  });

  it('refuses unknown ids in queries and mutations with their codes and changes nothing', async () => {
    const before = await api.store.exportGraph();
    for (const payload of PAYLOADS) {
      for (const [arg, query, variables, code] of REFUSED) {
        const res = await api.gql(query, variables(payload), AUTH);
        expect({ arg, payload, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ arg, payload, codes: [code] });
      }
    }
    expect(await api.store.exportGraph()).toEqual(before);
  });

  it('extracts an article full of them as text (dry run) and stores nothing', async () => {
    const before = await api.store.exportGraph();
    const text = `U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday. ${PAYLOADS.join(' ')}`;
    const res = await api.gql(`mutation($input: ArticleInput!) { ingestArticle(input: $input, dryRun: true) {
        dryRun created article { title source } interactions { participants { actor { id } } } } }`,
    { input: { text, title: PAYLOADS[1], source: PAYLOADS[0], publishedAt: '2025-06-04' } }, AUTH);
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticle).toMatchObject({ dryRun: true, created: false, article: { title: PAYLOADS[1], source: PAYLOADS[0] } });
    expect(await api.store.exportGraph()).toEqual(before);
  });
});
