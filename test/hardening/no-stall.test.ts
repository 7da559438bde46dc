/**
 * A large ingest does not freeze the server: extraction runs in worker threads, so a query sent
 * while a 2 MB article is being extracted is answered before that ingest is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process';

let dir: string;
let server: ServeProcess;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-stall-'));
  server = await startServeProcess([], { DATA_DIR: join(dir, 'data'), HOST: '', API_TOKEN: '' });
}, 60_000);
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const SENTENCE = 'President Donald Trump spoke by phone with President Vladimir Putin on Monday about a ceasefire in Ukraine. ';

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

describe('a large ingest', () => {
  it('leaves the server answering other requests while it is extracted', async () => {
    const order: string[] = [];
    const text = SENTENCE.repeat(Math.floor((2 * 1024 * 1024) / SENTENCE.length));
    const ingest = post('mutation($text: String!) { ingestArticle(input: { text: $text, publishedAt: "2025-06-02" }, dryRun: true) { dryRun } }', { text })
      .then((res) => { order.push('ingest'); return res; });
    await new Promise((r) => setTimeout(r, 300)); // the body is sent and extraction under way
    const query = await post('{ stats { articles } }');
    order.push('query');
    expect(query).toEqual({ data: { stats: { articles: 0 } } });
    expect(await ingest).toEqual({ data: { ingestArticle: { dryRun: true } } });
    expect(order).toEqual(['query', 'ingest']);
  }, 60_000);

  it('still refuses bad input from a worker with a clear error', async () => {
    const res = await post('mutation { ingestArticle(input: { text: "   " }, dryRun: true) { dryRun } }');
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });
});
