/**
 * The behaviour every GraphStore adapter must have. Each adapter's test calls
 * `defineGraphStoreContract(name, makeStore)`; `makeStore` returns a new, empty, opened store.
 */
import type { GraphStore, InteractionFilter, InteractionOrder, InteractionScope, Page, PageArgs } from '../../src/store/graph-store';
import type { InteractionRecord, NetworkRecord } from '../../src/domain/graph';
import { encodeCursor } from '../../src/store/pagination';
import { alsoWith, withSpokeToDefaults } from '../../src/store/interaction-filter';
import { ErrorCode } from '../../src/domain/errors';
import { fixture, WORLD } from '../helpers/store-fixtures';
import { prepareArticle } from '../../src/ingest/prepare-article';

const CALL_0519 = 'call:2025-05-19:donald-trump+vladimir-putin';
const CALL_0703 = 'call:2025-07-03:donald-trump+vladimir-putin';
const MEETING_0625 = 'meeting:2025-06-25:donald-trump+volodymyr-zelenskyy';
const STATEMENT_0519 = 'statement:2025-05-19:vladimir-putin';
const CALL_MODI = 'call:a-a4-0:donald-trump+narendra-modi';
const MEETING_MODI = 'meeting:a-a4-1:narendra-modi+vladimir-putin';

export async function loadWorld(store: GraphStore): Promise<void> {
  for (const spec of WORLD) {
    const { article, extraction } = fixture(spec);
    await store.ingest(article, extraction);
  }
}

export function defineGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      await loadWorld(store);
    });
    afterEach(async () => store.close());

    it('reports one interaction per event with a source per article', async () => {
      const [call] = await store.getInteractions([CALL_0703]);
      expect(call).toEqual({
        id: CALL_0703, type: 'CALL', status: 'OCCURRED', date: '2025-07-03', place: null,
        summary: 'CALL donald-trump, vladimir-putin', rule: 'fixture',
        participants: [{ actorId: 'donald-trump', role: 'PARTICIPANT' }, { actorId: 'vladimir-putin', role: 'RECIPIENT' }],
        topicIds: ['ceasefire', 'iran', 'ukraine-war'],
        sources: [
          { articleId: 'a2', evidence: 'Trump and Putin spoke by phone for an hour.', quote: null, publishedAt: '2025-07-03', language: 'en' },
          { articleId: 'a3', evidence: 'Putin und Trump telefonierten am Donnerstag.', quote: null, publishedAt: '2025-07-04', language: 'de' },
        ],
      });
      expect(call!.participants).toHaveLength(2);
    });

    it('ingests an article again without changing anything', async () => {
      const before = await store.exportGraph();
      const { article, extraction } = fixture(WORLD[1]);
      await expect(store.ingest(article, extraction)).resolves.toEqual({ articleId: 'a2', created: false });
      expect(await store.exportGraph()).toEqual(before);
    });

    it('keeps one article when the same article is ingested 20 times at once', async () => {
      const { article, extraction } = fixture({ id: 'a5', publishedAt: '2025-08-01', interactions: [
        { type: 'CALL', date: '2025-08-01', parts: [['narendra-modi', 'INITIATOR'], ['volodymyr-zelenskyy', 'RECIPIENT']] },
      ] });
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.ingest(article, extraction)));
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      const dump = await store.exportGraph();
      expect(dump.nodes.filter((n) => n.id === 'a5')).toHaveLength(1);
      expect(dump.edges.filter((e) => e.target === 'a5' && e.type === 'REPORTED_IN')).toHaveLength(1);
    });

    it('gets actors by id in order, null for unknown ids', async () => {
      const actors = await store.getActors(['vladimir-putin', 'nobody', 'RUS']);
      expect(actors.map((a) => a && [a.id, a.kind, a.name])).toEqual([
        ['vladimir-putin', 'PERSON', 'Vladimir Putin'], null, ['RUS', 'COUNTRY', 'Russia'],
      ]);
      expect(actors[0]).toMatchObject({ role: 'LEADER', country: 'RUS', title: 'President of Russia', aliases: ['Putin', 'Wladimir Putin'] });
    });

    it.each([
      ['Selenskyj', 'volodymyr-zelenskyy'],
      ['ZELENSKYY', 'volodymyr-zelenskyy'],
      ['wladimir putin', 'vladimir-putin'],
      ['Sélenskyj', 'volodymyr-zelenskyy'],
      ['Russland', 'RUS'],
      ['Modi', 'narendra-modi'],
      ['Wladimir', null],
      ['Uschakow', null],
      ['Nobody Known', null],
    ])('finds the actor named %p', async (name, id) => {
      expect((await store.findActorsByName(name))[0]?.id ?? null).toBe(id);
    });

    it('lists counterparts of spoke-to interactions that occurred, by count', async () => {
      const [putin, trump] = await store.counterpartsOf(['vladimir-putin', 'donald-trump'], withSpokeToDefaults());
      expect(putin).toEqual([{
        actorId: 'donald-trump', count: 2, firstDate: '2025-05-19', lastDate: '2025-07-03',
        topicIds: ['ceasefire', 'iran', 'ukraine-war'], interactionIds: [CALL_0519, CALL_0703],
      }]);
      expect(trump.map((c) => [c.actorId, c.count, c.lastDate])).toEqual([
        ['vladimir-putin', 2, '2025-07-03'], ['narendra-modi', 1, null], ['volodymyr-zelenskyy', 1, '2025-06-25'],
      ]);
    });

    it('lists counterparts only in interactions with the filter\'s actors', async () => {
      const [trump] = await store.counterpartsOf(['donald-trump'], withSpokeToDefaults({ with: ['vladimir-putin'] }));
      expect(trump.map((c) => [c.actorId, c.count])).toEqual([['vladimir-putin', 2]]);
    });

    it('lists planned counterparts when the filter asks for them', async () => {
      const [modi] = await store.counterpartsOf(['narendra-modi'], withSpokeToDefaults({ status: 'PLANNED' }));
      expect(modi.map((c) => c.actorId)).toEqual(['vladimir-putin']);
    });

    it('lists every other party of a one-way interaction as a counterpart (co-initiators too), never a subject', async () => {
      const { article, extraction } = fixture({ id: 'a10', publishedAt: '2025-08-03', interactions: [
        { type: 'APPEAL', date: '2025-08-02', parts: [['donald-trump', 'INITIATOR'], ['narendra-modi', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT'], ['UKR', 'SUBJECT']], topics: ['ceasefire'] },
      ] });
      await store.ingest(article, extraction);
      const appeal = 'appeal:2025-08-02:donald-trump+narendra-modi+vladimir-putin';
      const [trump, putin, ukr] = await store.counterpartsOf(['donald-trump', 'vladimir-putin', 'UKR'], { types: ['APPEAL'] });
      const one = (actorId: string) => ({ actorId, count: 1, firstDate: '2025-08-02', lastDate: '2025-08-02', topicIds: ['ceasefire'], interactionIds: [appeal] });
      expect([trump, putin, ukr]).toEqual([[one('narendra-modi'), one('vladimir-putin')], [one('donald-trump'), one('narendra-modi')], []]);
      // The spoke-to network links initiators to recipients only: co-initiators meet through the recipient.
      expect(await store.path('donald-trump', 'narendra-modi', 4, { types: ['APPEAL'] })).toEqual([
        { fromId: 'donald-trump', toId: 'vladimir-putin', interactionIds: [appeal] },
        { fromId: 'vladimir-putin', toId: 'narendra-modi', interactionIds: [appeal] },
      ]);
      const network = await store.network({ center: 'donald-trump', depth: 1, filter: { types: ['APPEAL'] }, limit: 10 });
      expect([network.nodes.map((n) => n.id), network.edges.map((e) => [e.source, e.target, e.directed, e.weight])])
        .toEqual([['donald-trump', 'vladimir-putin'], [['donald-trump', 'vladimir-putin', true, 1]]]);
    });

    it('pages through actors with every actor exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await store.listActors({}, 'NAME', { first: 3, after });
        expect(page.totalCount).toBe(8);
        seen.push(...page.edges.map((e) => e.node.id));
        pages++;
        if (!page.hasNextPage) break;
        after = page.edges[page.edges.length - 1].cursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(['donald-trump', 'IND', 'narendra-modi', 'RUS', 'UKR', 'USA', 'vladimir-putin', 'volodymyr-zelenskyy']);
    });

    it('filters actors by kind, role, country and search text', async () => {
      const names = async (f: Parameters<GraphStore['listActors']>[0]) =>
        (await store.listActors(f, 'NAME', { first: 50 })).edges.map((e) => e.node.id);
      expect(await names({ kinds: ['PERSON'] })).toEqual(['donald-trump', 'narendra-modi', 'vladimir-putin', 'volodymyr-zelenskyy']);
      expect(await names({ countries: ['RUS'] })).toEqual(['RUS', 'vladimir-putin']);
      expect(await names({ search: 'selensk' })).toEqual(['volodymyr-zelenskyy']);
      expect(await names({ kinds: ['COUNTRY'], roles: ['LEADER'] })).toEqual([]);
    });

    it('orders actors by mentions', async () => {
      const page = await store.listActors({ kinds: ['PERSON'] }, 'MENTIONS', { first: 2 });
      expect(page.edges.map((e) => e.node.id)).toEqual(['donald-trump', 'vladimir-putin']);
    });

    it('filters and orders interactions', async () => {
      const ids = async (f: Parameters<GraphStore['listInteractions']>[0], order: 'DATE_ASC' | 'DATE_DESC' = 'DATE_DESC') =>
        (await store.listInteractions(f, order, { first: 50 })).edges.map((e) => e.node.id);
      expect(await ids({ types: ['CALL'] })).toEqual([CALL_0703, CALL_0519, CALL_MODI]);
      expect(await ids({ from: '2025-06-01' })).toEqual([CALL_0703, MEETING_0625]);
      expect(await ids({ to: '2025-05-31' }, 'DATE_ASC')).toEqual([CALL_0519, STATEMENT_0519]);
      expect(await ids({ status: 'PLANNED' })).toEqual([MEETING_MODI]);
      expect(await ids({ topics: ['military-aid', 'iran'] })).toEqual([CALL_0703, MEETING_0625]);
      expect(await ids({ with: ['vladimir-putin', 'UKR'] })).toEqual([STATEMENT_0519]);
    });

    it('pages through interactions with every interaction exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<GraphStore['listInteractions']>> = await store.listInteractions({}, 'DATE_DESC', { first: 4, after });
        expect(page.totalCount).toBe(6);
        seen.push(...page.edges.map((e) => e.node.id));
        after = page.hasNextPage ? page.edges[page.edges.length - 1].cursor : null;
      } while (after);
      expect(seen).toEqual([CALL_0703, MEETING_0625, CALL_0519, STATEMENT_0519, CALL_MODI, MEETING_MODI]);
    });

    it('pages the interactions of many scopes at once, in the order of the scopes', async () => {
      const summary = (pages: Page<InteractionRecord>[]) => pages.map((p) => ({
        ids: p.edges.map((e) => e.node.id), totalCount: p.totalCount, hasNextPage: p.hasNextPage, hasPreviousPage: p.hasPreviousPage,
      }));
      const page = (ids: string[], totalCount: number, hasNextPage: boolean, hasPreviousPage: boolean) => ({ ids, totalCount, hasNextPage, hasPreviousPage });
      const scopes: InteractionScope[] = [
        { actors: ['donald-trump'] }, { actors: ['vladimir-putin'] }, { actors: ['nobody'] }, { topic: 'ukraine-war' },
        { actors: ['donald-trump', 'vladimir-putin'] }, { actors: ['narendra-modi'] }, { topic: 'nothing' },
        { actors: ['volodymyr-zelenskyy'] }, { actors: ['donald-trump'] }, { topic: 'ukraine-war' },
      ];
      const first = await store.listInteractionsPerScope(scopes, {}, 'DATE_DESC', { first: 2 });
      expect(summary(first)).toEqual([
        page([CALL_0703, MEETING_0625], 4, true, false),
        page([CALL_0703, CALL_0519], 4, true, false),
        page([], 0, false, false),
        page([CALL_0703, CALL_0519], 3, true, false),
        page([CALL_0703, CALL_0519], 2, false, false),
        page([CALL_MODI, MEETING_MODI], 2, false, false),
        page([], 0, false, false),
        page([MEETING_0625], 1, false, false),
        page([CALL_0703, MEETING_0625], 4, true, false),
        page([CALL_0703, CALL_0519], 3, true, false),
      ]);
      expect(first[0].edges.map((e) => e.cursor)).toEqual([encodeCursor(['2025-07-03', CALL_0703]), encodeCursor(['2025-06-25', MEETING_0625])]);
      // One cursor for all: each scope's page resumes after its key.
      const next = await store.listInteractionsPerScope(scopes, {}, 'DATE_DESC', { first: 2, after: first[0].edges[1].cursor });
      expect(summary(next)).toEqual([
        page([CALL_0519, CALL_MODI], 4, false, true),
        page([CALL_0519, STATEMENT_0519], 4, true, true),
        page([], 0, false, false),
        page([CALL_0519, STATEMENT_0519], 3, false, true),
        page([CALL_0519], 2, false, true),
        page([CALL_MODI, MEETING_MODI], 2, false, false),
        page([], 0, false, false),
        page([], 1, false, true),
        page([CALL_0519, CALL_MODI], 4, false, true),
        page([CALL_0519, STATEMENT_0519], 3, false, true),
      ]);
      expect(summary(await store.listInteractionsPerScope(
        [{ actors: ['donald-trump'] }, { actors: ['vladimir-putin'] }, { actors: ['UKR'] }, { topic: 'iran' }, { actors: ['vladimir-putin', 'donald-trump'] }],
        { types: ['CALL'] }, 'DATE_ASC', { first: 5 },
      ))).toEqual([
        page([CALL_0519, CALL_0703, CALL_MODI], 3, false, false),
        page([CALL_0519, CALL_0703], 2, false, false),
        page([], 0, false, false),
        page([CALL_0703], 1, false, false),
        page([CALL_0519, CALL_0703], 2, false, false),
      ]);
      // The filter's actors take part too; a topic takes the place of the filter's topics.
      expect(summary(await store.listInteractionsPerScope(
        [{ actors: ['donald-trump'] }, { actors: ['narendra-modi'] }, { actors: ['UKR'] }, { topic: 'ukraine-war' }, { actors: ['UKR', 'donald-trump'] }],
        { with: ['vladimir-putin'], topics: ['iran'] }, 'DATE_DESC', { first: 5 },
      ))).toEqual([
        page([CALL_0703], 1, false, false),
        page([], 0, false, false),
        page([], 0, false, false),
        page([CALL_0703, CALL_0519, STATEMENT_0519], 3, false, false),
        page([], 0, false, false),
      ]);
      expect(await store.listInteractionsPerScope([], {}, 'DATE_DESC', { first: 5 })).toEqual([]);
    });

    it('pages the interactions of many scopes as listInteractions does with the filter narrowed to each', async () => {
      // Ties on a date, undated interactions and a subject-only actor on top of the world.
      const { article, extraction } = fixture({ id: 'a7', publishedAt: '2025-07-04', interactions: [
        { type: 'MEETING', date: '2025-07-03', parts: [['donald-trump', 'PARTICIPANT'], ['volodymyr-zelenskyy', 'PARTICIPANT']], topics: ['ceasefire'] },
        { type: 'STATEMENT', date: '2025-07-03', parts: [['donald-trump', 'SPEAKER'], ['RUS', 'SUBJECT']], topics: ['ukraine-war'] },
        { type: 'CALL', date: null, parts: [['volodymyr-zelenskyy', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']], topics: ['ceasefire'] },
      ] });
      await store.ingest(article, extraction);
      const scopes: InteractionScope[] = [
        ...['donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy', 'narendra-modi', 'RUS', 'UKR', 'USA', 'nobody', 'vladimir-putin'].map((id): InteractionScope => ({ actors: [id] })),
        { actors: ['donald-trump', 'vladimir-putin'] }, { actors: ['volodymyr-zelenskyy', 'donald-trump'] }, { actors: ['RUS', 'donald-trump'] },
        { actors: ['narendra-modi', 'volodymyr-zelenskyy'] }, { actors: ['nobody', 'donald-trump'] },
        ...['ukraine-war', 'ceasefire', 'iran', 'military-aid', 'nothing', 'ceasefire'].map((topic): InteractionScope => ({ topic })),
      ];
      // The narrowing, spelt out: the scope's actors join the filter's; its topic replaces the filter's topics.
      const narrowed = (filter: InteractionFilter, scope: InteractionScope): InteractionFilter => ('topic' in scope
        ? { ...filter, topics: [scope.topic] } : { ...filter, with: [...scope.actors, ...(filter.with ?? [])] });
      const all = (await store.listInteractions({}, 'DATE_DESC', { first: 100 })).edges;
      expect(all).toHaveLength(9);
      const cursors = [...all.filter((_, k) => k % 2 === 0).map((e) => e.cursor), encodeCursor(['2025-06-01', 'zzz']), encodeCursor([null, 'a'])];
      const pages: PageArgs[] = [{ first: 2 }, { first: 0 }, { first: 100 }, ...cursors.map((after) => ({ first: 2, after }))];
      const filters: InteractionFilter[] = [
        {}, { types: ['CALL', 'STATEMENT'] }, { with: ['donald-trump'] }, { from: '2025-06-01', topics: ['ceasefire', 'military-aid'] },
        { to: '2025-07-03', status: 'OCCURRED' },
      ];
      for (const filter of filters) {
        for (const orderBy of ['DATE_ASC', 'DATE_DESC'] as InteractionOrder[]) {
          for (const page of pages) {
            const one = await Promise.all(scopes.map((scope) => store.listInteractions(narrowed(filter, scope), orderBy, page)));
            expect([filter, orderBy, page, await store.listInteractionsPerScope(scopes, filter, orderBy, page)]).toEqual([filter, orderBy, page, one]);
          }
        }
      }
    }, 240_000); // About two thousand reads: 50 s on Neo4j.

    it('lists the conversations among each group of actors oldest first', async () => {
      const ids = (lists: InteractionRecord[][]) => lists.map((list) => list.map((i) => i.id));
      expect(ids(await store.conversationsOf([['vladimir-putin', 'donald-trump'], ['narendra-modi'], [], ['nobody']], {}))).toEqual([
        [CALL_0519, CALL_0703], [CALL_MODI, MEETING_MODI], [], [],
      ]);
      // The filter's own `with` narrows every group further.
      expect(ids(await store.conversationsOf([['donald-trump'], ['narendra-modi']], { with: ['vladimir-putin'], types: ['CALL'] }))).toEqual([
        [CALL_0519, CALL_0703], [],
      ]);
      expect(await store.conversationsOf([], {})).toEqual([]);
    });

    it('lists an interaction about two of the topics asked for once', async () => {
      const { article, extraction } = fixture({ id: 'a9', publishedAt: '2025-08-02', interactions: [
        { type: 'CALL', date: '2025-08-01', parts: [['donald-trump', 'INITIATOR'], ['narendra-modi', 'RECIPIENT']], topics: ['trade', 'sanctions'] },
        { type: 'MEETING', date: '2025-08-02', parts: [['donald-trump', 'PARTICIPANT'], ['narendra-modi', 'PARTICIPANT']], topics: ['sanctions'] },
      ] });
      await store.ingest(article, extraction);
      const both = await store.listInteractions({ topics: ['trade', 'sanctions'], from: '2025-08-01' }, 'DATE_ASC', { first: 10 });
      expect([both.totalCount, both.edges.map((e) => [e.node.date, e.node.topicIds])]).toEqual([2, [['2025-08-01', ['sanctions', 'trade']], ['2025-08-02', ['sanctions']]]]);
    });

    it('answers each group of conversationsOf as listInteractions does for the group', async () => {
      const { article, extraction } = fixture({ id: 'a8', publishedAt: '2025-07-04', interactions: [
        { type: 'MEETING', date: '2025-07-03', parts: [['donald-trump', 'PARTICIPANT'], ['volodymyr-zelenskyy', 'PARTICIPANT']], topics: ['ceasefire'] },
        { type: 'CALL', date: null, parts: [['volodymyr-zelenskyy', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']] },
        { type: 'STATEMENT', date: '2025-07-03', parts: [['donald-trump', 'SPEAKER'], ['donald-trump', 'SUBJECT'], ['RUS', 'SUBJECT']] },
      ] });
      await store.ingest(article, extraction);
      const groups = [['donald-trump'], ['vladimir-putin', 'donald-trump'], ['volodymyr-zelenskyy'], ['RUS', 'donald-trump'], ['nobody'], [], ['donald-trump']];
      const filters: InteractionFilter[] = [{}, { types: ['CALL', 'STATEMENT'] }, { with: ['vladimir-putin'] }, { from: '2025-06-01' }, { to: '2025-07-03', status: 'OCCURRED' }];
      for (const filter of filters) {
        const expected = await Promise.all(groups.map(async (group) => (group.length === 0 ? []
          : (await store.listInteractions(alsoWith(filter, group), 'DATE_ASC', { first: 100 })).edges.map((e) => e.node))));
        expect([filter, await store.conversationsOf(groups, filter)]).toEqual([filter, expected]);
      }
    });

    it('finds the shortest chain of who spoke to whom', async () => {
      const path = await store.path('narendra-modi', 'volodymyr-zelenskyy', 4, withSpokeToDefaults());
      expect(path).toEqual([
        { fromId: 'narendra-modi', toId: 'donald-trump', interactionIds: [CALL_MODI] },
        { fromId: 'donald-trump', toId: 'volodymyr-zelenskyy', interactionIds: [MEETING_0625] },
      ]);
      expect(await store.path('narendra-modi', 'volodymyr-zelenskyy', 1, withSpokeToDefaults())).toBeNull();
      expect(await store.path('narendra-modi', 'nobody', 4, withSpokeToDefaults())).toBeNull();
      const planned = await store.path('narendra-modi', 'vladimir-putin', 4, withSpokeToDefaults({ status: 'PLANNED' }));
      expect(planned).toEqual([{ fromId: 'narendra-modi', toId: 'vladimir-putin', interactionIds: [MEETING_MODI] }]);
    });

    it('returns the network around an actor', async () => {
      const near = await store.network({ center: 'vladimir-putin', depth: 1, filter: withSpokeToDefaults(), limit: 100 });
      expect(near.nodes.map((n) => n.id).sort()).toEqual(['donald-trump', 'vladimir-putin']);
      expect(near.edges).toEqual([{ source: 'donald-trump', target: 'vladimir-putin', directed: false, weight: 2, types: ['CALL'], firstDate: '2025-05-19', lastDate: '2025-07-03' }]);
      const wide = await store.network({ center: 'vladimir-putin', depth: 2, filter: withSpokeToDefaults(), limit: 100 });
      expect(wide.nodes.map((n) => n.id).sort()).toEqual(['donald-trump', 'narendra-modi', 'vladimir-putin', 'volodymyr-zelenskyy']);
      expect(wide.edges).toHaveLength(3);
      const all = await store.network({ depth: 1, filter: withSpokeToDefaults(), limit: 2 });
      expect(all.nodes).toHaveLength(2);
      expect(all.nodes[0].id).toBe('donald-trump');
    });

    it('ranks actors by centrality', async () => {
      const degree = await store.centrality('DEGREE', withSpokeToDefaults(), null, 2);
      expect(degree.map((s) => s.actorId)).toEqual(['donald-trump', 'narendra-modi']);
      expect(degree[0].score).toBeCloseTo(1, 5);
      const pagerank = await store.centrality('PAGERANK', withSpokeToDefaults(), 'PERSON', 1);
      expect(pagerank.map((s) => s.actorId)).toEqual(['donald-trump']);
      const betweenness = await store.centrality('BETWEENNESS', withSpokeToDefaults(), null, 1);
      expect(betweenness).toEqual([{ actorId: 'donald-trump', score: 1 }]);
    });

    it('ranks the whole network: directed links one way, SUBJECTs and lone speakers as no links, ties by id', async () => {
      const { article, extraction } = fixture({ id: 'w1', publishedAt: '2025-08-01', interactions: [
        { type: 'CRITICISM', date: '2025-08-01', parts: [['volodymyr-zelenskyy', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT'], ['kremlin', 'SUBJECT']] },
        { type: 'ATTACK', date: '2025-08-01', parts: [['RUS', 'INITIATOR'], ['UKR', 'RECIPIENT']] },
        { type: 'STATEMENT', date: '2025-08-01', parts: [['yuri-ushakov', 'SPEAKER']] },
      ] });
      await store.ingest(article, extraction);
      // Modi - Trump = Putin <- Zelenskyy, RUS -> UKR, Ushakov alone: 7 nodes.
      const filter: InteractionFilter = { types: ['CALL', 'CRITICISM', 'ATTACK', 'STATEMENT'] };
      // Ties by localeCompare, not code units: narendra-modi before RUS.
      expect(await store.centrality('DEGREE', filter, null, 3)).toEqual([
        { actorId: 'donald-trump', score: 2 / 6 }, { actorId: 'vladimir-putin', score: 2 / 6 }, { actorId: 'narendra-modi', score: 1 / 6 },
      ]);
      expect(await store.centrality('DEGREE', filter, 'COUNTRY', 5)).toEqual([{ actorId: 'RUS', score: 1 / 6 }, { actorId: 'UKR', score: 1 / 6 }]);
      // Trump and Putin each lie on 4 of the 6 * 5 ordered pairs' shortest paths.
      const betweenness = await store.centrality('BETWEENNESS', filter, null, 3);
      expect(betweenness.map((s) => s.actorId)).toEqual(['donald-trump', 'vladimir-putin', 'narendra-modi']);
      expect(betweenness.map((s) => s.score)).toEqual([expect.closeTo(4 / 30), expect.closeTo(4 / 30), 0]);
      expect(await store.centrality('PAGERANK', filter, 'ORGANIZATION', 5)).toEqual([]);
      expect(await store.centrality('PAGERANK', filter, null, 0)).toEqual([]);

      const all = await store.network({ depth: 1, filter, limit: 100 });
      expect(all.nodes.map((n) => n.id)).toEqual(['donald-trump', 'vladimir-putin', 'narendra-modi', 'RUS', 'UKR', 'volodymyr-zelenskyy', 'yuri-ushakov']);
      expect(all.edges).toEqual([
        { source: 'donald-trump', target: 'vladimir-putin', directed: false, weight: 2, types: ['CALL'], firstDate: '2025-05-19', lastDate: '2025-07-03' },
        { source: 'donald-trump', target: 'narendra-modi', directed: false, weight: 1, types: ['CALL'], firstDate: null, lastDate: null },
        { source: 'RUS', target: 'UKR', directed: true, weight: 1, types: ['ATTACK'], firstDate: '2025-08-01', lastDate: '2025-08-01' },
        { source: 'volodymyr-zelenskyy', target: 'vladimir-putin', directed: true, weight: 1, types: ['CRITICISM'], firstDate: '2025-08-01', lastDate: '2025-08-01' },
      ]);
      const four = await store.network({ depth: 1, filter, limit: 4 });
      expect([four.nodes.map((n) => n.id), four.edges]).toEqual([['donald-trump', 'vladimir-putin', 'narendra-modi', 'RUS'], all.edges.slice(0, 2)]);
      // Around a center: a lone speaker is a node without links, a SUBJECT no node at all.
      const ids = (n: NetworkRecord) => [n.nodes.map((a) => a.id), n.edges];
      expect(ids(await store.network({ center: 'yuri-ushakov', depth: 2, filter, limit: 10 }))).toEqual([['yuri-ushakov'], []]);
      expect(ids(await store.network({ center: 'kremlin', depth: 2, filter, limit: 10 }))).toEqual([[], []]);
      expect(ids(await store.network({ center: 'volodymyr-zelenskyy', depth: 1, filter, limit: 10 }))).toEqual([['volodymyr-zelenskyy', 'vladimir-putin'], [all.edges[3]]]);
      expect(await store.network({ depth: 1, filter, limit: 0 })).toEqual({ nodes: [], edges: [] });
      expect(await store.network({ depth: 1, filter: { ...filter, from: '2030-01-01' }, limit: 10 })).toEqual({ nodes: [], edges: [] });
      expect(await store.centrality('DEGREE', { ...filter, from: '2030-01-01' }, null, 10)).toEqual([]);
    });

    it('counts topics overall and per actor', async () => {
      const topics = await store.listTopics();
      expect(topics.map((t) => [t.topic.id, t.count])).toEqual([['ukraine-war', 3], ['ceasefire', 1], ['iran', 1], ['military-aid', 1]]);
      const [zelenskyy] = await store.topicsOfActors(['volodymyr-zelenskyy']);
      expect(zelenskyy.map((t) => [t.topic.id, t.count])).toEqual([['military-aid', 1]]);
      expect((await store.getTopics(['iran', 'elections'])).map((t) => t?.id ?? null)).toEqual(['iran', null]);
    });

    it('knows affiliations, mentions and the actors and interactions of articles', async () => {
      const [trump] = await store.affiliationsOf(['donald-trump']);
      expect(trump).toEqual([{ targetId: 'USA', title: 'President of the United States', from: '2024-11-11', to: null }]);
      const [putin] = await store.mentionsOf(['vladimir-putin']);
      expect(putin.map((m) => m.articleId).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
      const [inA4] = await store.interactionsInArticles(['a4']);
      expect(inA4.sort()).toEqual([CALL_MODI, MEETING_MODI].sort());
      const [actorsA3] = await store.actorsInArticles(['a3']);
      expect(actorsA3.map((a) => a.actorId).sort()).toEqual(['RUS', 'USA', 'donald-trump', 'vladimir-putin']);
    });

    it('gets and lists articles, newest first', async () => {
      const [a2, none] = await store.getArticles(['a2', 'zz']);
      expect(a2).toEqual({ id: 'a2', title: 'No progress, says Trump', url: null, source: null, language: 'en', publishedAt: '2025-07-03', text: 'Trump said he made no progress with Putin. The ceasefire talks stalled.' });
      expect(none).toBeNull();
      const page = await store.listArticles({}, { first: 10 });
      expect(page.edges.map((e) => e.node.id)).toEqual(['a3', 'a2', 'a1', 'a4']);
      const german = await store.listArticles({ language: 'de' }, { first: 10 });
      expect(german.edges.map((e) => e.node.id)).toEqual(['a3']);
      const withModi = await store.listArticles({ mentions: 'narendra-modi' }, { first: 10 });
      expect(withModi.edges.map((e) => e.node.id)).toEqual(['a4']);
    });

    it('searches names, articles and evidence', async () => {
      const hits = await store.search('Selenskyj', 5);
      expect(hits[0]).toMatchObject({ kind: 'ACTOR', id: 'volodymyr-zelenskyy' });
      const hague = await store.search('the hague', 5);
      expect(hague.map((h) => [h.kind, h.id])).toEqual([['INTERACTION', MEETING_0625]]);
      const ceasefire = await store.search('ceasefire', 5);
      expect(ceasefire.map((h) => [h.kind, h.id])).toEqual([['ARTICLE', 'a2']]);
    });

    it('counts what it holds', async () => {
      const stats = await store.stats();
      expect(stats.articles).toBe(4);
      expect(stats.actorsByKind).toEqual([{ kind: 'PERSON', count: 4 }, { kind: 'COUNTRY', count: 4 }, { kind: 'ORGANIZATION', count: 0 }]);
      expect(stats.interactionsByType.filter((t) => t.count > 0)).toEqual([
        { type: 'CALL', count: 3 }, { type: 'MEETING', count: 2 }, { type: 'STATEMENT', count: 1 },
      ]);
      expect([stats.topics, stats.firstDate, stats.lastDate]).toEqual([4, '2025-05-19', '2025-07-03']);
    });

    it('removes an article and only what no other article supports', async () => {
      await expect(store.removeArticle('a3')).resolves.toEqual({ articleId: 'a3', removedInteractions: 0, removedActors: 0 });
      const [call] = await store.getInteractions([CALL_0703]);
      expect(call!.sources.map((s) => s.articleId)).toEqual(['a2']);
      expect(call!.topicIds).toEqual(['iran', 'ukraine-war']);
      expect(call!.participants).toContainEqual({ actorId: 'vladimir-putin', role: 'PARTICIPANT' });
      await expect(store.removeArticle('a4')).resolves.toEqual({ articleId: 'a4', removedInteractions: 2, removedActors: 2 });
      expect(await store.getActors(['narendra-modi', 'IND'])).toEqual([null, null]);
      await expect(store.removeArticle('a4')).resolves.toBeNull();
      expect((await store.stats()).articles).toBe(2);
    });

    it('merges a duplicate actor into the one kept', async () => {
      const { article, extraction } = fixture({ id: 'a6', publishedAt: '2025-07-05', language: 'de', interactions: [
        { type: 'CALL', date: '2025-07-05', parts: [['w-putin', 'PARTICIPANT'], ['narendra-modi', 'PARTICIPANT']] },
      ] });
      await store.ingest(article, extraction);
      const kept = await store.mergeActors('vladimir-putin', 'w-putin');
      expect(kept.id).toBe('vladimir-putin');
      expect(kept.aliases).toEqual(expect.arrayContaining(['W. Putin', 'Wladimir Wladimirowitsch Putin', 'Putin']));
      expect(await store.getActors(['w-putin'])).toEqual([kept]);
      const [counterparts] = await store.counterpartsOf(['vladimir-putin'], withSpokeToDefaults());
      expect(counterparts.map((c) => c.actorId)).toEqual(['donald-trump', 'narendra-modi']);
      expect((await store.findActorsByName('Wladimir Wladimirowitsch Putin')).map((a) => a.id)).toEqual(['vladimir-putin']);
      const [byMergedId, pairByMergedId, topicWithMergedId] = await store.listInteractionsPerScope(
        [{ actors: ['w-putin'] }, { actors: ['narendra-modi', 'w-putin'] }, { topic: 'ukraine-war' }], { with: ['w-putin'] }, 'DATE_DESC', { first: 2 },
      );
      expect(byMergedId).toEqual(await store.listInteractions({ with: ['vladimir-putin'] }, 'DATE_DESC', { first: 2 }));
      expect(pairByMergedId).toEqual(await store.listInteractions({ with: ['narendra-modi', 'vladimir-putin'] }, 'DATE_DESC', { first: 2 }));
      expect(topicWithMergedId).toEqual(await store.listInteractions({ with: ['vladimir-putin'], topics: ['ukraine-war'] }, 'DATE_DESC', { first: 2 }));
      expect([pairByMergedId.totalCount, topicWithMergedId.totalCount]).toEqual([2, 3]);
      // By date and participants: Neo4j keeps interaction ids through a merge, the embedded store renames them.
      expect([byMergedId.totalCount, byMergedId.edges.map((e) => [e.node.date, e.node.participants.map((p) => p.actorId).sort()])]).toEqual([5, [
        ['2025-07-05', ['narendra-modi', 'vladimir-putin']], ['2025-07-03', ['donald-trump', 'vladimir-putin']],
      ]]);
      // Paths and networks take the merged id for the kept actor: at an end, as the center, in `with`.
      const path = await store.path('w-putin', 'narendra-modi', 4, withSpokeToDefaults());
      expect(path?.map((h) => [h.fromId, h.toId])).toEqual([['vladimir-putin', 'narendra-modi']]);
      const around = await store.network({ center: 'w-putin', depth: 1, filter: withSpokeToDefaults({ with: ['w-putin'] }), limit: 10 });
      expect(around.nodes.map((n) => n.id)).toEqual(['vladimir-putin', 'donald-trump', 'narendra-modi']);
      expect(around.edges.map((e) => [e.source, e.target, e.weight])).toEqual([['donald-trump', 'vladimir-putin', 2], ['narendra-modi', 'vladimir-putin', 1]]);
      // So do the whole network's rankings.
      const withMerged = withSpokeToDefaults({ with: ['w-putin'] });
      const whole = await store.network({ depth: 1, filter: withMerged, limit: 10 });
      expect(whole.nodes.map((n) => n.id)).toEqual(['vladimir-putin', 'donald-trump', 'narendra-modi']);
      expect(whole.edges).toEqual(around.edges);
      expect((await store.centrality('DEGREE', withMerged, null, 5)).map((c) => c.actorId)).toEqual(['vladimir-putin', 'donald-trump', 'narendra-modi']);
      expect(await store.centrality('PAGERANK', withMerged, null, 5)).toEqual(await store.centrality('PAGERANK', withSpokeToDefaults({ with: ['vladimir-putin'] }), null, 5));
    });

    it('keeps the kept actor\'s name when the merged one was seen first', async () => {
      const early = fixture({ id: 'b1', publishedAt: '2020-01-01', interactions: [
        { type: 'CALL', date: '2020-01-01', parts: [['w-putin', 'PARTICIPANT'], ['narendra-modi', 'PARTICIPANT']] },
      ] });
      await store.ingest(early.article, early.extraction);
      const kept = await store.mergeActors('vladimir-putin', 'w-putin');
      expect([kept.id, kept.name, kept.kind]).toEqual(['vladimir-putin', 'Vladimir Putin', 'PERSON']);
      expect(kept.aliases).toEqual(expect.arrayContaining(['W. Putin']));
      expect(kept.aliases).not.toContain('Vladimir Putin');
    });

    it('takes each of role, title and country from the newest article that gives it, in any ingest order', async () => {
      const newer = fixture({ id: 'c2', publishedAt: '2026-01-01', interactions: [
        { type: 'CALL', date: '2026-01-01', parts: [['p-x', 'PARTICIPANT'], ['narendra-modi', 'PARTICIPANT']] },
      ] });
      newer.extraction.persons.find((p) => p.id === 'p-x')!.title = null;
      const older = fixture({ id: 'c1', publishedAt: '2025-01-01', interactions: [
        { type: 'CALL', date: '2025-01-01', parts: [['p-x', 'PARTICIPANT'], ['narendra-modi', 'PARTICIPANT']] },
      ] });
      older.extraction.persons.find((p) => p.id === 'p-x')!.title = 'Envoy';
      await store.ingest(newer.article, newer.extraction);
      await store.ingest(older.article, older.extraction);
      const [x] = await store.getActors(['p-x']);
      expect([x!.role, x!.title]).toEqual(['OFFICIAL', 'Envoy']);
    });

    it('updates an article stored with other metadata, its relative dates resolved again', async () => {
      const text = 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday about a ceasefire in Ukraine.';
      const first = prepareArticle(text, { publishedAt: '2025-03-12', title: 'Trump and Putin talk' });
      const id = first.article.id;
      expect(await store.ingest(first.article, first.extraction)).toEqual({ articleId: id, created: true });
      const corrected = prepareArticle(text, { publishedAt: '2025-04-16', title: 'Trump and Putin talk again' });
      expect(corrected.article.id).toBe(id);
      expect(await store.ingest(corrected.article, corrected.extraction)).toEqual({ articleId: id, created: false, updated: true });
      const [article] = await store.getArticles([id]);
      expect([article!.title, article!.publishedAt]).toEqual(['Trump and Putin talk again', '2025-04-16']);
      const calls = await store.getInteractions(['call:2025-03-11:donald-trump+vladimir-putin', 'call:2025-04-15:donald-trump+vladimir-putin']);
      expect(calls.map((c) => c && [c.date, c.type])).toEqual([null, ['2025-04-15', 'CALL']]);
      expect((await store.stats()).articles).toBe(5);
      // The same metadata again changes nothing.
      expect(await store.ingest(corrected.article, corrected.extraction)).toEqual({ articleId: id, created: false });
    });

    it('refuses to merge unknown actors', async () => {
      await expect(store.mergeActors('vladimir-putin', 'nobody')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    });

    it('dumps every node and relationship', async () => {
      const dump = await store.exportGraph();
      const labels = (l: string) => dump.nodes.filter((n) => n.labels.includes(l)).length;
      expect([labels('Actor'), labels('Interaction'), labels('Topic'), labels('Article')]).toEqual([8, 6, 4, 4]);
      const types = (t: string) => dump.edges.filter((e) => e.type === t).length;
      expect([types('PARTICIPATED_IN'), types('ABOUT'), types('REPORTED_IN'), types('MENTIONS')]).toEqual([12, 6, 7, 21]);
      expect(dump.edges).toContainEqual({ type: 'REPORTED_IN', source: CALL_0703, target: 'a3', properties: { evidence: 'Putin und Trump telefonierten am Donnerstag.', quote: null } });
    });
  });
}
