/**
 * Per-request DataLoaders in front of the store's batched reads: a list of 50 actors asking for
 * their counterparts costs one store call, not 50.
 */
import DataLoader from 'dataloader';
import type { CounterpartRecord, ScoreRecord } from '../domain/graph';
import { NotFoundError } from '../domain/errors';
import type { GraphStore, InteractionFilter } from '../store/graph-store';

/**
 * Each DataLoader is made when the request first asks for it: most requests use one or two of
 * them, and building all of them per request was a measurable share of a small answer.
 */
export class Loaders {
  private readonly made = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly store: GraphStore) {}

  get actors() { return this.loader('actors', (ids) => this.store.getActors(ids)); }
  get interactions() { return this.loader('interactions', (ids) => this.store.getInteractions(ids)); }
  get articles() { return this.loader('articles', (ids) => this.store.getArticles(ids)); }
  get topics() { return this.loader('topics', (ids) => this.store.getTopics(ids)); }
  get topicsOfActor() { return this.loader('topicsOfActor', (ids) => this.store.topicsOfActors(ids)); }
  get affiliations() { return this.loader('affiliations', (ids) => this.store.affiliationsOf(ids)); }
  get mentions() { return this.loader('mentions', (ids) => this.store.mentionsOf(ids)); }
  get actorsInArticle() { return this.loader('actorsInArticle', (ids) => this.store.actorsInArticles(ids)); }
  get interactionsInArticle() { return this.loader('interactionsInArticle', (ids) => this.store.interactionsInArticles(ids)); }
  get topicActors() { return this.loader('topicActors', (ids) => scoreTopicActors(this.store, ids)); }

  /** One loader per distinct filter, so actors asked with the same filter share a batch. */
  counterparts(filter: InteractionFilter): DataLoader<string, CounterpartRecord[]> {
    return this.loader(`counterparts:${JSON.stringify(filter)}`, (ids) => this.store.counterpartsOf(ids, filter));
  }

  /** Forgets everything loaded: after a write, later fields of the same request must see it. */
  clearAll(): void {
    this.made.clear();
  }

  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.made.get(key) as DataLoader<string, V> | undefined;
    if (!loader) this.made.set(key, (loader = new DataLoader<string, V>(batch)) as DataLoader<string, unknown>);
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

/** Loads many ids and drops those the store no longer has (removed between two reads). */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/** Throws NOT_FOUND for the first id the store does not know. */
export async function requireActors(loaders: Loaders, ids: readonly string[]): Promise<void> {
  const found = await loaders.actors.loadMany(ids);
  found.forEach((a, k) => { if (!a || a instanceof Error) throw new NotFoundError('Actor', ids[k]); });
}
