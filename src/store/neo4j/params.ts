/** Parameters shared by several statements: the interaction filter and date-keyed pages. */
import { BadInputError } from '../../domain/errors';
import type { InteractionFilter, PageArgs } from '../graph-store';
import { decodeCursor } from '../pagination';
import { int } from './values';

/** $types, $topics, $withActors (empty list = any), $status, $fromDate, $toDate (null = any). */
export function interactionFilterParams(filter: InteractionFilter): Record<string, unknown> {
  return {
    types: filter.types ?? [],
    topics: filter.topics ?? [],
    withActors: filter.with ?? [],
    status: filter.status ?? null,
    fromDate: filter.from || null,
    toDate: filter.to || null,
  };
}

/** $after (the (date, id) of a cursor, or null) and $first, for lists ordered by a date then id. */
export function pageParams(page: PageArgs): { after: { date: string | null; id: string } | null; first: unknown } {
  return { after: page.after ? dateCursor(page.after) : null, first: int(Math.max(0, page.first)) };
}

function dateCursor(cursor: string): { date: string | null; id: string } {
  const [date, id] = decodeCursor(cursor);
  if ((date !== null && typeof date !== 'string') || typeof id !== 'string') {
    throw new BadInputError(`Invalid cursor "${cursor.slice(0, 40)}"`);
  }
  return { date, id };
}
