import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { fixture, WORLD } from '../helpers/store-fixtures';
import { defineGraphStoreContract, loadWorld } from './graph-store.contract';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function openStore(dataDir: string, options: { onRecovered?: (n: number) => void } = {}) {
  const store = new EmbeddedGraphStore({ dataDir, ...options });
  await store.open();
  return store;
}

defineGraphStoreContract('embedded', () => openStore(tempDir()));

describe('embedded store durability', () => {
  it('opens on the same graph after a restart', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    const before = await store.exportGraph();
    await store.close();
    const reopened = await openStore(dir);
    expect(await reopened.exportGraph()).toEqual(before);
    await reopened.close();
  });

  it('has every acknowledged write on disk without a clean close', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    await store.removeArticle('a3');
    const before = await store.exportGraph();
    // No close(): a crash right after the last acknowledgement.
    const reopened = await openStore(dir);
    expect(await reopened.exportGraph()).toEqual(before);
    await reopened.close();
  });

  it('recovers to the last complete article when the journal was cut off mid-write', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    for (const spec of WORLD.slice(0, 2)) {
      const { article, extraction } = fixture(spec);
      await store.ingest(article, extraction);
    }
    const complete = await store.exportGraph();
    const journal = join(dir, 'journal.log');
    const sizeAfterTwo = statSync(journal).size;
    const { article, extraction } = fixture(WORLD[2]);
    await store.ingest(article, extraction);
    // Cut the third record in half, as a crash during write() would.
    truncateSync(journal, sizeAfterTwo + Math.floor((statSync(journal).size - sizeAfterTwo) / 2));
    const recovered: number[] = [];
    const reopened = await openStore(dir, { onRecovered: (n) => recovered.push(n) });
    expect(await reopened.exportGraph()).toEqual(complete);
    expect(recovered).toHaveLength(1);
    expect(statSync(journal).size).toBe(sizeAfterTwo);
    // The store goes on working, and the lost article can be loaded again.
    await reopened.ingest(article, extraction);
    expect((await reopened.stats()).articles).toBe(3);
    await reopened.close();
  });

  it('ignores a journal line whose checksum does not match', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const { article, extraction } = fixture(WORLD[0]);
    await store.ingest(article, extraction);
    appendFileSync(join(dir, 'journal.log'), '00000000 {"op":"remove","articleId":"a1"}\n');
    const reopened = await openStore(dir);
    expect((await reopened.stats()).articles).toBe(1);
    await reopened.close();
  });

  it('folds the journal into a snapshot on close and keeps the graph the same', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    await store.mergeActors('vladimir-putin', 'narendra-modi');
    const before = await store.exportGraph();
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5);
    await store.close();
    expect(readFileSync(join(dir, 'journal.log'), 'utf8')).toBe('');
    expect(readFileSync(join(dir, 'snapshot.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5);
    const reopened = await openStore(dir);
    expect(await reopened.exportGraph()).toEqual(before);
    await reopened.close();
  });

  it('refuses to open on a journal with records after a damaged one', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const { article, extraction } = fixture(WORLD[0]);
    await store.ingest(article, extraction);
    appendFileSync(join(dir, 'journal.log'), '00000000 {"op":"remove","articleId":"a1"}\n');
    const second = fixture(WORLD[1]);
    await store.ingest(second.article, second.extraction);
    await expect(openStore(dir)).rejects.toThrow(/journal.log is damaged at byte \d+ with complete records after it/);
  });

  it('refuses a DATA_DIR locked by another live process, and takes over the lock of a dead one', async () => {
    const dir = tempDir();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'LOCK'), String(other.pid));
      await expect(openStore(dir)).rejects.toThrow(`${dir} is in use by another actorgraph process (pid ${other.pid}); stop it or use another DATA_DIR`);
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const store = await openStore(dir);
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(String(process.pid));
    await store.close();
    expect(existsSync(join(dir, 'LOCK'))).toBe(false);
  });

  it('reads a DATA_DIR alongside its writer without disturbing it', async () => {
    const dir = tempDir();
    const writer = await openStore(dir);
    await loadWorld(writer);
    const reader = new EmbeddedGraphStore({ dataDir: dir, readOnly: true });
    await reader.open();
    expect((await reader.stats()).articles).toBe(4);
    const { article, extraction } = fixture({ id: 'r1', publishedAt: '2025-01-01', interactions: [] });
    await expect(reader.ingest(article, extraction)).rejects.toThrow('the store was opened read-only');
    await reader.close();
    await writer.ingest(article, extraction);
    await writer.close();
    const reopened = await openStore(dir);
    expect((await reopened.stats()).articles).toBe(5);
    await reopened.close();
  });

  it('refuses to open on a damaged snapshot rather than lose data silently', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    await store.close();
    appendFileSync(join(dir, 'snapshot.log'), 'garbage');
    await expect(openStore(dir)).rejects.toThrow(/snapshot.log is damaged at byte \d+/);
  });
});
