import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CounterpartRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { Counterpart } from '../types/counterpart.type';
import { Interaction } from '../types/interaction.type';
import { Topic } from '../types/topic.type';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @FieldResolver(() => Actor, { description: 'The actor spoken with' })
  actor(@Root() c: CounterpartRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(c.actorId);
  }

  @FieldResolver(() => [Topic], { description: 'Topics of those interactions, by id' })
  topics(@Root() c: CounterpartRecord, @Ctx() { loaders }: Context) {
    return loaders.topics.loadAll(c.topicIds);
  }

  @FieldResolver(() => [Interaction], { description: 'Oldest first' })
  interactions(@Root() c: CounterpartRecord, @Ctx() { loaders }: Context) {
    return loaders.interactions.loadAll(c.interactionIds);
  }
}
