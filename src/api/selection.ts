/**
 * Which fields a client asked for below the field being resolved, so that a list resolver loads
 * what its items point to only when the items' fields are asked for (on Neo4j every load is a
 * round trip).
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { schemaFieldName } from './passed-fields';

/** Per field node of a parsed document (Apollo keeps one per query text): the walk runs once. */
const namesBelow = new WeakMap<object, ReadonlySet<string>>();

/** The names of every field anywhere below this one, through fragments (an over-approximation by name). */
export function fieldNamesBelow(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const node = info.fieldNodes[0];
  let names = namesBelow.get(node);
  if (!names) {
    const found = new Set<string>();
    const seenFragments = new Set<string>();
    const walk = (set: SelectionSetNode | undefined): void => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) {
          found.add(schemaFieldName(s));
          walk(s.selectionSet);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          walk(s.selectionSet);
        } else if (!seenFragments.has(s.name.value)) {
          seenFragments.add(s.name.value);
          walk(info.fragments[s.name.value]?.selectionSet);
        }
      }
    };
    for (const field of info.fieldNodes) walk(field.selectionSet);
    namesBelow.set(node, (names = found));
  }
  return names;
}

/** What the items of a list of interactions point to that the client reads. */
export interface InteractionRefs {
  actors: boolean;
  topics: boolean;
}

export function interactionRefs(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): InteractionRefs {
  const names = fieldNamesBelow(info);
  return { actors: names.has('actor'), topics: names.has('topics') };
}
