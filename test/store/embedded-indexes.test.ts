/**
 * The embedded store answers lists, paths and networks from indexes built once per state (issue
 * 13). They must answer exactly as the straightforward way does: filter every interaction, sort
 * it, and build the graphology graph of ../../src/store/spoke-network.ts from it — the same path
 * among equally short ones, the same nodes kept by a limit, the same edges.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus/generate';
import type { CounterpartRecord, InteractionRecord } from '../../src/domain/graph';
import { prepareArticle } from '../../src/ingest/prepare-article';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { InteractionFilter, InteractionOrder, Page } from '../../src/store/graph-store';
import { compareKeyTuples, compareNewestFirst, encodeCursor, paginate } from '../../src/store/pagination';
import { alsoWith, compareByDateAsc, matchesInteraction, withSpokeToDefaults } from '../../src/store/interaction-filter';
import { buildSpokeGraph } from '../../src/store/spoke-network';
import { edgesAmong, neighbourhood, shortestPathHops } from '../helpers/spoke-reference';

const FILTERS: InteractionFilter[] = [
  withSpokeToDefaults(),
  withSpokeToDefaults({ from: '2023-03-01' }),
  withSpokeToDefaults({ from: '2022-06-15', to: '2024-01-31' }),
  withSpokeToDefaults({ to: '2022-12-31', status: 'PLANNED' }),
  { types: ['CALL', 'APPEAL', 'STATEMENT'], from: '2022-02-02' },
  { topics: ['ukraine-war', 'trade'] },
  { types: ['MEETING', 'CALL', 'TALKS'], from: '2022-09-09', to: '2024-04-30' },
  { to: '2023-07-01' },
  {},
  // A third filter over all dates: past the filters whose edges the spoke index keeps, read from the entries.
  { types: ['MEETING', 'APPEAL', 'CRITICISM'] },
];
/** Lists also start from the topics' lists when they are the fewest candidates (too few links for the path checks). */
const LIST_FILTERS: InteractionFilter[] = [
  ...FILTERS,
  { topics: ['ceasefire'], from: '2023-01-01' },
  { types: ['CALL', 'MEETING'], topics: ['sanctions', 'trade', 'ukraine-war', 'ceasefire', 'nuclear'] },
  withSpokeToDefaults({ topics: ['nuclear', 'sanctions'], to: '2024-06-30' }),
];

let dataDir: string;
let store: EmbeddedGraphStore;
let all: InteractionRecord[];
let actors: string[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-indexes-'));
  store = new EmbeddedGraphStore({ dataDir });
  await store.open();
  for (const a of generateCorpus({ count: 300, seed: 1313, words: 120, from: '2022-01-01', to: '2024-12-31' })) {
    const { article, extraction } = prepareArticle(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source });
    await store.ingest(article, extraction);
  }
  all = (await store.listInteractions({}, 'DATE_ASC', { first: 1_000_000 })).edges.map((e) => e.node);
  const counts = new Map<string, number>();
  for (const i of all) for (const p of i.participants) counts.set(p.actorId, (counts.get(p.actorId) ?? 0) + 1);
  // Hubs, the middle and the rare: every fifth actor by number of interactions.
  actors = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id).filter((_, k) => k % 5 === 0);
}, 120_000);

afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The straightforward answer: every interaction checked, oldest first. */
function matching(filter: InteractionFilter): InteractionRecord[] {
  return all.filter((i) => matchesInteraction(i, filter)).sort(compareByDateAsc);
}

/** The definition of counterparts: the other parties (SUBJECTs not counted) of the actor's matching interactions, the actor not a SUBJECT. */
function counterpartsByScan(actorId: string, filter: InteractionFilter): CounterpartRecord[] {
  const isParty = (i: InteractionRecord, id: string) => i.participants.some((p) => p.actorId === id && p.role !== 'SUBJECT');
  const byActor = new Map<string, InteractionRecord[]>();
  for (const i of matching(alsoWith(filter, [actorId])).filter((i) => isParty(i, actorId))) {
    for (const other of new Set(i.participants.map((p) => p.actorId))) {
      if (other !== actorId && isParty(i, other)) byActor.set(other, [...(byActor.get(other) ?? []), i]);
    }
  }
  return [...byActor].map(([other, list]) => {
    const dates = list.map((i) => i.date).filter((d) => d !== null);
    return {
      actorId: other, count: list.length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null,
      topicIds: [...new Set(list.flatMap((i) => i.topicIds))].sort(), interactionIds: list.map((i) => i.id),
    };
  }).sort((a, b) => b.count - a.count || a.actorId.localeCompare(b.actorId));
}

describe('embedded store indexes', () => {
  it('has a corpus with many actors, dates and spoke-to links to compare on', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(actors.length).toBeGreaterThan(20);
    expect(buildSpokeGraph(matching(withSpokeToDefaults())).size).toBeGreaterThan(50);
  });

  it.each(LIST_FILTERS.map((f) => [JSON.stringify(f), f]))('lists interactions as a scan does, both orders (%s)', async (_name, filter) => {
    const expected = matching(filter).map((i) => i.id);
    const asc = await store.listInteractions(filter, 'DATE_ASC', { first: 1_000_000 });
    expect(asc.edges.map((e) => e.node.id)).toEqual(expected);
    const desc = await store.listInteractions(filter, 'DATE_DESC', { first: 1_000_000 });
    const newestFirst = [...matching(filter)].sort((a, b) => (a.date === b.date ? compareByDateAsc(a, b) : -compareByDateAsc(a, b)))
      .map((i) => i.id);
    const undated = matching(filter).filter((i) => i.date === null).map((i) => i.id);
    expect(desc.edges.map((e) => e.node.id)).toEqual([...newestFirst.filter((id) => !undated.includes(id)), ...undated]);
    for (const a of actors.slice(0, 6)) {
      const withActor = { ...filter, with: [a] };
      expect((await store.listInteractions(withActor, 'DATE_ASC', { first: 1_000_000 })).edges.map((e) => e.node.id))
        .toEqual(matching(withActor).map((i) => i.id));
    }
  });

  it('refuses a date bound that is no calendar date, naming it, rather than cut a list wrongly', async () => {
    for (const from of ['2025-7-3', 'last week', '2025-02-30']) {
      await expect(store.listInteractions({ from }, 'DATE_ASC', { first: 5 }))
        .rejects.toThrow(`A date bound must be an ISO calendar date like "2025-07-03", got "${from}"`);
    }
    await expect(store.counterpartsOf([actors[0]], { to: '20250703' })).rejects.toThrow('got "20250703"');
  });

  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('lists counterparts as a scan of the interactions does (%s)', async (_name, filter) => {
    let found = 0;
    for (const a of actors) {
      const expected = counterpartsByScan(a, filter);
      found += expected.length;
      expect([a, ...(await store.counterpartsOf([a], filter))]).toEqual([a, expected]);
    }
    if (filter.status !== 'PLANNED') expect(found).toBeGreaterThan(20);
  });

  it('lists counterparts in interactions with a hub as a scan does', async () => {
    const filter = withSpokeToDefaults({ with: [actors[0]] });
    let found = 0;
    for (const a of actors.slice(1)) {
      const expected = counterpartsByScan(a, filter);
      found += expected.length;
      expect([a, ...(await store.counterpartsOf([a], filter))]).toEqual([a, expected]);
    }
    expect(found).toBeGreaterThan(2);
  });

  /** A page as a client sees it: each edge's cursor (encoded when read) and node. */
  const plain = <T>(page: Page<T>) => ({ ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node })) });

  it.each(LIST_FILTERS.map((f) => [JSON.stringify(f), f]))('pages interactions as paginating the scan does (%s)', async (_name, filter) => {
    for (const orderBy of ['DATE_ASC', 'DATE_DESC'] as InteractionOrder[]) {
      const compareKeys = orderBy === 'DATE_ASC' ? compareKeyTuples : compareNewestFirst;
      const rows = matching(filter).sort((a, b) => compareKeys([a.date, a.id], [b.date, b.id]));
      const expectedPage = (after: string | null, first = 7) => paginate(rows, (i) => [i.date, i.id], compareKeys, { first, after });
      let after: string | null = null;
      for (let n = 0; n < 6; n++) {
        const page = await store.listInteractions(filter, orderBy, { first: 7, after });
        expect(plain(page)).toEqual(plain(expectedPage(after)));
        after = page.edges[page.edges.length - 1]?.cursor ?? null;
        if (!after) break;
      }
      // Cursors between and beyond stored keys, as after a removal.
      for (const key of [['2023-05-05', 'zzz'], ['2022-01-01', ''], [null, 'a'], ['2099-01-01', 'x']]) {
        const page = await store.listInteractions(filter, orderBy, { first: 5, after: encodeCursor(key) });
        expect(plain(page)).toEqual(plain(expectedPage(encodeCursor(key), 5)));
      }
    }
  });

  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('finds the path the graph finds (%s)', async (_name, filter) => {
    const graph = buildSpokeGraph(matching(filter));
    let found = 0;
    for (const a of actors) {
      for (const b of actors) {
        const expected = shortestPathHops(graph, a, b, 4);
        if (expected) found++;
        expect([a, b, await store.path(a, b, 4, filter)]).toEqual([a, b, expected]);
      }
    }
    if (filter.status !== 'PLANNED') expect(found).toBeGreaterThan(10);
  });

  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('returns the whole network the graph gives, most linked first (%s)', async (_name, filter) => {
    const graph = buildSpokeGraph(matching(filter));
    const ranked = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
    for (const limit of [1000, 7]) {
      const network = await store.network({ depth: 1, filter, limit });
      expect([limit, network.nodes.map((n) => n.id), network.edges])
        .toEqual([limit, ranked.slice(0, limit), edgesAmong(graph, ranked.slice(0, limit))]);
    }
  });

  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('returns the network the graph gives (%s)', async (_name, filter) => {
    const graph = buildSpokeGraph(matching(filter));
    for (const center of actors) {
      for (const [depth, limit] of [[1, 200], [2, 200], [2, 7], [3, 12]]) {
        const kept = neighbourhood(graph, center, depth).slice(0, limit);
        const network = await store.network({ center, depth, filter, limit });
        expect([center, depth, limit, network.nodes.map((n) => n.id), network.edges])
          .toEqual([center, depth, limit, kept, edgesAmong(graph, kept)]);
      }
    }
  });
});
