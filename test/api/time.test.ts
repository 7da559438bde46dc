/**
 * Time and tone over HTTP (issue 14): reportedAt, tone, Actor.timeline and Query.relationship, on
 * the fixture world and on the seeds; on the embedded store, or Neo4j under `npm run test:neo4j`.
 */
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { fixture, type ArticleSpec } from '../helpers/store-fixtures';
import { loadWorld } from '../store/graph-store.contract';
import { loadArticles } from '../../src/ingest/load-articles';
import type { GraphStore } from '../../src/store/graph-store';

/** Besides the world: an undated criticism reported on 2025-07-10, and an article without a date. */
const EXTRA: ArticleSpec[] = [
  { id: 'a5', publishedAt: '2025-07-10', interactions: [
    { type: 'CRITICISM', date: null, parts: [['donald-trump', 'SPEAKER'], ['vladimir-putin', 'SUBJECT']], evidence: 'Trump said he was frustrated with Putin.' },
  ] },
  { id: 'a6', publishedAt: null, language: 'de', interactions: [
    { type: 'STATEMENT', date: null, parts: [['vladimir-putin', 'SPEAKER'], ['donald-trump', 'SUBJECT']], evidence: 'Putin nannte das Gespräch konstruktiv.' },
  ] },
];

async function loadTimeWorld(store: GraphStore): Promise<void> {
  await loadWorld(store);
  for (const spec of EXTRA) {
    const { article, extraction } = fixture(spec);
    await store.ingest(article, extraction);
  }
}

describe('time and tone on the fixture world', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ populate: loadTimeWorld }); });
  afterAll(async () => api.close());

  it('gives each interaction its reportedAt and tone', async () => {
    const res = await api.gql(`{ trumpPutin: conversations(between: ["donald-trump", "vladimir-putin"]) { id date reportedAt tone }
      modi: conversations(between: ["narendra-modi"]) { id date reportedAt tone } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      trumpPutin: [
        { id: 'call:2025-05-19:donald-trump+vladimir-putin', date: '2025-05-19', reportedAt: '2025-05-19', tone: 1 },
        { id: 'call:2025-07-03:donald-trump+vladimir-putin', date: '2025-07-03', reportedAt: '2025-07-03', tone: 1 },
        { id: 'criticism:a-a5-0:donald-trump', date: null, reportedAt: '2025-07-10', tone: -4 },
        { id: 'statement:a-a6-0:vladimir-putin', date: null, reportedAt: null, tone: 2 },
      ],
      modi: [
        { id: 'call:a-a4-0:donald-trump+narendra-modi', date: null, reportedAt: '2024-11-11', tone: 1 },
        { id: 'meeting:a-a4-1:narendra-modi+vladimir-putin', date: null, reportedAt: '2024-11-11', tone: 2.8 },
      ],
    });
  });

  it('shows a relationship by month: undated interactions in the month of their reportedAt, those without any date left out', async () => {
    const res = await api.gql(`{ relationship(a: "donald-trump", b: "vladimir-putin") {
      a { name } b { name } tone
      timeline(interval: MONTH) { start end count byType { type count } tone }
      interactions(first: 2, orderBy: DATE_ASC) { totalCount edges { node { id } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.relationship).toEqual({
      a: { name: 'Donald Trump' }, b: { name: 'Vladimir Putin' }, tone: 0,
      timeline: [
        { start: '2025-05-01', end: '2025-05-31', count: 1, byType: [{ type: 'CALL', count: 1 }], tone: 1 },
        { start: '2025-07-01', end: '2025-07-31', count: 2, byType: [{ type: 'CALL', count: 1 }, { type: 'CRITICISM', count: 1 }], tone: -1.5 },
      ],
      interactions: { totalCount: 4, edges: [{ node: { id: 'call:2025-05-19:donald-trump+vladimir-putin' } }, { node: { id: 'call:2025-07-03:donald-trump+vladimir-putin' } }] },
    });
  });

  it('buckets by week (Monday to Sunday) and day, and filters', async () => {
    const res = await api.gql(`{ relationship(a: "vladimir-putin", b: "donald-trump") {
      weeks: timeline(interval: WEEK) { start end count }
      calls: timeline(interval: DAY, filter: { types: [CALL] }) { start end count tone }
      callTone: tone(filter: { types: [CALL] }) } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.relationship).toEqual({
      weeks: [
        { start: '2025-05-19', end: '2025-05-25', count: 1 },
        { start: '2025-06-30', end: '2025-07-06', count: 1 },
        { start: '2025-07-07', end: '2025-07-13', count: 1 },
      ],
      calls: [
        { start: '2025-05-19', end: '2025-05-19', count: 1, tone: 1 },
        { start: '2025-07-03', end: '2025-07-03', count: 1, tone: 1 },
      ],
      callTone: 1,
    });
  });

  it("shows an actor's timeline by year", async () => {
    const res = await api.gql(`{ actor(id: "narendra-modi") {
      all: timeline(interval: YEAR) { start end count byType { type count } tone }
      occurred: timeline(interval: YEAR, filter: { status: OCCURRED }) { count byType { type count } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.actor).toEqual({
      all: [{ start: '2024-01-01', end: '2024-12-31', count: 2, byType: [{ type: 'CALL', count: 1 }, { type: 'MEETING', count: 1 }], tone: 1.9 }],
      occurred: [{ count: 1, byType: [{ type: 'CALL', count: 1 }] }],
    });
  });

  it('answers a relationship without interactions with no buckets and a null tone', async () => {
    const res = await api.gql('{ relationship(a: "narendra-modi", b: "volodymyr-zelenskyy") { tone timeline { count } interactions { totalCount } } }');
    expect(res.data.relationship).toEqual({ tone: null, timeline: [], interactions: { totalCount: 0 } });
  });

  it('takes names where people type them, as path and network do', async () => {
    const res = await api.gql('{ relationship(a: "Trump", b: "Vladimir Putin") { a { id } b { id } interactions { totalCount } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.relationship).toEqual({ a: { id: 'donald-trump' }, b: { id: 'vladimir-putin' }, interactions: { totalCount: 4 } });
  });

  it.each([
    ['relationship(a: "donald-trump", b: "nobody")', 'NOT_FOUND', 'Actor nobody not found'],
    ['relationship(a: "donald-trump", b: "donald-trump")', 'BAD_USER_INPUT', 'a and b must be two different actors'],
    ['relationship(a: "Trump", b: "donald-trump")', 'BAD_USER_INPUT', 'a and b must be two different actors'],
  ])('refuses %s', async (call, code, message) => {
    const res = await api.gql(`{ ${call} { tone } }`);
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([[code, message]]);
  });
});

describe('time and tone on the seeds', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ populate: async (store) => { await loadArticles(store, ['seeds']); } });
  }, 60_000);
  afterAll(async () => api.close());

  it('shows Trump–Putin calls in 2024-11 (by reportedAt), 2025-05, 2025-06 and 2025-07', async () => {
    const res = await api.gql(`{ relationship(a: "donald-trump", b: "vladimir-putin") {
      timeline(interval: MONTH, filter: { types: [CALL] }) { start count byType { type count } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.relationship.timeline).toEqual(['2024-11-01', '2025-05-01', '2025-06-01', '2025-07-01'].map((start) => (
      { start, count: 1, byType: [{ type: 'CALL', count: 1 }] }
    )));
  });

  it("gives every attack a tone below zero and below every call's and meeting's", async () => {
    const res = await api.gql('{ interactions(first: 100) { totalCount edges { node { type tone } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.interactions.totalCount).toBeLessThanOrEqual(100);
    const tones = (type: string): number[] => res.data.interactions.edges.filter((e: any) => e.node.type === type).map((e: any) => e.node.tone);
    const attacks = tones('ATTACK');
    const contacts = [...tones('CALL'), ...tones('MEETING')];
    expect(attacks.length).toBeGreaterThan(0);
    expect(contacts.length).toBeGreaterThan(0);
    expect(Math.max(...attacks)).toBeLessThan(Math.min(0, ...contacts));
  });

  it('reads the July 3 call, where Trump made "no progress", as below the plain calls', async () => {
    const res = await api.gql(`{ relationship(a: "donald-trump", b: "vladimir-putin") {
      interactions(filter: { types: [CALL] }, orderBy: DATE_ASC) { edges { node { date reportedAt tone } } } } }`);
    expect(res.data.relationship.interactions.edges.map((e: any) => e.node)).toEqual([
      { date: '2025-05-19', reportedAt: '2025-05-19', tone: 1 },
      { date: '2025-06-04', reportedAt: '2025-06-04', tone: 1 },
      { date: '2025-07-03', reportedAt: '2025-07-03', tone: -2 },
      { date: null, reportedAt: '2024-11-11', tone: 1 },
    ]);
  });
});
