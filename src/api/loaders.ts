/**
 * Per-request DataLoaders in front of the store's batched reads: a list of 50 actors asking for
 * their counterparts costs one store call, not 50.
 */
import DataLoader from 'dataloader';
import type { Article } from '../domain/article';
import type {
  ActorRecord, AffiliationRecord, CountedTopic, CounterpartRecord, InteractionRecord, MentionRecord, TopicRecord,
} from '../domain/graph';
import { NotFoundError } from '../domain/errors';
import type { GraphStore, InteractionFilter } from '../store/graph-store';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(store: GraphStore) {
  const counterparts = new Map<string, DataLoader<string, CounterpartRecord[]>>();
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
    /** One loader per distinct filter, so actors asked with the same filter share a batch. */
    counterparts(filter: InteractionFilter): DataLoader<string, CounterpartRecord[]> {
      const key = JSON.stringify(filter);
      let loader = counterparts.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.counterpartsOf(ids, filter));
        counterparts.set(key, loader);
      }
      return loader;
    },
    /** Forgets everything loaded: after a write, later fields of the same request must see it. */
    clearAll(): void {
      for (const value of Object.values(loaders)) if (value instanceof DataLoader) value.clearAll();
      counterparts.clear();
    },
  };
  return loaders;
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
