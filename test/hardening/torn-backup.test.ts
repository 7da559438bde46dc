/**
 * A reader (`actorgraph export`) next to a writer that keeps compacting must always see a
 * consistent snapshot + journal pair: never fewer articles than the writer had acknowledged
 * before the read began.
 *
 * The writer is a separate process: in each cycle it opens the store, ingests one article (on
 * disk when its promise resolves), records that acknowledgement, and closes, which folds the
 * journal into a new snapshot. The snapshot is a few MB so that a read takes long enough to
 * overlap the writer's renames.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { REPO } from '../helpers/cli';

const STORE = join(REPO, 'dist/store/embedded/embedded-store.js');
const READ_FOR_MS = 2500;

const WRITER = `
const { writeFileSync } = require('node:fs');
const { EmbeddedGraphStore } = require(${JSON.stringify(STORE)});
const [dataDir, ackFile, runMs] = process.argv.slice(1);
const empty = { persons: [], countries: [], organizations: [], interactions: [] };
const article = (i) => ({ id: 'a' + i, title: null, url: null, source: null, language: 'en', publishedAt: null, text: String(i).padEnd(40000, ' filler') });
(async () => {
  const end = Date.now() + Number(runMs);
  let i = 0;
  for (; i < 60; i++) { // the first, large snapshot
    const store = new EmbeddedGraphStore({ dataDir });
    await store.open();
    await store.ingest(article(i), empty);
    await store.close();
  }
  writeFileSync(ackFile, String(i));
  while (Date.now() < end) {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.open();
    await store.ingest(article(i), empty);
    writeFileSync(ackFile, String(++i));
    await store.close();
  }
})();
`;

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-torn-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export next to a compacting writer', () => {
  it('never reads an old snapshot with a newer journal', async () => {
    const dataDir = join(dir, 'data');
    const ackFile = join(dir, 'acknowledged');
    const writer = spawn(process.execPath, ['-e', WRITER, dataDir, ackFile, String(READ_FOR_MS + 3000)], { stdio: 'inherit' });
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    try {
      const acknowledged = () => { try { return Number(readFileSync(ackFile, 'utf8')); } catch { return 0; } };
      while (acknowledged() === 0) await new Promise((r) => setTimeout(r, 20));
      const short: string[] = [];
      let reads = 0;
      const end = Date.now() + READ_FOR_MS;
      while (Date.now() < end) {
        const before = acknowledged();
        const reader = new EmbeddedGraphStore({ dataDir, readOnly: true });
        await reader.open();
        const { articles } = await reader.stats();
        await reader.close();
        reads++;
        if (articles < before) short.push(`read ${articles} articles after ${before} were acknowledged`);
      }
      expect(reads).toBeGreaterThan(10);
      expect(short).toEqual([]);
    } finally {
      await exited;
    }
  }, 30_000);
});
