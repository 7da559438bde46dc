import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AffiliationRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { Affiliation } from '../types/affiliation.type';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Actor, { description: 'The country or organization' })
  target(@Root() affiliation: AffiliationRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(affiliation.targetId);
  }
}
