/**
 * Per-request DataLoaders in front of the store's batched reads: a list of 50 actors asking for
 * their counterparts or interactions costs one store call, not 50.
 */
import DataLoader from 'dataloader';
import type { Article } from '../domain/article';
import type {
  ActorRecord, AffiliationRecord, CountedTopic, InteractionRecord, MentionRecord, ScoreRecord, TopicRecord,
} from '../domain/graph';
import { NotFoundError } from '../domain/errors';
import type { GraphStore, InteractionFilter, InteractionOrder, PageArgs } from '../store/graph-store';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(store: GraphStore) {
  const counterparts = loadersByArgs((ids, filter: InteractionFilter) => store.counterpartsOf(ids, filter));
  const interactionsOfActor = loadersByArgs((ids, filter: InteractionFilter, orderBy: InteractionOrder, page: PageArgs) =>
    store.listInteractionsOfActors(ids, filter, orderBy, page));
  const loaders = {
    actors: new DataLoader<string, ActorRecord | null>((ids) => store.getActors(ids)),
    interactions: new DataLoader<string, InteractionRecord | null>((ids) => store.getInteractions(ids)),
    articles: new DataLoader<string, Article | null>((ids) => store.getArticles(ids)),
    topics: new DataLoader<string, TopicRecord | null>((ids) => store.getTopics(ids)),
    topicsOfActor: new DataLoader<string, CountedTopic[]>((ids) => store.topicsOfActors(ids)),
    affiliations: new DataLoader<string, AffiliationRecord[]>((ids) => store.affiliationsOf(ids)),
    mentions: new DataLoader<string, MentionRecord[]>((ids) => store.mentionsOf(ids)),
    actorsInArticle: new DataLoader<string, { actorId: string; count: number }[]>((ids) => store.actorsInArticles(ids)),
    interactionsInArticle: new DataLoader<string, string[]>((ids) => store.interactionsInArticles(ids)),
    topicActors: new DataLoader<string, ScoreRecord[]>((ids) => scoreTopicActors(store, ids)),
    /** `(filter)`: per actor, whom it interacted with. */
    counterparts: counterparts.get,
    /** `(filter, orderBy, page)`: per actor, its page of interactions. */
    interactionsOfActor: interactionsOfActor.get,
    /** Forgets everything loaded: after a write, later fields of the same request must see it. */
    clearAll(): void {
      for (const value of Object.values(loaders)) if (value instanceof DataLoader) value.clearAll();
      counterparts.clear();
      interactionsOfActor.clear();
    },
  };
  return loaders;
}

/**
 * One loader per distinct set of arguments besides the ids, so parents asked with the same
 * arguments (filter, order, page) share a batch.
 */
function loadersByArgs<A extends unknown[], V>(batch: (ids: readonly string[], ...args: A) => Promise<V[]>) {
  const byArgs = new Map<string, DataLoader<string, V>>();
  return {
    get: (...args: A): DataLoader<string, V> => {
      const key = JSON.stringify(args);
      let loader = byArgs.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => batch(ids, ...args));
        byArgs.set(key, loader);
      }
      return loader;
    },
    clear: (): void => byArgs.clear(),
  };
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
