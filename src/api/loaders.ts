/**
 * Per-request loaders in front of the store's batched reads: a list of 50 actors asking for their
 * counterparts or interactions (or of topics or relationships asking for theirs) costs one store
 * call, not 50. Records by id go through RecordLoaders (answered at once when loaded); lists
 * derived per key through DataLoaders.
 */
import DataLoader from 'dataloader';
import type { Article } from '../domain/article';
import type { ActorRecord, CounterpartRecord, InteractionRecord, ScoreRecord, TopicRecord } from '../domain/graph';
import { NotFoundError } from '../domain/errors';
import type { GraphStore, InteractionFilter, InteractionOrder, InteractionScope, Page, PageArgs } from '../store/graph-store';
import { RecordLoader } from './record-loader';
import type { InteractionRefs } from './selection';

/** A counterpart with the actor and topics it points to, as far as the client reads them (InteractionRefs). */
export interface CounterpartView extends CounterpartRecord {
  actor: ActorRecord | null;
  topics: TopicRecord[];
}

/**
 * Each loader is made when the request first asks for it: most requests use one or two of them,
 * and building all of them per request was a measurable share of a small answer.
 */
export class Loaders {
  private readonly made = new Map<string, DataLoader<string, unknown> | RecordLoader<unknown>>();

  constructor(private readonly store: GraphStore) {}

  get actors(): RecordLoader<ActorRecord> { return this.records('actors', (ids) => this.store.getActors(ids)); }
  get interactions(): RecordLoader<InteractionRecord> { return this.records('interactions', (ids) => this.store.getInteractions(ids)); }
  get articles(): RecordLoader<Article> { return this.records('articles', (ids) => this.store.getArticles(ids)); }
  get topics(): RecordLoader<TopicRecord> { return this.records('topics', (ids) => this.store.getTopics(ids)); }
  get topicsOfActor() { return this.loader('topicsOfActor', (ids) => this.store.topicsOfActors(ids)); }
  get affiliations() { return this.loader('affiliations', (ids) => this.store.affiliationsOf(ids)); }
  get mentions() { return this.loader('mentions', (ids) => this.store.mentionsOf(ids)); }
  get actorsInArticle() { return this.loader('actorsInArticle', (ids) => this.store.actorsInArticles(ids)); }
  get interactionsInArticle() { return this.loader('interactionsInArticle', (ids) => this.store.interactionsInArticles(ids)); }
  get topicActors() { return this.loader('topicActors', (ids) => scoreTopicActors(this.store, ids)); }

  /**
   * Per actor, whom it interacted with: one loader per distinct filter, so actors asked with the
   * same filter share a batch; the counterparts' actors and topics the client reads come with it.
   */
  counterparts(filter: InteractionFilter, refs: InteractionRefs): DataLoader<string, CounterpartView[]> {
    return this.loader(`counterparts:${JSON.stringify([filter, refs])}`, async (ids) => {
      const lists = await this.store.counterpartsOf(ids, filter);
      await this.primeRefs(refs, (actor, topics) => {
        for (const list of lists) {
          for (const c of list) {
            actor(c.actorId);
            topics(c.topicIds);
          }
        }
      });
      // Filled in here, once loaded, rather than by a resolver per counterpart and field. Fields
      // written out, not `{ ...c, actor, topics }`: V8 (Node 20) builds such a spread object
      // slowly, at about 7× the bytes, and it outlives the young generation (see edgeOf).
      return lists.map((list) => list.map((c): CounterpartView => ({
        actorId: c.actorId, count: c.count, firstDate: c.firstDate, lastDate: c.lastDate,
        topicIds: c.topicIds, interactionIds: c.interactionIds,
        actor: refs.actors ? this.actors.peek(c.actorId) ?? null : null,
        topics: refs.topics ? this.topics.peekAll(c.topicIds) : [],
      })));
    });
  }

  /**
   * The interactions all of a group of actors take part in (store.conversationsOf): groups asked
   * with the same filter in one request (a list of actors' timelines; a relationship's timeline
   * and tone) share a store call.
   */
  conversations(group: readonly string[], filter: InteractionFilter): Promise<InteractionRecord[]> {
    return this.loader(`conversations:${JSON.stringify(filter)}`, (groups: readonly (readonly string[])[]) => this.store.conversationsOf(groups, filter), (g) => JSON.stringify(g))
      .load(group);
  }

  /**
   * Per scope (an actor, a topic, a relationship's pair), its page of interactions: one loader per
   * distinct (filter, order, page), so every list field asked with the same arguments shares a
   * batch; the items' references come with it.
   */
  interactionsIn(filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs, refs: InteractionRefs): DataLoader<InteractionScope, Page<InteractionRecord>, string> {
    return this.loader(`interactionsIn:${JSON.stringify([filter, orderBy, page, refs])}`, async (scopes: readonly InteractionScope[]) => {
      const pages = await this.store.listInteractionsPerScope(scopes, filter, orderBy, page);
      const interactions: InteractionRecord[] = [];
      for (const p of pages) for (const e of p.edges) interactions.push(e.node);
      await primeInteractionRefs(this, interactions, refs);
      return pages;
    }, (scope) => JSON.stringify(scope));
  }

  /**
   * Loads, in one store call each, the actors and topics a list's items point to that the client
   * reads; `gather` names them. Loops, not flatMap: this runs for every page, and V8's flatMap is
   * slow on small arrays.
   */
  async primeRefs(refs: InteractionRefs, gather: (actor: (id: string) => void, topics: (ids: readonly string[]) => void) => void): Promise<void> {
    if (!refs.actors && !refs.topics) return;
    const actors: string[] = [];
    const topics: string[] = [];
    gather((id) => { if (refs.actors) actors.push(id); }, (ids) => { if (refs.topics) topics.push(...ids); });
    await Promise.all([refs.actors && this.actors.prime(actors), refs.topics && this.topics.prime(topics)]);
  }

  /** Forgets everything loaded: after a write, later fields of the same request must see it. */
  clearAll(): void {
    this.made.clear();
  }

  private records<T>(key: string, fetch: (ids: readonly string[]) => Promise<(T | null)[]>): RecordLoader<T> {
    let loader = this.made.get(key) as RecordLoader<T> | undefined;
    if (!loader) this.made.set(key, (loader = new RecordLoader<T>(fetch)) as RecordLoader<unknown>);
    return loader;
  }

  /** A DataLoader by key; `cacheKeyOf` for keys that are not strings (equal keys, equal strings). */
  private loader<V, K = string>(key: string, batch: (keys: readonly K[]) => Promise<V[]>, cacheKeyOf?: (key: K) => string): DataLoader<K, V, string> {
    let loader = this.made.get(key) as DataLoader<K, V, string> | undefined;
    if (!loader) this.made.set(key, (loader = new DataLoader<K, V, string>(batch, { cacheKeyFn: cacheKeyOf })) as unknown as DataLoader<string, unknown>);
    return loader;
  }
}

/**
 * Per topic, the actors taking part in its interactions, scored by the number of them, highest
 * first (ties by id). One walk through the interactions about any of the topics asked for
 * together, page by page, instead of one walk per topic.
 */
async function scoreTopicActors(store: GraphStore, topicIds: readonly string[]): Promise<ScoreRecord[][]> {
  const counts = new Map(topicIds.map((id) => [id, new Map<string, number>()]));
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<GraphStore['listInteractions']>> = await store.listInteractions({ topics: [...counts.keys()] }, 'DATE_DESC', { first: 500, after });
    for (const { node } of page.edges) {
      for (const topicId of new Set(node.topicIds)) {
        const ofTopic = counts.get(topicId);
        if (ofTopic) for (const p of node.participants) ofTopic.set(p.actorId, (ofTopic.get(p.actorId) ?? 0) + 1);
      }
    }
    after = page.hasNextPage ? page.edges[page.edges.length - 1].cursor : null;
  } while (after);
  return topicIds.map((id) => [...counts.get(id)!].map(([actorId, score]) => ({ actorId, score }))
    .sort((a, b) => b.score - a.score || a.actorId.localeCompare(b.actorId)));
}

/** Throws NOT_FOUND for the first id the store does not know. */
export async function requireActors(loaders: Loaders, ids: readonly string[]): Promise<void> {
  const found = await loaders.actors.loadEach(ids);
  found.forEach((a, k) => { if (!a) throw new NotFoundError('Actor', ids[k]); });
}

/** Loads the actors and topics of a list of interactions that the client reads: its items' fields then answer at once. */
export function primeInteractionRefs(loaders: Loaders, interactions: readonly InteractionRecord[], refs: InteractionRefs): Promise<void> {
  return loaders.primeRefs(refs, (actor, topics) => {
    for (const i of interactions) {
      for (const p of i.participants) actor(p.actorId);
      topics(i.topicIds);
    }
  });
}
