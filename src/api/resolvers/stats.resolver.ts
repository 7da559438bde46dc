import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { Stats } from '../types/stats.type';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts by kind and type, and the date range covered' })
  stats(@Ctx() { store }: Context) {
    return store.stats();
  }
}
