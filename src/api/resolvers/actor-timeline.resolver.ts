import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../../domain/graph';
import { buildTimeline, type TimeInterval } from '../../time/timeline';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { InteractionFilter } from '../types/interaction-filter.input';
import { TimeIntervalEnum, TimelineBucket } from '../types/timeline.type';
import { toStoreFilter } from './filters';

@Resolver(() => Actor)
export class ActorTimelineResolver {
  @FieldResolver(() => [TimelineBucket], {
    description: 'The interactions this actor takes part in (every type unless the filter says otherwise) per interval, '
      + 'oldest first; intervals without any are left out',
  })
  async timeline(
    @Root() actor: ActorRecord,
    @Ctx() { loaders }: Context,
    @Arg('interval', () => TimeIntervalEnum, { defaultValue: 'MONTH', description: 'Length of a bucket' }) interval: TimeInterval,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions count' }) filter?: InteractionFilter,
  ) {
    return buildTimeline(await loaders.conversations([actor.id], toStoreFilter(filter)), interval);
  }
}
