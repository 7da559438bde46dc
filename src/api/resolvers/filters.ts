/** GraphQL input objects -> the store's plain filters (no undefined keys, so they serialise stably). */
import type { InteractionFilter as StoreInteractionFilter } from '../../store/graph-store';
import type { InteractionFilter } from '../types/interaction-filter.input';

export function toStoreFilter(filter?: InteractionFilter | null): StoreInteractionFilter {
  const out: StoreInteractionFilter = {};
  if (filter?.types?.length) out.types = [...filter.types];
  if (filter?.with?.length) out.with = [...filter.with];
  if (filter?.topics?.length) out.topics = [...filter.topics];
  if (filter?.from) out.from = filter.from;
  if (filter?.to) out.to = filter.to;
  if (filter?.status) out.status = filter.status;
  return out;
}
