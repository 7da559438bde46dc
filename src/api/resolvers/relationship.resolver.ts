import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../domain/errors';
import { buildTimeline, interactionTone, type TimeInterval } from '../../time/timeline';
import { meanTone } from '../../tone/tone';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { InteractionConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { InteractionOrderEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { PageArgs } from '../types/page-args';
import { Relationship, type RelationshipRoot } from '../types/relationship.type';
import { TimeIntervalEnum, TimelineBucket } from '../types/timeline.type';
import { resolveActorRef } from './actor-ref';
import { interactionRefs } from '../selection';
import { toStoreFilter } from './filters';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Query(() => Relationship, { description: 'The relationship of two actors; NOT_FOUND when either is unknown' })
  async relationship(
    @Ctx() ctx: Context,
    @Arg('a', () => ID, { description: 'One actor: id, or a name or alias that names one actor ("Trump")' }) aRef: string,
    @Arg('b', () => ID, { description: 'The other actor: id, or a name or alias that names one actor ("Putin")' }) bRef: string,
  ): Promise<RelationshipRoot> {
    const [a, b] = await Promise.all([resolveActorRef(ctx, aRef), resolveActorRef(ctx, bRef)]);
    if (a === b) throw new BadInputError('a and b must be two different actors');
    return { a, b };
  }

  @FieldResolver(() => Actor, { description: 'The actor given as a' })
  a(@Root() r: RelationshipRoot, @Ctx() { loaders }: Context) {
    return loaders.actors.load(r.a);
  }

  @FieldResolver(() => Actor, { description: 'The actor given as b' })
  b(@Root() r: RelationshipRoot, @Ctx() { loaders }: Context) {
    return loaders.actors.load(r.b);
  }

  @FieldResolver(() => InteractionConnection, { description: 'Interactions in which both take part (every type unless the filter says otherwise), newest first by default' })
  async interactions(
    @Root() r: RelationshipRoot,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions count' }) filter?: InteractionFilter,
    @Arg('orderBy', () => InteractionOrderEnum, { defaultValue: 'DATE_DESC', description: 'By date; undated last' }) orderBy: keyof typeof InteractionOrderEnum = 'DATE_DESC',
  ) {
    const loader = loaders.interactionsIn(toStoreFilter(filter), orderBy, storePage('interactions', page), interactionRefs(info));
    return toConnection('interactions', await loader.load({ actors: [r.a, r.b] }));
  }

  @FieldResolver(() => [TimelineBucket], { description: 'Their interactions per interval, oldest first; intervals without any are left out' })
  async timeline(
    @Root() r: RelationshipRoot,
    @Ctx() { loaders }: Context,
    @Arg('interval', () => TimeIntervalEnum, { defaultValue: 'MONTH', description: 'Length of a bucket' }) interval: TimeInterval,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions count' }) filter?: InteractionFilter,
  ) {
    return buildTimeline(await loaders.conversations([r.a, r.b], toStoreFilter(filter)), interval);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mean tone of their interactions (-10 hostile to +10 cooperative); null when they have none' })
  async tone(
    @Root() r: RelationshipRoot,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions count' }) filter?: InteractionFilter,
  ): Promise<number | null> {
    return meanTone((await loaders.conversations([r.a, r.b], toStoreFilter(filter))).map(interactionTone));
  }
}
