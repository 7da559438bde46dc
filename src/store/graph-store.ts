/**
 * The GraphStore port: the one interface between the API/CLI and a graph database.
 * Adapters: `embedded/` (graphology, durable in DATA_DIR) and `neo4j/` (neo4j-driver).
 * Both pass test/store/graph-store.contract.ts.
 *
 * Batched reads (`get*`, `counterpartsOf`, ...) take many ids and answer in one call, in the
 * order of the ids, so the API can put DataLoader in front of them and avoid N+1 queries.
 */
import type { Article } from '../domain/article';
import type { ActorKind, InteractionStatus, InteractionType, PersonRole } from '../domain/enums';
import type { Extraction, IsoDate } from '../domain/extraction';
import type {
  ActorRecord, AffiliationRecord, CountedTopic, CounterpartRecord, GraphDump, InteractionRecord,
  MentionRecord, MergeRecord, NetworkRecord, PathHopRecord, ScoreRecord, SearchHitRecord, StatsRecord, TopicRecord,
} from '../domain/graph';

export interface InteractionFilter {
  types?: InteractionType[];
  /** Every one of these actors takes part. */
  with?: string[];
  /** At least one of these topics. */
  topics?: string[];
  /** Inclusive bounds; an interaction without a date never passes a date bound. */
  from?: IsoDate;
  to?: IsoDate;
  status?: InteractionStatus;
}

/**
 * One parent's part of a list of interactions, as a narrowing of the list's filter (`narrowedTo`
 * in interaction-filter.ts): the interactions these actors all take part in too (an actor's; a
 * relationship's pair), or those about a topic (in place of the filter's topics).
 */
export type InteractionScope = { actors: readonly [string, ...string[]] } | { topic: string };

export interface ActorFilter {
  kinds?: ActorKind[];
  roles?: PersonRole[];
  countries?: string[];
  /** Case- and accent-insensitive substring of the name or any alias. */
  search?: string;
}

export type ActorOrder = 'NAME' | 'MENTIONS' | 'INTERACTIONS';
export type InteractionOrder = 'DATE_ASC' | 'DATE_DESC';

export interface ArticleFilter {
  language?: string;
  source?: string;
  from?: IsoDate;
  to?: IsoDate;
  /** Articles that mention this actor. */
  mentions?: string;
}

export interface PageArgs {
  first: number;
  /** Opaque cursor of the last edge already seen. */
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface ArticleToIngest {
  article: Article;
  extraction: Extraction;
}

export interface IngestOutcome {
  articleId: string;
  /** False when the article was already in the store. */
  created: boolean;
  /**
   * True when it was stored with other metadata (title, url, source, publication date) and now
   * holds this article's, dates re-resolved (both stores; absent means not updated).
   */
  updated?: boolean;
}

export interface RemoveOutcome {
  articleId: string;
  /** Interactions and actors deleted because no other article supports them. */
  removedInteractions: number;
  removedActors: number;
}

export interface NetworkArgs {
  center?: string;
  depth: number;
  filter: InteractionFilter;
  limit: number;
}

export type CentralityMetric = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';

export interface StoreHealth {
  store: 'embedded' | 'neo4j';
  ok: boolean;
  detail: string;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';

  /** Connects / loads from disk and applies the schema. */
  open(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;
  /**
   * Changes whenever what the store would answer changes, or null when the adapter cannot know
   * (another process may write to it). Lets the API reuse answers computed at the same revision.
   */
  revision(): number | null;

  // --- writes: each one atomic and durable when its promise resolves
  /** Idempotent: the same article again changes nothing. */
  ingest(article: Article, extraction: Extraction): Promise<IngestOutcome>;
  /** `ingest` of each, in order, with the same outcomes; a store may write them in fewer transactions. */
  ingestMany(items: readonly ArticleToIngest[]): Promise<IngestOutcome[]>;
  /** Retracts what only this article supports; null when the article is unknown. */
  removeArticle(id: string): Promise<RemoveOutcome | null>;
  /**
   * Lets `mergeId` stand for `keepId` (curation of duplicates): its interactions, mentions and
   * aliases show on the kept actor, and interaction ids name the kept actor. Recorded in the merge
   * log and undone by `unmergeActors`. NotFoundError for unknown ids; BadInputError across kinds.
   * `dryRun`: checks and returns the kept actor as it would be, changing nothing.
   */
  mergeActors(keepId: string, mergeId: string, dryRun?: boolean): Promise<ActorRecord>;
  /** Undoes the merge of `mergedId`; both actors are as before it. NotFoundError when it was not merged. */
  unmergeActors(mergedId: string): Promise<ActorRecord>;
  /** Every merge in effect, oldest first. */
  listMerges(): Promise<MergeRecord[]>;

  // --- reads
  getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]>;
  /**
   * The actors a name stands for: exact matches on name or alias (knowledge-base names included),
   * ignoring case and accents; failing those, persons whose surname it is. Most mentioned first.
   */
  findActorsByName(name: string): Promise<ActorRecord[]>;
  listActors(filter: ActorFilter, orderBy: ActorOrder, page: PageArgs): Promise<Page<ActorRecord>>;

  getInteractions(ids: readonly string[]): Promise<(InteractionRecord | null)[]>;
  listInteractions(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>>;
  /**
   * Per scope, in the order of the scopes, the page `listInteractions` gives for
   * `narrowedTo(filter, scope)`: the same edges, cursors and counts. One call for the lists of
   * many parents (actors, topics, relationships).
   */
  listInteractionsPerScope(scopes: readonly InteractionScope[], filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>[]>;
  /**
   * Per group of actors, in the order of the groups, every interaction in which all of them take
   * part and that matches `alsoWith(filter, group)`, oldest first, undated last, then by id.
   */
  conversationsOf(groups: readonly (readonly string[])[], filter: InteractionFilter): Promise<InteractionRecord[][]>;
  /**
   * Per actor, whom it interacted with. The filter is used as given: the caller supplies the
   * spoke-to default (types CALL|MEETING|TALKS|CONSULTATION, status OCCURRED).
   */
  counterpartsOf(actorIds: readonly string[], filter: InteractionFilter): Promise<CounterpartRecord[][]>;
  /** Shortest chain of interactions matching the filter; null when none within maxHops. */
  path(fromId: string, toId: string, maxHops: number, filter: InteractionFilter): Promise<PathHopRecord[] | null>;
  network(args: NetworkArgs): Promise<NetworkRecord>;
  centrality(metric: CentralityMetric, filter: InteractionFilter, kind: ActorKind | null, first: number): Promise<ScoreRecord[]>;

  listTopics(): Promise<CountedTopic[]>;
  getTopics(ids: readonly string[]): Promise<(TopicRecord | null)[]>;
  topicsOfActors(actorIds: readonly string[]): Promise<CountedTopic[][]>;
  affiliationsOf(personIds: readonly string[]): Promise<AffiliationRecord[][]>;
  mentionsOf(actorIds: readonly string[]): Promise<MentionRecord[][]>;
  /** Actors mentioned in each article, most mentioned first. */
  actorsInArticles(articleIds: readonly string[]): Promise<{ actorId: string; count: number }[][]>;
  /** Interactions reported in each article. */
  interactionsInArticles(articleIds: readonly string[]): Promise<string[][]>;

  getArticles(ids: readonly string[]): Promise<(Article | null)[]>;
  listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>>;

  /**
   * Calls `listener` with the id of every article added from now on, once its write is durable;
   * returns a function that stops the calls. Embedded: at once, for the writes of this process
   * (the only writer of its DATA_DIR). Neo4j: what any writer added, found by polling.
   */
  onArticleAdded(listener: (articleId: string) => void): () => void;

  search(text: string, first: number): Promise<SearchHitRecord[]>;
  stats(): Promise<StatsRecord>;
  exportGraph(): Promise<GraphDump>;
}
