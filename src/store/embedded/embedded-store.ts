/**
 * GraphStore on an in-process graph, durable in DATA_DIR (see journal.ts). Writes are serialised;
 * each is on disk before its promise resolves. Reads answer from the materialised GraphState.
 */
import type { Article } from '../../domain/article';
import { ACTOR_KINDS, INTERACTION_TYPES, type ActorKind } from '../../domain/enums';
import { BadInputError, NotFoundError, StoreUnavailableError } from '../../domain/errors';
import type { Extraction } from '../../domain/extraction';
import type {
  ActorRecord, AffiliationRecord, CountedTopic, CounterpartRecord, GraphDump, InteractionRecord,
  MentionRecord, MergeRecord, NetworkEdgeRecord, NetworkRecord, ParticipationRecord, PathHopRecord, ScoreRecord, SearchHitRecord, StatsRecord, TopicRecord,
} from '../../domain/graph';
import { nameKey } from '../../domain/name-key';
import { articleFacts, type ArticleFacts } from '../article-facts';
import { mergedActor, refuseCrossKindMerge } from '../curation';
import type {
  ActorFilter, ActorOrder, ArticleFilter, ArticleToIngest, CentralityMetric, GraphStore, IngestOutcome,
  InteractionFilter, InteractionOrder, InteractionScope, NetworkArgs, Page, PageArgs, RemoveOutcome, StoreHealth,
} from '../graph-store';
import { alsoWith, compareByDateAsc, filterWith, narrowedTo } from '../interaction-filter';
import { compareKeyTuples, compareNewestFirst, interactionKey, paginate } from '../pagination';
import { centralityScores, pairGraphOf, type PairGraph } from '../spoke-network';
import { dumpGraph } from './dump';
import { factsAt, GraphState, type ArticleEntry, type ArticleMeta, type FactsAt } from './graph-state';
import { Journal, RecordAt } from './journal';
import { InteractionIndex } from './interaction-index';
import { SpokeIndex } from './spoke-index';
import { StateMemo } from './state-memo';
import { searchState } from './search';
import { TextIndex } from './text-index';
import { topicRecord } from '../topic-catalogue';

export type StoreOp =
  | { op: 'ingest'; facts: ArticleFacts }
  | { op: 'remove'; articleId: string }
  | { op: 'merge'; keep: string; merge: string; at?: string; name?: string; kind?: ActorKind }
  | { op: 'unmerge'; merge: string };

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Called when a torn journal tail (a write never acknowledged) was discarded at open. */
  onRecovered?: (discardedBytes: number) => void;
  /** Called when the journal was repaired or damage set aside at open, in words. */
  onRepair?: (message: string) => void;
  /** Called when folding the journal into a snapshot failed (the journal stays; retried later). */
  onCompactionFailed?: (err: unknown) => void;
  /** Reads without locking DATA_DIR (a server may be writing); writes are refused. */
  readOnly?: boolean;
}

/** Articles indexed for search per turn of the event loop after open: a few milliseconds' work. */
const TEXTS_PER_TURN = 50;

/** Whole-network graphs (of linked pairs) and rankings kept per state. */
const GRAPHS_KEPT = 8;

/** Whether the actor takes part in other than the subject's role. */
function isNonSubject(participants: readonly ParticipationRecord[], actorId: string): boolean {
  for (let k = 0; k < participants.length; k++) if (participants[k].actorId === actorId && participants[k].role !== 'SUBJECT') return true;
  return false;
}

export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private state = new GraphState();
  /** Bumped by every applied write; see GraphStore.revision. */
  private writeCount = 0;
  private readonly journal: Journal<StoreOp>;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly derived = new StateMemo();
  /** The indexes of the state: kept apart so that many memoised answers never push them out. */
  private readonly indexes = new StateMemo();
  /** Whole-network graphs per filter (centrality, a network without a center): few, as each holds every matching interaction. */
  private readonly graphs = new StateMemo(GRAPHS_KEPT);
  /** The merges in effect, in the order they were made (the redirects of the state, with what the log shows). */
  private merges = new Map<string, MergeRecord>();
  /** The last failed write, until a write succeeds again: what /health reports. */
  private writeError: Error | null = null;
  /** The words of every article's text, for search: the text itself is read from disk when asked for. */
  private texts = new TextIndex();
  /**
   * Articles of the files opened whose text is not in `texts` yet: indexed after open, a few at a
   * time between requests (a writer), or all at once by the first search, so that startup does
   * not wait for it (it was about half of the time to open).
   */
  private unindexed: string[] = [];
  private indexing: NodeJS.Immediate | null = null;
  private readonly articleListeners = new Set<(articleId: string) => void>();

  constructor(private readonly options: EmbeddedStoreOptions) {
    this.journal = new Journal(options.dataDir, options.readOnly ?? false, {
      onTornTail: options.onRecovered,
      onRepair: options.onRepair,
    });
  }

  async open(): Promise<void> {
    // Folded while read, record by record: the files are never in memory whole.
    const fold = new OpFold();
    const { upgrade } = this.journal.open((op, at) => fold.add(op, at));
    ({ state: this.state, merges: this.merges } = fold.finish((at) => this.readFacts(at)));
    this.unindexed = [...this.state.articles.keys()].reverse();
    if (upgrade && !this.options.readOnly) this.compact();
    if (!this.options.readOnly) this.indexTextsLater();
  }

  private indexTextsLater(): void {
    this.indexing = setImmediate(() => {
      this.indexTexts(TEXTS_PER_TURN);
      if (this.unindexed.length > 0) this.indexTextsLater();
      else this.indexing = null;
    });
  }

  /** Indexes up to `count` of the articles not indexed yet (those removed since open are skipped). */
  private indexTexts(count = Infinity): void {
    for (let n = 0; n < count && this.unindexed.length > 0; n++) {
      const id = this.unindexed.pop()!;
      const entry = this.state.articles.get(id);
      // An article ingested again since open is indexed already, with its text of now.
      if (entry && !this.texts.has(id)) this.texts.add(id, this.articleOf(entry).text);
    }
  }

  async close(): Promise<void> {
    if (this.indexing) clearImmediate(this.indexing);
    this.indexing = null;
    await this.writes;
    try {
      if (!this.options.readOnly && this.journal.hasJournal) this.compact();
    } finally {
      this.journal.close();
    }
  }

  revision(): number {
    return this.writeCount;
  }

  onArticleAdded(listener: (articleId: string) => void): () => void {
    this.articleListeners.add(listener);
    return () => this.articleListeners.delete(listener);
  }

  async health(): Promise<StoreHealth> {
    const articles = `${this.state.articles.size} articles`;
    if (this.writeError) return { store: 'embedded', ok: false, detail: `${articles}; writes fail: ${this.writeError.message}` };
    return { store: 'embedded', ok: true, detail: articles };
  }

  // ---------------------------------------------------------------- writes

  ingest(article: Article, extraction: Extraction): Promise<IngestOutcome> {
    return this.serialise(async () => {
      const stored = this.state.articles.get(article.id)?.meta;
      if (stored && sameMetadata(stored, article)) return { articleId: article.id, created: false };
      const facts = articleFacts(article, extraction);
      if (stored) {
        // The same text with a corrected date, title or url: its facts are replaced, not dropped.
        const at = await this.commit({ op: 'ingest', facts });
        this.texts.add(article.id, article.text);
        this.state = GraphState.fold(this.withFacts(this.state.articles.values(), { facts, at }), this.state.redirects);
        this.compactIfDue();
        return { articleId: article.id, created: false, updated: true };
      }
      const outcome = this.addNew(article, facts, await this.commit({ op: 'ingest', facts }));
      this.compactIfDue();
      return outcome;
    });
  }

  /** An article new to the store, its record durable at `at`, into the state; its listeners told. */
  private addNew(article: Article, facts: ArticleFacts, at: RecordAt): IngestOutcome {
    this.texts.add(article.id, article.text);
    this.state.addArticle(facts, at);
    for (const listener of this.articleListeners) queueMicrotask(() => listener(article.id));
    return { articleId: article.id, created: true };
  }

  /**
   * Articles new to the store are written together, made durable by one fsync (a group commit),
   * and acknowledged once it is done; the others (stored already, or repeated in the batch) then
   * one at a time, as `ingest` does.
   */
  async ingestMany(items: readonly ArticleToIngest[]): Promise<IngestOutcome[]> {
    const outcomes: (IngestOutcome | undefined)[] = await this.serialise(async () => {
      const fresh = new Map<string, number>();
      items.forEach(({ article }, k) => { if (!this.state.articles.has(article.id) && !fresh.has(article.id)) fresh.set(article.id, k); });
      const picked = [...fresh.values()];
      const done: (IngestOutcome | undefined)[] = new Array(items.length);
      if (picked.length === 0) return done;
      const facts = picked.map((k) => articleFacts(items[k].article, items[k].extraction));
      const ats = await this.commitMany(facts.map((f) => ({ op: 'ingest', facts: f })));
      picked.forEach((k, n) => { done[k] = this.addNew(items[k].article, facts[n], ats[n]); });
      this.compactIfDue();
      return done;
    });
    for (let k = 0; k < items.length; k++) outcomes[k] ??= await this.ingest(items[k].article, items[k].extraction);
    return outcomes as IngestOutcome[];
  }

  removeArticle(id: string): Promise<RemoveOutcome | null> {
    return this.serialise(async () => {
      if (!this.state.articles.has(id)) return null;
      await this.commit({ op: 'remove', articleId: id });
      const before = this.state;
      const rest = [...before.articles.values()].filter((e) => e.meta.id !== id);
      this.state = GraphState.fold(this.withFacts(rest), before.redirects);
      this.compactIfDue();
      return {
        articleId: id,
        removedInteractions: before.interactions.size - this.state.interactions.size,
        removedActors: before.actors.size - this.state.actors.size,
      };
    });
  }

  mergeActors(keepId: string, mergeId: string, dryRun = false): Promise<ActorRecord> {
    return this.serialise(async () => {
      const keep = this.state.actors.get(this.state.resolve(keepId))?.record;
      const merge = this.state.actors.get(this.state.resolve(mergeId))?.record;
      if (!keep) throw new NotFoundError('Actor', keepId);
      if (!merge) throw new NotFoundError('Actor', mergeId);
      if (keep.id === merge.id) return keep;
      refuseCrossKindMerge(keep, merge);
      if (dryRun) return mergedActor(keep, merge);
      const op: StoreOp = { op: 'merge', keep: keep.id, merge: merge.id, at: new Date().toISOString(), name: merge.name, kind: merge.kind };
      await this.commit(op);
      this.merges.set(merge.id, mergeRecord(op));
      this.state = GraphState.fold(this.withFacts(this.state.articles.values()), this.redirects());
      this.compactIfDue();
      return this.state.actors.get(keep.id)!.record;
    });
  }

  unmergeActors(mergedId: string): Promise<ActorRecord> {
    return this.serialise(async () => {
      if (!this.merges.has(mergedId)) throw new NotFoundError('Merge of actor', mergedId);
      await this.commit({ op: 'unmerge', merge: mergedId });
      this.merges.delete(mergedId);
      this.state = GraphState.fold(this.withFacts(this.state.articles.values()), this.redirects());
      this.compactIfDue();
      const restored = this.state.actors.get(this.state.resolve(mergedId));
      if (!restored) throw new NotFoundError('Actor', mergedId);
      return restored.record;
    });
  }

  async listMerges(): Promise<MergeRecord[]> {
    return [...this.merges.values()];
  }

  private redirects(): Map<string, string> {
    return redirectsOf(this.merges);
  }

  /** The facts of these articles, read one at a time for a new fold; `replaced` stands in for its article's. */
  private *withFacts(entries: Iterable<ArticleEntry>, replaced?: { facts: ArticleFacts; at: FactsAt }): Iterable<{ facts: ArticleFacts; at: FactsAt }> {
    for (const e of entries) {
      if (replaced && e.meta.id === replaced.facts.article.id) yield replaced;
      else yield { facts: this.factsOf(e), at: e.at };
    }
  }

  private factsOf(entry: ArticleEntry): ArticleFacts {
    return factsAt(entry.at, (at) => this.readFacts(at));
  }

  private readFacts(at: RecordAt): ArticleFacts {
    const op = this.journal.read(at);
    if (op.op !== 'ingest') throw new Error(`the record at byte ${at.offset} of ${at.file}.log is a ${op.op}, not an article`);
    return op.facts;
  }

  /** The article whole, its text read from disk. */
  private articleOf(entry: ArticleEntry): Article {
    return this.factsOf(entry).article;
  }

  /**
   * The article with its text read from disk only if asked for: lists of articles mostly want
   * titles and dates. Read from where the article is then (a compaction may have moved it since).
   */
  private lazyArticle(entry: ArticleEntry): Article {
    const id = entry.meta.id;
    const text = () => {
      const { article } = this.factsOf(this.state.articles.get(id) ?? entry);
      // Removed since, and its record gone with a compaction: never another article's text.
      if (article.id !== id) throw new NotFoundError('Article', id);
      return article.text;
    };
    return Object.defineProperty({ ...entry.meta }, 'text', { enumerable: true, get: text }) as Article;
  }

  /** Fills an empty store with these articles in one snapshot (`actorgraph import`). */
  restore(facts: ArticleFacts[]): Promise<void> {
    return this.serialise(async () => {
      if (this.state.articles.size > 0 || this.state.redirects.size > 0 || this.journal.hasJournal) {
        throw new BadInputError(`${this.options.dataDir} already holds a store: import writes only into an empty DATA_DIR`);
      }
      const state = GraphState.fold(facts.map((f) => ({ facts: f, at: f })), new Map());
      this.compact(state, new Map());
      this.state = state;
      this.merges = new Map();
      for (const f of facts) this.texts.add(f.article.id, f.article.text);
    });
  }

  /** Runs writes one at a time, in call order. */
  private serialise<T>(write: () => Promise<T>): Promise<T> {
    const run = this.writes.then(async () => {
      try {
        return await write();
      } finally {
        this.writeCount++;
      }
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Makes the op durable (where it is on disk); the caller applies it to the state, then calls `compactIfDue`. */
  private async commit(op: StoreOp): Promise<RecordAt> {
    return (await this.commitMany([op]))[0];
  }

  private async commitMany(ops: StoreOp[]): Promise<RecordAt[]> {
    try {
      const at = await this.journal.appendMany(ops);
      this.writeError = null;
      return at;
    } catch (err) {
      this.writeError = err instanceof Error ? err : new Error(String(err));
      throw new StoreUnavailableError(`the write could not be made durable (${(err as NodeJS.ErrnoException).code ?? this.writeError.message}); nothing was changed`);
    }
  }

  /** The write is already durable in the journal: a failed compaction is retried later, not the write's failure. */
  private compactIfDue(): void {
    if (!this.journal.wantsCompaction) return;
    try {
      this.compact();
    } catch (err) {
      this.options.onCompactionFailed?.(err);
    }
  }

  /**
   * A snapshot of what rebuilds the current state: curation redirects, then every article, its
   * record's line copied from where it is; the articles then point into the new snapshot.
   */
  private compact(state = this.state, mergesInEffect = this.merges): void {
    const merges = [...mergesInEffect.values()].map((m): StoreOp => ({ op: 'merge', keep: m.keepId, merge: m.mergedId, at: m.at, name: m.mergedName, kind: m.kind }));
    const entries = [...state.articles.values()];
    const articles = entries.map((e): StoreOp | RecordAt => (e.at instanceof RecordAt ? e.at : { op: 'ingest', facts: e.at }));
    this.journal.compact([...merges, ...articles], (at) => entries.forEach((e, k) => { e.at = at[merges.length + k]; }));
  }

  // ---------------------------------------------------------------- actors

  async getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    return ids.map((id) => this.state.actors.get(this.state.resolve(id))?.record ?? null);
  }

  async findActorsByName(name: string): Promise<ActorRecord[]> {
    // An exact name or alias first; else a person whose surname it is ("Nawrocki").
    const key = nameKey(name);
    const ids = this.state.nameIndex.get(key) ?? (key.includes(' ') ? undefined : this.state.surnameIndex.get(key));
    return [...(ids ?? [])].map((id) => this.state.actors.get(id)!).filter(Boolean)
      .sort((a, b) => totalMentions(b) - totalMentions(a) || a.record.id.localeCompare(b.record.id))
      .map((a) => a.record);
  }

  async listActors(filter: ActorFilter, orderBy: ActorOrder, page: PageArgs): Promise<Page<ActorRecord>> {
    const search = filter.search ? nameKey(filter.search) : '';
    const rows = [...this.state.actors.values()].filter(({ record: a }) =>
      (!filter.kinds?.length || filter.kinds.includes(a.kind))
      && (!filter.roles?.length || (a.role !== null && filter.roles.includes(a.role)))
      && (!filter.countries?.length || filter.countries.includes(a.country ?? (a.kind === 'COUNTRY' ? a.id : '')))
      && (!search || [a.name, ...a.aliases].some((n) => nameKey(n).includes(search))));
    // Each sort key once per actor, not once per comparison.
    const keyed = rows.map((row) => {
      const name = nameKey(row.record.name);
      if (orderBy === 'MENTIONS') return { row, key: [-totalMentions(row), name, row.record.id] };
      if (orderBy === 'INTERACTIONS') return { row, key: [-(this.state.interactionsByActor.get(row.record.id)?.size ?? 0), name, row.record.id] };
      return { row, key: [name, row.record.id] };
    });
    keyed.sort((a, b) => compareKeyTuples(a.key, b.key));
    const p = paginate(keyed, (k) => k.key, compareKeyTuples, page);
    return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: e.node.row.record })) };
  }

  // ---------------------------------------------------------------- interactions

  async getInteractions(ids: readonly string[]): Promise<(InteractionRecord | null)[]> {
    return ids.map((id) => this.state.interactions.get(this.state.interactionId(id))?.record ?? null);
  }

  /** Interactions matching the filter, in the given order, from the indexes of the state. */
  private selectInteractions(filter: InteractionFilter, orderBy: InteractionOrder = 'DATE_ASC'): InteractionRecord[] {
    return this.interactionIndex().select(this.resolved(filter), orderBy);
  }

  /** The filter with its `with` actors under the merges in effect. */
  private resolved(filter: InteractionFilter): InteractionFilter {
    return filter.with ? filterWith(filter, { with: filter.with.map((id) => this.state.resolve(id)) }) : filter;
  }

  private interactionIndex(): InteractionIndex {
    return this.indexes.get(this.state, 'interactions', () => new InteractionIndex(this.state));
  }

  private spokeIndex(): SpokeIndex {
    return this.indexes.get(this.state, 'spoke', () => new SpokeIndex(this.interactionIndex()));
  }

  async listInteractions(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>> {
    return this.pageInteractions(filter, orderBy, page);
  }

  async listInteractionsPerScope(scopes: readonly InteractionScope[], filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Promise<Page<InteractionRecord>[]> {
    // A scope with actors is selected from the smallest of their sorted lists in the index, never from all interactions.
    return scopes.map((scope) => this.pageInteractions(narrowedTo(filter, scope), orderBy, page));
  }

  private pageInteractions(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs): Page<InteractionRecord> {
    const direct = this.interactionIndex().page(filter, orderBy, page);
    if (direct) return direct;
    const rows = this.selectInteractions(filter, orderBy);
    return paginate(rows, interactionKey, orderBy === 'DATE_ASC' ? compareKeyTuples : compareNewestFirst, page);
  }

  async conversationsOf(groups: readonly (readonly string[])[], filter: InteractionFilter): Promise<InteractionRecord[][]> {
    return groups.map((group) => (group.length === 0 ? [] : this.selectInteractions(alsoWith(filter, group))));
  }

  async counterpartsOf(actorIds: readonly string[], filter: InteractionFilter): Promise<CounterpartRecord[][]> {
    const spoke = this.spokeIndex();
    const f = this.resolved(filter);
    return actorIds.map((id) => spoke.counterparts(this.state.resolve(id), f));
  }

  /** A value computed from the current state, reused until the state changes. */
  private memo<T>(key: string, compute: () => T): T {
    return this.derived.get(this.state, key, compute);
  }

  private pairGraph(filter: InteractionFilter): PairGraph {
    return this.graphs.get(this.state, JSON.stringify(filter), () => pairGraphOf(this.selectInteractions(filter)));
  }

  async path(fromId: string, toId: string, maxHops: number, filter: InteractionFilter): Promise<PathHopRecord[] | null> {
    return this.spokeIndex().shortestPath(this.state.resolve(fromId), this.state.resolve(toId), maxHops, this.resolved(filter));
  }

  async network({ center, depth, filter, limit }: NetworkArgs): Promise<NetworkRecord> {
    const f = this.resolved(filter);
    let kept: { actorIds: string[]; edges: NetworkEdgeRecord[] };
    if (center) {
      const id = this.state.resolve(center);
      kept = this.spokeIndex().network(id, depth, f, () => this.isParty(id, f), limit);
    } else {
      const actorIds = this.graphs.get(this.state, `ranked:${JSON.stringify(f)}`, () => this.rankedNodes(f)).slice(0, limit);
      kept = { actorIds, edges: this.spokeIndex().edgesAmong(actorIds, f) };
    }
    return { nodes: kept.actorIds.map((id) => this.state.actors.get(id)!.record), edges: kept.edges };
  }

  /**
   * Every node of the spoke network under the filter, most neighbours first, then by id: the
   * order of the whole network's graph by degree, from the spoke index (a graph of the whole
   * network per filter was 150 MB at 100k articles).
   */
  private rankedNodes(filter: InteractionFilter): string[] {
    const nodes = new Set<string>();
    for (const i of this.selectInteractions(filter)) for (const p of i.participants) if (p.role !== 'SUBJECT') nodes.add(p.actorId);
    const spoke = this.spokeIndex();
    const degree = new Map([...nodes].map((id) => [id, spoke.degree(id, filter)]));
    return [...nodes].sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b));
  }

  /** Whether the actor is a party (not only a SUBJECT) to a matching interaction: a node of the spoke network. */
  private isParty(actorId: string, filter: InteractionFilter): boolean {
    return this.interactionIndex().select(alsoWith(filter, [actorId])).some((i) => isNonSubject(i.participants, actorId));
  }

  async centrality(metric: CentralityMetric, filter: InteractionFilter, kind: ActorKind | null, first: number): Promise<ScoreRecord[]> {
    const scores = this.memo(`centrality:${metric}:${JSON.stringify(filter)}`, () => centralityScores(this.pairGraph(filter), metric));
    return Object.entries(scores)
      .filter(([id]) => !kind || this.state.actors.get(id)?.record.kind === kind)
      .map(([actorId, score]) => ({ actorId, score }))
      .sort((a, b) => b.score - a.score || a.actorId.localeCompare(b.actorId))
      .slice(0, first);
  }

  // ---------------------------------------------------------------- topics, affiliations, mentions

  async listTopics(): Promise<CountedTopic[]> {
    return countTopics([...this.state.interactions.values()].map((s) => s.record));
  }

  async getTopics(ids: readonly string[]): Promise<(TopicRecord | null)[]> {
    const used = this.memo('topics-in-use', () => new Set([...this.state.interactions.values()].flatMap((s) => s.record.topicIds)));
    return ids.map((id) => (used.has(id) ? topicRecord(id) : null));
  }

  async topicsOfActors(actorIds: readonly string[]): Promise<CountedTopic[][]> {
    return actorIds.map((id) => this.memo(`topics:${id}`, () => countTopics(this.selectInteractions({ with: [id] }))));
  }

  async affiliationsOf(personIds: readonly string[]): Promise<AffiliationRecord[][]> {
    return personIds.map((id) => [...(this.state.affiliations.get(this.state.resolve(id))?.values() ?? [])]
      .map(({ attestedAt: _newest, ...affiliation }) => affiliation)
      .sort((a, b) => a.targetId.localeCompare(b.targetId)));
  }

  async mentionsOf(actorIds: readonly string[]): Promise<MentionRecord[][]> {
    return actorIds.map((id) => {
      const actor = this.state.actors.get(this.state.resolve(id));
      return [...(actor?.mentions ?? [])]
        .map(([articleId, count]) => ({ articleId, count }))
        .sort((a, b) => b.count - a.count || a.articleId.localeCompare(b.articleId));
    });
  }

  async actorsInArticles(articleIds: readonly string[]): Promise<{ actorId: string; count: number }[][]> {
    return articleIds.map((articleId) => [...this.state.actors.values()]
      .filter((a) => a.mentions.has(articleId))
      .map((a) => ({ actorId: a.record.id, count: a.mentions.get(articleId)! }))
      .sort((a, b) => b.count - a.count || a.actorId.localeCompare(b.actorId)));
  }

  async interactionsInArticles(articleIds: readonly string[]): Promise<string[][]> {
    return articleIds.map((articleId) => [...this.state.interactions.values()]
      .filter((s) => s.record.sources.some((source) => source.articleId === articleId))
      .map((s) => s.record)
      .sort(compareByDateAsc)
      .map((i) => i.id));
  }

  // ---------------------------------------------------------------- articles, search, stats, export

  async getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    return ids.map((id) => {
      const entry = this.state.articles.get(id);
      return entry ? this.lazyArticle(entry) : null;
    });
  }

  async listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>> {
    const mentioned = filter.mentions ? this.state.actors.get(this.state.resolve(filter.mentions))?.mentions : undefined;
    const rows = [...this.state.articles.values()].map((e) => e.meta).filter((a) =>
      (!filter.language || a.language === filter.language)
      && (!filter.source || a.source === filter.source)
      && (!filter.from || (a.publishedAt !== null && a.publishedAt >= filter.from))
      && (!filter.to || (a.publishedAt !== null && a.publishedAt <= filter.to))
      && (!filter.mentions || (mentioned?.has(a.id) ?? false)));
    const keyOf = (a: ArticleMeta): unknown[] => [a.publishedAt, a.id];
    rows.sort((a, b) => compareNewestFirst(keyOf(a), keyOf(b)));
    const p = paginate(rows, keyOf, compareNewestFirst, page);
    return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: this.lazyArticle(this.state.articles.get(e.node.id)!) })) };
  }

  async search(text: string, first: number): Promise<SearchHitRecord[]> {
    this.indexTexts();
    return searchState(this.state, this.texts, (id) => this.articleOf(this.state.articles.get(id)!).text, text, first);
  }

  async stats(): Promise<StatsRecord> {
    const dates = [...this.state.interactions.values()].map((s) => s.record.date).filter((d): d is string => d !== null).sort();
    const actors = [...this.state.actors.values()].map((s) => s.record);
    const interactions = [...this.state.interactions.values()].map((s) => s.record);
    return {
      articles: this.state.articles.size,
      actorsByKind: ACTOR_KINDS.map((kind) => ({ kind, count: actors.filter((a) => a.kind === kind).length })),
      interactionsByType: INTERACTION_TYPES.map((type) => ({ type, count: interactions.filter((i) => i.type === type).length })),
      topics: new Set(interactions.flatMap((i) => i.topicIds)).size,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    };
  }

  async exportGraph(): Promise<GraphDump> {
    return dumpGraph(this.state, (e) => this.articleOf(e));
  }
}

/**
 * The state operations build, in order (the last ingest of an article wins), and the merges in
 * effect. Folded as they come while that is the same as folding the end result (a snapshot: merges
 * first, then each article once; a journal adding new articles); otherwise folded once more at the end.
 */
class OpFold {
  readonly merges = new Map<string, MergeRecord>();
  /** Where the last ingest of each article is, in the order of their first ingests. */
  private readonly latest = new Map<string, FactsAt>();
  private state = new GraphState();
  private refoldAtEnd = false;

  add(op: StoreOp, at?: RecordAt): void {
    if (op.op === 'ingest') {
      const id = op.facts.article.id;
      if (this.latest.has(id)) this.refoldAtEnd = true;
      this.latest.set(id, at ?? op.facts);
      if (!this.refoldAtEnd) this.state.addArticle(op.facts, at ?? op.facts);
      return;
    }
    if (op.op === 'remove') {
      if (this.latest.delete(op.articleId)) this.refoldAtEnd = true;
      return;
    }
    if (op.op === 'unmerge') this.merges.delete(op.merge);
    else this.merges.set(op.merge, mergeRecord(op));
    this.refoldAtEnd ||= this.state.articles.size > 0;
    if (!this.refoldAtEnd) this.state = new GraphState(redirectsOf(this.merges));
  }

  finish(read: (at: RecordAt) => ArticleFacts): { state: GraphState; merges: Map<string, MergeRecord> } {
    if (!this.refoldAtEnd) return { state: this.state, merges: this.merges };
    return { state: GraphState.fold(readEach(this.latest.values(), read), redirectsOf(this.merges)), merges: this.merges };
  }
}

function* readEach(locations: Iterable<FactsAt>, read: (at: RecordAt) => ArticleFacts): Iterable<{ facts: ArticleFacts; at: FactsAt }> {
  for (const at of locations) yield { facts: factsAt(at, read), at };
}

/** The state of operations held in memory (salvage). */
export function foldOps(ops: Iterable<StoreOp>): { state: GraphState; merges: Map<string, MergeRecord> } {
  const fold = new OpFold();
  for (const op of ops) fold.add(op);
  return fold.finish(() => { throw new Error('operations in memory have no records on disk'); });
}

function redirectsOf(merges: Map<string, MergeRecord>): Map<string, string> {
  return new Map([...merges.values()].map((m) => [m.mergedId, m.keepId]));
}

/** Journals written before the merge log kept only the two ids. */
function mergeRecord(op: Extract<StoreOp, { op: 'merge' }>): MergeRecord {
  return { mergedId: op.merge, keepId: op.keep, mergedName: op.name ?? op.merge, kind: op.kind ?? 'PERSON', at: op.at ?? '1970-01-01T00:00:00.000Z' };
}

function sameMetadata(a: ArticleMeta, b: ArticleMeta): boolean {
  return a.title === b.title && a.url === b.url && a.source === b.source && a.publishedAt === b.publishedAt && a.language === b.language;
}

function totalMentions(s: { mentions: Map<string, number> }): number {
  let n = 0;
  for (const c of s.mentions.values()) n += c;
  return n;
}


function countTopics(interactions: InteractionRecord[]): CountedTopic[] {
  const counts = new Map<string, number>();
  for (const i of interactions) for (const t of i.topicIds) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ topic: topicRecord(id), count }))
    .sort((a, b) => b.count - a.count || a.topic.id.localeCompare(b.topic.id));
}
