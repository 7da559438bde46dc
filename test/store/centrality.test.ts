import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { betweennessCentrality } from '../../src/store/betweenness';
import { generateCorpus } from '../../bench/corpus/generate';
import { prepareArticle } from '../../src/ingest/prepare-article';
import { compareByDateAsc } from '../../src/store/interaction-filter';
import { buildSpokeGraph, centralityScores, pairGraphOf, type SpokeInteraction } from '../../src/store/spoke-network';

function graphOf(edges: [string, string][], lone: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of lone) g.mergeNode(id);
  for (const [a, b] of edges) g.mergeEdge(a, b);
  return g;
}

/** The interactions extracted from 250 generated articles, oldest first (as a store selects them). */
let news: SpokeInteraction[] | undefined;
function newsInteractions(): SpokeInteraction[] {
  if (news) return news;
  const interactions: SpokeInteraction[] = [];
  for (const a of generateCorpus({ count: 250, seed: 2026, words: 120, from: '2022-01-01', to: '2024-12-31' })) {
    const { extraction } = prepareArticle(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source });
    for (const i of extraction.interactions) {
      interactions.push({ id: i.id, type: i.type, date: i.date, participants: i.participants.map((p) => ({ actorId: p.actor, role: p.role })) });
    }
  }
  return (news = interactions.sort(compareByDateAsc));
}

/** graphology-metrics' own betweenness, unweighted and weighted by a default of 1: the definition. */
const reference = (g: UndirectedGraph) => graphologyBetweenness(g, { normalized: true, getEdgeWeight: null });
const weightedReference = (g: UndirectedGraph) => graphologyBetweenness(g, { normalized: true });

describe('betweennessCentrality', () => {
  it('scores a path, a star, a cycle and a lone node as Brandes does', () => {
    expect(betweennessCentrality(graphOf([['a', 'b'], ['b', 'c'], ['c', 'd']]))).toEqual({ a: 0, b: 4 / 6, c: 4 / 6, d: 0 });
    expect(betweennessCentrality(graphOf([['hub', 'x'], ['hub', 'y'], ['hub', 'z']]))).toEqual({ hub: 1, x: 0, y: 0, z: 0 });
    // Two shortest paths between opposite corners of a square: each corner carries half of one pair both ways.
    expect(betweennessCentrality(graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]))).toEqual({ a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 });
    expect(betweennessCentrality(graphOf([['a', 'b']], ['alone']))).toEqual({ alone: 0, a: 0, b: 0 });
    expect(betweennessCentrality(graphOf([['a', 'b']]))).toEqual({ a: 0, b: 0 });
    expect(betweennessCentrality(new UndirectedGraph())).toEqual({});
  });

  it('equals graphology-metrics to the last bit on a generated news network, in its node order', () => {
    const graph = buildSpokeGraph(newsInteractions());
    expect(graph.order).toBeGreaterThan(100);
    const scores = betweennessCentrality(graph);
    expect(Object.keys(scores)).toEqual(graph.nodes());
    expect(scores).toEqual(reference(graph));
    expect(scores).toEqual(weightedReference(graph));
    expect(Object.values(scores).filter((s) => s > 0).length).toBeGreaterThan(10);
  });
});

describe('pairGraphOf', () => {
  it('orders nodes and pairs as buildSpokeGraph does, so every centrality scores the same to the last bit', () => {
    const interactions = newsInteractions();
    // The whole network, and a part of it (the interactions of one year) as a date filter leaves it.
    for (const part of [interactions, interactions.filter((i) => i.date !== null && i.date.startsWith('2023'))]) {
      const spoke = buildSpokeGraph(part);
      const pairs = pairGraphOf(part);
      expect(pairs.nodes()).toEqual(spoke.nodes());
      expect(pairs.mapEdges((_e, attr, source, target) => [source, target, attr.interactions]))
        .toEqual(spoke.mapEdges((_e, attr, source, target) => [source, target, attr.interactionIds.length]));
      for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const) {
        expect([metric, centralityScores(pairs, metric)]).toEqual([metric, centralityScores(spoke, metric)]);
      }
    }
  });
});
