import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/domain/article';
import type { GraphDump, SearchHitRecord } from '../../src/domain/graph';
import { nameKey } from '../../src/domain/name-key';
import type { Page } from '../../src/store/graph-store';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { factsFromDump } from '../../src/store/embedded/restore';
import { fixture, WORLD } from '../helpers/store-fixtures';
import { defineGraphStoreContract, loadWorld } from './graph-store.contract';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function openStore(dataDir: string, options: { onRecovered?: (n: number) => void; onRepair?: (m: string) => void } = {}) {
  const store = new EmbeddedGraphStore({ dataDir, ...options });
  await store.open();
  return store;
}

/** The files a crash of the process holding `dir` leaves behind, in a new DATA_DIR (its LOCK names a dead process). */
function crashImage(dir: string): string {
  const copy = tempDir();
  for (const name of readdirSync(dir)) if (name !== 'LOCK') copyFileSync(join(dir, name), join(copy, name));
  return copy;
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

  it('writes a batch of new articles with one group commit: the same graph as one at a time, all on disk when acknowledged', async () => {
    const [first, second, ...rest] = WORLD.map(fixture);
    const oneByOne = await openStore(tempDir());
    for (const item of [first, second, ...rest]) await oneByOne.ingest(item.article, item.extraction);
    const expected = await oneByOne.exportGraph();
    await oneByOne.close();

    const dir = tempDir();
    const store = await openStore(dir);
    await store.ingest(first.article, first.extraction);
    const corrected = { ...second, article: { ...second.article, title: 'A corrected title' } };
    // Stored already, new, new, repeated in the batch with a corrected title, new...
    const outcomes = await store.ingestMany([first, second, ...rest.slice(0, 1), corrected, second, ...rest.slice(1)]);
    expect(outcomes).toEqual([
      { articleId: first.article.id, created: false },
      { articleId: second.article.id, created: true },
      { articleId: rest[0].article.id, created: true },
      { articleId: second.article.id, created: false, updated: true },
      { articleId: second.article.id, created: false, updated: true },
      ...rest.slice(1).map((r) => ({ articleId: r.article.id, created: true })),
    ]);
    // The crash image of the moment of acknowledgement holds the batch.
    const reopened = await openStore(crashImage(dir));
    // The repeated article ends with its last version, the original title, as one at a time would.
    expect((await reopened.getArticles([second.article.id]))[0]?.title).toBe(second.article.title);
    expect(await reopened.exportGraph()).toEqual(expected);
    await reopened.close();
    await store.close();
  });

  it('has every acknowledged write on disk without a clean close', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    await store.removeArticle('a3');
    const before = await store.exportGraph();
    // No close(): a crash right after the last acknowledgement.
    const reopened = await openStore(crashImage(dir));
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
    const sizeAfterTwo = statSync(join(dir, 'journal.log')).size;
    const { article, extraction } = fixture(WORLD[2]);
    await store.ingest(article, extraction);
    const crashed = crashImage(dir);
    const journal = join(crashed, 'journal.log');
    // Cut the third record in half, as a crash during write() would.
    truncateSync(journal, sizeAfterTwo + Math.floor((statSync(journal).size - sizeAfterTwo) / 2));
    const recovered: number[] = [];
    const reopened = await openStore(crashed, { onRecovered: (n) => recovered.push(n) });
    expect(await reopened.exportGraph()).toEqual(complete);
    expect(recovered).toHaveLength(1);
    expect(statSync(journal).size).toBe(sizeAfterTwo);
    // The store goes on working, and the lost article can be loaded again.
    await reopened.ingest(article, extraction);
    expect((await reopened.stats()).articles).toBe(3);
    await reopened.close();
  });

  it('keeps a complete last record that lost only its newline, and restores the newline', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    const before = await store.exportGraph();
    const crashed = crashImage(dir);
    const journal = join(crashed, 'journal.log');
    const size = statSync(journal).size;
    truncateSync(journal, size - 1);
    const repairs: string[] = [];
    const reopened = await openStore(crashed, { onRepair: (m) => repairs.push(m) });
    expect(await reopened.exportGraph()).toEqual(before);
    expect(repairs).toEqual(['the last record of journal.log had lost its final newline: kept, and the newline restored']);
    expect(statSync(journal).size).toBe(size);
    expect(readFileSync(journal).at(-1)).toBe(0x0a);
    await reopened.close();
  });

  it('moves a damaged last record aside instead of truncating it away', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    const crashed = crashImage(dir);
    const journal = join(crashed, 'journal.log');
    const bytes = readFileSync(journal);
    const lastStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
    const damaged = Buffer.from(bytes);
    damaged[lastStart + 20] ^= 0x01; // one flipped bit in the last, complete record
    writeFileSync(journal, damaged);
    const repairs: string[] = [];
    const reopened = await openStore(crashed, { onRepair: (m) => repairs.push(m) });
    expect((await reopened.stats()).articles).toBe(3);
    const aside = readdirSync(crashed).filter((n) => n.startsWith('journal.log.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(crashed, aside[0]))).toEqual(damaged.subarray(lastStart));
    expect(repairs).toEqual([`the last record of journal.log (${bytes.length - lastStart} bytes) does not check out: it was moved to ${join(crashed, aside[0])}; \`actorgraph salvage\` reads what it can`]);
    expect(statSync(journal).size).toBe(lastStart);
    await reopened.close();
  });

  it('folds the journal into a snapshot on close and keeps the graph the same', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    await store.mergeActors('vladimir-putin', 'narendra-modi');
    const before = await store.exportGraph();
    // A header naming the store and generation, then one record per write.
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(6);
    await store.close();
    expect(readFileSync(join(dir, 'journal.log'), 'utf8')).toMatch(/^[0-9a-f]{8} \{"actorgraph":"journal","store":"[0-9a-f]{16}","generation":1\}\n$/);
    expect(readFileSync(join(dir, 'snapshot.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(6);
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
    await expect(openStore(crashImage(dir))).rejects.toThrow(/journal.log is damaged at byte \d+ with more records after it in .*; run actorgraph salvage/);
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
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+ [0-9a-f]{24}\n$`));
    // A second writer in this same process is refused too.
    await expect(openStore(dir)).rejects.toThrow(`${dir} is in use by another actorgraph process (pid ${process.pid})`);
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

  it('restores its own export into an empty store, curation and removals included', async () => {
    const store = await openStore(tempDir());
    await loadWorld(store);
    await store.mergeActors('vladimir-putin', 'narendra-modi');
    await store.removeArticle('a3');
    const dump = await store.exportGraph();
    await store.close();
    const target = tempDir();
    const restored = await openStore(target);
    await restored.restore(factsFromDump(JSON.parse(JSON.stringify(dump))));
    expect(await restored.exportGraph()).toEqual(dump);
    await restored.close();
    const reopened = await openStore(target);
    expect(await reopened.exportGraph()).toEqual(dump);
    await expect(reopened.restore(factsFromDump(dump))).rejects.toThrow(`${target} already holds a store: import writes only into an empty DATA_DIR`);
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

describe('embedded store files that do not belong together', () => {
  /** A store with a snapshot (generation 1) and one more article in its journal, left as a crash leaves it. */
  async function storeWithSnapshotAndJournal(): Promise<string> {
    const dir = tempDir();
    const first = await openStore(dir);
    await loadWorld(first);
    await first.close(); // compacts: snapshot.log generation 1
    const second = await openStore(dir);
    const { article, extraction } = fixture({ id: 'late', publishedAt: '2025-08-01', interactions: [] });
    await second.ingest(article, extraction);
    return crashImage(dir);
  }

  it('refuses to open without its snapshot, naming what is missing', async () => {
    const dir = await storeWithSnapshotAndJournal();
    unlinkSync(join(dir, 'snapshot.log'));
    await expect(openStore(dir)).rejects.toThrow(`${dir} does not hold a complete store: snapshot.log is missing (journal.log continues snapshot generation 1). Restore DATA_DIR from a backup (actorgraph import), or run actorgraph salvage`);
    // Refused, not repaired: the journal is still there for a salvage.
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('refuses an empty snapshot', async () => {
    const dir = await storeWithSnapshotAndJournal();
    writeFileSync(join(dir, 'snapshot.log'), '');
    await expect(openStore(dir)).rejects.toThrow(`${dir} does not hold a complete store: snapshot.log is empty.`);
  });

  it('refuses to open without its journal', async () => {
    const dir = await storeWithSnapshotAndJournal();
    unlinkSync(join(dir, 'journal.log'));
    await expect(openStore(dir)).rejects.toThrow(`${dir} does not hold a complete store: journal.log is missing (snapshot.log is generation 1; the journal holds every write since).`);
  });

  it('refuses a snapshot of another store', async () => {
    const dir = await storeWithSnapshotAndJournal();
    const other = await storeWithSnapshotAndJournal();
    copyFileSync(join(other, 'snapshot.log'), join(dir, 'snapshot.log'));
    await expect(openStore(dir)).rejects.toThrow(/snapshot.log \(store [0-9a-f]{16}\) and journal.log \(store [0-9a-f]{16}\) belong to different stores/);
  });

  it('skips a journal one generation behind its snapshot (a compaction stopped between its renames)', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    const before = await store.exportGraph();
    const journalBefore = readFileSync(join(dir, 'journal.log'));
    await store.close();
    writeFileSync(join(dir, 'journal.log'), journalBefore); // generation 0, its records already in snapshot generation 1
    const reopened = await openStore(dir);
    expect(await reopened.exportGraph()).toEqual(before);
    expect(readFileSync(join(dir, 'journal.log'), 'utf8')).toMatch(/"generation":1\}\n$/);
    await reopened.close();
  });

  it('opens files written before generations existed, and gives them headers', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await loadWorld(store);
    const before = await store.exportGraph();
    const legacy = crashImage(dir);
    const lines = readFileSync(join(legacy, 'journal.log'), 'utf8').split('\n');
    writeFileSync(join(legacy, 'journal.log'), lines.slice(1).join('\n')); // no header: the old format
    const reopened = await openStore(legacy);
    expect(await reopened.exportGraph()).toEqual(before);
    expect(readFileSync(join(legacy, 'snapshot.log'), 'utf8')).toMatch(/^[0-9a-f]{8} \{"actorgraph":"snapshot","store":"[0-9a-f]{16}","generation":1\}\n/);
    await reopened.close();
  });
});

describe('embedded store article text, kept on disk', () => {
  const specs = [
    { id: 't1', publishedAt: '2025-03-01', text: 'Grain exports through Odesa resumed, the ministry said.', mentions: ['vladimir-putin'], interactions: [] },
    { id: 't2', publishedAt: '2025-03-02', title: 'Harbour talks', text: 'Die Getreideexporte über Odesa laufen wieder. Grain ships left Odesa.', language: 'de', mentions: ['narendra-modi'], interactions: [] },
    { id: 't3', publishedAt: '2025-03-03', text: 'Nothing about ships here.', mentions: ['narendra-modi'], interactions: [] },
  ];

  /** As plain data: an article's text is read when asked for, which needs the store open. */
  async function answers(store: EmbeddedGraphStore) {
    return JSON.parse(JSON.stringify({
      articles: await store.getArticles(['t1', 't2', 't3', 'missing']),
      page: await store.listArticles({ mentions: 'narendra-modi' }, { first: 1 }),
      grain: await store.search('grain odes', 10),
      ships: await store.search('ship', 10),
      export: await store.exportGraph(),
    })) as {
      articles: (Article | null)[]; page: Page<Article>; grain: SearchHitRecord[]; ships: SearchHitRecord[]; export: GraphDump;
    };
  }

  it('answers text, article pages and text search the same after its records moved: compaction, restart, removal, merge', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    for (const spec of specs) {
      const { article, extraction } = fixture(spec);
      await store.ingest(article, extraction);
    }
    const before = await answers(store);
    expect(before.articles.map((a) => a?.text ?? null)).toEqual([specs[0].text, specs[1].text, specs[2].text, null]);
    expect(before.page.edges.map((e) => e.node)).toEqual([fixture(specs[2]).article]);
    expect(before.grain).toEqual([
      { kind: 'ARTICLE', id: 't1', text: specs[0].text, score: 1 },
      { kind: 'ARTICLE', id: 't2', text: 'Harbour talks', score: 1 },
    ]);
    expect(before.ships.map((h) => h.id)).toEqual(['t2', 't3']);

    await store.close(); // folds the journal into a snapshot: every record moves
    const reopened = await openStore(dir);
    expect(await answers(reopened)).toEqual(before);

    // Removal and merges fold again from the records on disk.
    await reopened.mergeActors('vladimir-putin', 'narendra-modi');
    await reopened.unmergeActors('narendra-modi');
    await reopened.removeArticle('t3');
    const after = await answers(reopened);
    expect(after.articles.map((a) => a?.text ?? null)).toEqual([specs[0].text, specs[1].text, null, null]);
    expect(after.ships.map((h) => h.id)).toEqual(['t2']);
    expect(after.grain).toEqual(before.grain);

    // New metadata for the same text replaces the article's record.
    const retitled = fixture({ ...specs[0], title: 'Grain corridor' });
    await reopened.ingest(retitled.article, retitled.extraction);
    expect(await reopened.getArticles(['t1'])).toEqual([retitled.article]);
    expect(await reopened.search('corridor', 10)).toEqual([{ kind: 'ARTICLE', id: 't1', text: 'Grain corridor', score: 2 }]);
    const final = await answers(reopened);
    const crashed = await openStore(crashImage(dir));
    expect(await answers(crashed)).toEqual(final);
    await crashed.close();
    await reopened.close();
    const restarted = await openStore(dir);
    expect(await answers(restarted)).toEqual(final);
    await restarted.close();
  });

  it('keeps reading article text from the files it opened while its writer compacts them away', async () => {
    const dir = tempDir();
    const writer = await openStore(dir);
    const { article, extraction } = fixture(specs[0]);
    await writer.ingest(article, extraction);
    const reader = new EmbeddedGraphStore({ dataDir: dir, readOnly: true });
    await reader.open();
    await writer.close(); // renames a new snapshot and journal over the files the reader opened
    expect(await reader.getArticles(['t1'])).toEqual([article]);
    expect((await reader.search('resumed', 5)).map((h) => h.id)).toEqual(['t1']);
    await reader.close();
  });
});

describe('embedded store text search', () => {
  // Word starts of nameKey(text), as search matched on the whole text before the text went to disk.
  const piece = fc.oneof(
    fc.constantFrom('Grain', 'grains', 'Öl', 'öl', 'İstanbul', 'ΟΔΟΣ', 'Straße', 'ﬁsh', 'don’t', "don't", 'x²', '\u0301a', '½', 'Σα', '-', '.', ' ', '\n', '\u00a0', '\ufeff'),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  it('finds an untitled article exactly when every query word starts a word of its text', async () => {
    const query = fc.oneof(text, fc.constantFrom('gra', 'grain', 'öl', 'ol', 'istanbul', 'i', 'οδοσ', 'οδος', 'straße', 'fi', 'dont', 'x2', 'a', '1 2', 'σα'));
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 6 }), query, async (texts, query) => {
      const store = await openStore(tempDir());
      try {
        for (const [k, t] of texts.entries()) {
          const { article, extraction } = fixture({ id: `s${k}`, publishedAt: null, text: t, interactions: [] });
          await store.ingest(article, extraction);
        }
        const words = nameKey(query).split(' ').filter(Boolean);
        const expected = words.length === 0 ? [] : texts.map((t, k) => ({ t, id: `s${k}` }))
          .filter(({ t }) => words.every((w) => ` ${nameKey(t)} `.includes(` ${w}`)))
          .map(({ t, id }) => ({ kind: 'ARTICLE', id, text: t.slice(0, 120), score: 1 }));
        expect(await store.search(query, 100)).toEqual(expected);
      } finally {
        await store.close();
      }
    }), { numRuns: 60 });
  });
});
