/**
 * GraphStore on Neo4j through neo4j-driver. Every statement lives in cypher/*.cypher (see
 * cypher.ts); this class only chooses statements, passes parameters and maps rows. Each port
 * method is one transaction: most reads one statement (one round trip), writes one executeWrite of
 * a few statements. Paths and networks around a center walk the spoke-to network from their ends,
 * one round trip per level in one read transaction (spoke-walk.ts); centrality and a network
 * without a center read the network's degrees, edges or pairs aggregated in Cypher (whole-network.ts)
 * and run the same graph code as the embedded store on them (../spoke-network.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, type ServerInfo } from 'neo4j-driver';
import type { Article } from '../../domain/article';
import { ACTOR_KINDS, INTERACTION_TYPES, type ActorKind } from '../../domain/enums';
import { BadInputError, NotFoundError, StoreUnavailableError } from '../../domain/errors';
import type { Extraction } from '../../domain/extraction';
import type {
  ActorRecord, AffiliationRecord, CountedTopic, CounterpartRecord, GraphDump, InteractionRecord,
  MentionRecord, MergeRecord, NetworkRecord, PathHopRecord, ScoreRecord, SearchHitRecord, StatsRecord, TopicRecord,
} from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import { articleFacts, ROLE_SPECIFICITY, type ArticleFacts } from '../article-facts';
import { mergedActor, refuseCrossKindMerge } from '../curation';
import type {
  ActorFilter, ActorOrder, ArticleFilter, ArticleToIngest, CentralityMetric, GraphStore, IngestOutcome,
  InteractionFilter, InteractionOrder, InteractionScope, NetworkArgs, Page, PageArgs, RemoveOutcome, StoreHealth,
} from '../graph-store';
import { decodeCursor, edgeOf, encodeCursor, interactionKey } from '../pagination';
import type { Neo4jConfig } from './config';
import { loadCypher, type CypherCatalogue, type StatementName } from './cypher';
import { compareByDateAsc } from '../interaction-filter';
import { interactionFilterParams, pageParams } from './params';
import { isConnectionFailure, toStoreError, firstLine } from './errors';
import { ReachabilityGate } from './reachability';
import { SpokeWalk } from './spoke-walk';
import { centrality, networkWithoutCenter } from './whole-network';
import { toGraphDump } from './dump';
import { AddedArticlePoller } from './added-articles';
import { actorIdsOf, articleRow, ingestRows } from './ingest-rows';
import { groupedInOrder, inOrder, rowsPerItem, toActor, toArticle, toInteraction, toTopic } from './records';
import {
  asBoolean, asCount, asList, asMap, asNullableString, asString, asStringList, int, plainRecord, type Plain,
} from './values';

type Row = Record<string, Plain>;
type Run = (name: StatementName, params: Record<string, unknown>) => Promise<Row[]>;

export interface Neo4jStoreOptions {
  /** The statements; read from cypher/ when not given. */
  cypher?: CypherCatalogue;
  /** Builds the driver; tests pass a fake. */
  createDriver?: (config: Neo4jConfig) => Driver;
}

const ROLE_RANK = [...ROLE_SPECIFICITY];

export function createNeo4jDriver(config: Neo4jConfig): Driver {
  const auth = config.password === null ? undefined : neo4j.auth.basic(config.user, config.password);
  return neo4j.driver(config.uri, auth, {
    connectionTimeout: config.timeouts.connectMs,
    connectionAcquisitionTimeout: config.timeouts.acquireMs,
    maxTransactionRetryTime: config.timeouts.retryMs,
    userAgent: 'actorgraph',
  });
}

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver: Driver | null = null;
  private readonly cypher: CypherCatalogue;
  private readonly createDriver: (config: Neo4jConfig) => Driver;
  private readonly articleListeners = new Set<(articleId: string) => void>();
  private poller: AddedArticlePoller | null = null;
  private readonly reachability = new ReachabilityGate(() => this.probe());

  constructor(private readonly config: Neo4jConfig, options: Neo4jStoreOptions = {}) {
    this.cypher = options.cypher ?? loadCypher();
    this.createDriver = options.createDriver ?? createNeo4jDriver;
  }

  // ---------------------------------------------------------------- lifecycle

  async open(): Promise<void> {
    if (this.driver) return;
    const where = `${this.config.displayUri}${this.config.database ? ` (database ${this.config.database})` : ''}`;
    const driver = this.createDriver(this.config);
    try {
      await this.deadline(driver.verifyConnectivity(this.databaseOption()), this.config.timeouts.acquireMs + this.config.timeouts.connectMs, 'connecting');
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw new StoreUnavailableError(`cannot connect to Neo4j at ${where}: ${causeOf(error)}`);
    }
    this.driver = driver;
    try {
      // One transaction per schema statement: Neo4j does not mix schema and data changes.
      for (const [n, statement] of this.cypher.schema.entries()) {
        await this.transactText('WRITE', `schema.cypher #${n + 1}`, (run) => run(`schema.cypher #${n + 1}`, statement, {}));
      }
      await this.awaitIndexes();
    } catch (error) {
      this.driver = null;
      await driver.close().catch(() => undefined);
      throw new StoreUnavailableError(`cannot apply the schema on Neo4j at ${where}: ${causeOf(error)}`);
    }
  }

  /**
   * Waits (within one read transaction) for new indexes to come online. Best effort: an index
   * still populating on a large database does not stop the store, queries work meanwhile.
   */
  private async awaitIndexes(): Promise<void> {
    const seconds = Math.max(1, Math.floor(this.config.timeouts.readTxMs / 1000) - 1);
    try {
      await this.transact('READ', 'await-indexes', (run) => run('await-indexes', { timeoutSeconds: int(seconds) }));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
    }
  }

  /** Other processes may write to the same database: no revision can be promised. */
  revision(): null {
    return null;
  }

  /** Polls (every config.pollMs) while anyone listens. */
  onArticleAdded(listener: (articleId: string) => void): () => void {
    this.articleListeners.add(listener);
    if (!this.poller) {
      this.poller = new AddedArticlePoller(
        ({ since, afterAt, afterId, limit }) => this.read('list-added-articles', {
          since: int(since), afterAt: afterAt === null ? null : int(afterAt), afterId, limit: int(limit),
        }),
        this.config.pollMs,
        (id) => { for (const l of this.articleListeners) l(id); },
        // An unavailable store shows in /health; the next poll tries again.
        () => undefined,
      );
      this.poller.start();
    }
    return () => {
      this.articleListeners.delete(listener);
      if (this.articleListeners.size === 0) void this.stopPolling();
    };
  }

  private async stopPolling(): Promise<void> {
    const poller = this.poller;
    this.poller = null;
    await poller?.stop();
  }

  async close(): Promise<void> {
    await this.stopPolling();
    const driver = this.driver;
    this.driver = null;
    await driver?.close();
  }

  async health(): Promise<StoreHealth> {
    if (!this.driver) return { store: 'neo4j', ok: false, detail: `not connected to ${this.config.displayUri}` };
    try {
      const info = await this.serverInfo(this.config.timeouts.acquireMs, 'health check');
      return { store: 'neo4j', ok: true, detail: `${info.agent ?? 'Neo4j'} at ${this.config.displayUri}` };
    } catch (error) {
      return { store: 'neo4j', ok: false, detail: causeOf(error) };
    }
  }

  /** Deletes every node of the model (tests and resets; other labels stay). */
  async deleteEverything(): Promise<void> {
    await this.transact('WRITE', 'delete-graph', (run) => run('delete-graph', {}));
  }

  // ---------------------------------------------------------------- writes

  async ingest(article: Article, extraction: Extraction): Promise<IngestOutcome> {
    const [outcome] = await this.ingestMany([{ article, extraction }]);
    return outcome!;
  }

  /**
   * Many articles, each statement UNWINDing all of them: one transaction and a dozen round trips
   * per batch instead of per article, and each touched actor and interaction refreshed once per
   * batch. An id repeated in the batch starts a new transaction, so it meets its first copy
   * stored, as one at a time would.
   */
  async ingestMany(items: readonly ArticleToIngest[]): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = [];
    for (const batch of splitAtRepeatedIds(items)) {
      outcomes.push(...await this.transact('WRITE', 'create-article', (run) => this.writeArticles(run, batch)));
    }
    return outcomes;
  }

  /**
   * New articles are written; one stored with other metadata (the same text with a corrected
   * date, title or url) is replaced by this one, its relative dates re-resolved; the same
   * article again changes nothing.
   */
  private async writeArticles(run: Run, items: readonly ArticleToIngest[]): Promise<IngestOutcome[]> {
    const stored = new Map((await run('create-article', { articles: items.map((i) => articleRow(i.article)) }))
      .map((r) => [asString(r.id, 'id'), r]));
    const outcomes: IngestOutcome[] = [];
    const written: ArticleFacts[] = [];
    const replaced: ArticleToIngest[] = [];
    for (const item of items) {
      const row = stored.get(item.article.id)!;
      const articleId = item.article.id;
      if (asBoolean(row.created, 'created')) {
        outcomes.push({ articleId, created: true });
      } else if (sameStoredMetadata(row, item.article)) {
        outcomes.push({ articleId, created: false });
        continue;
      } else {
        outcomes.push({ articleId, created: false, updated: true });
        replaced.push(item);
      }
      written.push(articleFacts(item.article, item.extraction));
    }
    if (written.length === 0) return outcomes;
    const removed = replaced.length > 0 ? await this.deleteArticles(run, replaced.map((i) => i.article.id)) : null;
    if (replaced.length > 0) await run('create-article', { articles: replaced.map((i) => articleRow(i.article)) });

    const resolved = await run('resolve-actors', { ids: [...new Set(written.flatMap(actorIdsOf))] });
    const redirects = new Map(resolved.map((r) => [asString(r.requested, 'requested'), asString(r.actorId, 'actorId')]));
    const rows = written.map((facts) => ingestRows(facts, redirects));
    // Rows in id order across the batch (stable: article order within an id), so concurrent
    // writers lock shared nodes in one order.
    await run('ingest-actors', { actors: sortedBy(rows.flatMap((r) => r.actors), (a) => String(a.id)) });
    await run('ingest-affiliations', { affiliations: sortedBy(rows.flatMap((r) => r.affiliations), (f) => `${String(f.personId)}\u0000${String(f.targetId)}`) });
    await run('ingest-topics', { topics: [...new Map(rows.flatMap((r) => r.topics).map((t) => [t.id, t])).values()] });
    await run('ingest-reports', { reports: sortedBy(rows.flatMap((r) => r.reports), (r) => String(r.interactionId)) });
    const interactionIds = unique([...rows.flatMap((r) => r.interactionIds), ...removed?.interactionIds ?? []]);
    const actorIds = unique([...rows.flatMap((r) => r.actorIds), ...removed?.actorIds ?? []]);
    await this.refreshAfterWrite(run, {
      interactionIds, actorIds, personIds: unique([...rows.flatMap((r) => r.personIds), ...removed?.actorIds ?? []]), removed,
    });
    return outcomes;
  }

  /** Deletes articles with their edges; what they touched is to be pruned and refreshed. */
  private async deleteArticles(run: Run, ids: string[]): Promise<{ articles: number; interactionIds: string[]; actorIds: string[] }> {
    const rows = await run('remove-article', { ids });
    return {
      articles: rows.length,
      interactionIds: unique(rows.flatMap((r) => asStringList(r.interactionIds, 'interactionIds'))),
      actorIds: unique(rows.flatMap((r) => asStringList(r.actorIds, 'actorIds'))),
    };
  }

  /**
   * Recomputes what a write touched. After a removal, what no article supports any more goes
   * first: interactions before their participants' refresh, actors after it, topics last.
   */
  private async refreshAfterWrite(run: Run, touched: {
    interactionIds: string[]; actorIds: string[]; personIds: string[]; removed: { interactionIds: string[]; actorIds: string[] } | null;
  }): Promise<{ removedInteractions: number; removedActors: number }> {
    const { removed } = touched;
    const [interactions] = removed?.interactionIds.length ? await run('prune-interactions', { ids: removed.interactionIds }) : [];
    await run('refresh-interactions', { ids: touched.interactionIds, roleRank: ROLE_RANK });
    const [actors] = removed?.actorIds.length ? await run('prune-actors', { ids: removed.actorIds }) : [];
    await run('refresh-actors', { ids: touched.actorIds });
    await run('refresh-affiliations', { ids: touched.personIds });
    if (removed?.interactionIds.length) await run('prune-topics', {});
    return { removedInteractions: asCount(interactions?.removed ?? 0, 'removed'), removedActors: asCount(actors?.removed ?? 0, 'removed') };
  }

  async removeArticle(id: string): Promise<RemoveOutcome | null> {
    return this.transact('WRITE', 'remove-article', async (run) => {
      const removed = await this.deleteArticles(run, [id]);
      if (removed.articles === 0) return null;
      const counts = await this.refreshAfterWrite(run, {
        interactionIds: removed.interactionIds, actorIds: removed.actorIds, personIds: removed.actorIds, removed,
      });
      return { articleId: id, ...counts };
    });
  }

  async mergeActors(keepId: string, mergeId: string, dryRun = false): Promise<ActorRecord> {
    return this.transact('WRITE', 'find-merge-pair', async (run) => {
      const [pair] = await run('find-merge-pair', { keepId, mergeId });
      if (!pair?.keep) throw new NotFoundError('Actor', keepId);
      if (!pair.merge) throw new NotFoundError('Actor', mergeId);
      const keep = toActor(pair.keep);
      const merge = toActor(pair.merge);
      if (keep.id === merge.id) return keep;
      refuseCrossKindMerge(keep, merge);
      if (dryRun) return mergedActor(keep, merge);
      const ids = { keepId: keep.id, mergeId: merge.id };
      await run('move-actor-mentions', ids);
      const [reports] = await run('move-actor-reports', ids);
      await run('refresh-interactions', { ids: asStringList(reports?.interactionIds, 'interactionIds'), roleRank: ROLE_RANK });
      const [affiliations] = await run('move-actor-affiliations', ids);
      await run('retire-merged-actor', { ...ids, at: new Date().toISOString() });
      await run('refresh-actors', { ids: [ids.keepId] });
      await run('refresh-affiliations', { ids: asStringList(affiliations?.personIds, 'personIds') });
      const [kept] = await run('get-actors', { ids: [ids.keepId] });
      if (!kept) throw new NotFoundError('Actor', keepId);
      return toActor(kept.actor);
    });
  }

  /**
   * Not yet on Neo4j: a merge here moves the merged actor's MENTIONS and report ids onto the kept
   * actor, so what was whose cannot be told apart afterwards. Refused with a clear error.
   */
  async unmergeActors(mergedId: string): Promise<ActorRecord> {
    const merges = await this.listMerges();
    if (!merges.some((m) => m.mergedId === mergedId)) throw new NotFoundError('Merge of actor', mergedId);
    throw new BadInputError('unmergeActors is not available on the Neo4j store yet: its merges cannot be undone; use the embedded store, or remove and reload the articles');
  }

  async listMerges(): Promise<MergeRecord[]> {
    const rows = await this.read('list-merges', {});
    return rows.map((r) => ({
      mergedId: asString(r.mergedId, 'mergedId'), keepId: asString(r.keepId, 'keepId'),
      mergedName: asString(r.mergedName, 'mergedName'), kind: asString(r.kind, 'kind') as ActorKind, at: asString(r.at, 'at'),
    }));
  }

  // ---------------------------------------------------------------- actors

  async getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('get-actors', { ids: [...new Set(ids)] });
    return inOrder(ids, rows.map((r) => [asString(r.requested, 'requested'), toActor(r.actor)]));
  }

  async findActorsByName(name: string): Promise<ActorRecord[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.read('find-actors-by-name', { key, needle: `|${key}|`, suffixNeedle: ` ${key}|` });
    const found = rows.map((r) => ({ actor: toActor(r.actor), exact: r.exact === true, mentions: asCount(r.mentions, 'mentions') }));
    // Surnames only when no name or alias matches exactly, as in the embedded store.
    const exact = found.filter((f) => f.exact);
    return (exact.length > 0 ? exact : found)
      .sort((a, b) => b.mentions - a.mentions || a.actor.id.localeCompare(b.actor.id))
      .map((f) => f.actor);
  }

  async listActors(filter: ActorFilter, orderBy: ActorOrder, page: PageArgs): Promise<Page<ActorRecord>> {
    const search = filter.search ? nameKey(filter.search) : '';
    const after = page.after ? actorCursor(page.after) : null;
    const [row] = await this.read('list-actors', {
      kinds: filter.kinds ?? [], roles: filter.roles ?? [], countries: filter.countries ?? [],
      search: search || null, orderBy, after, first: int(Math.max(0, page.first)),
    });
    return toPage(row, page, (item) => {
      const m = asMap(item, 'page[]');
      const key = [asCount(m.rank, 'rank'), asNullableString(m.key, 'key') ?? '', asString(m.id, 'id')];
      return { cursor: encodeCursor(key), node: toActor(m.actor) };
    });
  }

  // ---------------------------------------------------------------- interactions

  async getInteractions(ids: readonly string[]): Promise<(InteractionRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('get-interactions', { ids: [...new Set(ids)] });
    return inOrder(ids, rows.map((r) => { const i = toInteraction(r.interaction); return [i.id, i]; }));
  }

  async listInteractions(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>> {
    const rows = await this.read('list-interactions', interactionPageParams(filter, orderBy, page));
    return interactionPage(rows, page);
  }

  async listInteractionsPerScope(scopes: readonly InteractionScope[], filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>[]> {
    const params = scopes.map(scopeParam);
    const perScope = await rowsPerItem(params, (p) => JSON.stringify(p), async (distinct) => (
      await this.read('list-scoped-interactions', { scopes: distinct, ...interactionPageParams(filter, orderBy, page) })
    ).map((r): [number, Row] => [asCount(r.scope, 'scope'), r]));
    return perScope.map((rows) => interactionPage(rows, page));
  }

  async conversationsOf(groups: readonly (readonly string[])[], filter: InteractionFilter): Promise<InteractionRecord[][]> {
    return rowsPerItem(groups, (g) => (g.length > 0 ? JSON.stringify(g) : null), async (asked) => (
      await this.read('list-conversations', { groups: asked, ...interactionFilterParams(filter) })
    ).map((r): [number, InteractionRecord] => [asCount(r.group, 'group'), toInteraction(r.interaction)]));
  }

  async counterpartsOf(actorIds: readonly string[], filter: InteractionFilter): Promise<CounterpartRecord[][]> {
    if (actorIds.length === 0) return [];
    const rows = await this.read('list-counterparts', { ids: [...new Set(actorIds)], ...interactionFilterParams(filter) });
    const grouped = groupedInOrder(actorIds, rows.map((r): [string, CounterpartRecord] => [asString(r.requested, 'requested'), {
      actorId: asString(r.actorId, 'actorId'),
      count: asCount(r.count, 'count'),
      firstDate: asNullableString(r.firstDate, 'firstDate'),
      lastDate: asNullableString(r.lastDate, 'lastDate'),
      topicIds: asStringList(r.topicIds, 'topicIds'),
      interactionIds: asStringList(r.interactionIds, 'interactionIds'),
    }]));
    return grouped.map((list) => list.sort((a, b) => b.count - a.count || a.actorId.localeCompare(b.actorId)));
  }

  async path(fromId: string, toId: string, maxHops: number, filter: InteractionFilter): Promise<PathHopRecord[] | null> {
    return this.transact('READ', 'list-spoke-neighbours', (run) => new SpokeWalk(run, filter).shortestPath(fromId, toId, maxHops));
  }

  /** Around a center: walked from it (spoke-walk.ts). Without one: the most linked actors (whole-network.ts). */
  async network({ center, depth, filter, limit }: NetworkArgs): Promise<NetworkRecord> {
    return this.transact('READ', center ? 'list-spoke-neighbours' : 'list-spoke-degrees', async (run) => {
      const { actorIds, edges } = center
        ? await new SpokeWalk(run, filter).network(center, depth, limit)
        : await networkWithoutCenter(run, filter, limit);
      const actors = actorIds.length === 0 ? [] : await run('get-actors', { ids: actorIds });
      const byId = new Map(actors.map((r) => { const a = toActor(r.actor); return [a.id, a]; }));
      return { nodes: actorIds.map((id) => byId.get(id)).filter((a): a is ActorRecord => a !== undefined), edges };
    });
  }

  async centrality(metric: CentralityMetric, filter: InteractionFilter, kind: ActorKind | null, first: number): Promise<ScoreRecord[]> {
    return this.transact('READ', metric === 'DEGREE' ? 'list-spoke-degrees' : 'list-spoke-pairs', (run) => centrality(run, metric, filter, kind, first));
  }

  // ---------------------------------------------------------------- topics, affiliations, mentions

  async listTopics(): Promise<CountedTopic[]> {
    const rows = await this.read('list-topics', {});
    return sortCounted(rows.map((r) => ({ topic: toTopic(r.topic), count: asCount(r.count, 'count') })));
  }

  async getTopics(ids: readonly string[]): Promise<(TopicRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('get-topics', { ids: [...new Set(ids)] });
    return inOrder(ids, rows.map((r) => { const t = toTopic(r.topic); return [t.id, t]; }));
  }

  async topicsOfActors(actorIds: readonly string[]): Promise<CountedTopic[][]> {
    if (actorIds.length === 0) return [];
    const rows = await this.read('list-actor-topics', { ids: [...new Set(actorIds)] });
    return groupedInOrder(actorIds, rows.map((r): [string, CountedTopic] => [
      asString(r.requested, 'requested'), { topic: toTopic(r.topic), count: asCount(r.count, 'count') },
    ])).map(sortCounted);
  }

  async affiliationsOf(personIds: readonly string[]): Promise<AffiliationRecord[][]> {
    if (personIds.length === 0) return [];
    const rows = await this.read('list-affiliations', { ids: [...new Set(personIds)] });
    return groupedInOrder(personIds, rows.map((r): [string, AffiliationRecord] => [asString(r.requested, 'requested'), {
      targetId: asString(r.targetId, 'targetId'),
      title: asNullableString(r.title, 'title'),
      from: asNullableString(r.validFrom, 'from'),
      to: asNullableString(r.validTo, 'to'),
    }])).map((list) => list.sort((a, b) => a.targetId.localeCompare(b.targetId)));
  }

  async mentionsOf(actorIds: readonly string[]): Promise<MentionRecord[][]> {
    if (actorIds.length === 0) return [];
    const rows = await this.read('list-mentions', { ids: [...new Set(actorIds)] });
    return groupedInOrder(actorIds, rows.map((r): [string, MentionRecord] => [
      asString(r.requested, 'requested'), { articleId: asString(r.articleId, 'articleId'), count: asCount(r.count, 'count') },
    ])).map((list) => list.sort((a, b) => b.count - a.count || a.articleId.localeCompare(b.articleId)));
  }

  async actorsInArticles(articleIds: readonly string[]): Promise<{ actorId: string; count: number }[][]> {
    if (articleIds.length === 0) return [];
    const rows = await this.read('list-article-actors', { ids: [...new Set(articleIds)] });
    return groupedInOrder(articleIds, rows.map((r): [string, { actorId: string; count: number }] => [
      asString(r.articleId, 'articleId'), { actorId: asString(r.actorId, 'actorId'), count: asCount(r.count, 'count') },
    ])).map((list) => list.sort((a, b) => b.count - a.count || a.actorId.localeCompare(b.actorId)));
  }

  async interactionsInArticles(articleIds: readonly string[]): Promise<string[][]> {
    if (articleIds.length === 0) return [];
    const rows = await this.read('list-article-interactions', { ids: [...new Set(articleIds)] });
    return groupedInOrder(articleIds, rows.map((r): [string, { id: string; date: string | null }] => [
      asString(r.articleId, 'articleId'), { id: asString(r.interactionId, 'interactionId'), date: asNullableString(r.date, 'date') },
    ])).map((list) => list.sort(compareByDateAsc).map((i) => i.id));
  }

  // ---------------------------------------------------------------- articles, search, stats, export

  async getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('get-articles', { ids: [...new Set(ids)] });
    return inOrder(ids, rows.map((r) => { const a = toArticle(r.article); return [a.id, a]; }));
  }

  async listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>> {
    const [row] = await this.read('list-articles', {
      language: filter.language || null, source: filter.source || null, fromDate: filter.from || null,
      toDate: filter.to || null, mentions: filter.mentions || null, ...pageParams(page),
    });
    return toPage(row, page, (item) => {
      const node = toArticle(item);
      return { cursor: encodeCursor([node.publishedAt, node.id]), node };
    });
  }

  async search(text: string, first: number): Promise<SearchHitRecord[]> {
    const words = nameKey(text).split(' ').filter(Boolean);
    if (words.length === 0 || first <= 0) return [];
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    // Words match at word starts, as in the embedded store: "id" does not find "said".
    const [row] = await this.read('search-graph', { words: words.map((w) => ` ${w}`), longest, phrase: words.join(' '), first: int(first) });
    return asList(row?.hits, 'hits')
      .map((h): SearchHitRecord => {
        const m = asMap(h, 'hit');
        const kind = asString(m.kind, 'hit.kind') as SearchHitRecord['kind'];
        return { kind, id: asString(m.id, 'hit.id'), text: asNullableString(m.text, 'hit.text') ?? '', score: Number(m.score) };
      })
      .sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
      .slice(0, first);
  }

  async stats(): Promise<StatsRecord> {
    const [row] = await this.read('get-stats', {});
    const counts = (value: Plain | undefined, key: string): Map<string, number> => new Map(asList(value, key).map((v) => {
      const m = asMap(v, key);
      return [asString(m[key === 'actorsByKind' ? 'kind' : 'type'], key), asCount(m.count, `${key}.count`)] as const;
    }));
    const kinds = counts(row?.actorsByKind, 'actorsByKind');
    const types = counts(row?.interactionsByType, 'interactionsByType');
    return {
      articles: asCount(row?.articles, 'articles'),
      actorsByKind: ACTOR_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
      interactionsByType: INTERACTION_TYPES.map((type) => ({ type, count: types.get(type) ?? 0 })),
      topics: asCount(row?.topics, 'topics'),
      firstDate: asNullableString(row?.firstDate, 'firstDate'),
      lastDate: asNullableString(row?.lastDate, 'lastDate'),
    };
  }

  async exportGraph(): Promise<GraphDump> {
    const [row] = await this.read('export-graph', {});
    return toGraphDump(row ?? {});
  }

  // ---------------------------------------------------------------- plumbing

  private databaseOption(): { database?: string } {
    return this.config.database ? { database: this.config.database } : {};
  }

  private read(name: StatementName, params: Record<string, unknown>): Promise<Row[]> {
    return this.transact('READ', name, (run) => run(name, params));
  }

  /**
   * Runs `work` in one managed transaction (the driver retries transient failures), with a
   * server-side time-out and a client-side deadline, and turns driver errors into ours.
   */
  private transact<T>(mode: 'READ' | 'WRITE', what: string, work: (run: Run) => Promise<T>): Promise<T> {
    return this.transactText(mode, what, (runText) => work((name, params) => runText(name, this.cypher.statement(name), params)));
  }

  private async transactText<T>(
    mode: 'READ' | 'WRITE',
    what: string,
    work: (run: (label: string, text: string, params: Record<string, unknown>) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    const driver = this.openDriver();
    const { timeouts } = this.config;
    const timeout = mode === 'READ' ? timeouts.readTxMs : timeouts.writeTxMs;
    await this.reachability.pass();
    // The driver's shared bookmark manager: a read sees the writes of earlier calls, also on a cluster.
    const session = driver.session({ ...this.databaseOption(), bookmarkManager: driver.executeQueryBookmarkManager });
    let current = what;
    const unit = (tx: ManagedTransaction): Promise<T> => work(async (label, text, params) => {
      current = label;
      const result = await tx.run(text, params);
      return result.records.map(plainRecord);
    });
    let answered = true;
    try {
      const pending = mode === 'READ' ? session.executeRead(unit, { timeout }) : session.executeWrite(unit, { timeout });
      return await this.deadline(pending, timeout + 2 * timeouts.retryMs + timeouts.acquireMs, what, () => { answered = false; });
    } catch (error) {
      if (isConnectionFailure(error)) this.reachability.connectionLost();
      throw toStoreError(error, current, this.config.displayUri);
    } finally {
      // After a missed deadline the session may never close: do not wait for it.
      const closing = session.close().catch(() => undefined);
      if (answered) await closing;
    }
  }

  private openDriver(): Driver {
    if (!this.driver) throw new StoreUnavailableError(`the Neo4j store (${this.config.displayUri}) is not open`);
    return this.driver;
  }

  /** Whether Neo4j takes a connection again, for the reachability gate: one round trip, bounded by connectMs. */
  private async probe(): Promise<void> {
    await this.serverInfo(this.config.timeouts.connectMs, 'a reachability check');
  }

  /** One round trip to the server (health, the reachability gate); "Neo4j at … is not reachable: …" when it fails. */
  private async serverInfo(ms: number, what: string): Promise<ServerInfo> {
    const driver = this.openDriver();
    try {
      return await this.deadline(driver.getServerInfo(this.databaseOption()), ms, what);
    } catch (error) {
      throw new StoreUnavailableError(`Neo4j at ${this.config.displayUri} is not reachable: ${causeOf(error)}`);
    }
  }

  /** Rejects with StoreUnavailableError when `promise` has not settled after `ms`: calls never hang. */
  private deadline<T>(promise: Promise<T>, ms: number, what: string, onExpired?: () => void): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        onExpired?.();
        reject(new StoreUnavailableError(`Neo4j at ${this.config.displayUri} did not answer ${what} within ${ms} ms`));
      }, ms);
      timer.unref?.();
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  }
}

/** The cause of a failure in one line (without the prefix of a StoreUnavailableError being wrapped again). */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error instanceof StoreUnavailableError ? error.message.replace(/^The graph store is unavailable: /, '') : error.message;
  return firstLine(message) || error.name;
}

function sortCounted(list: CountedTopic[]): CountedTopic[] {
  return list.sort((a, b) => b.count - a.count || a.topic.id.localeCompare(b.topic.id));
}

function actorCursor(cursor: string): { rank: number; key: string; id: string } {
  const [rank, key, id] = decodeCursor(cursor);
  if (typeof rank !== 'number' || typeof key !== 'string' || typeof id !== 'string') {
    throw new BadInputError(`Invalid cursor "${cursor.slice(0, 40)}"`);
  }
  return { rank, key, id };
}

/** A page from the single row of list-actors / list-articles: totalCount, restCount, page. */
function toPage<T>(row: Row | undefined, page: PageArgs, edge: (item: Plain) => { cursor: string; node: T }): Page<T> {
  return pageOf(row, page, asList(row?.page, 'page').map(edge));
}

/** An entry of list-scoped-interactions' $scopes: its actors (none for a topic) and its topic (or null). */
function scopeParam(scope: InteractionScope): { actors: readonly string[]; topic: string | null } {
  return 'topic' in scope ? { actors: [], topic: scope.topic } : { actors: scope.actors, topic: null };
}

/** The parameters of list-interactions and list-scoped-interactions but $scopes. */
function interactionPageParams(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Record<string, unknown> {
  return { ...interactionFilterParams(filter), descending: orderBy === 'DATE_DESC', ...pageParams(page) };
}

/** A page from the rows of one list of interactions: one row per edge, or one without an interaction when empty. */
function interactionPage(rows: Row[], page: PageArgs): Page<InteractionRecord> {
  const nodes = rows.filter((r) => r.interaction !== null).map((r) => toInteraction(r.interaction));
  return pageOf(rows[0], page, nodes.map((node) => edgeOf(node, interactionKey)));
}

function pageOf<T>(row: Row | undefined, page: PageArgs, edges: { cursor: string; node: T }[]): Page<T> {
  const totalCount = asCount(row?.totalCount ?? 0, 'totalCount');
  const restCount = asCount(row?.restCount ?? 0, 'restCount');
  return { edges, totalCount, hasNextPage: restCount > Math.max(0, page.first), hasPreviousPage: restCount < totalCount };
}

/** Consecutive runs of items without a repeated article id. */
function splitAtRepeatedIds(items: readonly ArticleToIngest[]): ArticleToIngest[][] {
  const batches: ArticleToIngest[][] = [];
  let ids = new Set<string>();
  for (const item of items) {
    if (batches.length === 0 || ids.has(item.article.id)) { batches.push([]); ids = new Set(); }
    ids.add(item.article.id);
    batches.at(-1)!.push(item);
  }
  return batches;
}

/** Whether the stored article (create-article's row) has this article's metadata. */
function sameStoredMetadata(stored: Row, article: Article): boolean {
  const wanted = articleRow(article);
  return (['title', 'url', 'source', 'language', 'publishedAt'] as const).every((k) => (stored[k] ?? null) === wanted[k]);
}

function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  return items.map((item, n) => ({ item, n, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.n - b.n))
    .map((e) => e.item);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
