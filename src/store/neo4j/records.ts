/** Plain rows (see values.ts) to the records of the GraphStore port. */
import type { Article } from '../../domain/article';
import {
  ACTOR_KINDS, INTERACTION_STATUSES, INTERACTION_TYPES, ORGANIZATION_TYPES, PARTICIPANT_ROLES, PERSON_ROLES,
} from '../../domain/enums';
import type { ActorRecord, InteractionRecord, TopicRecord } from '../../domain/graph';
import {
  asList, asMap, asNullableEnum, asNullableString, asString, asStringList, asEnum, type Plain,
} from './values';

export function toActor(value: Plain | undefined, field = 'actor'): ActorRecord {
  const a = asMap(value, field);
  return {
    id: asString(a.id, `${field}.id`),
    kind: asEnum(a.kind, ACTOR_KINDS, `${field}.kind`),
    name: asString(a.name, `${field}.name`),
    aliases: asStringList(a.aliases, `${field}.aliases`),
    role: asNullableEnum(a.role, PERSON_ROLES, `${field}.role`),
    title: asNullableString(a.title, `${field}.title`),
    organizationType: asNullableEnum(a.organizationType, ORGANIZATION_TYPES, `${field}.organizationType`),
    country: asNullableString(a.country, `${field}.country`),
  };
}

export function toInteraction(value: Plain | undefined, field = 'interaction'): InteractionRecord {
  const i = asMap(value, field);
  return {
    id: asString(i.id, `${field}.id`),
    type: asEnum(i.type, INTERACTION_TYPES, `${field}.type`),
    status: asEnum(i.status, INTERACTION_STATUSES, `${field}.status`),
    date: asNullableString(i.date, `${field}.date`),
    place: asNullableString(i.place, `${field}.place`),
    summary: asNullableString(i.summary, `${field}.summary`) ?? '',
    rule: asNullableString(i.rule, `${field}.rule`),
    participants: asList(i.participants, `${field}.participants`).map((p, n) => {
      const m = asMap(p, `${field}.participants[${n}]`);
      return {
        actorId: asString(m.actorId, `${field}.participants[${n}].actorId`),
        role: asEnum(m.role, PARTICIPANT_ROLES, `${field}.participants[${n}].role`),
      };
    }),
    topicIds: asStringList(i.topicIds, `${field}.topicIds`),
    sources: asList(i.sources, `${field}.sources`).map((s, n) => {
      const m = asMap(s, `${field}.sources[${n}]`);
      return {
        articleId: asString(m.articleId, `${field}.sources[${n}].articleId`),
        evidence: asNullableString(m.evidence, `${field}.sources[${n}].evidence`) ?? '',
        quote: asNullableString(m.quote, `${field}.sources[${n}].quote`),
        publishedAt: asNullableString(m.publishedAt, `${field}.sources[${n}].publishedAt`),
        language: asString(m.language, `${field}.sources[${n}].language`),
      };
    }),
  };
}

export function toTopic(value: Plain | undefined, field = 'topic'): TopicRecord {
  const t = asMap(value, field);
  const id = asString(t.id, `${field}.id`);
  return { id, name: asNullableString(t.name, `${field}.name`) ?? id };
}

export function toArticle(value: Plain | undefined, field = 'article'): Article {
  const a = asMap(value, field);
  return {
    id: asString(a.id, `${field}.id`),
    title: asNullableString(a.title, `${field}.title`),
    url: asNullableString(a.url, `${field}.url`),
    source: asNullableString(a.source, `${field}.source`),
    language: asString(a.language, `${field}.language`),
    publishedAt: asNullableString(a.publishedAt, `${field}.publishedAt`),
    text: asString(a.text, `${field}.text`),
  };
}

/** Rows keyed by the id they answer, regrouped in the order of the ids asked for. */
export function inOrder<T>(ids: readonly string[], pairs: Iterable<[string, T]>): (T | null)[] {
  const byId = new Map<string, T>();
  for (const [id, value] of pairs) byId.set(id, value);
  return ids.map((id) => byId.get(id) ?? null);
}

export function groupedInOrder<T>(ids: readonly string[], pairs: Iterable<[string, T]>): T[][] {
  const byId = new Map<string, T[]>();
  for (const [id, value] of pairs) {
    const list = byId.get(id) ?? [];
    list.push(value);
    byId.set(id, list);
  }
  return ids.map((id) => [...(byId.get(id) ?? [])]);
}

/**
 * A batched read of items (scopes, groups of actors): the statement gets each distinct item once
 * (equal keys, one item; a null key is not asked and answers nothing) and its rows name their item
 * by its position among those sent; the rows come back per item, in the order the items were asked.
 */
export async function rowsPerItem<I, T>(
  items: readonly I[], keyOf: (item: I) => string | null, ask: (distinct: I[]) => Promise<Iterable<[number, T]>>,
): Promise<T[][]> {
  const keys = items.map(keyOf);
  const positions = new Map<string, number>();
  const distinct: I[] = [];
  items.forEach((item, k) => {
    const key = keys[k];
    if (key !== null && !positions.has(key)) {
      positions.set(key, distinct.length);
      distinct.push(item);
    }
  });
  if (distinct.length === 0) return items.map(() => []);
  const lists = distinct.map((): T[] => []);
  for (const [at, value] of await ask(distinct)) lists[at].push(value);
  return keys.map((key) => (key === null ? [] : [...lists[positions.get(key)!]]));
}
