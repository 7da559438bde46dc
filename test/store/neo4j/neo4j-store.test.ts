/**
 * Neo4jGraphStore against a fake driver (no database): which statements each port method runs,
 * that every statement receives exactly the parameters its header declares, that integer
 * parameters travel as Neo4j Integers, that reads are one round trip, and how driver failures
 * surface. What the statements compute is checked by the contract suite against a real Neo4j
 * (neo4j.int.test.ts) and, without a database, by the lint test.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { ParticipantRole } from '../../../src/domain/enums';
import { ErrorCode, StoreUnavailableError } from '../../../src/domain/errors';
import { readNeo4jConfig, type Neo4jConfig } from '../../../src/store/neo4j/config';
import { declaredParameters, loadCypher, type CypherCatalogue, STATEMENT_NAMES } from '../../../src/store/neo4j/cypher';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-store';
import { articleRow } from '../../../src/store/neo4j/ingest-rows';
import type { InteractionFilter } from '../../../src/store/graph-store';
import { encodeCursor } from '../../../src/store/pagination';
import { buildSpokeGraph, centralityScores, type SpokeInteraction } from '../../../src/store/spoke-network';
import { fixture, WORLD } from '../../helpers/store-fixtures';

type Row = Record<string, unknown>;
type Responder = (name: string, params: Record<string, unknown>) => Row[] | undefined;
interface Call { name: string; params: Record<string, unknown> }

const cypher = loadCypher();
const INTEGER_PARAMS = new Set(['first', 'timeoutSeconds']);

class FakeDriver {
  readonly calls: Call[] = [];
  transactions = 0;
  closed = false;
  private readonly names = new Map<string, string>();

  constructor(
    catalogue: CypherCatalogue,
    private readonly respond: Responder = () => undefined,
    private readonly failure: { connect?: unknown; run?: unknown; hang?: boolean } = {},
  ) {
    for (const name of STATEMENT_NAMES) this.names.set(catalogue.statement(name), name);
    for (const text of catalogue.schema) this.names.set(text, 'schema');
  }

  async verifyConnectivity() {
    if (this.failure.connect) throw this.failure.connect;
    return {};
  }

  async getServerInfo() {
    if (this.failure.connect) throw this.failure.connect;
    return { address: 'localhost:7687', agent: 'Neo4j/5.26.0', protocolVersion: 5.8 };
  }

  session() {
    const tx = {
      run: async (text: string, params: Record<string, unknown>) => {
        const name = this.names.get(text);
        if (!name) throw new Error(`unknown statement text: ${text.slice(0, 60)}`);
        const declared = name === 'schema' ? [] : declaredParameters(text);
        expect({ name, params: Object.keys(params).sort() }).toEqual({ name, params: [...declared].sort() });
        for (const key of Object.keys(params)) {
          if (INTEGER_PARAMS.has(key)) expect(neo4j.isInt(params[key])).toBe(true);
        }
        this.calls.push({ name, params });
        if (this.failure.run) throw this.failure.run;
        const rows = this.respond(name, params) ?? [];
        return { records: rows.map((r) => new neo4j.types.Record(Object.keys(r), Object.values(r))) };
      },
    };
    const execute = async <T>(work: (t: typeof tx) => Promise<T>) => {
      this.transactions++;
      if (this.failure.hang) return new Promise<T>(() => undefined);
      return work(tx);
    };
    return { executeRead: execute, executeWrite: execute, close: async () => undefined };
  }

  async close() {
    this.closed = true;
  }
}

const CONFIG: Neo4jConfig = readNeo4jConfig(
  { NEO4J_URI: 'neo4j+s://db.example.org:7687', NEO4J_PASSWORD: 'hunter2' },
  { acquireMs: 50, connectMs: 50, retryMs: 50, readTxMs: 50, writeTxMs: 50 },
);

async function storeWith(respond?: Responder, failure?: ConstructorParameters<typeof FakeDriver>[2]) {
  const driver = new FakeDriver(cypher, respond, failure);
  const store = new Neo4jGraphStore(CONFIG, { cypher, createDriver: () => driver as unknown as Driver });
  return { store, driver };
}

async function openStore(respond?: Responder) {
  const { store, driver } = await storeWith(respond);
  await store.open();
  driver.calls.length = 0;
  driver.transactions = 0;
  return { store, driver };
}

const names = (driver: FakeDriver) => driver.calls.map((c) => c.name);
const neo4jError = (code: string, message = 'boom') => new Neo4jError(message, code, '50N42', 'error');

describe('Neo4jGraphStore (fake driver)', () => {
  it('applies the schema, one transaction per statement, then waits for the indexes', async () => {
    const { store, driver } = await storeWith();
    await store.open();
    expect(names(driver)).toEqual([...cypher.schema.map(() => 'schema'), 'await-indexes']);
    expect(driver.transactions).toBe(cypher.schema.length + 1);
    await expect(store.health()).resolves.toEqual({ store: 'neo4j', ok: true, detail: 'Neo4j/5.26.0 at neo4j+s://db.example.org:7687' });
    await store.close();
    expect(driver.closed).toBe(true);
  });

  it('fails to open with one line naming the URI and the cause, never the password', async () => {
    const { store, driver } = await storeWith(undefined, {
      connect: neo4jError('ServiceUnavailable', 'Could not perform discovery. No routing servers available.\nKnown routing table: ...'),
    });
    const error = await store.open().then(() => null, (e: unknown) => e as StoreUnavailableError);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error!.code).toBe(ErrorCode.STORE_UNAVAILABLE);
    expect(error!.message).toBe('The graph store is unavailable: cannot connect to Neo4j at neo4j+s://db.example.org:7687: Could not perform discovery. No routing servers available.');
    expect(error!.message).not.toContain('hunter2');
    expect(driver.closed).toBe(true);
  });

  it('reports ill health instead of throwing', async () => {
    const { store } = await storeWith(undefined, { connect: neo4jError('ServiceUnavailable', 'connection refused') });
    await expect(store.health()).resolves.toEqual({ store: 'neo4j', ok: false, detail: 'not connected to neo4j+s://db.example.org:7687' });
  });

  it('reports a server that stopped answering after open as not reachable, naming the cause', async () => {
    const { store, driver } = await openStore();
    (driver as unknown as { failure: { connect: unknown } }).failure.connect = neo4jError('ServiceUnavailable', 'connection refused');
    await expect(store.health()).resolves.toEqual({
      store: 'neo4j', ok: false, detail: 'Neo4j at neo4j+s://db.example.org:7687 is not reachable: connection refused',
    });
  });

  it('ingests an article already present with one statement and no change', async () => {
    const { article, extraction } = fixture(WORLD[0]);
    const { store, driver } = await openStore((name) => (name === 'create-article' ? [{ ...articleRow(article), created: false }] : undefined));
    await expect(store.ingest(article, extraction)).resolves.toEqual({ articleId: 'a1', created: false });
    expect(names(driver)).toEqual(['create-article']);
  });

  it('replaces an article stored with other metadata in one transaction, pruning what only the old one had', async () => {
    const { article, extraction } = fixture(WORLD[0]);
    const { store, driver } = await openStore((name) => {
      if (name === 'create-article') return [{ ...articleRow(article), publishedAt: '2025-01-01', created: false }];
      if (name === 'remove-article') return [{ interactionIds: ['old-call'], actorIds: ['x'] }];
      return undefined;
    });
    await expect(store.ingest(article, extraction)).resolves.toEqual({ articleId: 'a1', created: false, updated: true });
    expect(driver.transactions).toBe(1);
    expect(names(driver)).toEqual([
      'create-article', 'remove-article', 'create-article', 'resolve-actors', 'ingest-actors', 'ingest-affiliations', 'ingest-topics',
      'ingest-reports', 'prune-interactions', 'refresh-interactions', 'prune-actors', 'refresh-actors', 'refresh-affiliations', 'prune-topics',
    ]);
    const params = (name: string) => driver.calls.filter((c) => c.name === name).at(-1)!.params;
    expect(params('refresh-interactions').ids).toEqual(['call:2025-05-19:donald-trump+vladimir-putin', 'statement:2025-05-19:vladimir-putin', 'old-call']);
    expect(params('prune-actors').ids).toEqual(['x']);
  });

  it('ingests a new article in one transaction, resolving merged ids first', async () => {
    const { store, driver } = await openStore((name) => {
      if (name === 'create-article') return [{ id: 'a1', created: true }];
      if (name === 'resolve-actors') return [{ requested: 'vladimir-putin', actorId: 'w-putin' }];
      return undefined;
    });
    const { article, extraction } = fixture(WORLD[0]);
    await expect(store.ingest(article, extraction)).resolves.toEqual({ articleId: 'a1', created: true });
    expect(driver.transactions).toBe(1);
    expect(names(driver)).toEqual([
      'create-article', 'resolve-actors', 'ingest-actors', 'ingest-affiliations', 'ingest-topics', 'ingest-reports',
      'refresh-interactions', 'refresh-actors', 'refresh-affiliations',
    ]);
    const params = (name: string) => driver.calls.find((c) => c.name === name)!.params;
    const actors = params('ingest-actors').actors as Row[];
    expect(actors.map((a) => a.id)).toEqual(['RUS', 'UKR', 'USA', 'donald-trump', 'w-putin']);
    expect(actors.every((a) => neo4j.isInt(a.mentions))).toBe(true);
    expect(actors[4]).toMatchObject({ aliases: ['Vladimir Putin', 'Putin', 'Wladimir Putin'], aliasKeys: ['vladimir putin', 'putin', 'wladimir putin'] });
    const reports = params('ingest-reports').reports as Row[];
    expect(reports[0]).toMatchObject({
      interactionId: 'call:2025-05-19:donald-trump+vladimir-putin', participantIds: ['donald-trump', 'w-putin'],
      participantRoles: ['INITIATOR', 'RECIPIENT'], evidenceKey: 'trump called putin on monday',
    });
    expect(params('ingest-topics').topics).toEqual([{ id: 'ukraine-war', name: expect.any(String) }]);
    expect(params('refresh-interactions').roleRank).toEqual(['PARTICIPANT', 'SUBJECT', 'RECIPIENT', 'SPEAKER', 'INITIATOR']);
  });

  it('removes an unknown article with one statement and answers null', async () => {
    const { store, driver } = await openStore();
    await expect(store.removeArticle('zz')).resolves.toBeNull();
    expect(names(driver)).toEqual(['remove-article']);
  });

  it('removes an article, then prunes and refreshes what it touched', async () => {
    const { store, driver } = await openStore((name) => {
      if (name === 'remove-article') return [{ interactionIds: ['i1', 'i2'], actorIds: ['x', 'y'] }];
      if (name === 'prune-interactions') return [{ removed: neo4j.int(1) }];
      if (name === 'prune-actors') return [{ removed: neo4j.int(2) }];
      return undefined;
    });
    await expect(store.removeArticle('a4')).resolves.toEqual({ articleId: 'a4', removedInteractions: 1, removedActors: 2 });
    expect(driver.transactions).toBe(1);
    expect(names(driver)).toEqual([
      'remove-article', 'prune-interactions', 'refresh-interactions', 'prune-actors', 'refresh-actors', 'refresh-affiliations', 'prune-topics',
    ]);
  });

  it('merges actors in one transaction and returns the kept actor', async () => {
    const kept = { id: 'vladimir-putin', kind: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin', 'W. Putin'], role: 'LEADER', title: null, organizationType: null, country: 'RUS' };
    const { store, driver } = await openStore((name) => {
      if (name === 'find-merge-pair') {
        const wPutin = { ...kept, id: 'w-putin', name: 'W. Putin', aliases: [] };
        return [{ keepId: 'vladimir-putin', mergeId: 'w-putin', keep: kept, merge: wPutin }];
      }
      if (name === 'move-actor-reports') return [{ interactionIds: ['i9'] }];
      if (name === 'move-actor-affiliations') return [{ personIds: ['vladimir-putin'] }];
      if (name === 'get-actors') return [{ requested: 'vladimir-putin', actor: kept }];
      return undefined;
    });
    await expect(store.mergeActors('vladimir-putin', 'w-putin')).resolves.toEqual(kept);
    expect(driver.transactions).toBe(1);
    expect(names(driver)).toEqual([
      'find-merge-pair', 'move-actor-mentions', 'move-actor-reports', 'refresh-interactions', 'move-actor-affiliations',
      'retire-merged-actor', 'refresh-actors', 'refresh-affiliations', 'get-actors',
    ]);
  });

  it('refuses to merge an unknown actor with NOT_FOUND', async () => {
    const { store } = await openStore((name) => (name === 'find-merge-pair'
      ? [{ keepId: 'vladimir-putin', mergeId: 'nobody', keep: { id: 'vladimir-putin', kind: 'PERSON', name: 'Vladimir Putin', aliases: [], role: null, title: null, organizationType: null, country: null }, merge: null }] : undefined));
    await expect(store.mergeActors('vladimir-putin', 'nobody')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, message: 'Actor nobody not found' });
  });

  it('refuses a merge across kinds with BAD_USER_INPUT and writes nothing', async () => {
    const actor = (id: string, kind: string, name: string) => ({ id, kind, name, aliases: [], role: null, title: null, organizationType: null, country: null });
    const { store, driver } = await openStore((name) => (name === 'find-merge-pair'
      ? [{ keepId: 'RUS', mergeId: 'vladimir-putin', keep: actor('RUS', 'COUNTRY', 'Russia'), merge: actor('vladimir-putin', 'PERSON', 'Vladimir Putin') }] : undefined));
    await expect(store.mergeActors('RUS', 'vladimir-putin')).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'Cannot merge PERSON vladimir-putin (Vladimir Putin) into COUNTRY RUS (Russia): only actors of one kind can be merged',
    });
    expect(names(driver)).toEqual(['find-merge-pair']);
  });

  it('answers a dry-run merge from find-merge-pair alone', async () => {
    const actor = (id: string, name: string, aliases: string[]) => ({ id, kind: 'PERSON', name, aliases, role: null, title: null, organizationType: null, country: null });
    const { store, driver } = await openStore((name) => (name === 'find-merge-pair'
      ? [{ keepId: 'vladimir-putin', mergeId: 'w-putin', keep: actor('vladimir-putin', 'Vladimir Putin', ['Putin']), merge: actor('w-putin', 'W. Putin', ['Wladimir Putin']) }] : undefined));
    await expect(store.mergeActors('vladimir-putin', 'w-putin', true)).resolves.toMatchObject({ id: 'vladimir-putin', aliases: ['Putin', 'W. Putin', 'Wladimir Putin'] });
    expect(names(driver)).toEqual(['find-merge-pair']);
  });

  const ONE_ROW: Record<string, Row> = {
    'list-actors': { totalCount: neo4j.int(0), restCount: neo4j.int(0), page: [] },
    'list-articles': { totalCount: neo4j.int(0), restCount: neo4j.int(0), page: [] },
    'list-spoke-degrees': { order: neo4j.int(0), ranked: [] },
    'list-spoke-pairs': { nodes: [], pairs: [] },
    'search-graph': { hits: [] },
    'get-stats': { articles: neo4j.int(0), actorsByKind: [], interactionsByType: [], topics: neo4j.int(0), firstDate: null, lastDate: null },
    'export-graph': { actors: [], interactions: [], topics: [], articles: [], participations: [], abouts: [], reports: [], affiliations: [], mentions: [] },
  };
  const spoke: InteractionFilter = { types: ['CALL'], status: 'OCCURRED' };

  it.each([
    ['getActors', 'get-actors', (s: Neo4jGraphStore) => s.getActors(['a', 'b', 'a'])],
    ['findActorsByName', 'find-actors-by-name', (s: Neo4jGraphStore) => s.findActorsByName('Selenskyj')],
    ['listActors', 'list-actors', (s: Neo4jGraphStore) => s.listActors({ kinds: ['PERSON'], search: 'Putin' }, 'MENTIONS', { first: 5, after: encodeCursor([-3, 'x', 'y']) })],
    ['getInteractions', 'get-interactions', (s: Neo4jGraphStore) => s.getInteractions(['i1'])],
    ['listInteractions', 'list-interactions', (s: Neo4jGraphStore) => s.listInteractions({ with: ['a'], from: '2025-01-01' }, 'DATE_DESC', { first: 5, after: encodeCursor([null, 'x']) })],
    ['listInteractionsPerScope', 'list-scoped-interactions', (s: Neo4jGraphStore) => s.listInteractionsPerScope([{ actors: ['a'] }, { topic: 't' }, { actors: ['a', 'b'] }, { actors: ['a'] }], { types: ['CALL'] }, 'DATE_ASC', { first: 5 })],
    ['conversationsOf', 'list-conversations', (s: Neo4jGraphStore) => s.conversationsOf([['a', 'b'], [], ['c']], spoke)],
    ['counterpartsOf', 'list-counterparts', (s: Neo4jGraphStore) => s.counterpartsOf(['a', 'b'], spoke)],
    ['path', 'list-spoke-neighbours', (s: Neo4jGraphStore) => s.path('a', 'b', 4, spoke)],
    ['network', 'list-spoke-neighbours', (s: Neo4jGraphStore) => s.network({ center: 'a', depth: 2, filter: spoke, limit: 10 })],
    ['network without a center', 'list-spoke-degrees', (s: Neo4jGraphStore) => s.network({ depth: 2, filter: spoke, limit: 10 })],
    ['degree centrality', 'list-spoke-degrees', (s: Neo4jGraphStore) => s.centrality('DEGREE', spoke, 'PERSON', 3)],
    ['centrality', 'list-spoke-pairs', (s: Neo4jGraphStore) => s.centrality('PAGERANK', spoke, 'PERSON', 3)],
    ['listTopics', 'list-topics', (s: Neo4jGraphStore) => s.listTopics()],
    ['getTopics', 'get-topics', (s: Neo4jGraphStore) => s.getTopics(['iran'])],
    ['topicsOfActors', 'list-actor-topics', (s: Neo4jGraphStore) => s.topicsOfActors(['a'])],
    ['affiliationsOf', 'list-affiliations', (s: Neo4jGraphStore) => s.affiliationsOf(['a'])],
    ['mentionsOf', 'list-mentions', (s: Neo4jGraphStore) => s.mentionsOf(['a'])],
    ['actorsInArticles', 'list-article-actors', (s: Neo4jGraphStore) => s.actorsInArticles(['a1'])],
    ['interactionsInArticles', 'list-article-interactions', (s: Neo4jGraphStore) => s.interactionsInArticles(['a1'])],
    ['getArticles', 'get-articles', (s: Neo4jGraphStore) => s.getArticles(['a1'])],
    ['listArticles', 'list-articles', (s: Neo4jGraphStore) => s.listArticles({ mentions: 'a' }, { first: 3 })],
    ['search', 'search-graph', (s: Neo4jGraphStore) => s.search('the hague', 5)],
    ['stats', 'get-stats', (s: Neo4jGraphStore) => s.stats()],
    ['exportGraph', 'export-graph', (s: Neo4jGraphStore) => s.exportGraph()],
  ])('%s is one read statement (%s)', async (_method, statement, call) => {
    const { store, driver } = await openStore((name) => (ONE_ROW[name] ? [ONE_ROW[name]] : undefined));
    await call(store);
    expect(names(driver)).toEqual([statement]);
    expect(driver.transactions).toBe(1);
  });

  describe('walks from the ends of a path or the center of a network', () => {
    // A chain a - b - c - d of calls, one per pair; w-a is an id merged into a.
    const LINKS: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: ['b', 'd'], d: ['c'] };
    const call = (x: string, y: string) => ({
      id: `${x}${y}`, type: 'CALL', date: '2025-01-01', participants: [{ actorId: x, role: 'PARTICIPANT' }, { actorId: y, role: 'PARTICIPANT' }],
    });
    const respond: Responder = (name, params) => {
      const ids = params.ids as string[];
      if (name === 'list-spoke-neighbours') {
        return ids.map((requested) => {
          const actorId = requested === 'w-a' ? 'a' : requested;
          return { requested, actorId, isNode: actorId in LINKS, neighbours: (LINKS[actorId] ?? []).map((n) => ({ actorId: n, via: [actorId, n].sort().join('') })) };
        });
      }
      const among = () => Object.entries(LINKS).flatMap(([x, ys]) => ys.filter((y) => x < y && ids.includes(x) && ids.includes(y)).map((y) => [x, y]));
      if (name === 'list-spoke-edges') return among().map(([x, y]) => ({ interaction: call(x, y) }));
      if (name === 'list-spoke-links') {
        return among().map(([source, target]) => ({
          source, target, directed: false, weight: neo4j.int(1), types: ['CALL'], firstDate: '2025-01-01', lastDate: '2025-01-01',
        }));
      }
      if (name === 'get-actors') {
        return ids.map((id) => ({ requested: id, actor: { id, kind: 'PERSON', name: id, aliases: [], role: null, title: null, organizationType: null, country: null } }));
      }
      return undefined;
    };

    it('reads one level per round trip, in one read transaction', async () => {
      const { store, driver } = await openStore(respond);
      await expect(store.path('w-a', 'd', 4, spoke)).resolves.toEqual([
        { fromId: 'a', toId: 'b', interactionIds: ['ab'] },
        { fromId: 'b', toId: 'c', interactionIds: ['bc'] },
        { fromId: 'c', toId: 'd', interactionIds: ['cd'] },
      ]);
      // Both ends at once, then the fringes {b} and {c}, then the interactions along the path.
      expect(driver.calls.map((c) => [c.name, c.params.ids])).toEqual([
        ['list-spoke-neighbours', ['w-a', 'd']], ['list-spoke-neighbours', ['b']], ['list-spoke-neighbours', ['c']],
        ['list-spoke-edges', ['a', 'b', 'c', 'd']],
      ]);
      expect(driver.transactions).toBe(1);
    });

    it('stops a path at maxHops without reading further', async () => {
      const { store, driver } = await openStore(respond);
      await expect(store.path('a', 'd', 2, spoke)).resolves.toBeNull();
      expect(names(driver)).toEqual(['list-spoke-neighbours', 'list-spoke-neighbours']);
    });

    it('reads a network level by level, then its edges aggregated per pair, and its actors', async () => {
      const { store, driver } = await openStore(respond);
      const network = await store.network({ center: 'b', depth: 2, filter: spoke, limit: 3 });
      expect(network.nodes.map((n) => n.id)).toEqual(['b', 'a', 'c']);
      expect(network.edges).toEqual([
        { source: 'a', target: 'b', directed: false, weight: 1, types: ['CALL'], firstDate: '2025-01-01', lastDate: '2025-01-01' },
        { source: 'b', target: 'c', directed: false, weight: 1, types: ['CALL'], firstDate: '2025-01-01', lastDate: '2025-01-01' },
      ]);
      expect(driver.calls.map((c) => [c.name, c.params.ids])).toEqual([
        ['list-spoke-neighbours', ['b']], ['list-spoke-links', ['b', 'a', 'c']], ['get-actors', ['b', 'a', 'c']],
      ]);
      expect(driver.transactions).toBe(1);
    });
  });

  describe('ranks the whole network from aggregates', () => {
    // What list-spoke-degrees returns for a cut after 2: everyone as linked as the second, in Cypher's order.
    const degrees = { order: neo4j.int(5), ranked: [{ actorId: 'b', degree: neo4j.int(3) }, { actorId: 'c', degree: neo4j.int(2) }, { actorId: 'a', degree: neo4j.int(2) }] };
    const respond: Responder = (name, params) => {
      if (name === 'list-spoke-degrees') return [degrees];
      if (name === 'list-spoke-links') {
        return [
          { source: 'a', target: 'b', directed: true, weight: neo4j.int(1), types: ['CRITICISM'], firstDate: '2025-01-02', lastDate: '2025-01-02' },
          { source: 'a', target: 'b', directed: false, weight: neo4j.int(3), types: ['TALKS', 'CALL'], firstDate: null, lastDate: '2025-02-01' },
        ];
      }
      if (name === 'get-actors') {
        return (params.ids as string[]).map((id) => ({ requested: id, actor: { id, kind: 'PERSON', name: id, aliases: [], role: null, title: null, organizationType: null, country: null } }));
      }
      return undefined;
    };

    it('keeps the most linked actors, ties by id, then reads the edges among them and their actors', async () => {
      const { store, driver } = await openStore(respond);
      const network = await store.network({ depth: 1, filter: spoke, limit: 2 });
      expect(network.nodes.map((n) => n.id)).toEqual(['b', 'a']);
      expect(network.edges).toEqual([
        { source: 'a', target: 'b', directed: false, weight: 3, types: ['CALL', 'TALKS'], firstDate: null, lastDate: '2025-02-01' },
        { source: 'a', target: 'b', directed: true, weight: 1, types: ['CRITICISM'], firstDate: '2025-01-02', lastDate: '2025-01-02' },
      ]);
      expect(driver.calls.map((c) => [c.name, c.params.ids ?? String(c.params.first)])).toEqual([
        ['list-spoke-degrees', '2'], ['list-spoke-links', ['b', 'a']], ['get-actors', ['b', 'a']],
      ]);
      expect(driver.transactions).toBe(1);
    });

    it('scores degree centrality as the degree over the other nodes', async () => {
      const { store, driver } = await openStore(respond);
      await expect(store.centrality('DEGREE', spoke, 'PERSON', 2)).resolves.toEqual([{ actorId: 'b', score: 3 / 4 }, { actorId: 'a', score: 2 / 4 }]);
      expect(driver.calls.map((c) => [c.name, c.params.kind])).toEqual([['list-spoke-degrees', 'PERSON']]);
    });

    it('puts the pairs in the order the graph of the interactions creates them, for the same scores', async () => {
      const part = (actorId: string, role: ParticipantRole = 'PARTICIPANT') => ({ actorId, role });
      const interactions: SpokeInteraction[] = [
        { id: 'i0', type: 'CALL', date: '2025-01-01', participants: [part('b'), part('c')] },
        { id: 'i1', type: 'CRITICISM', date: '2025-01-02', participants: [part('a', 'RECIPIENT'), part('d', 'INITIATOR')] },
        { id: 'i2', type: 'MEETING', date: '2025-01-03', participants: [part('a'), part('b'), part('c')] },
        { id: 'i3', type: 'CALL', date: null, participants: [part('c'), part('e')] },
      ];
      // As list-spoke-pairs returns them, in no particular order: [actorId, kind, first] and [source, target, first, interactions].
      const nodes = [['d', 'PERSON', 1], ['e', 'COUNTRY', 3], ['c', 'PERSON', 0], ['a', 'PERSON', 1], ['b', 'COUNTRY', 0]];
      const pairs = [['a', 'c', 2, 1], ['c', 'e', 3, 1], ['d', 'a', 1, 1], ['b', 'c', 0, 2], ['a', 'b', 2, 1]];
      const { store } = await openStore((name) => (name === 'list-spoke-pairs'
        ? [{ nodes: nodes.map(([id, kind, first]) => [id, kind, neo4j.int(first)]), pairs: pairs.map(([s, t, first, n]) => [s, t, neo4j.int(first), neo4j.int(n)]) }]
        : undefined));
      for (const metric of ['PAGERANK', 'BETWEENNESS'] as const) {
        const scores = centralityScores(buildSpokeGraph(interactions), metric);
        const expected = Object.entries(scores).map(([actorId, score]) => ({ actorId, score }))
          .sort((x, y) => y.score - x.score || x.actorId.localeCompare(y.actorId));
        await expect(store.centrality(metric, spoke, null, 10)).resolves.toEqual(expected);
        await expect(store.centrality(metric, spoke, 'COUNTRY', 10)).resolves.toEqual(expected.filter((s) => ['b', 'e'].includes(s.actorId)));
      }
    });
  });

  it('answers batched reads in the order of the ids, null for unknown ones', async () => {
    const actor = (id: string) => ({ id, kind: 'COUNTRY', name: id, aliases: [], role: null, title: null, organizationType: null, country: null });
    const { store } = await openStore((name) => (name === 'get-actors'
      ? [{ requested: 'RUS', actor: actor('RUS') }, { requested: 'w-putin', actor: actor('vladimir-putin') }] : undefined));
    const actors = await store.getActors(['w-putin', 'nobody', 'RUS']);
    expect(actors.map((a) => a?.id ?? null)).toEqual(['vladimir-putin', null, 'RUS']);
  });

  it('pages with cursors that carry the sort key', async () => {
    const actor = { id: 'RUS', kind: 'COUNTRY', name: 'Russia', aliases: [], role: null, title: null, organizationType: null, country: null };
    const { store, driver } = await openStore((name) => (name === 'list-actors'
      ? [{ totalCount: neo4j.int(8), restCount: neo4j.int(5), page: [{ rank: neo4j.int(-9), key: 'russia', id: 'RUS', actor }] }] : undefined));
    const page = await store.listActors({}, 'MENTIONS', { first: 1, after: encodeCursor([-9, 'india', 'IND']) });
    expect(driver.calls[0].params.after).toEqual({ rank: -9, key: 'india', id: 'IND' });
    expect(page).toEqual({
      edges: [{ cursor: encodeCursor([-9, 'russia', 'RUS']), node: actor }], totalCount: 8, hasNextPage: true, hasPreviousPage: true,
    });
    await expect(store.listActors({}, 'NAME', { first: 1, after: 'not-a-cursor' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });

  it.each([
    ['ServiceUnavailable', 'Neo4j at neo4j+s://db.example.org:7687: boom (ServiceUnavailable)'],
    ['SessionExpired', 'Neo4j at neo4j+s://db.example.org:7687: boom (SessionExpired)'],
    ['Neo.ClientError.Security.Unauthorized', 'Neo4j at neo4j+s://db.example.org:7687: credentials refused (Neo.ClientError.Security.Unauthorized)'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Neo4j at neo4j+s://db.example.org:7687: boom (Neo.TransientError.General.DatabaseUnavailable)'],
  ])('turns a driver %s into STORE_UNAVAILABLE', async (code, detail) => {
    const { store, driver } = await openStore();
    (driver as unknown as { failure: { run: unknown } }).failure.run = neo4jError(code);
    await expect(store.getActors(['a'])).rejects.toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE, message: `The graph store is unavailable: ${detail}` });
  });

  it('fails at once while Neo4j stays unreachable after a lost connection, and serves again once it answers', async () => {
    const { store, driver } = await openStore();
    const failure = (driver as unknown as { failure: { run?: unknown; connect?: unknown } }).failure;
    const refused = neo4jError('ServiceUnavailable', 'Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.0.7:7687');
    failure.run = refused;
    failure.connect = refused;
    await expect(store.stats()).rejects.toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE });
    expect(driver.transactions).toBe(1);
    for (const call of [() => store.listTopics(), () => store.getActors(['a'])]) {
      await expect(call()).rejects.toMatchObject({
        code: ErrorCode.STORE_UNAVAILABLE,
        message: 'The graph store is unavailable: Neo4j at neo4j+s://db.example.org:7687 is not reachable: Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.0.7:7687',
      });
    }
    expect(driver.transactions).toBe(1);

    delete failure.run;
    delete failure.connect;
    await expect(store.listTopics()).resolves.toEqual([]);
    await expect(store.listTopics()).resolves.toEqual([]);
    expect(names(driver)).toEqual(['get-stats', 'list-topics', 'list-topics']);
  });

  it('keeps calling Neo4j after a failure that is not about the connection', async () => {
    const { store, driver } = await openStore();
    const failure = (driver as unknown as { failure: { run?: unknown; connect?: unknown } }).failure;
    failure.run = neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
    failure.connect = neo4jError('ServiceUnavailable', 'never probed');
    await expect(store.stats()).rejects.toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE });
    delete failure.run;
    await expect(store.listTopics()).resolves.toEqual([]);
    expect(driver.transactions).toBe(2);
  });

  it('turns a failing statement into an internal error that names it', async () => {
    const { store, driver } = await openStore();
    (driver as unknown as { failure: { run: unknown } }).failure.run = neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    await expect(store.stats()).rejects.toMatchObject({
      code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Neo4j statement get-stats failed (Neo.ClientError.Statement.SyntaxError): Invalid input',
    });
  });

  it('gives up on a transaction that does not answer instead of hanging', async () => {
    const { store, driver } = await openStore();
    (driver as unknown as { failure: { hang: boolean } }).failure.hang = true;
    await expect(store.listTopics()).rejects.toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE, message: expect.stringContaining('did not answer list-topics within 200 ms') });
  });

  it('is unavailable, not crashing, when used before open() or after close()', async () => {
    const { store } = await openStore();
    await store.close();
    await expect(store.getActors(['a'])).rejects.toMatchObject({ code: ErrorCode.STORE_UNAVAILABLE });
  });
});

describe('Neo4jGraphStore open() failures', () => {
  it('says when the server does not answer while connecting, in one line', async () => {
    const driver = new FakeDriver(cypher);
    driver.verifyConnectivity = () => new Promise(() => undefined);
    const store = new Neo4jGraphStore(CONFIG, { cypher, createDriver: () => driver as unknown as Driver });
    await expect(store.open()).rejects.toThrow(new StoreUnavailableError(
      'cannot connect to Neo4j at neo4j+s://db.example.org:7687: Neo4j at neo4j+s://db.example.org:7687 did not answer connecting within 100 ms',
    ));
  });

  it('says when the schema cannot be applied, naming the cause once', async () => {
    const driver = new FakeDriver(cypher, undefined, { run: neo4jError('Neo.ClientError.Security.Forbidden', 'Schema operations are not allowed') });
    const store = new Neo4jGraphStore(CONFIG, { cypher, createDriver: () => driver as unknown as Driver });
    await expect(store.open()).rejects.toThrow(new StoreUnavailableError(
      'cannot apply the schema on Neo4j at neo4j+s://db.example.org:7687: Neo4j at neo4j+s://db.example.org:7687: not permitted: Schema operations are not allowed (Neo.ClientError.Security.Forbidden)',
    ));
    expect(driver.closed).toBe(true);
  });
});
