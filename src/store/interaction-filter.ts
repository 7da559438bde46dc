/** The InteractionFilter semantics, in one place for every adapter that filters in memory. */
import { SPOKE_TO_TYPES } from '../domain/enums';
import type { InteractionRecord } from '../domain/graph';
import type { InteractionFilter, InteractionScope } from './graph-store';

/**
 * The filter with some conditions replaced. Object.assign rather than `{ ...filter, with }`: V8
 * (Node 20) builds a spread that adds keys on a slow path, about 15 times the time, and the copy
 * outlived the young generation; every request derives a filter or two this way.
 */
export function filterWith(filter: InteractionFilter, changes: InteractionFilter): InteractionFilter {
  return Object.assign({}, filter, changes);
}

/** The filter narrowed to the interactions these actors take part in too. */
export function alsoWith(filter: InteractionFilter, actorIds: readonly string[]): InteractionFilter {
  return filterWith(filter, { with: [...actorIds, ...(filter.with ?? [])] });
}

/** The filter narrowed to one scope: its actors take part too, or the interactions are about its topic (whatever topics the filter names). */
export function narrowedTo(filter: InteractionFilter, scope: InteractionScope): InteractionFilter {
  return 'topic' in scope ? filterWith(filter, { topics: [scope.topic] }) : alsoWith(filter, scope.actors);
}

/** Counterparts and paths follow spoke-to interactions that occurred, unless the filter says otherwise. */
export function withSpokeToDefaults(filter: InteractionFilter = {}): InteractionFilter {
  return filterWith(filter, {
    types: filter.types?.length ? filter.types : [...SPOKE_TO_TYPES],
    status: filter.status ?? 'OCCURRED',
  });
}

/** Whether one interaction matches the filter (for many, interactionMatcher once). */
export function matchesInteraction(i: InteractionRecord, f: InteractionFilter): boolean {
  return interactionMatcher(f)(i);
}

/**
 * The filter as a test, its lists made sets once and only its own conditions checked: the stores'
 * loops run it over every interaction of an actor or a date range per request.
 */
export function interactionMatcher(f: InteractionFilter): (i: InteractionRecord) => boolean {
  const types = f.types?.length ? new Set(f.types) : null;
  const topics = f.topics?.length ? new Set(f.topics) : null;
  const withIds = f.with?.length ? f.with : null;
  const { status, from, to } = f;
  return (i) => {
    if (types && !types.has(i.type)) return false;
    if (status && i.status !== status) return false;
    if (topics && !i.topicIds.some((t) => topics.has(t))) return false;
    if (from && (i.date === null || i.date < from)) return false;
    if (to && (i.date === null || i.date > to)) return false;
    // Participants are a handful: scanning them beats building a set per interaction.
    return !withIds || withIds.every((a) => i.participants.some((p) => p.actorId === a));
  };
}

/** Oldest first; undated last; ties by id so the order is total. */
export function compareByDateAsc(a: Pick<InteractionRecord, 'id' | 'date'>, b: Pick<InteractionRecord, 'id' | 'date'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
