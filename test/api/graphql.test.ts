/** The GraphQL API over real HTTP, on the hand-built fixture world (test/helpers/store-fixtures.ts). */
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { loadWorld } from '../store/graph-store.contract';
import { countingStore, startTestApi, type TestApi } from '../helpers/api-harness';
import { TEST_NEO4J_URI } from '../helpers/test-store';
import { fixture, type ArticleSpec } from '../helpers/store-fixtures';

const CALL_0519 = 'call:2025-05-19:donald-trump+vladimir-putin';
const CALL_0703 = 'call:2025-07-03:donald-trump+vladimir-putin';
const MEETING_0625 = 'meeting:2025-06-25:donald-trump+volodymyr-zelenskyy';
const STATEMENT_0519 = 'statement:2025-05-19:vladimir-putin';
const CALL_MODI = 'call:a-a4-0:donald-trump+narendra-modi';
const MEETING_MODI = 'meeting:a-a4-1:narendra-modi+vladimir-putin';

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ populate: loadWorld }); });
afterAll(async () => api.close());

describe('actor queries', () => {
  it('lists whom Putin spoke with, with counts, dates, topics and sources', async () => {
    const res = await api.gql(`{
      actor(name: "putin") { id name kind ... on Person { role title country { id name } }
        counterparts { actor { id name } count firstDate lastDate topics { id name }
          interactions { id type date sources { article { id title publishedAt } evidence } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.actor).toEqual({
      id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', role: 'LEADER', title: 'President of Russia',
      country: { id: 'RUS', name: 'Russia' },
      counterparts: [{
        actor: { id: 'donald-trump', name: 'Donald Trump' }, count: 2, firstDate: '2025-05-19', lastDate: '2025-07-03',
        topics: [{ id: 'ceasefire', name: 'Ceasefire' }, { id: 'iran', name: 'Iran' }, { id: 'ukraine-war', name: 'War in Ukraine' }],
        interactions: [
          { id: CALL_0519, type: 'CALL', date: '2025-05-19', sources: [{ article: { id: 'a1', title: 'Trump calls Putin', publishedAt: '2025-05-19' }, evidence: 'Trump called Putin on Monday.' }] },
          { id: CALL_0703, type: 'CALL', date: '2025-07-03', sources: [
            { article: { id: 'a2', title: 'No progress, says Trump', publishedAt: '2025-07-03' }, evidence: 'Trump and Putin spoke by phone for an hour.' },
            { article: { id: 'a3', title: 'Kremlin on the call', publishedAt: '2025-07-04' }, evidence: 'Putin und Trump telefonierten am Donnerstag.' },
          ] },
        ],
      }],
    });
  });

  it.each([
    ['actor(name: "Nobody Known")'],
    ['actor(id: "nobody")'],
  ])('answers null for an unknown actor: %s', async (call) => {
    const res = await api.gql(`{ ${call} { id } }`);
    expect(res).toEqual({ status: 200, data: { actor: null }, errors: undefined });
  });

  it('refuses an actor lookup with both id and name', async () => {
    const res = await api.gql('{ actor(id: "RUS", name: "Russia") { id } }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('filters counterparts by type and status', async () => {
    const res = await api.gql(`{ actor(id: "narendra-modi") {
      planned: counterparts(filter: { status: PLANNED }) { actor { id } count }
      calls: counterparts(filter: { types: [CALL] }) { actor { id } count } } }`);
    expect(res.data.actor).toEqual({
      planned: [{ actor: { id: 'vladimir-putin' }, count: 1 }],
      calls: [{ actor: { id: 'donald-trump' }, count: 1 }],
    });
  });

  it('shows affiliations, topics and mentions of an actor', async () => {
    const res = await api.gql(`{ actor(id: "donald-trump") { ... on Person {
      affiliations { target { id } title from to } }
      topics { topic { id } count }
      mentions { article { id } count } } }`);
    expect(res.data.actor.affiliations).toEqual([{ target: { id: 'USA' }, title: 'President of the United States', from: '2024-11-11', to: null }]);
    expect(res.data.actor.topics).toEqual([
      { topic: { id: 'ukraine-war' }, count: 2 }, { topic: { id: 'ceasefire' }, count: 1 },
      { topic: { id: 'iran' }, count: 1 }, { topic: { id: 'military-aid' }, count: 1 },
    ]);
    expect(res.data.actor.mentions.map((m: { article: { id: string } }) => m.article.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('pages through actors with every actor exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await api.gql('query($after: String) { actors(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      expect(res.data.actors.totalCount).toBe(8);
      seen.push(...res.data.actors.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!res.data.actors.pageInfo.hasNextPage) break;
      after = res.data.actors.pageInfo.endCursor;
    }
    expect(seen).toEqual(['donald-trump', 'IND', 'narendra-modi', 'RUS', 'UKR', 'USA', 'vladimir-putin', 'volodymyr-zelenskyy']);
  });

  it('filters and orders actors', async () => {
    const res = await api.gql('{ actors(filter: { kinds: [PERSON], countries: ["RUS"] }, orderBy: MENTIONS) { edges { node { id } } } }');
    expect(res.data.actors.edges).toEqual([{ node: { id: 'vladimir-putin' } }]);
  });
});

describe('interaction queries', () => {
  it('lists interactions with a filter, newest first, with participants', async () => {
    const res = await api.gql(`{ interactions(filter: { types: [CALL, MEETING], from: "2025-06-01" }) {
      totalCount edges { node { id type status date place participants { actor { id } role } topics { id } } } } }`);
    expect(res.data.interactions).toEqual({
      totalCount: 2,
      edges: [
        { node: { id: CALL_0703, type: 'CALL', status: 'OCCURRED', date: '2025-07-03', place: null,
          participants: [{ actor: { id: 'donald-trump' }, role: 'PARTICIPANT' }, { actor: { id: 'vladimir-putin' }, role: 'RECIPIENT' }],
          topics: [{ id: 'ceasefire' }, { id: 'iran' }, { id: 'ukraine-war' }] } },
        { node: { id: MEETING_0625, type: 'MEETING', status: 'OCCURRED', date: '2025-06-25', place: 'The Hague',
          participants: [{ actor: { id: 'donald-trump' }, role: 'PARTICIPANT' }, { actor: { id: 'volodymyr-zelenskyy' }, role: 'PARTICIPANT' }],
          topics: [{ id: 'military-aid' }] } },
      ],
    });
  });

  it('lists the conversations between actors oldest first', async () => {
    const res = await api.gql('{ conversations(between: ["donald-trump", "vladimir-putin"]) { id } }');
    expect(res.data.conversations).toEqual([{ id: CALL_0519 }, { id: CALL_0703 }]);
  });

  it('says NOT_FOUND for conversations of an unknown actor', async () => {
    const res = await api.gql('{ conversations(between: ["donald-trump", "nobody"]) { id } }');
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Actor nobody not found', extensions: { code: 'NOT_FOUND' } })]);
  });

  it('refuses a malformed date', async () => {
    const res = await api.gql('{ interactions(filter: { from: "2025-13-45" }) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('graph analytics', () => {
  it('finds the path from Modi to Zelenskyy through Trump', async () => {
    const res = await api.gql(`{ path(from: "narendra-modi", to: "volodymyr-zelenskyy") {
      length hops { from { id } to { id } interactions { id } } } }`);
    expect(res.data.path).toEqual({
      length: 2,
      hops: [
        { from: { id: 'narendra-modi' }, to: { id: 'donald-trump' }, interactions: [{ id: 'call:a-a4-0:donald-trump+narendra-modi' }] },
        { from: { id: 'donald-trump' }, to: { id: 'volodymyr-zelenskyy' }, interactions: [{ id: MEETING_0625 }] },
      ],
    });
    const none = await api.gql('{ path(from: "narendra-modi", to: "volodymyr-zelenskyy", maxHops: 1) { length } }');
    expect(none.data).toEqual({ path: null });
  });

  it('returns the network around an actor', async () => {
    const res = await api.gql('{ network(center: "vladimir-putin", depth: 2) { nodes { id name kind } edges { source target weight types } } }');
    expect(res.data.network.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['donald-trump', 'narendra-modi', 'vladimir-putin', 'volodymyr-zelenskyy']);
    expect(res.data.network.edges).toEqual([
      { source: 'donald-trump', target: 'vladimir-putin', weight: 2, types: ['CALL'] },
      { source: 'donald-trump', target: 'narendra-modi', weight: 1, types: ['CALL'] },
      { source: 'donald-trump', target: 'volodymyr-zelenskyy', weight: 1, types: ['MEETING'] },
    ]);
  });

  it('ranks actors by betweenness', async () => {
    const res = await api.gql('{ centrality(metric: BETWEENNESS, first: 1) { actor { id } score } }');
    expect(res.data.centrality).toEqual([{ actor: { id: 'donald-trump' }, score: 1 }]);
  });

  it('counts what the graph holds', async () => {
    const res = await api.gql('{ stats { articles topics firstDate lastDate actorsByKind { kind count } } }');
    expect(res.data.stats).toEqual({
      articles: 4, topics: 4, firstDate: '2025-05-19', lastDate: '2025-07-03',
      actorsByKind: [{ kind: 'PERSON', count: 4 }, { kind: 'COUNTRY', count: 4 }, { kind: 'ORGANIZATION', count: 0 }],
    });
  });
});

describe('topics, articles and search', () => {
  it('lists topics and the actors most involved in one', async () => {
    const res = await api.gql(`{ topics { topic { id } count }
      topic(id: "ukraine-war") { name interactions(first: 1) { totalCount } actors(first: 2) { actor { id } score } } }`);
    expect(res.data.topics[0]).toEqual({ topic: { id: 'ukraine-war' }, count: 3 });
    expect(res.data.topic).toEqual({
      name: 'War in Ukraine', interactions: { totalCount: 3 },
      actors: [{ actor: { id: 'vladimir-putin' }, score: 3 }, { actor: { id: 'donald-trump' }, score: 2 }],
    });
  });

  it('shows an article with its actors and interactions', async () => {
    const res = await api.gql('{ article(id: "a4") { title language publishedAt actors { actor { id } count } interactions { id status } } }');
    expect(res.data.article).toEqual({
      title: 'Trump reaches out', language: 'en', publishedAt: '2024-11-11',
      actors: [
        { actor: { id: 'narendra-modi' }, count: 3 }, { actor: { id: 'donald-trump' }, count: 2 },
        { actor: { id: 'vladimir-putin' }, count: 2 }, { actor: { id: 'IND' }, count: 1 },
        { actor: { id: 'RUS' }, count: 1 }, { actor: { id: 'USA' }, count: 1 },
      ],
      interactions: [{ id: 'call:a-a4-0:donald-trump+narendra-modi', status: 'OCCURRED' }, { id: 'meeting:a-a4-1:narendra-modi+vladimir-putin', status: 'PLANNED' }],
    });
  });

  it('lists articles by language', async () => {
    const res = await api.gql('{ articles(filter: { language: "de" }) { totalCount edges { node { id } } } }');
    expect(res.data.articles).toEqual({ totalCount: 1, edges: [{ node: { id: 'a3' } }] });
  });

  it('searches names, evidence and articles', async () => {
    const res = await api.gql('{ search(text: "Hague") { kind id interaction { id } } }');
    expect(res.data.search).toEqual([{ kind: 'INTERACTION', id: MEETING_0625, interaction: { id: MEETING_0625 } }]);
  });
});

describe('bad requests', () => {
  it('answers a malformed query with a parse error code', async () => {
    const res = await api.gql('{ actor(name: "Putin") { name ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with a validation error code', async () => {
    const res = await api.gql('{ actor(name: "Putin") { shoeSize } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses first above 100', async () => {
    const res = await api.gql('{ actors(first: 100000) { totalCount } }');
    expect(res.errors?.[0]).toMatchObject({ message: 'Invalid argument: first must be at most 100', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a query nested 20 deep before running it', async () => {
    let inner = 'id';
    for (let i = 0; i < 10; i++) inner = `counterparts { actor { ${inner} } }`;
    const res = await api.gql(`{ actor(id: "donald-trump") { ${inner} } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a flood of 500 aliases', async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const res = await api.gql(`{ ${fields} }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a cursor that is not one of ours', async () => {
    const res = await api.gql('{ actors(after: "not-a-cursor") { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a request that is not JSON (CSRF prevention)', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { articles } }"}' });
    expect(res.status).toBe(400);
  });

  it('refuses batched operations', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ stats { articles } }' }, { query: '{ stats { articles } }' }]) });
    expect(res.status).toBe(400);
  });
});

describe('HTTP routes', () => {
  it('reports health', async () => {
    const res = await fetch(`${api.url}health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: TEST_NEO4J_URI ? 'neo4j' : 'embedded', ok: true });
  });

  it('exports the spoke-to network as JSON and GEXF', async () => {
    const json = await (await fetch(`${api.url}export/network.json`)).json() as { nodes: unknown[]; edges: { source: string; target: string; weight: number }[] };
    expect(json.nodes).toHaveLength(4);
    expect(json.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['donald-trump', 'vladimir-putin', 2], ['donald-trump', 'narendra-modi', 1], ['donald-trump', 'volodymyr-zelenskyy', 1],
    ]);
    const gexf = await (await fetch(`${api.url}export/network.gexf`)).text();
    const graph = parseGexf(UndirectedGraph, gexf);
    expect([graph.order, graph.size]).toEqual([4, 3]);
    expect(graph.getNodeAttributes('vladimir-putin')).toMatchObject({ label: 'Vladimir Putin', kind: 'PERSON', country: 'RUS' });
    expect(graph.getEdgeAttributes('donald-trump', 'vladimir-putin')).toMatchObject({ weight: 2, types: ['CALL'], firstDate: '2025-05-19', lastDate: '2025-07-03' });
  });

  it('answers 404 with a code for unknown paths', async () => {
    const res = await fetch(`${api.url}nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: 'Nothing at /nope; GraphQL is at /graphql', extensions: { code: 'NOT_FOUND' } }] });
  });
});

/** A server over 50 articles (`articleOf(0..49)`) whose store calls are counted into `calls`. */
function startCountedApi(calls: Map<string, number>, articleOf: (i: number) => ArticleSpec): Promise<TestApi> {
  return startTestApi({
    populate: async (store) => {
      for (let i = 0; i < 50; i++) {
        const { article, extraction } = fixture(articleOf(i));
        await store.ingest(article, extraction);
      }
    },
    wrapStore: (store) => countingStore(store, calls),
  });
}
describe('batching', () => {
  it('scores the actors of every topic listed in one walk through their interactions', async () => {
    const calls = new Map<string, number>();
    const counted = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls) });
    try {
      const res = await counted.gql('{ topics { topic { id actors(first: 2) { actor { id } score } } } }');
      expect(res.errors).toBeUndefined();
      const scored = (id: string, ...scores: [string, number][]) => ({ topic: { id, actors: scores.map(([actor, score]) => ({ actor: { id: actor }, score })) } });
      expect(res.data.topics).toEqual([
        scored('ukraine-war', ['vladimir-putin', 3], ['donald-trump', 2]),
        scored('ceasefire', ['donald-trump', 1], ['vladimir-putin', 1]),
        scored('iran', ['donald-trump', 1], ['vladimir-putin', 1]),
        scored('military-aid', ['donald-trump', 1], ['volodymyr-zelenskyy', 1]),
      ]);
      expect(calls.get('listInteractions')).toBe(1);
    } finally {
      await counted.close();
    }
  });

  it('lists the interactions of every actor listed, one store call per distinct set of arguments', async () => {
    const calls = new Map<string, number>();
    const counted = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls) });
    const query = `query($after: String) { actors(first: 8) { edges { node { id
      newest: interactions(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id } } }
      calls: interactions(filter: { types: [CALL] }, orderBy: DATE_ASC) { totalCount edges { node { id } } } } } } }`;
    type Listed = { id: string; newest: { totalCount: number; pageInfo: object; edges: { node: { id: string } }[] }; calls: { totalCount: number; edges: { node: { id: string } }[] } };
    const summary = (res: { data?: { actors: { edges: { node: Listed }[] } } }) => res.data!.actors.edges.map(({ node: n }) => [
      n.id, n.newest.totalCount, n.newest.pageInfo, n.newest.edges.map((e) => e.node.id), n.calls.totalCount, n.calls.edges.map((e) => e.node.id),
    ]);
    const more = { hasNextPage: true, hasPreviousPage: false };
    const only = { hasNextPage: false, hasPreviousPage: false };
    try {
      const res = await counted.gql(query);
      expect(res.errors).toBeUndefined();
      expect(summary(res)).toEqual([
        ['donald-trump', 4, more, [CALL_0703, MEETING_0625], 3, [CALL_0519, CALL_0703, CALL_MODI]],
        ['IND', 0, only, [], 0, []],
        ['narendra-modi', 2, only, [CALL_MODI, MEETING_MODI], 1, [CALL_MODI]],
        ['RUS', 0, only, [], 0, []],
        ['UKR', 1, only, [STATEMENT_0519], 0, []],
        ['USA', 0, only, [], 0, []],
        ['vladimir-putin', 4, more, [CALL_0703, CALL_0519], 2, [CALL_0519, CALL_0703]],
        ['volodymyr-zelenskyy', 1, only, [MEETING_0625], 0, []],
      ]);
      expect(Object.fromEntries(calls)).toEqual({ listActors: 1, listInteractionsPerScope: 2 });

      // Trump's cursor pages every actor's list from that (date, id) on.
      const after = res.data.actors.edges[0].node.newest.edges[1].cursor;
      calls.clear();
      const next = await counted.gql(query, { after });
      expect(next.errors).toBeUndefined();
      const back = { hasNextPage: false, hasPreviousPage: true };
      expect(summary(next).map(([id, total, pageInfo, ids]) => [id, total, pageInfo, ids])).toEqual([
        ['donald-trump', 4, back, [CALL_0519, CALL_MODI]],
        ['IND', 0, only, []],
        ['narendra-modi', 2, only, [CALL_MODI, MEETING_MODI]],
        ['RUS', 0, only, []],
        ['UKR', 1, only, [STATEMENT_0519]],
        ['USA', 0, only, []],
        ['vladimir-putin', 4, { hasNextPage: true, hasPreviousPage: true }, [CALL_0519, STATEMENT_0519]],
        ['volodymyr-zelenskyy', 1, back, []],
      ]);
      expect(Object.fromEntries(calls)).toEqual({ listActors: 1, listInteractionsPerScope: 2 });
    } finally {
      await counted.close();
    }
  });

  /** A page of interactions as a client reads it: ids, participants, topics and where the page sits. */
  const PAGE_FIELDS = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id participants { actor { id } } topics { id } } }';
  const pageOf = (totalCount: number, hasNextPage: boolean, hasPreviousPage: boolean, ...nodes: [string, string[], string[]][]) => ({
    totalCount,
    ids: nodes.map(([id]) => id),
    participants: nodes.map(([, actors]) => actors),
    topics: nodes.map(([, , topics]) => topics),
    hasNextPage, hasPreviousPage,
  });
  type ReadPage = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; participants: { actor: { id: string } }[]; topics: { id: string }[] } }[] };
  const readPage = (p: ReadPage) => ({
    totalCount: p.totalCount,
    ids: p.edges.map((e) => e.node.id),
    participants: p.edges.map((e) => e.node.participants.map((x) => x.actor.id)),
    topics: p.edges.map((e) => e.node.topics.map((t) => t.id)),
    hasNextPage: p.pageInfo.hasNextPage, hasPreviousPage: p.pageInfo.hasPreviousPage,
  });
  const TRUMP_PUTIN = ['donald-trump', 'vladimir-putin'];

  it('lists the interactions of every topic listed in one store call, as the interactions about each topic', async () => {
    const calls = new Map<string, number>();
    const counted = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls) });
    const query = `query($after: String) { topics { topic { id interactions(first: 2, after: $after) { ${PAGE_FIELDS} } } } }`;
    type Listed = { topics: { topic: { id: string; interactions: ReadPage } }[] };
    const summary = (data: Listed) => data.topics.map(({ topic }) => [topic.id, readPage(topic.interactions)]);
    try {
      const res = await counted.gql<Listed>(query);
      expect(res.errors).toBeUndefined();
      expect(summary(res.data!)).toEqual([
        ['ukraine-war', pageOf(3, true, false, [CALL_0703, TRUMP_PUTIN, ['ceasefire', 'iran', 'ukraine-war']], [CALL_0519, TRUMP_PUTIN, ['ukraine-war']])],
        ['ceasefire', pageOf(1, false, false, [CALL_0703, TRUMP_PUTIN, ['ceasefire', 'iran', 'ukraine-war']])],
        ['iran', pageOf(1, false, false, [CALL_0703, TRUMP_PUTIN, ['ceasefire', 'iran', 'ukraine-war']])],
        ['military-aid', pageOf(1, false, false, [MEETING_0625, ['donald-trump', 'volodymyr-zelenskyy'], ['military-aid']])],
      ]);
      expect(Object.fromEntries(calls)).toEqual({ listTopics: 1, listInteractionsPerScope: 1, getActors: 1, getTopics: 1 });

      // The cursor of War in Ukraine's page pages every topic's list from that (date, id) on.
      const after = res.data!.topics[0].topic.interactions.pageInfo.endCursor;
      calls.clear();
      const next = await counted.gql<Listed>(query, { after });
      expect(next.errors).toBeUndefined();
      expect(summary(next.data!)).toEqual([
        ['ukraine-war', pageOf(3, false, true, [STATEMENT_0519, ['UKR', 'vladimir-putin'], ['ukraine-war']])],
        ['ceasefire', pageOf(1, false, true)],
        ['iran', pageOf(1, false, true)],
        ['military-aid', pageOf(1, false, true)],
      ]);
      expect(Object.fromEntries(calls)).toEqual({ listTopics: 1, listInteractionsPerScope: 1, getActors: 1, getTopics: 1 });

      // The same pages as the list of all interactions filtered to each topic gives, one by one.
      for (const { topic } of next.data!.topics) {
        const one = await counted.gql(`query($topic: ID!, $after: String) { interactions(filter: { topics: [$topic] }, first: 2, after: $after) { ${PAGE_FIELDS} } }`, { topic: topic.id, after });
        expect([topic.id, one.data.interactions]).toEqual([topic.id, topic.interactions]);
      }
    } finally {
      await counted.close();
    }
  });

  it('lists the interactions of every relationship asked for in one store call, as the interactions of each pair', async () => {
    const calls = new Map<string, number>();
    const counted = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls) });
    const pairs = [['donald-trump', 'vladimir-putin'], ['volodymyr-zelenskyy', 'donald-trump'], ['narendra-modi', 'vladimir-putin'], ['narendra-modi', 'UKR']];
    const query = `query($orderBy: InteractionOrder!) { ${pairs.map(([a, b], k) => `r${k}: relationship(a: "${a}", b: "${b}") { interactions(first: 1, orderBy: $orderBy) { ${PAGE_FIELDS} } }`).join(' ')} }`;
    const summary = (data: Record<string, { interactions: ReadPage }>) => pairs.map((_, k) => readPage(data[`r${k}`].interactions));
    try {
      const res = await counted.gql(query, { orderBy: 'DATE_DESC' });
      expect(res.errors).toBeUndefined();
      expect(summary(res.data)).toEqual([
        pageOf(2, true, false, [CALL_0703, TRUMP_PUTIN, ['ceasefire', 'iran', 'ukraine-war']]),
        pageOf(1, false, false, [MEETING_0625, ['donald-trump', 'volodymyr-zelenskyy'], ['military-aid']]),
        pageOf(1, false, false, [MEETING_MODI, ['narendra-modi', 'vladimir-putin'], []]),
        pageOf(0, false, false),
      ]);
      expect(Object.fromEntries(calls)).toEqual({ getActors: 1, listInteractionsPerScope: 1, getTopics: 1 });

      calls.clear();
      const oldest = await counted.gql(query, { orderBy: 'DATE_ASC' });
      expect(summary(oldest.data)).toEqual([
        pageOf(2, true, false, [CALL_0519, TRUMP_PUTIN, ['ukraine-war']]),
        pageOf(1, false, false, [MEETING_0625, ['donald-trump', 'volodymyr-zelenskyy'], ['military-aid']]),
        pageOf(1, false, false, [MEETING_MODI, ['narendra-modi', 'vladimir-putin'], []]),
        pageOf(0, false, false),
      ]);
      expect(Object.fromEntries(calls)).toEqual({ getActors: 1, listInteractionsPerScope: 1, getTopics: 1 });

      // The same pages as the list of all interactions with both actors gives, one by one.
      for (const [k, pair] of pairs.entries()) {
        const one = await counted.gql(`query($pair: [ID!]) { interactions(filter: { with: $pair }, first: 1, orderBy: DATE_ASC) { ${PAGE_FIELDS} } }`, { pair });
        expect([pair, one.data.interactions]).toEqual([pair, oldest.data[`r${k}`].interactions]);
      }
    } finally {
      await counted.close();
    }
  });

  it('lists 50 actors with counterparts, topics and interactions in a constant number of store calls', async () => {
    const calls = new Map<string, number>();
    const many = await startCountedApi(calls, (i) => ({ id: `n${i}`, publishedAt: '2025-01-01', interactions: [
      { type: 'CALL', date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, parts: [['donald-trump', 'INITIATOR'], [`p-${i}`, 'RECIPIENT']], topics: ['trade'] },
    ] }));
    try {
      const res = await many.gql(`{ actors(first: 50, filter: { search: "official" }) { edges { node { id
        counterparts { actor { name } count topics { id } } topics { topic { id } count }
        interactions(first: 5) { totalCount edges { node { id date } } } } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.actors.edges).toHaveLength(50);
      expect(res.data.actors.edges[0].node.counterparts).toEqual([{ actor: { name: 'Donald Trump' }, count: 1, topics: [{ id: 'trade' }] }]);
      for (const { node } of res.data.actors.edges as { node: { id: string; interactions: unknown } }[]) {
        const date = `2025-01-${String((Number(node.id.slice(2)) % 28) + 1).padStart(2, '0')}`;
        expect([node.id, node.interactions]).toEqual([node.id, { totalCount: 1, edges: [{ node: { id: `call:${date}:donald-trump+${node.id}`, date } }] }]);
      }
      expect(Object.fromEntries(calls)).toEqual({ listActors: 1, counterpartsOf: 1, getActors: 1, getTopics: 1, topicsOfActors: 1, listInteractionsPerScope: 1 });
    } finally {
      await many.close();
    }
  });

  it('answers the timelines of 50 actors, and a relationship\'s timeline and tone, in one store call each', async () => {
    const calls = new Map<string, number>();
    const many = await startCountedApi(calls, (i) => ({ id: `t${i}`, publishedAt: '2025-03-01', interactions: [
      { type: 'MEETING', date: `2025-0${(i % 3) + 1}-10`, parts: [['donald-trump', 'PARTICIPANT'], [`p-${i}`, 'PARTICIPANT']] },
    ] }));
    try {
      const res = await many.gql(`{ actors(first: 50, filter: { search: "official" }) { edges { node { id timeline { start count } } } } }`);
      expect(res.errors).toBeUndefined();
      for (const { node } of res.data.actors.edges as { node: { id: string; timeline: unknown } }[]) {
        expect([node.id, node.timeline]).toEqual([node.id, [{ start: `2025-0${(Number(node.id.slice(2)) % 3) + 1}-01`, count: 1 }]]);
      }
      expect(calls.get('conversationsOf')).toBe(1);
      calls.clear();
      const pair = await many.gql(`{ relationship(a: "donald-trump", b: "p-4") { timeline(interval: YEAR) { start count } tone
        other: timeline(interval: YEAR, filter: { types: [CALL] }) { count } } }`);
      expect(pair.errors).toBeUndefined();
      expect(pair.data.relationship).toMatchObject({ timeline: [{ start: '2025-01-01', count: 1 }], other: [] });
      // timeline and tone share the filter, hence a call; the CALL-only timeline is another.
      expect(calls.get('conversationsOf')).toBe(2);
    } finally {
      await many.close();
    }
  });
});
