import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CounterpartRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Counterpart } from '../types/counterpart.type';
import { Interaction } from '../types/interaction.type';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @FieldResolver(() => [Interaction], { description: 'Oldest first' })
  interactions(@Root() c: CounterpartRecord, @Ctx() { loaders }: Context) {
    return loaders.interactions.loadAll(c.interactionIds);
  }
}
