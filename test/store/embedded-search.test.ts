/**
 * The embedded store's search looks query words up in word indexes of actor names, article
 * titles, evidence sentences and article text. It must answer exactly as the scan it replaced
 * did: every actor, article and interaction tested per query (`scan` below, over a GraphState
 * folded from the same facts), and see every write at once.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus/generate';
import type { Article } from '../../src/domain/article';
import type { Extraction } from '../../src/domain/extraction';
import type { SearchHitRecord } from '../../src/domain/graph';
import { nameKey } from '../../src/domain/name-key';
import { prepareArticle } from '../../src/ingest/prepare-article';
import { articleFacts } from '../../src/store/article-facts';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { GraphState } from '../../src/store/embedded/graph-state';
import { fixture, type ArticleSpec } from '../helpers/store-fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function openStore(dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-search-'))): Promise<EmbeddedGraphStore> {
  dirs.push(dataDir);
  const store = new EmbeddedGraphStore({ dataDir });
  await store.open();
  return store;
}

interface Ingested {
  article: Article;
  extraction: Extraction;
}

/**
 * The search before the indexes, over a state folded from these articles: every query word at a
 * word start of ` ${nameKey(text)} `, tested on every name, title, text and evidence sentence.
 */
function scanning(articles: readonly Ingested[], redirects = new Map<string, string>()): (query: string, first: number) => SearchHitRecord[] {
  const state = GraphState.fold(articles.map(({ article, extraction }) => {
    const facts = articleFacts(article, extraction);
    return { facts, at: facts };
  }), redirects);
  const texts = new Map(articles.map(({ article }) => [article.id, article.text]));
  const keys = new Map<string, string>();
  const keyOf = (s: string): string => keys.get(s) ?? keys.set(s, ` ${nameKey(s)} `).get(s)!;
  return (query, first) => {
    const words = nameKey(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const matches = (s: string): boolean => words.every((w) => keyOf(s).includes(` ${w}`));
    const hits: SearchHitRecord[] = [];
    for (const { record: a } of state.actors.values()) {
      const name = [a.name, ...a.aliases, ...(state.knownNames.get(a.id) ?? [])].find(matches);
      if (name) hits.push({ kind: 'ACTOR', id: a.id, text: a.name, score: 3 * (nameKey(name) === words.join(' ') ? 2 : 1) });
    }
    for (const { meta: a } of state.articles.values()) {
      const text = texts.get(a.id)!;
      if (a.title && matches(a.title)) hits.push({ kind: 'ARTICLE', id: a.id, text: a.title, score: 2 });
      else if (matches(text)) hits.push({ kind: 'ARTICLE', id: a.id, text: a.title ?? text.slice(0, 120), score: 1 });
    }
    for (const { record: i } of state.interactions.values()) {
      const source = i.sources.find((s) => matches(s.evidence));
      if (source) hits.push({ kind: 'INTERACTION', id: i.id, text: source.evidence, score: 1.5 });
    }
    return hits.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)).slice(0, first);
  };
}

describe('embedded search on a generated corpus', () => {
  let store: EmbeddedGraphStore;
  const articles: Ingested[] = [];

  beforeAll(async () => {
    store = await openStore();
    for (const a of generateCorpus({ count: 300, seed: 4711, words: 120, from: '2022-01-01', to: '2024-12-31' })) {
      const prepared = prepareArticle(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source });
      articles.push(prepared);
      await store.ingest(prepared.article, prepared.extraction);
    }
  }, 120_000);
  afterAll(() => store.close());

  /**
   * Query words from what the corpus says: every 25th word of its vocabulary with its prefixes of
   * 1 to 6 letters, as written (capitals, accents, German) and normalised; pairs of words that
   * follow each other; words with apostrophes and hyphens; words that match nothing.
   */
  function queries(): string[] {
    const said = articles.flatMap(({ article, extraction }) => [
      article.title ?? '', article.text.slice(0, 400), ...extraction.interactions.map((i) => i.evidence),
      ...[...extraction.persons, ...extraction.countries, ...extraction.organizations].flatMap((a) => [a.name, ...a.aliases]),
    ]);
    const written = [...new Set(said.flatMap((s) => s.split(/\s+/)).filter(Boolean))].sort();
    const picked = written.filter((_, k) => k % 25 === 0);
    const prefixes = picked.flatMap((w) => [1, 2, 3, 4, 5, 6].map((n) => nameKey(w).slice(0, n)));
    const accented = written.filter((w) => /[^\x00-\x7f]/.test(w)).filter((_, k) => k % 5 === 0);
    const marked = written.filter((w) => /[-'’]/.test(w)).filter((_, k) => k % 5 === 0);
    const pairs = said.filter((_, k) => k % 40 === 0).map((s) => s.split(/\s+/).slice(1, 3).join(' '));
    const none = ['zzqx', 'Xylophonquartett', 'qu zz', 'selenskyjj'];
    const odd = ['', '  ', '--', "'s", 'ß', 'ss', 'Straße', 'strasse', 'ÖL', 'a b', 'de', 'the', 'der', 'Präsident', 'praes', 'pr'];
    return [...new Set([...picked, ...prefixes, ...accented, ...marked, ...pairs, ...none, ...odd])];
  }

  it('answers every query as the scan does, for none, one or a few hits and for all of them', async () => {
    const all = queries();
    expect(all.length).toBeGreaterThan(400);
    const scan = scanning(articles);
    const kinds = new Set<string>();
    for (const query of all) {
      for (const first of [0, 1, 5, 100_000]) {
        const hits = await store.search(query, first);
        expect({ query, first, hits }).toEqual({ query, first, hits: scan(query, first) });
        hits.forEach((h) => kinds.add(`${h.kind}:${h.score}`));
      }
    }
    // Names as typed (score 6) and in part, titles, evidence and text all took part.
    expect([...kinds].sort()).toEqual(['ACTOR:3', 'ACTOR:6', 'ARTICLE:1', 'ARTICLE:2', 'INTERACTION:1.5']);
  }, 300_000);
});

describe('embedded search sees every write', () => {
  const spec = (id: string, publishedAt: string, title: string | undefined, evidence: string, parts: [string, 'PARTICIPANT'][], interactionId?: string): ArticleSpec => ({
    id, publishedAt, title, text: `Body of ${id}: ${evidence}`,
    interactions: [{ type: 'CALL', date: publishedAt, parts, evidence, id: interactionId }],
  });
  const TRUMP_PUTIN: [string, 'PARTICIPANT'][] = [['donald-trump', 'PARTICIPANT'], ['vladimir-putin', 'PARTICIPANT']];
  const TRUMP_ZELENSKYY: [string, 'PARTICIPANT'][] = [['donald-trump', 'PARTICIPANT'], ['volodymyr-zelenskyy', 'PARTICIPANT']];

  it('after ingest, a second report, new names, new metadata, removal, merges and a restart', async () => {
    const store = await openStore();
    const ingested: Ingested[] = [];
    let redirects = new Map<string, string>();
    const ingest = async (s: ArticleSpec) => {
      const f = fixture(s);
      const k = ingested.findIndex((i) => i.article.id === s.id);
      if (k < 0) ingested.push(f);
      else ingested[k] = f;
      await store.ingest(f.article, f.extraction);
    };
    /** The store's answer, checked against the scan too. */
    const search = async (query: string) => {
      const hits = await store.search(query, 20);
      expect(hits).toEqual(scanning(ingested, redirects)(query, 20));
      return hits;
    };

    await ingest(spec('h1', '2025-02-01', 'Harbour talks in Odesa', 'Trump phoned Putin about the harbour.', TRUMP_PUTIN, 'call:h'));
    expect(await search('harb')).toEqual([
      { kind: 'ARTICLE', id: 'h1', text: 'Harbour talks in Odesa', score: 2 },
      { kind: 'INTERACTION', id: 'call:h', text: 'Trump phoned Putin about the harbour.', score: 1.5 },
    ]);
    expect(await search('getreide')).toEqual([]);

    // A new article after the indexes were built; an older report of the same call is its first source now.
    await ingest(spec('h2', '2025-01-15', 'Grain corridor', 'Putin und Trump sprachen über Getreide im Hafen.', TRUMP_PUTIN, 'call:h'));
    const aboutGrain = [
      { kind: 'INTERACTION', id: 'call:h', text: 'Putin und Trump sprachen über Getreide im Hafen.', score: 1.5 },
      { kind: 'ARTICLE', id: 'h2', text: 'Grain corridor', score: 1 },
    ];
    expect(await search('getreide')).toEqual(aboutGrain);
    expect(await search('ÜBER')).toEqual(aboutGrain);
    expect(await search('harbour')).toEqual([
      { kind: 'ARTICLE', id: 'h1', text: 'Harbour talks in Odesa', score: 2 },
      { kind: 'INTERACTION', id: 'call:h', text: 'Trump phoned Putin about the harbour.', score: 1.5 },
    ]);
    expect(await search('corridor')).toEqual([{ kind: 'ARTICLE', id: 'h2', text: 'Grain corridor', score: 2 }]);
    expect(await search('trump put')).toEqual([
      { kind: 'INTERACTION', id: 'call:h', text: 'Putin und Trump sprachen über Getreide im Hafen.', score: 1.5 },
      { kind: 'ARTICLE', id: 'h1', text: 'Harbour talks in Odesa', score: 1 },
      { kind: 'ARTICLE', id: 'h2', text: 'Grain corridor', score: 1 },
    ]);

    // A new actor, and a name the known actor had not been called before (ingestMany's group commit).
    const h3 = fixture(spec('h3', '2025-03-01', undefined, 'Selenskyj telefonierte mit Trump.', TRUMP_ZELENSKYY));
    h3.extraction.persons.find((p) => p.id === 'donald-trump')!.aliases.push('Donny Trump');
    const h4 = fixture(spec('h4', '2025-03-02', 'Ceasefire plan', 'Trump spoke with Zelenskyy.', TRUMP_ZELENSKYY));
    await store.ingestMany([h3, h4]);
    ingested.push(h3, h4);
    expect(await search('selensk')).toEqual([
      { kind: 'ACTOR', id: 'volodymyr-zelenskyy', text: 'Volodymyr Zelenskyy', score: 3 },
      { kind: 'INTERACTION', id: 'call:2025-03-01:donald-trump+volodymyr-zelenskyy', text: 'Selenskyj telefonierte mit Trump.', score: 1.5 },
      { kind: 'ARTICLE', id: 'h3', text: 'Body of h3: Selenskyj telefonierte mit Trump.', score: 1 },
    ]);
    expect(await search('donny trump')).toEqual([{ kind: 'ACTOR', id: 'donald-trump', text: 'Donald Trump', score: 6 }]);

    // One article reporting a call twice: the call has the sentence of its last report.
    const twice = fixture({
      id: 'h5', publishedAt: '2025-04-01', title: 'Two reports', interactions: [
        { type: 'CALL', date: '2025-04-01', parts: TRUMP_PUTIN, evidence: 'Erste Fassung über Weizen.', id: 'call:twice' },
        { type: 'CALL', date: '2025-04-01', parts: TRUMP_PUTIN, evidence: 'Second version about wheat.', id: 'call:twice' },
      ],
    });
    await store.ingest(twice.article, twice.extraction);
    ingested.push(twice);
    expect(await search('weizen')).toEqual([]);
    expect(await search('wheat')).toEqual([{ kind: 'INTERACTION', id: 'call:twice', text: 'Second version about wheat.', score: 1.5 }]);

    // New metadata for the same text: the article's facts are folded again.
    await ingest(spec('h2', '2025-01-15', 'Grain deal signed', 'Putin und Trump sprachen über Getreide im Hafen.', TRUMP_PUTIN, 'call:h'));
    expect(await search('corridor')).toEqual([]);
    expect(await search('grain deal')).toEqual([{ kind: 'ARTICLE', id: 'h2', text: 'Grain deal signed', score: 2 }]);

    await store.removeArticle('h2');
    ingested.splice(ingested.findIndex((i) => i.article.id === 'h2'), 1);
    expect(await search('getreide')).toEqual([]);
    expect(await search('grain')).toEqual([]);

    await store.mergeActors('donald-trump', 'volodymyr-zelenskyy');
    redirects = new Map([['volodymyr-zelenskyy', 'donald-trump']]);
    expect(await search('selenskyj')).toEqual([
      { kind: 'ACTOR', id: 'donald-trump', text: 'Donald Trump', score: 6 },
      { kind: 'INTERACTION', id: 'call:2025-03-01:donald-trump', text: 'Selenskyj telefonierte mit Trump.', score: 1.5 },
      { kind: 'ARTICLE', id: 'h3', text: 'Body of h3: Selenskyj telefonierte mit Trump.', score: 1 },
    ]);
    await store.unmergeActors('volodymyr-zelenskyy');
    redirects = new Map();
    const unmerged = await search('selenskyj');
    expect(unmerged.map((h) => h.id)).toEqual(['volodymyr-zelenskyy', 'call:2025-03-01:donald-trump+volodymyr-zelenskyy', 'h3']);

    await store.close();
    const reopened = await openStore(dirs[dirs.length - 1]);
    for (const query of ['selenskyj', 'harbour', 'donny', 'ceasefire plan', 'tr']) {
      expect(await reopened.search(query, 20)).toEqual(scanning(ingested, redirects)(query, 20));
    }
    await reopened.close();
  });

  it('finds titles, evidence and names exactly when every query word starts one of their words', async () => {
    const piece = fc.oneof(
      fc.constantFrom('Grain', 'grains', 'Öl', 'İstanbul', 'ΟΔΟΣ', 'Straße', 'ﬁsh', 'don’t', "don't", 'Jean-Yves', 'x²', '\u0301a', 'Σα', '-', ' ', '\n', '\u00a0'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    const query = fc.oneof(text, fc.constantFrom('gra', 'öl', 'ol', 'istanbul', 'οδοσ', 'straße', 'fi', 'dont', 'jean y', 'x2', 'a', 'σα'));
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 4 }), query, async (written, query) => {
      const store = await openStore();
      try {
        const ingested = written.map(([title, evidence, alias], k) => {
          const f = fixture(spec(`p${k}`, '2025-01-01', title, evidence, TRUMP_PUTIN, `call:p${k}`));
          f.extraction.persons[0].aliases.push(alias);
          return f;
        });
        for (const f of ingested) await store.ingest(f.article, f.extraction);
        expect(await store.search(query, 100)).toEqual(scanning(ingested)(query, 100));
      } finally {
        await store.close();
      }
    }), { numRuns: 40 });
  }, 120_000);
});
